"""The SDK's own tests: run them with pytest against a mock server of the API (see conftest.py)."""
