"""Rules that read a line's neighbours: runs of headline-shaped lines (teaser lists), short lines wedged
between boilerplate lines (menus), sentences written twice in a row (a photo's alt text and caption) and a web
archive's toolbar above the page it captured."""

from __future__ import annotations

import polars as pl

from transforms.boilerplate.rules import (
    ARCHIVE_BANNER,
    CAPTION_TWICE_MIN_WORDS,
    DEFAULT_PARAMS,
    TEASER_LIST_ITEM_MAX_WORDS,
    TEASER_MAX_WORDS,
    TEASER_MIN_WORDS,
    TEASER_TITLE_LEAD_MAX_WORDS,
    TITLE_LEAD,
)
from transforms.boilerplate.windows import fill_down, file_start, next_in_file, prev_in_file, sum_in_run
from transforms.headings import LIST_ITEM


def _headline_shaped(min_words: int, max_words: int, max_title_lead_words: int) -> pl.Expr:
    """A kept line of `min_words`..`max_words` words without a sentence end (or a Title Case headline glued to its
    teaser), starting with a capital, a digit or a quote, not a list item and not mostly numbers."""
    title_lead = (
        pl.col("n_words").is_between(min_words, max_title_lead_words) & pl.col("clean").str.contains(TITLE_LEAD)
    )
    return (
        pl.col("line_rule").is_null()
        & ((pl.col("n_words").is_between(min_words, max_words) & ~pl.col("ends_sentence")) | title_lead)
        & ~pl.col("clean").str.contains(LIST_ITEM)
        & pl.col("clean").str.contains(r"^[\p{Lu}\p{N}«\"“‘'$]")
        & (pl.col("clean").str.count_matches(r"\d+") * 4 < pl.col("n_words"))
    )


def flag_teaser_runs(
    lines: pl.LazyFrame,
    *,
    min_run: int = DEFAULT_PARAMS.teaser_min_run,
    min_words: int = TEASER_MIN_WORDS,
    max_words: int = TEASER_MAX_WORDS,
    max_title_lead_words: int = TEASER_TITLE_LEAD_MAX_WORDS,
    max_item_words: int = TEASER_LIST_ITEM_MAX_WORDS,
) -> pl.LazyFrame:
    """Mark runs of `min_run`+ consecutive headline-shaped lines (blank lines do not break a run).

    Headline-shaped: `min_words`..`max_words` words, no sentence end (or cut short with "…"), starting
    with a capital, a digit or a quote. A run right after a line ending in ":" is a list the article
    introduced, and is kept; so is a run whose lines all have at most `max_item_words` words (list items,
    not headlines).
    """
    headline = _headline_shaped(min_words, max_words, max_title_lead_words)
    state = pl.when(pl.col("is_blank")).then(None).otherwise(headline)
    # the previous non-blank line of the file ends with ":" (False on its first line)
    after_colon = prev_in_file(pl.when(~pl.col("is_blank")).then(pl.col("clean").str.ends_with(":")), False)
    return (
        lines.with_columns(fill_down(state, False).alias("_headline"), after_colon.alias("_after_colon"))
        .with_columns(
            (file_start() | (pl.col("_headline") != pl.col("_headline").shift(1))).fill_null(True).alias("_run_start")
        )
        .with_columns(pl.col("_run_start").cum_sum().alias("_run"))  # an integer per (file, run)
        .with_columns(
            sum_in_run(pl.col("_headline") & ~pl.col("is_blank"), "_run_start").alias("_run_len"),
            pl.when(pl.col("_run_start")).then(pl.col("_after_colon")).forward_fill().alias("_run_intro"),
            pl.col("n_words").filter(~pl.col("is_blank")).max().over("_run").alias("_run_max_words"),
        )
        .with_columns(
            (
                pl.col("_headline")
                & ~pl.col("is_blank")
                & (pl.col("_run_len") >= min_run)
                & ~pl.col("_run_intro")
                & (pl.col("_run_max_words") > max_item_words)
            ).alias("is_teaser")
        )
        .drop("_headline", "_after_colon", "_run_start", "_run", "_run_len", "_run_intro", "_run_max_words")
    )


