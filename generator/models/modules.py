"""The models module as the SDK ships it: one module, or one module per type for large APIs.

With more than ``ONE_MODULE_UP_TO`` classes (or ``type_modules = "per-type"``), each type gets a
module named after it: a component, or an operation's request body, response or parameter
(``types/pets_post_request.py``). A class inside a type (``JobOwner``, a branch of a union) lives
in its type's module; so a change to one schema changes one module. Types that refer to each other
in a cycle share the module of the first of them by name, so that every module imports the
modules it needs at its top. ``types/__init__.py`` re-exports every class, importing its module
on first use.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from ..cache import TypeModulesCache
from ..config import TypeLayout
from ..names.identifiers import file_identifier, snake_case, unique
from .model_set import ModelSet

ONE_MODULE = "schemas"  # the module of a small API's models
ONE_MODULE_UP_TO = 100  # classes


@dataclass(frozen=True, slots=True)
class TypeModules:
    sources: Mapping[str, str]  # module name (in ``types/``) -> source
    modules: Mapping[str, str]  # class name -> its module

    @property
    def split(self) -> bool:
        return len(self.sources) > 1 or ONE_MODULE not in self.sources

    def grouped(self, names: Iterable[str]) -> list[tuple[str, list[str]]]:
        """``names`` by the module that defines them, to import each from there (importing
        ``types`` itself would read the index of every class)."""
        found: dict[str, list[str]] = defaultdict(list)
        for name in sorted(set(names)):
            found[self.modules.get(name, ONE_MODULE)].append(name)
        return sorted(found.items())


def type_modules(
    models: ModelSet, layout: TypeLayout = "auto", cache: TypeModulesCache | None = None
) -> TypeModules:
    """The modules of ``types/``, and which module defines each class."""
    cache = cache or TypeModulesCache(None)
    classes = {pointer: [c.name, c.kind] for pointer, c in models.classes.items()}
    key = cache.key(models.source, classes, layout)
    stored = cache.get(key)
    if stored is not None:
        return TypeModules(*stored)
    laid_out = _lay_out(models, layout)
    cache.put(key, laid_out.sources, laid_out.modules)
    return laid_out


def _lay_out(models: ModelSet, layout: TypeLayout) -> TypeModules:
    tree = ast.parse(models.source)
    classes = [node for node in tree.body if isinstance(node, ast.ClassDef)]
    if layout == "one" or (layout == "auto" and len(classes) <= ONE_MODULE_UP_TO) or not classes:
        return TypeModules({ONE_MODULE: models.source}, {c.name: ONE_MODULE for c in classes})
    lines = models.source.splitlines(keepends=True)
    uses = {node.name: _names(node) for node in classes}
    module_of = _merge_cycles(_first_modules(classes, models, uses), uses)
    header = "".join(lines[: _first_statement_line(tree) - 1])
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    body: dict[str, list[str]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            continue
        owner = node.name if isinstance(node, ast.ClassDef) else _statement_owner(node, module_of)
        start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", ()))])
        body[module_of[owner]].append("".join(lines[start - 1 : node.end_lineno]))
    members: dict[str, list[str]] = defaultdict(list)
    for name, home in module_of.items():
        members[home].append(name)
    sources: dict[str, str] = {}
    for module in sorted(body):
        used = set().union(*(uses[name] for name in members[module]))
        sources[module] = _module_source(header, imports, module, module_of, used, body[module])
    return TypeModules(sources, dict(module_of))


def _first_modules(
    classes: Sequence[ast.ClassDef], models: ModelSet, uses: Mapping[str, set[str]]
) -> dict[str, str]:
    """Each class's module before cycles are merged: that of the type it belongs to."""
    pointers: dict[str, list[str]] = defaultdict(list)
    for pointer, model in models.classes.items():
        pointers[model.name].append(pointer)
    by_pointer = {pointer: model.name for pointer, model in models.classes.items()}
    owner: dict[str, str] = {}
    for node in classes:
        if not pointers[node.name]:
            continue
        pointer = min(pointers[node.name], key=lambda p: (p.count("/"), p))
        tokens = pointer.split("/")
        # The outermost class whose schema holds this one's: a component, or an operation's.
        owner[node.name] = next(
            (
                by_pointer["/".join(tokens[:end])]
                for end in range(2, len(tokens) + 1)
                if "/".join(tokens[:end]) in by_pointer
            ),
            node.name,
        )
    first_user: dict[str, str] = {}
    for node in classes:
        for name in uses[node.name]:
            first_user.setdefault(name, node.name)
    for node in classes:  # a class with no schema of its own goes with its first user
        if node.name not in owner:
            user = first_user.get(node.name, node.name)
            owner[node.name] = owner.get(user, user)
    taken: set[str] = set()
    names: dict[str, str] = {}
    for node in classes:
        root = owner[node.name]
        if root not in names:
            module = file_identifier(snake_case(root), fallback="model")
            names[root] = unique(module, taken)
        owner[node.name] = names[root]
    return owner


