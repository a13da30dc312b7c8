"""A content-addressed cache for the slow steps: model generation, parsing YAML, compiling templates,
formatting.

An entry is keyed by everything its output depends on (the part of the spec,
the generator's options and versions, the user's model templates; or the
spec file's bytes), so a hit is exactly what a fresh run would produce. The
cache is best effort: a missing, unwritable or corrupt cache only costs time.

A cache folder can be shared, or restored from elsewhere (CI restores caches that
other branches' runs saved), and what it holds becomes code: model modules land in
the SDK, compiled templates run in sdkgen. So every entry is signed: an HMAC-SHA256
over its kind, its name and its bytes, with a key kept outside the folder
(``SDKGEN_CACHE_KEY``, or a key file made on first use, readable by the user alone).
An entry whose MAC does not verify is a miss, recomputed and overwritten; when no
key can be had (a read-only home folder), there is no cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import sys
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from . import __version__
from .errors import UsageError

if TYPE_CHECKING:
    from .config import Config

CacheEntry = tuple[str, list[dict[str, Any]]]  # module source, model metadata

KEY_VARIABLE = "SDKGEN_CACHE_KEY"
MIN_KEY_LENGTH = 32  # characters: `openssl rand -hex 32` gives 64


def default_directory() -> Path:
    explicit = os.environ.get("SDKGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sdkgen"


def key_file() -> Path:
    """The user's cache key: with sdkgen's settings, never with its cache."""
    base = os.environ.get("XDG_CONFIG_HOME", "")
    if not os.path.isabs(base):  # the XDG rule: a relative value is ignored
        base = str(Path.home() / ".config")
    return Path(base) / "sdkgen" / "cache-key"


@dataclass(frozen=True, slots=True)
class Cache:
    """A cache folder and the key its entries are signed with."""

    directory: Path
    key: bytes = field(repr=False)

    def _mac(self, kind: str, name: str, payload: bytes) -> bytes:
        # The kind and name are signed too: a valid entry copied to another name is a miss.
        message = f"sdkgen cache\n{kind}/{name}\n".encode() + payload
        return hmac.new(self.key, message, hashlib.sha256).hexdigest().encode()

    def read(self, kind: str, name: str) -> bytes | None:
        """The bytes stored under ``kind/name``, if they are there and signed with this key."""
        try:
            data = (self.directory / kind / name).read_bytes()
        except OSError:
            return None
        mac, _, payload = data.partition(b"\n")
        if not hmac.compare_digest(mac, self._mac(kind, name, payload)):
            return None
        return payload

    def write(self, kind: str, name: str, payload: bytes) -> None:
        """Store ``payload`` under ``kind/name``, signed; atomically, so a reader never sees half."""
        target = self.directory / kind / name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(self._mac(kind, name, payload) + b"\n" + payload)
                os.replace(temporary, target)
            finally:
                Path(temporary).unlink(missing_ok=True)
        except OSError:
            pass

    def names(self, kind: str) -> list[str]:
        """Every entry of ``kind``, as a relative path (symbolic links to folders are not followed)."""
        folder = self.directory / kind
        return sorted(
            (Path(parent) / name).relative_to(folder).as_posix()
            for parent, _, files in os.walk(folder)
            for name in files
            if not name.endswith(".tmp")
        )


def open_cache(directory: Path | None = None) -> Cache | None:
    """The cache in ``directory`` (default: :func:`default_directory`) with its signing key:
    ``SDKGEN_CACHE_KEY``, else the user's key file, made on first use. None (no cache) when
    the key file can be neither read nor made."""
    secret = os.environ.get(KEY_VARIABLE, "")
    if secret and len(secret) < MIN_KEY_LENGTH:
        raise UsageError(
            f"{KEY_VARIABLE} must be at least {MIN_KEY_LENGTH} characters "
            "(`openssl rand -hex 32` makes one)"
        )
    try:
        directory = directory if directory is not None else default_directory()
        key = secret.encode() if secret else _user_key(directory)
    except (OSError, RuntimeError):  # RuntimeError: no home folder
        return None
    return Cache(directory, key) if key is not None else None


def _user_key(cache_directory: Path) -> bytes | None:
    path = key_file()
    if path.resolve().is_relative_to(cache_directory.resolve()):
        return None  # a key kept with the entries would travel with them
    try:
        key = path.read_bytes().strip()
    except FileNotFoundError:
        key = b""
    return key if len(key) >= MIN_KEY_LENGTH else _make_key(path)


def _make_key(path: Path) -> bytes:
    """A new random key in ``path``, mode 0600. It is written whole before it appears, so
    a run beside this one reads all of it or nothing; if that run made one first, it is used."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = secrets.token_hex(32).encode()
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".cache-key-")  # mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(key + b"\n")
        try:
            os.link(temporary, path)
        except FileExistsError:
            existing = path.read_bytes().strip()
            if len(existing) >= MIN_KEY_LENGTH:
                return existing
            os.replace(temporary, path)  # an unusable key (empty, cut short): replaced
    finally:
        Path(temporary).unlink(missing_ok=True)
    return key


