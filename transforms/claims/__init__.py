"""Type sentences as claims so an analyst can filter them: is_claim, claim_type, source_cue, numbers, is_hedged.

A claim is a declarative sentence that asserts something. Not claims: questions, imperatives (calls to
action), and headings or fragments (fewer than min_words words, or no final punctuation and short or
Title Case). Non-claims get claim_type "other", so filtering on a type never returns a question or a heading.

Precedence when several types apply (the first that matches wins):
    quote > attribution > statistic > prediction > opinion > other
Who says it decides how a claim is checked: verbatim words against the speaker, a reported claim against
its source, whatever its content; only the author's own claims are typed by content, measured quantities
first because they are the most checkable. Nothing is lost by the order: numbers, source_cue and is_hedged
are separate columns (a sourced figure is "attribution" with non-empty numbers).

Clause rule: a future or conditional verb only counts when it is not inside a que/qui/dont/si clause
("ça ne veut pas dire qu'il n'y aura pas ..." is not a prediction); the subordinate matches are counted
and subtracted, since the regex engine has no look-behind.

Numbers are the numerals as written (digits with their thousands and decimal separators: "13,3", "2.4",
"1 000" with a space, no-break or thin space, "60" of "60%", "2017"). A numeral glued to letters before it
is part of a name, not a value: "CO2", "Go2Market", "B2B", "COVID-19". Letters right after it count only
when they are a unit, a magnitude or an ordinal ("5km", "2M€", "3e", "21st"); otherwise ("3D", "5G",
"1Password") the token is a name too. "8x5", "5h45" are two numbers. Spelled-out numbers ("trois") are
not extracted, and a statistic needs digits.

Language: each rule is a table with one pattern per language, gathered from one block of words per language
(languages.py); rows whose lang is not in the table ('und', 'pt', ...) are matched against every language's
pattern joined.

Modules: languages (the words, one block per language) · rules (the types and the tables) · numbers (numerals
and counts) · rewrite (\\b-free forms of the patterns) · matching (the tables matched fast) · classify (type_claims).
"""

from __future__ import annotations

from transforms.claims.classify import (
    ATTRIBUTION_GROUPS,
    COUNTED_WORD,
    OPINION_GROUPS,
    QUOTE_AT_END,
    QUOTE_AT_START,
    TITLE_WORD_START,
    WORD_START,
    type_claims,
)
from transforms.claims.languages import LANGUAGES, NEVER, SOURCE_NAME, ClaimWords
from transforms.claims.matching import ALL_AT_ONCE, LANG, OTHER, SEP, TAGGED, TAGGING, TEMP, TEXT
from transforms.claims.numbers import (
    BETWEEN_NUMBERS,
    COUNT_PAIR,
    NUMBER,
    NUMBER_SPACE,
    NUMBER_SUFFIX,
    NUMBER_TOKEN,
    UNIT_SUFFIXES,
    VALID_NUMBER_TOKEN,
    extract_numbers,
)
from transforms.claims.rewrite import FAST_BOUNDARY, FAST_FORMS, GAP_FORMS
from transforms.claims.rules import (
    ATTRIBUTION,
    CLAIM_TYPE_DOCS,
    CLAIM_TYPES,
    CONDITIONAL,
    CONDITIONAL_OR_HEDGE,
    FORECAST_OR_FUTURE,
    FUTURE_TENSE,
    HEDGE,
    IMPERATIVE,
    LANGS,
    MAIN_CLAUSE,
    NOT_COUNTED,
    NOT_FUTURE,
    NOT_IMPERATIVE,
    OPINION,
    PREDICTION,
    QUESTION,
    QUOTE_CLOSES,
    QUOTE_OPENS,
    QUOTED_SPAN,
    SPEAKER_PREFIX,
    STANCE,
    STATISTIC,
    SUBORDINATE,
    TERMINAL_PUNCT,
)

__all__ = [
    "ALL_AT_ONCE",
    "ATTRIBUTION",
    "ATTRIBUTION_GROUPS",
    "BETWEEN_NUMBERS",
    "CLAIM_TYPES",
    "CLAIM_TYPE_DOCS",
    "CONDITIONAL",
    "CONDITIONAL_OR_HEDGE",
    "COUNTED_WORD",
    "COUNT_PAIR",
    "ClaimWords",
    "FAST_BOUNDARY",
    "FAST_FORMS",
    "FORECAST_OR_FUTURE",
    "FUTURE_TENSE",
    "GAP_FORMS",
    "HEDGE",
    "IMPERATIVE",
    "LANG",
    "LANGS",
    "LANGUAGES",
    "MAIN_CLAUSE",
    "NEVER",
    "NOT_COUNTED",
    "NOT_FUTURE",
    "NOT_IMPERATIVE",
    "NUMBER",
    "NUMBER_SPACE",
    "NUMBER_SUFFIX",
    "NUMBER_TOKEN",
    "OPINION",
    "OPINION_GROUPS",
    "OTHER",
    "PREDICTION",
    "QUESTION",
    "QUOTED_SPAN",
    "QUOTE_AT_END",
    "QUOTE_AT_START",
    "QUOTE_CLOSES",
    "QUOTE_OPENS",
    "SEP",
    "SOURCE_NAME",
    "SPEAKER_PREFIX",
    "STANCE",
    "STATISTIC",
    "SUBORDINATE",
    "TAGGED",
    "TAGGING",
    "TEMP",
    "TERMINAL_PUNCT",
    "TEXT",
    "TITLE_WORD_START",
    "UNIT_SUFFIXES",
    "VALID_NUMBER_TOKEN",
    "WORD_START",
    "extract_numbers",
    "type_claims",
]
