"""Author names in byline lines: "Par X", "By X", "Posted by X on …", "Von X", "Door X", "Por X", "Di X",
"X | date". Names are kept as the byline writes them (several joined by its own "and", "et", ","), cut where a
separator, a date, a time or an @handle starts."""

from __future__ import annotations

import polars as pl

from transforms.metadata.rules import (
    AUTHOR_MAX_CHARS,
    BYLINE_CUE,
    NAME_END,
    NAME_THEN_DATE,
    NAMES,
    PLACEHOLDER_AUTHOR,
)

EDGE = " ,;:.-–—|·•"


def _valid(names: pl.Expr) -> pl.Expr:
    """`names` when it is a list of capitalised names (or a desk placeholder) of a sane length, else null."""
    names = names.str.strip_chars(EDGE)
    shaped = names.str.contains(f"^(?:{NAMES})$") | is_placeholder(names)
    ok = shaped & (names.str.len_chars() <= AUTHOR_MAX_CHARS)
    return pl.when(ok).then(names)


def byline_author(clean: pl.Expr) -> pl.Expr:
    """The names after a byline cue at the start of the line ("By Jenna Park on March 3" -> "Jenna Park")."""
    rest = clean.str.extract(f"(?:{BYLINE_CUE})(.*)$", 1)
    return _valid(rest.str.replace(NAME_END, ""))


def dated_author(clean: pl.Expr) -> pl.Expr:
    """The name of a "Claire Dubois | 12 mars 2019" line (the caller checks that a date follows): two words at
    least, so a section name ("Politique | 4 mai") is not taken for a person."""
    name = clean.str.extract(NAME_THEN_DATE, 1)
    return pl.when(name.str.count_matches(r"\s+") >= 1).then(_valid(name))


def is_placeholder(author: pl.Expr) -> pl.Expr:
    """"La rédaction", "Staff", "Redaktion": a desk, used only when a page names nobody else."""
    return author.str.contains(PLACEHOLDER_AUTHOR)
