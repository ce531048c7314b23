"""Cut each article into sections: a heading line (null for the lead) plus the paragraphs under it.

As in articles.py, per-article values are computed on rows kept in article order from where an article or a
section starts, instead of with `.over()`, which hashes its keys on every row.
"""

from __future__ import annotations

import polars as pl

from transforms.articles import since_run_start, starts_run
from transforms.headings import heading_like


def mark_headings(laid_out: pl.LazyFrame) -> pl.LazyFrame:
    """A heading is a heading-like line followed by prose, or by another heading (a sub-heading).

    A question-shaped line ("..., non ?") counts only when prose follows: before a heading it is the
    last paragraph of the previous section. Rows come sorted by `doc_id` and `line_idx`.
    """
    doc = "doc_id"
    body = pl.col("is_title").not_()
    same_doc_next = pl.col(doc) == pl.col(doc).shift(-1)  # null on the last row: no next line
    nxt_prose = pl.when(same_doc_next).then(pl.col("is_prose").shift(-1))
    nxt_heading_like = pl.when(same_doc_next).then(pl.col("_heading_like").shift(-1))
    question = pl.col("clean").str.ends_with("?")
    return (
        laid_out.sort(doc, "line_idx", maintain_order=True)
        .with_columns((heading_like() & ~pl.col("wraps")).alias("_heading_like"))  # hard-wrapped lines run on
        .with_columns(
            (
                body
                & pl.col("_heading_like")
                & (nxt_prose.fill_null(False) | (nxt_heading_like.fill_null(False) & ~question))
            ).alias("is_heading")
        )
        .drop("_heading_like")
    )


def assemble_sections(marked: pl.LazyFrame, documents: pl.LazyFrame) -> pl.LazyFrame:
    """One row per section; `text` is the body only and equals `documents.text[char_start:char_end]`.

    The article title is not a section heading; a section with no body has an empty text at the
    position right after its heading. Reads the lines in the order mark_headings returns them.
    """
    doc = "doc_id"
    lines = marked.filter(~pl.col("is_title"))
    is_body = ~pl.col("is_heading")
    row = pl.int_range(pl.len(), dtype=pl.Int64)
    sections = (
        lines.select(doc, "is_heading", "line_text", "line_start", "line_end", "line_no")
        # One number per section through the run, in (doc, section) order: a section starts with its
        # article or at a heading.
        .with_columns((starts_run(doc) | pl.col("is_heading")).cum_sum().alias("_section"))
        .group_by("_section")
        .agg(
            pl.col(doc).first(),
            pl.col("line_text").filter(pl.col("is_heading")).first().alias("heading"),
            pl.col("line_start").filter(is_body).min().alias("_body_start"),
            pl.col("line_end").filter(is_body).max().alias("_body_end"),
            pl.col("line_end").filter(pl.col("is_heading")).first().alias("_heading_end"),
            pl.col("line_no").min().alias("first_line_no"),
        )
        .sort("_section")
        .with_columns(
            pl.coalesce("_body_start", "_heading_end").alias("char_start"),
            pl.coalesce("_body_end", "_heading_end").alias("char_end"),
            since_run_start(row, starts_run(doc)).alias("section_index"),
        )
    )
    return (
        sections.join(documents.select(doc, pl.col("text").alias("_doc_text")), on=doc, how="left")
        .with_columns(
            pl.format("{}-s{}", pl.col(doc), pl.col("section_index").cast(pl.String).str.zfill(3))
            .alias("section_id"),
            pl.col("_doc_text").str.slice(pl.col("char_start"), pl.col("char_end") - pl.col("char_start"))
            .alias("text"),
        )  # fmt: skip
        .select("section_id", doc, "section_index", "heading", "text", "char_start", "char_end", "first_line_no")
        .sort(doc, "section_index", maintain_order=True)
    )
