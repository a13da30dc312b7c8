"""Split the models job into independent parts, and merge their modules back into one.

datamodel-code-generator spends about 5 ms per schema, in one process: on a
spec of 1,400 schemas that is most of a run. Schemas that never reference
each other (directly or through the inline schemas of one operation) can be
generated apart, so this module groups them into parts of about equal size
that run in parallel and are cached one by one (see ``models.py``).

Merging puts the parts' imports together, keeps each class once (the same
class can come out of two parts when both include a shared response), renames
a class that two parts named alike for different schemas, and puts the classes
in one order that does not depend on the split (``canonical_order``).
"""

from __future__ import annotations

import ast
import io
import tokenize
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..spec.pointers import HTTP_METHODS, iter_refs, unescape_pointer_token
from .ordering import (
    Links,
    canonical_imports,
    canonical_order,
    forward_references,
    links_of,
    quoted_in_bases,
    spell_bases,
)
from .source_edits import class_spelling, normalize_line_breaks, source_lines

SCHEMAS_PREFIX = "#/components/schemas/"


# -- splitting -----------------------------------------------------------------


class _Groups:
    """Union-find over node names."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, node: str) -> str:
        root = self.parent.setdefault(node, node)
        while root != self.parent[root]:
            root = self.parent[root]
        while node != root:  # path compression
            self.parent[node], node = root, self.parent[node]
        return root

    def join(self, a: str, b: str) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def _schema_name(ref: str) -> str | None:
    if not ref.startswith(SCHEMAS_PREFIX):
        return None
    rest = ref[len(SCHEMAS_PREFIX) :]
    return unescape_pointer_token(rest.split("/", 1)[0])


def _component(node: Any, components: Mapping[str, Any]) -> Any:
    """A shared parameter, response or request body, when ``node`` refers to one."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if isinstance(ref, str) and ref.startswith("#/components/"):
        kind, _, name = ref[len("#/components/") :].partition("/")
        return (components.get(kind) or {}).get(unescape_pointer_token(name))
    return node


def _inline_schemas(
    item: Mapping[str, Any], operation: Mapping[str, Any], components: Mapping[str, Any]
) -> Iterator[Any]:
    """The schemas of an operation that become models named after it: parameters and bodies
    given inline rather than as a ``$ref`` to a component schema."""
    candidates = []
    for parameters in (item.get("parameters"), operation.get("parameters")):
        for parameter in parameters if isinstance(parameters, list) else ():
            parameter = _component(parameter, components)
            if isinstance(parameter, dict):
                candidates.append(parameter.get("schema"))
    bodies = [_component(operation.get("requestBody"), components)]
    responses = operation.get("responses")
    if isinstance(responses, dict):
        bodies.extend(_component(response, components) for response in responses.values())
    for body in bodies:
        content = body.get("content") if isinstance(body, dict) else None
        for media in content.values() if isinstance(content, dict) else ():
            if isinstance(media, dict):
                candidates.append(media.get("schema"))
    for schema in candidates:
        if _is_inline(schema):
            yield schema


def _is_inline(schema: Any) -> bool:
    return isinstance(schema, dict) and not (len(schema) == 1 and "$ref" in schema)


def _inline_media(content: Any) -> dict[str, Any]:
    """The media types of a ``content`` map whose schema is inline."""
    if not isinstance(content, dict):
        return {}
    return {
        media_type: media
        for media_type, media in content.items()
        if isinstance(media, dict) and _is_inline(media.get("schema"))
    }


def _has_inline_content(body: Any, components: Mapping[str, Any]) -> bool:
    body = _component(body, components)
    return isinstance(body, dict) and bool(_inline_media(body.get("content")))


def _inline_only(parameters: Any, components: Mapping[str, Any], taken: set[str]) -> list[Any]:
    """The parameters with inline schemas; each other one becomes a placeholder that makes
    no model and keeps the rest at their positions (models are known by their JSON pointer).

    Placeholders get names of their own, unlike any in ``taken`` (the path item's):
    datamodel-code-generator refuses a name used twice in one operation.
    """
    listed = parameters if isinstance(parameters, list) else []
    kept: list[Any] = []
    any_inline = False
    for parameter in listed:
        resolved = _component(parameter, components)
        if isinstance(resolved, dict) and _is_inline(resolved.get("schema")):
            kept.append(parameter)
            any_inline = True
            continue
        name = f"_{len(taken)}"
        while name in taken:
            name = "_" + name
        taken.add(name)
        kept.append({"name": name, "in": "query", "schema": {}})
    return kept if any_inline else []


