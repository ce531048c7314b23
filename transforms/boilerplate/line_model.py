"""The line model: a small logistic scoring of kept lines that the main-block search reads.

p(line is article text) = sigmoid(bias + sum of weight * feature) over the `f_*` columns below, with the weights
of rules.LINE_MODEL_WEIGHTS (fitted on the `tune` pages: lines no single-line rule names, label: at least half of
the line's 4-token shingles are in the gold article body).
"""

from __future__ import annotations

import polars as pl

from transforms.boilerplate.rules import (
    DEFAULT_PARAMS,
    IN_ARTICLE_RULES,
    LINE_MODEL_WEIGHTS,
    LINK_LIKE,
    PROBABILITY_STEPS,
    SEPARATORS,
    STOPWORDS,
    TRUNCATED,
)
from transforms.boilerplate.windows import file_len, fill_down, next_in_file, prev_in_file
from transforms.headings import LIST_ITEM


def line_content_probability(weights: dict[str, float] = LINE_MODEL_WEIGHTS) -> pl.Expr:
    """The line model's probability that a kept line is article text (reads the `f_*` columns)."""
    logit = pl.sum_horizontal(pl.lit(weights["bias"]), *[pl.col(f) * w for f, w in weights.items() if f != "bias"])
    return (1 / (1 + (-logit).exp()) * PROBABILITY_STEPS).round() / PROBABILITY_STEPS


def add_text_model_features(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The `f_*` columns of the line model that read the line alone (see add_model_features)."""
    words = pl.col("n_words").cast(pl.Float64).clip(lower_bound=1)
    clean = pl.col("clean")
    return lines.with_columns(
        (words.log1p() / 5).alias("f_log_words"),
        (words / 50).clip(upper_bound=1).alias("f_long"),
        pl.col("ends_sentence").cast(pl.Float64).alias("f_ends_sentence"),
        pl.col("is_prose").cast(pl.Float64).alias("f_prose"),
        clean.str.contains(TRUNCATED).cast(pl.Float64).alias("f_truncated"),
        (clean.str.count_matches(r"(?:^|\s)[\p{Lu}]") / words).clip(upper_bound=1).alias("f_capitals"),
        (clean.str.count_matches(r"\d+") / words).clip(upper_bound=1).alias("f_digits"),
        (pl.col("tokens").list.eval(pl.element().is_in(STOPWORDS)).list.sum() / words)
        .clip(upper_bound=1).alias("f_stopwords"),
        (clean.str.count_matches(r"[,;]") / words).clip(upper_bound=1).alias("f_commas"),
        clean.str.contains(SEPARATORS).cast(pl.Float64).alias("f_separators"),
        clean.str.contains(LINK_LIKE).cast(pl.Float64).alias("f_link"),
        clean.str.contains(LIST_ITEM).cast(pl.Float64).alias("f_list_item"),
        clean.str.ends_with(":").cast(pl.Float64).alias("f_colon_end"),
    )


def add_model_features(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Add the `f_*` columns of the line model (all in [0, 1] or small counts; see LINE_MODEL_WEIGHTS).

    Reads the line features, `line_rule`, `is_repeated` and `is_teaser`; neighbour context looks at the
    previous/next non-blank line of the same file.
    """
    return lines.pipe(add_text_model_features).pipe(add_context_model_features)


def add_context_model_features(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The `f_*` columns that read the line's neighbours, its place in the file, repetition and teaser runs."""
    clean = pl.col("clean")
    nonblank = pl.when(~pl.col("is_blank"))
    in_article = pl.col("line_rule").is_in(IN_ARTICLE_RULES).fill_null(False)
    removed_state = nonblank.then((pl.col("line_rule").is_not_null() & ~in_article) | pl.col("is_repeated"))
    prose_state = nonblank.then(pl.col("is_prose"))
    short_state = nonblank.then(~pl.col("is_prose") & (pl.col("n_words") <= DEFAULT_PARAMS.nav_max_words))
    kept = pl.col("line_rule").is_null() & ~pl.col("is_teaser")
    # a colon-ended kept line opens a list that runs until the next sentence line or named boilerplate line
    intro = kept & clean.str.ends_with(":") & ~pl.col("is_tail_marker")
    list_break = ~pl.col("is_blank") & (intro | pl.col("is_prose") | ~kept)
    in_intro_list = fill_down(pl.when(list_break).then(intro), False) & ~list_break
    return lines.with_columns(
        in_intro_list.cast(pl.Float64).alias("f_intro_list"),
        pl.col("is_repeated").cast(pl.Float64).alias("f_repeated"),
        pl.col("is_teaser").cast(pl.Float64).alias("f_teaser"),
        _on_both_sides(prose_state).alias("f_prose_neighbours"),
        _on_both_sides(short_state).alias("f_short_neighbours"),
        _on_both_sides(removed_state).alias("f_removed_neighbours"),
        (pl.col("line_no") / file_len()).alias("f_position"),
    )


def _on_both_sides(state: pl.Expr) -> pl.Expr:
    """How many of the previous and next non-blank lines of the file have `state` (null on blank lines): 0, 1, 2."""
    return prev_in_file(state, False).cast(pl.Float64) + next_in_file(state, False).cast(pl.Float64)
