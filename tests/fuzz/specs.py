"""Specs for the generator: whatever valid spec it is given, it writes code that parses, or
reports a problem in one clear line; it never crashes."""

from __future__ import annotations

import ast
import json
import tempfile
from pathlib import Path
from typing import Any

from generator.config import Config
from generator.errors import Diagnostics, SdkgenError
from generator.pipeline import generate_files


def check_spec(document: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory(prefix="sdkgen-fuzz-") as scratch:
        spec = Path(scratch) / "spec.json"
        spec.write_text(json.dumps(document), encoding="utf-8")
        config = Config(spec=spec, output=Path(scratch) / "out", package="fuzzed", cache=False)
        try:
            files = generate_files(config, Diagnostics(quiet=True)).files
        except SdkgenError as error:
            for text in error.error_lines():  # one line each, of several errors
                assert text and text.isprintable(), f"an unclear error: {text!r}"
            return
    for name, source in files.items():
        if name.endswith(".py"):
            ast.parse(source, name)
