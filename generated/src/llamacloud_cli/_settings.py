"""What the ``llamacloud-prod`` command line knows of its API.

The modules beside it are the same in every command line sdkgen makes, but for
``_commands`` (the command table) and ``_sdk`` (the SDK it drives).
"""

PROG = "llamacloud-prod"
VERSION = "0.1.0"
DESCRIPTION = "LlamaCloud API command line.\n\nLlamaCloud is LlamaIndex's platform for document parsing, extraction,\nclassification and retrieval."
DISTRIBUTION = "llamacloud"  # for "pip install '<distribution>[cli]'"
API_KEY_ENV = "LLAMA_CLOUD_API_KEY"
BASE_URL_ENV = "LLAMA_CLOUD_BASE_URL"
DEFAULT_BASE_URL: str | None = "https://api.cloud.llamaindex.ai"
API_KEY_HEADER: str | None = "Authorization"  # None: no API key
