"""The spec extensions sdkgen reads: ``x-sdkgen-resource``, ``x-sdkgen-method``, ``x-sdkgen-pagination``."""

from __future__ import annotations

EXTENSION_PREFIX = "x-sdkgen-"
