r"""Matching the tables fast. Speed, not meaning: every output is the plain rule's (the row language's pattern, all
languages' patterns joined for other langs, through `.str.contains`, `.str.extract`, `.str.count_matches`).

Three costs shape the code (figures: docs/tuning.md, "Claims"):
- A Unicode \b makes the regex engine leave its DFA for a slower engine on non-ASCII text. Every row is tested
  with \b-free forms that match the same texts (rewrite.FAST_FORMS); the rule itself, needed for a match text
  or a match count, runs only on the rows with a match (classify._on_cue_rows masks the others).
- Compiling the regexes costs more than matching them. Polars keeps a few compiled regexes per thread and
  streams rows in batches, at least one per thread, so every thread would compile every regex again in every
  call. So the rows go through as one batch (classify._one_batch), the test of every row uses one regex per
  table for all languages at once, on the text tagged with its language (`_tagged`), the counts of the main
  clause take the regex of each row's language as a column (`_pattern`: only the languages of its rows are
  compiled), and the first cue match joins consecutive alternatives by groups (`_first_table_match`). Large
  Unicode classes cost most of a compile: TEXT is the text on a small alphabet (alphabet.small_text) and every
  pattern goes through alphabet._small, which narrows its classes to that alphabet.
- An expression used twice may be computed twice: each regex result is a column (TEMP prefix) read after; and a
  frame read twice is computed twice, in rows that may come in another order: type_claims is one chain, no part
  of it read by two branches joined back on a row number.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from transforms.claims.alphabet import _small
from transforms.claims.languages import NEVER
from transforms.claims.rewrite import FAST_BOUNDARY, FAST_END, _alternatives, _fast, _fast_all, _relaxed, _span_form
from transforms.claims.rules import LANGS, SUBORDINATE, SUBORDINATE_ANY

TEXT, LANG = pl.col("__text"), pl.col("__lang")  # while typing, TEXT is alphabet.small_text of the text
TEMP = "__claims_"  # intermediate columns, dropped at the end
PLAIN = pl.col(f"{TEMP}plain")  # the text itself, while typing
OTHER, SEP = "xx", "\x00"  # SEP is a non-word character, as the start of the text is for \b
TAGGED = pl.col(f"{TEMP}tagged")  # the language (OTHER if not in LANGS), SEP, the text: "fr\x00Il faut ..."
TAGGING = pl.concat_str(pl.when(LANG.is_in(LANGS)).then(LANG).otherwise(pl.lit(OTHER)), pl.lit(SEP), TEXT).alias(
    f"{TEMP}tagged")
ALL_AT_ONCE = (LANGS,)  # the languages of one regex
PER_LANGUAGE = tuple((code,) for code in LANGS)
# The most characters of alternatives one regex tests: past a few thousand, the lazy DFA's states overflow its cache
# and a regex scans several times slower than its parts apart (docs/tuning.md, "Claims")
PACK_CHARS = 2500
_ANYWHERE = r"(?s:.)*?"  # the match may start anywhere in the text (tagged regexes are anchored at the tag)


def _only(text: pl.Expr, rows: pl.Expr) -> pl.Expr:
    """The text on `rows`, "" elsewhere: a pattern applied to it costs only `rows`."""
    return pl.when(rows).then(text).otherwise(pl.lit(""))


def _pattern(patterns: dict[str, str], rows: pl.Expr) -> pl.Expr:
    """Per row of `rows`, the pattern of its language (`patterns[OTHER]` for other langs), else null (so is the
    result of a match against it). Given as a column, a regex is compiled only if some row needs it; looked up by
    language, each pattern is stored once, not copied into every row."""
    key = pl.when(rows).then(pl.when(LANG.is_in(LANGS)).then(LANG).otherwise(pl.lit(OTHER)))
    return key.replace_strict({code: _small(p) for code, p in patterns.items()}, default=None, return_dtype=pl.String)


def _per_lang(table: dict[str, str]) -> dict[str, str]:
    """The table's pattern per language, and under OTHER every language's pattern joined."""
    patterns = {code: table[code] for code in LANGS if table.get(code, NEVER) != NEVER}
    return {**patterns, OTHER: "|".join(patterns.values())}


def _any_of(alternatives: list[str]) -> str:
    """The alternatives joined, those ending in FAST_END under one (`a(?:\\W|$)|b(?:\\W|$)` -> `(?:a|b)(?:\\W|$)`): the
    same texts contain a match, with fewer copies of the large Unicode class \\W to compile."""
    ended = [a.removesuffix(FAST_END) for a in alternatives if a.endswith(FAST_END)]
    rest = [a for a in alternatives if not a.endswith(FAST_END)]
    return "|".join(rest + ([f"(?:{'|'.join(ended)}){FAST_END}"] if ended else []))


def _tagged(table: dict[str, str], langs: tuple[str, ...] = LANGS, form: Callable[[str], str] = _fast) -> str:
    """A regex for TAGGED: the row language's pattern matches the text (OTHER rows: any of `langs`' patterns)."""
    branches = []
    for code in (code for code in langs if table.get(code, NEVER) != NEVER):
        head = f"^(?:{code}|{OTHER}){SEP}"
        alternatives = [form(a) for a in _alternatives(table[code])]
        anchored = [a[1:] for a in alternatives if a.startswith("^")]  # their ^ is the text start, after SEP
        at_word = [a[len(FAST_BOUNDARY):] for a in alternatives if a.startswith(FAST_BOUNDARY)]
        anywhere = [a for a in alternatives if not a.startswith(("^", FAST_BOUNDARY))]
        branches += [f"{head}(?:{_any_of(anchored)})"] if anchored else []
        branches += [rf"{head}(?:{_ANYWHERE}\W)?(?:{_any_of(at_word)})"] if at_word else []
        branches += [f"{head}{_ANYWHERE}(?:{_any_of(anywhere)})"] if anywhere else []
    return "|".join(branches) or NEVER


def _packs(table: dict[str, str], langs: tuple[str, ...]) -> list[dict[str, str]]:
    """The table's alternatives of `langs`, in order, packed into sub-tables of at most PACK_CHARS characters each
    (one alternative longer than that alone): testing each pack is testing the table."""
    packs: list[dict[str, list[str]]] = [{}]
    size = 0
    for code in (code for code in langs if table.get(code, NEVER) != NEVER):
        for alternative in _alternatives(table[code]):
            if size + len(alternative) > PACK_CHARS and size > 0:
                packs, size = [*packs, {}], 0
            packs[-1].setdefault(code, []).append(alternative)
            size += len(alternative)
    return [{code: "|".join(alternatives) for code, alternatives in pack.items()} for pack in packs if pack]


def _contains(table: dict[str, str], rows: pl.Expr, groups: tuple[tuple[str, ...], ...] = ALL_AT_ONCE) -> pl.Expr:
    """True where the text matches the row language's pattern (all languages' for other langs), on `rows` only: a
    regex per pack of each group of languages."""
    return rows & pl.any_horizontal([
        _only(TAGGED, rows).str.contains(_small(_tagged(pack, langs)))
        for langs in groups for pack in _packs(table, langs)
    ])


FIRST_MATCH_GROUP = 3  # consecutive alternatives found by one regex in _first_table_match


def _first_table_match(lf: pl.LazyFrame, out: str, table: dict[str, str], rows: pl.Expr) -> pl.LazyFrame:
    """Adds String `out`: on `rows`, the first text matched by the row language's pattern (other langs: by all
    languages' patterns joined), else null.

    The first match of `a|b|c` is the one of the alternative that starts first (the earlier one on a tie), which is
    also the leftmost-first match of their `_span_form`s joined. All joined, they overflow the DFA cache; one regex
    each, compiling them costs more than matching them: consecutive alternatives are joined by FIRST_MATCH_GROUP,
    each group's first match is read on the rows of its language (one regex per group, no second pass to read the
    text), and the one that starts first (the earlier group on a tie) is kept. A group's first match is read as the
    whole match of an unanchored search (no capture group): the engine finds it with its DFAs alone, where a capture
    after a lazy prefix (`^(?s:.)*?(span)`) sends every matching row through a capture engine from the text start.
    """
    bracketed = pl.col(f"{TEMP}{out}:text")
    groups = [
        (code, "|".join(_span_form(a) for a in alternatives[i:i + FIRST_MATCH_GROUP]))
        for code, p in _per_lang(table).items() if code != OTHER
        for alternatives in [_alternatives(p)] for i in range(0, len(alternatives), FIRST_MATCH_GROUP)
    ]
    match = [pl.col(f"{TEMP}{out}:{i}") for i in range(len(groups))]
    start = [pl.col(f"{TEMP}{out}:start{i}") for i in range(len(groups))]  # columns: each read twice below
    first = pl.col(f"{TEMP}{out}:first")  # a column: compared with each start below
    return (
        lf.with_columns(pl.concat_str(pl.lit(SEP), TEXT, pl.lit(SEP)).alias(f"{TEMP}{out}:text"))
        .with_columns(  # the text on the rows of the group's language, its pattern a literal: compiled once
            pl.when(rows & ((LANG == code) | ~LANG.is_in(LANGS))).then(bracketed)
            .str.extract(_small(span), 0)
            .alias(f"{TEMP}{out}:{i}")
            for i, (code, span) in enumerate(groups)
        )
        .with_columns(  # where a group's first match starts: where its text first occurs (a span form has no anchor,
            # so the same characters earlier would have matched first)
            bracketed.str.find(m, literal=True).alias(f"{TEMP}{out}:start{i}") for i, m in enumerate(match)
        )
        .with_columns(pl.min_horizontal(start).alias(f"{TEMP}{out}:first"))
        .with_columns(  # the match of the group that matches first (the earlier group on a tie)
            pl.coalesce(pl.when(s == first).then(m) for s, m in zip(start, match, strict=True)).alias(out)
        )
        .with_columns(  # in the text itself (small_text keeps places in characters), without the characters around
            pl.when(pl.col(out).is_not_null())
            .then(PLAIN.str.slice(bracketed.cast(pl.Binary).bin.slice(0, first).cast(pl.String).str.len_chars(),
                                  pl.col(out).str.len_chars() - 2)).alias(out)
        )
    )


def _subtracted(table: dict[str, str], has: pl.Expr, not_cue: str) -> pl.Expr:
    """Rows with a cue where _in_main_clause may subtract one: a cue after the row language's subordinate (other
    langs: any language's), or not_cue."""
    # a subordinate ends with a space or an apostrophe: the \b before a cue's first (word) character holds
    branches = [
        f"^{code}{SEP}{_ANYWHERE}{SUBORDINATE.get(code, SUBORDINATE_ANY)}(?:"
        + _any_of([_fast(a.removeprefix(r"\b")) for a in _alternatives(p)]) + ")"
        for code, p in _per_lang(table).items()
    ]
    maybe = _only(TAGGED, has).str.contains(_small("|".join(branches)))
    return has & (maybe | _only(TEXT, has).str.contains(_small(_fast_all(not_cue))) if not_cue != NEVER else maybe)


