"""Numerals as written, and counts: a numeral followed by the noun it counts ("200 CMOs", "180-day").

The regex engine has no look-around: tokens are taken with their glued letters, and bad tokens dropped after
(values.with_numbers).
"""

from __future__ import annotations

import polars as pl

from transforms.claims.languages import LANGUAGES
from transforms.claims.matching import LANG
from transforms.claims.rules import LANGS, NOT_COUNTED
from transforms.lexicon import DIGIT_GROUP_SPACES

DIGIT_GROUP_MARK = f"[{DIGIT_GROUP_SPACES}'’]"  # thousands separator: "1 000", "1\u202f000", Swiss "1'000"
UNGROUPED_NUMBER = r"\d+(?:[.,]\d+)*"  # "13,3" · "1,000.5" · "2017"
NUMBER = rf"\d{{1,3}}(?:{DIGIT_GROUP_MARK}\d{{3}})+(?:[.,]\d+)?|{UNGROUPED_NUMBER}"  # and "1 000,5"


def number_token(number: str) -> str:
    """A numeral with the letters glued to it; one glued to letters before it is a name, with what hyphens join to it
    ("COVID-19", "A350-900")."""
    return rf"\p{{L}}+-?(?:{number})(?:[\p{{L}}-]*(?:{number}))*\p{{L}}*|(?:{number})(?:\p{{L}}+(?:{number}))*\p{{L}}*"


NUMBER_TOKEN = number_token(NUMBER)
UNGROUPED_NUMBER_TOKEN = number_token(UNGROUPED_NUMBER)  # languages that never group digits with a space
# Symbols read alike in every language; an upper-case K glued to a numeral names a format ("5K", "4K display")
UNIT_SUFFIXES = "k|M|m|km|kg|mg|g|cm|mm|h|min|s|ms|x|px|GB|MB|KB|TB|Gb|Mb|kWh|MW|GW|ha|bn"
# Letters allowed right after a numeral: units, and the languages' magnitudes and ordinals
_SUFFIXES = dict.fromkeys(f"{UNIT_SUFFIXES}|{'|'.join(w.number_suffixes for w in LANGUAGES.values())}".split("|"))
NUMBER_SUFFIX = f"(?:{'|'.join(s for s in _SUFFIXES if s)})?"
VALID_NUMBER_TOKEN = rf"^(?:{NUMBER}){NUMBER_SUFFIX}$"
BETWEEN_NUMBERS = r"(\d)[x×h](\d)"  # "8x5min", "5h45": two numbers; rewritten to a '/' no number contains

# A count or measure: a free-standing numeral (not a bare 4-digit number a year may be, 1000-2099) then a word:
# "200 CMOs", "180-day", "3000 Demonstranten".
# The word before and the word after are checked per language: "Version 5.3", "Oct. 11", "5 mai", "40 qui".
COUNT_PAIR = (
    rf"(?:\p{{L}}+\.?\s+|^|[^\p{{L}}\d.,\-])(?:\d{{1,3}}(?:{DIGIT_GROUP_MARK}\d{{3}})+|\d{{1,3}}|2[1-9]\d\d|[3-9]\d{{3}}|\d{{5,}})(?:[.,]\d+)?"
    r"[\s\-‑]+(?:de\s+|d['’]|of\s+)?\p{L}{2,}"
)


def _count_words(pairs: pl.Expr) -> pl.Expr:
    """Per match of COUNT_PAIR, the word before the numeral ("" if none) and the word after it, lowercased."""
    return pairs.list.eval(pl.struct(
        pl.element().str.extract(r"^(\p{L}+)\.?\s", 1).str.to_lowercase().fill_null("").alias("before"),
        pl.element().str.extract(r"(\p{L}+)$", 1).str.to_lowercase().alias("after"),
    ))


def _has_count(pair_words: pl.Expr, rows: pl.Expr) -> pl.Expr:
    """A numeral followed by a noun-like word, unless the word before is a label or the word after a date/function word.
    `pair_words`: the _count_words of the text's COUNT_PAIR matches, on `rows` at least (found once for every language)."""
    def counted(rows: pl.Expr, before: list[str], after: list[str]) -> pl.Expr:
        word_before, word_after = pl.element().struct.field("before"), pl.element().struct.field("after")
        keep = ~word_before.is_in(before) & ~word_after.is_in(after)  # plain words: "^(?:a|b)$" is membership
        return rows & pl.when(rows).then(pair_words).list.eval(keep).list.any()

    words = {code: (before.split("|"), after.split("|")) for code, (before, after) in NOT_COUNTED.items()}
    parts = [counted(rows & (LANG == code), *words[code]) for code in LANGS]
    parts.append(counted(rows & ~LANG.is_in(LANGS), *(sum(w, []) for w in zip(*words.values(), strict=True))))
    return pl.any_horizontal(parts).fill_null(False)
