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


def measure(command: list[str], cwd: Path, *, expect_output: Path | None = None) -> Run:
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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


def run_sdkgen(spec: Path, work: Path) -> Run:
    work.mkdir(parents=True, exist_ok=True)
    (work / "pyproject.toml").write_text(SDKGEN_CONFIG.format(spec=spec))
    return measure([str(BIN / "sdkgen"), "generate", "-q"], work, expect_output=work / "out")


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


def ratio(ours: Run, peer: Run) -> str:
    if ours.seconds is None or peer.seconds is None:
        return "n/a"
    return f"{ours.seconds / peer.seconds:.2f}x"


def compare(names: list[str], repeat: int, *, peers: bool) -> None:
    opc = ensure_peers() if peers else None
    header = f"{'spec':<10} {'sdkgen':>18} {'openapi-python-client':>24} {'dcg (models only)':>20} {'vs opc':>7} {'vs dcg':>7}"
    print(header)
    print("-" * len(header))
    for name in names:
        spec = SPECS[name]
        with tempfile.TemporaryDirectory(prefix="sdkgen-bench-") as scratch:
            root = Path(scratch)
            ours = best([run_sdkgen(spec, root / f"sdkgen{i}") for i in range(repeat)])
            theirs = (
                best([run_opc(opc, spec, root / f"opc{i}") for i in range(repeat)]) if opc else None
            )
            models = (
                best([run_dcg(spec, root / f"dcg{i}") for i in range(repeat)]) if peers else None
            )
        print(
            f"{name:<10} {ours!s:>18} {theirs!s:>24} {models!s:>20} "
            f"{ratio(ours, theirs) if theirs else '':>7} {ratio(ours, models) if models else '':>7}",
            flush=True,
        )


def check_time(repeat: int) -> None:
    """`sdkgen check` on this repository's spec with nothing changed."""
    runs = [measure([str(BIN / "sdkgen"), "check", "-q"], ROOT) for _ in range(max(repeat, 3))]
    print(
        f"\nsdkgen check, nothing changed (median of {len(runs)}): {best(runs)}  (target: under 1 s)"
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
            run = best([run_sdkgen(spec, Path(scratch) / f"w{i}") for i in range(repeat)])
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
