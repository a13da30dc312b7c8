__title__ = "multifile-api"
__version__ = "0.1.0"
