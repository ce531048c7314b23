"""Progress for people watching: numbered stages that advance per batch, "stopped" (never "done") on an error,
plain lines off a terminal; on a terminal a status line at once, bars, and no library log line."""

from __future__ import annotations

import io
import os
import pty
import re
import select
import sys
from pathlib import Path

import pytest

from flows import progress
from tests.conftest import ROOT, SEEDS


class Done:
    """A finished batch, as a task runner's future gives it."""

    def __init__(self, value: int) -> None:
        self.value = value

    def result(self) -> int:
        return self.value


def test_plain_lines_number_the_stages_and_advance_per_batch() -> None:
    stream, seconds = io.StringIO(), {}
    with progress.stage_progress(stream):
        with progress.stage("scan", seconds, total=5):
            assert progress.collect("scan", [Done(1), Done(2), Done(3)], [2, 2, 1]) == [1, 2, 3]
        with progress.stage("write", seconds):
            pass
    lines = stream.getvalue().splitlines()
    assert lines[0] == "curate: [1/5] scan: 5 files …"
    assert [re.sub(r", ETA \d+ s", "", line) for line in lines[1:4]] == [
        "curate: [1/5] scan: 2/5 files", "curate: [1/5] scan: 4/5 files", "curate: [1/5] scan: 5/5 files",
    ]  # fmt: skip
    assert lines[4].startswith("curate: [1/5] scan done in ")
    assert lines[5:7] == ["curate: [5/5] write …", lines[6]] and lines[6].startswith("curate: [5/5] write done in ")
    assert set(seconds) == {"scan", "write"}


def test_a_stage_that_fails_says_stopped_not_done() -> None:
    stream, seconds = io.StringIO(), {}
    with progress.stage_progress(stream), pytest.raises(KeyboardInterrupt):
        with progress.stage("process", seconds, total=4):
            progress.collect("process", [Done(1)], [4])
            raise KeyboardInterrupt
    text = stream.getvalue()
    assert "[2/5] process stopped after" in text and "done" not in text


def _on_a_terminal(args: list[str], env: dict[str, str]) -> tuple[int, str]:
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command, on the pseudo-terminal
        os.chdir(ROOT)
        os.execve(sys.executable, [sys.executable, "-m", "flows.cli", *args], env)
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], 300)
        if not ready:
            break
        try:
            data = os.read(fd, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode(errors="replace")


def test_on_a_terminal_a_status_line_then_bars_and_no_library_log(tmp_path: Path) -> None:
    env = {**os.environ, "CURATE_CACHE_DIR": str(tmp_path / "cache"), "COLUMNS": "120"}
    code, screen = _on_a_terminal(["run", "--input", str(SEEDS), "--output", str(tmp_path / "out")], env)
    assert code == 0, screen
    assert screen.index("curate: starting") < screen.index("[1/5] scan")  # shown while the libraries load
    for number, stage in enumerate(progress.STAGES, start=1):
        assert f"[{number}/5] {stage} done in" in screen
    assert "5/5 files" in screen
    assert "Created temporary directory" not in screen and not re.search(r"\| (INFO|WARNING|ERROR) +\|", screen)
    assert "Created temporary directory" in next((tmp_path / "cache" / "logs").glob("curate-*.log")).read_text()
    assert "mode            full (first run)" in screen
