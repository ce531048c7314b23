"""kill -9 of `curate run` at each stage: no process of the dead run remains, no pymp-* folder, the previous output
stays a whole curate output, and the next run removes the dead run's staging folder and says so."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from flows import publish
from tests.conftest import ROOT, SEEDS

STAGES = ("scan", "process", "validate", "publish")  # the test hook's pause points (flows.publish.pause_for_test)
WAIT_S = 120


def cli(input_dir: Path, output: Path, env: dict[str, str]) -> subprocess.Popen:
    command = [sys.executable, "-m", "flows.cli", "run", "--input", str(input_dir), "--output", str(output)]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def wait_for(flag: Path, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + WAIT_S
    while not flag.exists():
        assert proc.poll() is None, f"the run ended before its pause: {proc.stderr.read()[-2000:]}"  # type: ignore[union-attr]
        assert time.monotonic() < deadline, "the run never reached its pause"
        time.sleep(0.1)


def siblings(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir() if p.name.startswith(f".{output.name}.") or p == output)


def test_kill_9_at_each_stage_leaves_no_process_and_no_debris(seeds_output: Path, tmp_path: Path) -> None:
    inputs, output, temp = tmp_path / "in", tmp_path / "site" / "out", tmp_path / "tmp"
    shutil.copytree(SEEDS, inputs)
    (inputs / "cp1252.txt").write_bytes("Économie\n\nLe marché a progressé de 13,3 % cet été.\n".encode("cp1252"))
    shutil.copytree(seeds_output, output)  # a previous output
    temp.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}  # the command starts its own server
    env.update(TMPDIR=str(temp), CURATE_TEST_PAUSE_FILE=str(tmp_path / "paused"))
    dead_staging: list[str] = []
    for stage in STAGES:
        proc = cli(inputs, output, {**env, "CURATE_TEST_PAUSE_AT": stage})
        wait_for(tmp_path / "paused", proc)
        assert not set(dead_staging) & set(siblings(output))  # the last kill's staging folder is gone
        tree = psutil.Process(proc.pid).children(recursive=True)
        if stage == "scan":  # the charset pool runs (cp1252.txt needs the guess)
            assert any("multiprocessing" in " ".join(p.cmdline()) for p in tree)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        (tmp_path / "paused").unlink()
        _, alive = psutil.wait_procs(tree, timeout=30)
        assert not alive, [p.cmdline() for p in alive]
        assert not list(temp.glob("pymp-*"))
        publish.check_output(inputs, output)  # the output (previous, or new when killed after the swap) is whole
        dead_staging = [n for n in siblings(output) if ".staging-" in n]
        assert len(dead_staging) == 1 and siblings(output) == sorted([output.name, f".{output.name}.lock", *dead_staging])
    proc = cli(inputs, output, env)
    assert proc.wait(timeout=WAIT_S) == 0, proc.stderr.read()[-2000:]  # type: ignore[union-attr]
    assert json.loads((output / "manifest.json").read_text())["removed_debris"] == dead_staging
    assert siblings(output) == sorted([output.name, f".{output.name}.lock"])
