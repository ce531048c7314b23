"""Explode decoded files into one row per line: the unit every boilerplate rule judges."""

from __future__ import annotations

import polars as pl


def split_lines(files: pl.LazyFrame) -> pl.LazyFrame:
    """One row per line of each file, `line_no` 1-based; the file's other columns are carried along.

    Rows come sorted by `source_path`, then `line_no` (files are sorted, stably, before they are split: a sort
    of one row per file, where a sort of the lines in Polars' streaming engine costs more than itself
    downstream), so the boilerplate rules read each file's lines as one ordered run.
    Splitting on LF only is exact because ingest already turned CRLF and CR into LF.
    """
    return (
        files.sort("source_path", maintain_order=True)
        .with_columns(pl.col("text").str.split("\n"))
        .explode("text")
        .with_columns(pl.int_range(1, pl.len() + 1, dtype=pl.Int64).over("source_path").alias("line_no"))
    )