def flag_menu_neighbours(lines: pl.LazyFrame, *, max_words: int = DEFAULT_PARAMS.nav_max_words) -> pl.LazyFrame:
    """A short non-sentence kept line whose previous and next non-blank lines are both boilerplate is
    part of the same menu: `rule` becomes menu_run."""
    removed = pl.when(~pl.col("is_blank")).then(pl.col("rule").is_not_null())
    wedged = (
        ~pl.col("is_blank")
        & ~pl.col("is_spared")
        & pl.col("rule").is_null()
        & ~pl.col("is_prose")
        & (pl.col("n_words") <= max_words)
        & prev_in_file(removed, True)
        & next_in_file(removed, True)
    )
    return lines.with_columns(pl.when(wedged).then(pl.lit("menu_run")).otherwise(pl.col("rule")).alias("rule"))


def flag_archive_toolbar(lines: pl.LazyFrame) -> pl.LazyFrame:
    """A page captured by the Wayback Machine opens with its toolbar ("About this capture", "COLLECTED BY", ...),
    ending with "The Wayback Machine - https://web.archive.org/web/...": that line and those above it are
    `navigation`."""
    banner = pl.col("clean").str.contains("web.archive.org/web/", literal=True)
    banner = banner & pl.col("clean").str.contains(ARCHIVE_BANNER)
    toolbar = banner | next_in_file(pl.when(banner).then(True), False)
    named = pl.when(toolbar & pl.col("line_rule").is_null()).then(pl.lit("navigation")).otherwise(pl.col("line_rule"))
    return lines.with_columns(named.alias("line_rule"))


def flag_doubled_captions(lines: pl.LazyFrame, *, min_words: int = CAPTION_TWICE_MIN_WORDS) -> pl.LazyFrame:
    """A sentence ending in a period written exactly twice in a row (non-blank lines), with a caption or photo
    credit within two lines, is a photo's alt text and caption: both copies get `line_rule` caption. A headline
    repeated by the flattening has no period; three copies or more are no figure's pair."""
    c = pl.col
    nonblank = lambda value: pl.when(~c("is_blank")).then(value)  # noqa: E731
    text, credit = c("clean"), (c("line_rule") == "caption").fill_null(False)
    # the first and second non-blank lines above (p1, p2) and below (n1, n2): their text and whether a caption
    steps = {"_p": prev_in_file, "_n": next_in_file}
    neighbours = lines.with_columns(
        *[step(nonblank(text), pl.lit("")).alias(f"{k}1") for k, step in steps.items()],
        *[step(nonblank(credit), False).alias(f"{k}1c") for k, step in steps.items()],
    ).with_columns(
        *[step(nonblank(c(f"{k}1")), pl.lit("")).alias(f"{k}2") for k, step in steps.items()],
        *[step(nonblank(c(f"{k}1c")), False).alias(f"{k}2c") for k, step in steps.items()],
    )
    pair = (
        (c("_p1") == text) & (c("_p2") != text) & (c("_n1") != text)
        | (c("_n1") == text) & (c("_n2") != text) & (c("_p1") != text)
    )  # fmt: skip
    by_credit = c("_p1c") | c("_p2c") | c("_n1c") | c("_n2c")
    caption = ~c("is_blank") & c("line_rule").is_null() & (c("n_words") >= min_words) & text.str.ends_with(".")
    return neighbours.with_columns(
        pl.when(caption & pair & by_credit).then(pl.lit("caption")).otherwise(c("line_rule")).alias("line_rule")
    ).drop("_p1", "_n1", "_p1c", "_n1c", "_p2", "_n2", "_p2c", "_n2c")
