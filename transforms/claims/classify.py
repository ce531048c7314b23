"""Typing sentences: the features of each row (claim or not, which tables match), the cues in a main clause,
the numbers, then the precedence of the types (type_claims)."""

from __future__ import annotations

import polars as pl

from transforms.claims.alphabet import FOREIGN, _small, small_text
from transforms.claims.languages import NEVER
from transforms.claims.matching import (
    LANG, PER_LANGUAGE, PLAIN, TAGGED, TAGGING, TEMP, TEXT, _contains, _first_table_match, _in_main_clause, _only,
    _pattern, _per_lang, _subtracted, _twice,
)
from transforms.claims.numbers import COUNT_PAIR, _count_words, _has_count
from transforms.claims.quotes import quotation_balance
from transforms.claims.rewrite import _alternatives, _fast_all
from transforms.claims.rules import (
    ATTRIBUTION, CONDITIONAL, CONDITIONAL_OR_HEDGE, FINITE_VERB, FUTURE_TENSE, HEDGE, LANGS, MAIN_CLAUSE,
    NOT_A_CLAIM, NOT_IMPERATIVE, OPINION, OWN_REPORT, PREDICTION, QUESTION, QUOTE_CLOSES, QUOTE_OPENS, QUOTED_SPAN,
    SHAPES_OF_NON_CLAIMS, SPEAKER_PREFIX, STATISTIC, TERMINAL_PUNCT,
)
from transforms.claims.values import with_numbers
from transforms.sentences import one_batch as _one_batch  # classify._one_batch: the tests record its calls

# Tables whose regex for all languages at once overflows the regex engine's DFA cache: tested per group (the
# languages not named share the last group). ATTRIBUTION is read by its first match (_first_table_match), its
# groups serve the measurements of docs/tuning.md.
ATTRIBUTION_GROUPS = PER_LANGUAGE
OPINION_GROUPS = PER_LANGUAGE
PREDICTION_GROUPS = (("fr", "en"), tuple(code for code in LANGS if code not in ("fr", "en")))
VERB_GROUPS = tuple((code,) for code in FINITE_VERB)

COUNTED_WORD = r"[\p{L}\d]+(?:['’-][\p{L}\d]+)*"  # a word, for the word count and the Title Case share
# What precedes the first character of a word: not a word character, nor an apostrophe or hyphen joined to one
# ("l'Europe" is one word). Matched with the character, it never matches twice in a word.
WORD_START = r"(?:^|^['’-]|[^\p{L}\d'’-]|[^\p{L}\d]['’-])"
TITLE_WORD_START = WORD_START + r"\p{Lu}"  # a word that opens with a capital
# the text opens with a word that only looks like an imperative
_STATEMENT_OPENING = _fast_all(NOT_IMPERATIVE)
# Regexes anchored at one end of the text read a few characters there, not the whole text: kept apart.
QUOTE_AT_START, QUOTE_AT_END = f"{QUOTE_OPENS}|{SPEAKER_PREFIX}", QUOTE_CLOSES
BULLETS = "•·▪◦*-–—"  # list item marks ("o" too, followed by a space)
NUMBER_COLUMNS = {"numbers": pl.List(pl.String), "number_values": pl.List(pl.Float64), "units": pl.List(pl.String)}


def _at_least_words(k: int) -> pl.Expr:
    """count_matches(COUNTED_WORD) >= k, found at the k-th word rather than by counting them all."""
    start = WORD_START + r"[\p{L}\d]"
    return TEXT.str.contains(_small(f"(?:{start}(?s:.)*?){{{k - 1}}}{start}")) if k > 0 else pl.lit(True)


