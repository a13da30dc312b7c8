__title__ = "operations-api"
__version__ = "0.1.0"
