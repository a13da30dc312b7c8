"""The spec extensions sdkgen reads: ``x-sdkgen-resource``, ``x-sdkgen-method``, ``x-sdkgen-pagination``,
``x-sdkgen-idempotency-header`` (at the top level or on an operation)."""

from __future__ import annotations

EXTENSION_PREFIX = "x-sdkgen-"
