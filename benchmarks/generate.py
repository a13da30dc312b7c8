"""How fast sdkgen generates, against its peers, on the same specs in the same run.

Each tool runs as a whole process, as a user runs it, into an empty folder;
wall time and peak memory (of the tool's main process) are measured, and
sdkgen's times are printed as ratios of the peers'. A peer that fails is
reported as a failure, not as a time.

    python benchmarks/generate.py                 # all specs, peers included
    python benchmarks/generate.py --scaling       # synthetic specs, 10 to 5,000 operations
    python benchmarks/generate.py --specs ours --repeat 3

Peers (installed by the script into benchmarks/.peers/, pinned):
openapi-python-client 0.29.1 (whole clients) and datamodel-code-generator
(models only, the version sdkgen itself uses).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "specs"
PEERS = ROOT / "benchmarks" / ".peers"
OPC_VERSION = "0.29.1"
BIN = Path(sys.executable).parent

SPECS = {
    "ours": ROOT / "spec" / "llamacloud.yaml",
    "petstore": SHARED / "petstore-3.0.yaml",
    "openai": SHARED / "openai.yaml",  # the largest spec openapi-python-client completes
    "stripe": SHARED / "stripe-2022-04.json",  # the largest spec of all
}
SDKGEN_CONFIG = """[tool.sdkgen]
spec = "{spec}"
output = "out"
package = "bench_sdk"
distribution = "bench-sdk"
client_class = "Bench"
cli_name = "bench"
env_prefix = "BENCH"
lenient = true
"""


@dataclass
class Run:
    seconds: float | None  # None when the tool failed
    peak_mb: float
    note: str = ""

    def __str__(self) -> str:
        if self.seconds is None:
            return f"FAILED ({self.note})"
        return f"{self.seconds:6.2f} s {self.peak_mb:5.0f} MB"


def measure(
    command: list[str],
    cwd: Path,
    *,
    expect_output: Path | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(
        command,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
    )
    assert process.stderr is not None
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    peak = usage.ru_maxrss / 1024
    failed = process.returncode != 0 or (
        expect_output is not None and not any(expect_output.rglob("*.py"))
    )
    if failed:
        lines = [line for line in stderr.decode(errors="replace").splitlines() if line.strip()]
        return Run(None, peak, lines[-1][:100] if lines else f"exit {process.returncode}")
    return Run(elapsed, peak)


def ensure_peers() -> Path:
    """A virtualenv with the pinned peer, created on first use."""
    opc = PEERS / "bin" / "openapi-python-client"
    if not opc.exists():
        print(f"installing openapi-python-client {OPC_VERSION} into {PEERS} ...", file=sys.stderr)
        subprocess.run([sys.executable, "-m", "venv", str(PEERS)], check=True)
        subprocess.run(
            [str(PEERS / "bin" / "pip"), "install", "-q", f"openapi-python-client=={OPC_VERSION}"],
            check=True,
        )
    return opc


def run_sdkgen(spec: Path, work: Path, cache: Path) -> Run:
    """One ``sdkgen generate`` into an empty folder; ``cache`` is its models cache (empty: a cold run)."""
    work.mkdir(parents=True, exist_ok=True)
    (work / "pyproject.toml").write_text(SDKGEN_CONFIG.format(spec=spec))
    return measure(
        [str(BIN / "sdkgen"), "generate", "-q"],
        work,
        expect_output=work / "out",
        env={"SDKGEN_CACHE_DIR": str(cache)},
    )


def run_sdkgen_cold_and_warm(spec: Path, root: Path, repeat: int) -> tuple[Run, Run]:
    """Cold: the models cache is empty, as on a first run or a fresh CI machine.
    Warm: the spec changed nowhere that touches the models (the cache from the cold run)."""
    cold, warm = [], []
    for i in range(repeat):
        cache = root / f"cache{i}"
        cold.append(run_sdkgen(spec, root / f"cold{i}", cache))
        warm.append(run_sdkgen(spec, root / f"warm{i}", cache))
    return best(cold), best(warm)


def run_opc(opc: Path, spec: Path, work: Path) -> Run:
    work.mkdir(parents=True, exist_ok=True)
    out = work / "out"
    return measure(
        [str(opc), "generate", "--path", str(spec), "--output-path", str(out), "--overwrite"],
        work,
        expect_output=out,
    )


def run_dcg(spec: Path, work: Path) -> Run:
    work.mkdir(parents=True, exist_ok=True)
    out = work / "models.py"
    command = [
        str(BIN / "datamodel-codegen"),
        "--input", str(spec),
        "--input-file-type", "openapi",
        "--output-model-type", "pydantic_v2.BaseModel",
        "--output", str(out),
        "--formatters", "ruff-format",
    ]  # fmt: skip
    run = measure(command, work)
    if run.seconds is not None and not out.exists():
        return Run(None, run.peak_mb, "no output")
    return run


def best(runs: list[Run]) -> Run:
    ok = [run for run in runs if run.seconds is not None]
    if not ok:
        return runs[-1]
    return Run(
        statistics.median(run.seconds for run in ok if run.seconds is not None),
        max(r.peak_mb for r in ok),
    )


def ratio(ours: Run, peer: Run | None) -> str:
    if peer is None or ours.seconds is None or peer.seconds is None:
        return "n/a"
    return f"{ours.seconds / peer.seconds:.2f}x"


def compare(names: list[str], repeat: int, *, peers: bool) -> None:
    opc = ensure_peers() if peers else None
    columns = ("sdkgen cold", "sdkgen warm", "openapi-python-client", "dcg (models only)")
    header = (
        f"{'spec':<9}" + "".join(f"{c:>23}" for c in columns)
        + f"{'cold/opc':>10}{'warm/opc':>10}{'cold/dcg':>10}"
    )  # fmt: skip
    print(header)
    print("-" * len(header))
    for name in names:
        spec = SPECS[name]
        with tempfile.TemporaryDirectory(prefix="sdkgen-bench-") as scratch:
            root = Path(scratch)
            cold, warm = run_sdkgen_cold_and_warm(spec, root, repeat)
            theirs = (
                best([run_opc(opc, spec, root / f"opc{i}") for i in range(repeat)]) if opc else None
            )
            models = (
                best([run_dcg(spec, root / f"dcg{i}") for i in range(repeat)]) if peers else None
            )
        cells = [cold, warm, theirs or "", models or ""]
        ratios = [ratio(cold, theirs), ratio(warm, theirs), ratio(cold, models)] if peers else []
        print(
            f"{name:<9}" + "".join(f"{c!s:>23}" for c in cells)
            + "".join(f"{r:>10}" for r in ratios),
            flush=True,
        )  # fmt: skip


def check_time(repeat: int) -> None:
    """`sdkgen check` on this repository's spec with nothing changed, models cache cold and warm."""
    command = [str(BIN / "sdkgen"), "check", "-q"]
    cold, warm = [], []
    with tempfile.TemporaryDirectory(prefix="sdkgen-bench-cache-") as scratch:
        for i in range(max(repeat, 3)):
            env = {"SDKGEN_CACHE_DIR": str(Path(scratch) / str(i))}
            cold.append(measure(command, ROOT, env=env))
            warm.append(measure(command, ROOT, env=env))
    print(
        f"\nsdkgen check, nothing changed (median of {len(cold)}): "
        f"cold {best(cold)}, warm {best(warm)}  (target: under 1 s)"
    )


