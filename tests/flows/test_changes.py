"""What a run changed, in manifest.json and in the summary: why it was full, which files were new, changed,
reclassified or deleted, and the row deltas per dataset."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from flows import changes, publish, summary
from flows.curate import curate
from tests.conftest import SEEDS

ECHO = "Futurs leaders : des opérationnels\n\nUn article qui répète un titre de 002.\n\nLe marché a progressé de 13,3 % en été.\n"


def _manifest(out: Path) -> dict:
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_each_run_says_what_changed_and_why_it_was_full(prefect_harness, tmp_path: Path) -> None:
    corpus, out = tmp_path / "input", tmp_path / "out"
    shutil.copytree(SEEDS, corpus)
    curate(corpus, out)
    first = _manifest(out)
    assert first["full_reason"] == "first run"
    assert first["changes"] == {"new": sorted(p.name for p in SEEDS.glob("*.txt")), "changed": [], "reclassified": [],
                                "deleted": []}  # fmt: skip
    assert first["row_deltas"] == first["rows"]
    assert first["docs"] == {"report": "report.html", "data_docs": "_validation/index.html"}
    assert (out / first["docs"]["report"]).is_file() and (out / first["docs"]["data_docs"]).is_file()

    (corpus / "004_366f6c7f20240ab4.txt").unlink()
    changed = corpus / "000_5c9b7134ebe51c3f.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nUne ligne de plus.\n", encoding="utf-8")
    (corpus / "echo.txt").write_text(ECHO, encoding="utf-8")  # repeats a line of 002: 002's rules change
    curate(corpus, out)
    second = _manifest(out)
    assert second["mode"] == "incremental" and second["full_reason"] is None
    assert second["changes"] == {"new": ["echo.txt"], "changed": ["000_5c9b7134ebe51c3f.txt"],
                                 "reclassified": ["002_319dfee22d2608cd.txt"], "deleted": ["004_366f6c7f20240ab4.txt"]}  # fmt: skip
    assert second["files_deleted"] == 1
    assert second["row_deltas"] == {name: n - first["rows"][name] for name, n in second["rows"].items()}

    stale = _manifest(out) | {"pipeline_fingerprint": "built-by-other-code"}
    (out / "manifest.json").write_text(json.dumps(stale), encoding="utf-8")
    publish.write_marker(out)  # as if that other code had published it: the marker signs the manifest
    curate(corpus, out)
    third = _manifest(out)
    assert (third["mode"], third["full_reason"]) == ("full", "code changed")
    assert third["changes"] == {"new": [], "changed": [], "reclassified": [], "deleted": []}  # same bytes as published
    assert set(third["row_deltas"].values()) == {0}


@pytest.mark.parametrize(
    ("stale", "full_refresh", "expected"),
    [([], True, "--full-refresh"), (["lid_backend"], False, "language backend changed"),
     (["schema_versions"], False, "schema versions changed"), (["lid_backend", "pipeline_fingerprint"], False, "code changed")],
)  # fmt: skip
def test_full_reason_names_the_first_cause(stale: list[str], full_refresh: bool, expected: str) -> None:
    before = {"files": [], "rows": {}}
    assert changes.full_reason(before, None, stale, full_refresh=full_refresh, incremental=False) == expected


def test_full_reason_without_a_readable_previous_output(tmp_path: Path) -> None:
    assert changes.previous_manifest(tmp_path) == (None, "first run")
    (tmp_path / "manifest.json").write_text("{truncated", encoding="utf-8")
    before, missing = changes.previous_manifest(tmp_path)
    assert (before, missing) == (None, "previous output unreadable")
    assert changes.full_reason(before, missing, [], full_refresh=False, incremental=False) == "previous output unreadable"
    assert changes.full_reason(before, missing, [], full_refresh=False, incremental=True) is None


def test_summary_shows_ten_names_then_a_count_and_where_to_look(tmp_path: Path) -> None:
    new = [f"site/{i:03d}.txt" for i in range(13)]
    manifest = {
        "mode": "full", "full_reason": "language backend changed", "run_id": "abc",
        "inputs": {"seen": 14, "rejected": 1, "rejected_by_reason": {"empty": 1}},
        "files_processed": 13, "files_reclassified": 0, "files_unchanged": 0, "files_deleted": 1,
        "changes": {"new": new, "changed": [], "reclassified": [], "deleted": ["gone.txt"]},
        "rows": {"documents": 20, "claims": 7}, "row_deltas": {"documents": 5, "claims": -2},
        "validation": {"expectations_evaluated": 100, "failed_warning": 0},
        "stage_seconds": {"scan": 1.0}, "docs": changes.DOCS,
    }  # fmt: skip
    text = summary.run_summary(manifest, tmp_path)
    assert "full (language backend changed)" in text
    assert f"new           13: {', '.join(new[:10])} … and 3 more" in text
    assert "deleted       1: gone.txt" in text and "changed " not in text
    assert "documents 20 (+5), claims 7 (-2)" in text
    assert f"report          {tmp_path / 'report.html'}" in text
    assert f"Data Docs       {tmp_path / '_validation' / 'index.html'}" in text