class _JsonStore:
    """JSON values by key, one signed file each, in a folder of the cache (``None``: no cache)."""

    def __init__(self, cache: Cache | None, kind: str) -> None:
        self.cache = cache
        self.kind = kind

    def read(self, key: str) -> Any:
        payload = self.cache.read(self.kind, f"{key}.json") if self.cache is not None else None
        if payload is None:
            return None
        try:
            return json.loads(payload)
        except ValueError:
            return None

    def empty(self) -> bool:
        """Whether no entry is stored (a fresh cache, or none)."""
        folder = self.cache.directory / self.kind if self.cache is not None else None
        try:
            return folder is None or next(folder.glob("*.json"), None) is None
        except OSError:
            return True

    def write(self, key: str, value: Any) -> None:
        if self.cache is None:
            return
        try:
            payload = json.dumps(value, ensure_ascii=False).encode()
        except (TypeError, ValueError, RecursionError):  # not JSON (YAML's binary or sets, a cycle)
            return
        self.cache.write(self.kind, f"{key}.json", payload)

    def touch(self, key: str) -> None:
        """Mark ``key`` as used now: :meth:`prune` keeps the entries used last."""
        if self.cache is not None:
            _touch(self.cache.directory / self.kind / f"{key}.json")

    def prune(self, keep: int) -> None:
        """Delete all but the ``keep`` entries used last."""
        if self.cache is None:
            return
        folder = self.cache.directory / self.kind
        entries = [folder / name for name in self.cache.names(self.kind)]
        try:
            entries.sort(key=lambda path: path.stat().st_mtime, reverse=True)
            for old in entries[keep:]:
                old.unlink(missing_ok=True)
        except OSError:
            pass  # another run pruned it first


class ModelCache:
    """Generated model modules, by spec part; and the module they make, merged and named."""

    def __init__(self, cache: Cache | None) -> None:
        self._store = _JsonStore(cache, "models")
        self._merged = _JsonStore(cache, "merged")

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

    def holds_no_part(self) -> bool:
        """Whether every part a spec has will be generated: no part's models are stored."""
        return self._store.empty()

    def get_merged(self, key: str) -> Any:
        """The module the parts make, merged and named: JSON data, as :meth:`put_merged` got it."""
        return self._merged.read(key)

    def put_merged(self, key: str, data: Any) -> None:
        self._merged.write(key, data)


