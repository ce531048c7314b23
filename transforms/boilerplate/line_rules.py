"""Features and rules that read a line alone: its clean text, words, sentence end, and the single-line rules."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from transforms.boilerplate.line_model import add_text_model_features
from transforms.boilerplate.rules import (
    ARROW_LINK,
    ARROW_LINK_MAX_WORDS,
    BULLET_PREFIX,
    BYLINE_CUE,
    BYLINE_MAX_WORDS,
    BYLINE_WORDS,
    CAPTION,
    CAPTION_CREDIT,
    CAPTION_MAX_WORDS,
    CJK,
    CJK_CHARS_PER_WORD,
    COMMENT_FORM,
    COMMENT_FORM_MAX_WORDS,
    COOKIE_LEAD,
    COOKIE_SENTENCE,
    COPYRIGHT,
    COUNTER,
    CSS_CLASSES,
    DATE_IN_LINE,
    DATE_ONLY,
    DATELINE_MAX_WORDS,
    DATELINE_MIN_SHARE,
    DATELINE_WORDS,
    FOLLOW_PROMPT,
    IMAGE_NAME,
    LONG_LINE_MAX_WORDS,
    NEWSLETTER_SENTENCE,
    PHRASE_MAX_WORDS,
    PHRASES,
    PROSE_LONG_WORDS,
    PROSE_MIN_WORDS,
    QUOTE_ATTRIBUTION,
    READING_TIME,
    RELATED_LINK,
    RELATED_LINK_MAX_WORDS,
    TAG_LINE,
    TAG_LINE_MAX_WORDS,
    TAIL_MARKER,
    TAIL_MARKER_MAX_WORDS,
    TERMINAL,
    TOKEN,
    TRUNCATED,
)
from transforms.lexicon import EDGE_SPACE, NO_BREAK_SPACES, char_class


def add_line_features(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Per-line features every rule reads: `clean` (no-break spaces as spaces, trimmed), words, sentence end,
    prose, lower-cased word `tokens`.

    `n_words` counts space-separated words plus one word per CJK_CHARS_PER_WORD Chinese/Japanese
    characters, so unspaced scripts are not all one-word lines.
    """
    clean = pl.col("text").str.replace_all(f"[{char_class(NO_BREAK_SPACES)}]", " ").str.replace_all(EDGE_SPACE, "")
    spaced_words = clean.str.count_matches(rf"[^\s\p{{Han}}\p{{Hiragana}}\p{{Katakana}}]+")
    cjk_words = clean.str.count_matches(CJK) // CJK_CHARS_PER_WORD
    return (
        lines.with_columns(clean.alias("clean"))
        .with_columns(
            (pl.col("clean") == "").alias("is_blank"),
            (spaced_words + cjk_words).cast(pl.Int32).alias("n_words"),
            (pl.col("clean").str.contains(TERMINAL) & ~pl.col("clean").str.contains(TRUNCATED)).alias(
                "ends_sentence"
            ),
            pl.col("clean")
            .str.replace(BULLET_PREFIX, "")
            .str.replace(r"[\s.:!?…,;|]+$", "")
            .str.to_lowercase()
            .str.replace_all(r"[’`]", "'")
            .str.replace_all(r"\s+", " ")
            .alias("phrase_key"),
            pl.col("clean").str.to_lowercase().str.extract_all(TOKEN).alias("tokens"),
        )
        .with_columns(
            (
                ((pl.col("n_words") >= PROSE_MIN_WORDS) & pl.col("ends_sentence"))
                | ((pl.col("n_words") >= PROSE_LONG_WORDS) & ~pl.col("clean").str.contains(TRUNCATED))
            ).alias("is_prose"),
        )
    )


def _first_rule(conditions: list[tuple[str, pl.Expr]]) -> pl.Expr:
    """The name of the first rule whose condition holds, else null."""
    expr = pl.lit(None, dtype=pl.String)
    for rule, condition in reversed(conditions):
        expr = pl.when(condition).then(pl.lit(rule)).otherwise(expr)
    return expr


def _whole_line(alternation: str) -> str:
    return rf"^(?:{alternation})$"


def _short_line_tokens() -> pl.Expr:
    """`tokens` of lines short enough for a byline or a dateline; longer lines get none (their tests never hold)."""
    tokens = pl.when(pl.col("n_words") <= max(BYLINE_MAX_WORDS, DATELINE_MAX_WORDS)).then(pl.col("tokens"))
    return tokens.otherwise(pl.lit([], dtype=pl.List(pl.String)))


def _byline_only(tokens: pl.Expr) -> pl.Expr:
    """Every word a byline word or a number: "Publié par le | Mis à jour le", "Posted on 3 May 2017"."""
    return tokens.list.eval(pl.element().is_in(BYLINE_WORDS) | pl.element().str.contains(r"^[\d_]+$")).list.all()


