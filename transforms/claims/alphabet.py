r"""Matching on a small alphabet: the typed text with every character outside ALPHABET replaced by a placeholder of
its class (`small_text`), and the patterns' Unicode classes (\p{L}, \w, \d, \s ...) written as the few characters of
ALPHABET and the placeholders they hold (`_small`). Speed, not meaning: compiling a large Unicode class costs more
than the rest of a pattern, and the tables hold hundreds of them (docs/tuning.md, "Claims").

Every pattern matches the small text where and as it matches the text: ALPHABET holds every character the patterns
name (with its case partners, for (?i:)), so a character outside it is told apart from another only by the classes
of PLACEHOLDERS (a letter, upper or lower case, a digit, another word character, a space or none of those), and its
placeholder is in the same ones; one character for one keeps every offset counted in characters.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import polars as pl

from transforms.claims import rules
from transforms.claims.languages import LANGUAGES
from transforms.claims.rewrite import _skip_class


def _strings(value: object) -> Iterable[str]:
    """The strings of a constant: itself, or those of its items, keys and fields."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.items():
            yield from _strings(item)
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
    elif hasattr(value, "__dataclass_fields__"):
        yield from _strings(list(vars(value).values()))


def _with_case_partners(chars: set[str]) -> set[str]:
    """The characters and every character that (?i:) matches for one of them, among the first 9,472 code points (a
    test checks that there are none further)."""
    pool = pl.Series([chr(i) for i in range(0x2500) if not 0xD800 <= i < 0xE000])
    return set(pool.filter(pool.str.contains(f"(?i:{_class_of(chars)})")).to_list()) | chars


def _class_of(chars: Iterable[str]) -> str:
    """A regex class of exactly these characters, as short as can be (a pattern given as a column is hashed per row)."""
    points, ranges = sorted(map(ord, chars)), []
    for point in points:
        if ranges and ranges[-1][1] == point - 1:
            ranges[-1][1] = point
        else:
            ranges.append([point, point])
    return "[" + "".join(_in_class(a) + ("" if b == a else _in_class(b) if b == a + 1 else "-" + _in_class(b))
                         for a, b in ranges) + "]"


def _in_class(point: int) -> str:
    """The character as written in a class: itself, or escaped."""
    char = chr(point)
    plain = char.isalnum() or (point > 127 and char.isprintable() and not char.isspace())
    return char if plain else f"\\x{{{point:X}}}"


# Every character of the rules' strings (the claims patterns are built from them), ASCII, and their case partners
ALPHABET = frozenset(_with_case_partners(
    {chr(i) for i in range(128)}
    | {c for s in _strings([{k: v for k, v in vars(rules).items() if not k.startswith("__")}, LANGUAGES]) for c in s}
))
# The classes the patterns tell characters apart by (outside ALPHABET), each with its placeholder (outside ALPHABET)
PLACEHOLDERS = (
    (r"\p{Lu}", "Ж"), (r"\p{Ll}", "ж"), (r"[\p{L}--\p{Lu}--\p{Ll}]", "ƻ"), (r"\d", "٣"), (r"[\w--\p{L}--\d]", "‿"),
    (r"\s", "\u2003"), (r"[^\w\s]", "⍰"),
)
_IN_ALPHABET = _class_of(ALPHABET)
_ATOMS = {r"\p{L}", r"\p{Lu}", r"\p{Ll}", r"\w", r"\W", r"\d", r"\D", r"\s", r"\S"}  # what PLACEHOLDERS keep
_SMALL = sorted(ALPHABET | {placeholder for _, placeholder in PLACEHOLDERS})


FOREIGN = "[^" + _IN_ALPHABET[1:]  # a character outside ALPHABET


