"""A content-addressed cache for the slow steps: model generation and parsing YAML.

An entry is keyed by everything its output depends on (the part of the spec,
the generator's options and versions, the user's model templates; or the
spec file's bytes), so a hit is exactly what a fresh run would produce. The
cache is best effort: a missing, unwritable or corrupt cache only costs time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from . import __version__

CacheEntry = tuple[str, list[dict[str, Any]]]  # module source, model metadata


def default_directory() -> Path:
    explicit = os.environ.get("SDKGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sdkgen"


class _JsonStore:
    """JSON values by key, one file each, in a folder of the cache (``None``: no cache)."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def read(self, key: str) -> Any:
        if self.directory is None:
            return None
        try:
            return json.loads((self.directory / f"{key}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None

    def write(self, key: str, value: Any) -> None:
        if self.directory is None:
            return
        try:
            text = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):  # not JSON (YAML's binary or sets, a cycle of aliases)
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.replace(temporary, self.directory / f"{key}.json")
        except OSError:
            pass


class ModelCache:
    """Generated model modules, by spec part."""

    def __init__(self, directory: Path | None) -> None:
        self._store = _JsonStore(directory / "models" if directory is not None else None)

    def key(self, part: Any, fingerprint: str) -> str:
        digest = hashlib.sha256()
        digest.update(f"sdkgen {__version__}\n{fingerprint}\n".encode())
        digest.update(json.dumps(part, separators=(",", ":"), ensure_ascii=False).encode())
        return digest.hexdigest()

    def get(self, key: str) -> CacheEntry | None:
        data = self._store.read(key)
        if not isinstance(data, dict):
            return None
        source, models = data.get("source"), data.get("models")
        if not isinstance(source, str) or not isinstance(models, list):
            return None
        return source, models

    def put(self, key: str, entry: CacheEntry) -> None:
        self._store.write(key, {"source": entry[0], "models": entry[1]})


class ParsedYamlCache:
    """YAML specs as the JSON they stand for, by the file's bytes: the C parser is fast, but
    PyYAML builds the objects in Python, which takes seconds on a large spec."""

    def __init__(self, directory: Path | None) -> None:
        self._store = _JsonStore(directory / "yaml" if directory is not None else None)

    @staticmethod
    def key(raw: bytes) -> str:
        return hashlib.sha256(f"sdkgen {__version__}\n".encode() + raw).hexdigest()

    def get(self, key: str) -> Any:
        return self._store.read(key)

    def put(self, key: str, data: Any) -> None:
        self._store.write(key, data)
