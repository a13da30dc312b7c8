__title__ = "auth-api"
__version__ = "0.1.0"
