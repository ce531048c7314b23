r"""The claim types, their precedence and what is not a claim (the contract output/README.md states, through
schemas/claims.py); the punctuation patterns that hold in every language, and per rule a table {lang: pattern}
gathered from the language blocks of languages/."""

from __future__ import annotations

from transforms.claims.languages import LANGUAGES, NEVER
from transforms.lexicon import CJK_COLON, COLON, SENTENCE_TERMINATORS, TERMINATOR_CLOSERS, char_class

# In precedence order: when several types apply, the first wins (classify.type_claims applies it).
CLAIM_TYPES: tuple[str, ...] = ("quote", "attribution", "prediction", "statistic", "opinion", "other")

PRECEDENCE_DOC = (
    "When several types apply, the first in this order wins: " + " > ".join(CLAIM_TYPES) + ". Who says it decides "
    "first (verbatim words, then reported words); then what the author asserts: a forecast is a prediction even "
    "with a figure, a measured quantity a statistic, an evaluation or prescription an opinion."
)
CLAIM_TYPE_DOCS: dict[str, str] = {
    "quote": "The sentence carries someone's words verbatim: every sentence inside a quotation (« », “ ”, „ “, "
    "\" \"), from the one that opens it, even mid-sentence, to the one that closes it with the speaker "
    "(`…», confie un travailleur.`), and a sentence after a `Speaker :` prefix. Scare quotes around one to three "
    "words do not make a quote.",
    "attribution": "The claim is reported from a named source or with a reporting cue rather than asserted by the "
    "author: selon, according to, laut, según, secondo, per CBS; reporting verbs in both word orders (`a déclaré X`, "
    "`X a souligné que`, `souligne-t-elle`, `écrit l'Insee`, `explica X`, `ha aggiunto X`, `the IEA predicted "
    "that`); a study or survey shows. A figure or a forecast reported by a named source is an attribution.",
    "prediction": "The author asserts something about the future: future tense in the main clause, a forecasting "
    "modal or construction (devrait + infinitive, is expected to, is set to, should rise, est prévu, sont annoncés, "
    "va + infinitive, wird + infinitive, dovrebbe, se espera que, d'ici 2030). A forecast with a figure is a "
    "prediction.",
    "statistic": "The author states a measured quantity in digits: a percentage, an amount of money, a magnitude "
    "(2,4 millions), a count or a measure with a unit (200 CMOs, 55 km, 8 à 12 °C). Years, dates, times, versions, "
    "names (`industria 4.0`), list numbers and phone numbers are not.",
    "opinion": "The author evaluates, prescribes or hedges: il faut, doit, must, should (prescriptive), it is "
    "essential, unfortunately, I recommend, an evaluative predicate (`est préoccupante`), a conditional main "
    "clause (`it would be a mistake`).",
    "other": "A declarative claim with none of the above: a plain factual statement.",
}
NOT_A_CLAIM_DOC = (
    "Not claims (no claim_type; the claims dataset leaves them out): questions; imperatives (`Grab a video camera "
    "and tell a story.`, `Inscrivez-vous`); "
    "list headings (`1. What your USP is.`); bracketed asides (`(More electric vehicles stories.)`); colon "
    "fragments and sentences that announce a list (ending with a colon); headlines and headings (Title Case or "
    "without final punctuation); datelines (`NEW YORK (Reuters) -`, `Paris, France, vendredi 04/09/2020 -`); captions, "
    "credits, copyright lines, links and contact lines, thanks and other set phrases; fragments of fewer than four "
    "words, and (fr, en, de) fragments with no sign of a finite verb (`Une soirée de concerts au bord du lac.`), "
    "unless inside a quotation."
)

LANGS: tuple[str, ...] = tuple(LANGUAGES)


def _table(*fields: str) -> dict[str, str]:
    """The rule's pattern per language (several fields: their patterns joined)."""
    return {code: "|".join(p for f in fields if (p := getattr(words, f)) != NEVER) or NEVER
            for code, words in LANGUAGES.items()}


def _every_row(field: str) -> str:
    """The languages' patterns joined: a rule applied to every row, whatever its language."""
    return "|".join(p for p in _table(field).values() if p != NEVER) or NEVER


