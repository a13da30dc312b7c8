"""Pydantic models for the spec's schemas, written by datamodel-code-generator.

We call it as a library on the already-parsed spec (large specs in parts, in
parallel; see ``model_parts.py``), with results cached. A few
adjustments make the models fit an SDK, whose job is to read what the server
sends, today and after the API grows:

- schema defaults are left out (the server applies them; a field the response
  omits reads as None);
- validation keywords (lengths, patterns, ranges, uniqueItems) are left out:
  the server is the authority on them, and a client that rejects an answer
  because a limit moved is broken;
- formats that pydantic turns into types which alter or hide the value
  (``uri`` → AnyUrl adds a slash, ``password`` → SecretStr dumps as stars,
  ``byte`` → Base64Str decodes, ``email`` needs a package the SDK does not
  have) stay plain strings;
- enums derive from the open enums of the SDK's ``_models.py`` so that values
  added to the API later still parse.

Its formatting is switched off: the whole output goes through one ruff pass later.
"""

from __future__ import annotations

import ast
import json
import multiprocessing
import os
import re
import tempfile
import warnings
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

from ..cache import CacheEntry, ModelCache
from ..errors import SpecError
from .parts import merge, split
from .source_edits import TRAILING_SPACE, SourceEdits, normalize_line_breaks, source_lines

ModelKind = Literal["model", "root", "enum"]

_CLASS_LINE = re.compile(r"^class (\w+)\((.*)\):", re.MULTILINE)
_ENUM_BASE = re.compile(r"^(class \w+\()(StrEnum|IntEnum|Enum)(\):)$", re.MULTILINE)
_OPEN_ENUMS = {"StrEnum": "OpenStrEnum", "IntEnum": "OpenIntEnum", "Enum": "OpenEnum"}


@dataclass(frozen=True, slots=True)
class ModelClass:
    name: str
    kind: ModelKind


@dataclass(frozen=True, slots=True)
class ModelSet:
    source: str  # one module with every model
    classes: Mapping[str, ModelClass]  # schema pointer -> generated class

    def for_pointer(self, pointer: str) -> ModelClass | None:
        return self.classes.get(pointer)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(sorted({c.name for c in self.classes.values()}))


# Specs with fewer schemas than this are generated in one go: a process of its
# own would cost more than it saves.
SPLIT_FROM_SCHEMAS = 150
SCHEMAS_PER_PART = 600
MAX_PARTS = 8


