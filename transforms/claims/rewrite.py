r"""The regex rewriter: the tables' patterns in \b-free forms that match the same texts, so the regex engine stays
on its fast DFA path (a Unicode \b sends it to a much slower engine on any non-ASCII text).

Each \b of the tables sits next to a word character of the rule itself (a cue word, \p{Ll}, \d), so it only asks
the character on its other side to be a non-word one (or none): FAST_FORMS ask just that, and the same texts
contain a match (the match itself may take one more character; it is never read). A test checks every
alternative of every table against its form.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from transforms.claims.languages import SOURCE_NAME

FAST_BOUNDARY = r"(?:^|\W)"  # \b before a word character: the text starts, or a non-word character precedes
FAST_END = r"(?:\W|$)"  # \b after a word character: a non-word character follows, or the text ends
# Between two cue words, a gap of characters of a class: its first and last characters are non-word ones. The
# forms try gap lengths in the same order, so they find the same match, not just a match (for `_span_form`).
GAP_FORMS: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    (r"\)\\b\[\^([^\]\\]*)\]\{0,(\d+)\}\?\\b\(",  # lazy, 0-n characters (0 cannot be: two word characters meet)
     lambda m: rf")(?:[^\w{m[1]}]|[^\w{m[1]}][^{m[1]}]{{0,{int(m[2]) - 2}}}?[^\w{m[1]}])("),
    (r"\)\\b\[\^([^\]\\]*)\]\*\\b\(", lambda m: rf")(?:[^\w{m[1]}][^{m[1]}]*[^\w{m[1]}]|[^\w{m[1]}])("),  # greedy
    (r"\)\\b\[\^([^\]\\]*)\]\*\\s", lambda m: rf")(?:[^\w{m[1]}][^{m[1]}]*)?\s"),  # then a space: "wird ... gehen"
]
FAST_FORMS: list[tuple[str, Callable[[re.Match[str]], str]]] = [
    *GAP_FORMS,
    (r"\\b(\|[^()]*\))(\)*)$", lambda m: FAST_END + m[1] + m[2]),  # ending the first branch of the last group
    (r"\\b(\)*)$", lambda m: FAST_END + m[1]),  # at the end, maybe inside the last groups
    (r"^\\b", lambda m: FAST_BOUNDARY),  # at the start
    # not a \b, but the same texts match: a name is found once its capital is (all that follows is optional)
    (re.escape(SOURCE_NAME) + r"(?=[|)]|$)", lambda m: r"\p{Lu}"),
]


def _relaxed(pattern: str) -> str:
    r"""The pattern without \b: it matches wherever the pattern does (and more)."""
    return pattern.replace(r"\b", "")


def _skip_class(pattern: str, i: int) -> int:
    """The index of the "]" closing the class opened at pattern[i] (a "]" first in the class is literal)."""
    i += 2 if pattern[i + 1] == "^" else 1
    i += 1 if pattern[i] == "]" else 0
    while pattern[i] != "]":
        i += 2 if pattern[i] == "\\" else 1
    return i


@functools.cache  # the tables are fixed: split once, not at every call of type_claims
def _alternatives(pattern: str) -> tuple[str, ...]:
    """The top-level alternatives of a pattern, in order: `a|(?:b|c)|[|]` gives `a`, `(?:b|c)`, `[|]`."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 1  # the escaped character is skipped below
        elif pattern[i] == "[":
            i = _skip_class(pattern, i)
        elif pattern[i] in "()":
            depth += 1 if pattern[i] == "(" else -1
        elif pattern[i] == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    return (*parts, pattern[start:])


def _last_group(pattern: str) -> int | None:
    """Where the pattern's last element starts if it is a group `(?:a|b)` or `(?i:a|b)`, else None."""
    starts, depth, i = [], 0, 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 1
        elif pattern[i] == "[":
            i = _skip_class(pattern, i)
        elif pattern[i] in "()":
            starts += [i] if pattern[i] == "(" and depth == 0 else []
            depth += 1 if pattern[i] == "(" else -1
        i += 1
    last = starts[-1] if starts and pattern.endswith(")") else None
    return last if last is not None and pattern.startswith(("(?:", "(?i:"), last) else None


@functools.cache  # rewritten once, not at every call of type_claims
def _fast(alternative: str) -> str:
    r"""The alternative with each \b in its FAST_FORMS form: the same texts contain a match."""
    for context, form in FAST_FORMS:
        alternative = re.sub(context, form, alternative)
    if r"\b" in alternative:
        raise ValueError(f"no fast form for a \\b in {alternative!r}: add one to FAST_FORMS")
    return alternative


@functools.cache  # rewritten once, not at every call of type_claims
def _fast_all(pattern: str) -> str:
    """The pattern's alternatives in their fast forms, joined: the same texts contain a match."""
    return "|".join(map(_fast, _alternatives(pattern)))


def _then_a_character(pattern: str) -> str:
    r"""The pattern, then the character after its match (a final \b asks for a non-word one): the same matches,
    tried in the same order, without \b."""
    if pattern.endswith(r"\b"):
        return pattern[:-2] + r"\W"
    start = _last_group(pattern)
    if start is None:
        return pattern + "(?s:.)"
    head = pattern[start:pattern.index(":", start) + 1]  # the character goes into each branch of the last group
    return pattern[:start] + head + "|".join(map(_then_a_character, _alternatives(pattern[start + len(head):-1]))) + ")"


@functools.cache  # rewritten once, not at every call of type_claims
def _span_form(alternative: str) -> str:
    r"""A \b-free regex matching, in SEP + text + SEP, the character before a match of the alternative, the match,
    and the character after; the matches are the alternative's, in the same order, so the first is its first."""
    for context, form in GAP_FORMS:
        alternative = re.sub(context, form, alternative)
    alternative = _then_a_character(alternative)
    alternative = r"\W" + alternative[2:] if alternative.startswith(r"\b") else "(?s:.)" + alternative
    if r"\b" in alternative or "^" in alternative.replace("[^", "") or "$" in alternative:
        raise ValueError(f"no span form for {alternative!r}")
    return alternative
