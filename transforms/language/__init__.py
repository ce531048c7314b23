"""Language identification per row (document or block) and the mixed-language verdict per document.

Two backends share one model, the n-gram profiles shipped inside the langdetect package:
- `langdetect`: the reference, `langdetect.detect_langs` per text with a fixed seed (DetectorFactory.seed = 0).
- `profiles`: the same profiles and normalisation, scored as a deterministic naive Bayes over *every* 1-3-gram
  of the text, for a whole batch at once in numpy. langdetect samples n-grams at random until one language
  passes 0.99999, so its answer on short or borderline texts depends on the draw; summing all n-grams
  removes the draw, and doing it as array arithmetic instead of a Python loop per n-gram makes it fast:
  each position's n-grams are one table lookup, a page's repeated n-grams are counted once, and the sums are
  exact, so the output is the same bits whatever the batch, the thread or the machine.

Both backends see the same text: URLs and e-mail addresses removed, and a row with fewer than
`min_letters` letters left is 'und' with score 0.0 ("0", "1815", ":-)", a bare URL, menu crumbs).

Modules: model (the profiles backend's tables, built or loaded) · scoring (both backends, letter counts).
"""

from __future__ import annotations

import functools
from pathlib import Path

import polars as pl

from schemas.documents import LANG_SHARE
from transforms.language import model
from transforms.language.model import LETTER, UND, model_arrays, use_model_arrays
from transforms.language.scoring import _RESULT, _count_letters, _per_distinct, _score_langdetect, _score_profiles

BACKENDS = ("profiles", "langdetect")
TABLE_SOURCES = (Path(model.__file__),)  # the modules that build the model's tables: a cache of them is keyed on these

# Wider than langdetect's own URL_RE / MAIL_RE (it keeps "www.x.com" and the non-ASCII tail of a URL as text);
# a URL is never evidence for a language, and removing it before counting letters makes a bare URL 'und'.
URL = r"(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.)\S+"
MAIL = r"[-_.0-9A-Za-z]+@[-_0-9A-Za-z][-_.0-9A-Za-z]+"


def detect_language(
    lf: pl.LazyFrame,
    *,
    text_col: str = "text",
    backend: str = "profiles",
    min_letters: int = 12,
    score_ngrams: int = 30,
    max_chars: int = 1_000_000,
) -> pl.LazyFrame:
    """Adds `lang` (pl.String: ISO 639-1 code as langdetect names it, e.g. 'fr', 'zh-cn', or 'und') and `lang_score` (pl.Float64 in [0, 1]) for each row.

    'und' (score 0.0) when the text is null or has fewer than `min_letters` letters once URLs and e-mail
    addresses are removed, or when none of its n-grams is in any profile (e.g. Georgian, emoji only).
    backend='profiles': `lang_score` is the naive-Bayes posterior of `lang` with the evidence of a text
    weighed as at most `score_ngrams` n-grams, so that it separates "Recherche" (ambiguous) from a paragraph
    instead of being 1.0 for anything longer than a few words. Only the first `max_chars` characters are
    read (langdetect itself stops at 10 000). backend='langdetect': `lang_score` is detect_langs' probability.
    """
    if backend not in BACKENDS:
        raise ValueError(f"unknown backend {backend!r}: valid values are {', '.join(BACKENDS)}")
    if backend == "profiles":
        score = functools.partial(_score_profiles, min_letters=min_letters, score_ngrams=score_ngrams)
    else:
        score = functools.partial(_score_langdetect, min_letters=min_letters)
    cleaned = (
        pl.col(text_col)
        .cast(pl.String)
        .str.slice(0, max_chars)
        .str.replace_all(URL, " ")
        .str.replace_all(MAIL, " ")
    )
    scored = (
        cleaned
        # Both scorers work on a whole column at once (numpy arrays, or one Python loop for langdetect's
        # per-text API): map_batches costs one Python call per column where map_elements costs one per row.
        # Not is_elementwise: split batches would run in threads that only contend for the GIL.
        .map_batches(score, return_dtype=_RESULT)
    )
    tmp = f"__{text_col}_lid"
    return (
        lf.with_columns(scored.alias(tmp))
        .with_columns(
            pl.col(tmp).struct.field("lang").alias("lang"),
            pl.col(tmp).struct.field("lang_score").alias("lang_score"),
        )
        .drop(tmp)
    )


def combine_block_languages(
    blocks: pl.LazyFrame,
    *,
    key: str = "doc_id",
    text_col: str = "text",
    lang_col: str = "lang",
    mixed_share: float = 0.2,
) -> pl.LazyFrame:
    """One row per key: `lang_shares` (List(Struct{lang: String, share: Float64}) sorted by share desc then lang, shares by letters, 'und' blocks excluded) and `is_mixed_lang` (Boolean: True when the letters outside the top language reach mixed_share). Keys with no letters get an empty list and False."""
    # As str.count_matches(LETTER), by a table lookup: the regex is slow when every character matches its class.
    letters = pl.col(text_col).map_batches(functools.partial(_per_distinct, _count_letters), return_dtype=pl.UInt32)
    letters = letters.fill_null(0)
    per_lang = (
        blocks.select(key, pl.col(lang_col).alias("lang"), letters.alias("_letters"))
        .filter((pl.col("lang") != UND) & pl.col("lang").is_not_null() & (pl.col("_letters") > 0))
        .group_by(key, "lang")
        .agg(pl.col("_letters").sum())
        .group_by(key)
        .agg(
            pl.struct("lang", (pl.col("_letters") / pl.col("_letters").sum()).alias("share"))
            .sort_by(pl.col("_letters"), pl.col("lang"), descending=[True, False])
            .alias("lang_shares"),
            # Decided on letter counts, not on rounded shares: 1 block in 5 of equal size is exactly 0.2.
            ((pl.col("_letters").sum() - pl.col("_letters").max()) / pl.col("_letters").sum() >= mixed_share)
            .alias("is_mixed_lang"),
        )
    )
    return (
        blocks.select(key)
        .unique()
        .join(per_lang, on=key, how="left")
        .with_columns(
            pl.col("lang_shares").fill_null(pl.lit([], dtype=pl.List(LANG_SHARE))),
            pl.col("is_mixed_lang").fill_null(False),
        )
        .sort(key)
    )


__all__ = [
    "BACKENDS",
    "LETTER",
    "MAIL",
    "TABLE_SOURCES",
    "UND",
    "URL",
    "combine_block_languages",
    "detect_language",
    "model_arrays",
    "use_model_arrays",
]