class TypeModulesCache:
    """The models module laid out in modules as the SDK ships it (``models/modules.py``), by
    the module, its classes and the layout: a large API's takes a quarter of a second of
    ``ast`` work, after an edit no model reads too. The ``KEEP`` entries used last are kept."""

    KEEP = 8

    def __init__(self, cache: Cache | None) -> None:
        self._store = _JsonStore(cache, "types")

    @staticmethod
    def key(source: str, classes: Any, layout: str) -> str:
        digest = hashlib.sha256(f"sdkgen {__version__}\n{layout}\n".encode())
        digest.update(json.dumps(classes, separators=(",", ":"), ensure_ascii=False).encode())
        digest.update(source.encode())
        return digest.hexdigest()

    def get(self, key: str) -> tuple[dict[str, str], dict[str, str]] | None:
        """The modules' sources and each class's module, if ``key`` is stored."""
        data = self._store.read(key)
        if not isinstance(data, dict):
            return None
        sources, modules = data.get("sources"), data.get("modules")
        if not (_string_map(sources) and _string_map(modules)):
            return None
        self._store.touch(key)
        return sources, modules

    def put(self, key: str, sources: Mapping[str, str], modules: Mapping[str, str]) -> None:
        self._store.write(key, {"sources": dict(sources), "modules": dict(modules)})
        self._store.prune(self.KEEP)


class ParsedYamlCache:
    """YAML specs as the JSON they stand for, by the bytes of the file or of each of its
    top-level keys: the C parser is fast, but PyYAML builds the objects in Python, which takes
    seconds on a large spec."""

    def __init__(self, cache: Cache | None) -> None:
        self._store = _JsonStore(cache, "yaml")

    @staticmethod
    def key(raw: bytes) -> str:
        return hashlib.sha256(f"sdkgen {__version__}\n".encode() + raw).hexdigest()

    def get(self, key: str) -> Any:
        return self._store.read(key)

    def put(self, key: str, data: Any) -> None:
        self._store.write(key, data)


@contextlib.contextmanager
def compiled_templates(cache: Cache | None) -> Iterator[Path | None]:
    """A folder for Jinja's bytecode cache, private to this run (None: no cache).

    Jinja loads compiled templates with ``marshal`` and runs them, unchecked: they are
    code that runs in sdkgen, so Jinja never reads the cache folder itself. The private
    folder starts with the entries whose MAC verifies; what Jinja adds or changes there
    is signed into the cache when the block ends.
    """
    if cache is None:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="sdkgen-templates-") as scratch:
        private = Path(scratch)
        restored: dict[str, bytes] = {}
        for name in cache.names("templates"):
            payload = cache.read("templates", name)
            if payload is not None:
                (private / name).parent.mkdir(parents=True, exist_ok=True)
                (private / name).write_bytes(payload)
                restored[name] = payload
        yield private
        for parent, _, files in os.walk(private):
            for file in files:
                name = (Path(parent) / file).relative_to(private).as_posix()
                payload = (private / name).read_bytes()
                if restored.get(name) != payload:
                    cache.write("templates", name, payload)


# What shapes the output besides sdkgen's own code: a new version of one may change a file.
_TOOLS = ("datamodel-code-generator", "ruff", "jinja2", "pyyaml", "pydantic")


class OutputCache:
    """Every file of an SDK by all it was made from: a run with nothing changed (a ``check`` in
    CI, a regeneration that finds the spec as it was) loads, renders and formats nothing.

    An entry is keyed by :func:`output_key`, and names the spec's other files (a spec in
    several files) with their hashes: it is used only while each still has its hash. The
    ``KEEP`` entries used last are kept, as an SDK can be large.
    """

    KEEP = 8

    def __init__(self, cache: Cache | None) -> None:
        self._store = _JsonStore(cache, "output")

    def get(self, key: str) -> tuple[dict[str, str], list[tuple[str, str]]] | None:
        """The files and the warnings (text, kind) of the run ``key`` names, if it is stored."""
        data = self._store.read(key)
        if not isinstance(data, dict):
            return None
        files, warnings, sources = data.get("files"), data.get("warnings"), data.get("sources")
        if not (
            isinstance(files, dict)
            and all(isinstance(text, str) for text in files.values())
            and isinstance(warnings, list)
            and all(is_string_pair(item) for item in warnings)
            and isinstance(sources, dict)
        ):
            return None
        for path, digest in sources.items():
            try:
                if hashlib.sha256(Path(path).read_bytes()).hexdigest() != digest:
                    return None
            except OSError:
                return None
        self._store.touch(key)
        return files, [(text, kind) for text, kind in warnings]

    def put(
        self,
        key: str,
        files: Mapping[str, str],
        warnings: Iterable[tuple[str, str]],
        sources: Iterable[Path],
    ) -> None:
        self._store.write(
            key,
            {
                "files": dict(files),
                "warnings": [list(item) for item in warnings],
                "sources": {str(path): _file_hash(path) for path in sources},
            },
        )
        self._store.prune(self.KEEP)


