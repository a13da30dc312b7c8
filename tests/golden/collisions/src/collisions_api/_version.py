__title__ = "collisions-api"
__version__ = "0.1.0"