def _merge_cycles(module_of: dict[str, str], uses: Mapping[str, set[str]]) -> dict[str, str]:
    """``module_of`` with modules that import each other, directly or not, made one."""
    edges: dict[str, set[str]] = defaultdict(set)
    for name, module in module_of.items():
        edges[module] |= {module_of[used] for used in uses[name] if used in module_of}
        edges[module].discard(module)
    merged: dict[str, str] = {}
    for component in _strongly_connected(sorted(set(module_of.values())), edges):
        for module in component:
            merged[module] = min(component)
    return {name: merged[module] for name, module in module_of.items()}


def _strongly_connected(nodes: Iterable[str], edges: Mapping[str, set[str]]) -> list[list[str]]:
    """Tarjan's algorithm, without recursion (a long chain of types must not overflow)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in nodes:
        if start in index:
            continue
        work = [(start, iter(sorted(edges.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(component)
    return found


def _module_source(
    header: str,
    imports: Sequence[ast.ImportFrom],
    module: str,
    module_of: Mapping[str, str],
    used: set[str],
    chunks: Sequence[str],
) -> str:
    lines = [header.rstrip("\n"), ""] if header.strip() else []
    for node in imports:
        kept = [
            a for a in node.names if (a.asname or a.name) in used or node.module == "__future__"
        ]
        if kept:
            names = ", ".join(
                a.name if a.asname is None else f"{a.name} as {a.asname}" for a in kept
            )
            lines.append(f"from {'.' * node.level}{node.module or ''} import {names}")
    imported: dict[str, list[str]] = defaultdict(list)
    for name in sorted(used):
        home = module_of.get(name)
        if home is not None and home != module:
            imported[home].append(name)
    lines.extend(
        f"from .{home} import {', '.join(names)}" for home, names in sorted(imported.items())
    )
    return "\n".join(lines) + "\n\n\n" + "\n\n".join(chunk.rstrip("\n") + "\n" for chunk in chunks)


def _names(node: ast.AST) -> set[str]:
    """The names ``node`` uses, forward references in quotes within a type too
    (``RootModel[dict[str, "B"]]``), but not docstrings or other strings."""
    found = set()
    for child in ast.walk(node):
        if isinstance(child, ast.Name):
            found.add(child.id)
        elif isinstance(child, ast.Subscript) and not (
            isinstance(child.value, ast.Name) and child.value.id == "Literal"  # values, not names
        ):
            for inner in ast.walk(child.slice):
                if isinstance(inner, ast.Constant) and isinstance(inner.value, str):
                    try:
                        found |= _names(ast.parse(inner.value, mode="eval"))
                    except SyntaxError:
                        pass  # a Literal's value, not a reference
    return found


def _statement_owner(node: ast.stmt, module_of: Mapping[str, str]) -> str:
    """The class a statement beside the classes belongs with (``X.model_rebuild()``: ``X``)."""
    names = [n.id for n in ast.walk(node) if isinstance(n, ast.Name) and n.id in module_of]
    return names[0] if names else next(iter(module_of))


def _first_statement_line(tree: ast.Module) -> int:
    return tree.body[0].lineno if tree.body else 1
