"""Cut each article into sections: a heading line (null for the lead) plus the paragraphs under it."""

from __future__ import annotations

import polars as pl

from transforms.headings import heading_like


def mark_headings(laid_out: pl.LazyFrame) -> pl.LazyFrame:
    """A heading is a heading-like line followed by prose, or by another heading (a sub-heading).

    A question-shaped line ("..., non ?") counts only when prose follows: before a heading it is the
    last paragraph of the previous section.
    """
    doc = "doc_id"
    body = pl.col("is_title").not_()
    nxt_prose = pl.col("is_prose").shift(-1).over(doc)
    nxt_heading_like = pl.col("_heading_like").shift(-1).over(doc)
    question = pl.col("clean").str.ends_with("?")
    return (
        laid_out.sort(doc, "line_idx")
        .with_columns(heading_like().alias("_heading_like"))
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
    position right after its heading.
    """
    doc = "doc_id"
    lines = marked.filter(~pl.col("is_title"))
    is_body = ~pl.col("is_heading")
    sections = (
        lines.sort(doc, "line_idx")
        .with_columns(pl.col("is_heading").cum_sum().over(doc).alias("_group"))
        .group_by(doc, "_group")
        .agg(
            pl.col("line_text").filter(pl.col("is_heading")).first().alias("heading"),
            pl.col("line_start").filter(is_body).min().alias("_body_start"),
            pl.col("line_end").filter(is_body).max().alias("_body_end"),
            pl.col("line_end").filter(pl.col("is_heading")).first().alias("_heading_end"),
            pl.col("line_no").min().alias("first_line_no"),
        )
        .with_columns(
            pl.coalesce("_body_start", "_heading_end").alias("char_start"),
            pl.coalesce("_body_end", "_heading_end").alias("char_end"),
        )
        .sort(doc, "_group")
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over(doc).alias("section_index"))
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
        .sort(doc, "section_index")
    )
