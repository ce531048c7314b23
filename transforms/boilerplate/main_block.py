"""The main content block of each file: body-text extraction over lines.

Each line gets a score (the line model's probability for kept lines, a cost for named boilerplate); runs of chrome
lines (walls) split a file into regions; in each region the block is the maximum-sum run of lines; blocks close to
the best one are kept; a comments/related marker after the article cuts what follows. flag_outside_block then
names the lines outside the blocks, sparing the article's title, signature and closing credit.
"""

from __future__ import annotations

import polars as pl

from transforms.boilerplate.line_model import line_content_probability
from transforms.boilerplate.rules import (
    CLOSING_CREDIT,
    CLOSING_CREDIT_LOOKAHEAD_LINES,
    DEFAULT_PARAMS,
    IN_ARTICLE_RULES,
    INLINE_BOX_MARKER,
    SIGNATURE,
    SIGNATURE_MAX_WORDS,
    WALL_UNNAMED_RULES,
    BoilerplateParams,
)
from transforms.boilerplate.windows import (
    cum_sum_in_file,
    file_id,
    file_start,
    fill_down,
    next_in_file,
    sum_in_file,
    sum_in_run,
)
from transforms.headings import TITLE_MAX_WORDS, heading_like

REGION = "_region"  # an integer per (file, region): windows over a region group by it
_TEMPORARY = (
    "_score", "_neg", "_run_start", REGION, "_prefix", "_before", "_min_before", "_gain", "_region_best", "_end",
    "_file_best", "_m", "_start", "_words_so_far", "_block_words", "_marker_count", "_rank", "_next_content_rank",
    "_box_marker", "_next_line", "_next_neutral",
)  # fmt: skip


def _kept() -> pl.Expr:
    """A line no single-line rule names and no teaser run holds."""
    return pl.col("line_rule").is_null() & ~pl.col("is_teaser")


def _content() -> pl.Expr:
    """A kept sentence line."""
    return _kept() & pl.col("is_prose") & pl.col("ends_sentence")


def find_main_block(lines: pl.LazyFrame, params: BoilerplateParams = BoilerplateParams()) -> pl.LazyFrame:
    """Add `in_block`, `best_start`/`best_end` (the best block's line numbers), `cut_at` and `in_box`.

    A kept line scores `2 * words * (p - model_threshold)` with p the line model's probability (a
    sentence line at least `sentence_floor` per word), a blank line 0, a line a rule named
    `-(nonprose_cost + nonprose_word_cost * words)`. A run of `wall_min_lines`+ negative lines
    holding `wall_min_named`+ lines named as chrome (a menu, a footer, a gallery; not a table or a list
    of the article) splits the file into regions; in each region the block is the
    maximum-sum run of lines (Kadane over prefix sums). Blocks scoring at least `region_keep_share` of
    the best one are kept (a second article of the page, the rest of an article cut by a long inline
    widget), and so are blocks scoring `region_article_score` (the articles of a long file, whose best block grows
    with it); a sentence line scoring 0 right after a block joins it, unless the block ends on a repeated
    line. `cut_at` is the first comments/related marker in a block with at least `tail_min_share` of
    the blocks' sentence words before it, whose wording (digits aside) occurs once in the file: a marker
    repeated after every post of a blog index does not end the page. A marker right after the best
    block counts too, so the comment thread after it is audited as after_comments. Blocks holding fewer than
    `block_min_words` sentence words in all leave `best_start`/`best_end` null: the file has no article block.
    A related-links marker in a block after which the block's sentences resume within `box_max_items`
    non-blank lines is an inline box: it cuts nothing, and it and the lines up to those sentences are `in_box`.
    `lines` sorted by file, then line, as split_lines gives them (windows over a file are scans).
    """
    return (
        lines.pipe(_score_lines, params)
        .pipe(_split_at_walls, params)
        .pipe(_best_block_per_region)
        .pipe(_extend_block)
        .pipe(_keep_blocks, params)
        .pipe(_cut_tail, params)
        .drop(*_TEMPORARY)
    )


def _score_lines(lines: pl.LazyFrame, params: BoilerplateParams) -> pl.LazyFrame:
    """`_score`: what the line adds to a block it is in (see find_main_block)."""
    kept, content, n_words = _kept(), _content(), pl.col("n_words")
    model_score = 2 * (line_content_probability() - params.model_threshold)
    score = (
        pl.when(pl.col("is_blank")).then(0.0)
        .when(content).then(pl.max_horizontal(model_score, params.sentence_floor) * n_words)
        .when(kept).then(model_score * n_words)
        .otherwise(-(params.nonprose_cost + params.nonprose_word_cost * n_words))
    )  # fmt: skip
    return lines.with_columns(score.alias("_score"))


