"""Each expectation family fails on data built to break it, and only there.

One corrupted copy of the seeds datasets breaks every family at once, each in a different place, so a
single (slow, ~4 s) Great Expectations pass serves all the family tests.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from flows import tasks
from schemas import DATASETS
from schemas.validation import ValidationReport, validate_datasets


def _set(frame: pl.DataFrame, row: int, column: str, value) -> pl.DataFrame:
    values = frame[column].to_list()
    values[row] = value
    return frame.with_columns(pl.Series(column, values, dtype=frame.schema[column]))


@pytest.fixture(scope="module")
def published(seeds_output: Path) -> tuple[dict[str, pl.DataFrame], pl.DataFrame]:
    return tasks.read_published(seeds_output), tasks.published_files(tasks.read_manifest(seeds_output))


@pytest.fixture(scope="module")
def broken_report(published) -> ValidationReport:
    frames, files = published
    docs, secs, claims = frames["documents"], frames["sections"], frames["claims"]
    docs = _set(docs, 0, "source_sha256", "abc")  # length
    docs = _set(docs, 1, "lang_score", 1.5)  # range
    docs = _set(docs, 2, "n_chars", docs["n_chars"][2] + 1)  # documents integrity
    docs = _set(docs, 3, "encoding", None)  # not null
    claims = _set(claims, 1, "claim_id", claims["claim_id"][0])  # unique
    claims = _set(claims, 2, "claim_type", "rumour")  # allowed values
    claims = _set(claims, 3, "char_end", claims["char_start"][3])  # pair order (end > start)
    claims = _set(claims, 4, "text", claims["text"][4].upper())  # text equals document slice
    claims = _set(claims, 5, "doc_id", "no-such-doc")  # doc id resolves
    claims = _set(claims, 6, "section_id", "no-such-section")  # section id resolves
    claims = _set(claims, 7, "char_end", 10**9)  # offsets inside text
    claims = _set(claims, 10, "claim_index", -1)  # range of an integer column without nulls (numpy in GX)
    last = claims.filter(pl.col("doc_id") == claims["doc_id"][8])["section_id"].max()
    claims = _set(claims, 8, "section_id", last if last != claims["section_id"][8] else claims["section_id"][9])
    secs = _set(secs, 0, "text", "tampered")  # section slice
    broken = {**frames, "documents": docs, "sections": secs, "claims": claims}
    files = pl.concat([files, pl.DataFrame({"source_path": ["ghost.txt"], "status": ["accepted"]})])
    return validate_datasets(broken, files)


def failed(report: ValidationReport, dataset: str, expectation: str, column: str | None) -> bool:
    return any((f.dataset, f.expectation, f.column) == (dataset, expectation, column) for f in report.failures)


FAMILIES = [
    ("documents", "expect_column_value_lengths_to_be_between", "source_sha256"),
    ("documents", "expect_column_values_to_be_between", "lang_score"),
    ("documents", "expect_column_values_to_not_be_null", "encoding"),
    ("claims", "expect_column_values_to_be_unique", "claim_id"),
    ("claims", "expect_column_values_to_be_between", "claim_index"),
    ("claims", "expect_column_values_to_be_in_set", "claim_type"),
    ("claims", "expect_column_pair_values_a_to_be_greater_than_b", "char_end"),
    ("documents_integrity", "expect_column_values_to_be_null", "n_chars_equals_text_length"),
    ("sections_integrity", "expect_column_values_to_be_null", "text_equals_document_slice"),
    ("claims_integrity", "expect_column_values_to_be_null", "text_equals_document_slice"),
    ("claims_integrity", "expect_column_values_to_be_null", "doc_id_in_documents"),
    ("claims_integrity", "expect_column_values_to_be_null", "section_id_in_sections"),
    ("claims_integrity", "expect_column_values_to_be_null", "offsets_inside_text"),
    ("claims_integrity", "expect_column_values_to_be_null", "claim_inside_its_section"),
    ("files", "expect_column_values_to_be_null", "accounted_for"),
]


@pytest.mark.parametrize(("dataset", "expectation", "column"), FAMILIES)
def test_family_fails_on_broken_data_only(broken_report, seeds_output, dataset, expectation, column) -> None:
    assert failed(broken_report, dataset, expectation, column)
    assert not broken_report.ok
    clean = tasks.read_manifest(seeds_output)["validation"]
    assert clean["success"] and clean["failures"] == []


def test_every_failure_is_critical_and_nothing_unexpected_fails(broken_report) -> None:
    assert {f.severity for f in broken_report.failures} == {"critical"}
    assert {(f.dataset, f.column) for f in broken_report.failures} >= {(d, c) for d, _, c in FAMILIES}


def test_a_failure_shows_its_offending_values(broken_report) -> None:
    """The failure table's sample of bad values (GX's partial_unexpected_list, which the BASIC result format keeps)."""
    observed = {(f.dataset, f.column): f.observed for f in broken_report.failures}
    assert "rumour" in observed[("claims", "claim_type")]
    assert "1.5" in observed[("documents", "lang_score")]
    assert "-1" in observed[("claims", "claim_index")]


def test_wrong_dtype_or_missing_column_fails_the_declared_schema(published) -> None:
    frames, files = published
    retyped = {**frames, "sections": frames["sections"].with_columns(pl.col("section_index").cast(pl.Int32))}
    report = validate_datasets(retyped, files)
    assert [(f.dataset, f.expectation) for f in report.failures] == [("sections", "schema_matches_declaration")]
    dropped = {**frames, "rejects": frames["rejects"].drop("detail")}
    assert not validate_datasets(dropped, files).ok


def test_distribution_checks_warn_but_do_not_block(published) -> None:
    frames, files = published
    undetermined = {**frames, "documents": frames["documents"].with_columns(pl.lit("und").alias("lang"), pl.lit(0.0).alias("lang_score"))}
    report = validate_datasets(undetermined, files)
    assert report.ok
    assert [(f.dataset, f.column, f.severity) for f in report.failures] == [("documents_profile", "lang_determined", "warning")]


def test_data_docs_and_report_are_published_and_offline(seeds_output: Path) -> None:
    index = (seeds_output / "_validation" / "index.html").read_text(encoding="utf-8")
    documents_suite = f"documents_v{DATASETS['documents'].VERSION}"
    assert 'href="validations/claims_v1/' in index and f'href="expectations/{documents_suite}.html"' in index
    assert list((seeds_output / "_validation" / "validations").rglob("*.html"))
    report = (seeds_output / "report.html").read_text(encoding="utf-8")
    assert "<svg" in report and "Claims by type" in report
    assert "http://" not in report and "https://" not in report  # Data Docs: tests/reports/test_data_docs.py


def test_validation_does_not_fingerprint_the_data(published, monkeypatch) -> None:
    """GX hashed every batch (a third of a 20,000-file run's validation) for a Data Docs marker; not any more."""
    from great_expectations.execution_engine import pandas_execution_engine

    def refuse(df):
        raise AssertionError("GX fingerprinted a batch")

    monkeypatch.setattr(pandas_execution_engine, "hash_pandas_dataframe", refuse)
    frames, files = published
    report = validate_datasets({**frames, "claims": frames["claims"].head(50)}, files)
    assert report.ok and report.evaluated > 100
