"""The headline of each file's first article, chosen among the lines around the start of its body, removed lines
included: a headline the block search cut as `nav_head` (or a repeated or teaser line) is restored as content.

Runs on classified lines (after boilerplate.classify_lines), so the audit and the articles read the same rules:
- `byline`: a short content line naming an author ("Par Claire Dubois") near the body start leaves the text;
- `date`: so does a date-only line the boilerplate rules kept ("12 maart 2019"), or one opening with a date;
- `above_title`: content lines between the body start and a headline chosen below it (a kicker, a rubric) leave it;
- the head, between the headline and the first paragraph: interface lines (rules.HEAD_CHROME: share, listen, copy
  link, neighbouring posts) and a one- or two-word label at the body start under a restored headline leave the text
  as `head_chrome`, photo credits as `caption`, bare names and bylines the name rules cannot read ("By 山田太郎") as
  `byline`, as are "names OUTLET" lines right above a dateline anywhere near the body start;
- `is_headline`: the chosen line, first content line of the file after both;
- a blog index's later post title that a rule removed between the like counters and its dateline is restored.
A candidate is title-shaped (headings.heading_like at title length, not `never_title`, not a byline) and lies at
most `before` non-blank lines above the first content line or `after` below it, above the first sentence line; or,
at most `jump` lines below it, past teasers and menus the block search kept as content, it repeats most of the
page's <title> and a dateline or byline sits right below it. Each scores by its distance to the body start
(lines below it, still above the first paragraph, score more: the last heading above the body is the headline),
plus the signs of a headline: a dateline or byline right below it (whatever rule removed it), the page's own title
(the file's first line, where the flattener put `<title>`) repeating it, being kept as content, its length, being
repeated in the window, a longer standfirst right below it, opening the file right above the first paragraph;
minus being a line repeated across files, a teaser of another article, or a sentence. The weights (TitleParams)
are fitted on the tune pages; the best score at least `min_score` wins; none: null.
"""

from __future__ import annotations

from dataclasses import dataclass

import polars as pl

from transforms.articles import ARTICLE_SEPARATOR_RULES, since_run_start, starts_run
from transforms.headings import TITLE_MAX_WORDS, heading_like
from transforms.metadata.attach import META_MAX_WORDS
from transforms.metadata.authors import byline_author, role_author
from transforms.metadata.rules import (
    BYLINE_CUE, CREDIT_LINE, DATE_FIRST, DATE_LINE, HEAD_CHROME, NAME_ONLY, NAME_THEN_HANDLE, NEVER_TITLE_PATTERNS,
    PHOTO_CREDIT, RESTORABLE_RULES,
)

TITLE_MAX_CHARS = 160
# \p{Lo}: letters without case (Chinese, Japanese, Korean); "iMac", "eBay": a brand's lower-case prefix
TITLE_START = r"^(?:[\p{Lu}\p{N}\p{Lo}«\"“‘'¿¡„]|\p{Ll}{1,2}\p{Lu})"
TITLE_BAD_END = r"[.,;:]$"
META_RULES = ("date", "byline_empty")  # boilerplate rules of lines that carry a date or an empty byline
BYLINE_MAX_WORDS = 12
CREDIT_MAX_WORDS = 8
NUMBERED_LEAD = r"^(\S*\d\S*\s+\S+)"  # "1a etapa", "2. Runde": a numbered list entry's opening
_CAPITALISED = r"(?:\p{Lu}[\p{L}\p{N}'’.-]*|\d+)"
# names and an outlet in capitalised words: "Kevin Johnson and Kevin McCoy USA TODAY", "Greg Beacham, AP"
CAPITALISED_NAMES = rf"^{_CAPITALISED}(?:,?\s+(?:(?:and|und|et|y|e|en|&)\s+)?{_CAPITALISED})*$"


