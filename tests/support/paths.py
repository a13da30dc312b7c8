from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "llamacloud.yaml"
GENERATED = ROOT / "generated"
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
# The service's reference page for GET /api/v1/classifier/jobs, which spec/llamacloud.yaml
# transcribes; kept here so that the suite needs nothing outside the repository.
SEED_PAGE = ROOT / "tests" / "seeds" / "list_classify_jobs.md"
# Public specs too large to keep in the repository live in a copy of shared/ beside it (the
# clone CI makes, or /work/shared beside the checkouts in /work). Tests that need them skip
# when it is absent, with missing(path) as the reason.
SHARED = ROOT.parent / "shared"
SHARED_SPECS = SHARED / "specs"
SHARED_SEED_PAGE = SHARED / "seeds" / "000_d88e2a00d36b533c.txt"
BIN = Path(sys.executable).parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def missing(path: Path) -> str:
    """Why a test that needs ``path``, outside the repository, is skipped."""
    return f"needs {path} (a copy of shared/ beside the repository), which is absent"


def golden_cases() -> list[str]:
    """Fixture specs with a golden output: tests/fixtures/<case>/sdkgen.toml."""
    return sorted(path.parent.name for path in FIXTURES.glob("*/sdkgen.toml"))
