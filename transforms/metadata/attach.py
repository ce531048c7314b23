"""Each article's author and publication date, from the short lines around its head (its title line, else its
first line), removed lines included: bylines and datelines are audited as boilerplate but still say who wrote
the article and when.

A line belongs to the nearest article head above it (at most `after` lines below it), else to the nearest head
below it (at most `before` lines above that head). Lines below the head are read first, in order,
then those above it. The publication date is the first date not written after an update cue; a page that gives
only an update date ("Zuletzt geändert am 06.11.2023") gets none unless `update_fallback`. The author is the
first named person; a desk placeholder ("La rédaction") only when nobody is named.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from transforms.metadata.authors import add_line_authors, is_placeholder, tail_credit_author
from transforms.metadata.dates import add_publication_and_update
from transforms.metadata.rules import (
    AGENCY_LINE,
    BYLINE_CUE,
    CREDIT_START,
    DATE_HINT,
    ENGLISH_CUE,
    NAME_ONLY,
    NAME_THEN_HANDLE,
    READING_TIME,
    RELATIVE_TIME,
    ROLE,
    US_STYLE,
)

NAME_ONLY_MAX_WORDS = 7
META_MAX_WORDS = 30  # a byline or dateline is short; prose sentences that mention a date are not one


@dataclass(frozen=True)
class MetaParams:
    """How far from an article's head its byline and dateline may sit, in source lines."""

    after: int = 30
    before: int = 6
    update_fallback: bool = False
    name_after: int = 6  # a bare name line is a byline this close below the title
    prose_before_byline: int = 3  # sentence lines (standfirst, caption, promo) a byline below the head may follow


META_PARAMS = MetaParams()


def _counted_lines(lines: pl.LazyFrame, *columns: str) -> pl.LazyFrame:
    """`columns` of the short lines (see `_short_lines`) and the sentence lines, with `_prose_seen`: the sentence
    lines up to each line. The lines come in file order, so the difference between two lines of one file counts
    the sentence lines between them."""
    c = pl.col
    short = ~c("is_blank") & (c("n_words") <= META_MAX_WORDS) & ~c("is_prose")
    kept = lines.filter(short | c("is_prose")).select(*columns, "is_prose")
    return kept.with_columns(c("is_prose").cast(pl.Int32).cum_sum().alias("_prose_seen"))