# --- Not a claim -----------------------------------------------------------------------------------------
_END = f"[{char_class(TERMINATOR_CLOSERS)}]*\\s*$"  # what may follow the last mark: closing quotes, brackets
QUESTION = rf"[?？][!?]*\s*{_END}|^\s*¿"
TERMINAL_PUNCT = rf"[{char_class(SENTENCE_TERMINATORS, ';', COLON)}]\s*{_END}"  # a bare closing quote ends headlines
NOT_A_CLAIM = _table("imperative", "formula")  # commands, calls to action and set phrases, per language
NOT_IMPERATIVE = _every_row("not_imperative")
FINITE_VERB = {code: p for code, p in _table("finite_verb").items() if p != NEVER}  # a sentence without one: a fragment
SHAPES_OF_NON_CLAIMS = "|".join((  # in every language
    rf"[{char_class(COLON, CJK_COLON)}]\s*$",  # announces what follows (a list, a quotation)
    r"^\W*\d{1,2}\s*[.)]\s+\S|^\W*\d{1,2}\s*[-–]\s*\p{L}|^\W*[a-z]\)\s",  # a list heading or item: "1. Why", "3-assurer"
    r"^\W*(?i:étape|step|schritt|paso|passo|fase|phase|stufe)\s*\d{1,2}\s*[:.)–-]",  # a numbered step: "Schritt 2:"
    r"^\s*[(\[][^()\[\]]*[)\]]\s*[.!]?\s*$",  # a bracketed aside: "(More electric vehicles stories.)"
    r"[-–—]\s*$|\s\|\s",  # a dateline ("ROMA -", "Paris, France | AFP | vendredi 04/09/2020 -") or a menu
    r"^\W*(?i:photos?|images?|crédits?|credits?|légende|bild|fotos?|quelle|fuente|fonte|source|imagen)\s*:",  # caption
    r"\((?i:photo|foto|bild|crédit|credit|image|imagen)\s*:",
    r"©|(?i:copyright|all rights reserved|tous droits réservés|todos los derechos reservados|alle rechte vorbehalten|"
    r"tutti i diritti riservati)",
    r"https?://|(?:^|\W)www\.|\w@\w[\w-]*\.\w|^\W*@\w",  # a link, an address or a handle: a pointer, a contact line
    r"^\W*(?i:tel|tél|téléphone|phone|fono|teléfono|telefono|telefon|fax)\.?\s*:",  # a phone line
    # a listing's label and its value: "Prix : 12 euros", "Tickets: $25", "Eintritt: 12 Euro", "Dimensions: 30 x 40 cm"
    r"^\W*(?i:prix|tarifs?|entrée|billets?|tickets?|admission|eintritt|preise?|precios?|prezz[oi]|ingresso|entrada|"
    r"dimensions?|poids|weight|size|taille|maße|gewicht|peso|durée|duration|dauer|duración|durata|horaires?|"
    r"opening hours|öffnungszeiten|capacité|capacity)\s*:",
))

# --- Quote -------------------------------------------------------------------------------------------------
# The sentence is someone's words: it opens with a quotation of four words or more, or one left open ...
_IN_QUOTES = "[^»”“\"«\\s]"
QUOTE_OPENS = (
    rf"^[\s\-–—]*[«“„\"»]\s*(?:(?:{_IN_QUOTES}+\s+){{3}}{_IN_QUOTES}|[^»”“\"«]*$"
    r"|[^»”“\"«]+[,.!?…]\s*[»”“\"])"  # ... or a shorter one closed by its own mark: an utterance ("“Never,” he said")
)
QUOTE_CLOSES = r"[.!?…,]\s*[»”“\"«]\s*$"  # ... or ends inside quotation marks
SPEAKER_PREFIX = r"^\s*\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}\s+:\s"  # interview: "Jean-Paul Aimetti : ..."
QUOTED_SPAN = _table("quoted_span")

# --- Attribution (the matched text becomes source_cue) · statistic · counts ----------------------------------
ATTRIBUTION = _table("attribution")
# The author as the subject right before the cue ("je pense que", "I said"): the author's own view, an opinion
OWN_REPORT = {code: rf"(?:^|\W)(?i:{p})\s*(?:\S+\s+){{0,2}}$" for code, p in _table("first_person").items() if p != NEVER}
# A measure with a unit symbol, read alike in every language: "8 à 12 °C", "55 km", "3 kWh"
MEASURE = r"\d\s*°\s?C\b|\d\s*(?:km|kg|kWh|MW|GW|ha|km/h|m²|m2)\b"
# percentage · money · magnitude · measure; counts: numbers.COUNT_PAIR
STATISTIC = {code: f"{p}|{MEASURE}" for code, p in _table("statistic").items()}
NOT_COUNTED: dict[str, tuple[str, str]] = {  # (word before: a label, word after: a date or a function word)
    code: (words.not_counted_before, words.not_counted_after) for code, words in LANGUAGES.items()
}

# --- Prediction · opinion · hedges ---------------------------------------------------------------------------
PREDICTION = _table("prediction")  # forecast cues, anywhere; the synthetic future is FUTURE_TENSE
FUTURE_TENSE = _table("future_tense")  # counts only in a main clause (matching._in_main_clause)
NOT_FUTURE = _every_row("not_future")
# + a future or conditional cue: that cue belongs to the subordinate clause (per language; other
# languages: every language's subordinators)
SUBORDINATE = {code: rf"\S\s+(?i:{p})\s*(?:\S+\s+){{0,4}}?" for code, p in _table("subordinator").items() if p != NEVER}
SUBORDINATE_ANY = rf"\S\s+(?i:{_every_row('subordinator')})\s*(?:\S+\s+){{0,4}}?"
OPINION = _table("opinion")
HEDGE = _table("hedge")
CONDITIONAL = _table("conditional")

# --- Tables derived from the above ---------------------------------------------------------------------------
# Two tables tested in one pass, then each on the few rows where one of them matched
CONDITIONAL_OR_HEDGE = _table("conditional", "hedge")
# Cues that count only in a main clause: (table, what looks like a cue and is not one)
# (an evaluation or a hedge is the author's stance in any clause)
MAIN_CLAUSE = {"conditional": (CONDITIONAL, NEVER), "future": (FUTURE_TENSE, NOT_FUTURE)}
