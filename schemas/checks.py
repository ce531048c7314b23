"""Checks across datasets and on the run's distributions, declared once like the column specs.

Each check names a column of a derived "check frame" (computed in Polars from the datasets), how GX
judges it, and its severity. Critical checks block publishing; warnings are reported and published.
Distribution bounds were set from the data: on the seeds, the 181 Scrapinghub pages and the 103
multilingual pages, claims per article averaged 18-28, `und` documents were 0-4 %, and the share of a
file's lines removed as boilerplate averaged 0.10-0.57; the bounds sit well outside that range so only
a broken stage trips them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import polars as pl

from schemas._spec import CRITICAL, WARNING

MIN_DETERMINED_LANG_SHARE = 0.9
CLAIMS_PER_ARTICLE = (5.0, 100.0)
MAX_MEAN_BOILERPLATE_SHARE = 0.8


@dataclass(frozen=True)
class Check:
    """`frame.column` must pass on every row (`all_pass`: the column holds the id of each row that fails, null
    where it passes, so a failure lists the offending ids), be True for a share `mostly` (`mostly_true`), or have
    a mean within [min_value, max_value] (`mean_between`)."""

    frame: str
    column: str
    doc: str
    kind: str = "all_pass"
    severity: str = CRITICAL
    mostly: float | None = None
    min_value: float | None = None
    max_value: float | None = None


CHECKS = (
    Check("documents_integrity", "n_chars_equals_text_length", "`n_chars` is the length of `text`."),
    Check("documents_integrity", "duplicate_marks_resolve", "`duplicate_of` and `near_duplicate_of` name an existing "
          "document other than the row itself."),  # fmt: skip
    Check("sections_integrity", "doc_id_in_documents", "Every section's `doc_id` exists in `documents`."),
    Check("sections_integrity", "offsets_inside_text", "Section offsets lie inside the document text."),
    Check("sections_integrity", "text_equals_document_slice", "Section text is `documents.text[char_start:char_end]`."),
    Check("claims_integrity", "doc_id_in_documents", "Every claim's `doc_id` exists in `documents`."),
    Check("claims_integrity", "section_id_in_sections", "Every claim's section exists, in the same document."),
    Check("claims_integrity", "offsets_inside_text", "Claim offsets lie inside the document text."),
    Check("claims_integrity", "text_equals_document_slice", "Claim text is `documents.text[char_start:char_end]`."),
    Check("claims_integrity", "claim_inside_its_section", "A claim lies inside its section's span."),
    Check("files", "accounted_for", "Every input file is in `documents`, in `rejects` (with its reason), or "
          "has all its lines in `boilerplate`."),  # fmt: skip
    Check("documents_profile", "lang_determined", "Documents whose language was determined (not `und`).",
          kind="mostly_true", severity=WARNING, mostly=MIN_DETERMINED_LANG_SHARE),  # fmt: skip
    Check("documents_profile", "n_claims", "Mean number of claims per article.", kind="mean_between",
          severity=WARNING, min_value=CLAIMS_PER_ARTICLE[0], max_value=CLAIMS_PER_ARTICLE[1]),  # fmt: skip
    Check("files_profile", "boilerplate_share", "Mean share of a file's non-blank lines removed as boilerplate.",
          kind="mean_between", severity=WARNING, min_value=0.0, max_value=MAX_MEAN_BOILERPLATE_SHARE),  # fmt: skip
)
FRAMES = tuple(dict.fromkeys(c.frame for c in CHECKS))


# The id each row-wise check frame lists for its failing rows.
ROW_IDS = {"documents_integrity": "doc_id", "sections_integrity": "section_id", "claims_integrity": "claim_id",
           "files": "source_path"}  # fmt: skip


def _sliced(frame: pl.DataFrame, documents: pl.DataFrame, row_id: str) -> pl.DataFrame:
    docs = documents.select("doc_id", pl.col("text").alias("_doc_text"), pl.col("n_chars").alias("_n"))
    return frame.join(docs, on="doc_id", how="left", maintain_order="left").select(
        row_id,
        pl.col("_doc_text").is_not_null().alias("doc_id_in_documents"),
        ((pl.col("char_start") >= 0) & (pl.col("char_end") <= pl.col("_n"))).fill_null(False).alias("offsets_inside_text"),
        (pl.col("_doc_text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start")) == pl.col("text"))
        .fill_null(False).alias("text_equals_document_slice"),
    )  # fmt: skip


def _offenders(name: str, passed: pl.DataFrame) -> pl.DataFrame:
    """Boolean outcomes per row -> the check frame `name`: each check column holds the row's id where the row
    fails (False or null), null where it passes."""
    row_id = pl.col(ROW_IDS[name])
    return passed.select(
        pl.when(pl.col(c.column).fill_null(False)).then(pl.lit(None, pl.String)).otherwise(row_id.cast(pl.String))
        .alias(c.column)
        for c in CHECKS if c.frame == name
    )  # fmt: skip


def check_frames(
    frames: dict[str, pl.DataFrame], files: pl.DataFrame, doc_ids: pl.Series | None = None
) -> dict[str, pl.DataFrame]:
    """The derived frames the CHECKS read. `files`: one row per input file (`source_path`, `status`:
    `accepted` or its reject reason), from the run or from the manifest.

    Row-wise checks: frames computed on batches of whole files (with `doc_ids`, every document id of the
    run, which duplicate marks may name) concatenate to the frames of the whole run.
    """
    ids = frames["documents"]["doc_id"] if doc_ids is None else doc_ids
    documents, sections, claims = frames["documents"], frames["sections"], frames["claims"]
    section_span = sections.select(
        "section_id", pl.col("doc_id").alias("_sdoc"), pl.col("char_start").alias("_s0"), pl.col("char_end").alias("_s1")
    )  # fmt: skip
    in_section = claims.join(section_span, on="section_id", how="left", maintain_order="left").select(
        (pl.col("_sdoc") == pl.col("doc_id")).fill_null(False).alias("section_id_in_sections"),
        ((pl.col("char_start") >= pl.col("_s0")) & (pl.col("char_end") <= pl.col("_s1")))
        .fill_null(False).alias("claim_inside_its_section"),
    )  # fmt: skip
    produced = pl.concat([documents.select("source_path"), frames["boilerplate"].select("source_path")]).unique()
    rejected = frames["rejects"].select("source_path", pl.col("reason").alias("_reason"))
    accounted = (
        files.join(produced.with_columns(pl.lit(True).alias("_produced")), on="source_path", how="left")
        .join(rejected, on="source_path", how="left")
        .select(
            "source_path",
            pl.when(pl.col("status") == "accepted").then(pl.col("_produced").fill_null(False))
            .otherwise(pl.col("_reason") == pl.col("status")).fill_null(False).alias("accounted_for"),
        )
    )  # fmt: skip
    claims_per_doc = claims.group_by("doc_id").len("n_claims")
    kept_lines = documents.group_by("source_path").agg(pl.col("n_lines").sum().alias("_kept"))
    removed_lines = frames["boilerplate"].group_by("source_path").len("_removed")
    return {
        "documents_integrity": _offenders("documents_integrity", documents.select(
            "doc_id",
            (pl.col("text").str.len_chars() == pl.col("n_chars")).alias("n_chars_equals_text_length"),
            pl.all_horizontal(
                (pl.col(c).is_null() | (pl.col(c).is_in(ids.implode()) & (pl.col(c) != pl.col("doc_id"))))
                for c in ("duplicate_of", "near_duplicate_of")
            ).alias("duplicate_marks_resolve"),
        )),
        "sections_integrity": _offenders("sections_integrity", _sliced(sections, documents, "section_id")),
        "claims_integrity": _offenders("claims_integrity", pl.concat([_sliced(claims, documents, "claim_id"), in_section],
                                                                     how="horizontal")),
        "files": _offenders("files", accounted),
        "documents_profile": documents.select("doc_id", (pl.col("lang") != "und").alias("lang_determined"))
        .join(claims_per_doc, on="doc_id", how="left")
        .select("lang_determined", pl.col("n_claims").fill_null(0).cast(pl.Float64)),
        "files_profile": kept_lines.join(removed_lines, on="source_path", how="full", coalesce=True)
        .fill_null(0)
        .select((pl.col("_removed") / (pl.col("_removed") + pl.col("_kept"))).alias("boilerplate_share")),
    }  # fmt: skip


def check_suite(frame: str) -> Any:
    """The GX suite of one check frame, derived from CHECKS."""
    import great_expectations as gx

    e = gx.expectations
    out = []
    for c in (c for c in CHECKS if c.frame == frame):
        meta = {"severity": c.severity, "doc": c.doc}
        if c.kind == "mean_between":
            out.append(e.ExpectColumnMeanToBeBetween(column=c.column, min_value=c.min_value, max_value=c.max_value, meta=meta))
        elif c.kind == "mostly_true":
            out.append(e.ExpectColumnValuesToBeInSet(column=c.column, value_set=[True], mostly=c.mostly, meta=meta))
        else:  # the Data Docs show the check's doc, and the failing rows' ids as the unexpected values
            described = c.doc.replace("`", "") + f" Failing rows are listed by {ROW_IDS[c.frame]}."
            out.append(e.ExpectColumnValuesToBeNull(column=c.column, description=described, meta=meta))
    return gx.ExpectationSuite(name=frame, expectations=out)
