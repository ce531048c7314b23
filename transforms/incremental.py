"""Decide which files an incremental run must process, and merge kept rows with new ones.

Correctness rule: a file's documents, sections and claims depend only on its text and on the
boilerplate rule of each of its lines. Every run hashes and line-classifies *all* files (cheap), so the
cross-file repetition rule sees the whole corpus; a file whose bytes and line rules are both unchanged
keeps its published rows, every other file goes through the expensive stages (articles, language,
claims). The merged datasets therefore equal a full rebuild, by construction.
"""

from __future__ import annotations

import polars as pl

NEW, CHANGED, RECLASSIFIED, UNCHANGED = "new", "changed", "reclassified", "unchanged"
PLAN_SCHEMA = {"source_path": pl.String, "action": pl.String}
MERGED_DATASETS = ("documents", "sections", "claims")  # the datasets whose rows an unchanged file keeps


def _audit_signature(audit: pl.LazyFrame) -> pl.LazyFrame:
    """One row per file: its removed lines and rules, in line order, as one comparable string."""
    return (
        audit.sort("source_path", "line_no")
        .group_by("source_path")
        .agg(pl.format("{}:{}", "line_no", "rule").str.join("\n").alias("signature"))
    )


def plan_all_new(accepted: pl.LazyFrame) -> pl.LazyFrame:
    """The plan of a full run: every accepted file is new."""
    return accepted.select("source_path", pl.lit(NEW).alias("action"))


def plan_files(
    accepted: pl.LazyFrame, audit: pl.LazyFrame, previous_files: pl.LazyFrame, previous_audit: pl.LazyFrame
) -> pl.LazyFrame:
    """`action` per accepted file: new, changed (other bytes), reclassified (same bytes, other line rules
    because of other files), or unchanged. `previous_files` holds the last run's accepted files
    (`source_path`, `source_sha256`)."""
    now = accepted.select("source_path", "source_sha256").join(
        _audit_signature(audit), on="source_path", how="left"
    )
    before = previous_files.select("source_path", pl.col("source_sha256").alias("_old_sha")).join(
        _audit_signature(previous_audit).rename({"signature": "_old_signature"}), on="source_path", how="left"
    )
    return (
        now.join(before, on="source_path", how="left")
        .select(
            "source_path",
            pl.when(pl.col("_old_sha").is_null()).then(pl.lit(NEW))
            .when(pl.col("_old_sha") != pl.col("source_sha256")).then(pl.lit(CHANGED))
            .when(pl.col("signature").eq_missing(pl.col("_old_signature")).not_()).then(pl.lit(RECLASSIFIED))
            .otherwise(pl.lit(UNCHANGED))
            .alias("action"),
        )  # fmt: skip
        .sort("source_path")
    )


def keep_unchanged(
    documents: pl.LazyFrame, sections: pl.LazyFrame, claims: pl.LazyFrame, unchanged_paths: pl.Series
) -> tuple[pl.LazyFrame, pl.LazyFrame, pl.LazyFrame]:
    """The previous run's rows of files that need no processing."""
    kept_docs = documents.filter(pl.col("source_path").is_in(unchanged_paths.implode()))
    kept_ids = kept_docs.select("doc_id")
    return (
        kept_docs,
        sections.join(kept_ids, on="doc_id", how="semi"),
        claims.join(kept_ids, on="doc_id", how="semi"),
    )


def rows_to_process(rows: pl.DataFrame, plan: pl.DataFrame) -> pl.DataFrame:
    """The rows of the files the plan sends through the costly stages (every action but unchanged)."""
    todo = plan.filter(pl.col("action") != UNCHANGED)["source_path"]
    return rows.filter(pl.col("source_path").is_in(todo.implode()))


def merge_unchanged(
    fresh: tuple[pl.DataFrame, ...], published: tuple[pl.LazyFrame, ...], plan: pl.DataFrame,
    schemas: tuple[pl.Schema, ...],
) -> tuple[pl.DataFrame, ...]:  # fmt: skip
    """Each of the MERGED_DATASETS: the fresh rows, then the published rows of the plan's unchanged files.

    `fresh`, `published` and `schemas` (the declared ones) follow MERGED_DATASETS. Fresh rows are cast to the
    declared dtypes (published rows have them); a declared column the fresh rows lack (marks computed after the
    merge) is left out.
    """
    unchanged = plan.filter(pl.col("action") == UNCHANGED)["source_path"]
    kept = keep_unchanged(*published, unchanged)
    merged = []
    for new, old, schema in zip(fresh, kept, schemas, strict=True):
        shared = [c for c in schema.names() if c in new.columns]
        merged.append(pl.concat([new.select(shared).cast({c: schema[c] for c in shared}), old.select(shared).collect()]))
    return tuple(merged)