def _is_claim(t: dict[str, pl.Expr], *, min_unpunctuated_words: int, max_title_case_share: float) -> pl.Expr:
    """A declarative sentence: enough words, no question, command, set phrase or non-claim shape, and a final mark
    (or long enough and not in Title Case)."""
    # only a text without a final mark is measured: long enough, and not in Title Case
    n_words = _only(TEXT, ~t["terminal"]).str.count_matches(_small(COUNTED_WORD))
    n_title = _only(TEXT, ~t["terminal"]).str.count_matches(_small(TITLE_WORD_START))
    title_share = pl.when(n_words > 0).then(n_title.cast(pl.Float64) / n_words).otherwise(0.0)  # mean over words
    heading_like = (n_words < min_unpunctuated_words) | (title_share > max_title_case_share)
    # QUESTION is anchored at either end: "^\s*¿" is the text without its leading \s starting with "¿"
    question = (TEXT.str.contains(_small(_alternatives(QUESTION)[0]))
                | PLAIN.str.strip_chars_start().str.starts_with("¿"))
    statement_opening = _only(TEXT, t["not_claim"]).str.contains(_small(_STATEMENT_OPENING))  # read where it may matter
    # a list item with a verb (where a language gives its signs) is a sentence even without a final mark
    opening = PLAIN.str.strip_chars_start()
    bulleted = ((opening.str.slice(0, 1).is_in(list(BULLETS)) | opening.str.starts_with("o "))
                & LANG.is_in(list(FINITE_VERB)))
    return (t["enough_words"] & t["verb"] & ~question & ~(t["not_claim"] & ~statement_opening)
            & ~TEXT.str.contains(_small(SHAPES_OF_NON_CLAIMS)) & (t["terminal"] | ~heading_like | bulleted))


def _features(
    lf: pl.LazyFrame, *, min_words: int, min_unpunctuated_words: int, max_title_case_share: float,
    in_quotation: pl.Expr,
) -> pl.LazyFrame:
    """Adds per row: is it a claim, which tables match. A type's table is tested on a superset of its rows (the
    precedence applies at the end); the attribution's text too (__cue), the main-clause counts are left to
    _on_cue_rows."""
    t = {name: pl.col(f"{TEMP}{name}") for name in (
        "enough_words", "terminal", "digits", "not_claim", "verb", "cue", "hedging", "hedge", "claim", "quote",
        "pairs", "count_pairs", "count_words", "statistic", "forecast")}
    untyped = t["claim"] & ~t["quote"] & ~t["cue"]  # not a quote, not an attribution: typed by content
    stated = untyped & ~t["forecast"] & ~t["statistic"]  # may be an opinion
    verb_langs = LANG.is_in(list(FINITE_VERB))
    return (
        lf.with_columns(
            TAGGING,
            _at_least_words(min_words).alias(f"{TEMP}enough_words"),
            TEXT.str.contains(_small(TERMINAL_PUNCT)).alias(f"{TEMP}terminal"),
            TEXT.str.contains(_small(r"\d")).alias(f"{TEMP}digits"),  # a numeral has a digit
        )
        .with_columns(
            _contains(NOT_A_CLAIM, pl.lit(True)).alias(f"{TEMP}not_claim"),
            # a sign of a finite verb, in the languages that have one (elsewhere every sentence passes)
            # (a sentence inside a quotation is someone's words, with or without a verb): read on the other rows
            (_contains(FINITE_VERB, t["enough_words"] & verb_langs & ~in_quotation, VERB_GROUPS) | ~verb_langs
             | in_quotation).alias(f"{TEMP}verb"),
        )
        .with_columns(
            _is_claim(t, min_unpunctuated_words=min_unpunctuated_words, max_title_case_share=max_title_case_share)
            .alias(f"{TEMP}claim"),
        )
        # the type tables are read on the claims only; the attribution's text (__cue) found on every claim costs
        # less than a test of every claim, then the text on the rows that pass
        .pipe(_first_table_match, "__cue", ATTRIBUTION, t["claim"])
        .with_columns(
            pl.col("__cue").is_not_null().alias(f"{TEMP}cue"),
            _contains(CONDITIONAL_OR_HEDGE, t["claim"]).alias(f"{TEMP}hedging"),
        )
        .with_columns(
            _contains(CONDITIONAL, t["hedging"]).alias(f"{TEMP}conditional"),  # in a main clause: _on_cue_rows
            _contains(HEDGE, t["hedging"]).alias(f"{TEMP}hedge"),
            (t["claim"] & (in_quotation
                           | TEXT.str.contains(_small(QUOTE_AT_START)) | TEXT.str.contains(_small(QUOTE_AT_END))
                           | _contains(QUOTED_SPAN, t["claim"] & t["cue"]))).alias(f"{TEMP}quote"),
            _only(PLAIN, t["claim"] & t["digits"]).str.extract_all(COUNT_PAIR).alias(f"{TEMP}count_pairs"),
        )
        .with_columns(
            (t["claim"] & t["digits"] & (t["count_pairs"].list.len() > 0)).alias(f"{TEMP}pairs"),
            _count_words(t["count_pairs"]).alias(f"{TEMP}count_words"),
        )
        .with_columns(  # every STATISTIC alternative has a digit
            (_contains(STATISTIC, untyped & t["digits"]) | _has_count(t["count_words"], untyped & t["pairs"]))
            .alias(f"{TEMP}statistic"),
            _contains(PREDICTION, untyped, PREDICTION_GROUPS).alias(f"{TEMP}forecast"),
        )
        .with_columns(  # a forecast cue makes a prediction whatever the tense; a future counts in a main clause
            _contains(FUTURE_TENSE, untyped & ~t["forecast"]).alias(f"{TEMP}future"),
            # (a hedge already makes a stance: the opinion tables are read on the other rows)
            (stated & (t["hedge"] | _contains(OPINION, stated & ~t["hedge"], OPINION_GROUPS))).alias(f"{TEMP}stance"),
        )
    )


