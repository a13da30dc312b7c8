__title__ = "paging-api"
__version__ = "0.1.0"
