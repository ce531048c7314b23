"""Every calendar day written in a text, by a list of common date formats: the benchmark's test that a gold
publication date also appears in the flattened page (independent of the pipeline's own date parser).

Formats: ISO `2019-11-19`; numeric `19.11.2019`, `19/11/2019`, `11/19/19` (both day-first and month-first
readings count as written, two-digit years are 20yy); `19 novembre 2019`, `3. März 2025`, `5 de mayo de 2019`;
`November 19, 2019`, `Nov. 19th 2019`; `2019年11月19日`. Month names of en, fr, de, es, it, nl, pt, full and
abbreviated.
"""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    1: "january jan janvier janv januar jän enero ene gennaio gen januari janeiro",
    2: "february feb février fév févr februar febrero febbraio febr februari fevereiro fev",
    3: "march mar mars märz mär marzo maart março",
    4: "april apr avril avr abril aprile",
    5: "may mai mayo maggio mei maio mag",
    6: "june jun juin juni junio giugno junho giu",
    7: "july jul juillet juil juli julio luglio julho lug",
    8: "august aug août agosto augustus ago",
    9: "september sep sept septembre septiembre settembre setembro set",
    10: "october oct octobre oktober okt octubre ottobre oktober outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec décembre déc dezember dez diciembre dic dicembre dezembro",
}
MONTH_OF = {name: number for number, names in MONTHS.items() for name in names.split()}
MONTH = "|".join(sorted(MONTH_OF, key=len, reverse=True))
PATTERNS = (
    ("ymd", re.compile(r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")),
    ("numeric", re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?!\d)")),
    ("d_month_y", re.compile(rf"(?i)(?<!\d)(\d{{1,2}})(?:er|\.|º|st|nd|rd|th)?\s+(?:de\s+)?({MONTH})\.?,?\s+(?:de\s+)?(\d{{4}})")),
    ("month_d_y", re.compile(rf"(?i)\b({MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})")),
    ("cjk", re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")),
)


def _day(year: int, month: int, day: int) -> dt.date | None:
    if year < 100:
        year += 2000
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def days_in_text(text: str) -> set[dt.date]:
    """Every calendar day some format above reads in `text` (ambiguous numeric dates: both readings)."""
    found: set[dt.date] = set()
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            a, b, c = m.groups()
            if kind in ("ymd", "cjk"):
                candidates = [_day(int(a), int(b), int(c))]
            elif kind == "numeric":
                candidates = [_day(int(c), int(b), int(a)), _day(int(c), int(a), int(b))]
            elif kind == "d_month_y":
                candidates = [_day(int(c), MONTH_OF[b.lower()], int(a))]
            else:
                candidates = [_day(int(c), MONTH_OF[a.lower()], int(b))]
            found.update(d for d in candidates if d is not None)
    return found