def _split_at_walls(lines: pl.LazyFrame, params: BoilerplateParams) -> pl.LazyFrame:
    """`_region`: walls (runs of wall_min_lines+ non-blank negative lines, captions not counted, blank lines not
    breaking a run, holding wall_min_named+ lines named as chrome) open a new region of the file."""
    # a wall line named as chrome: by a rule that does not also name lines inside articles, by repetition or as a teaser
    named_chrome = (
        (pl.col("line_rule").is_not_null() & ~pl.col("line_rule").is_in(WALL_UNNAMED_RULES))
        | pl.col("is_repeated")
        | pl.col("is_teaser")
    )
    # a caption is no wall line: a photo gallery inside an article (alt texts, captions, credits) splits nothing
    wall_line = pl.col("_neg") & ~pl.col("is_blank") & ~pl.col("line_rule").is_in(IN_ARTICLE_RULES).fill_null(False)
    wall_start = (
        pl.col("_run_start") & pl.col("_neg") & (sum_in_run(wall_line, "_run_start") >= params.wall_min_lines)
        & (sum_in_run(wall_line & named_chrome, "_run_start") >= params.wall_min_named)
    )  # fmt: skip
    return (
        lines.with_columns(fill_down(pl.when(~pl.col("is_blank")).then(pl.col("_score") < 0), False).alias("_neg"))
        .with_columns((file_start() | (pl.col("_neg") != pl.col("_neg").shift(1))).fill_null(True).alias("_run_start"))
        .with_columns((file_start() | wall_start).cum_sum().alias(REGION))
    )


def _best_block_per_region(lines: pl.LazyFrame) -> pl.LazyFrame:
    """`_start`..`_end`: the maximum-sum run of each region (Kadane: it ends where the prefix sum minus the lowest
    earlier prefix is largest); `_region_best` its sum, `_file_best` the file's best region sum."""
    line_no = pl.col("line_no")
    return (
        lines.with_columns(pl.col("_score").cum_sum().over(REGION).alias("_prefix"))
        .with_columns((pl.col("_prefix") - pl.col("_score")).alias("_before"))
        .with_columns(pl.col("_before").cum_min().over(REGION).alias("_min_before"))
        .with_columns((pl.col("_prefix") - pl.col("_min_before")).alias("_gain"))
        .with_columns(pl.col("_gain").max().over(REGION).alias("_region_best"))
        .with_columns(
            pl.when(pl.col("_gain") == pl.col("_region_best")).then(line_no).min().over(REGION).alias("_end"),
            pl.col("_region_best").max().over(file_id()).alias("_file_best"),
        )
        .with_columns(pl.col("_min_before").filter(line_no == pl.col("_end")).first().over(REGION).alias("_m"))
        .with_columns(
            pl.when((line_no <= pl.col("_end")) & (pl.col("_before") == pl.col("_m"))).then(line_no).max()
            .over(REGION).alias("_start"),
        )  # fmt: skip
    )


