"""Scheduled, incremental runs: only new or changed files are processed, the result equals a full rebuild."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import polars as pl
import pytest

from flows import publish
from flows.curate import curate
from tests.conftest import ROOT, SEEDS
from tests.flows.test_curate import parquet_bytes

NEW_ARTICLE = (
    "Un nouvel article sur la donnée\n\n"
    "Le marché a progressé de 13,3 % en été selon l'Insee, qui publie ses chiffres chaque trimestre.\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    shutil.copytree(SEEDS, folder)
    return folder


def test_add_change_delete_processes_two_and_equals_full_refresh(prefect_harness, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = curate(corpus, out)
    assert (first["mode"], first["files_processed"]) == ("full", 5)
    (corpus / "004_366f6c7f20240ab4.txt").unlink()
    changed = corpus / "000_5c9b7134ebe51c3f.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("HAL n’est plus très loin", "HAL est là"), encoding="utf-8")
    (corpus / "nouveau").mkdir()
    (corpus / "nouveau" / "article.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    second = curate(corpus, out)
    assert second["mode"] == "incremental"
    assert (second["files_processed"], second["files_unchanged"], second["files_deleted"]) == (2, 3, 1)
    rebuilt = tmp_path / "rebuilt"
    full = curate(corpus, rebuilt, full_refresh=True)
    assert full["mode"] == "full"
    assert parquet_bytes(out) == parquet_bytes(rebuilt)
    assert second["rows"] == full["rows"]


def test_unchanged_rerun_processes_nothing(prefect_harness, seeds_copy: Path) -> None:
    curate(SEEDS, seeds_copy)  # a baseline built by this very code (the fixture may predate an edit)
    before = parquet_bytes(seeds_copy)
    manifest = curate(SEEDS, seeds_copy)
    assert (manifest["files_processed"], manifest["files_unchanged"]) == (0, 5)
    assert parquet_bytes(seeds_copy) == before


def test_repetition_rule_stays_correct_when_a_new_file_repeats_old_lines(prefect_harness, corpus: Path, tmp_path: Path) -> None:
    """A new file repeating a seed's short line turns it into template text in the old file too."""
    out = tmp_path / "out"
    curate(corpus, out)
    (corpus / "echo.txt").write_text("Futurs leaders : des opérationnels\n\n" + NEW_ARTICLE, encoding="utf-8")
    manifest = curate(corpus, out)
    assert manifest["files_processed"] == 1 and manifest["files_reclassified"] == 1
    rebuilt = tmp_path / "rebuilt"
    curate(corpus, rebuilt, full_refresh=True)
    assert parquet_bytes(out) == parquet_bytes(rebuilt)


def test_changed_code_or_settings_force_a_full_rebuild(prefect_harness, seeds_copy: Path) -> None:
    manifest = curate(SEEDS, seeds_copy, lid_backend="langdetect")
    assert manifest["mode"] == "full" and manifest["files_processed"] == 5


def test_second_run_waits_for_the_lock_and_output_validates(prefect_harness, seeds_copy: Path) -> None:
    """Two runs on one output: the second cannot start while the first holds the lock, then runs after it."""
    events: list[str] = []
    with publish.run_lock(seeds_copy, timeout_s=1):
        waiter = threading.Thread(target=lambda: events.append(curate(SEEDS, seeds_copy, lock_timeout_s=60)["mode"]))
        waiter.start()
        time.sleep(1.5)
        assert events == []  # still waiting: the first run holds the lock
        events.append("first finished")
    waiter.join(timeout=120)
    assert events[0] == "first finished" and events[1] in {"incremental", "full"}
    from flows.cli import main

    assert main(["validate", "--output", str(seeds_copy)]) == 0


def test_second_run_gives_up_with_a_clear_error(seeds_copy: Path) -> None:
    with publish.run_lock(seeds_copy, timeout_s=1):
        proc = subprocess.run(
            [sys.executable, "-m", "flows.cli", "run", "--input", str(SEEDS), "--output", str(seeds_copy), "--lock-timeout", "0.5"],
            capture_output=True, text=True, check=False, env={**os.environ, "PREFECT_LOGGING_LEVEL": "ERROR"},
        )  # fmt: skip
    assert proc.returncode == 3
    assert "another curate run is publishing to" in proc.stderr


def test_served_deployment_carries_the_cron_schedule(prefect_harness, tmp_path: Path) -> None:
    """`curate serve` registers the deployment with its schedule; read it back through Prefect's API."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    env = {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value(), "PREFECT_LOGGING_LEVEL": "ERROR"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", "--cron", "0 3 * * *", "--input", str(SEEDS),
         "--output", str(tmp_path / "out"), "--name", "nightly-test"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deployment = None
        with get_client(sync_client=True) as client:
            for _ in range(120):
                try:
                    deployment = client.read_deployment_by_name("curate/nightly-test")
                    break
                except Exception:  # not registered yet
                    assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                    time.sleep(0.5)
        assert deployment is not None
        assert [s.schedule.cron for s in deployment.schedules] == ["0 3 * * *"]
        assert deployment.parameters["output_dir"] == str((tmp_path / "out").resolve())
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_duplicates_across_files_and_runs_are_marked_not_deleted(prefect_harness, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    curate(corpus, out)
    shutil.copy(corpus / "003_95d0e90ca1260f27.txt", corpus / "zz_copy_of_003.txt")
    curate(corpus, out)
    from flows.tasks import read_published

    docs = read_published(out)["documents"]
    original = docs.filter(pl.col("source_path") == "003_95d0e90ca1260f27.txt").sort("article_index")
    copy = docs.filter(pl.col("source_path") == "zz_copy_of_003.txt").sort("article_index")
    assert copy.height == original.height == 5  # nothing deleted
    assert copy["duplicate_of"].to_list() == original["doc_id"].to_list()
    assert original["duplicate_of"].null_count() == 5