def _short_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Non-blank lines short enough for a byline or a dateline and not a sentence (numeric tests only)."""
    counted = _counted_lines(lines, "source_path", "line_no", "clean", "n_words")
    return counted.filter(~pl.col("is_prose")).select("source_path", "line_no", "clean", "n_words", "_prose_seen")


def _hinted(near: pl.LazyFrame) -> pl.LazyFrame:
    """The `near` lines that may hold a date or a byline (cheap tests, once per distinct text), with what their text
    alone says (`_per_text`) and `_us`: whether their file's lines near its article heads write dates the US way
    (numeric dates then read month first)."""
    c = pl.col
    name_only = (c("n_words") <= NAME_ONLY_MAX_WORDS) & c("clean").str.contains(NAME_ONLY)
    handle = c("clean").str.contains(NAME_THEN_HANDLE) | c("clean").str.contains(AGENCY_LINE)
    beside = c("clean").str.contains(READING_TIME) | c("clean").str.contains(RELATIVE_TIME)  # lines beside a byline
    role_or_reading = c("clean").str.contains(ROLE) | beside
    hints = c("clean").str.contains(DATE_HINT) | c("clean").str.contains(BYLINE_CUE) | name_only | handle | role_or_reading
    per_text = near.select("clean", "n_words").unique().filter(hints).pipe(_per_text)
    hinted = near.join(per_text, on=["clean", "n_words"], how="inner", maintain_order="left")
    us_pages = hinted.group_by("source_path").agg(c("_us_line").any().alias("_us"))
    return hinted.drop("_us_line", "n_words").join(us_pages, on="source_path", how="left", maintain_order="left")


def _per_text(texts: pl.LazyFrame) -> pl.LazyFrame:
    """The author each line would give in each place (authors.add_line_authors; `_name_line` only on lines that are
    a name or a credit line), `_english` (ENGLISH_CUE), `_reading` (READING_TIME or RELATIVE_TIME: a line next to
    a byline with no date to read) and `_us_line` (US_STYLE)."""
    c = pl.col
    name_line = c("clean").str.contains(NAME_ONLY) | c("clean").str.contains(AGENCY_LINE)
    return texts.pipe(add_line_authors).with_columns(
        pl.when(name_line).then(c("_name_line")).alias("_name_line"),
        c("clean").str.contains(ENGLISH_CUE).alias("_english"),
        (c("clean").str.contains(READING_TIME) | c("clean").str.contains(RELATIVE_TIME)).alias("_reading"),
        c("clean").str.contains(US_STYLE).alias("_us_line"),
    )


def _read_meta(near: pl.LazyFrame, params: MetaParams) -> pl.LazyFrame:
    """Dates (`pub`, `upd`) and `author` of the lines near an article head. A line that is only a name is the
    author's when it sits at most `name_after` lines below the head, next to a dated line (2 lines away at most)
    or with one name-like line between them (4 lines)."""
    c = pl.col
    month_first = pl.when(c("_us")).then(True).when(c("_english")).then(None).otherwise(False)
    dated = c("pub").is_not_null() | c("upd").is_not_null()
    near_by = lambda k: (c("line_no").shift(k) - c("line_no")).abs() <= 2 * abs(k)  # noqa: E731
    same_doc = lambda k: (c("doc_id").shift(k) == c("doc_id")) & near_by(k)  # noqa: E731
    # the dated line is the next one, or the one after a name-like line ("Jenna Park" / "BBC News" / "3 March 2025")
    next_to_date = pl.any_horizontal(same_doc(k) & c("_dated").shift(k) for k in (1, -1, 2, -2))
    name_line = (c("_above") == 0) & (c("line_no") - c("_head")).is_between(1, params.name_after) & next_to_date
    return (
        near.pipe(add_publication_and_update, "clean", month_first=month_first)
        .with_columns((dated | c("_reading")).alias("_dated"))  # a reading time sits next to a byline too
        .sort("doc_id", "line_no")
        .with_columns(
            pl.coalesce(c("_by"), pl.when(dated).then(c("_dated_name")), pl.when(name_line).then(c("_name_line")))
            .alias("author")
        )
    )


def _tail_authors(lines: pl.LazyFrame, heads: pl.LazyFrame) -> pl.LazyFrame:
    """`_tail_author` per doc_id: the names of the first closing credit below its head (authors.tail_credit_author;
    the line may have left the text)."""
    c = pl.col
    credits = lines.filter(c("clean").str.contains(CREDIT_START))
    credits = credits.select("source_path", "line_no", tail_credit_author(c("clean")).alias("_tail_author"))
    asof = {"left_on": "line_no", "right_on": "_head", "by": "source_path", "check_sortedness": False}
    heads = heads.select("doc_id", "source_path", "_head")
    owned = credits.drop_nulls("_tail_author").join_asof(heads, strategy="backward", **asof)
    return owned.drop_nulls("doc_id").group_by("doc_id").agg(c("_tail_author").sort_by("line_no").first())


def add_article_metadata(documents: pl.LazyFrame, lines: pl.LazyFrame, *, params: MetaParams = META_PARAMS) -> pl.LazyFrame:
    """`documents` with `author` and `published_date` (null when none), read from `lines` (every classified line)."""
    c = pl.col
    documents = documents.cache()  # read twice below (the heads, the result): its plan runs once
    heads = documents.select(
        "doc_id", "source_path", pl.coalesce("title_line_no", "first_line_no").alias("_head")
    ).sort("_head")
    head_prose = _counted_lines(lines, "source_path", "line_no").select(
        "source_path", pl.col("line_no").alias("_head"), pl.col("_prose_seen").alias("_head_prose")
    )
    # the head lines' counts first (a semi join), then the left join: it costs less than a left join on every line
    head_prose = head_prose.join(heads.select("source_path", "_head"), on=["source_path", "_head"], how="semi")
    heads = heads.join(head_prose, on=["source_path", "_head"], how="left", maintain_order="left").cache()
    found = _short_lines(lines).cache()  # read by both joins below: filtered once
    # lines come in file order, heads are sorted: both sides are sorted within each file, which is all an as-of join
    # by file needs (Polars cannot check it within `by` groups and would warn)
    asof = {"left_on": "line_no", "right_on": "_head", "by": "source_path", "check_sortedness": False}
    below = found.join_asof(heads, strategy="backward", **asof)
    below = below.filter(c("line_no") - c("_head") <= params.after).cache()
    above = found.join_asof(heads, strategy="forward", **asof)
    above = above.filter((c("_head") - c("line_no") <= params.before) & (c("_head") > c("line_no")))
    # a line read below a head is not read again above the next one
    above = above.join(below.select("source_path", "line_no"), on=["source_path", "line_no"], how="anti")
    near = pl.concat([below.with_columns(pl.lit(0).alias("_above")), above.with_columns(pl.lit(1).alias("_above"))])
    # _hinted reads it several times and the lazy plan would compute it again per read: collected once
    near = _hinted(near.collect(engine="in-memory").lazy())
    # a name below the head after more sentence lines of the body than a standfirst and captions is a commenter's
    in_place = (c("_above") == 1) | (c("_prose_seen") - c("_head_prose") <= params.prose_before_byline)
    ranked = (
        _read_meta(near, params)
        .with_columns(
            (c("line_no") - c("_head")).abs().alias("_distance"),
            pl.when(in_place.fill_null(True)).then(c("author")).alias("author"),
        )
        .with_columns(pl.when(~is_placeholder(c("author"))).then(c("author")).alias("_named"))
        .sort("doc_id", "_above", "_distance")
    )
    date = c("pub").drop_nulls().first()
    if params.update_fallback:
        date = pl.coalesce(date, c("upd").drop_nulls().first())
    per_doc = ranked.group_by("doc_id", maintain_order=True).agg(  # plain first-of-group: Polars' fast path
        date.alias("published_date"),
        pl.coalesce(c("_named").drop_nulls().first(), c("author").drop_nulls().first()).alias("author"),
    )
    # the closing credit names the author when the head does not ("(Reporting by X; Editing by Y)")
    return (
        documents.join(per_doc, on="doc_id", how="left", maintain_order="left")
        .join(_tail_authors(lines, heads), on="doc_id", how="left", maintain_order="left")
        .with_columns(pl.coalesce("author", "_tail_author").alias("author"))
        .drop("_tail_author")
    )