def _own_report() -> pl.Expr:
    """On rows with a cue (__cue): the author is its subject ("je souligne que", "I said"), so it is no source."""
    cue = pl.col("__cue")
    before = TEXT.str.slice(0, PLAIN.str.find(cue, literal=True))
    return before.str.contains(_pattern(_per_lang(OWN_REPORT), cue.is_not_null())).fill_null(False)


def _on_cue_rows(lf: pl.LazyFrame) -> pl.LazyFrame:
    """Nulls __cue (the attribution's text) where the author reports their own view (own!); adds name! per
    MAIN_CLAUSE table (its cue is in a main clause); each is computed on the rows with such a cue only (elsewhere
    null). Their regexes per language are given as columns (_pattern): a language with no such row costs no
    compilation."""
    c = pl.col
    has = {name: c(f"{TEMP}{name}") for name in MAIN_CLAUSE}
    maybe = {name: c(f"{TEMP}{name}?") for name in MAIN_CLAUSE}
    return (
        lf.with_columns(_own_report().alias(f"{TEMP}own!"))
        .with_columns(pl.when(~c(f"{TEMP}own!")).then(c("__cue")).alias("__cue"))
        .with_columns(_subtracted(table, has[name], not_cue).alias(f"{TEMP}{name}?")
                      for name, (table, not_cue) in MAIN_CLAUSE.items())
        .with_columns(_twice(table, maybe[name]).alias(f"{TEMP}{name}2") for name, (table, _) in MAIN_CLAUSE.items())
        .with_columns(
            pl.when(has[name])
            .then((has[name] & ~maybe[name]) | _in_main_clause(table, maybe[name], not_cue, c(f"{TEMP}{name}2")))
            .alias(f"{TEMP}{name}!")
            for name, (table, not_cue) in MAIN_CLAUSE.items()
        )
    )


def _with_numbers(lf: pl.LazyFrame) -> pl.LazyFrame:
    """Adds the NUMBER_COLUMNS (TEMP-prefixed), one row per row of lf, in order."""
    return with_numbers(lf, row=f"{TEMP}row", text=TEXT, lang=LANG, names=tuple(f"{TEMP}{n}" for n in NUMBER_COLUMNS))


