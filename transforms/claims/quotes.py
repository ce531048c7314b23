r"""Quotations that run over several sentences: which sentences are inside a quotation.

A quotation mark opens or closes by its shape (« „ ‹ open, » ” › close) or, for " and “, by its place: after a space,
a bracket or a dash it opens, right after a character it closes („Wort“, "word"). A sentence with more opening than
closing marks leaves a quotation open; one with more closing marks closes it; a sentence after an interview prefix
(`Speaker : ...`) that closes none leaves the speaker's words open. A sentence is inside a quotation when the last
sentence before it in its section that opened or closed one opened it, or when it opens one itself.
"""

from __future__ import annotations

import polars as pl

from transforms.claims.rules import SPEAKER_PREFIX
from transforms.lexicon import (
    CLOSING_QUOTES,
    DOUBLE_QUOTE,
    LOW_OPENING_QUOTE,
    OPENING_QUOTES,
    SINGLE_GUILLEMETS,
    char_class,
)

_LEFT_DOUBLE = "“"  # opens in English and French, closes in German („ … “): its place decides
_SINGLE = "‘’"  # single quotation marks double as apostrophes: they neither open nor close a quotation here
OPENS_BY_PLACE = DOUBLE_QUOTE + _LEFT_DOUBLE
OPENS_BY_SHAPE = (
    "".join(c for c in OPENING_QUOTES if c not in _SINGLE + _LEFT_DOUBLE) + LOW_OPENING_QUOTE + SINGLE_GUILLEMETS[0]
)
CLOSES_BY_SHAPE = "".join(c for c in CLOSING_QUOTES if c not in _SINGLE) + SINGLE_GUILLEMETS[1]
QUOTATION_MARK = f"[{char_class(OPENS_BY_SHAPE, CLOSES_BY_SHAPE, OPENS_BY_PLACE)}]"
_BEFORE_OPENING = r"(?:^|[\s(\[—–-])"
OPENING_MARK = (
    f"[{char_class(OPENS_BY_SHAPE)}]|{_BEFORE_OPENING}{_LEFT_DOUBLE}|{_BEFORE_OPENING}{DOUBLE_QUOTE}[^\\s.,;:!?)\\]]"
)
CLOSING_MARK = f"[{char_class(CLOSES_BY_SHAPE)}]|[^\\s(\\[—–-][{char_class(OPENS_BY_PLACE)}]"


def marked_text(text: pl.Expr) -> pl.Expr:
    """The text where it holds a QUOTATION_MARK, else null."""
    return pl.when(text.str.contains(QUOTATION_MARK)).then(text)


def quotation_balance(text: pl.Expr, marked: pl.Expr | None = None) -> pl.Expr:
    """Int8: 1 when the text leaves a quotation open, -1 when it closes one, null when it does neither.

    `marked`: marked_text(text), best a column (an expression used twice is computed twice). Every other part is
    read once."""
    marked = marked_text(text) if marked is None else marked
    balance = marked.str.count_matches(OPENING_MARK).cast(pl.Int32) - marked.str.count_matches(CLOSING_MARK).cast(
        pl.Int32
    )
    # the sign where the marks open or close more; else (no mark, or as many of each) a speaker prefix opens one
    opens = pl.when(text.str.contains(SPEAKER_PREFIX)).then(pl.lit(1, pl.Int8))
    return pl.coalesce(balance.sign().cast(pl.Int8).replace(0, None), opens)


def quotation_context(
    sentences: pl.LazyFrame, *, key: str, order: str, text_col: str = "sentence", out: str = "in_quotation"
) -> pl.LazyFrame:
    """Adds Boolean `out`: the sentence is inside a quotation, opened by an earlier sentence of the same `key` (a
    section; sentences taken in `order`) and still open, or opened by the sentence itself and left open. Rows come
    out sorted by key, order."""
    c = pl.col
    text = c(text_col).fill_null("")
    first = (c(key) != c(key).shift(1)).fill_null(True)  # the section's first sentence: nothing opened before it
    previous = pl.when(first).then(pl.lit(-1, pl.Int8)).otherwise(c("__balance").shift(1))
    return (
        sentences.sort(key, order)
        .with_columns(marked_text(text).alias("__marked"))
        .with_columns(quotation_balance(text, c("__marked")).alias("__balance"))
        .with_columns(  # the last balance before, within the section, or its own
            ((previous.forward_fill() == 1) | (c("__balance") == 1).fill_null(False)).alias(out)
        )
        .drop("__marked", "__balance")
    )
