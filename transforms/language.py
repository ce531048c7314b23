"""Language identification per row (document or block) and the mixed-language verdict per document.

Two backends share one model, the n-gram profiles shipped inside the langdetect package:
- `langdetect`: the reference, `langdetect.detect_langs` per text with a fixed seed (DetectorFactory.seed = 0).
- `profiles`: the same profiles and smoothing, scored as a deterministic naive Bayes over *every* 1-3-gram of
  the text, for a whole batch at once in numpy. langdetect samples n-grams at random until one language
  passes 0.99999, so its answer on short or borderline texts depends on the draw; summing all n-grams
  removes the draw, and doing it as array arithmetic instead of a Python loop per n-gram makes it fast.

Both backends see the same text: URLs and e-mail addresses removed, and a row with fewer than
`min_letters` letters left is 'und' with score 0.0 ("0", "1815", ":-)", a bare URL, menu crumbs).
"""

from __future__ import annotations

import functools
import json
import threading
from pathlib import Path
from typing import NamedTuple

import numpy as np
import polars as pl

UND = "und"
BACKENDS = ("profiles", "langdetect")

# Wider than langdetect's own URL_RE / MAIL_RE (it keeps "www.x.com" and the non-ASCII tail of a URL as text);
# a URL is never evidence for a language, and removing it before counting letters makes a bare URL 'und'.
URL = r"(?:[hH][tT][tT][pP][sS]?://|[wW][wW][wW]\.)\S+"
MAIL = r"[-_.0-9A-Za-z]+@[-_0-9A-Za-z][-_.0-9A-Za-z]+"
LETTER = r"\p{L}"

_RESULT = pl.Struct({"lang": pl.String, "lang_score": pl.Float64})
_SHARES = pl.List(pl.Struct({"lang": pl.String, "share": pl.Float64}))
_SCORE_DECIMALS = 6  # rounded so the printed score is byte-identical across machines (summation order, libm)

# langdetect's constants (detector.py): each n-gram multiplies P(lang) by (p(gram | lang) + ALPHA / BASE_FREQ).
_ALPHA = 0.5
_BASE_FREQ = 10_000
_UNSEEN_PENALTY = 6.0  # nats; see _build_model
_CHUNK_CHARS = 2_000_000  # characters scored per numpy pass: bounds memory to ~100 MB whatever the batch size
_LOCAL_KEYS = 1 << 22  # largest n-gram key table of a chunk's own alphabet (b <= 161 characters)
_FIELD = 1 << 21  # per-row counts packed in one int64, 21 bits each


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
    letters = pl.col(text_col).str.count_matches(LETTER).fill_null(0)
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
            pl.col("lang_shares").fill_null(pl.lit([], dtype=_SHARES)),
            pl.col("is_mixed_lang").fill_null(False),
        )
        .sort(key)
    )


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


class _Model(NamedTuple):
    langs: pl.Series  # (L + 1,) language codes sorted (a tie goes to the first, on every run), then 'und'
    log_prob: np.ndarray  # (M + 1, L) float32 log(p(gram | lang) + ALPHA / BASE_FREQ); last row 0 = no n-gram
    alpha: np.ndarray  # (_PLANES,) uint16: code point -> alphabet index of its NGram.normalize'd character
    upper: np.ndarray  # (_PLANES,) bool: the normalised character is upper case (langdetect skips ACRONYMS)
    classes: np.ndarray  # (_PLANES,) int64: bit 0 letter (\p{L}), bit 21 'A'..'z', bit 42 non-Latin (cleaning_text)
    unigram: np.ndarray  # (B,) int32: alphabet index -> profile row of that 1-gram, M when none
    cuckoo_keys: np.ndarray  # (2, S) uint64 2- and 3-gram keys of a two-table cuckoo hash, _EMPTY if free
    cuckoo_rows: np.ndarray  # (2, S) int32 profile row of each slot
    base: int  # B: alphabet size, the radix of n-gram keys
    vi_base: np.ndarray  # sorted code points that take a Vietnamese tone mark (NGram.normalize_vi)
    vi_marks: np.ndarray  # sorted combining tone marks
    vi_composed: np.ndarray  # (marks, bases) uint32 composed letter