def _extend_block(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The doubted sentence right after a block (a sentence line scoring 0) joins it, unless the block ends on a
    template line (repeated across files), whose author box or ad the sentence belongs to."""
    line_no = pl.col("line_no")
    nonblank = pl.when(~pl.col("is_blank"))
    return (
        lines.with_columns(
            # the next non-blank line, and whether it is a doubted sentence (0 / False: none in the file)
            next_in_file(nonblank.then(line_no), 0).alias("_next_line"),
            next_in_file(nonblank.then(_content() & (pl.col("_score") == 0)), False).alias("_next_neutral"),
        )
        .with_columns(
            pl.when(line_no == pl.col("_end"))
            .then(pl.when(pl.col("_next_neutral") & ~pl.col("is_repeated")).then(pl.col("_next_line"))
                  .otherwise(line_no))
            .max().over(REGION).alias("_end")
        )  # fmt: skip
    )


def _keep_blocks(lines: pl.LazyFrame, params: BoilerplateParams) -> pl.LazyFrame:
    """`in_block`: the lines of every region's block scoring at least region_keep_share of the file's best, or
    region_article_score; `best_start`/`best_end`: the best block."""
    line_no = pl.col("line_no")
    best = pl.col("_region_best") == pl.col("_file_best")
    return lines.with_columns(
        (
            (pl.col("_region_best") > 0)
            & (pl.col("_region_best") >= pl.min_horizontal(params.region_keep_share * pl.col("_file_best"),
                                                           params.region_article_score))
            & line_no.is_between(pl.col("_start"), pl.col("_end"))
        ).fill_null(False).alias("in_block"),
        pl.when(best).then(pl.col("_start")).min().over(file_id()).alias("best_start"),
        pl.when(best).then(pl.col("_end")).min().over(file_id()).alias("best_end"),
    )  # fmt: skip


def _cut_tail(lines: pl.LazyFrame, params: BoilerplateParams) -> pl.LazyFrame:
    """`cut_at`: the first tail marker ending the article (see find_main_block); `in_box`: an inline box's lines;
    `best_start`/`best_end` null when the blocks hold fewer than block_min_words sentence words."""
    line_no, in_block = pl.col("line_no"), pl.col("in_block")
    block_content = in_block & _content()
    words_in_block = pl.when(block_content).then(pl.col("n_words")).otherwise(0)
    has_block = (pl.col("_file_best") > 0) & (pl.col("_block_words") >= params.block_min_words)
    box_marker = (
        pl.col("is_tail_marker")
        & in_block
        & pl.col("phrase_key").str.contains(INLINE_BOX_MARKER)
        & (pl.col("_next_content_rank") > 0)
        & (pl.col("_next_content_rank") - pl.col("_rank") <= params.box_max_items + 1)
    )
    cut = (
        pl.col("is_tail_marker")
        & ~pl.col("_box_marker")
        & (in_block | (line_no > pl.col("best_end")))
        & (pl.col("_marker_count") == 1)
        & (pl.col("_words_so_far") >= params.tail_min_share * pl.col("_block_words"))
    )
    # from an inline box's marker down to the sentence line the article resumes with
    box_end = fill_down(pl.when(pl.col("_box_marker")).then(pl.col("_next_content_rank")), 0)
    return (
        lines.with_columns(
            cum_sum_in_file(~pl.col("is_blank")).alias("_rank"),
            pl.len().over(file_id(), pl.col("phrase_key").str.replace_all(r"\d+", "#")).alias("_marker_count"),
        )
        .with_columns(
            cum_sum_in_file(words_in_block).alias("_words_so_far"),
            sum_in_file(words_in_block).alias("_block_words"),
            # non-blank rank of the next sentence line of a block below this line (0: none)
            next_in_file(pl.when(block_content).then(pl.col("_rank")), 0).alias("_next_content_rank"),
        )
        .with_columns(
            pl.when(has_block).then(pl.col("best_start")).alias("best_start"),
            pl.when(has_block).then(pl.col("best_end")).alias("best_end"),
            box_marker.fill_null(False).alias("_box_marker"),
        )
        .with_columns(
            pl.when(cut).then(line_no).min().over(file_id()).alias("cut_at"),
            (~pl.col("is_blank") & (pl.col("_rank") < box_end) & ~block_content).fill_null(False).alias("in_box"),
        )
    )


def _spared() -> pl.Expr:
    """The article title, the author's signature right after the best block and its closing credit."""
    line_no, kept = pl.col("line_no"), _kept_outside()
    signature = (
        kept
        & (pl.col("_rank") == pl.col("_end_rank") + 1)
        & (pl.col("n_words") <= SIGNATURE_MAX_WORDS)
        & pl.col("clean").str.contains(SIGNATURE)
    )
    closing_credit = (
        (pl.col("_rank") == pl.col("_next_kept_rank"))
        & (pl.col("_rank") - pl.col("_end_rank") <= CLOSING_CREDIT_LOOKAHEAD_LINES)
        & (pl.col("n_words") <= SIGNATURE_MAX_WORDS)
        & pl.col("clean").str.contains(CLOSING_CREDIT)
    )
    return ((line_no == pl.col("_title_line")) | signature | closing_credit).fill_null(False)


def _kept_outside() -> pl.Expr:
    """A non-blank line no single-line rule, repetition or teaser run names."""
    return ~pl.col("is_blank") & pl.col("line_rule").is_null() & ~pl.col("is_repeated") & ~pl.col("is_teaser")


def flag_outside_block(lines: pl.LazyFrame, *, title_lookback: int = DEFAULT_PARAMS.title_lookback) -> pl.LazyFrame:
    """`block_rule`: nav_head before the best block, nav_tail after it (outside every kept block),
    after_comments after a tail marker.

    Spared (`is_spared`): the article title, the last title-shaped kept line at most `title_lookback`
    non-blank lines above the best block, the author's signature right after it ("Par Didier
    Barbé, vice-président ...") and the closing credit that is the first kept line after it within
    CLOSING_CREDIT_LOOKAHEAD_LINES ("Originally published on Live Science."). Files without a block keep every line.
    """
    by_file, line_no, kept = file_id(), pl.col("line_no"), _kept_outside()
    outside = ~pl.col("in_block") & pl.col("best_start").is_not_null()
    title = (
        kept
        & (line_no < pl.col("best_start"))
        & (pl.col("_start_rank") - pl.col("_rank") <= title_lookback)
        & heading_like(max_words=TITLE_MAX_WORDS)
    )
    return (
        lines.with_columns(cum_sum_in_file(~pl.col("is_blank")).alias("_rank"))
        .with_columns(
            pl.col("_rank").filter(line_no == pl.col("best_start")).first().over(by_file).alias("_start_rank")
        )
        .with_columns(pl.when(title).then(line_no).max().over(by_file).alias("_title_line"))
        .with_columns(
            pl.col("_rank").filter(line_no == pl.col("best_end")).first().over(by_file).alias("_end_rank"),
            pl.col("_rank").filter(kept & (line_no > pl.col("best_end"))).min().over(by_file).alias("_next_kept_rank"),
        )
        .with_columns(_spared().alias("is_spared"))
        .with_columns(
            pl.when(pl.col("is_blank") | pl.col("is_spared")).then(pl.lit(None, dtype=pl.String))
            .when(outside & (line_no < pl.col("best_start"))).then(pl.lit("nav_head"))
            .when(line_no > pl.col("cut_at")).then(pl.lit("after_comments"))
            .when(outside).then(pl.lit("nav_tail"))
            .alias("block_rule")
        )  # fmt: skip
        .drop("_rank", "_start_rank", "_end_rank", "_next_kept_rank", "_title_line")
    )
