"""``scripts/fuzz``: fresh random examples against sdkgen and its SDKs; failures join the corpus.

    scripts/fuzz replies 5000     # server replies to the generated client
    scripts/fuzz specs 500        # specs for the generator

Each failing case is shrunk by hypothesis and saved as ``corpus/<target>/<hash>.json``, which
``tests/test_fuzz_corpus.py`` replays in CI; the run then stops with exit status 1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings

CORPUS = Path(__file__).parent / "corpus"


def save(target: str, case: Any) -> Path:
    text = json.dumps(case, indent=1, sort_keys=True, ensure_ascii=True) + "\n"
    path = CORPUS / target / f"{hashlib.sha256(text.encode()).hexdigest()[:16]}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(target: str, examples: int, seed: int | None) -> int:
    last: list[Any] = []
    tried = [0]
    if target == "replies":
        from tests.fuzz.replies import check_reply, replies
        from tests.support.fake_api import FakeAPI

        api = FakeAPI(record=False).__enter__()
        strategy: Any = replies()

        def check(case: Any) -> None:
            check_reply(case, api)
    else:
        from tests.fuzz.specs import check_spec
        from tests.test_property_based import specs

        strategy = specs()

        def check(case: Any) -> None:
            check_spec(case)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    @given(strategy)
    def property_holds(case: Any) -> None:
        tried[0] += 1
        try:
            check(case)
        except BaseException:
            last[:] = [case]  # hypothesis replays the shrunk case last
            raise

    if seed is not None:
        property_holds = _seeded(property_holds, seed)
    started = time.monotonic()
    try:
        property_holds()
    except Exception as error:  # noqa: BLE001 - any failure is a finding
        path = save(target, last[0]) if last else None
        print(
            f"fuzz {target}: FAILED after {tried[0]} examples: {type(error).__name__}: {error}",
            file=sys.stderr,
        )
        if path is not None:
            print(f"fuzz {target}: the shrunk case is saved as {path}", file=sys.stderr)
        return 1
    print(f"fuzz {target}: {tried[0]} examples passed in {time.monotonic() - started:.0f} s")
    return 0


def _seeded(test: Callable[[], None], seed: int) -> Callable[[], None]:
    from hypothesis import seed as with_seed

    result: Callable[[], None] = with_seed(seed)(test)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/fuzz", description=__doc__.splitlines()[0])
    parser.add_argument("target", choices=["replies", "specs"])
    parser.add_argument("examples", type=int, nargs="?", default=1000)
    parser.add_argument("--seed", type=int, help="repeat a run (default: fresh randomness)")
    args = parser.parse_args(argv)
    return run(args.target, args.examples, args.seed)


if __name__ == "__main__":
    sys.exit(main())