def type_claims(
    sentences: pl.LazyFrame, *, text_col: str = "sentence", lang_col: str = "lang", in_quotation: str | None = None,
    min_words: int = 4, min_unpunctuated_words: int = 20, max_title_case_share: float = 0.5,
) -> pl.LazyFrame:
    """Adds is_claim (Boolean), claim_type (String from CLAIM_TYPES, null for non-claims), source_cue (String, null
    if none), numbers (List(String), the numerals as written: '13,3', '2.4', '1 000', '2017'), number_values
    (List(Float64), their values in the row's language, magnitudes folded in), units (List(String), null entries
    where none), has_number (Boolean == numbers non-empty), is_hedged (Boolean).

    `in_quotation`: a Boolean column, True where the sentence is inside a quotation: one an earlier sentence of its
    section opened and left open, or one it opens itself and leaves open (quotes.quotation_context); without it, each
    sentence is read alone (only the second case).
    """
    c = pl.col
    t = {name: c(f"{TEMP}{name}") for name in ("claim", "quote", "statistic", "forecast", "hedge")}
    main = {name: c(f"{TEMP}{name}!").fill_null(False) for name in (*MAIN_CLAUSE, "own")}  # null: no such cue
    cue = c("__cue").str.strip_chars(" ,;:.")
    return (
        sentences.with_columns(
            c(text_col).cast(pl.String).fill_null("").alias("__text"),
            c(lang_col).cast(pl.String).fill_null("und").str.to_lowercase().str.slice(0, 2).alias("__lang"),
            (c(in_quotation).fill_null(False) if in_quotation
             else (quotation_balance(c(text_col).cast(pl.String).fill_null("")) == 1).fill_null(False))
            .alias(f"{TEMP}in_quotation"),
        )
        .with_row_index(f"{TEMP}row")
        .pipe(_one_batch)  # before the numbers too: their regexes compiled once
        .pipe(_with_numbers)  # one linear chain: no part of the frame is read twice
        .pipe(_one_batch)  # the numbers' group_by hands its rows on in several batches
        .with_columns(TEXT.str.contains(FOREIGN).alias(f"{TEMP}foreign"))
        .with_columns(TEXT.alias(f"{TEMP}plain"), small_text(TEXT, c(f"{TEMP}foreign")).alias("__text"))  # typed on it
        .pipe(_features, min_words=min_words, min_unpunctuated_words=min_unpunctuated_words,
              max_title_case_share=max_title_case_share, in_quotation=c(f"{TEMP}in_quotation"))
        .pipe(_on_cue_rows)
        .with_columns(  # the precedence: quote > attribution > prediction > statistic > opinion > other
            t["claim"].alias("is_claim"),
            pl.when(~t["claim"]).then(pl.lit(None, dtype=pl.String))
            .when(t["quote"]).then(pl.lit("quote"))
            .when(c("__cue").is_not_null()).then(pl.lit("attribution"))
            .when(t["forecast"] | main["future"]).then(pl.lit("prediction"))
            .when(t["statistic"]).then(pl.lit("statistic"))
            .when(c(f"{TEMP}stance") | main["conditional"] | main["own"]).then(pl.lit("opinion"))
            .otherwise(pl.lit("other")).alias("claim_type"),
            pl.when(cue.str.len_chars() > 0).then(cue).alias("source_cue"),
            *(c(f"{TEMP}{name}").alias(name) for name in NUMBER_COLUMNS),
            (c(f"{TEMP}numbers").list.len() > 0).alias("has_number"),
            (t["hedge"] | main["conditional"]).alias("is_hedged"),
        )
        .drop("__text", "__lang", "__cue")
        .select(pl.exclude(f"^{TEMP}.*$"))
    )
