"""`curate serve` on a bare machine: no server configured, so it starts its own (UI and scheduler) on 127.0.0.1,
runs the deployment on its cron, prints one line per run, and stops cleanly on SIGTERM or Ctrl-C."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS

PUBLISH_WITHIN_S = 90


class Served:
    """A `curate serve` subprocess whose stdout and stderr lines are collected as they come."""

    def __init__(self, tmp_path: Path, cron: str) -> None:
        env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
        env |= {
            "PREFECT_HOME": os.environ.get("PREFECT_HOME", str(Path.home() / ".prefect")),  # the machine's database
            "PREFECT_PROFILES_PATH": str(tmp_path / "no-profiles.toml"),  # no server in a profile, none in the env
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1",
        }  # fmt: skip
        self.output = tmp_path / "out"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "serve", "--cron", cron, "--input", str(SEEDS), "--output", str(self.output)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.started = time.monotonic()
        self.stdout: list[str] = []  # each line prefixed with the seconds since the start, for failure messages
        self.stderr: list[str] = []
        for stream, lines in ((self.process.stdout, self.stdout), (self.process.stderr, self.stderr)):
            threading.Thread(target=self._read, args=(stream, lines), daemon=True).start()

    def _read(self, stream, lines: list[str]) -> None:
        for line in stream:
            lines.append(f"{time.monotonic() - self.started:.1f} s: {line}")

    def wait_for(self, pattern: str, timeout_s: float) -> re.Match[str] | None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            for line in list(self.stdout):
                if found := re.search(pattern, line):
                    return found
            if self.process.poll() is not None:
                break
            time.sleep(0.5)
        return None

    def stop(self, signum: int) -> int:
        self.process.send_signal(signum)
        code = self.process.wait(timeout=60)
        time.sleep(0.5)  # the reader threads drain the pipes
        return code


def _healthy(ui_url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{ui_url}/api/health", timeout=5) as response:
            return response.status == 200
    except (urllib.error.URLError, ConnectionError):
        return False


def _start_after_a_minute_mark() -> None:
    """A cron of every minute fires at the next minute mark after the deployment exists: starting 5-10 s after one
    leaves serve about 50 s to start its server and register, and the run 35-40 s to publish, so the bound
    measures serve, not where in the minute the test happened to start."""
    while not 5 <= datetime.now().second < 10:
        time.sleep(0.2)


@pytest.mark.slow
def test_serve_without_a_server_runs_the_cron_and_stops_cleanly(tmp_path: Path) -> None:
    _start_after_a_minute_mark()
    launched = time.monotonic()
    served = Served(tmp_path, "* * * * *")
    try:
        ui = served.wait_for(r"Prefect UI (http://127\.0\.0\.1:\d+)", PUBLISH_WITHIN_S)
        assert ui is not None, served.stderr
        left = PUBLISH_WITHIN_S - (time.monotonic() - launched)
        run = served.wait_for(r"curate: run \S+ \(\S+\) completed in [\d.]+ s: 5 files processed of 5, (\d+) rows", left)
        assert run is not None, (time.monotonic() - launched, served.stdout, served.stderr)
        manifest = json.loads((served.output / "manifest.json").read_text())
        assert int(run.group(1)) == sum(manifest["rows"].values())
        assert _healthy(ui.group(1))
        with urllib.request.urlopen(f"{ui.group(1)}/ui-settings", timeout=10) as response:  # the UI knows its API
            assert json.loads(response.read())["api_url"] == f"{ui.group(1)}/api"
    finally:
        code = served.stop(signal.SIGTERM)
    assert code == 143, served.stderr
    assert not any("Traceback" in line for line in served.stderr), served.stderr
    assert not _healthy(ui.group(1))  # the server it started is gone with it


@pytest.mark.slow
def test_serve_stops_on_ctrl_c_without_a_traceback(tmp_path: Path) -> None:
    served = Served(tmp_path, "0 3 * * *")
    try:
        ui = served.wait_for(r"Prefect UI (http://127\.0\.0\.1:\d+)", 180)
        assert ui is not None, served.stderr
        assert _healthy(ui.group(1))
        time.sleep(2)  # the runner is polling
    finally:
        code = served.stop(signal.SIGINT)
    assert code == 130, served.stderr
    assert served.stderr == [], served.stderr
    assert not _healthy(ui.group(1))
