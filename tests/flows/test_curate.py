"""End-to-end: the real flow on the seeds and on small tricky files."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest

from flows import batches, publish, tasks
from flows.curate import curate
from schemas import DATASETS
from schemas.validation import Failure, ValidationReport
from tests.conftest import SEEDS


def parquet_bytes(output: Path) -> dict[str, bytes]:
    return {str(p.relative_to(output)): p.read_bytes() for p in sorted(output.rglob("*.parquet"))}


def test_seeds_publish_five_datasets_and_a_manifest(seeds_output: Path) -> None:
    assert sorted(p.name for p in seeds_output.iterdir() if p.is_dir() and p.name != "_validation") == sorted(DATASETS)
    manifest = json.loads((seeds_output / "manifest.json").read_text())
    assert manifest["inputs"] == {"seen": 5, "accepted": 5, "rejected": 0, "rejected_by_reason": {}, "decode_errors": 0}
    assert manifest["validation"]["success"] is True
    assert manifest["schema_versions"] == {name: m.VERSION for name, m in DATASETS.items()}
    frames = tasks.read_published(seeds_output)
    assert {name: f.height for name, f in frames.items()} == manifest["rows"]
    assert manifest["rows"]["documents"] == 9
    assert set(manifest["stage_seconds"]) >= {"scan", "process", "duplicates", "validate"}
    assert set(manifest["batch_task_seconds"]) >= {"read", "ingest", "boilerplate", "language", "claims"}


def test_published_datasets_keep_declared_schemas(seeds_output: Path) -> None:
    for name, frame in tasks.read_published(seeds_output).items():
        assert frame.schema == DATASETS[name].SCHEMA, name


def test_seed_documents_are_french_and_claims_slice_their_document(seeds_output: Path) -> None:
    frames = tasks.read_published(seeds_output)
    assert frames["documents"]["lang"].unique().to_list() == ["fr"]
    claims = frames["claims"].join(frames["documents"].select("doc_id", pl.col("text").alias("doc")), on="doc_id")
    assert claims.height > 100
    sliced = claims.select(pl.col("doc").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")))
    assert sliced.to_series().to_list() == claims["text"].to_list()
    assert not claims["text"].str.ends_with("?").any()  # questions are not claims


def test_seed_boilerplate_audit_names_every_removed_line(seeds_output: Path) -> None:
    audit = tasks.read_published(seeds_output)["boilerplate"]
    f003 = audit.filter(pl.col("source_path").str.starts_with("003_"))
    assert f003.filter(pl.col("text") == "0").height == 10
    assert "1815" in f003["text"].to_list()


def test_two_runs_give_byte_identical_parquet(seeds_output: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    curate(SEEDS, again)
    assert parquet_bytes(again) == parquet_bytes(seeds_output)


@pytest.fixture
def tricky_input(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "nested").mkdir(parents=True)
    body = "Le marché a progressé de 13,3 % en été, selon l'étude publiée par l'Insee la semaine dernière."
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "latin1.txt").write_bytes(f"Économie française\n\n{body}\n".encode("latin-1"))
    (folder / "utf16.txt").write_bytes(f"Rapport annuel\n{body}\n".encode("utf-16"))
    (folder / "bom.txt").write_bytes(b"\xef\xbb\xbf" + f"Titre avec BOM\n{body}\n".encode())
    (folder / "nested" / "crlf.txt").write_bytes(f"Fin de ligne Windows\r\n\r\n{body}\r\n".encode())
    (folder / "ignored.md").write_text("# not a .txt file")
    return folder


def test_bad_files_are_rejected_and_the_rest_processed(prefect_harness: None, tricky_input: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    manifest = curate(tricky_input, out)
    assert manifest["inputs"]["seen"] == 6
    frames = tasks.read_published(out)
    rejects = frames["rejects"].sort("source_path")
    assert rejects.select("source_path", "reason").rows() == [("binary.txt", "binary"), ("empty.txt", "empty")]
    docs = frames["documents"].sort("source_path")
    assert docs["source_path"].to_list() == ["bom.txt", "latin1.txt", "nested/crlf.txt", "utf16.txt"]
    assert docs["title"].to_list() == ["Titre avec BOM", "Économie française", "Fin de ligne Windows", "Rapport annuel"]
    assert not docs["text"].str.contains("[\r\ufeff\ufffd]").any()
    assert dict(zip(docs["source_path"], docs["encoding"], strict=True))["utf16.txt"] == "utf-16"


def test_failed_validation_publishes_nothing(prefect_harness: None, seeds_copy: Path, monkeypatch) -> None:
    before = parquet_bytes(seeds_copy), (seeds_copy / "manifest.json").read_bytes()
    broken = ValidationReport(evaluated=1, failures=[Failure("claims", "expect_x", "claim_id", "critical", "dup")])
    monkeypatch.setattr(tasks.Validator, "finish", lambda self: broken)
    with pytest.raises(tasks.ValidationFailed, match="claims.claim_id"):
        curate(SEEDS, seeds_copy)
    assert (parquet_bytes(seeds_copy), (seeds_copy / "manifest.json").read_bytes()) == before
    assert not list(seeds_copy.parent.glob(".output.staging-*"))


def test_run_that_dies_while_writing_leaves_previous_output(prefect_harness: None, seeds_copy: Path, monkeypatch) -> None:
    before = parquet_bytes(seeds_copy)
    real_write = batches.write_part

    def failing_write(frame: pl.DataFrame, name: str, folder: Path, part: str) -> None:
        if name == "claims":
            raise OSError(28, "No space left on device")
        real_write(frame, name, folder, part)

    monkeypatch.setattr(batches, "write_part", failing_write)
    with pytest.raises(OSError, match="No space left"):
        curate(SEEDS, seeds_copy)
    assert parquet_bytes(seeds_copy) == before


def test_batches_change_the_parts_not_the_rows(prefect_harness: None, seeds_output: Path, tmp_path: Path) -> None:
    """Three batches (one part each) hold the same rows as one: repetition counts and duplicate marks are
    run-wide, not per batch."""
    out = tmp_path / "batched"
    curate(SEEDS, out, batch_files=2)
    assert len(list((out / "documents").glob("*.parquet"))) == 3
    one, three = tasks.read_published(seeds_output), tasks.read_published(out)
    for name, module in DATASETS.items():
        assert three[name].sort(module.SORT_BY).equals(one[name].sort(module.SORT_BY)), name


def test_foreign_output_folder_is_refused(tmp_path: Path) -> None:
    foreign = tmp_path / "home"
    foreign.mkdir()
    (foreign / "thesis.docx").write_bytes(b"precious")
    with pytest.raises(publish.NotAnOutputFolder, match="thesis.docx"):
        publish.check_output(None, foreign)


def test_swap_replaces_previous_output_whole(tmp_path: Path) -> None:
    out, staging = tmp_path / "out", tmp_path / ".out.staging-1"
    out.mkdir()
    (out / "old.parquet").write_bytes(b"old")
    staging.mkdir()
    (staging / "new.parquet").write_bytes(b"new")
    publish.swap_in(staging, out)
    assert [p.name for p in out.iterdir()] == ["new.parquet"]
    assert not staging.exists()
