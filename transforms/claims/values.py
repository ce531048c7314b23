r"""Every numeral of a sentence with its value and unit, read in the sentence's language: `numbers` (as written),
`number_values` (Float64) and `units` (String, null when none), three aligned lists.

A numeral's value: its digits read with the language's decimal mark (numbers.NUMBER finds "13,3", "1 000",
"40.000", "1,000.5"), times the magnitude word after it ("2,4 millions", "$12.9bn", "5 Mio."). Its unit: a
currency sign before it ("$", "HK$") or a unit symbol or word after it, past a magnitude and a "de"/"of"
("%", "°C", "km", "millions de dollars"); a time of day ("à 16 heures") has none. The first numeral of a range
takes the magnitude and the unit of the second when it has none ("2 à 3 millions", "8 à 12 °C", "2–3 hours").
"""

from __future__ import annotations

import re

import polars as pl

from transforms.claims.languages import LANGUAGES
from transforms.claims.numbers import (
    BETWEEN_NUMBERS, NUMBER, NUMBER_SPACE, NUMBER_TOKEN, UNGROUPED_NUMBER_TOKEN, VALID_NUMBER_TOKEN,
)
from transforms.claims.rules import LANGS

START, END = "\x01", "\x02"  # put around each numeral token to split the text there (neutralised in the text first)
OTHER = "xx"  # the key of languages without a block: every block's words

# Letters after a numeral that are a magnitude only for money ("$5m", "2M€", "£3bn"); elsewhere "5 m" is metres
MONEY_MAGNITUDES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "md": 1e9, "mds": 1e9, "tn": 1e12}
CURRENCY_SIGNS = {"$": "USD", "us$": "USD", "hk$": "HKD", "c$": "CAD", "a$": "AUD", "r$": "BRL", "€": "EUR",
                  "£": "GBP", "¥": "JPY", "chf": "CHF", "usd": "USD", "eur": "EUR", "gbp": "GBP"}
UNIT_SYMBOLS = {  # read alike in every language (lower-cased)
    "%": "%", "°c": "°C", "° c": "°C", "km/h": "km/h", "km": "km", "m²": "m²", "m2": "m²", "m": "m",
    "cm": "cm", "mm": "mm", "kg": "kg", "mg": "mg", "g": "g", "t": "t", "h": "h", "min": "min", "s": "s", "ms": "ms",
    "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "kw": "kW", "mw": "MW", "gw": "GW", "ha": "ha",
    "gb": "GB", "mb": "MB", "kb": "KB", "tb": "TB", "pts": "pts", "px": "px", "mph": "mph", "l": "l",
    "€": "EUR", "$": "USD", "£": "GBP", "k€": "EUR", "m€": "EUR",
}
TIME_OF_DAY = r"(?:^|\s)(?i:à|a las|a la|at|um|vers|dès|jusqu['’]à|alle|ore|hacia|desde las)\s*$"  # "à 16 heures"
RANGE = r"^\s*(?i:-|–|—|à|a|to|bis|y|et|and|e|al|au|ou|or|o)\s*$"  # "8 à 12 °C": the tail between two numerals
YEAR = r"^(?:1[89]|20)\d\d$"
_NOT_WORD = r"(?:[^\p{L}\d'’]|$)"  # what ends a word of the tables (an apostrophe glues it to the next word)


def _table(field: str, universal: dict[str, object]) -> pl.DataFrame:
    """(lang, word, value): each language's words and the universal ones; under OTHER every language's (the first
    language's value where they differ)."""
    per_lang = {code: {**universal, **getattr(words, field)} for code, words in LANGUAGES.items()}
    per_lang[OTHER] = {w: v for table in reversed(per_lang.values()) for w, v in table.items()}
    rows = [(code, w, v) for code, table in per_lang.items() for w, v in table.items()]
    return pl.DataFrame(rows, schema=["__lang_key", "__word", "__value"], orient="row")