def part_count(schemas: int) -> int:
    """How many parts a spec with this many schemas is generated in.

    It depends on the spec alone, never on the machine: class order and the names given to
    clashes between parts follow the split, and every machine must generate the same SDK.
    """
    if schemas < SPLIT_FROM_SCHEMAS:
        return 1
    return max(2, min(MAX_PARTS, schemas // SCHEMAS_PER_PART))


def generate_models(
    spec: Mapping[str, Any],
    *,
    package: str,
    template_dir: Path | None,
    spec_file: str,
    cache: ModelCache | None = None,
    jobs: int | None = None,
) -> ModelSet:
    """Models for every schema in ``spec``; ``template_dir`` holds the user's model template overrides.

    Large specs are cut into independent parts (``model_parts.split``), generated
    in parallel on up to ``jobs`` processes (default: the CPU count) and cached part by
    part. The number of processes never changes the output.
    """
    cache = cache or ModelCache(None)
    jobs = jobs or os.cpu_count() or 1
    view = for_models(spec)
    schemas = (view.get("components") or {}).get("schemas") or {}
    parts = split(view, part_count(len(schemas)))
    options = _options(package, template_dir)
    fingerprint = _fingerprint(options, template_dir)
    keys = [cache.key(part, fingerprint) for part in parts]
    results: list[CacheEntry | None] = [cache.get(key) for key in keys]
    missing = [index for index, result in enumerate(results) if result is None]
    for index, result in zip(
        missing, _generate_parts([parts[i] for i in missing], options, jobs), strict=True
    ):
        results[index] = result
        cache.put(keys[index], result)
    done = [result for result in results if result is not None]
    source, metadata = merge([r[0] for r in done], [r[1] for r in done])
    source = source.replace("#   filename:  <dict>", f"#   source: {Path(spec_file).name}")
    source = _ENUM_BASE.sub(lambda m: m[1] + _OPEN_ENUMS[m[2]] + m[3], source)
    source = tidy_models(source)
    kinds = {name: _kind(bases) for name, bases in _CLASS_LINE.findall(source)}
    classes: dict[str, ModelClass] = {}
    for model in metadata:
        name = model.get("class_name")
        ref = model.get("source_ref", "")
        if isinstance(name, str) and name in kinds and isinstance(ref, str) and ref.startswith("#"):
            classes[ref[1:]] = ModelClass(name, kinds[name])
    return ModelSet(source=source, classes=MappingProxyType(classes))


def _options(package: str, template_dir: Path | None) -> dict[str, Any]:
    """datamodel-code-generator's options, as plain values (it reads the enums' values):
    a cached run never imports it."""
    return {
        "input_file_type": "openapi",
        "output_model_type": "pydantic_v2.BaseModel",
        "target_python_version": "3.11",
        "openapi_scopes": ["schemas", "paths"],
        "base_class": f"{package}._models.BaseModel",
        "custom_template_dir": template_dir,  # None: its own (faster, compiled) templates
        "formatters": [],
        "disable_timestamp": True,
        "use_annotated": True,
        "field_constraints": True,
        "use_standard_collections": True,
        "use_union_operator": True,
        "use_schema_description": True,
        "use_field_description": True,
        "use_single_line_docstring": True,
        "set_default_enum_member": True,
        "snake_case_field": True,
        "remove_special_field_name_prefix": True,  # "@type" is `type`, as the method's keyword argument
        "use_double_quotes": True,
        "strict_nullable": True,
        "capitalise_enum_members": True,
        "treat_dot_as_module": False,  # `billing.session` is a name, not a module path: keep one module
        # Inline objects are named after their parent (`JobOwner`, not `Owner2`): readable, and
        # stable when unrelated schemas change, whichever part of a split they are generated in.
        "naming_strategy": "parent-prefixed",
        # ruff drops the ones a module does not use
        "additional_imports": [f"{package}._models.{name}" for name in _OPEN_ENUMS.values()],
    }


def _fingerprint(options: dict[str, Any], template_dir: Path | None) -> str:
    """Everything besides the spec that the models depend on."""
    from importlib.metadata import version

    parts = [
        f"datamodel-code-generator {version('datamodel-code-generator')}",
        repr(sorted((k, repr(v)) for k, v in options.items())),
    ]
    if template_dir is not None:
        for path in sorted(template_dir.rglob("*")):
            if path.is_file():
                parts.append(f"{path.relative_to(template_dir)}:{path.read_bytes().hex()}")
    return "\n".join(parts)


# Parts waiting for a worker: set before the workers fork, so they inherit it
# instead of receiving a copy of the spec through a pipe.
_PENDING: list[tuple[Mapping[str, Any], dict[str, Any]]] = []


def _generate_parts(
    parts: list[Mapping[str, Any]], options: dict[str, Any], jobs: int
) -> list[CacheEntry]:
    if not parts:
        return []
    if len(parts) == 1 or jobs < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_generate_part(part, options) for part in parts]
    _PENDING[:] = [(part, options) for part in parts]
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=min(jobs, len(parts)), mp_context=context) as pool:
            return list(pool.map(_generate_pending, range(len(parts))))
    finally:
        _PENDING.clear()


def _generate_pending(index: int) -> CacheEntry:
    part, options = _PENDING[index]
    return _generate_part(part, options)


def _generate_part(part: Mapping[str, Any], options: dict[str, Any]) -> CacheEntry:
    from datamodel_code_generator import generate

    with tempfile.TemporaryDirectory(prefix="sdkgen-models-") as scratch:
        metadata_path = Path(scratch) / "models.json"
        try:
            with warnings.catch_warnings():
                warnings.simplefilter(
                    "ignore"
                )  # its notes about dropped constraints are not the user's concern
                source = generate(part, emit_model_metadata=metadata_path, **options)
        except Exception as exc:  # noqa: BLE001 - it raises many types; all mean the spec is beyond it
            if str(exc).strip() == "Models not found in the input data":
                return "", []  # a spec whose every schema is a primitive: no model module content
            first_line = (
                str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            )
            raise SpecError(f"model generation failed: {first_line}") from None
        metadata = (
            json.loads(metadata_path.read_text(encoding="utf-8")) if metadata_path.exists() else {}
        )
    if not isinstance(source, str):
        raise SpecError("model generation produced no single module")
    models = metadata.get("models", []) if isinstance(metadata, dict) else []
    return source, [m for m in models if isinstance(m, dict)]


# mypy's rule for attribute overrides is stricter than pydantic's (and JSON Schema's
# allOf, where a part may narrow a property to another enum): say so where it applies.
# `unused-ignore` keeps mypy quiet where the override turns out compatible.
OVERRIDE_IGNORE = "  # type: ignore[assignment, unused-ignore]"
_BARE_GENERICS = {"list": "list[Any]", "dict": "dict[str, Any]"}


