"""What a heading line looks like in flattened web text: shared by article titles and section headings."""

from __future__ import annotations

import polars as pl

from transforms.lexicon import BULLETS, DASHES, char_class

HEADING_MAX_WORDS = 15
HEADING_MAX_CHARS = 140
TITLE_MAX_WORDS = 20  # titles run longer than in-article headings
LIST_ITEM = rf"^(?:[{char_class(BULLETS, '*', DASHES)}]|o\s|\d{{1,3}}[.)]\s|[a-z][.)]\s|\()"  # bullets, "o " markers, "1.", "("
NO_HEADING_END = r"[.,;:!…]$"  # a heading does not end a sentence; "?" is allowed (question headings)
STARTS_UPPER = r"^[\p{Lu}\p{N}«\"“]"


def heading_like(
    *, max_words: int = HEADING_MAX_WORDS, max_chars: int = HEADING_MAX_CHARS, end: str = NO_HEADING_END,
    start: str = STARTS_UPPER,
) -> pl.Expr:
    """True for a short line that does not end a sentence, starts like a title, is not a list item and is not
    mostly numbers (a score line "Rockledge 14 11 6 15 — 44" is a table row, "Part 2" still a heading).

    `end`: what a heading never ends with; `start`: what it opens with. Reads the `clean` and `n_words` columns.
    """
    clean = pl.col("clean")
    return (
        pl.col("n_words").is_between(1, max_words)
        & (clean.str.len_chars() <= max_chars)
        & ~clean.str.contains(end)
        & ~clean.str.contains(LIST_ITEM)
        & clean.str.contains(start)
        & (clean.str.count_matches(r"\d+") * 2 <= pl.col("n_words"))
    )


# A page <title>'s trail of section and site names after the headline: "Headline | Section | Site". Two separators
# at least: one is as often inside a headline ("Milan Design Week 2018 | Michael Anastassiades' light installation").
TITLE_SEPARATOR = " | "
SITE_TRAIL = r"(?: \| [^|]+){2,}$"


def without_site_trail(title: pl.Expr) -> pl.Expr:
    """The title without its trail of section and site names, when the headline is its first and longest segment
    (longer than every other: it stays a prefix of the line, the text still starts with the title); else the
    title as it is."""
    segments = title.str.split(TITLE_SEPARATOR).list.eval(pl.element().str.count_matches(r"\S+"))
    first_longest = segments.list.first() > segments.list.slice(1).list.max()
    trimmed = title.str.replace(SITE_TRAIL, "")
    return pl.when(title.str.contains(SITE_TRAIL) & first_longest).then(trimmed).otherwise(title)
