"""The door from flows into transforms: the steps between batches give what one call over every file gives."""

from __future__ import annotations

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from transforms import pipeline

TEMPLATE = ["Zorglub Magazine", "Quartier Nord", "Les amis du vélo", "Partager sur Facebook", ""]
LINE = st.sampled_from(TEMPLATE) | st.text(alphabet="abc xyz.\n", max_size=30)


def _files(texts: list[str]) -> pl.DataFrame:
    """Files as the scan spills them; files with the same text have the same sha256."""
    n = len(texts)
    return pl.DataFrame({
        "source_path": [f"f{i:02d}.txt" for i in range(n)], "source_sha256": [f"sha{texts.index(t)}" for t in texts],
        "file_key": [f"k{i}" for i in range(n)], "text": texts,
    })  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(LINE, max_size=8).map("\n".join), min_size=1, max_size=6), st.integers(1, 3))
def test_batches_counting_repetition_classify_like_one_call(texts: list[str], batch_files: int) -> None:
    """Pairs and fingerprints spilled batch by batch, then repeated keys: the same line rules as counting over every
    file at once (blank lines, a trailing newline, files with the same bytes, copies)."""
    files = _files(texts)
    batches = [files.slice(start, batch_files) for start in range(0, files.height, batch_files)]
    facts = [pipeline.file_repetition_facts(batch.lazy()) for batch in batches]
    pairs, fingerprints = (pl.concat([getattr(f, name) for f in facts]) for name in ("pairs", "fingerprints"))
    repeated = pipeline.repeated_keys(pairs.lazy(), fingerprints.lazy())
    by_batch = pl.concat([pipeline.classify_files(b.lazy(), repeated=repeated).collect() for b in batches])
    at_once = pipeline.classify_files(files.lazy()).collect()
    columns = ["source_path", "line_no", "text", "rule"]
    assert by_batch.select(columns).equals(at_once.select(columns))


def test_merge_keeps_the_published_rows_of_unchanged_files_only() -> None:
    schema = pl.Schema({"doc_id": pl.String, "source_path": pl.String, "n": pl.Int64})
    fresh = pl.DataFrame({"doc_id": ["b-000"], "source_path": ["b"], "n": [7]}, schema={**schema, "n": pl.Int32})
    published = pl.LazyFrame({"doc_id": ["a-000", "b-000", "c-000"], "source_path": ["a", "b", "c"], "n": [1, 2, 3]},
                             schema=schema)  # fmt: skip
    plan = pl.DataFrame({"source_path": ["a", "b"], "action": ["unchanged", "changed"]})  # c was deleted
    sections = published.select("doc_id")
    merged = pipeline.merge_unchanged((fresh, sections.collect().clear(), fresh), (published, sections, published),
                                      plan, (schema, pl.Schema({"doc_id": pl.String}), schema))  # fmt: skip
    expected = pl.DataFrame({"doc_id": ["b-000", "a-000"], "source_path": ["b", "a"], "n": [7, 1]}, schema=schema)
    assert_frame_equal(merged[0], expected)
    assert merged[1]["doc_id"].to_list() == ["a-000"]


def test_only_files_not_unchanged_are_processed() -> None:
    files = _files(["x", "y", "z"])
    assert pipeline.plan_all_new(files.lazy()).collect()["action"].to_list() == ["new"] * 3
    plan = pl.DataFrame({"source_path": ["f00.txt", "f01.txt", "f02.txt"], "action": ["unchanged", "reclassified", "new"]})
    assert pipeline.rows_to_process(files, plan)["source_path"].to_list() == ["f01.txt", "f02.txt"]


def test_rejects_carry_reason_and_detail_of_refused_files_only() -> None:
    files = pl.DataFrame({
        "source_path": ["ok.txt", "bin.txt"], "source_sha256": ["s1", "s2"], "size_bytes": [3, 4],
        "encoding": ["utf-8", None], "reject_reason": [None, "not_text"], "reject_detail": [None, "NUL bytes"],
    })  # fmt: skip
    rejects = pipeline.rejects_of(files)
    assert rejects.rows() == [("bin.txt", "not_text", "NUL bytes", "s2", 4)]
    assert rejects.columns == ["source_path", "reason", "detail", "source_sha256", "size_bytes"]
