"""The layout ARCHITECTURE.md describes holds: stages import only earlier stages, modules stay small."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.support.paths import ROOT

GENERATOR = ROOT / "generator"
STAGES = ("spec", "ir", "models", "render", "output")  # in pipeline order
SHARED = {"config", "errors", "cache", "escaping", "__init__"}  # any stage may use them
COMMANDS = {"cli", "pipeline", "diff", "__main__"}  # they run the stages
MAX_LINES = 500


def modules() -> list[Path]:
    return sorted(GENERATOR.rglob("*.py"))


def part(module: str) -> str:
    """``generator.ir.model`` → ``ir``; ``generator.config`` → ``config``."""
    pieces = module.split(".")
    return pieces[1] if len(pieces) > 1 else "__init__"


def imported(path: Path) -> set[str]:
    """The generator modules ``path`` imports, absolute."""
    package = ".".join(path.relative_to(ROOT).with_suffix("").parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.startswith("generator"):
                found.add(target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("generator"))
    return found


def allowed(source: str, target: str) -> bool:
    if source in COMMANDS or target in SHARED or target == source:
        return True
    if source in SHARED:
        return target == "names"  # config checks names with the naming rules
    if source == "names":  # naming rules read the spec and the IR's data, nothing later
        return target == "spec" or target == "ir"
    if target == "names":
        return source in STAGES
    if source in STAGES and target in STAGES:
        return STAGES.index(target) <= STAGES.index(source)
    return False


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(GENERATOR)))
def test_no_import_runs_from_an_earlier_stage_to_a_later_one(path: Path) -> None:
    source = part(".".join(path.relative_to(ROOT).with_suffix("").parts))
    wrong = sorted(t for t in imported(path) if not allowed(source, part(t)))
    assert not wrong, f"{source} must not import {wrong}"


def test_names_imports_only_the_ir_model() -> None:
    for path in (GENERATOR / "names").glob("*.py"):
        for target in imported(path):
            if part(target) == "ir":
                assert target == "generator.ir.model", (path, target)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(GENERATOR)))
def test_no_module_is_over_500_lines(path: Path) -> None:
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES


def test_every_module_is_in_the_architecture_page() -> None:
    page = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    for path in modules():
        if path.name in ("__init__.py", "__main__.py"):
            continue
        assert f"{path.name}`" in page or f"`{path.stem}`" in page, path
