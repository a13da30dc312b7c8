from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.paths import SPEC
from tests.support.prism import prism_server


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Prism serving spec/llamacloud.yaml, for the whole test session."""
    with prism_server(SPEC) as url:
        yield url