def _twice(table: dict[str, str], rows: pl.Expr) -> pl.Expr:
    r"""On `rows`, the row language's pattern without \b matches twice (elsewhere False): the rows _in_main_clause
    counts on."""
    patterns = {code: f"(?:{_relaxed(p)})(?s:.)*?(?:{_relaxed(p)})" for code, p in _per_lang(table).items()}
    return TEXT.str.contains(_pattern(patterns, rows)).fill_null(False)


def _in_main_clause(table: dict[str, str], rows: pl.Expr, not_cue: str, twice: pl.Expr | None = None) -> pl.Expr:
    r"""On the rows of _subtracted: a cue of the table occurs outside a que/qui/dont/si clause (cue count minus
    subordinate count and not_cue count > 0). There is one to subtract, so it takes two cues: the slow counts
    (\b) run only where the pattern without \b matches twice (`twice`: _twice on `rows`, best a column: it is read
    three times)."""
    patterns = _per_lang(table)
    cues = rows & (_twice(table, rows) if twice is None else twice)
    n = TEXT.str.count_matches(_pattern(patterns, cues)).cast(pl.Int64)
    subordinate = {code: SUBORDINATE.get(code, SUBORDINATE_ANY) + f"(?:{p})" for code, p in patterns.items()}
    n = n - TEXT.str.count_matches(_pattern(subordinate, cues)).cast(pl.Int64)
    n = n - _only(TEXT, cues).str.count_matches(_small(not_cue)).cast(pl.Int64) if not_cue != NEVER else n
    return rows & (n.fill_null(0) > 0)  # null: not a row with two cues
