"""Write small OpenAPI documents for tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.errors import Diagnostics
from generator.ir.builder import build_api
from generator.ir.model import Api
from generator.spec.loader import load_document


def openapi(
    paths: dict[str, Any] | None = None, schemas: dict[str, Any] | None = None, **extra: Any
) -> dict[str, Any]:
    document: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Test API", "version": "1.0.0"},
        "paths": paths or {},
    }
    if schemas:
        document["components"] = {"schemas": schemas}
    document.update(extra)
    return document


def ok(schema: dict[str, Any] | None = None) -> dict[str, Any]:
    """A 200 response, with a JSON body when ``schema`` is given."""
    response: dict[str, Any] = {"description": "OK"}
    if schema is not None:
        response["content"] = {"application/json": {"schema": schema}}
    return {"200": response}


def write_spec(directory: Path, document: dict[str, Any], name: str = "spec.json") -> Path:
    path = directory / name
    path.write_text(json.dumps(document, indent=2))
    return path


def build(directory: Path, document: dict[str, Any], **config: Any) -> tuple[Api, Diagnostics]:
    spec = write_spec(directory, document)
    diagnostics = Diagnostics(quiet=True)
    settings = Config(spec=spec, output=directory / "out", **config)
    return build_api(load_document(spec, diagnostics), settings, diagnostics), diagnostics