def _alternation(words: object) -> str:
    """The words as a regex alternation, longest first (a space matches any run of spaces)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


MAGNITUDE_TABLE = _table("magnitudes", MONEY_MAGNITUDES)
UNIT_TABLE = _table("unit_words", UNIT_SYMBOLS)
MAGNITUDE_WORD = rf"^[\s\u00a0]*({_alternation(MAGNITUDE_TABLE['__word'].unique())})\.?{_NOT_WORD}"
UNIT_WORD = (rf"^[\s\u00a0+-]*(?:(?:de|of|des|del|di|dei|der)\s+|d['’])?({_alternation(UNIT_TABLE['__word'].unique())})"
             rf"{_NOT_WORD}")
CURRENCY_BEFORE = rf"({_alternation(CURRENCY_SIGNS)})\s*$"
_DOT_GROUPS = r"^\d{1,3}(?:\.\d{3})+(?:,\d+)?$"  # "40.000", "14.372,4"
_COMMA_GROUPS = r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$"  # "1,000", "1,000.5"
_SEVERAL_DOTS = r"^\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?$|^\d{1,3}\.\d{3},\d+$"  # only thousands: "1.000.000", "1.500,5"
_SEVERAL_COMMAS = r"^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$|^\d{1,3},\d{3}\.\d+$"
DECIMAL_COMMA = tuple(code for code, words in LANGUAGES.items() if words.decimal_comma)
DECIMAL_POINT = tuple(code for code, words in LANGUAGES.items() if not words.decimal_comma)


def numeral_value(numeral: pl.Expr, lang: pl.Expr) -> pl.Expr:
    """Float64 of a numeral as written. A dot followed by three digits groups thousands in a language with a
    decimal comma, a comma in one with a decimal point, either in other languages; several groups, or both
    marks, tell it anywhere. Otherwise the mark is the decimal one. Null if the numeral is no number ("1.2.3")."""
    digits = numeral.str.replace_all(NUMBER_SPACE, "")
    dot_thousands = digits.str.contains(_DOT_GROUPS) & (~lang.is_in(DECIMAL_POINT) | digits.str.contains(_SEVERAL_DOTS))
    comma_thousands = digits.str.contains(_COMMA_GROUPS) & (
        ~lang.is_in(DECIMAL_COMMA) | digits.str.contains(_SEVERAL_COMMAS)
    )
    return (
        pl.when(dot_thousands).then(digits.str.replace_all(".", "", literal=True).str.replace(",", ".", literal=True))
        .when(comma_thousands).then(digits.str.replace_all(",", "", literal=True))
        .otherwise(digits.str.replace(",", ".", literal=True))
        .cast(pl.Float64, strict=False)
    )


UNGROUPED = tuple(code for code, words in LANGUAGES.items() if not words.digit_group_space)


def _pieces(text: pl.Expr, lang: pl.Expr) -> pl.Expr:
    """The text split before each numeral token, the token closed by END: "a 5km b 6" -> ["a ", "5km\x02 b ", "6\x02"]."""
    marked = text.str.replace_all(f"[{START}{END}]", " ")
    for _ in range(2):  # twice: matches overlap in "1x2x3"
        marked = marked.str.replace_all(BETWEEN_NUMBERS, "${1}/${2}")
    around = f"{START}${{0}}{END}"
    return (
        pl.when(lang.is_in(UNGROUPED)).then(marked.str.replace_all(UNGROUPED_NUMBER_TOKEN, around))
        .otherwise(marked.str.replace_all(NUMBER_TOKEN, around)).str.split(START)
    )


def _lookup(frame: pl.LazyFrame, table: pl.DataFrame, word: str, out: str) -> pl.LazyFrame:
    """Adds `out`: the table's value of the lower-cased `word` column in the row's language (null if none)."""
    keyed = table.lazy().rename({"__word": word, "__value": out})
    return frame.join(keyed, on=["__lang_key", word], how="left", maintain_order="left")


def number_items(sentences: pl.LazyFrame, *, row: str, text: pl.Expr, lang: pl.Expr) -> pl.LazyFrame:
    """One row per sentence of `sentences` that has numerals: `row`, numbers, number_values, units (aligned lists)."""
    c = pl.col
    lang_key = pl.when(lang.is_in(LANGS)).then(lang).otherwise(pl.lit(OTHER)).alias("__lang_key")
    pieces = (
        sentences.select(c(row), lang_key, _pieces(text, lang).alias("__piece"))
        .explode("__piece")
        .with_columns(
            c("__piece").str.extract(f"^([^{END}]*){END}", 1).alias("__token"),
            pl.coalesce(c("__piece").str.extract(f"(?s){END}(.*)$", 1), c("__piece")).alias("__tail"),
        )
        .with_columns(c("__tail").shift(1).over(row).alias("__before"))
        .filter(c("__token").str.contains(VALID_NUMBER_TOKEN))
        .with_columns(
            c("__token").str.extract(f"^({NUMBER})", 1).alias("numbers"),
            pl.concat_str(c("__token").str.replace(f"^(?:{NUMBER})", ""), c("__tail")).str.to_lowercase()
            .alias("__head"),  # what follows the digits: glued letters, then the text up to the next numeral
            c("__before").str.to_lowercase().str.extract(CURRENCY_BEFORE, 1).alias("__currency"),
        )
        .with_columns(c("__head").str.extract(MAGNITUDE_WORD, 1).str.replace_all(r"\s+", " ").alias("__magnitude"))
        .with_columns(
            pl.when(c("__magnitude").is_not_null())  # after the magnitude: "millions de dollars"
            .then(c("__head").str.replace(MAGNITUDE_WORD.removesuffix(_NOT_WORD), ""))
            .otherwise(c("__head")).str.extract(UNIT_WORD, 1).str.replace_all(r"\s+", " ").alias("__unit_word"),
            c("__head").str.extract(UNIT_WORD, 1).str.replace_all(r"\s+", " ").alias("__head_unit_word"),  # "5 m"
        )
        .pipe(_lookup, MAGNITUDE_TABLE, "__magnitude", "__factor")
        .pipe(_lookup, UNIT_TABLE, "__unit_word", "__unit")
        .pipe(_lookup, UNIT_TABLE, "__head_unit_word", "__head_unit")
    )
    money = c("__currency").is_not_null() | c("__unit").is_in(list(dict.fromkeys(CURRENCY_SIGNS.values()))).fill_null(False)
    not_magnitude = c("__magnitude").is_in(list(MONEY_MAGNITUDES)) & ~money  # "5 m": metres, not millions
    factor = pl.when(not_magnitude).then(1.0).otherwise(c("__factor"))
    unit = pl.coalesce(
        c("__currency").replace_strict(CURRENCY_SIGNS, default=None),
        pl.when(not_magnitude).then(c("__head_unit")).otherwise(c("__unit")),
    )
    unit = (
        pl.when((unit == "h") & c("__before").str.contains(TIME_OF_DAY)).then(None)  # "à 16 heures": a time of day
        .when(c("numbers").str.contains(YEAR) & c("__head").str.starts_with("s")).then(None)  # "the 2020s": a decade
        .otherwise(unit)
    )
    # the first numeral of a range ("2 à 3 millions", "8 à 12 °C"; not a year: "en 2018 à 10 %") ...
    in_range = c("__tail").str.contains(RANGE) & ~c("numbers").str.contains(YEAR)
    return (
        pieces.with_columns(factor.alias("__factor"), unit.alias("units"))
        .with_columns(  # ... takes the magnitude and the unit of the second when it has none
            pl.when(c("__magnitude").is_null() & in_range).then(c("__factor").shift(-1).over(row))
            .otherwise(c("__factor")).fill_null(1.0).alias("__factor"),
            pl.when(c("units").is_null() & in_range).then(c("units").shift(-1).over(row))
            .otherwise(c("units")).alias("units"),
        )
        .with_columns((numeral_value(c("numbers"), c("__lang_key")) * c("__factor")).alias("number_values"))
        .group_by(row, maintain_order=True)
        .agg("numbers", "number_values", "units")
    )
