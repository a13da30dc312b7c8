__title__ = "twilio-style"
__version__ = "0.1.0"
