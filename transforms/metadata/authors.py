"""Author names in byline lines: "Par X", "By X", "Posted by X on …", "Von X", "Door X", "Por X", "Di X",
"X | date", "X Zuletzt geändert am …", "X @handle". Names are kept as the byline writes them (several joined by
its own "and", "et", ","; a desk or outlet after a comma kept too), cut where a separator, a date, a time or an
@handle starts; a role after them ("Staff Writer", "envoyé spécial") is dropped. An author is people: two to four
capitalised words each, no organisation word ("Agency", "Press", "News"); else a desk placeholder
("La rédaction"), else null."""

from __future__ import annotations

import polars as pl

from transforms.metadata.rules import (
    AGENCY_AFTER_NAMES,
    AGENCY_LINE,
    AGENCY_TRAIL,
    AUTHOR_MAX_CHARS,
    BYLINE_CUE,
    DATE_THEN_NAME,
    GLUED_BYLINE,
    GLUED_CUE,
    NAME_END,
    NAME_THEN_DATE,
    NAME_THEN_HANDLE,
    NAMES,
    NEWS_AGENCY,
    ORGANISATION_WORD,
    PERSONS,
    PLACEHOLDER_AUTHOR,
    ROLE,
    ROLE_LEFT,
    SIGNATURE_LINE,
    TAIL_CREDIT,
)

EDGE = " ,;:.-–—|·•"


def _byline_names(clean: pl.Expr) -> pl.Expr:
    """What follows a byline cue at the start of the line, up to where the names end."""
    return clean.str.extract(f"(?:{BYLINE_CUE})(.*)$", 1).str.replace(NAME_END, "")


def _tidy(names: pl.Expr) -> pl.Expr:
    """Names without a cue or a publication cue glued to them, nor a role or a wire agency (no comma) after them."""
    glued = names.str.replace(GLUED_BYLINE, "$1").str.replace(GLUED_CUE, "$1").str.replace(AGENCY_TRAIL, "$1")
    glued = glued.str.strip_chars(EDGE)
    return glued.str.replace(ROLE, "$1").str.strip_chars(EDGE)


def _undoubled(column: str) -> pl.Expr:
    """A name written twice in a row by the flattening (link text, then plain text) once: "Sean Martin Sean Martin"."""
    words = pl.col(column).str.split(" ")
    half = words.list.len() // 2
    first, second = words.list.head(half).list.join(" "), words.list.tail(half).list.join(" ")
    return pl.when((words.list.len() % 2 == 0) & (first == second)).then(first).otherwise(pl.col(column))


def _are_people(names: pl.Expr) -> pl.Expr:
    """The names are people's (capitalised names, maybe an outlet after a comma, a wire agency in any case: "Anna
    Schmidt, dpa"), not an organisation or a role."""
    first = names.str.split(",").list.first()
    people = names.str.replace(AGENCY_AFTER_NAMES, "").str.contains(f"^(?:{PERSONS})$")
    return people & ~first.str.contains(ORGANISATION_WORD) & ~names.str.contains(ROLE_LEFT)


def _people(column: str) -> pl.Expr:
    """The names of `column` when they are people or a desk placeholder, else null."""
    names = pl.col(column)
    return pl.when((_are_people(names) | is_placeholder(names)) & (names.str.len_chars() <= AUTHOR_MAX_CHARS)).then(names)


def role_author(clean: pl.Expr) -> pl.Expr:
    """The person of a line that is a name and a role ("Jean Dupont, correspondant à Bruxelles"), else null."""
    return _people_names(_tidy(pl.when(clean.str.contains(ROLE)).then(clean)))


def byline_author(clean: pl.Expr) -> pl.Expr:
    """The names after a byline cue at the start of the line, when they are capitalised names ("By Jenna Park on
    March 3" -> "Jenna Park"), or a wire agency's credit line ("REUTERS"): the test that a line is a byline."""
    names = _byline_names(clean).str.strip_chars(EDGE)
    shaped = names.str.replace(AGENCY_AFTER_NAMES, "").str.contains(f"^(?:{NAMES})$") | is_placeholder(names)
    return pl.coalesce(pl.when(shaped & (names.str.len_chars() <= AUTHOR_MAX_CHARS)).then(names), agency_line_author(clean))


def add_line_authors(texts: pl.LazyFrame) -> pl.LazyFrame:
    """`texts` (column `clean`) with the author each line gives in each place, null when none:
    - `_by`: a byline: people (or a news agency) after its cue, else a name opening the line before an @handle,
      else a name followed by a role ("Bruce Y. Lee Senior Contributor");
    - `_dated_name`: the name of a "Claire Dubois | 12 mars 2019" line (the caller checks that a date follows; a
      section name, "Politique | 4 mai", is one word, not a person), or a wire agency's credit line;
    - `_name_line`: the person of a line that is only a name, maybe with an @handle, or a credit line.
    Each step is a materialised column, so each regex runs once per line."""
    c = pl.col
    cue = _byline_names(c("clean"))
    shapes = {
        "_handle": c("clean").str.extract(NAME_THEN_HANDLE, 1),
        "_role": pl.when(c("clean").str.contains(ROLE)).then(c("clean")),
        "_dated": pl.coalesce(c("clean").str.extract(NAME_THEN_DATE, 1), c("clean").str.extract(DATE_THEN_NAME, 1)),
        "_name": pl.when(c("_cue").is_null()).then(c("clean").str.replace(r"\s+@\S+$", "")),  # no cue word kept
    }
    names = ["_cue", *shapes]
    agency = c("_cue").str.strip_chars(EDGE)
    return (
        texts.with_columns(cue.alias("_cue"))
        .with_columns(**shapes, _credit=agency_line_author(c("clean")))
        .with_columns(pl.when(agency.str.contains(NEWS_AGENCY)).then(agency).alias("_agency"), *[_tidy(c(k)).alias(k) for k in names])
        .with_columns(_undoubled(k).alias(k) for k in names)
        .with_columns(_people(k).alias(k) for k in names)
        .with_columns(
            pl.coalesce("_cue", "_agency", "_handle", "_role").alias("_by"),
            pl.coalesce("_dated", "_credit").alias("_dated_name"),
            pl.coalesce("_name", "_credit").alias("_name_line"),
        )
        .drop(*names, "_credit", "_agency")
    )


def tail_credit_author(clean: pl.Expr) -> pl.Expr:
    """The names of a closing credit ("(Reporting by Jenna Park in London; Editing by Tom Lee)" -> Jenna Park,
    "Propos recueillis par Claire Dubois", "— Jenna Park"), else null."""
    credit = _people_names(byline_author(clean.str.extract(TAIL_CREDIT, 1).str.strip_chars(")")))
    return pl.coalesce(credit, _people_names(clean.str.extract(SIGNATURE_LINE, 1)))


def _people_names(names: pl.Expr) -> pl.Expr:
    """`names` when they are people's, else null."""
    return pl.when(_are_people(names) & (names.str.len_chars() <= AUTHOR_MAX_CHARS)).then(names)


def agency_line_author(clean: pl.Expr) -> pl.Expr:
    """The agency of a wire story's credit line ("Reuters, Washington,", "REUTERS")."""
    return clean.str.extract(AGENCY_LINE, 1)


def is_placeholder(author: pl.Expr) -> pl.Expr:
    """"La rédaction", "Staff", "Redaktion": a desk, used only when a page names nobody else."""
    return author.str.contains(PLACEHOLDER_AUTHOR)
