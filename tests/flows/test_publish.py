"""Output ownership: curate replaces or deletes only what it wrote; the debris of dead runs is cleaned."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from flows import publish
from schemas import DATASETS
from tests.conftest import ROOT, SEEDS


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under folder, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def curate_run(input_dir: Path, output: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "flows.cli", "run", "--input", str(input_dir), "--output", str(output)]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)


def assert_refused(proc: subprocess.CompletedProcess, *words: str) -> None:
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert all(word in proc.stderr for word in words), proc.stderr


def test_output_equal_to_input_is_refused_and_the_inputs_kept(tmp_path: Path) -> None:
    """Issue 17 case 1: the input folder held a manifest.json, and --output --input deleted every raw file."""
    folder = tmp_path / "p1"
    shutil.copytree(SEEDS, folder)
    (folder / "manifest.json").write_text('{"crawl": 1}\n')
    before = snapshot(folder)
    assert_refused(curate_run(folder, folder), "is the input folder")
    assert snapshot(folder) == before


@pytest.mark.parametrize("where", ["inside", "contains"])
def test_output_overlapping_the_input_is_refused(tmp_path: Path, where: str) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    output = inputs / "out" if where == "inside" else tmp_path
    before = snapshot(tmp_path)
    assert_refused(curate_run(inputs, output), where)
    assert snapshot(tmp_path) == before


def test_folder_with_a_manifest_and_user_files_is_refused(tmp_path: Path) -> None:
    """Issue 17 case 2: any folder holding a file named manifest.json counted as a curate output."""
    site = tmp_path / "site"
    (site / "src").mkdir(parents=True)
    (site / "manifest.json").write_text('{"name": "my web app"}\n')
    (site / "index.html").write_text("<html></html>\n")
    (site / "src" / "app.js").write_text("console.log(1)\n")
    before = snapshot(site)
    assert_refused(curate_run(SEEDS, site), "3 path(s) no curate run wrote", "src/app.js", "index.html")
    assert snapshot(site) == before


def test_user_file_added_to_a_published_output_is_refused(seeds_copy: Path) -> None:
    """Issue 17 case 3: a file added inside a published output was deleted by the next run."""
    (seeds_copy / "NOTES.txt").write_text("mine\n")
    (seeds_copy / "documents" / "my-extra.parquet").write_bytes(b"PAR1")
    before = snapshot(seeds_copy)
    assert_refused(curate_run(SEEDS, seeds_copy), "2 path(s)", "NOTES.txt", "documents/my-extra.parquet")
    assert snapshot(seeds_copy) == before


def test_published_output_lists_what_it_wrote(seeds_output: Path) -> None:
    publish.check_output(SEEDS, seeds_output)  # a run's own output may be replaced
    manifest = json.loads((seeds_output / "manifest.json").read_text())
    marker = json.loads((seeds_output / publish.MARKER).read_text())
    assert marker["run_id"] == manifest["run_id"] and marker["schema_versions"] == manifest["schema_versions"]
    assert {"manifest.json", "README.md", "report.html", "documents/part-00000.parquet"} <= set(manifest["output_files"])
    assert "_validation/index.html" in {f"_validation/{p}" for p in marker["data_docs_files"]}


def test_marker_that_does_not_match_its_manifest_owns_nothing(seeds_copy: Path) -> None:
    manifest = seeds_copy / "manifest.json"
    manifest.write_text(manifest.read_text().replace('"run_id": "', '"run_id": "x'))
    with pytest.raises(publish.NotAnOutputFolder, match="no curate run wrote"):
        publish.check_output(None, seeds_copy)


def test_foreign_paths_are_listed_ten_then_counted(tmp_path: Path) -> None:
    for i in range(12):
        (tmp_path / f"f{i:02d}.txt").write_bytes(b"x")
    (tmp_path / "empty-dir").mkdir()
    os.symlink("/etc", tmp_path / "etc-link")
    with pytest.raises(publish.NotAnOutputFolder, match=r"holds 14 path\(s\).*f07.txt and 4 more") as info:
        publish.check_output(None, tmp_path)
    assert "f08.txt" not in str(info.value)


def test_empty_and_placeholder_folders_may_be_written(tmp_path: Path) -> None:
    publish.check_output(None, tmp_path / "new")
    publish.check_output(None, tmp_path)
    (tmp_path / ".gitkeep").write_bytes(b"")
    (tmp_path / "README.md").write_text((ROOT / "output" / "README.md").read_text())
    publish.check_output(None, tmp_path)
    (tmp_path / "README.md").write_text("# My notes\n")
    with pytest.raises(publish.NotAnOutputFolder, match="README.md"):
        publish.check_output(None, tmp_path)


def test_output_published_before_markers_is_recognised_by_its_layout(seeds_copy: Path) -> None:
    (seeds_copy / publish.MARKER).unlink()
    publish.check_output(None, seeds_copy)
    (seeds_copy / "claims" / "notes.md").write_text("mine\n")
    with pytest.raises(publish.NotAnOutputFolder, match="claims/notes.md"):
        publish.check_output(None, seeds_copy)


def test_legacy_layout_names_every_dataset() -> None:
    assert set(publish.LEGACY_DATASETS) == set(DATASETS)


def test_debris_of_dead_runs_is_removed_and_a_lone_previous_output_put_back(tmp_path: Path) -> None:
    output = tmp_path / "out"
    staging, previous = tmp_path / ".out.staging-0123456789ab", tmp_path / ".out.previous-ba9876543210"
    for folder in (staging, previous, tmp_path / ".out.staging-mine", tmp_path / ".other.staging-0123456789ab"):
        folder.mkdir()
        (folder / "part.parquet").write_bytes(b"x")
    assert publish.remove_debris(output) == [staging.name]  # the output is missing: the previous one goes back
    assert (output / "part.parquet").read_bytes() == b"x"
    assert sorted(p.name for p in tmp_path.iterdir()) == [".other.staging-0123456789ab", ".out.staging-mine", "out"]