def _parameter_names(item: Mapping[str, Any], components: Mapping[str, Any]) -> set[str]:
    """Every parameter name of a path item and its operations."""
    names: set[str] = set()
    lists = [item.get("parameters")]
    lists.extend(
        item[method].get("parameters")
        for method in HTTP_METHODS
        if isinstance(item.get(method), dict)
    )
    for parameters in lists:
        for parameter in parameters if isinstance(parameters, list) else ():
            resolved = _component(parameter, components)
            if isinstance(resolved, dict) and isinstance(resolved.get("name"), str):
                names.add(resolved["name"])
    return names


def _inline_operation(
    operation: Mapping[str, Any], components: Mapping[str, Any], taken: set[str]
) -> dict[str, Any]:
    """The operation with only what has inline schemas: references to schemas of another part
    would otherwise become placeholder models here."""
    trimmed = {
        key: value
        for key, value in operation.items()
        if key not in ("parameters", "requestBody", "responses")
    }
    parameters = _inline_only(operation.get("parameters"), components, taken)
    if parameters:
        trimmed["parameters"] = parameters
    if _has_inline_content(operation.get("requestBody"), components):
        trimmed["requestBody"] = _only_inline_media(operation["requestBody"])
    responses = operation.get("responses")
    trimmed["responses"] = {
        status: _only_inline_media(response)
        for status, response in (responses.items() if isinstance(responses, dict) else ())
        if _has_inline_content(response, components)
    }
    return trimmed


def _only_inline_media(body: Any) -> Any:
    """A request body or response with only its media types whose schema is inline: one that
    refers to a component schema (a multipart ``$ref`` beside an inline text type) would make a
    placeholder model of it in a part that does not hold that schema."""
    content = body.get("content") if isinstance(body, dict) and "$ref" not in body else None
    if not isinstance(content, dict):
        return body
    kept = _inline_media(content)
    return body if len(kept) == len(content) else {**body, "content": kept}


def split(spec: Mapping[str, Any], parts: int) -> list[Mapping[str, Any]]:
    """``spec`` as up to ``parts`` specs whose schemas do not reference each other's.

    Each part keeps everything but ``components.schemas``, ``paths`` and ``webhooks``, which
    hold only its own schemas and the operations whose inline bodies reference them. The
    split is deterministic: it depends only on the spec.
    """
    components = spec.get("components") or {}
    schemas = components.get("schemas") or {}
    paths = spec.get("paths") or {}
    webhooks = spec.get("webhooks") or {}
    if (
        parts < 2
        or not isinstance(schemas, dict)
        or len(schemas) < 2
        or not isinstance(paths, dict)
        or not isinstance(webhooks, dict)
    ):
        return [spec]
    if any(
        not isinstance(item, dict) or "$ref" in item
        for item in (*paths.values(), *webhooks.values())
    ):
        return [spec]  # shared path items: keep it simple, generate in one go
    groups = _Groups()
    sizes: dict[str, int] = {}
    for name, schema in schemas.items():
        node = f"schema:{name}"
        groups.find(node)
        sizes[node] = 1
        for _, ref in iter_refs(schema):
            target = _schema_name(ref)
            if target in schemas:
                groups.join(node, f"schema:{target}")
    # An operation with inline schemas goes with every schema those reference: their
    # models (named after the operation) use the referenced classes.
    operations: dict[str, tuple[str, str, str]] = {}  # node -> (container, path, method)
    for container, items in (("paths", paths), ("webhooks", webhooks)):
        for path, item in items.items():
            for method in HTTP_METHODS:
                operation = item.get(method)
                if not isinstance(operation, dict):
                    continue
                inline = list(_inline_schemas(item, operation, components))
                if not inline:
                    continue
                node = f"{container}:{method} {path}"
                operations[node] = (container, path, method)
                sizes[node] = len(inline)
                groups.find(node)
                for schema in inline:
                    for _, ref in iter_refs(schema):
                        target = _schema_name(ref)
                        if target in schemas:
                            groups.join(node, f"schema:{target}")
    members: dict[str, list[str]] = {}
    for node in sizes:
        members.setdefault(groups.find(node), []).append(node)
    # Largest groups first, each into the lightest part so far (ties: the earlier part).
    bins: list[list[str]] = [[] for _ in range(parts)]
    loads = [0] * parts
    for root in sorted(members, key=lambda r: (-sum(sizes[n] for n in members[r]), r)):
        lightest = loads.index(min(loads))
        bins[lightest].extend(members[root])
        loads[lightest] += sum(sizes[n] for n in members[root])
    # Shared request bodies and responses, as every part sees them: their inline schemas only.
    shared = dict(components)
    for kind in ("requestBodies", "responses"):
        if isinstance(components.get(kind), dict):
            shared[kind] = {
                name: _only_inline_media(item) for name, item in components[kind].items()
            }
    result: list[Mapping[str, Any]] = []
    for nodes in bins:
        if not nodes:
            continue
        chosen = set(nodes)
        part_schemas = {
            name: schema for name, schema in schemas.items() if f"schema:{name}" in chosen
        }
        part_items: dict[str, dict[str, Any]] = {"paths": {}, "webhooks": {}}
        for node in nodes:
            if node in operations:
                container, path, method = operations[node]
                whole = paths if container == "paths" else webhooks
                item = part_items[container].setdefault(path, {})
                taken = _parameter_names(whole[path], components)
                path_parameters = _inline_only(whole[path].get("parameters"), components, taken)
                if path_parameters:
                    item["parameters"] = path_parameters
                item[method] = _inline_operation(whole[path][method], components, taken)
        # Keep the spec's path order, so generated names do not depend on the split.
        part = {
            **spec,
            "components": {**shared, "schemas": part_schemas},
            "paths": {
                path: part_items["paths"][path] for path in paths if path in part_items["paths"]
            },
        }
        if webhooks:
            part["webhooks"] = {
                name: part_items["webhooks"][name]
                for name in webhooks
                if name in part_items["webhooks"]
            }
        result.append(part)
    return result