def small_text(text: pl.Expr, foreign: pl.Expr | None = None) -> pl.Expr:
    """The text with each character outside ALPHABET replaced by its class's placeholder. Only the rows with such a
    character go through the replacements (taken apart, then put back in their places: each pass costs per row).
    `foreign`: whether the text has a FOREIGN character, best a column (it is read four times here)."""
    foreign = text.str.contains(FOREIGN) if foreign is None else foreign
    replaced = text.filter(foreign)
    for cls, placeholder in PLACEHOLDERS:
        replaced = replaced.str.replace_all(f"[{cls}--{_IN_ALPHABET}]", placeholder, literal=False)
    return pl.when(foreign).then(replaced.gather(pl.when(foreign).then(foreign.cum_sum() - 1))).otherwise(text)


@functools.cache  # one regex per class and case mode, at the first call
def _members(cls: str, fold: bool) -> str:
    """The class (or class escape) as the class of the characters of ALPHABET and PLACEHOLDERS it holds."""
    chars = pl.Series(_SMALL)
    inside = chars.filter(chars.str.contains(f"^(?{'i' if fold else ''}:{cls})$")).to_list()
    if not inside:
        raise ValueError(f"{cls!r} holds no character of the small alphabet")
    return _class_of(inside)


@functools.cache  # rewritten once, not at every call of type_claims
def _small(pattern: str) -> str:
    """The pattern for the small text: each class escape, and each bracketed class holding one, as its _members."""
    out, fold, i = [], [False], 0  # fold: (?i:) in force, per open group
    while i < len(pattern):
        token = _token(pattern, i)
        if token in _ATOMS or (token.startswith("[") and re.search(r"\\[pPwWdDsS]", token)):
            out.append(_members(token, fold[-1]))
        elif token.startswith("(?") and token.endswith(")"):  # flags for the rest of the group
            out.append(token)
            fold[-1] = _folds(token, fold[-1])
        elif token.startswith("("):
            out.append(token)
            fold.append(_folds(token, fold[-1]) if token.startswith("(?") else fold[-1])
        elif token == ")":
            out.append(token)
            fold.pop()
        else:
            out.append(token)
        i += len(token)
    return "".join(out)


def _folds(group: str, fold: bool) -> bool:
    """Whether (?i:) holds inside a group opened by `group` ("(?i:", "(?-i:", "(?:", "(?s)" ...)."""
    flags = re.match(r"\(\?([a-zA-Z-]*)", group)[1]
    on, _, off = flags.partition("-")
    return True if "i" in on else False if "i" in off else fold


def _token(pattern: str, i: int) -> str:
    """The element of the pattern at i: an escape, a bracketed class, a group's opening or end, or a character;
    raises on a character outside ALPHABET or a class escape PLACEHOLDERS do not keep."""
    if pattern[i] == "\\":
        token = re.match(r"\\(?:[pP](?:\{[^}]*\}|.)|.)", pattern[i:], re.DOTALL)[0]
        if token[1] in "pPwWdDsSxu" and token not in _ATOMS:
            raise ValueError(f"{token!r} in {pattern!r}: no placeholder keeps it")
        return token
    if pattern[i] == "[":
        token = pattern[i:_skip_class(pattern, i) + 1]
        for escape in re.findall(r"\\(?:[pP](?:\{[^}]*\}|.)|.)", token):
            if escape[1] in "pPwWdDsSxu" and escape not in _ATOMS:
                raise ValueError(f"{escape!r} in {pattern!r}: no placeholder keeps it")
        body = re.sub(r"\\.", "", token[1:-1])
        if "[" in body or any(ord(a) > 127 or ord(b) > 127 for a, b in re.findall(r"(.)-(.)", body)):
            raise ValueError(f"{token!r} in {pattern!r}: a nested class or a range beyond ASCII")
    elif pattern[i] == "(":
        token = re.match(r"\((?:\?[a-zA-Z-]*[:)]|\?P?<[^>]*>)?", pattern[i:])[0]
    else:
        token = pattern[i]
    outside = set(token) - ALPHABET
    if outside:
        raise ValueError(f"{''.join(sorted(outside))!r} in {pattern!r}: not in ALPHABET")
    return token
