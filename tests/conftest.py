from __future__ import annotations

import atexit
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator

import pytest

from tests.support.paths import SPEC
from tests.support.prism import prism_server

# One fresh cache per test session (sdkgen subprocesses inherit it): tests start cold,
# as on a clean CI machine, and never read or fill the user's own cache.
if "SDKGEN_CACHE_DIR" not in os.environ:
    os.environ["SDKGEN_CACHE_DIR"] = tempfile.mkdtemp(prefix="sdkgen-test-cache-")
    atexit.register(shutil.rmtree, os.environ["SDKGEN_CACHE_DIR"], ignore_errors=True)
# ...signed with a key of the session's own, so no test makes a key file in the user's home.
os.environ.setdefault("SDKGEN_CACHE_KEY", secrets.token_hex(32))


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Prism serving spec/llamacloud.yaml, for the whole test session."""
    with prism_server(SPEC) as url:
        yield url
