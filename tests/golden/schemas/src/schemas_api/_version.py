__title__ = "schemas-api"
__version__ = "0.1.0"