@dataclass(frozen=True)
class TitleParams:
    """Window and weights of the headline choice (weights fitted on the tune pages, see docs/tuning.md)."""

    before: int = 40  # non-blank lines above the body start a headline may sit
    after: int = 6  # ... and below it (a kicker or rubric above the headline)
    jump: int = 60  # below it, past teasers kept as content: a line repeating the page <title>, a dateline under it
    jump_share: float = 0.6  # ... holding this share of the page <title>'s words at least
    cost_above: float = 0.08  # per non-blank line between a removed candidate and the body start
    below: float = 0.25  # per line below the body start: the last heading above the first paragraph is the headline
    meta_below: float = 2.75  # a dateline or byline two lines below at most (three past a standfirst)
    page_title: float = 6.5  # its words are a run of the file's first line's (the page <title>), times their share
    content: float = 0.6  # kept as content by the boilerplate rules
    repeated: float = 2.0  # a line repeated across files (site template), unless the page title repeats it
    teaser: float = 2.25  # a line of a teaser list (other articles' headlines)
    min_words: int = 3  # shorter lines score less, and are never restored: menus are one or two words
    short: float = 0.5
    per_word: float = 0.55  # longer lines score more (a headline against the rubric above it), up to 10 words
    twice: float = 2.0  # the same line twice in the window (breadcrumb and headline, headline and share text)
    prose: float = 4.5  # a sentence line ("!" or "?" at its end) is rather the lead, unless a byline or date is below
    dek_below: float = 2.5  # right above a longer heading-shaped line (the standfirst below a headline)
    dek_min_words: int = 10
    opening: float = 1.5  # the file opens with it, the first paragraph right below: plain text's headline, body
    min_score: float = 2.5  # below it, no line is headline enough: a wrong title is worse than none


TITLE_PARAMS = TitleParams()


def _file_rank() -> pl.Expr:
    """1-based rank of each non-blank line in its file (blank lines repeat the rank above)."""
    nonblank = (~pl.col("is_blank")).cast(pl.Int64)
    return since_run_start(nonblank.cum_sum(), starts_run("source_path")) + pl.when(starts_run("source_path")).then(
        nonblank
    ).forward_fill()


