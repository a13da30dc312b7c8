"""A folder of user templates overlays the built-ins: whole files or single blocks."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from generator.config import load_config
from generator.errors import UsageError
from generator.output.manifest import MANIFEST
from generator.pipeline import generate_files
from generator.render.catalog import builtin_templates
from tests.support.paths import BIN, ROOT

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def baseline() -> dict[str, str]:
    return generate_files(load_config(ROOT / "pyproject.toml")).files


def generate_with(templates: Path) -> dict[str, str]:
    return generate_files(load_config(ROOT / "pyproject.toml", {"templates": templates})).files


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    """The files whose content changed, besides the manifest (it holds every file's hash)."""
    assert before.keys() == after.keys()
    return {path for path in before if before[path] != after[path] and path != MANIFEST}


def test_a_replaced_template_changes_only_its_own_files(
    tmp_path: Path, baseline: dict[str, str]
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md.jinja").write_text("# {{ api.title | md }}\n\nOur own index.\n")
    files = generate_with(tmp_path)
    assert changed(baseline, files) == {"docs/index.md"}
    assert files["docs/index.md"] == "# LlamaCloud API\n\nOur own index.\n"


def test_a_block_override_leaves_every_other_byte_identical(
    tmp_path: Path, baseline: dict[str, str]
) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "operation.md.jinja").write_text(
        '{% extends "builtin/docs/operation.md.jinja" %}\n'
        "{% block example %}\n\n### Example\n\nAsk your account manager.\n{% endblock %}\n"
    )
    files = generate_with(tmp_path)
    page = "docs/classifier/jobs/list.md"
    assert changed(baseline, files) == {page}
    before, after = baseline[page], files[page]
    head = before[: before.index("### Example")]
    assert after == head + "### Example\n\nAsk your account manager.\n"


def test_a_block_override_of_the_client_init(tmp_path: Path, baseline: dict[str, str]) -> None:
    (tmp_path / "sdk" / "package").mkdir(parents=True)
    (tmp_path / "sdk" / "package" / "_client.py.jinja").write_text(
        '{% extends "builtin/sdk/package/_client.py.jinja" %}\n'
        '{% block client_init %}\n{{ super() }}\n        self.region = "eu"\n{% endblock %}\n'
    )
    files = generate_with(tmp_path)
    assert changed(baseline, files) == {"src/llamacloud/_client.py"}
    assert '        self.region = "eu"\n' in files["src/llamacloud/_client.py"]


def test_templates_setting_in_pyproject(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides" / "docs"
    overrides.mkdir(parents=True)
    (overrides / "index.md.jinja").write_text("custom\n")
    spec = ROOT / "spec" / "llamacloud.yaml"
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.sdkgen]\nspec = "{spec}"\noutput = "out"\ntemplates = "overrides"\npackage = "llamacloud"\n'
    )
    result = subprocess.run(
        [str(BIN / "sdkgen"), "generate", "-q"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "docs" / "index.md").read_text() == "custom\n"


def test_a_template_typo_fails_loudly(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md.jinja").write_text("{{ api.titel }}\n")
    with pytest.raises(UsageError, match="docs/index.md.jinja.*titel"):
        generate_with(tmp_path)


def test_template_syntax_errors_name_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md.jinja").write_text("ok\n{% if %}\n")
    with pytest.raises(UsageError, match=r"index.md.jinja:2"):
        generate_with(tmp_path)


def test_templates_list_and_export(tmp_path: Path) -> None:
    listing = subprocess.run(
        [str(BIN / "sdkgen"), "templates", "list"], capture_output=True, text=True
    )
    assert listing.returncode == 0
    names = [info.name for info in builtin_templates()]
    for name in names:
        assert name in listing.stdout
    assert (
        "blocks:  title, synopsis, description, parameters, returns, events, example"
        in listing.stdout
    )
    export = subprocess.run(
        [str(BIN / "sdkgen"), "templates", "export", str(tmp_path / "t")],
        capture_output=True,
        text=True,
    )
    assert export.returncode == 0
    assert sorted(
        p.relative_to(tmp_path / "t").as_posix() for p in (tmp_path / "t").rglob("*") if p.is_file()
    ) == sorted(names)
    assert "sdk/cli/_parser.py" in names and "sdk/cli/_settings.py.jinja" in names
    again = subprocess.run(
        [str(BIN / "sdkgen"), "templates", "export", str(tmp_path / "t")],
        capture_output=True,
        text=True,
    )
    assert again.returncode == 2 and "--force" in again.stderr


def test_a_runtime_module_of_the_user_is_copied_as_it_is(
    tmp_path: Path, baseline: dict[str, str]
) -> None:
    """The runtime is plain Python: a file of the same name replaces it, and is not rendered."""
    builtin = (ROOT / "templates" / "sdk" / "package" / "_types.py").read_text()
    mine = builtin + '\n# Ours: {{ not a template }} {% nor this %}\nREGION = "eu"\n'
    (tmp_path / "sdk" / "package").mkdir(parents=True)
    (tmp_path / "sdk" / "package" / "_types.py").write_text(mine)
    files = generate_with(tmp_path)
    assert changed(baseline, files) == {"src/llamacloud/_types.py"}
    assert files["src/llamacloud/_types.py"] == mine


def test_an_override_of_a_runtime_module_by_its_old_template_name_is_refused(
    tmp_path: Path,
) -> None:
    """It would be left unused without a word: the module is no template any more."""
    (tmp_path / "sdk" / "cli").mkdir(parents=True)
    (tmp_path / "sdk" / "cli" / "_app.py.jinja").write_text("{% block module %}{% endblock %}\n")
    with pytest.raises(UsageError) as caught:
        generate_with(tmp_path)
    assert str(caught.value) == (
        f"template {tmp_path}/sdk/cli/_app.py.jinja: sdk/cli/_app.py is plain Python now, "
        f"not a template; put your version of it in {tmp_path}/sdk/cli/_app.py"
    )


def test_a_cli_command_block_override(tmp_path: Path, baseline: dict[str, str]) -> None:
    (tmp_path / "sdk" / "cli").mkdir(parents=True)
    (tmp_path / "sdk" / "cli" / "_commands.py.jinja").write_text(
        '{% extends "builtin/sdk/cli/_commands.py.jinja" %}\n'
        "{% block command %}{{ super() | replace('List classify jobs', 'List every classify job') }}{% endblock %}\n"
    )
    files = generate_with(tmp_path)
    assert changed(baseline, files) == {"src/llamacloud_cli/_commands.py"}
    assert "List every classify job" in files["src/llamacloud_cli/_commands.py"]


DOC = (ROOT / "docs" / "templates.md").read_text()


def test_the_template_guide_covers_every_template_block_and_variable() -> None:
    import dataclasses

    from generator.ir import model as ir
    from generator.render.render import _base_variables

    for info in builtin_templates():
        row = next((line for line in DOC.splitlines() if line.startswith(f"| `{info.name}`")), None)
        assert row is not None, f"{info.name} is not in docs/templates.md"
        for block in info.blocks:
            assert f"`{block}`" in row, f"block {block} of {info.name} is not in docs/templates.md"
    for name in _base_variables.__code__.co_consts:
        if isinstance(name, str) and name.isidentifier() and name.islower():
            assert f"`{name}`" in DOC, f"template variable {name} is not in docs/templates.md"
    for cls in vars(ir).values():
        if (
            isinstance(cls, type)
            and dataclasses.is_dataclass(cls)
            and cls.__module__ == ir.__name__
        ):
            assert f"**`{cls.__name__}`**" in DOC or f"(`{cls.__name__}`:" in DOC, cls.__name__
            for field in dataclasses.fields(cls):
                assert f"`{field.name}`" in DOC, (
                    f"{cls.__name__}.{field.name} is not in docs/templates.md"
                )


def test_the_worked_example_of_the_guide(tmp_path: Path, baseline: dict[str, str]) -> None:
    blocks = DOC.split("## Worked example")[1].split("```jinja\n")[1:]
    client, page = (block.split("```")[0] for block in blocks)
    (tmp_path / "sdk" / "package").mkdir(parents=True)
    (tmp_path / "sdk" / "package" / "_client.py.jinja").write_text(client)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "operation.md.jinja").write_text(page)
    files = generate_with(tmp_path)
    assert changed(baseline, files) == {"src/llamacloud/_client.py", "docs/classifier/jobs/list.md"}
    assert files["src/llamacloud/_client.py"].count('self._default_headers["X-Client-Region"]') == 2
    assert "Write to api@example.com." in files["docs/classifier/jobs/list.md"]
