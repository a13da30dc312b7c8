"""A user's template folder, checked before anything renders: every mistake names its file.

- a file that overrides nothing (``sdk/package/_clinet.py.jinja``), and is not included by
  another override, is an error naming the closest built-in name;
- a block that the built-in template it extends does not have (``{% block metod %}``) is an
  error naming the closest block, since Jinja would silently ignore it;
- a model template (under ``models/``) must be one of datamodel-code-generator's;
- Python that an override renders is parsed before formatting: an error names the generated
  file, the line and the template that produced it.
"""

from __future__ import annotations

import ast
import difflib
from collections.abc import Iterable, Mapping
from pathlib import Path

import jinja2
from jinja2 import meta, nodes

from ..errors import UsageError

MODEL_TEMPLATES = "models"  # datamodel-code-generator's templates, overridable under models/
BUILTIN_PREFIX = "builtin"


def check_user_templates(
    env: jinja2.Environment, folder: Path, builtin_names: Iterable[str], builtin_root: Path
) -> None:
    """Refuse files in ``folder`` that override nothing and blocks that override nothing."""
    builtins = sorted(builtin_names)
    user_files = sorted(
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file()
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    templates = [name for name in user_files if not name.startswith(MODEL_TEMPLATES + "/")]
    referenced: set[str] = set()
    parsed: dict[str, nodes.Template] = {}
    for name in templates:
        if name.endswith(".py"):
            continue  # a runtime module: copied as it is
        parsed[name] = _parse(env, folder / name, name)
        referenced.update(
            ref for ref in meta.find_referenced_templates(parsed[name]) if isinstance(ref, str)
        )
    for name in templates:
        if name not in builtins and name not in referenced:
            raise UsageError(_unknown(folder / name, name, builtins, "built-in template"))
    for name, tree in parsed.items():
        parent = _extended(tree)
        if parent is None or not parent.startswith(BUILTIN_PREFIX + "/"):
            continue
        base = parent.removeprefix(BUILTIN_PREFIX + "/")
        if not (builtin_root / base).is_file():
            raise UsageError(
                _unknown(
                    folder / name, parent, [f"{BUILTIN_PREFIX}/{b}" for b in builtins], "template"
                )
            )
        available = _blocks(env, builtin_root / base)
        for block in tree.find_all(nodes.Block):
            if block.name not in available:
                close = difflib.get_close_matches(block.name, sorted(available), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                raise UsageError(
                    f"template {folder / name}:{block.lineno}: {parent} has no block "
                    f"{block.name!r}{hint}; its blocks are {', '.join(sorted(available))}"
                )
    for name in user_files:
        if name.startswith(MODEL_TEMPLATES + "/"):
            known = model_template_names()
            relative = name.removeprefix(MODEL_TEMPLATES + "/")
            if relative not in known:
                raise UsageError(
                    _unknown(
                        folder / name, relative, sorted(known), "datamodel-code-generator template"
                    )
                )


def check_python(files: Mapping[str, str], sources: Mapping[str, tuple[str, Path | None]]) -> None:
    """Every Python file made by a user's template parses; otherwise one line names the
    generated file and line and the template (``sources``: path → (template, user file))."""
    for path, (template, user_file) in sorted(sources.items()):
        if user_file is None or not path.endswith(".py"):
            continue
        try:
            ast.parse(files[path], path)
        except SyntaxError as exc:
            raise UsageError(
                f"{path}:{exc.lineno}: invalid Python ({exc.msg}), rendered by your template "
                f"{user_file} (overriding {template})"
            ) from None


def model_template_names() -> frozenset[str]:
    """datamodel-code-generator's template files, relative to its template folder."""
    import datamodel_code_generator.model as model_package

    root = Path(model_package.__file__).parent / "template"
    return frozenset(p.relative_to(root).as_posix() for p in root.rglob("*.jinja2"))


def _parse(env: jinja2.Environment, path: Path, name: str) -> nodes.Template:
    try:
        return env.parse(path.read_text(encoding="utf-8"), name, str(path))
    except jinja2.TemplateSyntaxError as exc:
        raise UsageError(f"template {path}:{exc.lineno}: {exc.message}") from None
    except UnicodeDecodeError:
        raise UsageError(f"template {path}: not UTF-8 text") from None


def _extended(tree: nodes.Template) -> str | None:
    for node in tree.find_all(nodes.Extends):
        if isinstance(node.template, nodes.Const) and isinstance(node.template.value, str):
            return node.template.value
    return None


def _blocks(env: jinja2.Environment, path: Path) -> set[str]:
    return {
        block.name for block in env.parse(path.read_text(encoding="utf-8")).find_all(nodes.Block)
    }


def _unknown(path: Path, name: str, known: list[str], what: str) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.5)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    return f"template {path}: {name!r} is not a {what}, so it would override nothing{hint}"
