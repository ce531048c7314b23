"""Alternated timings of this tree against a baseline tree, each timing in a fresh process of a tree's interpreter.

A benchmark gives a worker command; `alternate` runs it for the baseline ("main") and this tree ("branch") in turn,
flipping the order every pair (machines are noisy), and keeps each process's best call. A baseline given as a
commit is exported with `git archive` and run with this tree's venv.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MAIN = Path("/work/main")
PYTHON = ROOT / ".venv" / "bin" / "python"


def add_arguments(parser: argparse.ArgumentParser, calls: str) -> None:
    """The options every alternated benchmark takes (`calls`: what one timed call runs), and --worker."""
    parser.add_argument("--baseline", type=Path, default=MAIN, help="the tree to compare with (its .venv)")
    parser.add_argument("--baseline-rev", help="a commit to compare with instead (exported, run with this venv)")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3, help=f"{calls} calls per process (best taken)")
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)


def export(rev: str, out: Path) -> Path:
    """The files of commit `rev` of this repository, written to `out`."""
    out.mkdir()
    archive = subprocess.run(["git", "archive", rev], cwd=ROOT, capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(out)], input=archive, check=True)
    return out


def trees(baseline: Path, baseline_rev: str | None, tmp: Path) -> dict[str, tuple[Path, Path]]:
    """(tree, python) of the baseline ("main": a tree with its own .venv, or `baseline_rev` exported) and this tree."""
    main = (baseline, baseline / ".venv" / "bin" / "python")
    if baseline_rev:
        main = (export(baseline_rev, tmp / "baseline"), PYTHON)
    return {"main": main, "branch": (ROOT, PYTHON)}


def run_worker(tree: Path, python: Path, args: list[str]) -> dict:
    """The JSON the worker prints last: `python <args>` run in `tree` (which goes first on its sys.path)."""
    done = subprocess.run([str(python), *args], cwd=tree, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def alternate(pairs: int, timed: Callable[[str], dict], unit: str) -> dict[str, float]:
    """Medians over `pairs` of the best call of each process; `timed(name)` returns {"seconds": [...], "rows": n}."""
    times: dict[str, list[float]] = {"main": [], "branch": []}
    for i in range(pairs):
        for name in ("main", "branch")[:: 1 if i % 2 == 0 else -1]:
            result = timed(name)
            times[name].append(min(result["seconds"]))
            calls = ", ".join(f"{s:.3f}" for s in result["seconds"])
            print(f"pair {i + 1} {name:<6} {min(result['seconds']):.3f} s  (calls: {calls}; {result['rows']} {unit})")
    return {name: statistics.median(values) for name, values in times.items()}
