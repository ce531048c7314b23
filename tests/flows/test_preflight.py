"""Usage errors before the heavy imports: exit 2, one line, no Prefect, Polars or Great Expectations imported,
and about as fast as `curate --help`."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

HEAVY = ("prefect", "polars", "great_expectations", "pandas")
# Runs `main` and reports which heavy packages it imported, so the check does not depend on timing.
PROBE = (
    "import sys, atexit; from flows.cli import main; "
    f"atexit.register(lambda: print(' '.join(m for m in {HEAVY!r} if m in sys.modules) or '-')); sys.exit(main(sys.argv[1:]))"
)


def _probe(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True, text=True, timeout=60)


@pytest.fixture
def folders(tmp_path: Path) -> dict[str, Path]:
    raw = tmp_path / "raw"
    shutil.copytree(SEEDS, raw)
    foreign = tmp_path / "site"
    (foreign / "src").mkdir(parents=True)
    (foreign / "index.html").write_text("<p>mine</p>")
    return {"raw": raw, "foreign": foreign, "tmp": tmp_path}


def _cases(f: dict[str, Path]) -> dict[str, tuple[list[str], str]]:
    raw, out = str(f["raw"]), str(f["tmp"] / "out")
    return {
        "missing input": (["run", "--input", str(f["tmp"] / "nope"), "--output", out], "input folder not found"),
        "output is input": (["run", "--input", raw, "--output", raw], "is the input folder"),
        "output inside input": (["run", "--input", raw, "--output", str(f["raw"] / "out")], "inside the input folder"),
        "output contains input": (["run", "--input", raw, "--output", str(f["tmp"])], "contains the input folder"),
        "foreign output": (["run", "--input", raw, "--output", str(f["foreign"])], "no curate run wrote"),
        "empty glob": (["run", "--input", raw, "--output", out, "--glob", ""], "--glob"),
        "absolute glob": (["run", "--input", raw, "--output", out, "--glob", "/etc/*"], "--glob"),
        "climbing glob": (["run", "--input", raw, "--output", out, "--glob", "../*.txt"], "--glob"),
        "zero batch files": (["run", "--input", raw, "--output", out, "--batch-files", "0"], "--batch-files"),
        "negative lock timeout": (["run", "--input", raw, "--output", out, "--lock-timeout", "-1"], "--lock-timeout"),
        "nan lock timeout": (["run", "--input", raw, "--output", out, "--lock-timeout", "nan"], "--lock-timeout"),
        "bad cron": (["serve", "--cron", "every night", "--input", raw, "--output", out], "invalid cron"),
        "bad time zone": (["serve", "--cron", "0 3 * * *", "--timezone", "Mars/Base", "--input", raw, "--output", out],
                          "unknown time zone"),
        "validate a non-output": (["validate", "--output", raw], "not a published curate output"),
    }  # fmt: skip


CASES = list(_cases({"raw": Path("r"), "foreign": Path("f"), "tmp": Path("t")}))


@pytest.mark.parametrize("case", CASES)
def test_usage_errors_exit_2_in_one_line_before_the_heavy_imports(case: str, folders: dict[str, Path]) -> None:
    args, words = _cases(folders)[case]
    before = {p: p.read_bytes() for p in folders["tmp"].rglob("*") if p.is_file()}
    done = _probe(*args)
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1 and words in done.stderr and done.stderr.startswith("curate: error:")
    assert done.stdout.split()[-1] == "-", f"imported {done.stdout.split()[-1]} before refusing"
    assert {p: p.read_bytes() for p in folders["tmp"].rglob("*") if p.is_file()} == before  # nothing touched


def _fastest(args: list[str], runs: int = 3) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=ROOT, capture_output=True, timeout=60)
        best = min(best, time.perf_counter() - start)
    return best


def test_a_usage_error_costs_about_what_help_costs(folders: dict[str, Path]) -> None:
    """Measured against `--help` in the same test (a ratio, not seconds): the checks import no library."""
    help_s = _fastest(["--help"])
    error_s = _fastest(["run", "--input", str(folders["raw"]), "--output", str(folders["foreign"])])
    assert error_s < 3 * help_s, (error_s, help_s)


def _unshare_available() -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True, check=False)
    return probe.returncode == 0


needs_mounts = pytest.mark.skipif(not _unshare_available(), reason="needs unshare -rm (user and mount namespaces)")


@needs_mounts
def test_a_read_only_output_parent_is_an_environment_error_before_the_imports(tmp_path: Path) -> None:
    """A read-only file system (mounted in a private namespace): exit 4, one line naming the folder and the cause."""
    mount = tmp_path / "ro"
    mount.mkdir()
    script = f'mount -t tmpfs -o ro tmpfs {mount} && exec "$0" -c "$1" run --input {SEEDS} --output {mount}/out'
    done = subprocess.run(["unshare", "-rm", "sh", "-c", script, sys.executable, PROBE], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)  # fmt: skip
    assert done.returncode == 4, done.stderr
    assert done.stderr.count("\n") == 1 and f"{mount}: read-only file system" in done.stderr
    assert done.stdout.split()[-1] == "-"