# Alphabet indices: 0 is unused, 1 is the space, the profiles' characters follow, and B - 1 stands for every
# character no profile has (an n-gram holding it is in no profile, as in langdetect).
_SPACE = 1
_PLANES = 0x40000  # past plane 3 code points are unassigned, tags or private use: no letter, no case
_EMPTY = np.uint64(2**64 - 1)
_MULTIPLIERS = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F))  # one per cuckoo table
_model_lock = threading.Lock()


def _model() -> _Model:
    """langdetect's profiles and normalisation tables, built once per process (Polars may call from 2 threads)."""
    with _model_lock:
        return _build_model()


@functools.cache
def _build_model() -> _Model:
    import langdetect
    from langdetect.utils.messages import get_string
    from langdetect.utils.ngram import NGram

    root = Path(langdetect.__file__).resolve().parent / "profiles"
    profiles = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(root.iterdir()) if p.is_file()}
    langs = sorted(profiles)
    # The same probabilities as DetectorFactory.add_profile: freq / n_words of the n-gram's length.
    grams = sorted({g for prof in profiles.values() for g in prof["freq"] if 1 <= len(g) <= 3}, key=lambda g: (len(g), g))
    row = {g: i for i, g in enumerate(grams)}
    prob = np.zeros((len(grams), len(langs)))
    for j, lang in enumerate(langs):
        n_words = profiles[lang]["n_words"]
        for g, f in profiles[lang]["freq"].items():
            if 1 <= len(g) <= 3:
                prob[row[g], j] = f / n_words[len(g) - 1]
    log_prob = np.log(prob + _ALPHA / _BASE_FREQ)
    # An n-gram a profile lacks gets langdetect's smoothing, but never counts more than _UNSEEN_PENALTY
    # against that language than for the n-gram's likeliest one. langdetect stops sampling after a few
    # dozen n-grams, so a header or a name in another script rarely decides its answer; summing every
    # n-gram, unbounded penalties let them (Urdu pages with an English header came out 'en').
    best = log_prob.max(axis=1, keepdims=True)
    log_prob = np.where(prob > 0, log_prob, np.maximum(log_prob, best - _UNSEEN_PENALTY))
    # float32 halves the memory read per n-gram; sums are taken in float64.
    log_prob = np.vstack([log_prob, np.zeros((1, len(langs)))]).astype(np.float32)

    chars = sorted({c for g in grams for c in g} - {" "})
    index = {" ": _SPACE} | {c: i + 2 for i, c in enumerate(chars)}
    base = len(index) + 2
    normalized = [NGram.normalize(chr(c)) if c < 0x10000 else chr(c) for c in range(_PLANES)]  # BMP-only blocks
    alpha = np.array([index.get(ch, base - 1) for ch in normalized], dtype=np.uint16)
    upper = np.array([ch.isupper() for ch in normalized], dtype=bool)
    alpha[0xD800:0xE000] = base - 1  # surrogates never reach here (Polars strings are UTF-8); keep them inert
    upper[0xD800:0xE000] = False
    letter = pl.Series([chr(c) if not 0xD800 <= c < 0xE000 else " " for c in range(_PLANES)]).str.contains(f"^{LETTER}$")

    unigram = np.full(base, len(grams), dtype=np.int32)
    keys, rows = [], []
    for g, i in row.items():
        if len(g) == 1:
            unigram[index[g]] = i
        else:
            keys.append(_key([index[c] for c in g], base))
            rows.append(i)
    cuckoo_keys, cuckoo_rows = _cuckoo(keys, rows)

    bases = get_string("TO_NORMALIZE_VI_CHARS")
    marks = get_string("DMARK_CLASS")
    composed = [get_string(f"NORMALIZED_VI_CHARS_{ord(m):04X}") for m in marks]
    b_order = sorted(range(len(bases)), key=lambda i: bases[i])
    m_order = sorted(range(len(marks)), key=lambda i: marks[i])
    return _Model(
        langs=pl.Series([*langs, UND], dtype=pl.String),
        log_prob=log_prob,
        alpha=alpha,
        upper=upper,
        classes=_classes(letter.to_numpy()),
        unigram=unigram,
        cuckoo_keys=cuckoo_keys,
        cuckoo_rows=cuckoo_rows,
        base=base,
        vi_base=np.array(sorted(ord(c) for c in bases), dtype=np.uint32),
        vi_marks=np.array(sorted(ord(c) for c in marks), dtype=np.uint32),
        vi_composed=np.array([[ord(composed[m][b]) for b in b_order] for m in m_order], dtype=np.uint32),
    )


