"""The model classes each version's SDK exports, compared by name.

Class names come from the models stage (datamodel-code-generator), not from the spec: a
schema keeps its name while its class is renumbered (``Data1`` becomes ``Data2`` when another
``Data`` appears first) or turned from a model into a root model. Users import these names,
so this is the only way to see such breaks. Both modules are read with ``ast``; nothing runs.
"""

from __future__ import annotations

import ast
from collections.abc import Mapping, Set
from dataclasses import dataclass, field

from ..models import ModelSet
from ..spec.pointers import unescape_pointer_token
from .changes import Changes


@dataclass(frozen=True, slots=True)
class ClassInfo:
    kind: str  # "model", "root model" or "enum"
    members: Mapping[str, str] = field(default_factory=dict)  # enum: repr(value) -> member name


def module_classes(source: str) -> dict[str, ClassInfo]:
    """The classes a models module defines, by name."""
    found: dict[str, ClassInfo] = {}
    for node in ast.parse(source).body:
        if not isinstance(node, ast.ClassDef):
            continue
        bases = [ast.unparse(base) for base in node.bases]
        if any(base.startswith("RootModel") for base in bases):
            found[node.name] = ClassInfo("root model")
        elif any(base.endswith("Enum") for base in bases):
            members = {
                repr(statement.value.value): statement.targets[0].id
                for statement in node.body
                if isinstance(statement, ast.Assign)
                and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)
                and isinstance(statement.value, ast.Constant)
            }
            found[node.name] = ClassInfo("enum", members)
        else:
            found[node.name] = ClassInfo("model")
    return found


def compare_classes(
    old: ModelSet,
    new: ModelSet,
    out: Changes,
    *,
    explained: Set[str],
    used: Set[str],
) -> None:
    """Report classes removed, renamed or changed in kind, and enum members renamed.

    ``explained`` holds the pointers of schemas whose removal or renaming is reported
    already; ``used`` the pointers of named schemas the SDK's methods send or return, whose
    class the methods' signatures name.
    """
    before, after = module_classes(old.source), module_classes(new.source)
    pointer_of = {model.name: pointer for pointer, model in old.classes.items()}
    for name in before:
        if name in after:
            continue
        pointer = pointer_of.get(name, "")
        if pointer in explained:
            continue
        now = new.classes.get(pointer)
        if now is not None and now.name not in before:
            out.add("class-renamed", f"class {name}", f"renamed to {now.name}", ("sdk",), pointer)
        else:
            out.add("class-removed", f"class {name}", "removed", ("sdk",), pointer, "old")
    for name, was in before.items():
        now_info = after.get(name)
        if now_info is None:
            continue
        pointer = pointer_of.get(name, "")
        if was.kind != now_info.kind:
            detail = f"changed from {_article(was.kind)} to {_article(now_info.kind)}"
            out.add("class-kind-changed", f"class {name}", detail, ("sdk",), pointer)
        for value, member in was.members.items():
            renamed = now_info.members.get(value)
            if renamed is not None and renamed != member:
                detail = f"member {member} renamed to {renamed} (value {value})"
                out.add("enum-member-renamed", f"class {name}", detail, ("sdk",), pointer)
    # A schema the methods use whose class is now another one, the old name still defined.
    for pointer in sorted(used):
        was_class, now_class = old.classes.get(pointer), new.classes.get(pointer)
        if was_class is None or now_class is None or was_class.name == now_class.name:
            continue
        if was_class.name in after:
            detail = f"the SDK's methods now type it as {now_class.name}, was {was_class.name}"
            schema = unescape_pointer_token(pointer.rsplit("/", 1)[-1])
            out.add("class-retyped", f"schema {schema}", detail, ("sdk",), pointer)


def _article(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind
