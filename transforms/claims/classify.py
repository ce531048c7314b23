"""Typing sentences: the features of each row (claim or not, which tables match), the cues in a main clause,
then the precedence of the types (type_claims)."""

from __future__ import annotations

import polars as pl

from transforms.claims.languages import NEVER
from transforms.claims.matching import (
    LANG, TAGGED, TAGGING, TEMP, TEXT, _contains, _first_table_match, _in_main_clause, _only, _subtracted,
)
from transforms.claims.numbers import COUNT_PAIR, _count_words, _has_count, extract_numbers
from transforms.claims.rewrite import _alternatives, _fast_all
from transforms.claims.rules import (
    ATTRIBUTION, CONDITIONAL, CONDITIONAL_OR_HEDGE, FORECAST_OR_FUTURE, HEDGE, IMPERATIVE, LANGS, MAIN_CLAUSE,
    NOT_IMPERATIVE, OPINION, PREDICTION, QUESTION, QUOTE_CLOSES, QUOTE_OPENS, QUOTED_SPAN, SPEAKER_PREFIX, STATISTIC,
    TERMINAL_PUNCT,
)

# Tables whose regex for all languages at once overflows the regex engine's DFA cache: tested per group (the
# languages not named share the last group)
ATTRIBUTION_GROUPS = (("fr",), ("en",), tuple(code for code in LANGS if code not in ("fr", "en")))
OPINION_GROUPS = (("fr",), tuple(code for code in LANGS if code != "fr"))

COUNTED_WORD = r"[\p{L}\d]+(?:['’-][\p{L}\d]+)*"  # a word, for the word count and the Title Case share
# What precedes the first character of a word: not a word character, nor an apostrophe or hyphen joined to one
# ("l'Europe" is one word). Matched with the character, it never matches twice in a word.
WORD_START = r"(?:^|^['’-]|[^\p{L}\d'’-]|[^\p{L}\d]['’-])"
TITLE_WORD_START = WORD_START + r"\p{Lu}"  # a word that opens with a capital
# the text opens with a word that only looks like an imperative
_STATEMENT_OPENING = TEXT.str.contains(_fast_all(NOT_IMPERATIVE)) if NOT_IMPERATIVE != NEVER else pl.lit(False)
# Regexes anchored at one end of the text read a few characters there, not the whole text: kept apart.
QUOTE_AT_START, QUOTE_AT_END = f"{QUOTE_OPENS}|{SPEAKER_PREFIX}", QUOTE_CLOSES


def _at_least_words(k: int) -> pl.Expr:
    """count_matches(COUNTED_WORD) >= k, found at the k-th word rather than by counting them all."""
    start = WORD_START + r"[\p{L}\d]"
    return TEXT.str.contains(f"(?:{start}(?s:.)*?){{{k - 1}}}{start}") if k > 0 else pl.lit(True)


def _features(
    lf: pl.LazyFrame, *, min_words: int, min_unpunctuated_words: int, max_title_case_share: float
) -> pl.LazyFrame:
    """Adds per row: is it a claim, which tables match. A type's table is tested on a superset of its rows (the
    precedence applies at the end); the match text and the main-clause counts are left to _on_cue_rows."""
    t = {name: pl.col(f"{TEMP}{name}") for name in (
        "enough_words", "long", "terminal", "digits", "imperative", "cue", "hedging", "hedge", "claim", "quote",
        "pairs", "count_pairs", "count_words", "statistic", "prospective", "forecast")}
    long_unpunctuated = t["long"] & ~t["terminal"]  # the only rows where the Title Case share matters
    n_words = _only(TEXT, long_unpunctuated).str.count_matches(COUNTED_WORD)
    n_title = _only(TEXT, long_unpunctuated).str.count_matches(TITLE_WORD_START)
    title_share = pl.when(n_words > 0).then(n_title.cast(pl.Float64) / n_words).otherwise(0.0)  # mean over words
    heading_like = ~t["long"] | (title_share > max_title_case_share)
    question = TEXT.str.contains(_alternatives(QUESTION)[0]) | TEXT.str.strip_chars_start().str.starts_with("¿")
    untyped = t["claim"] & ~t["quote"] & ~t["cue"]  # not a quote, not an attribution
    stated = untyped & ~t["statistic"] & ~t["forecast"]  # may be an opinion (if not a future)
    return (
        lf.with_columns(
            TAGGING,
            _at_least_words(min_words).alias(f"{TEMP}enough_words"),
            _at_least_words(min_unpunctuated_words).alias(f"{TEMP}long"),
            TEXT.str.contains(TERMINAL_PUNCT).alias(f"{TEMP}terminal"),
            TEXT.str.contains(r"\d").alias(f"{TEMP}digits"),  # a numeral has a digit
        )
        .with_columns(
            _contains(IMPERATIVE, pl.lit(True)).alias(f"{TEMP}imperative"),
            _contains(ATTRIBUTION, pl.lit(True), ATTRIBUTION_GROUPS).alias(f"{TEMP}cue"),  # its text: _on_cue_rows
            _contains(CONDITIONAL_OR_HEDGE, pl.lit(True)).alias(f"{TEMP}hedging"),
        )
        .with_columns(
            _contains(CONDITIONAL, t["hedging"]).alias(f"{TEMP}conditional"),  # in a main clause: _on_cue_rows
            _contains(HEDGE, t["hedging"]).alias(f"{TEMP}hedge"),
            # QUESTION is anchored at either end: "^\s*¿" is the text without its leading \s starting with "¿"
            (t["enough_words"] & ~question & ~(t["imperative"] & ~_STATEMENT_OPENING)
             & (t["terminal"] | ~heading_like)).alias(f"{TEMP}claim"),
        )
        .with_columns(
            (t["claim"] & (TEXT.str.contains(QUOTE_AT_START) | TEXT.str.contains(QUOTE_AT_END)
                           | _contains(QUOTED_SPAN, t["claim"] & t["cue"]))).alias(f"{TEMP}quote"),
            _only(TEXT, t["claim"] & t["digits"]).str.extract_all(COUNT_PAIR).alias(f"{TEMP}count_pairs"),
        )
        .with_columns(
            (t["claim"] & t["digits"] & (t["count_pairs"].list.len() > 0)).alias(f"{TEMP}pairs"),
            _count_words(t["count_pairs"]).alias(f"{TEMP}count_words"),
        )
        .with_columns(  # every STATISTIC alternative has a digit
            (_contains(STATISTIC, untyped & t["digits"]) | _has_count(t["count_words"], untyped & t["pairs"]))
            .alias(f"{TEMP}statistic"),
            _contains(FORECAST_OR_FUTURE, untyped).alias(f"{TEMP}prospective"),
        )
        .with_columns(_contains(PREDICTION, t["prospective"]).alias(f"{TEMP}forecast"))
        .with_columns(  # a forecast cue makes a prediction whatever the tense; a future counts in a main clause
            (t["prospective"] & ~t["forecast"]).alias(f"{TEMP}future"),
            (stated & (t["hedge"] | _contains(OPINION, stated, OPINION_GROUPS))).alias(f"{TEMP}stance"),  # idem
        )
    )


def _one_batch(lf: pl.LazyFrame) -> pl.LazyFrame:
    """The same rows, streamed on as one batch (imploded into one row, exploded back), so each regex below is
    compiled once per call: the streaming engine splits a frame into a batch per thread, and each thread would
    compile its own copy of the regexes of a call (it keeps too few of them), which costs more than matching them."""
    return lf.select(pl.all().implode()).explode(pl.all(), empty_as_null=False, keep_nulls=True)


def _on_cue_rows(lf: pl.LazyFrame) -> pl.LazyFrame:
    """Adds __cue (the attribution's text) and name! per MAIN_CLAUSE table (its cue is in a main clause), computed
    on the rows with such cues, joined back by row number (elsewhere null).

    Their regexes per language are given as columns (_pattern): a language with no such row costs no compilation.
    """
    c = pl.col
    has = {name: c(f"{TEMP}{name}") for name in ("cue", *MAIN_CLAUSE)}
    maybe = {name: c(f"{TEMP}{name}?") for name in MAIN_CLAUSE}
    found = (
        lf.filter(pl.any_horizontal(has.values()))
        .select(c(f"{TEMP}row"), TEXT, LANG, TAGGED, *has.values())
        .pipe(_first_table_match, "__cue", ATTRIBUTION, has["cue"])
        .with_columns(_subtracted(table, has[name], not_cue).alias(f"{TEMP}{name}?")
                      for name, (table, not_cue) in MAIN_CLAUSE.items())
        .select(
            c(f"{TEMP}row"), c("__cue"),
            *(((has[name] & ~maybe[name]) | _in_main_clause(table, maybe[name], not_cue)).alias(f"{TEMP}{name}!")
              for name, (table, not_cue) in MAIN_CLAUSE.items()),
        )
    )
    return lf.join(found, on=f"{TEMP}row", how="left", maintain_order="left")


def type_claims(
    sentences: pl.LazyFrame, *, text_col: str = "sentence", lang_col: str = "lang", min_words: int = 4,
    min_unpunctuated_words: int = 9, max_title_case_share: float = 0.5,
) -> pl.LazyFrame:
    """Adds is_claim (Boolean), claim_type (String from CLAIM_TYPES; set for every row), source_cue (String, null if none), numbers (List(String), numeric values as written, e.g. '13,3', '2.4', '1 000', '2017'), has_number (Boolean == numbers non-empty), is_hedged (Boolean)."""
    c = pl.col
    t = {name: c(f"{TEMP}{name}") for name in ("claim", "quote", "statistic", "forecast", "hedge", "numbers", "digits")}
    main = {name: c(f"{TEMP}{name}!").fill_null(False) for name in MAIN_CLAUSE}  # null: no such cue
    cue = c("__cue").str.strip_chars(" ,;:.")
    return (
        sentences.with_columns(
            c(text_col).cast(pl.String).fill_null("").alias("__text"),
            c(lang_col).cast(pl.String).fill_null("und").str.to_lowercase().str.slice(0, 2).alias("__lang"),
        )
        .with_row_index(f"{TEMP}row")
        .pipe(_one_batch)
        .pipe(_features, min_words=min_words, min_unpunctuated_words=min_unpunctuated_words,
              max_title_case_share=max_title_case_share)
        .pipe(_on_cue_rows)
        .with_columns(extract_numbers(_only(TEXT, t["digits"])).alias(f"{TEMP}numbers"))
        .with_columns(  # the precedence: quote > attribution > statistic > prediction > opinion > other
            t["claim"].alias("is_claim"),
            pl.when(~t["claim"]).then(pl.lit("other"))
            .when(t["quote"]).then(pl.lit("quote"))
            .when(c("__cue").is_not_null()).then(pl.lit("attribution"))
            .when(t["statistic"]).then(pl.lit("statistic"))
            .when(t["forecast"] | main["future"]).then(pl.lit("prediction"))
            .when(main["stance"] | main["conditional"]).then(pl.lit("opinion"))  # a conditional main clause too
            .otherwise(pl.lit("other")).alias("claim_type"),
            pl.when(cue.str.len_chars() > 0).then(cue).alias("source_cue"),
            t["numbers"].alias("numbers"),
            (t["numbers"].list.len() > 0).alias("has_number"),
            (t["hedge"] | main["conditional"]).alias("is_hedged"),
        )
        .drop("__text", "__lang", "__cue")
        .select(pl.exclude(f"^{TEMP}.*$"))
    )
