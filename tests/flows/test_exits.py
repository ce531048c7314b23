"""How `curate` ends when the machine refuses, a signal arrives or the lock is held: the documented exit code, one
line on stderr (no traceback), the traceback in the log file it names, and the previous output untouched."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows import exits, publish
from tests.conftest import ROOT, SEEDS
from tests.flows.test_preflight import needs_mounts

CURATE = [sys.executable, "-m", "flows.cli"]
# Lines of the stage progress (not a TTY): everything else on stderr is an error line.
PROGRESS = re.compile(r"^curate: \[\d/5\] ")


def _env(tmp_path: Path) -> dict[str, str]:
    return {**os.environ, "CURATE_CACHE_DIR": str(tmp_path / "cache")}


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not PROGRESS.match(line)]


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _logged_traceback(line: str) -> str:
    found = re.search(r"\(details: (\S+)\)$", line)
    assert found, line
    return Path(found.group(1)).read_text(encoding="utf-8")


@needs_mounts
def test_a_full_disk_is_one_line_exit_4_and_the_traceback_in_the_log(tmp_path: Path) -> None:
    """The output's file system fills up mid-run (a 300 KB tmpfs in a private mount namespace)."""
    mount = tmp_path / "small"
    mount.mkdir()
    script = f'mount -t tmpfs -o size=300k tmpfs {mount} && exec "$@"'
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, "sh", *CURATE, "run", "--input", str(SEEDS), "--output", f"{mount}/out"],
        cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 4, done.stderr
    [line] = _error_lines(done.stderr)
    assert "no space left on device" in line.lower() and str(mount) in line, line
    assert "Traceback" not in done.stderr
    assert "stopped after" in [line for line in done.stderr.splitlines() if PROGRESS.match(line)][-1]
    assert "Traceback" in _logged_traceback(line)


def test_validate_with_a_part_missing_is_exit_4_naming_the_part(seeds_copy: Path, tmp_path: Path) -> None:
    part = next((seeds_copy / "claims").glob("*.parquet"))
    part.unlink()
    done = subprocess.run([*CURATE, "validate", "--output", str(seeds_copy)], cwd=ROOT, env=_env(tmp_path),
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 4, done.stderr
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert f"{part}: published part missing" in done.stderr
    assert "Traceback" in _logged_traceback(done.stderr.strip())


def test_lock_timeout_is_exit_3_in_one_line(seeds_copy: Path, tmp_path: Path) -> None:
    with publish.run_lock(seeds_copy, timeout_s=1):
        done = subprocess.run([*CURATE, "run", "--input", str(SEEDS), "--output", str(seeds_copy), "--lock-timeout", "0.5"],
                              cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 3
    assert done.stderr.count("\n") == 1 and "another curate run is publishing to" in done.stderr


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """200 generated files: with batches of 20, the scan and process stages last long enough to be interrupted."""
    out = tmp_path_factory.mktemp("signals") / "corpus"
    subprocess.run([sys.executable, "-m", "benchmarks.make_corpus", "--docs", "200", "--seed", "3", "--no-eval", str(out)],
                   cwd=ROOT, check=True, capture_output=True, timeout=300)  # fmt: skip
    return out


@pytest.mark.parametrize(("signum", "stage"), [(signal.SIGINT, "process"), (signal.SIGTERM, "scan"),
                                               (signal.SIGTERM, "process")])  # fmt: skip
def test_a_signal_stops_the_run_in_one_line_and_leaves_the_output(
    signum: int, stage: str, corpus: Path, seeds_copy: Path, tmp_path: Path
) -> None:
    before = _tree(seeds_copy)
    log = tmp_path / "stderr.txt"
    with log.open("w") as stderr:
        run = subprocess.Popen([*CURATE, "run", "--input", str(corpus), "--output", str(seeds_copy), "--batch-files", "20"],
                               cwd=ROOT, env=_env(tmp_path), stdout=subprocess.DEVNULL, stderr=stderr)  # fmt: skip
        marker = re.compile(rf"\] {stage}: 20/200 files")
        deadline = time.monotonic() + 240
        while not marker.search(log.read_text()) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        run.send_signal(signum)
        code = run.wait(timeout=60)
    text = log.read_text()
    assert code == 128 + signum, text
    assert _error_lines(text) == [f"curate: {exits.INTERRUPTED}"], text
    assert f"{stage} stopped after" in text and f"{stage} done" not in text
    assert _tree(seeds_copy) == before
    assert not list(seeds_copy.parent.glob(f".{seeds_copy.name}.staging-*"))


def test_an_unexpected_error_is_exit_5_with_the_log_path(tmp_path: Path) -> None:
    """A bug (here: a task that raises) is not "validation failed" (1): one line, exit 5, the traceback logged."""
    code = (
        "from flows import exits, settings\n"
        "settings.apply_environment(); exits.route_library_logs()  # as `curate` does before importing Prefect\n"
        "from flows import tasks; from flows.cli import entry\n"
        "def broken(*args, **kwargs): raise KeyError('no such column: text_hash')\n"
        "tasks.count_rows = broken\n"
        "entry()"
    )
    done = subprocess.run([sys.executable, "-c", code, "run", "--input", str(SEEDS), "--output", str(tmp_path / "out")],
                          cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 5, done.stderr
    [line] = _error_lines(done.stderr)
    assert line.startswith("curate: error: unexpected KeyError: 'no such column: text_hash'")
    assert "KeyError" in _logged_traceback(line)
    assert not (tmp_path / "out").exists()


def test_environment_causes_are_read_from_errno_and_from_library_wording() -> None:
    full = OSError(28, "No space left on device", "/data/out/.staging/x.parquet")
    assert exits.environment_cause(full) == ("/data/out/.staging/x.parquet", "no space left on device")
    wrapped = RuntimeError("write failed")
    wrapped.__cause__ = PermissionError(13, "Permission denied", "/data/out")
    assert exits.environment_cause(wrapped) == ("/data/out", "permission denied")
    polars = Exception("failed to write /data/out/part-00000.parquet: Read-only file system (os error 30)")
    assert exits.environment_cause(polars) == ("/data/out/part-00000.parquet", "read-only file system")
    assert exits.environment_cause(ValueError("bad value")) is None


def test_help_lists_every_exit_code(capsys) -> None:
    from flows.cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for code in ("0", "1", "2", "3", "4", "5", "130", "143"):
        assert re.search(rf"^\s+{code}\s", out, re.MULTILINE), code


def test_stale_log_files_are_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    for index in range(exits.LOG_FILES_KEPT + 5):
        path = logs / f"curate-{index:03d}.log"
        path.write_text("x")
        os.utime(path, (index, index))
    exits._prune(logs)
    kept = sorted(p.name for p in logs.iterdir())
    assert kept == [f"curate-{i:03d}.log" for i in range(5, exits.LOG_FILES_KEPT + 5)]
    shutil.rmtree(logs)
