"""Templates print spec text only through a filter that makes it safe where it lands, and a
template typo fails loudly (StrictUndefined).

The scan reads every built-in template with Jinja's own parser and looks at each ``{{ ... }}``:
an expression that reads a free-text field of the IR (a description, a title, an example, an
enum value, a wire name...) must pass it through a safe filter before printing it. Names that
generator/naming.py made (method, class, resource and argument names, CLI flags) may be
printed as they are; the last test shows they are plain identifiers even for the hostile spec.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest
from jinja2 import nodes

from generator.config import load_config
from generator.errors import Diagnostics
from generator.ir.builder import build_api
from generator.names.identifiers import is_safe_identifier
from generator.render.filters import FILTERS
from generator.render.render import OUTPUTS, builtin_template_dir, make_environment
from generator.spec.loader import load_document
from tests.support.paths import BIN, FIXTURES

# Filters whose output cannot leave the construct it is printed in (see generator/render/filters.py).
SAFE_FILTERS = {
    "docstring",
    "pyrepr",
    "comment",
    "identifier",
    "md",
    "md_inline",
    "md_code",
    "md_fence",
}
# IR fields that hold text from the spec: prose, values and wire names.
FREE_TEXT = {
    "description", "summary", "title", "version", "examples", "example", "default", "enum", "const", "format",
    "operation_id", "path", "wire_name", "header", "request_param", "media_type", "default_base_url", "tags",
    "doc", "accept", "cli_help", "cli_summary", "cli_metavar", "cli_choices", "cli_type_name", "spec_default",
    "example_command", "example_response", "name",
}  # fmt: skip
# Printed raw on purpose, with the reason.
ALLOWED = {
    "arg.default": "Python source methods.py chose: None or NOT_GIVEN",
    "op.http_method": "one of spec.pointers.HTTP_METHODS",
    "resource.path": "resource names, identifiers made by naming.python_identifier",
    "op.resource_path": "the same",
    "operation.resource_path": "the same",
    "resource.name": "an identifier made by naming.python_identifier",
    "child.name": "the same",
    "child.resource.name": "the same",
    "view.resource.name": "the same",
    "view.classes.name": "a class name made by names.identifiers.class_name",
    "method.name": "MethodView.name: the method name, an identifier",
    "credential.example": "Credential.example: 'My' and the words of an identifier, shell-quoted",
}


def templates() -> list[Path]:
    return sorted(builtin_template_dir().rglob("*.jinja"))


def runtime_modules() -> list[Path]:
    """The SDK's runtime: plain Python, copied as it is, so no spec text can reach it."""
    return sorted(builtin_template_dir().rglob("*.py"))


def names(paths: list[Path]) -> set[str]:
    return {path.relative_to(builtin_template_dir()).as_posix() for path in paths}


def spelled(node: nodes.Node) -> str:
    if isinstance(node, nodes.Getattr):
        return f"{spelled(node.node)}.{node.attr}"
    if isinstance(node, nodes.Name):
        return node.name
    return f"<{type(node).__name__}>"


def unsafe_reads(node: nodes.Node) -> Iterator[str]:
    """Free-text fields read by ``node`` and printed without a safe filter around them."""
    if isinstance(node, nodes.Filter) and node.name in SAFE_FILTERS:
        return
    if isinstance(node, nodes.Getattr) and node.attr in FREE_TEXT and spelled(node) not in ALLOWED:
        yield spelled(node)
    for child in node.iter_child_nodes():
        yield from unsafe_reads(child)


def printed_expressions(source: str) -> Iterator[tuple[int, nodes.Expr]]:
    tree = make_environment(None).parse(source)
    for output in tree.find_all(nodes.Output):
        for expression in output.nodes:
            if not isinstance(expression, nodes.TemplateData):
                yield expression.lineno, expression


@pytest.mark.parametrize(
    "template", templates(), ids=lambda path: str(path.relative_to(builtin_template_dir()))
)
def test_spec_text_is_printed_only_through_a_safe_filter(template: Path) -> None:
    problems = [
        f"{template.name}:{line}: {read}"
        for line, expression in printed_expressions(template.read_text())
        for read in unsafe_reads(expression)
    ]
    assert problems == []


