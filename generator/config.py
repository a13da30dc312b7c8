"""Settings for one generation run: ``[tool.sdkgen]`` in pyproject.toml, then command-line overrides."""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from .errors import Location, UsageError
from .names.identifiers import is_safe_identifier
from .names.pins import NamesConfig, read_names

# What the generated SDK imports besides itself: httpx, pydantic and anyio with what they
# import, the CLI's argcomplete and yaml, and pytest with its own for the SDK's tests. A package
# of the same name would hide it, and the SDK would not import. tests/test_hostile_round2.py
# keeps this true to the SDK's pyproject.toml.
SDK_IMPORTS = frozenset(
    {
        *("httpx", "httpcore", "h11", "certifi", "idna", "sniffio", "anyio"),
        *("pydantic", "pydantic_core", "annotated_types", "typing_extensions", "typing_inspection"),
        *("argcomplete", "yaml"),
        *("pytest", "pluggy", "iniconfig", "packaging", "pygments", "py"),
    }
)
# The standard library of Python 3.11, the oldest the SDK supports, had these too.
_REMOVED_STDLIB = frozenset(
    {"asynchat", "asyncore", "distutils", "imp", "smtpd", "aifc", "audioop", "cgi", "cgitb",
     "chunk", "crypt", "imghdr", "lib2to3", "mailcap", "msilib", "nis", "nntplib", "ossaudiodev",
     "pipes", "sndhdr", "spwd", "sunau", "telnetlib", "uu", "xdrlib"}
)  # fmt: skip


def _hidden_by(package: str) -> str | None:
    """What a top-level package named ``package`` would hide from the SDK, if anything."""
    if package in sys.stdlib_module_names or package in _REMOVED_STDLIB:
        return f"the standard library module {package}"
    if package in SDK_IMPORTS:
        return f"the {package} package the SDK depends on"
    if package == "tests":
        return "the SDK's own tests package"
    return None


_DISTRIBUTION = re.compile(r"^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$")
_ENV_PREFIX = re.compile(r"^[A-Z][A-Z0-9_]*$")


@dataclass(frozen=True, slots=True)
class PaginationConfig:
    """The cursor shape recognised as pagination unless the spec says otherwise, and the
    pagination of single operations (``operations."GET /path"``: a table as
    ``x-sdkgen-pagination`` takes it, or false), which wins over the spec's."""

    request_param: str = "page_token"
    items_field: str = "items"
    next_field: str = "next_page_token"
    operations: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    file: str = "pyproject.toml"  # where the table is written, for errors


# How the models are laid out in types/ (models/modules.py).
TypeLayout = Literal["auto", "one", "per-type"]
TYPE_LAYOUTS: tuple[TypeLayout, ...] = ("auto", "one", "per-type")