def tidy_models(source: str) -> str:
    """Make datamodel-code-generator's module pass ``ruff check`` and ``mypy --strict``.

    - trailing whitespace from descriptions is removed (docstrings only hold it);
    - a bare ``list`` or ``dict`` in an annotation (its output for some recursive
      schemas) gets type arguments;
    - a field that redefines an inherited one with another annotation is marked;
    - ``Annotated[X | None, Field(...)]`` (required but nullable) reads ``X | None``: a field
      without a default is required all the same;
    - a field that may be absent reads as None then, so its type allows None even when the
      spec does not allow null (``strict_nullable`` keeps the two apart only for required ones).
    """
    source = _required_without_field(TRAILING_SPACE.sub("", normalize_line_breaks(source)))
    tree = ast.parse(source)
    edits = SourceEdits(source_lines(source))
    fields: dict[str, dict[str, ast.expr]] = {}  # class → field → annotation
    bases: dict[str, list[str]] = {}
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases[node.name] = [base.id for base in node.bases if isinstance(base, ast.Name)]
        own = fields.setdefault(node.name, {})
        for base in node.bases:
            _add_type_arguments(base, edits)
        for statement in node.body:
            if not (
                isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            ):
                continue
            _add_type_arguments(statement.annotation, edits)
            _allow_none_when_absent(statement, edits)
            own[statement.target.id] = statement.annotation
            inherited = _inherited_field(node.name, statement.target.id, fields, bases)
            if inherited is not None and ast.unparse(inherited) != ast.unparse(
                statement.annotation
            ):
                edits.append_to_line(statement.lineno, OVERRIDE_IGNORE)
    if not edits.edits:
        return source
    source = edits.apply()
    if any(text in _BARE_GENERICS.values() for _, _, _, text in edits.edits) and not re.search(
        r"^from typing import .*\bAny\b", source, re.MULTILINE
    ):
        source = source.replace(
            "from __future__ import annotations\n",
            "from __future__ import annotations\n\nfrom typing import Any\n",
            1,
        )
    return source


def _allow_none_when_absent(statement: ast.AnnAssign, edits: SourceEdits) -> None:
    value = statement.value
    if not (isinstance(value, ast.Constant) and value.value is None):
        return
    annotation = statement.annotation
    if (
        isinstance(annotation, ast.Subscript)
        and isinstance(annotation.value, ast.Name)
        and annotation.value.id == "Annotated"
        and isinstance(annotation.slice, ast.Tuple)
    ):
        annotation = annotation.slice.elts[0]
    if _allows_none(annotation) or annotation.end_lineno is None:
        return
    assert annotation.end_col_offset is not None
    edits.insert(annotation.end_lineno, annotation.end_col_offset, " | None")


def _allows_none(annotation: ast.expr) -> bool:
    if isinstance(annotation, ast.Constant):
        return annotation.value is None
    if isinstance(annotation, ast.Name):
        return annotation.id == "Any"
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _allows_none(annotation.left) or _allows_none(annotation.right)
    if isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name):
        return annotation.value.id == "Optional"
    return False


def _required_without_field(source: str) -> str:
    if "Field(...)" not in source:
        return source
    edits = SourceEdits(source_lines(source))
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.AnnAssign) and node.value is None):
            continue
        annotation = node.annotation
        if (
            isinstance(annotation, ast.Subscript)
            and isinstance(annotation.value, ast.Name)
            and annotation.value.id == "Annotated"
            and isinstance(annotation.slice, ast.Tuple)
            and len(annotation.slice.elts) == 2
            and ast.unparse(annotation.slice.elts[1]) == "Field(...)"
            and annotation.lineno == annotation.end_lineno
        ):
            inner = ast.get_source_segment(source, annotation.slice.elts[0])
            if inner is not None:
                edits.replace(annotation, inner)
    return edits.apply() if edits.edits else source


def _add_type_arguments(annotation: ast.expr, edits: SourceEdits) -> None:
    """``list`` → ``list[Any]`` and ``dict`` → ``dict[str, Any]`` where they stand bare."""
    subscripted = {
        id(node.value) for node in ast.walk(annotation) if isinstance(node, ast.Subscript)
    }
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name) and node.id in _BARE_GENERICS and id(node) not in subscripted:
            edits.replace(node, _BARE_GENERICS[node.id])