def _classes(letter: np.ndarray) -> np.ndarray:
    code = np.arange(_PLANES)
    latin = (code >= 0x41) & (code <= 0x7A)
    non_latin = code >= 0x300  # langdetect means to exempt U+1E00-1EFF, but compares a block id with a string
    return letter.astype(np.int64) | (latin.astype(np.int64) << 21) | (non_latin.astype(np.int64) << 42)


def _key(alphabet_indices: list[int], base: int) -> int:
    out = 0
    for a in alphabet_indices:
        out = out * base + a
    return out


def _slots(keys: np.ndarray, table: int, bits: int) -> np.ndarray:
    return ((keys * _MULTIPLIERS[table]) >> np.uint64(64 - bits)).astype(np.intp)


def _cuckoo(keys: list[int], rows: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Two tables, each at load <= 1/3: every key sits in one of its two slots, so a lookup is two gathers."""
    bits = max(int(np.ceil(np.log2(1.5 * len(keys)))), 4)
    table_keys = np.full((2, 1 << bits), _EMPTY, dtype=np.uint64)
    table_rows = np.full((2, 1 << bits), -1, dtype=np.int32)
    home = [_slots(np.array(keys, dtype=np.uint64), t, bits).tolist() for t in (0, 1)]
    slot_of = {k: (home[0][i], home[1][i]) for i, k in enumerate(keys)}
    for key, row in zip(keys, rows, strict=True):
        table = 0
        for _ in range(500):  # evict until a free slot; at this load a cycle practically never happens
            s = slot_of[key][table]
            old_key, old_row = int(table_keys[table, s]), int(table_rows[table, s])
            table_keys[table, s], table_rows[table, s] = key, row
            if old_key == int(_EMPTY):
                break
            key, row, table = old_key, old_row, 1 - table
        else:
            raise RuntimeError("cuckoo table construction failed")  # a bug in the profiles, not in the input
    return table_keys, table_rows


def _lookup(model: _Model, keys: np.ndarray, missing: int) -> np.ndarray:
    """Profile row of each 2-/3-gram key, `missing` when no profile has it."""
    bits = model.cuckoo_keys.shape[1].bit_length() - 1
    s0 = _slots(keys, 0, bits)
    s1 = _slots(keys, 1, bits)
    (keys0, keys1), (rows0, rows1) = model.cuckoo_keys, model.cuckoo_rows
    return np.where(keys1[s1] == keys, rows1[s1], np.where(keys0[s0] == keys, rows0[s0], missing))


def _score_profiles(texts: pl.Series, *, min_letters: int, score_ngrams: int) -> pl.Series:
    """Naive Bayes over all 1-3-grams of each text against langdetect's profiles; null -> 'und'."""
    model = _model()
    n = len(texts)
    best = np.full(n, len(model.langs) - 1)  # 'und'
    scores = np.zeros(n)
    texts = texts.fill_null("")
    few = n <= 1000  # few rows: Python's own str is cheaper to reach than Polars' per-column kernels
    strings = texts.to_list() if few else None
    lengths = np.fromiter(map(len, strings), np.int64, n) if few else texts.str.len_chars().to_numpy().astype(np.int64)
    lengths += 1  # the space before each text
    ends = np.cumsum(lengths)
    start = 0
    while start < n:  # chunks of rows bound the memory of one pass; a batch of short texts is one chunk
        offset = ends[start - 1] if start else 0
        stop = min(max(int(np.searchsorted(ends, offset + _CHUNK_CHARS, side="right")), start + 1), n)
        # One string per chunk, each text preceded by a space (langdetect's n-gram buffer starts as ' ').
        joined = " ".join(strings[start:stop]) if few else texts.slice(start, stop - start).str.join(" ").item()
        stream = " " + joined
        codes = np.frombuffer(stream.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        codes = np.minimum(codes, _PLANES - 1)  # past plane 3 nothing is a letter or in a profile
        best[start:stop], scores[start:stop] = _naive_bayes(
            model, codes, lengths[start:stop], min_letters=min_letters, score_ngrams=score_ngrams
        )
        start = stop
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
    """Per row, the sum over its n-grams of log p(gram | lang) (rows x languages), and how many n-grams.

    `codes` holds the texts, each preceded by one space (`starts`). As in langdetect's NGram buffer, the
    n-grams ending at a character are its suffixes of length 1..3 that start no earlier than the last space
    before it, minus the bare ' ': so a 3-gram needs a non-space just before, a 2-gram any character before.
    None ends on the space that starts a text, nor inside an ACRONYM (this and the previous character upper
    case). Runs of spaces need no collapsing: an n-gram holding two spaces is in no profile.
    """
    n = len(starts)
    a = model.alpha[codes]
    upper = model.upper[codes]
    dead = np.empty(len(a), dtype=bool)
    np.logical_and(upper[1:], upper[:-1], out=dead[1:])
    dead[starts] = True
    dead3 = dead.copy()
    dead3[1:] |= a[:-1] == _SPACE
    present = np.bincount(a, minlength=model.base) > 0
    b = int(present.sum())
    if b**3 <= _LOCAL_KEYS and n * (b * b + 1) <= 4 * len(a) + (1 << 16):
        return _log_likelihood_counted(model, a, dead, dead3, row, n, np.flatnonzero(present))
    return _log_likelihood_summed(model, a, dead, dead3, row, n)


def _log_likelihood_counted(
    model: _Model, a: np.ndarray, dead: np.ndarray, dead3: np.ndarray, row: np.ndarray, n: int, alphabet: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Few long rows in a few scripts (documents), where n-grams repeat: count each distinct n-gram per row,
    then one small product of counts and log-probabilities. n-grams are numbered in the radix of the chunk's
    own alphabet (b characters), so distinct ones are found by marking a table of b^3 slots, not by sorting."""
    missing = len(model.log_prob) - 1
    b = len(alphabet)
    local = (np.cumsum(np.bincount(alphabet, minlength=model.base) > 0, dtype=np.int32) - 1)[a]
    two = local * b  # the 2-gram ending at each position: previous character * b + this one
    two[1:] = two[:-1] + local[1:]
    three = two * b
    three[1:] = three[:-1] + local[1:]
    # 2-grams: a row x b^2 count table. The 1-grams are its margins: a 1-gram (other than ' ') counts
    # exactly where a 2-gram does.
    cell = row * (b * b + 1)
    c2 = np.bincount(cell + np.where(dead, b * b, two), minlength=n * (b * b + 1)).reshape(n, b * b + 1)[:, : b * b]
    c1 = c2.reshape(n, b, b).sum(axis=1)
    used2 = np.flatnonzero(c2.any(axis=0))
    # 3-grams: b^3 possible keys, so count only the distinct ones.
    used = np.zeros(b**3 + 1, dtype=bool)
    three = np.where(dead3, b**3, three)
    used[three] = True
    used[b**3] = False
    used3 = np.flatnonzero(used)
    dense = np.empty(b**3 + 1, dtype=np.int64)
    dense[used3] = np.arange(len(used3))
    dense[b**3] = len(used3)
    cell = row * (len(used3) + 1)
    c3 = np.bincount(cell + dense[three], minlength=n * (len(used3) + 1)).reshape(n, -1)[:, :-1]

    wide = alphabet.astype(np.uint64)
    radix = np.uint64(model.base)
    key2 = wide[used2 // b] * radix + wide[used2 % b]
    key3 = (wide[used3 // (b * b)] * radix + wide[(used3 // b) % b]) * radix + wide[used3 % b]
    rows = np.r_[model.unigram[alphabet], _lookup(model, np.r_[key2, key3], missing)]
    counts = np.hstack([c1, c2[:, used2], c3])
    counts[:, rows == missing] = 0  # unknown n-grams (and the 1-gram ' ') are skipped, as in langdetect
    return _product(counts.astype(np.float64), model.log_prob[rows].astype(np.float64)), counts.sum(axis=1)


def _product(counts: np.ndarray, log_prob: np.ndarray) -> np.ndarray:
    """counts @ log_prob, in slices small enough that BLAS runs them on the calling thread.

    A multi-threaded BLAS call stalls for tens of milliseconds when the cores are busy, and may split the
    sum differently from run to run; below 2^16 multiply-adds OpenBLAS stays on one thread.
    """
    m, k = counts.shape
    step = (1 << 16) // max(m * log_prob.shape[1], 1)
    if step < 64:
        return np.einsum("rg,gl->rl", counts, log_prob)  # no BLAS at all
    out = np.zeros((m, log_prob.shape[1]))
    for lo in range(0, k, step):
        out += counts[:, lo : lo + step] @ log_prob[lo : lo + step]
    return out


def _log_likelihood_summed(
    model: _Model, a: np.ndarray, dead: np.ndarray, dead3: np.ndarray, row: np.ndarray, n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Many short rows (blocks, sentences) or many scripts: look every n-gram up, add its profile row."""
    missing = len(model.log_prob) - 1
    wide = a.astype(np.uint64)
    radix = np.uint64(model.base)
    key2 = np.zeros(len(a), dtype=np.uint64)  # position 0 is a text's leading space: no n-gram ends there
    key2[1:] = wide[:-1] * radix + wide[1:]
    key3 = np.zeros(len(a), dtype=np.uint64)
    key3[1:] = key2[:-1] * radix + wide[1:]
    grams = (
        np.where(dead, missing, model.unigram[a]),
        np.where(dead, missing, _lookup(model, key2, missing)),
        np.where(dead3, missing, _lookup(model, key3, missing)),
    )
    n_grams = sum(np.bincount(row, weights=g != missing, minlength=n) for g in grams)
    return sum(_sum_by_row(model.log_prob, g, row, n) for g in grams), n_grams


def _class_counts(
    model: _Model, codes: np.ndarray, starts: np.ndarray, lengths: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: letters, Latin 'A'..'z' and non-Latin characters (langdetect's cleaning_text counts)."""
    if lengths.max() < _FIELD:  # the three counts of a row fit 21 bits each: one pass sums them all
        packed = np.add.reduceat(model.classes[codes], starts)
        return packed & (_FIELD - 1), (packed >> 21) & (_FIELD - 1), packed >> 42
    classes = model.classes[codes]
    return tuple(np.add.reduceat((classes >> shift) & 1, starts) for shift in (0, 21, 42))


def _sum_by_row(log_prob: np.ndarray, gram: np.ndarray, row: np.ndarray, n: int) -> np.ndarray:
    """Sum of the profile rows `gram` per text `row` (sorted), a slice at a time to bound the gathered matrix."""
    out = np.zeros((n, log_prob.shape[1]))
    step = 1 << 15
    for lo in range(0, len(gram), step):
        g, r = gram[lo : lo + step], row[lo : lo + step]
        seg = np.flatnonzero(np.r_[True, r[1:] != r[:-1]])
        out[r[seg]] += np.add.reduceat(log_prob[g], seg, axis=0, dtype=np.float64)
    return out


def _normalize_vi(model: _Model, codes: np.ndarray, starts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """langdetect's NGram.normalize_vi: a vowel followed by a combining Vietnamese tone mark becomes one letter."""
    if not np.any((codes - model.vi_marks[0]) <= model.vi_marks[-1] - model.vi_marks[0]):  # unsigned: one test
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
