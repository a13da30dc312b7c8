__title__ = "llamacloud"
__version__ = "0.1.0"
