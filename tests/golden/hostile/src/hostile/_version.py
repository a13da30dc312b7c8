__title__ = "hostile"
__version__ = "0.1.0"
