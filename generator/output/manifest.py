"""The manifest: which files in the output folder sdkgen generated, and what it wrote in each.

``.sdkgen-manifest.json`` maps each generated file to the SHA-256 of its content. A file
whose content no longer has that hash was edited by hand since sdkgen wrote it; a file
not listed was never generated, and sdkgen does not touch it. Manifests written before
hashes were recorded list paths only: their files count as unedited.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

from ..errors import SdkgenError
from ..names.identifiers import is_windows_device_name

MANIFEST = ".sdkgen-manifest.json"


def content_hash(data: bytes) -> str:
    """The hash of a file's content; line endings do not count (git may convert them on checkout)."""
    return "sha256:" + hashlib.sha256(data.replace(b"\r\n", b"\n")).hexdigest()


def manifest_text(files: dict[str, str], generator: str) -> str:
    """The manifest of ``files`` (path → content as it will be written)."""
    hashes = {
        path: content_hash(content.encode("utf-8"))
        for path, content in sorted(files.items())
        if path != MANIFEST
    }
    return json.dumps({"generator": generator, "files": hashes}, indent=2) + "\n"


def read_manifest(output: Path) -> dict[str, str | None]:
    """Generated path → the hash sdkgen recorded for it (None in a manifest without hashes)."""
    path = output / MANIFEST
    if not path.is_file():
        return {}
    try:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
        listed = files.items() if isinstance(files, dict) else ((name, None) for name in files)
    except (ValueError, KeyError, TypeError, AttributeError):
        raise SdkgenError(
            f"{path}: the manifest is corrupt; delete it to regenerate from scratch"
        ) from None
    linked = LinkCheck(output)
    return {
        name: recorded if isinstance(recorded, str) else None
        for name, recorded in listed
        if isinstance(name, str) and inside(name) and not linked(name)
    }


# What a generated file's path may be made of: plain names, no hidden files besides the manifest.
_PATH_PART = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def inside(relative: str) -> bool:
    """True if ``relative`` is a plain relative path, which can only name a place inside the output folder.

    No absolute paths, no ``..``, no backslashes, nothing but letters, digits and ``_.-``
    in each part, parts short enough for any file system and none that Windows keeps for a
    device (``con.py``): spec text never decides where a file goes.
    """
    if relative == MANIFEST:
        return True
    return all(  # (_PATH_PART already rules out "." and "..")
        _PATH_PART.fullmatch(part) and len(part) <= 200 and not is_windows_device_name(part)
        for part in relative.split("/")
    )


class LinkCheck:
    """Whether a symbolic link inside ``output`` would take a path somewhere else; each
    folder is resolved once (thousands of files share a few dozen folders)."""

    def __init__(self, output: Path) -> None:
        self.output = output
        self.root = output.resolve()
        self.folders: dict[str, bool] = {}

    def __call__(self, relative: str) -> bool:
        folder = relative.rpartition("/")[0]
        if folder not in self.folders:
            resolved = (self.output / folder).resolve()
            self.folders[folder] = resolved != self.root and self.root not in resolved.parents
        return self.folders[folder]