# -- merging -------------------------------------------------------------------


@dataclass
class PartModule:
    """One part's generated module, cut into the pieces a merge needs."""

    header: list[str] = field(default_factory=list)
    imports: list[str] = field(default_factory=list)
    chunks: list[tuple[str | None, str]] = field(default_factory=list)  # (class name, text)
    links: list[Links] = field(default_factory=list)  # one per chunk
    rebuilds: list[str] = field(default_factory=list)


def parse_module(source: str) -> PartModule:
    """Cut a module at its top-level statements, as ast finds them; comment lines go with the
    statement below them."""
    module = PartModule()
    source = normalize_line_breaks(source)
    raw_lines = source_lines(source)
    lines = [line.rstrip("\n") for line in raw_lines]
    body = ast.parse(source).body
    local = {node.name for node in body if isinstance(node, ast.ClassDef)}
    first = _first_line(body[0]) if body else len(lines) + 1
    module.header = [line for line in lines[: first - 1] if line.startswith("#")]
    taken = first - 1
    for node in body:
        piece = lines[taken : node.end_lineno]
        taken = node.end_lineno or taken
        while piece and not piece[0].strip():
            piece.pop(0)
        text = "\n".join(piece).rstrip()
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            module.imports.append(text)
        elif _is_rebuild(node):
            module.rebuilds.append(text)
        else:
            name = class_spelling(raw_lines, node) if isinstance(node, ast.ClassDef) else None
            if isinstance(node, ast.ClassDef) and quoted_in_bases(node, local):
                text = spell_bases(text, local, defined=local)  # quoted again once merged
                node = ast.parse(text).body[0]
            module.chunks.append((name, text))
            module.links.append(links_of(node))
    return module


def _first_line(node: ast.stmt) -> int:
    decorators: list[ast.expr] = getattr(node, "decorator_list", [])
    return min([node.lineno, *(decorator.lineno for decorator in decorators)])


def _is_rebuild(node: ast.stmt) -> bool:
    """``Name.model_rebuild()``: set aside; the merged module's order says which it needs."""
    return (
        isinstance(node, ast.Expr)
        and isinstance(node.value, ast.Call)
        and not node.value.args
        and not node.value.keywords
        and isinstance(node.value.func, ast.Attribute)
        and node.value.func.attr == "model_rebuild"
        and isinstance(node.value.func.value, ast.Name)
    )


def rename_identifiers(text: str, renames: Mapping[str, str]) -> str:
    """Rename Python names in code, leaving strings, docstrings and comments alone."""
    if not renames:
        return text
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    places = [
        (t.start, t.end, renames[t.string])
        for t in tokens
        if t.type == tokenize.NAME and t.string in renames
    ]
    lines = text.splitlines(keepends=True)
    # Rewrite by position, so everything else stays byte for byte.
    for (row, col), (_, end_col), new in reversed(places):
        line = lines[row - 1]
        lines[row - 1] = line[:col] + new + line[end_col:]
    return "".join(lines)


