"""Cross-file repetition: short lines found in several files of the run are site templates (cc_net-style)."""

from __future__ import annotations

import polars as pl

from transforms.boilerplate.rules import DEFAULT_PARAMS, REPEAT_MIN_CHARS


def _repeat_candidate(max_words: int) -> pl.Expr:
    return (
        ~pl.col("is_blank")
        & ~pl.col("is_prose")
        & (pl.col("n_words") <= max_words)
        & (pl.col("phrase_key").str.len_chars() >= REPEAT_MIN_CHARS)
    )


def repetition_pairs(lines: pl.LazyFrame, *, max_words: int = DEFAULT_PARAMS.repeat_max_words) -> pl.LazyFrame:
    """Distinct (`repeat_key`, `file_hash`) of the repetition candidates of some files (lines with features).

    What a batch contributes to the run's repetition counts: 16 bytes per distinct short line and file, so
    the run never holds every file's lines at once. Keys are Polars' 64-bit hashes, fixed within a run (a
    collision among n keys has probability about n**2 / 2**65: below 1e-5 for 10 million keys).
    """
    return (
        lines.filter(_repeat_candidate(max_words))
        .select(pl.col("phrase_key").hash().alias("repeat_key"), pl.col("source_sha256").hash().alias("file_hash"))
        .unique()
    )


def repeated_keys(pairs: pl.LazyFrame, *, min_files: int = DEFAULT_PARAMS.repeat_min_files) -> pl.Series:
    """The `repeat_key`s found in `min_files` distinct files, from every batch's repetition_pairs."""
    counted = pairs.unique().group_by("repeat_key").agg(pl.col("file_hash").n_unique().alias("n"))
    return counted.filter(pl.col("n") >= min_files).select("repeat_key").collect().to_series().sort()


def flag_repeated_lines(
    lines: pl.LazyFrame,
    *,
    min_files: int = DEFAULT_PARAMS.repeat_min_files,
    max_words: int = DEFAULT_PARAMS.repeat_max_words,
    repeated: pl.Series | None = None,
) -> pl.LazyFrame:
    """Mark short non-prose lines found in `min_files` distinct files (by content hash): site templates.

    Files with identical bytes count once, so a file duplicated under two names keeps its text; a
    repeated sentence is shared (wire) text or a duplicate article, which the repetition rule leaves alone.
    `repeated`: the run's repeated_keys, when `lines` hold only some of the run's files (a batch).
    """
    candidate = _repeat_candidate(max_words)
    if repeated is not None:
        return lines.with_columns(
            (candidate & pl.col("phrase_key").hash().is_in(repeated.implode())).alias("is_repeated")
        )
    n_files = pl.col("source_sha256").filter(candidate).n_unique().over("phrase_key")
    return lines.with_columns(
        (candidate & (n_files >= min_files)).fill_null(False).alias("is_repeated"),
    )
