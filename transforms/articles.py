"""Group a file's content lines into articles and lay out each article's clean text with line offsets.

Per-file and per-article running values (previous state, article number, offsets) are computed on rows kept
in file order, from the rows where a file or an article starts, instead of with `.over()`: a window hashes
its keys on every row (4.6 M lines at 20,000 files), and on rows in order a shift or a running sum and a
forward fill give the same values. Sorts are stable (maintain_order): on keys that are unique anyway, the
streaming engine's stable sort costs half as much on rows that are already nearly in order.
"""

from __future__ import annotations

import polars as pl

from transforms.headings import TITLE_MAX_WORDS, heading_like, without_site_trail
from transforms.lexicon import PY_WHITESPACE

# A blog index separates posts with like/comment counters ("0" / "0") before the next post's title.
ARTICLE_SEPARATOR_RULES = ("counter", "comments")
PARAGRAPH_SEP = "\n\n"  # between lines that had a blank (or removed) line between them in the source
LINE_SEP = "\n"  # between lines that were adjacent in the source



def starts_run(*keys: str) -> pl.Expr:
    """True on a row whose keys differ from the previous row's (and on the first row): where a run starts."""
    changed = [(pl.col(k) != pl.col(k).shift(1)).fill_null(True) for k in keys]
    return pl.any_horizontal(changed) if len(changed) > 1 else changed[0]


def since_run_start(value: pl.Expr, start: pl.Expr) -> pl.Expr:
    """`value` minus its value on the row where the current run began (`start` true there): a running sum
    or a row number restarted per run, for rows kept in run order."""
    return value - pl.when(start).then(value).forward_fill()


def assign_articles(lines: pl.LazyFrame, *, separator_rules: tuple[str, ...] = ARTICLE_SEPARATOR_RULES) -> pl.LazyFrame:
    """Keep content lines; a heading-like line right after separator boilerplate opens a new article.

    Adds `article_index` (0-based per file), `line_idx` (0-based per article) and `is_title` (the
    article's first line when it looks like a title). Rows come sorted by file and line number.
    """
    by_file = "source_path"
    key = [by_file, "line_no"]
    # Which content lines follow separator boilerplate, blank lines skipped: the non-blank lines in order,
    # narrowed to the key and two flags (sorting the wide rows would move every text column).
    after_separator = (
        lines.filter(~pl.col("is_blank"))
        .select(
            *key,
            pl.col("rule").is_in(separator_rules).fill_null(False).alias("_separator"),
            pl.col("rule").is_null().alias("_content"),
        )
        .sort(key, maintain_order=True)
        .select(
            (pl.col("_separator").shift(1, fill_value=False) & ~starts_run(by_file)).alias("_after_sep"),
            "_content",
        )
        .filter(pl.col("_content"))
        .select("_after_sep")
    )
    content = lines.filter(~pl.col("is_blank") & pl.col("rule").is_null()).sort(key, maintain_order=True)
    row = pl.int_range(pl.len(), dtype=pl.Int64)
    # a line of hard-wrapped text that runs on into the next (`wraps`) is never a title
    title_like = heading_like(max_words=TITLE_MAX_WORDS) & ~pl.col("wraps")
    opens = pl.col("_after_sep") & title_like & ~pl.col("_file_start")
    return (
        # Both sides are the content lines sorted by (file, line_no), a unique key: they align row for row.
        pl.concat([content, after_separator], how="horizontal")
        .with_columns(starts_run(by_file).alias("_file_start"))
        .with_columns(opens.alias("_opens"))
        .with_columns(
            since_run_start(pl.col("_opens").cum_sum().cast(pl.Int64), pl.col("_file_start")).alias("article_index"),
            since_run_start(row, pl.col("_file_start") | pl.col("_opens")).alias("line_idx"),
        )
        .with_columns(
            ((pl.col("line_idx") == 0) & title_like).alias("is_title"),
        )
        .drop("_after_sep", "_file_start", "_opens")
    )


def layout_article_text(article_lines: pl.LazyFrame) -> pl.LazyFrame:
    """Add `doc_id`, the separator before each line and its `[line_start, line_end)` in the article text.

    Reads the lines in the order assign_articles returns them (each article's lines together, in order).
    Lines are trimmed of surrounding whitespace as Python's str.strip() trims it (\x1c-\x1f included); inner characters (NBSP included) are kept as written.
    """
    doc_start = starts_run("source_path", "article_index")
    gap = pl.col("line_no") - pl.col("line_no").shift(1)
    n_chars = pl.col("line_text").str.len_chars().cast(pl.Int64)
    return (
        article_lines.with_columns(
            pl.col("text").str.strip_chars(PY_WHITESPACE).alias("line_text"),
            pl.format("{}-{}", pl.col("file_key"), pl.col("article_index").cast(pl.String).str.zfill(3))
            .alias("doc_id"),
            doc_start.alias("_doc_start"),
        )
        .with_columns(
            pl.when(pl.col("_doc_start")).then(pl.lit("")).when(gap == 1).then(pl.lit(LINE_SEP))
            .otherwise(pl.lit(PARAGRAPH_SEP)).alias("sep"),
        )  # fmt: skip
        .with_columns((pl.col("sep").str.len_chars() + n_chars).alias("_width"))
        .with_columns(
            (  # the widths of the article's lines before this one, then this line's separator
                since_run_start(pl.col("_width").cum_sum() - pl.col("_width"), pl.col("_doc_start"))
                + pl.col("sep").str.len_chars()
            ).alias("line_start"),
        )
        .with_columns((pl.col("line_start") + n_chars).alias("line_end"))
        .drop("_doc_start", "_width")
    )


def assemble_documents(laid_out: pl.LazyFrame) -> pl.LazyFrame:
    """One row per article: its text (lines joined with their separators), title (and its line) and source span.

    Reads the lines in the order layout_article_text returns them: a group keeps its rows' order, so each
    article's lines are joined in line order without sorting them by `doc_id` first.
    """
    return (
        laid_out.group_by("doc_id")
        .agg(
            pl.col("source_path").first(),
            pl.col("source_sha256").first(),
            pl.col("article_index").first(),
            without_site_trail(pl.col("line_text").filter(pl.col("is_title")).first()).alias("title"),
            pl.col("line_no").filter(pl.col("is_title")).first().alias("title_line_no"),
            pl.concat_str("sep", "line_text").str.join("").alias("text"),
            pl.len().cast(pl.Int64).alias("n_lines"),
            pl.col("line_no").min().alias("first_line_no"),
            pl.col("line_no").max().alias("last_line_no"),
        )
        .with_columns(pl.col("text").str.len_chars().cast(pl.Int64).alias("n_chars"))
        .sort("source_path", "article_index", maintain_order=True)
    )
