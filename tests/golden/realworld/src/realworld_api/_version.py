__title__ = "realworld-api"
__version__ = "0.1.0"
