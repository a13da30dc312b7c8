"""Synthetic OpenAPI specs of a chosen size, for scaling measurements.

``build_spec(operations=N, schemas=M)`` returns a valid OpenAPI 3.1 document
with N operations spread over N/5 resources (list, create, retrieve, update,
delete) and M object schemas that reference each other the way real APIs do
(nested objects, arrays of objects, enums, nullable fields), every schema
reachable from some operation.

    python benchmarks/synthetic.py 1000 1000 > /tmp/spec.json
"""

from __future__ import annotations

import json
import sys
from typing import Any

_METHODS = ("list", "create", "retrieve", "update", "delete")


def _schema(index: int, total: int) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "id": {"type": "string", "format": "uuid", "description": f"Identifier of thing {index}."},
        "name": {"type": "string", "maxLength": 200},
        "count": {"type": ["integer", "null"], "minimum": 0},
        "created_at": {"type": "string", "format": "date-time"},
        "status": {"type": "string", "enum": ["active", "paused", f"state_{index % 7}"]},
        "tags": {"type": "array", "items": {"type": "string"}},
    }
    if index + 1 < total:
        properties["child"] = {"$ref": f"#/components/schemas/Thing{index + 1}"}
    if index + 2 < total:
        properties["items"] = {
            "type": "array",
            "items": {"$ref": f"#/components/schemas/Thing{index + 2}"},
        }
    return {
        "type": "object",
        "description": f"Thing number {index}.",
        "required": ["id", "name"],
        "properties": properties,
    }


def build_spec(operations: int, schemas: int) -> dict[str, Any]:
    schemas = max(schemas, 1)
    paths: dict[str, Any] = {}
    for number in range(operations):
        resource, method = divmod(number, len(_METHODS))
        kind = _METHODS[method]
        thing = f"#/components/schemas/Thing{resource % schemas}"
        collection = f"/v1/resource{resource}"
        item = f"{collection}/{{id}}"
        ok = {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"$ref": thing}}},
            }
        }
        id_param = [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}]
        if kind == "list":
            page = {
                "type": "object",
                "required": ["items"],
                "properties": {
                    "items": {"type": "array", "items": {"$ref": thing}},
                    "next_page_token": {"type": ["string", "null"]},
                },
            }
            paths.setdefault(collection, {})["get"] = {
                "operationId": f"list{resource}",
                "summary": f"List resource {resource}",
                "parameters": [
                    {"name": "page_size", "in": "query", "schema": {"type": "integer"}},
                    {"name": "page_token", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {"description": "OK", "content": {"application/json": {"schema": page}}}
                },
            }
        elif kind == "create":
            paths.setdefault(collection, {})["post"] = {
                "operationId": f"create{resource}",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": thing}}},
                },
                "responses": ok,
            }
        else:
            http = {"retrieve": "get", "update": "patch", "delete": "delete"}[kind]
            operation: dict[str, Any] = {
                "operationId": f"{kind}{resource}",
                "parameters": id_param,
                "responses": ok,
            }
            if kind == "update":
                operation["requestBody"] = {
                    "content": {"application/json": {"schema": {"$ref": thing}}}
                }
            paths.setdefault(item, {})[http] = operation
    return {
        "openapi": "3.1.0",
        "info": {"title": "Synthetic", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.com"}],
        "paths": paths,
        "components": {"schemas": {f"Thing{i}": _schema(i, schemas) for i in range(schemas)}},
    }


if __name__ == "__main__":
    count, kinds = (int(arg) for arg in sys.argv[1:3])
    json.dump(build_spec(count, kinds), sys.stdout, indent=1)
