from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "llamacloud.yaml"
GENERATED = ROOT / "generated"
FIXTURES = ROOT / "tests" / "fixtures"
GOLDEN = ROOT / "tests" / "golden"
# /work/shared beside the main checkout; a worktree under /work/wt/<name> is one level deeper.
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "specs").is_dir()),
    ROOT.parent / "shared",
)
SHARED_SPECS = SHARED / "specs"
SEED_PAGE = SHARED / "seeds" / "000_d88e2a00d36b533c.txt"
BIN = Path(sys.executable).parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"


def golden_cases() -> list[str]:
    """Fixture specs with a golden output: tests/fixtures/<case>/sdkgen.toml."""
    return sorted(path.parent.name for path in FIXTURES.glob("*/sdkgen.toml"))