def test_the_scan_finds_an_unfiltered_field() -> None:
    """The scan itself: raw spec text is found, wherever the expression hides it."""
    source = (
        "{{ op.description }}\n{{ (op.summary or op.operation_id) | upper }}\n{{ f.description | md | indent_lines('  ') }}\n"
        "{{ prop.name | pyrepr }}\n{{ [api.title, 'x'] | join(' ') }}\n{{ arg.default }}\n"
    )
    found = [
        read for _, expression in printed_expressions(source) for read in unsafe_reads(expression)
    ]
    assert found == ["op.description", "op.summary", "op.operation_id", "api.title"]


def test_every_template_is_rendered_and_the_safe_filters_exist() -> None:
    assert names(templates()) == {output.template for output in OUTPUTS if not output.verbatim}
    assert names(runtime_modules()) == {output.template for output in OUTPUTS if output.verbatim}
    assert SAFE_FILTERS <= FILTERS.keys()


@pytest.mark.parametrize(
    "module", runtime_modules(), ids=lambda path: str(path.relative_to(builtin_template_dir()))
)
def test_a_runtime_module_holds_no_jinja(module: Path) -> None:
    """It is copied, never rendered: a tag in it would reach the SDK as it is. (Rendered, a
    module without tags comes out unchanged; with one, changed or failing.)"""
    source = module.read_text()
    assert make_environment(None).from_string(source).render() == source


def test_the_environment_is_strict() -> None:
    env = make_environment(None)
    assert env.undefined is jinja2.StrictUndefined
    with pytest.raises(jinja2.UndefinedError, match="'apii' is undefined"):
        env.from_string("{{ apii.title }}").render()


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (
            "# {{ api.titel | md_inline }}",
            "template sdk/README.md.jinja: 'generator.ir.model.Api object' has no attribute 'titel'",
        ),
        ("# {{ apii.title }}", "template sdk/README.md.jinja: 'apii' is undefined"),
        (
            "# {% if api.title %}{{ api.title | md_inline }}{% endif %}{{ nothing }}",
            "template sdk/README.md.jinja: 'nothing' is undefined",
        ),
    ],
)
def test_a_template_typo_fails_the_run(line: str, message: str, tmp_path: Path) -> None:
    overrides = tmp_path / "templates"
    (overrides / "sdk").mkdir(parents=True)
    (overrides / "sdk" / "README.md.jinja").write_text(line + "\n")
    result = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "--config", str(FIXTURES / "petstore" / "sdkgen.toml"),
         "--templates", str(overrides), "--output", str(tmp_path / "out")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert (result.returncode, result.stderr) == (2, f"sdkgen: error: {message}\n")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("case", ["hostile", "naming"])
def test_names_printed_raw_are_plain_identifiers(case: str) -> None:
    config = load_config(FIXTURES / case / "sdkgen.toml")
    api = build_api(load_document(config.spec), config, Diagnostics(quiet=True))
    cli_word = re.compile(r"[a-z0-9][a-z0-9_-]*")
    for resource in api.all_resources():
        assert all(is_safe_identifier(part) for part in resource.path), resource.path
        assert is_safe_identifier(resource.name) and is_safe_identifier(resource.class_name)
    for operation in api.operations:
        assert is_safe_identifier(operation.method_name), operation.method_name
        assert cli_word.fullmatch(operation.cli_method), operation.cli_method
        assert all(cli_word.fullmatch(part) for part in operation.cli_resource.split(":")), (
            operation.cli_resource
        )
        for parameter in operation.parameters:
            assert is_safe_identifier(parameter.python_name) and cli_word.fullmatch(
                parameter.cli_flag
            )
        for field in operation.request_body.fields if operation.request_body else ():
            assert is_safe_identifier(field.python_name) and cli_word.fullmatch(field.cli_flag)
