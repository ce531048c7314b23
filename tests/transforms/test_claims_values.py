"""number_values and units: each numeral read in its language, magnitudes folded in, one unit per numeral."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transforms.claims import numeral_value, type_claims

# (thousands separator, decimal mark) of each language's usual writing
LOCALES = {"fr": ("\u202f", ","), "de": (".", ","), "es": (".", ","), "it": (".", ","), "en": (",", ".")}
SENTENCES = {
    "fr": "Le chiffre atteint {} unités cette année.",
    "de": "Die Zahl erreicht {} Einheiten in diesem Jahr.",
    "es": "La cifra alcanza {} unidades este año.",
    "it": "La cifra raggiunge {} unità quest'anno.",
    "en": "The figure reaches {} units this year.",
}


def typed(texts: list[str], lang: str) -> pl.DataFrame:
    return type_claims(pl.LazyFrame({"sentence": texts, "lang": [lang] * len(texts)})).collect()


def written(integer: int, decimals: str, lang: str) -> str:
    """The number as the language writes it: digits grouped by three, then the decimal mark and the decimals."""
    thousands, mark = LOCALES[lang]
    grouped = f"{integer:,}".replace(",", thousands)
    return f"{grouped}{mark}{decimals}" if decimals else grouped


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(sorted(LOCALES)), st.integers(0, 10**9), st.text("0123456789", max_size=3))
def test_a_number_written_in_its_language_reads_back(lang: str, integer: int, decimals: str) -> None:
    text = written(integer, decimals, lang)
    out = typed([SENTENCES[lang].format(text)], lang)
    assert out["numbers"].to_list() == [[text]]
    value = float(f"{integer}.{decimals}" if decimals else integer)
    assert out["number_values"].to_list()[0] == pytest.approx([value], rel=1e-12)
    assert out["units"].to_list() == [[None]]


@pytest.mark.parametrize(("lang", "numeral", "value"), [
    ("fr", "13,3", 13.3), ("de", "13,3", 13.3), ("es", "13,3", 13.3), ("it", "13,3", 13.3), ("en", "13,3", 13.3),
    ("fr", "1 000", 1000.0), ("de", "40.000", 40000.0), ("es", "40.000", 40000.0), ("it", "40.000", 40000.0),
    ("en", "1,000.5", 1000.5), ("en", "1.500", 1.5), ("de", "1,500", 1.5), ("fr", "12.2", 12.2), ("de", "10.10", 10.1),
    ("en", "1.000.000", 1e6), ("fr", "1,000,000", 1e6), ("und", "40.000", 40000.0), ("und", "13,3", 13.3),
    ("und", "1,000.5", 1000.5), ("fr", "1.2.3", None), ("fr", "2017", 2017.0), ("fr", "0990", 990.0),
])
def test_numeral_value_reads_the_decimal_mark_of_the_language(lang: str, numeral: str, value: float | None) -> None:
    frame = pl.DataFrame({"n": [numeral], "lang": [lang]})
    assert frame.select(numeral_value(pl.col("n"), pl.col("lang"))).item() == value


@pytest.mark.parametrize(("lang", "text", "values", "units"), [
    ("fr", "Le site compte 2,4 millions de visiteurs et 12 mille abonnés.", [2.4e6, 12e3], [None, None]),
    ("fr", "Les ventes ont progressé de 60 % pour atteindre 555 000 euros.", [60.0, 555e3], ["%", "EUR"]),
    ("fr", "Il fera de 8 à 12 °C samedi, et le ministre parlera à 16 heures.", [8.0, 12.0, 16.0], ["°C", "°C", None]),
    ("fr", "L'offre passe de 3Go à 50Go pour 2€ de plus par mois.", [3.0, 50.0, 2.0], ["GB", "GB", "EUR"]),
    ("en", "Alibaba is set to raise up to $12.9bn (£10bn), a 2.8 per cent discount.", [12.9e9, 10e9, 2.8],
     ["USD", "GBP", "%"]),
    ("en", "The base lies in a 55-kilometer zone; eat every 2–3 hours.", [55.0, 2.0, 3.0], ["km", "h", "h"]),
    ("en", "It would raise 88 billion Hong Kong dollars, or 1.4 million more than 5 m.", [88e9, 1.4e6, 5.0],
     ["HKD", None, "m"]),
    ("de", "1Password kostet 50 Euro, die Bahn investiert 5 Mio. Euro und 2 Mrd. Dollar.", [50.0, 5e6, 2e9],
     ["EUR", "EUR", "USD"]),
    ("de", "Rund 75 Minuten lang regnet es bei 18 Grad.", [75.0, 18.0], ["min", "°C"]),
    ("es", "La deuda aumentó en 884,3 millones de dólares (6,6 %) respecto a 2020.", [884.3e6, 6.6, 2020.0],
     ["USD", "%", None]),
    ("es", "Anuncian una máxima de 32 grados y vientos de 40 km/h.", [32.0, 40.0], ["°C", "km/h"]),
    ("it", "Il PIL cresce dell'1,2% e il governo stanzia 3 miliardi di euro.", [1.2, 3e9], ["%", "EUR"]),
    ("it", "Il rifugio si trova sopra i 1400 metri.", [1400.0], ["m"]),
    ("de", "Die Miete kostet CHF 1'200 pro Monat, der Umbau 2’500’000 Franken.", [1200.0, 2.5e6], ["CHF", "CHF"]),  # Swiss
])
def test_magnitudes_fold_into_values_and_units_align_with_numbers(
    lang: str, text: str, values: list[float], units: list[str | None]
) -> None:
    out = typed([text], lang).row(0, named=True)
    assert out["number_values"] == pytest.approx(values, rel=1e-12)
    assert out["units"] == units
    assert len(out["numbers"]) == len(values)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(alphabet="0123456789 ,.%€$£°Ckmh-àto\u00a0abc", max_size=30), min_size=1, max_size=20),
       st.sampled_from(["fr", "en", "de", "es", "it", "und"]))
def test_numbers_values_and_units_are_aligned_lists(texts: list[str], lang: str) -> None:
    out = typed(texts, lang)
    for numbers, values, units in out.select("numbers", "number_values", "units").iter_rows():
        assert len(numbers) == len(values) == len(units)