def _inherited_field(
    class_name: str,
    field: str,
    fields: dict[str, dict[str, ast.expr]],
    bases: dict[str, list[str]],
) -> ast.expr | None:
    pending = list(bases.get(class_name, []))
    seen: set[str] = set()
    while pending:
        base = pending.pop(0)
        if base in seen or base not in fields:
            continue
        seen.add(base)
        if field in fields[base]:
            return fields[base][field]
        pending.extend(bases.get(base, []))
    return None


def _kind(bases: str) -> ModelKind:
    if "RootModel" in bases:
        return "root"
    if "Enum" in bases:
        return "enum"
    return "model"


# Keys under which JSON Schema nests further schemas: name -> whether the value is
# a schema, a list of schemas, or a mapping of names to schemas.
_SCHEMA_CHILDREN = {
    "items": "one",
    "additionalProperties": "one",
    "not": "one",
    "contains": "one",
    "propertyNames": "one",
    "unevaluatedItems": "one",
    "unevaluatedProperties": "one",
    "allOf": "list",
    "anyOf": "list",
    "oneOf": "list",
    "prefixItems": "list",
    "properties": "map",
    "patternProperties": "map",
    "$defs": "map",
    "definitions": "map",
    "dependentSchemas": "map",
}


# Keywords left out of every schema given to datamodel-code-generator (see the module docstring).
_DROPPED_KEYWORDS = frozenset(
    {
        "default",
        "minLength",
        "maxLength",
        "pattern",
        "minimum",
        "maximum",
        "exclusiveMinimum",
        "exclusiveMaximum",
        "multipleOf",
        "minItems",
        "maxItems",
        "uniqueItems",
        "minProperties",
        "maxProperties",
    }
)
_PLAIN_FORMATS = frozenset(
    {
        "email",
        "idn-email",
        "uri",
        "url",
        "uri-reference",
        "uri-template",
        "iri",
        "iri-reference",
        "password",
        "hostname",
        "idn-hostname",
        "ipv4",
        "ipv6",
        "byte",
        "duration",
        "decimal",
    }
)


def _dropped(key: str, value: Any) -> bool:
    return key in _DROPPED_KEYWORDS or (key == "format" and value in _PLAIN_FORMATS)


def _write_only(node: Any) -> bool:
    return isinstance(node, dict) and node.get("writeOnly") is True


def for_models(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """The spec with defaults, validation keywords and value-altering formats removed from
    every schema, sharing all unchanged parts."""

    def schema(node: Any) -> Any:
        if not isinstance(node, dict):
            return node
        changed = False
        result = {}
        for key, value in node.items():
            if _dropped(key, value):
                changed = True
                continue
            if key == "patternProperties" and isinstance(value, dict) and value:
                # A dict of the values' type; key patterns are the server's to check.
                if "additionalProperties" not in node:
                    values = [schema(item) for item in value.values()]
                    result["additionalProperties"] = (
                        values[0] if len(values) == 1 else {"anyOf": values}
                    )
                changed = True
                continue
            if (
                key == "required"
                and isinstance(value, list)
                and isinstance(node.get("properties"), dict)
            ):
                # A write-only property is never in a response: it cannot be required there.
                kept = [name for name in value if not _write_only(node["properties"].get(name))]
                if len(kept) != len(value):
                    result[key] = kept
                    changed = True
                    continue
            kind = _SCHEMA_CHILDREN.get(key)
            if kind == "one":
                new = schema(value)
            elif kind == "list" and isinstance(value, list):
                new = [schema(item) for item in value]
                new = value if all(a is b for a, b in zip(new, value, strict=True)) else new
            elif kind == "map" and isinstance(value, dict):
                new = {name: schema(item) for name, item in value.items()}
                new = value if all(new[name] is value[name] for name in value) else new
            else:
                new = value
            changed = changed or new is not value
            result[key] = new
        return result if changed else node

    def anywhere(node: Any) -> Any:
        """Outside schemas: find every ``schema`` and ``components.schemas`` entry."""
        if isinstance(node, list):
            new_list = [anywhere(item) for item in node]
            return node if all(a is b for a, b in zip(new_list, node, strict=True)) else new_list
        if not isinstance(node, dict):
            return node
        result = {}
        changed = False
        for key, value in node.items():
            if key == "schema":
                new = schema(value)
            elif key == "schemas" and isinstance(value, dict):
                new = {name: schema(item) for name, item in value.items()}
                new = value if all(new[name] is value[name] for name in value) else new
            else:
                new = anywhere(value)
            changed = changed or new is not value
            result[key] = new
        return result if changed else node

    result: Mapping[str, Any] = anywhere(spec)
    return result
