__title__ = "streaming-api"
__version__ = "0.1.0"
