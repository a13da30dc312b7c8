__title__ = "petstore"
__version__ = "0.1.0"
