"""Hostile input, generator side: specs that grow the work faster than themselves, text that is not
text, names the SDK cannot live with, values that change on the way, and spec text that would
drive the terminal. Each ends in a working SDK or in one clear line naming the place.
"""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from generator.models import build_models
from generator.models.spec_view import for_models
from generator.spec.loader import Document, load_document
from tests.spec_builder import ok, openapi
from tests.support.paths import BIN


def sdkgen(spec: Path, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "sdkgen"), "generate", "-q", "--spec", spec.name, "--output", "sdk", *args],
        cwd=spec.parent,
        capture_output=True,
        text=True,
        check=False,
        timeout=timeout,
    )


def one_error(result: subprocess.CompletedProcess[str]) -> str:
    """The one line of a failed run, without its ``sdkgen: error:`` prefix."""
    assert result.returncode == 1, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("sdkgen: error: "), result.stderr
    return result.stderr.removeprefix("sdkgen: error: ").rstrip("\n")


# -- work that grows faster than the input ------------------------------------------------------


def alias_chain(links: int) -> dict[str, Any]:
    """``S0 → S1 → … → S<links>``, each but the last only a ``$ref``; an operation returns S0."""
    schemas: dict[str, Any] = {
        f"S{i}": {"$ref": f"#/components/schemas/S{i + 1}"} for i in range(links)
    }
    schemas[f"S{links}"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "first": {"$ref": "#/components/schemas/S0"}},
    }
    return openapi(
        {"/things": {"get": {"responses": ok({"$ref": "#/components/schemas/S0"})}}}, schemas
    )


def test_a_chain_of_2000_aliases_generates_in_seconds(tmp_path: Path) -> None:
    spec = tmp_path / "chain.json"
    spec.write_text(json.dumps(alias_chain(2000)))
    started = time.perf_counter()
    result = sdkgen(spec, "--no-cache", timeout=60)  # it took minutes while the work was quadratic
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stderr
    assert elapsed < 20, f"{elapsed:.1f} s"
    models = (tmp_path / "sdk" / "src" / "client" / "types" / "schemas.py").read_text()
    assert "class S2000(BaseModel):" in models
    for i in range(2000):  # every alias keeps its class
        assert f"\nclass S{i}(RootModel[S2000]):\n" in models


def test_resolving_every_link_of_a_chain_reads_each_link_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = tmp_path / "chain.json"
    spec.write_text(json.dumps(alias_chain(500)))
    document = load_document(spec)
    reads: list[str] = []
    node_at = Document.node_at

    def counting(self: Document, pointer: str) -> Any:
        reads.append(pointer)
        return node_at(self, pointer)

    monkeypatch.setattr(Document, "node_at", counting)
    for i in range(501):
        pointer = f"/components/schemas/S{i}"
        node, end = document.resolve(document.data["components"]["schemas"][f"S{i}"], pointer)
        assert end == "/components/schemas/S500"
        assert node["type"] == "object"
    assert len(reads) == len(set(reads)) == 500


def test_aliases_of_aliases_refer_to_the_end_of_their_chain_and_keep_their_classes() -> None:
    view = for_models(alias_chain(3))
    schemas = view["components"]["schemas"]
    assert [schemas[f"S{i}"] for i in range(3)] == [{"$ref": "#/components/schemas/S3"}] * 3
    assert schemas["S3"]["properties"]["first"] == {"$ref": "#/components/schemas/S0"}
    models = build_models(
        alias_chain(3), package="client", template_dir=None, spec_file="spec.json", reserved=()
    )
    assert {pointer: model.name for pointer, model in models.classes.items()} == {
        f"/components/schemas/S{i}": f"S{i}" for i in range(4)
    }
    assert "first: S0 | None = None" in models.source
