"""Type sentences as claims so an analyst can filter them: is_claim, claim_type, source_cue, numbers,
number_values, units, is_hedged.

A claim is a declarative sentence that asserts something; rules.py states the contract (CLAIM_TYPE_DOCS, the
precedence PRECEDENCE_DOC, NOT_A_CLAIM_DOC) that output/README.md prints through schemas/claims.py. Not claims:
questions, imperatives, set phrases, list headings, bracketed asides, colon fragments, datelines, captions,
headings and fragments (fewer than min_words words, no final punctuation and short or Title Case, or, where the
language block gives its signs, no sign of a finite verb outside a quotation). Non-claims
get no claim_type, so filtering on a type never returns a question or a heading.

Precedence when several types apply (the first that applies wins):
    quote > attribution > prediction > statistic > opinion > other
Who says it decides first: verbatim words against the speaker, a reported claim against its source, whatever its
content; then what the author asserts: a forecast is a prediction even with a figure, a measured quantity a
statistic. Nothing is lost by the order: numbers, source_cue and is_hedged are separate columns.

Quotations spanning sentences: a sentence inside a quotation opened by an earlier sentence of its section is a
quote (quotes.quotation_context computes it per section; type_claims reads it as `in_quotation`).

Clause rule: a future or conditional verb only counts when it is not inside a que/qui/dont/si clause
("ça ne veut pas dire qu'il n'y aura pas ..." is not a prediction); the subordinate matches are counted
and subtracted, since the regex engine has no look-behind.

Numbers are the numerals as written (digits with their thousands and decimal separators: "13,3", "2.4",
"1 000" with a space, no-break or thin space, "60" of "60%", "2017"). A numeral glued to letters before it
is part of a name, not a value: "CO2", "Go2Market", "B2B", "COVID-19". Letters right after it count only
when they are a unit, a magnitude or an ordinal ("5km", "2M€", "3e", "21st"); otherwise ("3D", "5G", "5K",
"1Password") the token is a name too. "8x5", "5h45" are two numbers. Spelled-out numbers ("trois") are
not extracted, and a statistic needs digits. values.py reads each numeral's value and unit.

Language: each rule is a table with one pattern per language, gathered from one block of words per language
(languages/); rows whose lang is not in the table ('und', 'pt', ...) are matched against every language's
pattern joined.

Modules: languages (the words, one block per language) · rules (the contract, the types and the tables) · numbers
(numerals and counts) · values (their values and units) · quotes (quotations across sentences) · rewrite
(\\b-free forms of the patterns) · alphabet (the small alphabet the rows are typed on) · matching (the tables matched
fast) · classify (type_claims).
"""

from __future__ import annotations

from transforms.claims.classify import (
    ATTRIBUTION_GROUPS,
    COUNTED_WORD,
    NUMBER_COLUMNS,
    OPINION_GROUPS,
    QUOTE_AT_END,
    QUOTE_AT_START,
    TITLE_WORD_START,
    WORD_START,
    type_claims,
)
from transforms.claims.languages import LANGUAGES, NEVER, SOURCE_NAME, ClaimWords
from transforms.claims.matching import ALL_AT_ONCE, LANG, OTHER, PLAIN, SEP, TAGGED, TAGGING, TEMP, TEXT
from transforms.claims.numbers import (
    BETWEEN_NUMBERS,
    COUNT_PAIR,
    DIGIT_GROUP_MARK,
    NUMBER,
    NUMBER_SUFFIX,
    NUMBER_TOKEN,
    UNGROUPED_NUMBER,
    UNGROUPED_NUMBER_TOKEN,
    UNIT_SUFFIXES,
    VALID_NUMBER_TOKEN,
)
from transforms.claims.quotes import CLOSING_MARK, OPENING_MARK, QUOTATION_MARK, quotation_balance, quotation_context
from transforms.claims.rewrite import FAST_BOUNDARY, FAST_FORMS, GAP_FORMS
from transforms.claims.rules import (
    ATTRIBUTION,
    CLAIM_TYPE_DOCS,
    CLAIM_TYPES,
    CONDITIONAL,
    CONDITIONAL_OR_HEDGE,
    FUTURE_TENSE,
    HEDGE,
    LANGS,
    MAIN_CLAUSE,
    NOT_A_CLAIM,
    NOT_A_CLAIM_DOC,
    NOT_COUNTED,
    NOT_FUTURE,
    NOT_IMPERATIVE,
    OPINION,
    OWN_REPORT,
    PRECEDENCE_DOC,
    PREDICTION,
    QUESTION,
    QUOTE_CLOSES,
    QUOTE_OPENS,
    QUOTED_SPAN,
    SHAPES_OF_NON_CLAIMS,
    SPEAKER_PREFIX,
    STATISTIC,
    SUBORDINATE,
    SUBORDINATE_ANY,
    TERMINAL_PUNCT,
)
from transforms.claims.values import numeral_value, with_numbers

__all__ = [
    "ALL_AT_ONCE",
    "ATTRIBUTION",
    "ATTRIBUTION_GROUPS",
    "BETWEEN_NUMBERS",
    "CLAIM_TYPES",
    "CLAIM_TYPE_DOCS",
    "CLOSING_MARK",
    "CONDITIONAL",
    "CONDITIONAL_OR_HEDGE",
    "COUNTED_WORD",
    "COUNT_PAIR",
    "ClaimWords",
    "DIGIT_GROUP_MARK",
    "FAST_BOUNDARY",
    "FAST_FORMS",
    "FUTURE_TENSE",
    "GAP_FORMS",
    "HEDGE",
    "LANG",
    "LANGS",
    "LANGUAGES",
    "MAIN_CLAUSE",
    "NEVER",
    "NOT_A_CLAIM",
    "NOT_A_CLAIM_DOC",
    "NOT_COUNTED",
    "NOT_FUTURE",
    "NOT_IMPERATIVE",
    "NUMBER",
    "NUMBER_COLUMNS",
    "NUMBER_SUFFIX",
    "NUMBER_TOKEN",
    "OPENING_MARK",
    "OPINION",
    "OPINION_GROUPS",
    "OWN_REPORT",
    "OTHER",
    "PLAIN",
    "PRECEDENCE_DOC",
    "PREDICTION",
    "QUESTION",
    "QUOTATION_MARK",
    "QUOTED_SPAN",
    "QUOTE_AT_END",
    "QUOTE_AT_START",
    "QUOTE_CLOSES",
    "QUOTE_OPENS",
    "SEP",
    "SHAPES_OF_NON_CLAIMS",
    "SOURCE_NAME",
    "SPEAKER_PREFIX",
    "STATISTIC",
    "SUBORDINATE",
    "SUBORDINATE_ANY",
    "TAGGED",
    "TAGGING",
    "TEMP",
    "TERMINAL_PUNCT",
    "TEXT",
    "TITLE_WORD_START",
    "UNGROUPED_NUMBER",
    "UNGROUPED_NUMBER_TOKEN",
    "UNIT_SUFFIXES",
    "VALID_NUMBER_TOKEN",
    "WORD_START",
    "numeral_value",
    "quotation_balance",
    "quotation_context",
    "type_claims",
    "with_numbers",
]
