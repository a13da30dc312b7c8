__title__ = "naming-api"
__version__ = "0.1.0"
