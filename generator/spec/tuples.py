"""Tuples (``prefixItems``): when an array has one fixed length, each place with its own type."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def is_fixed_tuple(node: Mapping[str, Any]) -> bool:
    """Whether an array with ``prefixItems`` always has exactly one item per prefix schema:
    nothing may follow them (``items: false`` or ``maxItems``) and none may be left out
    (``minItems``). Such an array is a Python tuple; any other is a list of its items' types."""
    prefix = node.get("prefixItems")
    if not isinstance(prefix, list) or not prefix:
        return False
    length = len(prefix)
    minimum, maximum = node.get("minItems"), node.get("maxItems")
    closed = node.get("items") is False or (type(maximum) is int and maximum <= length)
    return closed and type(minimum) is int and minimum >= length