@dataclass(frozen=True, slots=True)
class Config:
    spec: Path
    output: Path
    package: str = "client"
    distribution: str = "client"
    client_class: str = "Client"
    cli_name: str = "client"
    env_prefix: str = "API"
    sdk_version: str = "0.1.0"
    templates: Path | None = None
    # Folders besides the spec's own (and their subfolders) whose files a $ref may read.
    spec_roots: tuple[Path, ...] = ()
    cache: bool = True  # reuse generated models for parts of the spec that did not change
    path_prefix: str | None = None  # stripped from paths before naming resources
    pagination: PaginationConfig = field(default_factory=PaginationConfig)
    # Spec-validity problems that do not change the generated code (duplicate
    # operationIds: methods are named from paths) are warnings instead of errors.
    lenient: bool = False
    # One models module, one per type, or one per type past ONE_MODULE_UP_TO classes.
    type_modules: TypeLayout = "auto"
    # Names the user pins: [tool.sdkgen.names] (generator/names/pins.py).
    names: NamesConfig = field(default_factory=NamesConfig)
    root: Path = Path(".")  # where relative paths in the config file are anchored
    # The names the config file leaves out: the spec's info.title gives them (names/titles.py).
    unnamed: frozenset[str] = frozenset()

    @property
    def cli_package(self) -> str:
        return f"{self.package}_cli"

    def validate(self, where: Location) -> Config:
        if not is_safe_identifier(self.package) or self.package.startswith("_"):
            raise UsageError(f"package {self.package!r} is not a valid Python package name", where)
        for name in (self.package, self.cli_package):
            hidden = _hidden_by(name)
            if hidden is not None:
                made = "" if name == self.package else f" makes the CLI package {name!r}, which"
                raise UsageError(
                    f"package {self.package!r}{made} would hide {hidden}; choose another name",
                    where,
                )
        if not is_safe_identifier(self.client_class):
            raise UsageError(f"client_class {self.client_class!r} is not a valid class name", where)
        if not _DISTRIBUTION.match(self.distribution):
            raise UsageError(
                f"distribution {self.distribution!r} is not a valid project name", where
            )
        if not _DISTRIBUTION.match(self.cli_name):
            raise UsageError(f"cli_name {self.cli_name!r} is not a valid command name", where)
        if not _ENV_PREFIX.match(self.env_prefix):
            raise UsageError(f"env_prefix {self.env_prefix!r} must be UPPER_SNAKE_CASE", where)
        if not isinstance(self.lenient, bool):
            raise UsageError("lenient must be true or false", where)
        if self.type_modules not in TYPE_LAYOUTS:
            choices = ", ".join(repr(layout) for layout in TYPE_LAYOUTS)
            raise UsageError(f"type_modules must be one of {choices}", where)
        return self


_PATH_KEYS = {"spec", "output", "templates"}
NAME_SETTINGS = ("package", "distribution", "client_class", "cli_name", "env_prefix")


def find_pyproject(start: Path) -> Path | None:
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(
    pyproject: Path | None = None,
    overrides: dict[str, Any] | None = None,
    *,
    cwd: Path | None = None,
) -> Config:
    """Read ``[tool.sdkgen]`` (if any) and apply non-None ``overrides`` on top."""
    cwd = cwd or Path.cwd()
    pyproject = pyproject or find_pyproject(cwd)
    table: dict[str, Any] = {}
    root = cwd
    where = Location("command line")
    if pyproject is not None:
        where = Location(str(pyproject), "/tool/sdkgen")
        try:
            document = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise UsageError(f"invalid TOML: {exc}", Location(str(pyproject))) from None
        table = dict(document.get("tool", {}).get("sdkgen", {}))
        root = pyproject.parent
    known = {f.name for f in fields(Config)} - {"root", "unnamed"}
    unknown = sorted(set(table) - known)
    if unknown:
        raise UsageError(f"unknown setting {unknown[0]!r}", where)
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key in _PATH_KEYS:
            values[key] = root / str(value)
        elif key == "pagination":
            if not isinstance(value, dict):
                raise UsageError("pagination must be a table", where)
            operations = value.get("operations", {})
            if not isinstance(operations, dict):
                raise UsageError(
                    "pagination.operations must be a table",
                    Location(where.file, "/tool/sdkgen/pagination/operations"),
                )
            try:
                values[key] = PaginationConfig(
                    **{**value, "operations": MappingProxyType(operations)}, file=where.file
                )
            except TypeError as exc:
                raise UsageError(f"pagination: {exc}", where) from None
        elif key == "spec_roots":
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise UsageError("spec_roots must be a list of folders", where)
            values[key] = tuple(root / item for item in value)
        elif key == "names":
            values[key] = read_names(value, where.file)
        else:
            values[key] = value
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = Path(value) if key in _PATH_KEYS else value
    if "spec" not in values:
        raise UsageError("no spec given: pass --spec or set spec in [tool.sdkgen]", where)
    if "output" not in values:
        raise UsageError(
            "no output folder given: pass --output or set output in [tool.sdkgen]", where
        )
    config = Config(root=root, unnamed=frozenset(NAME_SETTINGS) - values.keys(), **values)
    return config.validate(where)


def with_overrides(config: Config, **changes: Any) -> Config:
    return replace(config, **changes)