def _ranked(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Lines with `_i` (row index), `_f` (file id), `_r` (non-blank rank in the file) and `_anchor0` (the rank of
    the file's first content line)."""
    content = ~pl.col("is_blank") & pl.col("rule").is_null()
    return (
        lines.with_row_index("_i")
        .with_columns(_file_rank().alias("_r"), pl.col("source_path").rle_id().alias("_f"))
        .with_columns(pl.col("_r").filter(content).min().over("_f").alias("_anchor0"))
    )


def _window(ranked: pl.LazyFrame, p: TitleParams) -> pl.LazyFrame:
    """The non-blank lines from `before` above to `after` below each file's first content line and, in a file with a
    line further down (to `jump` below it) that may repeat the page's <title> (its first characters are in it), the
    lines down to the last such line and the three under it; with the file's first line (`_page_title`, where
    html-text puts the page's <title>) in words."""
    c = pl.col
    near = c("_r").is_between(c("_anchor0") - p.before, c("_anchor0") + p.after)
    further = c("_r").is_between(c("_anchor0") + p.after + 1, c("_anchor0") + p.jump)
    first_lines = ranked.filter((c("_r") == 1) & ~c("is_blank"))
    rows = ranked.filter(~c("is_blank") & (near | further)).select(
        "_i", "_f", "clean", "n_words", "is_prose", "wraps", "rule", "_r", "_anchor0"
    )
    opening = c("clean").str.to_lowercase().str.slice(0, 24)  # a literal test: cheaper than the words of every line
    maybe = (
        rows.filter(further & (c("n_words") >= 2) & ~c("is_prose"))
        .join(first_lines.select("_f", c("clean").str.to_lowercase().alias("_page_text")), on="_f")
        .filter(c("_page_text").str.contains(opening, literal=True))
        .group_by("_f")
        .agg(c("_r").max().alias("_last"))
    )
    far = rows.filter(further).join(maybe, on="_f").filter(c("_r") <= c("_last") + 3).drop("_last")
    return (
        pl.concat([rows.filter(near), far])
        .sort("_i")
        .join(first_lines.select("_f", _words(c("clean")).alias("_page_title")), on="_f", how="left", maintain_order="left")
    )


def _words(text: pl.Expr) -> pl.Expr:
    """Lower-cased words separated by one space, with a space at each end (for whole-word containment)."""
    return pl.concat_str(pl.lit(" "), text.str.to_lowercase().str.replace_all(r"[^\p{L}\p{N}]+", " ").str.strip_chars(), pl.lit(" "))


def title_shaped(end: str = TITLE_BAD_END) -> pl.Expr:
    """A headline's shape: headings.heading_like at title length, ending in "?" or "!" allowed, opening with a
    capital, a digit, a quote or a caseless letter (CJK). Reads `clean` and `n_words`."""
    return heading_like(max_words=TITLE_MAX_WORDS, max_chars=TITLE_MAX_CHARS, end=end, start=TITLE_START)


def never_title(text: pl.Expr) -> pl.Expr:
    """The line is never a headline: one of rules.NEVER_TITLE_PATTERNS matches it."""
    return pl.any_horizontal(text.str.contains(pattern) for pattern in NEVER_TITLE_PATTERNS)


def _line_shapes(lines: pl.LazyFrame) -> pl.LazyFrame:
    """`lines` with what their text alone says, computed once per distinct (`clean`, `n_words`): `_shaped`
    (title_shaped; `_shaped_dot` also when ending in a period), `_never` (never_title), `_chrome` (a
    HEAD_CHROME line), `_names` (a byline or a credit), `_name_only` (a bare name), `_cue` (a byline cue), `_photo` (a
    photo credit), `_credit` (names and an outlet in capitalised words), `_date_only`, `_lead` (a numbered
    line's first two words, the number masked) and `_words` (see `_words`)."""
    c = pl.col
    lines = lines.cache()  # read twice below: its plan (the window) runs once
    per_text = (
        lines.select("clean", "n_words")
        .unique()
        .with_columns(
            title_shaped().alias("_shaped"),
            title_shaped(end=r"[,;:]$").alias("_shaped_dot"),
            never_title(c("clean")).alias("_never"),
            c("clean").str.contains(HEAD_CHROME).alias("_chrome"),
            (
                byline_author(c("clean")).is_not_null() | c("clean").str.contains(CREDIT_LINE)
                | role_author(c("clean")).is_not_null() | c("clean").str.contains(NAME_THEN_HANDLE)
            ).alias("_names"),
            c("clean").str.to_lowercase().str.contains(f"{DATE_LINE}|{DATE_FIRST}").alias("_date_only"),
            c("clean").str.contains(NAME_ONLY).alias("_name_only"),
            c("clean").str.contains(BYLINE_CUE).alias("_cue"),
            c("clean").str.contains(PHOTO_CREDIT).alias("_photo"),
            ((c("n_words") <= CREDIT_MAX_WORDS) & c("clean").str.contains(CAPITALISED_NAMES)).alias("_credit"),
            c("clean").str.to_lowercase().str.extract(NUMBERED_LEAD, 1).str.replace_all(r"\d+", "#").alias("_lead"),
            _words(c("clean")).alias("_words"),
        )
    )
    return lines.join(per_text, on=["clean", "n_words"], how="left", maintain_order="left", nulls_equal=True)


def _in_page_title() -> pl.Expr:
    """The line's words are a run of the page's <title> words (the file's first line, itself excluded). Reads the
    `_words` of `_line_shapes`."""
    return pl.col("_page_title").str.contains(pl.col("_words"), literal=True) & (pl.col("_r") > 1)


def _one_word_apart(window: pl.LazyFrame, p: TitleParams) -> pl.LazyFrame:
    """`_one_apart`: a title-shaped line whose words and the page <title>'s differ by one word at most on each side
    ("Skyrim (skyrim) speed" against "Skyrim speed"), computed on those lines only (list sets are costly)."""
    c = pl.col
    title_words = c("_page_title").str.strip_chars().str.split(" ")
    line_words = c("_words").str.strip_chars().str.split(" ")
    shared = line_words.list.set_intersection(title_words).list.len()
    one_apart = (shared >= p.min_words + 1) & (shared >= line_words.list.len() - 1) & (shared >= title_words.list.len() - 1)
    apart = window.filter(c("_shaped") & (c("n_words") >= p.min_words + 1) & (c("_r") > 1)).select("_i", one_apart.alias("_one_apart"))
    return window.join(apart, on="_i", how="left", maintain_order="left").with_columns(c("_one_apart").fill_null(False))


def _same_file(k: int) -> pl.Expr:
    """The row `k` rows below is the file's `k`-th non-blank line below (the window may skip lines)."""
    return (pl.col("_f").shift(-k) == pl.col("_f")) & (pl.col("_r").shift(-k) == pl.col("_r") + k)


def _signs() -> dict[str, pl.Expr]:
    """Signs the score and the candidate test share, as columns (`_` + name): `page_share` (the share of the page
    title's words the line holds), `page_match` (they are a run of them: "Headline - Site"), `heading` and
    `meta_below` (a dateline or byline, whatever rule removed it, within two lines, or three when a standfirst sits
    between)."""
    c = pl.col
    page_share = (c("n_words") / c("_page_title").str.count_matches(r"\S+").clip(lower_bound=1)).clip(upper_bound=1.0)
    short = (c("n_words") <= BYLINE_MAX_WORDS) & ~c("is_prose")
    meta = c("rule").is_in(META_RULES).fill_null(False) | c("_byline") | (short & (c("_date_only") | c("_names")))
    heading = c("_shaped") & ~c("_never") & ~c("_byline") & ~meta
    meta_below = (
        (_same_file(1) & meta.shift(-1)) | (_same_file(2) & meta.shift(-2))
        | (_same_file(3) & heading.shift(-1) & meta.shift(-3))
    )  # fmt: skip
    page_match = (_in_page_title() | c("_one_apart")) & (c("n_words") >= 2)
    signs = {"page_share": page_share, "page_match": page_match, "heading": heading, "meta_below": meta_below}
    return {f"_{name}": sign for name, sign in signs.items()}


def _in_reach(p: TitleParams) -> pl.Expr:
    """At most `after` lines below the body start: where the near candidates and the head's rules are read."""
    return pl.col("_r") <= pl.col("_anchor0") + p.after


def _headline_signs(p: TitleParams) -> pl.Expr:
    """A candidate's score: its distance to the body start, plus the signs of a headline (see the module)."""
    c = pl.col
    page_share, page_match, meta_below = c("_page_share"), c("_page_match"), c("_meta_below")
    next_words = c("n_words").shift(-1)
    longer_below = (next_words >= p.dek_min_words) & (next_words > c("n_words"))
    dek_below = _same_file(1) & c("_heading").shift(-1) & longer_below
    distance = c("_r") - c("_anchor")
    opening = (c("_r") == 1) & (c("_first_prose") == 2)
    in_window_twice = _in_reach(p).cast(pl.Int32).sum().over("_f", "clean") > 1  # the same line twice within reach
    return (
        pl.when(distance <= 0).then(distance * p.cost_above).otherwise(distance * p.below)
        + pl.when(meta_below).then(p.meta_below).otherwise(0.0)
        + pl.when(page_match).then(page_share * p.page_title).otherwise(0.0)
        + pl.when(c("rule").is_null()).then(p.content).otherwise(0.0)
        - pl.when((c("rule") == "repeated_across_files") & ~page_match).then(p.repeated).otherwise(0.0)
        - pl.when(c("rule") == "teaser_list").then(p.teaser).otherwise(0.0)
        - pl.when(c("n_words") < p.min_words).then(p.short).otherwise(0.0)
        + c("n_words").clip(upper_bound=10) * p.per_word
        + pl.when((c("n_words") >= p.min_words) & _in_reach(p) & in_window_twice).then(p.twice).otherwise(0.0)
        # no byline under a lead; a question or exclamation headline sits right above the body's first sentence
        - pl.when(c("is_prose") & ~meta_below & (c("_r") + 1 != c("_first_prose"))).then(p.prose).otherwise(0.0)
        + pl.when(dek_below).then(p.dek_below).otherwise(0.0)
        + pl.when(opening).then(p.opening).otherwise(0.0)
    )


def _score_candidates(window: pl.LazyFrame, p: TitleParams) -> pl.LazyFrame:
    c = pl.col
    short_content = c("rule").is_null() & (c("n_words") <= BYLINE_MAX_WORDS) & ~c("is_prose")
    dateline_below = _same_file(1) & (c("rule").shift(-1).is_in(META_RULES) | c("_date_only").shift(-1)).fill_null(False)
    # a post-meta line: a date and a byline cue, with category and tag fields ("05/10/2018 - Publicado por: X - …")
    post_meta = c("rule").is_null() & (c("n_words") <= META_MAX_WORDS) & ~c("is_prose") & c("_date_only") & c("_cue")
    in_reach = _in_reach(p)
    is_byline = ((short_content & (c("_names") | (c("_credit") & dateline_below))) | post_meta) & in_reach
    # a date the boilerplate rules kept (a month name of a language they do not list) leaves the text too
    is_date = short_content & c("_date_only") & in_reach
    kept = c("rule").is_null() & ~c("_byline")
    shape = c("_shaped") & ~c("_never") & ~c("_byline")
    # an entry of a numbered list opens like its neighbour but for the number ("1a etapa: …", "2a etapa: …")
    same_lead = lambda k: _same_file(-k) & (c("_lead").shift(k) == c("_lead"))  # noqa: E731
    # further below, past teasers and menus kept as content: the page <title>'s headline with its dateline
    jumped = ~in_reach & c("_page_match") & (c("_page_share") >= p.jump_share) & c("_meta_below")
    candidate = (
        shape
        & ~(same_lead(1) | same_lead(-1)).fill_null(False)
        & ~c("wraps")  # a hard-wrapped line running on into the next is no headline
        & (c("rule").is_null() | (c("rule").is_in(RESTORABLE_RULES) & (c("n_words") >= p.min_words)))
        & ((in_reach & (c("_r") < c("_first_prose").fill_null(c("_r") + 1))) | jumped)
        & ((c("_r") > 1) | (c("_r") == c("_anchor")) | c("_meta_below"))  # the page <title> line is no headline, but a
        # plain text file opens with its headline, a byline or dateline under it
    )
    return (
        window.pipe(_line_shapes)
        .pipe(_one_word_apart, p)
        # a headline ending in a period is still one where the page's <title> repeats it
        .with_columns(c("_shaped") | (c("_shaped_dot") & _in_page_title() & (c("n_words") >= p.min_words + 1)))
        .with_columns(
            is_byline.alias("_byline"),
            pl.when(is_date).then(pl.lit("date")).otherwise(c("rule")).alias("rule"),
        )
        .with_columns(c("_r").filter(kept).min().over("_f").alias("_anchor"))
        .with_columns(  # the body: a sentence line that is not a headline ending in "?" or "!"
            c("_r").filter(kept & c("is_prose") & ~c("_shaped") & (c("_r") >= c("_anchor")) & in_reach).min().over("_f")
            .alias("_first_prose"),
        )
        .with_columns(**_signs())
        .with_columns(pl.when(candidate).then(_headline_signs(p)).alias("_score"))
        .with_columns(c("_score").max().over("_f").alias("_best"))
        .with_columns(
            c("_r").filter((c("_score") == c("_best")) & (c("_best") >= p.min_score)).min().over("_f").alias("_title_r")
        )
    )


def _post_heads(ranked: pl.LazyFrame) -> pl.LazyFrame:
    """Row indexes of a blog index's later post titles that a rule removed (`menu_run` between the like counters
    and the dateline): a title-shaped line right after separator lines and right before a dateline."""
    c = pl.col
    same_file = lambda k: c("_f").shift(k) == c("_f")  # noqa: E731
    nonblank = ranked.filter(~c("is_blank")).select("_i", "_f", "rule", "clean", "n_words")
    return (
        nonblank.filter(  # cheap tests on every line first, the shape only on what is left
            c("rule").is_in(RESTORABLE_RULES)
            & same_file(1) & c("rule").shift(1).is_in(ARTICLE_SEPARATOR_RULES)
            & same_file(-1) & c("rule").shift(-1).is_in(META_RULES)
        )
        .pipe(_line_shapes)
        .filter(c("_shaped") & ~c("_never"))
        .select("_i", pl.lit(None, dtype=pl.String).alias("_rule"), pl.lit(False).alias("is_headline"))
    )  # fmt: skip


def restore_titles(lines: pl.LazyFrame, *, params: TitleParams = TITLE_PARAMS) -> pl.LazyFrame:
    """Classified lines (sorted by file and line) with the first article's headline restored and `is_headline` set;
    bylines near the body start named `byline`, content lines above a headline chosen below the body start
    named `above_title`, interface lines under it `head_chrome`. Lines outside the window keep their rule."""
    ranked = _ranked(lines).cache()  # read three times below: the classification runs once
    c = pl.col
    content = c("rule").is_null()
    # between the headline and the first paragraph: the article's head
    in_head = content & (c("_r") > c("_title_r")) & (c("_r") < c("_first_prose").fill_null(0)) & _in_reach(params)
    decisions = (
        _score_candidates(_window(ranked, params), params)
        # past `after`, only a headline found there and the lines above it are decided here
        .filter(_in_reach(params) | (c("_r") <= c("_title_r")).fill_null(False))
        .select(
            "_i",
            pl.when(c("_r") == c("_title_r")).then(pl.lit(None, dtype=pl.String))
            .when(c("_byline")).then(pl.lit("byline"))
            .when(content & (c("_r") < c("_title_r")) & (c("_r") >= c("_anchor"))).then(pl.lit("above_title"))
            .when(in_head & c("_chrome")).then(pl.lit("head_chrome"))
            .when(in_head & (c("_name_only") | (c("_cue") & (c("n_words") <= BYLINE_MAX_WORDS) & ~c("is_prose"))))
            .then(pl.lit("byline"))
            .when(in_head & c("_photo")).then(pl.lit("caption"))
            .when(in_head & (c("_r") == c("_anchor")) & (c("n_words") < params.min_words) & ~c("is_prose"))
            .then(pl.lit("head_chrome"))
            .otherwise(c("rule")).alias("_rule"),
            (c("_r") == c("_title_r")).fill_null(False).alias("is_headline"),
        )
    )  # fmt: skip
    decisions = pl.concat([decisions, _post_heads(ranked)]).unique("_i", keep="first", maintain_order=True).sort("_i")
    # the window's rows are few: a join on the sorted row index costs less than the rules' expressions on every line
    return (
        ranked.drop("_f", "_r", "_anchor0")
        .join(decisions, on="_i", how="left", maintain_order="left")
        .with_columns(
            pl.when(c("is_headline").is_not_null()).then(c("_rule")).otherwise(c("rule")).alias("rule"),
            c("is_headline").fill_null(False),
        )
        .drop("_i", "_rule")
    )


def mark_titles(article_lines: pl.LazyFrame) -> pl.LazyFrame:
    """`is_title` of assign_articles, kept on a file's first article only for its chosen headline (null title when
    none qualified) and on later articles (blog posts) only when the opening line is not never_title."""
    c = pl.col
    first_article = c("article_index") == 0
    # the regex runs on the later articles' opening lines only (a few per file), joined back on the row index
    never = (
        article_lines.with_row_index("_i")
        .filter(c("is_title") & ~first_article)
        .select("_i", never_title(c("clean")).alias("_never"))
    )
    later_title = c("is_title") & ~c("_never").fill_null(False)
    is_title = pl.when(first_article).then((c("line_idx") == 0) & c("is_headline")).otherwise(later_title)
    return (
        article_lines.with_row_index("_i")
        .join(never, on="_i", how="left", maintain_order="left")
        .with_columns(is_title.alias("is_title"))
        .drop("_i", "_never")
    )
