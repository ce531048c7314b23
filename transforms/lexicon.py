"""Vocabulary the text stages share, declared once: month and weekday names by language, the marks that end a
sentence, closing quotes and brackets, bullets and whitespace classes.

Word lists are tuples of lower-case words keyed by ISO 639-1 code. Character sets are plain strings of characters
(not regex): `char_class` turns them into the inside of a regex character class. A stage takes the groups it needs
and says why where it leaves one out (the boilerplate rules treat a colon as a sentence end, the sentence splitter
does not).
"""

from __future__ import annotations

# --- months and weekdays ---------------------------------------------------------------------------------------
MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"),
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"),
    "pt": ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"),
}  # fmt: skip
# Abbreviated month names as written before a full stop or a day: "Nov. 19", "janv. 2020", "Febr."
MONTH_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "en": ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    "fr": ("janv", "févr", "avr", "juil", "déc"),
    "de": ("febr",),
}
REGIONAL_MONTHS: dict[str, tuple[str, ...]] = {"de": ("jänner",)}  # Austrian German for January
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": ("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
}
WEEKDAY_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "en": ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"),
}

# --- marks that end a sentence ---------------------------------------------------------------------------------
FULL_STOPS = ".。"  # Latin and ideographic
EXCLAMATION_MARKS = "!！"  # Latin and full-width
QUESTION_MARKS = "?？"  # Latin and full-width
ELLIPSIS = "…"
SENTENCE_TERMINATORS = FULL_STOPS + EXCLAMATION_MARKS + QUESTION_MARKS + ELLIPSIS
DOUBLED_TERMINATORS = "‼⁇⁈⁉"  # "!!", "??", "?!", "!?" as one character
SEMICOLON = ";"
COLON = ":"
CJK_COLON = "："

# --- quotes and brackets ---------------------------------------------------------------------------------------
DOUBLE_QUOTE = '"'
SINGLE_QUOTE = "'"
CLOSING_QUOTES = "»”’"  # closing guillemet, right double and right single quotation marks
OPENING_QUOTES = "«“‘"  # opening guillemet, left double and left single quotation marks
LOW_OPENING_QUOTE = "„"  # German opening quotation mark
SINGLE_GUILLEMETS = "‹›"
CLOSING_BRACKETS = ")]"
OPENING_BRACKETS = "(["
CLOSING_BRACE = "}"
OPENING_BRACE = "{"
INVERTED_MARKS = "¿¡"  # Spanish opening question and exclamation marks
# What may follow a sentence's final mark and still end the sentence: "... fin. »", '... end."', "(... here.)"
TERMINATOR_CLOSERS = DOUBLE_QUOTE + SINGLE_QUOTE + CLOSING_QUOTES + CLOSING_BRACKETS

# --- bullets and dashes ----------------------------------------------------------------------------------------
BULLETS = "•·▪◦●○■□►▸‣∙"  # symbols that open a list item or a menu entry
SENTENCE_SPLITTER_BULLETS = "•▪‣◦●■►·"  # the subset the sentence splitter breaks before ("·" after a space only)
DASHES = "-–—"  # hyphen-minus, en dash, em dash: list markers and separators when spaced

# --- whitespace ------------------------------------------------------------------------------------------------
NO_BREAK_SPACES = "\u00a0\u202f\u2007"  # no-break, narrow no-break and figure space: kept in text, read as spaces
# Spaces that group a number's digits: "1 000", "1\u202f000"
DIGIT_GROUP_SPACES = " \u00a0\u202f\u2009"
# The regex engine's \s (Unicode White_Space), which is also what Polars' strip_chars strips by default
UNICODE_WHITE_SPACE = (
    "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000"
)
LINE_BREAKS = "\n\r\x0b\x0c\x85\u2028\u2029"  # the line breaks of str.splitlines() that are Unicode White_Space
# What Python's str.strip() strips: Unicode White_Space and the information separators \x1c-\x1f
PY_WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())  # U+3000 is the last one
EDGE_SPACE = r"^[\s\x1c-\x1f]+|[\s\x1c-\x1f]+$"  # PY_WHITESPACE at either end of a text, as a regex

_CLASS_SPECIAL = "\\]^-[&~"  # characters escaped inside a class (& and ~ open set operations when doubled)


def char_class(*chars: str) -> str:
    """The inside of a regex character class holding every character of `chars`: f"[{char_class(BULLETS)}]"."""
    return "".join(f"\\{c}" if c in _CLASS_SPECIAL else c for c in "".join(chars))
