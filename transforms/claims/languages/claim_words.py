r"""The fields of a language's `ClaimWords` block, and the patterns several blocks share. Month and weekday names
come from transforms/lexicon.py.

Every `str` field is a regex; NEVER where the rule does not apply to the language. (?i: ...) scopes case-folding
to the cue words, so \p{Lu} still means a capital (a named source, a sentence start). A \b sits only at either end
of an alternative or between two cue words (rewrite.py turns each into a faster form; a test checks them all).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transforms.lexicon import MONTH_ABBREVIATIONS, WEEKDAYS

NEVER = r"\b\B"  # a pattern that matches nothing: the rule does not apply to that language

# Shared by several blocks
SOURCE_NAME = r"\p{Lu}[\p{L}\d&.'’-]*(?:\s+(?:de\s+|du\s+|d['’]|von\s+|del\s+|di\s+)?\p{Lu}[\p{L}\d&.'’-]*){0,3}"
# A person or body named before a comma ("Pour Jan Hamáček, ..."): SOURCE_NAME when something follows it
FOLLOWED_NAME = r"\p{Lu}[\p{L}\d&.'’-]*(?:\s+\p{Lu}[\p{L}\d&.'’-]*){0,3}"
# Institutions whose name alone sources a figure: statistics offices, central banks, research firms
ORGS = (
    r"Gartner|Forrester|IDC|IBM|McKinsey|Deloitte|PwC|Accenture|Nielsen|Insee|INSEE|Eurostat|OCDE|OECD|Pew|Istat|ISTAT"
    r"|INE|INEGI|Destatis|Bundesbank|BCE|ECB|FMI|IMF|OMS|WHO|AIE|IEA|Ifop|IFOP|Ipsos|YouGov|Dares|DARES|Drees|Unédic"
)
MONTHS_ABBR = "|".join(dict.fromkeys(w for words in MONTH_ABBREVIATIONS.values() for w in words))


def words(words: tuple[str, ...]) -> str:
    return "|".join(words)


def weekdays(code: str) -> str:
    return words(WEEKDAYS[code])


def weather_forecast(weather: str, days: str) -> str:
    """Rain, clouds or sun named for a day, in either order: a weather report speaks of the days ahead (temperatures
    are left out: a measured temperature is reported after the day too)."""
    return rf"|\b(?i:{weather})\b[^.]*\b(?i:{days})\b|\b(?i:{days})\b[^.]*\b(?i:{weather})\b"


@dataclass(frozen=True, kw_only=True)
class ClaimWords:
    """One language's words for every rule (see the package docstring for the rules and their precedence)."""

    # --- not a claim
    imperative: str  # the sentence opens with a command or a call to action (a bare verb form, a verb list)
    not_imperative: str = NEVER  # openings that look like imperative but start statements (every row)
    formula: str = NEVER  # set phrases that assert nothing: thanks, wishes, "read more", credits
    # --- quote, attribution
    quoted_span: str  # four words or more between the language's quotation marks; a quote only with a cue
    attribution: str  # reporting verbs (both word orders) and named sources; the matched text becomes source_cue
    first_person: str = NEVER  # the author as subject ("je", "we"): a reporting verb after it states the author's view
    # --- statistic and numbers
    statistic: str  # a percentage, an amount of money, a magnitude ("2,4 millions"), a measure with a unit word
    number_suffixes: str = ""  # letters glued after a numeral that keep it a value: ordinals, magnitudes
    not_counted_before: str  # plain words before a numeral that make it a label: "version 5", "page 3"
    not_counted_after: str  # plain words after a numeral that make it a date or no count: "5 mai", "40 qui"
    decimal_comma: bool = True  # "13,3" is 13.3 and "40.000" is 40000 (False: "1,000.5" is 1000.5)
    digit_group_space: bool = True  # "1 000" is one number (False: "400 737 jets" are two)
    magnitudes: dict[str, float] = field(default_factory=dict)  # lower-case word after a numeral -> factor
    unit_words: dict[str, str] = field(default_factory=dict)  # lower-case word after a numeral -> unit
    # --- prediction, opinion
    prediction: str  # forecast constructions and cues, anywhere in the sentence
    future_tense: str = NEVER  # synthetic future, 3rd person; counts only in a main clause
    not_future: str = NEVER  # what looks like future_tense and is not (every row; counted against it)
    opinion: str  # prescription, first-person stance, predicative evaluation, evaluative words
    hedge: str  # epistemic hedges: the author does not fully commit to the claim
    conditional: str = NEVER  # a conditional main clause: the claim is hypothetical (an opinion)
    subordinator: str = NEVER  # opens a que/that clause, with the space or apostrophe after it
    # --- a sentence needs a verb
    finite_verb: str = NEVER  # a sign of a finite verb (subject pronoun, auxiliary, verb ending); none: a fragment


def inflected(stems: str, endings: str, *, fold_case: bool = True) -> str:
    """The stems with the language's adjective endings (gender, number): one alternative. Without fold_case, lower
    case only (German: a capitalised word is a noun, "erste Klasse")."""
    return rf"\b(?{'i' if fold_case else ''}:(?:{stems})(?:{endings})?)\b"