def scaling(sizes: list[int], repeat: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import build_spec

    print(
        f"\n{'operations':>10} {'schemas':>8} {'sdkgen':>18} {'s per 1,000 ops':>16} {'MB per 1,000 ops':>17}"
    )
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="sdkgen-scale-") as scratch:
            spec = Path(scratch) / "spec.json"
            spec.write_text(json.dumps(build_spec(size, size)))
            runs = [
                run_sdkgen(spec, Path(scratch) / f"w{i}", Path(scratch) / f"cache{i}")
                for i in range(repeat)
            ]  # each with an empty models cache: cold
            run = best(runs)
        per_s = f"{run.seconds / size * 1000:.2f}" if run.seconds else "n/a"
        print(
            f"{size:>10} {size:>8} {run!s:>18} {per_s:>16} {run.peak_mb / size * 1000:>17.0f}",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--specs", default=",".join(SPECS), help=f"comma-separated, of {', '.join(SPECS)}"
    )
    parser.add_argument(
        "--repeat", type=int, default=1, help="runs per tool and spec (median reported)"
    )
    parser.add_argument("--no-peers", action="store_true", help="time sdkgen alone")
    parser.add_argument("--scaling", action="store_true", help="only the synthetic scaling table")
    parser.add_argument(
        "--sizes", default="10,100,1000,5000", help="operation counts for --scaling"
    )
    args = parser.parse_args()
    if args.scaling:
        scaling([int(size) for size in args.sizes.split(",")], args.repeat)
        return
    compare([name.strip() for name in args.specs.split(",")], args.repeat, peers=not args.no_peers)
    check_time(args.repeat)


if __name__ == "__main__":
    main()
