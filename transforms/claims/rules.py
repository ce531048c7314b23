r"""The claim types and the rules' tables: punctuation patterns that hold in every language, and per rule a
table {lang: pattern} gathered from the language blocks of languages.py."""

from __future__ import annotations

from transforms.claims.languages import LANGUAGES, NEVER

CLAIM_TYPES: tuple[str, ...] = ("statistic", "attribution", "quote", "prediction", "opinion", "other")

CLAIM_TYPE_DOCS: dict[str, str] = {
    "statistic": "The sentence states a measured quantity in digits: a percentage, an amount of money, a magnitude "
    "(2,4 millions) or a count or measure of a noun (200 CMOs, 55-kilometer); years, dates, versions and list numbers are not.",
    "attribution": "The claim is reported from a source rather than asserted by the author: a named source or a "
    "reporting cue (selon, according to, laut, a déclaré, estime, says, is seen as, a study/Gartner shows).",
    "quote": "The sentence carries someone's words verbatim: it opens or closes inside quotation marks, follows a "
    "'Speaker :' prefix, or has a quoted span of four words or more together with a reporting cue.",
    "prediction": "The author's claim is about the future: future tense in the main clause or a forecast cue "
    "(will, is due to, va + infinitive, prévu de, d'ici 2030, wird ... + infinitive).",
    "opinion": "The author evaluates, prescribes or hedges: il faut, doit, should, is essential, unfortunately, "
    "I recommend, probably, a conditional main clause.",
    "other": "A declarative claim with none of the cues above (a plain factual statement), and every non-claim row.",
}

LANGS: tuple[str, ...] = tuple(LANGUAGES)


def _table(field: str) -> dict[str, str]:
    """The rule's pattern per language."""
    return {code: getattr(words, field) for code, words in LANGUAGES.items()}


def _every_row(field: str) -> str:
    """The languages' patterns joined: a rule applied to every row, whatever its language."""
    return "|".join(p for p in _table(field).values() if p != NEVER) or NEVER


# --- Not a claim -----------------------------------------------------------------------------------------
QUESTION = r"[?？][!?]*\s*[»\"”’)\]]*\s*$|^\s*¿"
TERMINAL_PUNCT = r"[.!…;:。！]\s*[»\"”’)\]]*\s*$|[»\"”]\s*$"
IMPERATIVE = _table("imperative")
NOT_IMPERATIVE = _every_row("not_imperative")

# --- Quote -------------------------------------------------------------------------------------------------
QUOTE_OPENS = r"^[\s\-–—]*[«“„\"»]\s*\p{L}"  # the sentence is someone's words: it starts inside quotes ...
QUOTE_CLOSES = r"[.!?…,]\s*[»”“\"«]\s*$"  # ... or ends inside them
SPEAKER_PREFIX = r"^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+:\s"  # interview: "Jean-Paul Aimetti : ..."
QUOTED_SPAN = _table("quoted_span")

# --- Attribution (the matched text becomes source_cue) · statistic · counts ----------------------------------
ATTRIBUTION = _table("attribution")
STATISTIC = _table("statistic")  # percentage · money · magnitude; counts: numbers.COUNT_PAIR
NOT_COUNTED: dict[str, tuple[str, str]] = {  # (word before: a label, word after: a date or a function word)
    code: (words.not_counted_before, words.not_counted_after) for code, words in LANGUAGES.items()
}

# --- Prediction · opinion · hedges ---------------------------------------------------------------------------
PREDICTION = _table("prediction")  # forecast cues, anywhere; the synthetic future is FUTURE_TENSE
FUTURE_TENSE = _table("future_tense")  # counts only in a main clause (matching._in_main_clause)
NOT_FUTURE = _every_row("not_future")
SUBORDINATE = (  # + a future, conditional or stance cue: that cue belongs to the subordinate clause
    rf"\S\s+(?i:{_every_row('subordinator')})\s*(?:\S+\s+){{0,4}}?"
)
OPINION = _table("opinion")
HEDGE = _table("hedge")
CONDITIONAL = _table("conditional")

# --- Tables derived from the above ---------------------------------------------------------------------------
STANCE = {code: f"{OPINION[code]}|{HEDGE[code]}" for code in LANGS}  # the author's stance, counted in the main clause
# Two tables tested in one pass, then each on the few rows where one of them matched
CONDITIONAL_OR_HEDGE = {code: "|".join(t[code] for t in (CONDITIONAL, HEDGE) if t.get(code, NEVER) != NEVER)
                        for code in LANGS}
FORECAST_OR_FUTURE = {code: "|".join(t[code] for t in (PREDICTION, FUTURE_TENSE) if t.get(code, NEVER) != NEVER)
                      for code in LANGS}
# Cues that count only in a main clause: (table, what looks like a cue and is not one)
MAIN_CLAUSE = {"conditional": (CONDITIONAL, NEVER), "future": (FUTURE_TENSE, NOT_FUTURE), "stance": (STANCE, NEVER)}
