"""Group a file's content lines into articles and lay out each article's clean text with line offsets."""

from __future__ import annotations

import polars as pl

from transforms.boilerplate import EDGE_SPACE
from transforms.headings import TITLE_MAX_WORDS, heading_like

# A blog index separates posts with like/comment counters ("0" / "0") before the next post's title.
ARTICLE_SEPARATOR_RULES = ("counter", "comments")
PARAGRAPH_SEP = "\n\n"  # between lines that had a blank (or removed) line between them in the source
LINE_SEP = "\n"  # between lines that were adjacent in the source


def assign_articles(lines: pl.LazyFrame, *, separator_rules: tuple[str, ...] = ARTICLE_SEPARATOR_RULES) -> pl.LazyFrame:
    """Keep content lines; a heading-like line right after separator boilerplate opens a new article.

    Adds `article_index` (0-based per file), `line_idx` (0-based per article) and `is_title` (the
    article's first line when it looks like a title).
    """
    by_file = "source_path"
    state = (
        pl.when(pl.col("is_blank")).then(None).when(pl.col("rule").is_not_null()).then(pl.col("rule"))
        .otherwise(pl.lit("content"))
    )  # fmt: skip
    return (
        lines.sort(by_file, "line_no")
        .with_columns(state.shift(1).forward_fill().over(by_file).alias("_prev_state"))
        .filter(~pl.col("is_blank") & pl.col("rule").is_null())
        .with_columns(
            (
                pl.col("_prev_state").is_in(separator_rules).fill_null(False)
                & heading_like(max_words=TITLE_MAX_WORDS)
                & (pl.int_range(pl.len()).over(by_file) > 0)
            ).alias("_opens")
        )
        .with_columns(pl.col("_opens").cum_sum().over(by_file).cast(pl.Int64).alias("article_index"))
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over(by_file, "article_index").alias("line_idx"))
        .with_columns(
            ((pl.col("line_idx") == 0) & heading_like(max_words=TITLE_MAX_WORDS)).alias("is_title"),
        )
        .drop("_prev_state", "_opens")
    )


def layout_article_text(article_lines: pl.LazyFrame) -> pl.LazyFrame:
    """Add `doc_id`, the separator before each line and its `[line_start, line_end)` in the article text.

    Lines are trimmed of surrounding whitespace as Python's str.strip() trims it (\x1c-\x1f included); inner characters (NBSP included) are kept as written.
    """
    doc = ["source_path", "article_index"]
    gap = pl.col("line_no") - pl.col("line_no").shift(1).over(doc)
    n_chars = pl.col("line_text").str.len_chars().cast(pl.Int64)
    return (
        article_lines.with_columns(
            pl.col("text").str.replace_all(EDGE_SPACE, "").alias("line_text"),
            pl.format("{}-{}", pl.col("file_key"), pl.col("article_index").cast(pl.String).str.zfill(3))
            .alias("doc_id"),
        )
        .with_columns(
            pl.when(gap.is_null()).then(pl.lit("")).when(gap == 1).then(pl.lit(LINE_SEP))
            .otherwise(pl.lit(PARAGRAPH_SEP)).alias("sep"),
        )  # fmt: skip
        .with_columns(
            ((pl.col("sep").str.len_chars() + n_chars).cum_sum().over(doc) - n_chars).alias("line_start"),
        )
        .with_columns((pl.col("line_start") + n_chars).alias("line_end"))
    )


def assemble_documents(laid_out: pl.LazyFrame) -> pl.LazyFrame:
    """One row per article: its text (lines joined with their separators), title and source span."""
    doc = ["doc_id", "source_path", "source_sha256", "article_index"]
    return (
        laid_out.sort("doc_id", "line_idx")
        .group_by(doc)
        .agg(
            pl.col("line_text").filter(pl.col("is_title")).first().alias("title"),
            pl.concat_str("sep", "line_text").str.join("").alias("text"),
            pl.len().cast(pl.Int64).alias("n_lines"),
            pl.col("line_no").min().alias("first_line_no"),
            pl.col("line_no").max().alias("last_line_no"),
        )
        .with_columns(pl.col("text").str.len_chars().cast(pl.Int64).alias("n_chars"))
        .sort("source_path", "article_index")
    )
