"""The built-in templates: what each renders and which blocks it offers (``sdkgen templates``).

Beside the Jinja templates are the SDK's runtime modules, plain Python copied as they are;
they are listed and exported too, since a file of the same name in the user's folder replaces
one. The ``.pyi`` stubs beside them only serve to type-check them where they are written.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import jinja2
from jinja2 import nodes

from ..errors import UsageError
from .overrides import MODEL_TEMPLATES
from .render import OUTPUTS, Output, builtin_template_dir, make_environment


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    name: str  # path below the template folder
    renders: str  # the output path pattern, or what uses it
    blocks: tuple[str, ...]


def builtin_templates() -> list[TemplateInfo]:
    root = builtin_template_dir()
    env = make_environment(None)
    outputs = {output.template: _describe(output) for output in OUTPUTS}
    found = []
    for path in sorted(root.rglob("*")):
        if (
            not path.is_file()
            or path.suffix not in (".jinja", ".jinja2", ".py")
            or "__pycache__" in path.parts
        ):
            continue
        name = path.relative_to(root).as_posix()
        if name.startswith(MODEL_TEMPLATES + "/"):
            renders = "models, via datamodel-code-generator"
        else:
            renders = outputs.get(name, "included by other templates")
        blocks = () if path.suffix == ".py" else _blocks(env, path)
        found.append(TemplateInfo(name, renders, blocks))
    return found


def _describe(output: Output) -> str:
    if output.verbatim:
        return f"{output.path} (plain Python, copied as it is)"
    per = {
        "once": "",
        "webhooks": " (when the spec has webhooks)",
        "operation": " (one per operation)",
        "tested_resource": " (one per resource)",
    }
    return output.path + per.get(output.each, " (one per resource)")


def _blocks(env: jinja2.Environment, path: Path) -> tuple[str, ...]:
    tree = env.parse(path.read_text(encoding="utf-8"))
    return tuple(block.name for block in tree.find_all(nodes.Block))


def format_listing(templates: list[TemplateInfo]) -> str:
    lines = []
    for info in templates:
        lines.append(f"{info.name}\n    renders: {info.renders}")
        if info.blocks:
            lines.append(f"    blocks:  {', '.join(info.blocks)}")
    return "\n".join(lines) + "\n"


def export_templates(target: Path, *, force: bool = False) -> list[Path]:
    """Copy the built-in templates into ``target`` as a starting point for overrides."""
    root = builtin_template_dir()
    sources = [root / info.name for info in builtin_templates()]
    destinations = [target / source.relative_to(root) for source in sources]
    existing = [d for d in destinations if d.exists()]
    if existing and not force:
        raise UsageError(f"{existing[0]} already exists; pass --force to overwrite")
    for source, destination in zip(sources, destinations, strict=True):
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
    return destinations