class FormatCache:
    """What ruff made of each Python file in the last run with the same ruff and settings: a
    run formats only the files whose text as rendered is new (after a spec edit, a handful of
    an SDK's thousands). An entry maps a digest of each file's path and text as rendered
    (:meth:`digest`) to ruff's output; the ``KEEP`` entries used last are kept."""

    KEEP = 8

    def __init__(self, cache: Cache | None) -> None:
        self._store = _JsonStore(cache, "format")

    @staticmethod
    def key(settings: str) -> str:
        """The entry for ``settings``: all that ruff's output depends on besides a file's
        path and text."""
        tools = f"sdkgen {__version__}\nruff {_tool_version('ruff')}\n"
        return hashlib.sha256((tools + settings).encode()).hexdigest()

    @staticmethod
    def digest(path: str, text: str) -> str:
        return hashlib.sha256(f"{path}\0{text}".encode()).hexdigest()

    def get(self, key: str) -> dict[str, str]:
        """Digest -> ruff's output, for the files of the last run with ``key``."""
        data = self._store.read(key)
        if not _string_map(data):
            return {}
        self._store.touch(key)
        return data

    def put(self, key: str, formatted: Mapping[str, str]) -> None:
        self._store.write(key, dict(formatted))
        self._store.prune(self.KEEP)


def output_key(config: Config) -> str | None:
    """A digest of everything the SDK is made from but the spec's other files: the main spec
    file, the configuration, sdkgen's code and templates, the user's templates and the versions
    of the tools it runs. None when the spec cannot be read (the run then says why)."""
    digest = hashlib.sha256()
    digest.update(f"sdkgen {__version__}\npython {sys.version_info[:2]}\n".encode())
    for tool in _TOOLS:
        digest.update(f"{tool} {_tool_version(tool)}\n".encode())
    settings = _plain(config)
    # Where the files go, and where the config file is, change none of them; the paths that
    # matter are compared resolved.
    del settings["output"], settings["root"]
    settings["spec"] = str(config.spec.resolve())
    settings["spec_roots"] = [str(root.resolve()) for root in config.spec_roots]
    if config.templates is not None:
        settings["templates"] = str(config.templates.resolve())
    digest.update(json.dumps(settings, sort_keys=True).encode())
    package = Path(__file__).resolve().parent
    for folder in (package, package.parent / "templates", config.templates):
        if folder is not None and folder.is_dir():
            _hash_tree(digest, folder)
    try:
        digest.update(config.spec.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def _tool_version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "none"


def _hash_tree(digest: Any, folder: Path) -> None:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"{path.relative_to(folder).as_posix()}\n".encode())
            digest.update(path.read_bytes())


def _plain(value: Any) -> Any:
    """``value`` as JSON data that reads the same in every process (sets sorted)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {item.name: _plain(getattr(value, item.name)) for item in fields(value)}
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (set, frozenset)):
        return sorted((_plain(item) for item in value), key=repr)
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""  # never matches: the entry is not used


def _string_map(value: object) -> TypeGuard[dict[str, str]]:
    return isinstance(value, dict) and all(isinstance(item, str) for item in value.values())


def is_string_pair(item: object) -> bool:
    return isinstance(item, list) and len(item) == 2 and all(isinstance(part, str) for part in item)


def _touch(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.utime(path)
