"""Every case the fuzzer ever found (tests/fuzz/corpus/), replayed: each stays fixed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fuzz.replies import check_reply
from tests.fuzz.run import CORPUS
from tests.fuzz.specs import check_spec
from tests.support.fake_api import FakeAPI


def cases(target: str) -> list[Path]:
    return sorted((CORPUS / target).glob("*.json"))


@pytest.fixture(scope="module")
def api() -> Iterator[FakeAPI]:
    with FakeAPI(record=False) as server:
        yield server


@pytest.mark.parametrize("case", cases("replies"), ids=lambda path: path.stem)
def test_reply(case: Path, api: FakeAPI) -> None:
    check_reply(json.loads(case.read_text(encoding="utf-8")), api)


@pytest.mark.parametrize("case", cases("specs"), ids=lambda path: path.stem)
def test_spec(case: Path) -> None:
    check_spec(json.loads(case.read_text(encoding="utf-8")))
