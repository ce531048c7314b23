"""classify_lines: every step of the boilerplate stage, in order, with one set of thresholds."""

from __future__ import annotations

import polars as pl

from transforms.boilerplate.context import (
    flag_archive_toolbar,
    flag_doubled_captions,
    flag_menu_neighbours,
    flag_teaser_runs,
)
from transforms.boilerplate.line_model import add_context_model_features
from transforms.boilerplate.line_rules import line_text_features, per_distinct_text
from transforms.boilerplate.main_block import find_main_block, flag_outside_block
from transforms.boilerplate.repetition import flag_repeated_lines
from transforms.boilerplate.rules import MODEL_FEATURES, BoilerplateParams
from transforms.boilerplate.wrapped import join_wrapped_lines

# Features the steps read from each other, dropped from the result
_INTERMEDIATE = (
    "tokens", "line_rule", "block_rule", "is_repeated", "is_teaser", "is_tail_marker", "is_spared", "in_block",
    "in_box", "best_start", "best_end", "cut_at", *MODEL_FEATURES,
)  # fmt: skip


def classify_lines(
    lines: pl.LazyFrame, params: BoilerplateParams = BoilerplateParams(), *, repeated: pl.Series | None = None
) -> pl.LazyFrame:
    """Add `rule` (null for content and blank lines) plus the features the later stages read.

    `lines` as split_lines gives them: sorted by file, then line (every step reads a file's lines as one ordered run).
    `repeated`: the run's repeated line keys when `lines` are one batch of the run (see flag_repeated_lines).
    """
    return (
        lines.pipe(per_distinct_text, line_text_features)
        .pipe(flag_archive_toolbar)
        .pipe(flag_doubled_captions)
        .pipe(flag_repeated_lines, min_files=params.repeat_min_files, max_words=params.repeat_max_words,
              repeated=repeated)
        .pipe(join_wrapped_lines)
        .pipe(flag_teaser_runs, min_run=params.teaser_min_run)
        .pipe(add_context_model_features)
        .pipe(find_main_block, params)
        .pipe(flag_outside_block, title_lookback=params.title_lookback)
        .with_columns(
            pl.coalesce(
                pl.col("line_rule"),
                pl.when(pl.col("is_repeated")).then(pl.lit("repeated_across_files")),
                pl.when(pl.col("is_teaser")).then(pl.lit("teaser_list")),
                pl.col("block_rule"),
                pl.when(pl.col("in_box")).then(pl.lit("related")),
            ).alias("rule")
        )
        .pipe(flag_menu_neighbours, max_words=params.nav_max_words)
        .drop(*_INTERMEDIATE)
    )  # fmt: skip