def _dateline(tokens: pl.Expr) -> pl.Expr:
    """A short line mostly of date, time and byline words (digits count as date words) around a full date."""
    clean = pl.col("clean")
    date_share = tokens.list.eval(pl.element().is_in(DATELINE_WORDS) | pl.element().str.contains(r"^\d"))
    return (
        (pl.col("n_words") <= DATELINE_MAX_WORDS)
        & clean.str.contains(DATE_IN_LINE)
        & ~clean.str.contains(QUOTE_ATTRIBUTION)
        & ~clean.str.ends_with(":")
        & (date_share.list.mean() >= DATELINE_MIN_SHARE)
    )


def _line_rule_conditions() -> list[tuple[str, pl.Expr]]:
    """(rule, condition) of every single-line rule, in precedence order."""
    words, key, clean = pl.col("n_words"), pl.col("phrase_key"), pl.col("clean")
    tokens = _short_line_tokens()
    # phrase rules that also name longer lines of their kind
    longer_forms = {
        "share": (words <= COMMENT_FORM_MAX_WORDS) & clean.str.contains(FOLLOW_PROMPT),
        "newsletter": (words <= COMMENT_FORM_MAX_WORDS) & clean.str.contains(NEWSLETTER_SENTENCE),
        "related": (words <= RELATED_LINK_MAX_WORDS) & clean.str.contains(RELATED_LINK),
        "navigation": (words <= TAG_LINE_MAX_WORDS) & clean.str.contains(TAG_LINE),
    }
    short = words <= PHRASE_MAX_WORDS
    return [
        ("counter", clean.str.contains(COUNTER)),
        ("css_classes", clean.str.contains(CSS_CLASSES) & ~clean.str.contains(", ")),
        ("cookie",
         ((words <= LONG_LINE_MAX_WORDS) & clean.str.contains(COOKIE_SENTENCE)) | clean.str.contains(COOKIE_LEAD)),
        ("copyright", (words <= LONG_LINE_MAX_WORDS) & clean.str.contains(COPYRIGHT)),
        ("comment_form", (words <= COMMENT_FORM_MAX_WORDS) & clean.str.contains(COMMENT_FORM)),
        *[
            (rule, (short & key.str.contains(_whole_line(alternation))) | longer_forms.get(rule, pl.lit(False)))
            for rule, alternation in PHRASES.items()
        ],
        ("pagination", (words <= ARROW_LINK_MAX_WORDS) & clean.str.contains(ARROW_LINK)),
        (
            "caption",
            ((words <= CAPTION_MAX_WORDS) & clean.str.contains(CAPTION))
            | ((words <= COMMENT_FORM_MAX_WORDS) & clean.str.contains(CAPTION_CREDIT))
            | clean.str.contains(IMAGE_NAME),
        ),
        ("byline_empty", (words <= BYLINE_MAX_WORDS) & clean.str.contains(BYLINE_CUE) & _byline_only(tokens)),
        ("date", clean.str.contains(DATE_ONLY) | _dateline(tokens) | clean.str.contains(READING_TIME)),
    ]  # fmt: skip


def flag_line_rules(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Name each line by the first matching single-line rule (`line_rule`); blank lines stay null.

    Also marks `is_tail_marker`: a comments/related heading after which the page may hold no article.
    """
    return lines.with_columns(
        pl.when(pl.col("is_blank")).then(pl.lit(None, dtype=pl.String)).otherwise(_first_rule(_line_rule_conditions()))
        .alias("line_rule"),
        (
            ~pl.col("is_blank")
            & (pl.col("n_words") <= TAIL_MARKER_MAX_WORDS)
            & pl.col("phrase_key").str.contains(TAIL_MARKER)
        ).alias("is_tail_marker"),
    )  # fmt: skip


def line_text_features(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Every feature and single-line rule that reads the line alone: add_line_features, flag_line_rules and
    add_text_model_features (the rest read the line's neighbours)."""
    return lines.pipe(add_line_features).pipe(flag_line_rules).pipe(add_text_model_features)


def per_distinct_text(lines: pl.LazyFrame, features: Callable[[pl.LazyFrame], pl.LazyFrame]) -> pl.LazyFrame:
    """`features` of the `text` column computed once per distinct text and joined back, rows in their order.

    Web text repeats by the line: a site's menus, footers and share bars are on every page, and a crawl holds
    syndicated and copied articles. `features` must read `text` alone, no other row.
    """
    lines = lines.cache()  # read twice below: its plan (the split of the files) runs once
    per_text = lines.select("text").unique().pipe(features)
    return lines.join(per_text, on="text", how="left", maintain_order="left", nulls_equal=True)
