__title__ = "unsupported-api"
__version__ = "0.1.0"
