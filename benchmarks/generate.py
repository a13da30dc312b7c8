"""How fast sdkgen generates, against its peers, on the same specs in the same run.

Each tool runs as a whole process, as a user runs it, into an empty folder;
wall time and peak memory (summed over the process and its children, sampled
every 10 ms) are measured, and sdkgen's times are printed as ratios of the
peers'. The tools take turns within each round, so a noisy neighbour slows all
alike; medians of the rounds are reported. A peer that fails is reported as a
failure, not as a time.

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
import threading
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
    "petstore31": SHARED / "petstore-3.1.yaml",
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
    sampler = TreeMemory(process.pid)
    sampler.start()
    stderr = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    peak = max(sampler.peak_kb, usage.ru_maxrss) / 1024
    failed = process.returncode != 0 or (
        expect_output is not None and not any(expect_output.rglob("*.py"))
    )
    if failed:
        lines = [line for line in stderr.decode(errors="replace").splitlines() if line.strip()]
        return Run(None, peak, lines[-1][:100] if lines else f"exit {process.returncode}")
    return Run(elapsed, peak)


class TreeMemory(threading.Thread):
    """The largest sum of resident memory over a process and its descendants (Linux /proc)."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kb, self.stop = pid, 0, threading.Event()

    def run(self) -> None:
        while not self.stop.wait(0.01):
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(pid) for pid in _tree(self.pid)))


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


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


def edited_copy(spec: Path, folder: Path) -> Path:
    """``spec`` with one line edited: its first description, as a spec change usually is."""
    folder.mkdir(parents=True, exist_ok=True)
    text = spec.read_text(encoding="utf-8")
    marker = '"description": "' if spec.suffix == ".json" else "description: "
    at = text.index(marker) + len(marker)
    edited = folder / spec.name
    edited.write_text(text[:at] + "Edited. " + text[at:], encoding="utf-8")
    return edited


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


# A fresh interpreter importing datamodel-code-generator and generating one model: what a cold
# run that generates models with it cannot go below, whatever the spec.
DCG_START = """
from datamodel_code_generator import generate
schema = {"type": "object", "properties": {"name": {"type": "string"}}}
spec = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {},
        "components": {"schemas": {"Pet": schema}}}
generate(spec, input_file_type="openapi", output_model_type="pydantic_v2.BaseModel", formatters=[])
"""


def run_dcg_start(work: Path) -> Run:
    work.mkdir(parents=True, exist_ok=True)
    return measure([sys.executable, "-c", DCG_START], work)


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
    """Per spec and round, in turn: sdkgen cold (empty cache), warm (the cache the cold run
    left), after a one-line edit of the spec (same cache), `sdkgen check` with nothing
    changed, then the peers, and datamodel-code-generator's start-up (``DCG_START``)."""
    opc = ensure_peers() if peers else None
    columns = (
        "cold",
        "warm",
        "one-line edit",
        "check",
        "openapi-python-client",
        "dcg (models)",
        "dcg start-up",
    )
    header = f"{'spec':<11}" + "".join(f"{c:>22}" for c in columns)
    print(f"median of {repeat} interleaved rounds; memory: peak summed over all processes")
    print(header)
    print("-" * len(header))
    ratios = []
    for name in names:
        spec = SPECS[name]
        runs: dict[str, list[Run]] = {column: [] for column in columns}
        with tempfile.TemporaryDirectory(prefix="sdkgen-bench-") as scratch:
            root = Path(scratch)
            edited = edited_copy(spec, root / "edited")
            for i in range(repeat):
                cache = root / f"cache{i}"
                runs["cold"].append(run_sdkgen(spec, root / f"cold{i}", cache))
                runs["warm"].append(run_sdkgen(spec, root / f"warm{i}", cache))
                runs["one-line edit"].append(run_sdkgen(edited, root / f"edit{i}", cache))
                check = [str(BIN / "sdkgen"), "check", "-q"]
                cache_env = {"SDKGEN_CACHE_DIR": str(cache)}
                runs["check"].append(measure(check, root / f"warm{i}", env=cache_env))
                if opc is not None:
                    runs["openapi-python-client"].append(run_opc(opc, spec, root / f"opc{i}"))
                if peers:
                    runs["dcg (models)"].append(run_dcg(spec, root / f"dcg{i}"))
                runs["dcg start-up"].append(run_dcg_start(root / f"start{i}"))
        cells = {column: best(found) for column, found in runs.items() if found}
        print(f"{name:<11}" + "".join(f"{str(cells.get(c, '')):>22}" for c in columns), flush=True)
        theirs = cells.get("openapi-python-client")
        if theirs is not None and theirs.seconds:
            times = "  ".join(
                f"{c} {ratio(cells[c], theirs)}" for c in (*columns[:4], "dcg start-up")
            )
            memory = cells["cold"].peak_mb / theirs.peak_mb
            ratios.append(f"{name:<11}{times}  memory (cold) {memory:.2f}x")
    if ratios:
        print("\nagainst openapi-python-client's generate (wall time; memory of the cold run):")
        print("\n".join(ratios))


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
    parser.add_argument("--repeat", type=int, default=5, help="rounds per spec (median reported)")
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


if __name__ == "__main__":
    main()