def merge(
    sources: list[str], metadata: list[list[dict[str, Any]]], spec: Mapping[str, Any]
) -> tuple[str, list[dict[str, Any]]]:
    """One module (and its model metadata) from the parts' modules of ``spec``, the same
    whatever the split."""
    if len(sources) == 1 and not sources[0]:
        return sources[0], metadata[0]
    modules = [parse_module(source) for source in sources]
    aliases = {
        imported: alias
        for module in modules
        for line in module.imports
        for imported, alias in _imported(line)
        if alias is not None
    }
    modules = [_adopt_aliases(module, aliases) for module in modules]
    taken: dict[str, str] = {}  # class name -> its text, across parts seen so far
    merged_models: list[dict[str, Any]] = []
    for number, (module, models) in enumerate(zip(modules, metadata, strict=True)):
        renames: dict[str, str] = {}
        own = {name for name, _ in module.chunks if name is not None}
        for name, text in module.chunks:
            if name is not None and name in taken and taken[name] != text:
                fresh, n = name, 1
                while fresh in taken or fresh in own:
                    n += 1
                    fresh = f"{name}{n}"
                renames[name] = fresh
                taken[fresh] = ""
        if renames:
            body = rename_identifiers("\n\n\n".join(text for _, text in module.chunks), renames)
            calls = rename_identifiers("\n".join(module.rebuilds), renames)
            module = parse_module(
                "\n".join([*module.header, *module.imports, "", "", body, "", "", calls])
            )
            modules[number] = module
            models = [
                {**m, "class_name": renames.get(m.get("class_name", ""), m.get("class_name"))}
                for m in models
            ]
        for name, text in module.chunks:
            if name is not None:
                taken.setdefault(name, text)
        merged_models.extend(models)
    header = modules[0].header
    seen: set[str] = set()
    chunks: list[tuple[str | None, str, Links]] = []
    for module in modules:
        for (name, text), links in zip(module.chunks, module.links, strict=True):
            key = name if name is not None else text
            if key in seen:
                continue  # the same class from two parts
            seen.add(key)
            chunks.append((name, text, links))
    chunks, rebuilds = forward_references(canonical_order(chunks, merged_models, spec))
    pieces = [
        "\n".join(header),
        "\n".join(canonical_imports(line for module in modules for line in module.imports)),
        "\n\n\n".join(t for _, t, _ in chunks),
    ]
    if rebuilds:
        pieces.append("\n".join(rebuilds))
    return "\n\n".join(pieces[:2]) + "\n\n\n" + "\n\n\n".join(pieces[2:]) + "\n", merged_models


def _imported(line: str) -> list[tuple[tuple[str, str], str | None]]:
    """What an import statement imports: ((from where, name), the alias it is known by)."""
    statement = ast.parse(line).body[0]
    if not isinstance(statement, ast.ImportFrom):
        return []
    source = "." * statement.level + (statement.module or "")
    return [((source, alias.name), alias.asname) for alias in statement.names]


def _adopt_aliases(module: PartModule, aliases: Mapping[tuple[str, str], str]) -> PartModule:
    """``module`` using the alias another part imports a name by (``datetime as
    datetime_aliased``, where a field is named ``datetime``), when it imports that name bare."""
    imported = [entry for line in module.imports for entry in _imported(line)]
    own_aliases = {name for name, alias in imported if alias is not None}
    renames = {
        name[1]: aliases[name]
        for name, alias in imported
        if alias is None and name in aliases and name not in own_aliases
    }
    if not renames:
        return module
    imports = []
    for line in module.imports:
        names = _imported(line)
        if any(alias is None and name in aliases for name, alias in names):
            line = _import_line(
                [(name, aliases.get(name) if alias is None else alias) for name, alias in names]
            )
        imports.append(line)
    body = rename_identifiers("\n\n\n".join(text for _, text in module.chunks), renames)
    calls = rename_identifiers("\n".join(module.rebuilds), renames)
    return parse_module("\n".join([*module.header, *imports, "", "", body, "", "", calls]))


def _import_line(names: Sequence[tuple[tuple[str, str], str | None]]) -> str:
    spelled = [name if alias is None else f"{name} as {alias}" for (_, name), alias in names]
    return f"from {names[0][0][0]} import {', '.join(spelled)}"
