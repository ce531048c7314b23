r"""Matching the tables fast. Speed, not meaning: every output is the plain rule's (the row language's pattern, all
languages' patterns joined for other langs, through `.str.contains`, `.str.extract`, `.str.count_matches`).

Three costs shape the code (figures: docs/tuning.md, "Claims"):
- A Unicode \b makes the regex engine leave its DFA for a slower engine on non-ASCII text. Every row is tested
  with \b-free forms that match the same texts (rewrite.FAST_FORMS); the rule itself, needed for a match text
  or a match count, runs only on the rows with a match (classify._on_cue_rows).
- Compiling the regexes costs more than matching them. Polars keeps a few compiled regexes per thread and
  streams rows in batches, at least one per thread, so every thread would compile every regex again in every
  call. So the rows go through as one batch (classify._one_batch), the test of every row uses one regex per
  table for all languages at once, on the text tagged with its language (`_tagged`), and the regexes per
  language of the cue rows are given as a column (`_pattern`): only the languages of its rows are compiled.
- An expression used twice may be computed twice: each regex result is a column (TEMP prefix) read after.
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from transforms.claims.languages import NEVER
from transforms.claims.rewrite import FAST_BOUNDARY, _alternatives, _fast, _fast_all, _relaxed, _span_form
from transforms.claims.rules import LANGS, SUBORDINATE

TEXT, LANG = pl.col("__text"), pl.col("__lang")
TEMP = "__claims_"  # intermediate columns, dropped at the end
OTHER, SEP = "xx", "\x00"  # SEP is a non-word character, as the start of the text is for \b
TAGGED = pl.col(f"{TEMP}tagged")  # the language (OTHER if not in LANGS), SEP, the text: "fr\x00Il faut ..."
TAGGING = pl.concat_str(pl.when(LANG.is_in(LANGS)).then(LANG).otherwise(pl.lit(OTHER)), pl.lit(SEP), TEXT).alias(
    f"{TEMP}tagged")
ALL_AT_ONCE = (LANGS,)  # the languages of one regex
_ANYWHERE = r"(?s:.)*?"  # the match may start anywhere in the text (tagged regexes are anchored at the tag)


def _only(text: pl.Expr, rows: pl.Expr) -> pl.Expr:
    """The text on `rows`, "" elsewhere: a pattern applied to it costs only `rows`."""
    return pl.when(rows).then(text).otherwise(pl.lit(""))


def _pattern(patterns: dict[str, str], rows: pl.Expr) -> pl.Expr:
    """Per row of `rows`, the pattern of its language (`patterns[OTHER]` for other langs), else null (so is the
    result of a match against it). Given as a column, a regex is compiled only if some row needs it."""
    chosen = pl.when(~rows).then(pl.lit(None, dtype=pl.String))
    for code, pattern in patterns.items():
        chosen = chosen.when((LANG == code) if code != OTHER else ~LANG.is_in(LANGS)).then(pl.lit(pattern))
    return chosen.otherwise(pl.lit(None, dtype=pl.String))


def _per_lang(table: dict[str, str]) -> dict[str, str]:
    """The table's pattern per language, and under OTHER every language's pattern joined."""
    patterns = {code: table[code] for code in LANGS if table.get(code, NEVER) != NEVER}
    return {**patterns, OTHER: "|".join(patterns.values())}


def _tagged(table: dict[str, str], langs: tuple[str, ...] = LANGS, form: Callable[[str], str] = _fast) -> str:
    """A regex for TAGGED: the row language's pattern matches the text (OTHER rows: any of `langs`' patterns)."""
    branches = []
    for code in (code for code in langs if table.get(code, NEVER) != NEVER):
        head = f"^(?:{code}|{OTHER}){SEP}"
        alternatives = [form(a) for a in _alternatives(table[code])]
        anchored = [a[1:] for a in alternatives if a.startswith("^")]  # their ^ is the text start, after SEP
        at_word = [a[len(FAST_BOUNDARY):] for a in alternatives if a.startswith(FAST_BOUNDARY)]
        anywhere = [a for a in alternatives if not a.startswith(("^", FAST_BOUNDARY))]
        branches += [f"{head}(?:{'|'.join(anchored)})"] if anchored else []
        branches += [rf"{head}(?:{_ANYWHERE}\W)?(?:{'|'.join(at_word)})"] if at_word else []
        branches += [f"{head}{_ANYWHERE}(?:{'|'.join(anywhere)})"] if anywhere else []
    return "|".join(branches) or NEVER


def _contains(table: dict[str, str], rows: pl.Expr, groups: tuple[tuple[str, ...], ...] = ALL_AT_ONCE) -> pl.Expr:
    """True where the text matches the row language's pattern (all languages' for other langs), on `rows` only."""
    return rows & pl.any_horizontal([_only(TAGGED, rows).str.contains(_tagged(table, langs)) for langs in groups])


def _first_table_match(lf: pl.LazyFrame, out: str, table: dict[str, str], rows: pl.Expr) -> pl.LazyFrame:
    """Adds String `out`: on `rows`, the first text matched by the row language's pattern (other langs: by all
    languages' patterns joined), else null.

    The first match of `a|b|c` is the one of the alternative that starts first (the earlier one on a tie), so
    each alternative is found alone by the DFA, in its `_span_form` (joined, they overflow the DFA cache).
    """
    bracketed = pl.col(f"{TEMP}{out}:text")
    alternatives = [(code, a) for code, p in _per_lang(table).items() if code != OTHER for a in _alternatives(p)]
    start = [pl.col(f"{TEMP}{out}:{i}") for i in range(len(alternatives))]
    first = pl.col(f"{TEMP}{out}:first")  # a column: compared with each start below
    return (
        lf.with_columns(pl.concat_str(pl.lit(SEP), TEXT, pl.lit(SEP)).alias(f"{TEMP}{out}:text"))
        .with_columns(
            bracketed.str.find(pl.when(rows & ((LANG == code) | ~LANG.is_in(LANGS))).then(pl.lit(_span_form(a))))
            .alias(f"{TEMP}{out}:{i}")
            for i, (code, a) in enumerate(alternatives)
        )
        .with_columns(pl.min_horizontal(start).alias(f"{TEMP}{out}:first"))
        .with_columns(  # the match of the first alternative that starts first
            bracketed.str.extract_all(pl.coalesce(
                pl.when(start[i] == first).then(pl.lit(_span_form(a))) for i, (_, a) in enumerate(alternatives)
            )).list.first().alias(out)
        )
        .with_columns(pl.col(out).str.slice(1, pl.col(out).str.len_chars() - 2))  # without the characters around
    )


def _subtracted(table: dict[str, str], has: pl.Expr, not_cue: str) -> pl.Expr:
    """Rows with a cue where _in_main_clause may subtract one: a cue after a subordinate, or not_cue."""
    # a subordinate ends with a space or an apostrophe: the \b before a cue's first (word) character holds
    after_subordinate = {
        code: SUBORDINATE + "(?:" + "|".join(_fast(a.removeprefix(r"\b")) for a in _alternatives(p)) + ")"
        for code, p in table.items() if p != NEVER
    }
    maybe = _only(TAGGED, has).str.contains(_tagged(after_subordinate, form=lambda a: a))
    return has & (maybe | _only(TEXT, has).str.contains(_fast_all(not_cue)) if not_cue != NEVER else maybe)


def _in_main_clause(table: dict[str, str], rows: pl.Expr, not_cue: str) -> pl.Expr:
    r"""On the rows of _subtracted: a cue of the table occurs outside a que/qui/dont/si clause (cue count minus
    subordinate count and not_cue count > 0). There is one to subtract, so it takes two cues: the slow counts
    (\b) run only where the pattern without \b matches twice."""
    patterns = _per_lang(table)
    twice = TEXT.str.contains(_pattern({code: f"(?:{_relaxed(p)})(?s:.)*?(?:{_relaxed(p)})"
                                        for code, p in patterns.items()}, rows)).fill_null(False)
    cues = rows & twice
    n = TEXT.str.count_matches(_pattern(patterns, cues)).cast(pl.Int64)
    subordinate = {code: SUBORDINATE + f"(?:{p})" for code, p in patterns.items()}
    n = n - TEXT.str.count_matches(_pattern(subordinate, cues)).cast(pl.Int64)
    n = n - _only(TEXT, cues).str.count_matches(not_cue).cast(pl.Int64) if not_cue != NEVER else n
    return rows & (n.fill_null(0) > 0)  # null: not a row with two cues
