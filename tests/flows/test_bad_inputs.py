"""The bad-input corpus (tests/bad_inputs.py) through the `curate` command: exit 0, every path accounted for with
its expected outcome, every line of every accepted file kept or audited, no input file touched."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import polars as pl

from flows.inputs import real_name
from tests.bad_inputs import ACCEPTED, DELETED, make_bad_inputs
from tests.conftest import ROOT
from transforms.ingest import decode_bytes

# Smaller than the generator's defaults (tests/bad_inputs.py), to keep the test short on two cores:
# five batches of tiny files still make repetition counts and duplicate marks join across batches, and a one-megabyte line
# is still one line far past any buffer or regex window (a longer line only costs language scoring, linearly).
TINY_FILES, BATCH_FILES, BIG_LINE_MB = 2_500, 500, 1
WAIT_S = 300


def tree_state(root: Path) -> dict[bytes, str]:
    """Every path under root (not following symlinks): sha256 of a file, target of a link, type of the rest."""
    state = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            mode = os.lstat(path).st_mode
            key = os.fsencode(os.path.relpath(path, root))
            if stat.S_ISREG(mode):
                with open(path, "rb") as file:
                    state[key] = hashlib.sha256(file.read()).hexdigest()
            else:
                state[key] = os.readlink(path) if stat.S_ISLNK(mode) else f"mode {stat.S_IFMT(mode):o}"
    return state


def run_deleting_after_the_walk(root: Path, out: Path, flag: Path) -> subprocess.CompletedProcess:
    """`curate run`, paused once the walk listed the files (test hook): then DELETED goes, and the run goes on."""
    env = {**os.environ, "CURATE_TEST_PAUSE_AT": "listed", "CURATE_TEST_PAUSE_FILE": str(flag)}
    command = [sys.executable, "-m", "flows.cli", "run", "--input", str(root), "--output", str(out),
               "--batch-files", str(BATCH_FILES)]  # fmt: skip
    with subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        deadline = time.monotonic() + WAIT_S
        while not flag.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        (root / DELETED).unlink()
        flag.unlink(missing_ok=True)
        stdout, stderr = proc.communicate(timeout=WAIT_S)
    return subprocess.CompletedProcess(command, proc.returncode, stdout, stderr)


def assert_every_line_kept_or_audited(root: Path, out: Path, accepted: list[str]) -> None:
    documents = pl.read_parquet(out / "documents" / "*.parquet")
    removed = set(pl.read_parquet(out / "boilerplate" / "*.parquet").select("source_path", "line_no").rows())
    by_file: dict[str, list[tuple[int, int, str]]] = {}
    for path, first, last, text in documents.select("source_path", "first_line_no", "last_line_no", "text").rows():
        by_file.setdefault(path, []).append((first, last, text))
    for path in accepted:
        text = decode_bytes((root / real_name(path)).read_bytes()).text
        for line_no, line in enumerate(text.split("\n"), start=1):
            if not line.strip() or (path, line_no) in removed:
                continue
            holders = [doc for first, last, doc in by_file.get(path, []) if first <= line_no <= last]
            assert len(holders) == 1 and line.strip() in holders[0], f"{path}:{line_no} lost"


def test_bad_input_corpus_end_to_end(tmp_path: Path) -> None:
    expected = make_bad_inputs(tmp_path, tiny_files=TINY_FILES, big_line_mb=BIG_LINE_MB)
    root, out = tmp_path / "input", tmp_path / "out"
    before = tree_state(root)
    proc = run_deleting_after_the_walk(root, out, tmp_path / "listed.flag")
    assert proc.returncode == 0, proc.stderr[-3000:]
    del before[DELETED.encode()]
    assert tree_state(root) == before  # no input touched (but the one the test deleted)

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {f["source_path"]: f["status"] for f in manifest["files"]} == expected
    rejects = pl.read_parquet(out / "rejects" / "*.parquet")
    assert dict(rejects.select("source_path", "reason").rows()) == {p: r for p, r in expected.items() if r != ACCEPTED}
    accepted = sorted(p for p, r in expected.items() if r == ACCEPTED)
    assert_every_line_kept_or_audited(root, out, accepted)

    documents = pl.read_parquet(out / "documents" / "*.parquet")
    per_file = {path: (encoding, errors) for path, encoding, errors in documents.select("source_path", "encoding", "decode_errors").rows()}
    assert per_file["truncated_utf8.txt"] == ("utf-8", 1)
    assert manifest["inputs"]["decode_errors"] == 1
    assert {per_file[f"utf{w}{e}_nobom.txt"][0] for w in (16, 32) for e in ("le", "be")} == {
        "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
    }  # fmt: skip
    assert per_file["cp1252.txt"][0] == "cp1252"
    zwj = documents.filter(pl.col("source_path") == "zwj.txt")["text"].str.join("")[0]
    assert "\u200d" in zwj and "\u200c" in zwj
