"""Scoring texts: backend='profiles' as a vectorised naive Bayes over the model's tables, backend='langdetect' as
the reference; and the letter count that both the 'und' rule and the block shares use."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator

import numpy as np
import polars as pl

from transforms.language.model import _MULTIPLIER, _PLANES, LETTER, UND, _is_letter, _Model, _model

_RESULT = pl.Struct({"lang": pl.String, "lang_score": pl.Float64})
_SCORE_DECIMALS = 6  # rounded so the printed score is byte-identical across machines (summation order, libm)
_CHUNK_CHARS = 1 << 17  # characters scored per numpy pass: its arrays stay in cache
_FIELD = 1 << 21  # per-row counts packed in one int64, 21 bits each
# Rows summed by one count table (see _sum_by_group): at most _GROUP_ROWS, starting in one _GROUP_CHARS span.
_GROUP_ROWS = 32
_GROUP_CHARS = 1 << 17

# ---------------------------------------------------------------------------------------------------------
# backend='langdetect': the reference


# langdetect publishes its lazy global factory before the profiles finish loading, so a second thread can
# score against half the languages: the first call loads it under this lock, and calls run one at a time
# (they hold the GIL anyway).
_LANGDETECT_LOCK = threading.Lock()


def _detect_one(text: str | None, detect_langs, error: type[Exception]):
    if text is None:
        return None
    try:
        return detect_langs(text)[0]
    except (error, IndexError):
        return None


def _score_langdetect(texts: pl.Series, *, min_letters: int) -> pl.Series:
    """langdetect.detect_langs per text with the seed fixed; too few letters and featureless -> 'und'."""
    import langdetect.detector_factory as factory
    from langdetect.lang_detect_exception import LangDetectException

    enough = texts.str.count_matches(LETTER).fill_null(0) >= min_letters
    candidates = pl.select(pl.when(pl.lit(enough)).then(pl.lit(texts))).to_series().to_list()
    with _LANGDETECT_LOCK:
        factory.init_factory()
        factory.DetectorFactory.seed = 0  # without it the same text flips between answers from run to run
        # langdetect has a per-text Python API only: this loop is the reference cost being measured.
        best = [_detect_one(text, factory.detect_langs, LangDetectException) for text in candidates]
    return pl.DataFrame(
        {
            "lang": [UND if b is None else b.lang for b in best],
            "lang_score": [0.0 if b is None else round(min(max(b.prob, 0.0), 1.0), _SCORE_DECIMALS) for b in best],
        },
        schema=dict(_RESULT),
    ).to_struct(texts.name)



# ---------------------------------------------------------------------------------------------------------
# backend='profiles': langdetect's model, scored as a vectorised naive Bayes


def _count_letters(texts: pl.Series) -> pl.Series:
    """Per text, how many characters match LETTER (null stays null): a table lookup per code point."""
    letter = _is_letter()
    lengths = texts.str.len_chars().fill_null(0).to_numpy().astype(np.int64) + 1  # + the space before each
    counts = np.zeros(len(texts), dtype=np.uint32)
    for start, stop, codes in _code_chunks(texts.fill_null(""), lengths):
        counts[start:stop] = np.add.reduceat(letter[codes], np.r_[0, np.cumsum(lengths[start : stop - 1])])
    return pl.Series(texts.name, counts).set(texts.is_null(), None) if texts.has_nulls() else pl.Series(texts.name, counts)


def _code_chunks(texts: pl.Series, lengths: np.ndarray) -> Iterator[tuple[int, int, np.ndarray]]:
    """Rows [start, stop) of about _CHUNK_CHARS characters at a time, as code points (intp, clipped below
    _PLANES), each text preceded by a space (langdetect's n-gram buffer starts as ' '); `lengths` count it.

    Chunks keep each numpy pass's arrays in cache."""
    n = len(texts)
    few = n <= 1000  # few rows: Python's own str is cheaper to reach than Polars' per-column kernels
    strings = texts.to_list() if few else None
    ends = np.cumsum(lengths)
    start = 0
    while start < n:
        offset = ends[start - 1] if start else 0
        stop = min(max(int(np.searchsorted(ends, offset + _CHUNK_CHARS, side="right")), start + 1), n)
        joined = " ".join(strings[start:stop]) if few else texts.slice(start, stop - start).str.join(" ").item()
        codes = np.frombuffer((" " + joined).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        yield start, stop, np.minimum(codes, _PLANES - 1, dtype=np.intp)  # past plane 3: no letter, no profile
        start = stop



def _lookup(model: _Model, first: np.ndarray, rank: np.ndarray, otherwise: np.ndarray) -> np.ndarray:
    """Unit of the 3-gram (first character, pair) at each position, `otherwise` where no profile has it."""
    info = model.triple_info[rank]
    slot = model.triples[(info >> 6) + (((first * _MULTIPLIER) & 0xFFFFFFFF) >> (info & 63))]
    return np.where((slot >> 32) == first, slot & 0xFFFFFFFF, otherwise)


def _score_profiles(texts: pl.Series, *, min_letters: int, score_ngrams: int) -> pl.Series:
    """Naive Bayes over all 1-3-grams of each text against langdetect's profiles; null -> 'und'."""
    score = functools.partial(_score_distinct, min_letters=min_letters, score_ngrams=score_ngrams)
    return _per_distinct(score, texts.fill_null(""))


def _per_distinct(fn, texts: pl.Series) -> pl.Series:
    """fn(texts), computed once per distinct text: a row's result depends on its text alone, a crawl repeats
    whole pages, and a document without a title repeats its only section."""
    frame = texts.to_frame("text")
    distinct = frame.unique(maintain_order=True)
    if distinct.height == len(texts):
        return fn(texts)
    which = frame.join(distinct.with_row_index("_i"), on="text", how="left", maintain_order="left", nulls_equal=True)
    return fn(distinct.to_series().alias(texts.name)).gather(which["_i"])


def _score_distinct(texts: pl.Series, *, min_letters: int, score_ngrams: int) -> pl.Series:
    model = _model()
    n = len(texts)
    best = np.full(n, len(model.langs) - 1)  # 'und'
    scores = np.zeros(n)
    lengths = texts.str.len_chars().to_numpy().astype(np.int64) + 1  # the space before each text
    for start, stop, codes in _code_chunks(texts, lengths):
        best[start:stop], scores[start:stop] = _naive_bayes(
            model, codes, lengths[start:stop], min_letters=min_letters, score_ngrams=score_ngrams
        )
    return pl.DataFrame(
        {"lang": model.langs.gather(best), "lang_score": np.round(scores, _SCORE_DECIMALS)}, schema=dict(_RESULT)
    ).to_struct(texts.name)


def _naive_bayes(
    model: _Model, codes: np.ndarray, lengths: np.ndarray, *, min_letters: int, score_ngrams: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per row: index of the best language (len(langs) - 1 for 'und') and its tempered posterior."""
    n = len(lengths)
    starts = np.r_[0, np.cumsum(lengths)[:-1]]
    codes, starts = _normalize_vi(model, codes, starts)
    letters, latin, non_latin = _class_counts(model, codes, starts, np.diff(np.r_[starts, len(codes)]))
    codes, starts = _drop_latin_in_non_latin(codes, starts, latin * 2 < non_latin)
    row = np.repeat(np.arange(n), np.diff(np.r_[starts, len(codes)]))
    loglik, n_grams = _log_likelihood(model, codes, starts, row)

    best = np.argmax(loglik, axis=1)
    # The posterior with the evidence weighed as at most `score_ngrams` n-grams: naive Bayes over hundreds of
    # dependent n-grams says 1.0 for everything, which would make the score useless as a confidence.
    temper = np.minimum(1.0, score_ngrams / np.maximum(n_grams, 1))[:, None]
    score = 1.0 / np.exp((loglik - loglik[np.arange(n), best][:, None]) * temper).sum(axis=1)
    und = (n_grams == 0) | (letters < min_letters)
    best[und] = len(model.langs) - 1
    score[und] = 0.0
    return best, score


def _log_likelihood(model: _Model, codes: np.ndarray, starts: np.ndarray, row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the sum over its n-grams of their weighted log p(gram | lang) (rows x languages), and how many.

    `codes` holds the texts, each preceded by one space (`starts`). As in langdetect's NGram buffer, the
    n-grams ending at a character are its suffixes of length 1..3 that start no earlier than the last space
    before it, minus the bare ' ': so a 3-gram needs a non-space just before, a 2-gram any character before.
    None ends on the space that starts a text, nor inside an ACRONYM (this and the previous character upper
    case). Runs of spaces need no collapsing: the model has no n-gram with two spaces side by side.
    """
    no_pair = model.n_pairs
    a = model.alpha[codes]
    rank = np.empty(len(a), dtype=np.intp)  # the pair of the 2-gram ending at each position
    rank[0] = no_pair
    rank[1:] = model.pair[a[:-1] * model.base + a[1:]]
    unit = np.where(rank == no_pair, no_pair + a, rank)  # units: see _units in model.py
    unit[2:] = _lookup(model, a[:-2], rank[2:], unit[2:])  # the 3-gram: the character before, and that pair
    # The model has no n-gram langdetect cannot extract (see _build_model in model.py); what is left: none ends on the
    # space before a text (they would span two texts), nor inside an ACRONYM.
    upper = model.upper[codes]
    missing = len(model.units) - 1
    unit[np.flatnonzero(upper[1:] & upper[:-1]) + 1] = missing
    unit[starts] = missing
    return _sum_by_group(model.units, unit, row, starts)


def _sum_by_group(
    units: np.ndarray, unit: np.ndarray, row: np.ndarray, starts: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Per row, the sum of `units` over the unit at each of its positions (the last: none): the log-likelihood
    (rows x languages) and how many n-grams.

    Consecutive rows are taken in groups (at most _GROUP_ROWS rows starting in one span of _GROUP_CHARS
    positions, or one longer row): a group counts its distinct units in a (rows x distinct) table, then
    multiplies it with their log-probabilities. A page repeats its n-grams, so each distinct one is read once
    per group instead of at every occurrence; short rows share a group so that its fixed cost is spread.
    """
    n = len(starts)
    out = np.empty((n, units.shape[1]))
    span, batch = starts // _GROUP_CHARS, np.arange(n) // _GROUP_ROWS
    new = np.r_[True, (span[1:] != span[:-1]) | (batch[1:] != batch[:-1])]
    bounds = np.r_[np.flatnonzero(new), n].tolist()
    pos = np.r_[starts, len(row)].tolist()
    used = np.zeros(len(units), dtype=bool)  # reset after each group: only its own units are set
    column = np.zeros(len(units), dtype=np.intp)  # unit -> its column in the group's table
    for r0, r1 in zip(bounds[:-1], bounds[1:]):
        block = unit[pos[r0] : pos[r1]]
        used[block] = True
        distinct = np.flatnonzero(used)  # the missing unit among them when it occurs: its row of units is 0
        used[distinct] = False
        k = len(distinct)
        column[distinct] = np.arange(k)
        cell = column[block]
        if r1 - r0 > 1:
            cell += (row[pos[r0] : pos[r1]] - r0) * k
        counts = np.bincount(cell, minlength=(r1 - r0) * k).reshape(r1 - r0, k)
        out[r0:r1] = _product(counts.astype(np.float64), units[distinct].astype(np.float64))
    return out[:, :-1], out[:, -1].astype(np.int64)


def _product(counts: np.ndarray, log_prob: np.ndarray) -> np.ndarray:
    """counts @ log_prob, in slices small enough that BLAS runs them on the calling thread.

    A multi-threaded BLAS call stalls when the cores are busy (docs/tuning.md, "Language"); up to 2^18
    multiply-adds OpenBLAS (0.3.x, interface/gemm.c) stays on one thread. Exact in any order: see _GRID in model.py.
    """
    m, k = counts.shape
    step = (1 << 18) // max(m * log_prob.shape[1], 1)
    if step < 64:
        return np.einsum("rg,gl->rl", counts, log_prob)  # no BLAS at all
    out = np.zeros((m, log_prob.shape[1]))
    for lo in range(0, k, step):
        out += counts[:, lo : lo + step] @ log_prob[lo : lo + step]
    return out


def _class_counts(
    model: _Model, codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: letters, Latin 'A'..'z' and non-Latin characters (langdetect's cleaning_text counts)."""
    if lengths.max() < _FIELD:  # the three counts of a row fit 21 bits each: one pass sums them all
        packed = np.add.reduceat(model.classes[codes], starts)
        return packed & (_FIELD - 1), (packed >> 21) & (_FIELD - 1), packed >> 42
    classes = model.classes[codes]
    return tuple(np.add.reduceat((classes >> shift) & 1, starts) for shift in (0, 21, 42))


def _normalize_vi(model: _Model, codes: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """langdetect's NGram.normalize_vi: a vowel followed by a combining Vietnamese tone mark becomes one letter."""
    lo, hi = int(model.vi_marks[0]), int(model.vi_marks[-1])
    if not np.any((codes.astype(np.int64, copy=False) - lo).view(np.uint64) <= hi - lo):  # unsigned: one test
        return codes, starts
    mark = np.flatnonzero(np.isin(codes, model.vi_marks))
    mark = mark[np.isin(codes[mark - 1], model.vi_base)]  # mark > 0 and the space before each text is no base
    if len(mark) == 0:
        return codes, starts
    codes = codes.copy()
    m = np.searchsorted(model.vi_marks, codes[mark])
    b = np.searchsorted(model.vi_base, codes[mark - 1])
    codes[mark - 1] = model.vi_composed[m, b]
    keep = np.ones(len(codes), dtype=bool)
    keep[mark] = False
    return codes[keep], starts - np.searchsorted(mark, starts)


def _drop_latin_in_non_latin(codes: np.ndarray, starts: np.ndarray, drop_row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """langdetect's cleaning_text: in a text with twice as many non-Latin as Latin letters, drop 'A'..'z'."""
    if not drop_row.any():
        return codes, starts
    latin = (codes >= 0x41) & (codes <= 0x7A)
    drop = latin & np.repeat(drop_row, np.diff(np.r_[starts, len(codes)]))
    dropped_before = np.r_[0, np.cumsum(drop)][starts]
    return codes[~drop], starts - dropped_before
