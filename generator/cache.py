"""A content-addressed cache for the slowest step, model generation.

An entry is keyed by everything its output depends on (the part of the spec,
the generator's options and versions, the user's model templates), so a hit
is exactly what a fresh run would produce. The cache is best effort: a
missing, unwritable or corrupt cache only costs time.
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


class ModelCache:
    def __init__(self, directory: Path | None) -> None:
        self.directory = directory / "models" if directory is not None else None

    def key(self, part: Any, fingerprint: str) -> str:
        digest = hashlib.sha256()
        digest.update(f"sdkgen {__version__}\n{fingerprint}\n".encode())
        digest.update(json.dumps(part, separators=(",", ":"), ensure_ascii=False).encode())
        return digest.hexdigest()

    def get(self, key: str) -> CacheEntry | None:
        if self.directory is None:
            return None
        try:
            data = json.loads((self.directory / f"{key}.json").read_text(encoding="utf-8"))
            source, models = data["source"], data["models"]
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if not isinstance(source, str) or not isinstance(models, list):
            return None
        return source, models

    def put(self, key: str, entry: CacheEntry) -> None:
        if self.directory is None:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=self.directory, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({"source": entry[0], "models": entry[1]}, handle)
            os.replace(temporary, self.directory / f"{key}.json")
        except OSError:
            pass
