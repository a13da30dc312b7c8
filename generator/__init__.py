"""sdkgen: generate typed Python SDKs, CLIs and reference docs from OpenAPI specs."""

__version__ = "0.1.0"
