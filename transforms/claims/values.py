r"""Every numeral of a sentence with its value and unit, read in the sentence's language: `numbers` (as written),
`number_values` (Float64) and `units` (String, null when none), three aligned lists (with_numbers).

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
    BETWEEN_NUMBERS, DIGIT_GROUP_MARK, NUMBER, NUMBER_TOKEN, UNGROUPED_NUMBER_TOKEN, VALID_NUMBER_TOKEN,
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


def _table(field: str, universal: dict[str, object]) -> dict[str, dict[str, object]]:
    """{lang: {word: value}}: each language's words and the universal ones; under OTHER every language's (the first
    language's value where they differ)."""
    per_lang = {code: {**universal, **getattr(words, field)} for code, words in LANGUAGES.items()}
    per_lang[OTHER] = {w: v for table in reversed(per_lang.values()) for w, v in table.items()}
    return per_lang


def _alternation(words: object) -> str:
    """The words as a regex alternation, longest first (a space matches any run of spaces)."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


MAGNITUDE_TABLE = _table("magnitudes", MONEY_MAGNITUDES)
UNIT_TABLE = _table("unit_words", UNIT_SYMBOLS)
MAGNITUDE_WORD = rf"^[\s\u00a0]*({_alternation(MAGNITUDE_TABLE[OTHER])})\.?{_NOT_WORD}"
UNIT_WORD = rf"^[\s\u00a0+-]*(?:(?:de|of|des|del|di|dei|der)\s+|d['’])?({_alternation(UNIT_TABLE[OTHER])}){_NOT_WORD}"
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
    digits = numeral.str.replace_all(DIGIT_GROUP_MARK, "")
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
    around = f"{START}${{0}}{END}"
    ungrouped = lang.is_in(UNGROUPED)
    return pl.coalesce(
        pl.when(ungrouped).then(text).str.replace_all(UNGROUPED_NUMBER_TOKEN, around),
        pl.when(~ungrouped).then(text).str.replace_all(NUMBER_TOKEN, around),
    ).str.split(START)


def _marked(text: pl.Expr) -> pl.Expr:
    """The text with START and END neutralised and "8x5", "5h45" cut into two numerals ("8/5", "5/45")."""
    marked = text.str.replace_all(f"[{START}{END}]", " ")
    for _ in range(2):  # twice: matches overlap in "1x2x3"
        marked = marked.str.replace_all(BETWEEN_NUMBERS, "${1}/${2}")
    return marked


def _lookup(table: dict[str, dict[str, object]], word: pl.Expr, lang_key: pl.Expr, dtype: pl.DataType) -> pl.Expr:
    """The table's value of the lower-cased `word` in the row's language (null if none)."""
    keyed = {f"{code}{START}{w}": v for code, words in table.items() for w, v in words.items()}
    return pl.concat_str(lang_key, pl.lit(START), word).replace_strict(keyed, default=None, return_dtype=dtype)


def with_numbers(
    lf: pl.LazyFrame, *, row: str, text: pl.Expr, lang: pl.Expr, names: tuple[str, str, str]
) -> pl.LazyFrame:
    """The rows of `lf` in their order (`row` numbers them), with three aligned lists named `names`: the numerals
    as written, their values and their units. The text is cut into one piece per numeral, then put back together:
    one pass, no frame read twice (a branch joined back on `row` would need the rows numbered alike each time)."""
    c = pl.col
    lang_key = pl.when(lang.is_in(LANGS)).then(lang).otherwise(pl.lit(OTHER)).alias("__n_lang_key")
    token, valid = c("__n_token"), c("__n_valid")
    digits = text.str.contains(r"\d")
    pieces = (
        lf.with_columns(lang_key, _marked(pl.when(digits).then(text)).fill_null("").alias("__n_marked"))  # digit rows
        .with_columns(_pieces(c("__n_marked"), lang).alias("__n_piece"))  # a text without digits is one piece
        .explode("__n_piece")
        .with_columns(c("__n_piece").str.split_exact(END, 1).alias("__n_parts"))
        .with_columns(  # "5km\x02 b " -> token "5km", tail " b "; a piece without END (the text before) is all tail
            pl.when(c("__n_parts").struct.field("field_1").is_not_null())
            .then(c("__n_parts").struct.field("field_0")).alias("__n_token"),
            pl.coalesce(c("__n_parts").struct.field("field_1"), c("__n_piece")).alias("__n_tail"),
        )
        .with_columns(
            # a row's pieces are consecutive: the piece before, in the same row
            pl.when(c(row) == c(row).shift(1)).then(c("__n_tail").shift(1)).alias("__n_before"),
            token.str.contains(VALID_NUMBER_TOKEN).fill_null(False).alias("__n_valid"),
        )
        .with_columns(
            pl.when(valid).then(token.str.extract(f"^({NUMBER})", 1)).alias("__n_numeral"),
            pl.when(valid).then(  # what follows the digits: glued letters, then the text up to the next numeral
                pl.concat_str(token.str.replace(f"^(?:{NUMBER})", ""), c("__n_tail")).str.to_lowercase()
            ).alias("__n_head"),
            pl.when(valid).then(c("__n_before")).str.to_lowercase().str.extract(CURRENCY_BEFORE, 1)
            .alias("__n_currency"),
        )
        .with_columns(c("__n_head").str.extract(MAGNITUDE_WORD, 1).str.replace_all(r"\s+", " ").alias("__n_magnitude"))
        .with_columns(
            pl.when(c("__n_magnitude").is_not_null())  # after the magnitude: "millions de dollars"
            .then(c("__n_head").str.replace(MAGNITUDE_WORD.removesuffix(_NOT_WORD), ""))
            .otherwise(c("__n_head")).str.extract(UNIT_WORD, 1).str.replace_all(r"\s+", " ").alias("__n_unit_word"),
            c("__n_head").str.extract(UNIT_WORD, 1).str.replace_all(r"\s+", " ").alias("__n_head_unit_word"),  # "5 m"
        )
        .with_columns(
            _lookup(MAGNITUDE_TABLE, c("__n_magnitude"), c("__n_lang_key"), pl.Float64).alias("__n_factor"),
            _lookup(UNIT_TABLE, c("__n_unit_word"), c("__n_lang_key"), pl.String).alias("__n_unit"),
            _lookup(UNIT_TABLE, c("__n_head_unit_word"), c("__n_lang_key"), pl.String).alias("__n_head_unit"),
        )
    )
    numbers, values, units = names
    return (
        pieces.pipe(_values_and_units, row=row)
        .group_by(row, maintain_order=True)
        .agg(
            pl.exclude(r"^__n_.*$").first(),
            c("__n_numeral").filter(c("__n_valid")).alias(numbers),
            c("__n_value").filter(c("__n_valid")).alias(values),
            c("__n_unit").filter(c("__n_valid")).alias(units),
        )
    )


def _values_and_units(pieces: pl.LazyFrame, *, row: str) -> pl.LazyFrame:
    """Adds __n_value and __n_unit to each numeral piece (the columns of with_numbers)."""
    c = pl.col
    currencies = list(dict.fromkeys(CURRENCY_SIGNS.values()))
    money = c("__n_currency").is_not_null() | c("__n_unit").is_in(currencies).fill_null(False)
    not_magnitude = c("__n_magnitude").is_in(list(MONEY_MAGNITUDES)) & ~money  # "5 m": metres, not millions
    factor = pl.when(not_magnitude).then(1.0).otherwise(c("__n_factor"))
    unit = pl.coalesce(
        c("__n_currency").replace_strict(CURRENCY_SIGNS, default=None),
        pl.when(not_magnitude).then(c("__n_head_unit")).otherwise(c("__n_unit")),
    )
    unit = (
        pl.when((unit == "h") & c("__n_before").str.contains(TIME_OF_DAY)).then(None)  # "à 16 heures": a time of day
        .when(c("__n_numeral").str.contains(YEAR) & c("__n_head").str.starts_with("s")).then(None)  # "the 2020s"
        .otherwise(unit)
    )
    # the first numeral of a range ("2 à 3 millions", "8 à 12 °C"; not a year: "en 2018 à 10 %"): a numeral piece
    # whose tail is only a connector, so the next piece is the next numeral of the same row ...
    in_range = pl.when(c("__n_valid")).then(c("__n_tail")).str.contains(RANGE) & ~c("__n_numeral").str.contains(YEAR)
    return (
        pieces.with_columns(factor.alias("__n_factor"), unit.alias("__n_unit"))
        .with_columns(  # ... takes the magnitude and the unit of the second when it has none
            pl.when(c("__n_magnitude").is_null() & in_range).then(c("__n_factor").shift(-1))
            .otherwise(c("__n_factor")).fill_null(1.0).alias("__n_factor"),
            pl.when(c("__n_unit").is_null() & in_range).then(c("__n_unit").shift(-1))
            .otherwise(c("__n_unit")).alias("__n_unit"),
        )
        .with_columns((numeral_value(c("__n_numeral"), c("__n_lang_key")) * c("__n_factor")).alias("__n_value"))
    )
