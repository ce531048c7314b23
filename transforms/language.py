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
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Iterator, Mapping
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

# langdetect (detector.py) multiplies P(lang) by (p(gram | lang) + ALPHA / BASE_FREQ) per n-gram, ALPHA = 0.5.
# The profiles backend keeps the frequencies and changes three scoring constants, chosen on the even-numbered
# sentences of each language in the shared language-ID set and checked on the odd ones (benchmarks/
# bench_language.py prints both halves): less smoothing (ALPHA 0.2); and, because naive Bayes counts every
# character again in the 1-, 2- and 3-grams that overlap it, 1-grams (the least specific) weigh 0.5 and
# 3-grams (the most) 1.5. Close languages (ca/es, da/no, cs/sk) are told apart by their 3-grams.
_ALPHA = 0.2
_BASE_FREQ = 10_000
_ORDER_WEIGHTS = (0.5, 1.0, 1.5)  # log-probability weight of 1-, 2- and 3-grams
_UNSEEN_PENALTY = 6.0  # nats, before weighting; see _build_model
_CHUNK_CHARS = 1 << 17  # characters scored per numpy pass: its arrays (~60 bytes a character) stay in cache
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
    # As str.count_matches(LETTER), which runs at 70 MB/s: every character is a match of a large Unicode class.
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
    units: np.ndarray  # (U + 1, L + 1) float32 per unit (below): summed weighted log(p(gram | lang) + ALPHA /
    # BASE_FREQ) of its n-grams on the _GRID, then how many n-grams it holds; the last row, all 0, is no unit
    alpha: np.ndarray  # (_PLANES,) intp: code point -> alphabet index of its NGram.normalize'd character
    upper: np.ndarray  # (_PLANES,) bool: the normalised character is upper case (langdetect skips ACRONYMS)
    classes: np.ndarray  # (_PLANES,) int64: bit 0 letter (\p{L}), bit 21 'A'..'z', bit 42 non-Latin (cleaning_text)
    pair: np.ndarray  # (B * B,) uint16: 2 alphabet indices -> rank among the P pairs (below), P when none
    n_pairs: int  # P
    triple_info: np.ndarray  # (P + 1,) int64: pair rank -> offset << 6 | shift of its 3-grams' block (_lookup)
    triples: np.ndarray  # (S,) int64: 3-gram slots, first character << 32 | unit, _EMPTY if free
    base: int  # B: alphabet size, the radix of n-gram keys
    vi_base: np.ndarray  # sorted code points that take a Vietnamese tone mark (NGram.normalize_vi)
    vi_marks: np.ndarray  # sorted combining tone marks
    vi_composed: np.ndarray  # (marks, bases) uint32 composed letter


# Alphabet indices: 0 is unused, 1 is the space, the profiles' characters follow, and B - 1 stands for every
# character no profile has (an n-gram holding it is in no profile, as in langdetect).
_SPACE = 1
_PLANES = 0x40000  # past plane 3 code points are unassigned, tags or private use: no letter, no case
# Log-probabilities are rounded to multiples of 2^-17 (error <= 4e-6 nats). A unit's sum of up to three is
# below 128 in magnitude, so it is exact in float32, and every product with a count and every partial sum of a
# text's log-likelihood (below 2^33 nats even for 10^8 characters) is an exact float64: the sums do not depend
# on their order, so any batch split, BLAS kernel or thread count gives the same bits on every machine.
_GRID = 2.0**-17
_EMPTY = -1
_MULTIPLIER = 0x9E3779B1  # hashes a 3-gram's first character, mod 2^32
# Rows summed by one count table (see _sum_by_group): at most _GROUP_ROWS, starting in one _GROUP_CHARS span.
_GROUP_ROWS = 32
_GROUP_CHARS = 1 << 17
_model_lock = threading.Lock()


_built: list[_Model] = []  # this process's model, once built or given (use_model_arrays)


def _model() -> _Model:
    """langdetect's profiles and normalisation tables, built once per process (Polars may call from 2 threads)."""
    with _model_lock:
        if not _built:
            _built.append(_build_model())
        return _built[0]


def model_arrays() -> dict[str, np.ndarray]:
    """The scorer's tables as named arrays, for a cache: building them from langdetect's profiles takes
    1.5 s, loading them 0.05 s."""
    return {name: np.array(value.to_list(), dtype=str) if isinstance(value, pl.Series) else np.asarray(value)
            for name, value in _model()._asdict().items()}  # fmt: skip (str, not object: loads without pickle)


def use_model_arrays(arrays: Mapping[str, np.ndarray]) -> None:
    """Score with tables `model_arrays` gave (in an earlier process, for the same code and langdetect)."""
    fields = {name: np.asarray(arrays[name]) for name in _Model._fields}
    model = _Model(**fields | {
        "langs": pl.Series(fields["langs"].tolist(), dtype=pl.String),
        "n_pairs": int(fields["n_pairs"]),
        "base": int(fields["base"]),
    })  # fmt: skip
    with _model_lock:
        _built[:] = [model]


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
    log_prob *= np.array(_ORDER_WEIGHTS)[[len(g) - 1 for g in grams]][:, None]
    log_prob = np.round(log_prob / _GRID) * _GRID

    chars = sorted({c for g in grams for c in g} - {" "})
    index = {" ": _SPACE} | {c: i + 2 for i, c in enumerate(chars)}
    base = len(index) + 2
    normalized = [NGram.normalize(chr(c)) if c < 0x10000 else chr(c) for c in range(_PLANES)]  # BMP-only blocks
    alpha = np.array([index.get(ch, base - 1) for ch in normalized], dtype=np.intp)  # intp: gathers skip a cast
    upper = np.array([ch.isupper() for ch in normalized], dtype=bool)
    alpha[0xD800:0xE000] = base - 1  # surrogates never reach here (Polars strings are UTF-8); keep them inert
    upper[0xD800:0xE000] = False

    # Only n-grams langdetect can extract are in the model: never the 1-gram ' ', nor a space next to a space or
    # inside a 3-gram (NGram starts afresh after a space). So a text's n-grams that span two words, or a run of
    # spaces, are in no table without being tested for.
    extractable = [g for g in grams if g != " " and "  " not in g and not (len(g) == 3 and g[1] == " ")]
    # Pairs: the profiles' 2-grams and the tails of their 3-grams (in langdetect's profiles every tail is itself
    # a 2-gram). They sit in a dense B x B table of ranks; a 3-gram is keyed by its first character and the rank
    # of its tail, so a text's 3-gram whose tail is no pair is in no profile.
    pairs = sorted({g for g in extractable if len(g) == 2} | {g[1:] for g in extractable if len(g) == 3})
    triples = [g for g in extractable if len(g) == 3]
    n_pairs = len(pairs)
    if n_pairs >= 2**16 or base * (n_pairs + 1) >= 2**31 or base * base >= 2**31:
        raise RuntimeError("langdetect's profiles outgrew the pair table")  # a new langdetect, not the input
    rank = {g: i for i, g in enumerate(pairs)}
    pair = np.full(base * base, n_pairs, dtype=np.uint16)
    pair[[index[g[0]] * base + index[g[1]] for g in pairs]] = np.arange(n_pairs)

    # Units: the n-grams ending at one position of a text, looked up and counted as one. The 3-gram there (when
    # a profile has it) fixes its tail pair and last character, the pair fixes its last character: so a unit is
    # a 3-gram with its 2- and 1-gram (P + B + t), else a pair with its 1-gram (r), else a lone character (P + a).
    # One unit per position instead of three n-grams: a third of the lookups and counts.
    def weighted(keys: list[str]) -> np.ndarray:  # (len(keys), L + 1): log-probabilities and 1, or 0 if unknown
        known = set(extractable)
        out = np.zeros((len(keys), len(langs) + 1))
        for i, g in enumerate(keys):
            if g in known:
                out[i] = [*log_prob[row[g]], 1]
        return out

    character = [""] * base  # alphabet index -> character ('' for 0 and B - 1: in no profile)
    for c, i in index.items():
        character[i] = c
    chars = weighted(character)
    with_pairs = weighted(pairs) + chars[[index[g[1]] for g in pairs]]
    with_triples = weighted(triples) + with_pairs[[rank[g[1:]] for g in triples]]
    units = np.vstack([with_pairs, chars, with_triples, np.zeros((1, len(langs) + 1))])
    if not (np.abs(units).max() < 128 and np.array_equal(units.astype(np.float32), units)):  # see _GRID
        raise RuntimeError("unit log-probabilities are not exact in float32: the sums would depend on their order")
    by_pair: list[list[tuple[int, int]]] = [[] for _ in range(n_pairs + 1)]
    for t, g in enumerate(triples):
        by_pair[rank[g[1:]]].append((index[g[0]], n_pairs + base + t))
    triple_info, triple_slots = _perfect_hash(by_pair)

    bases = get_string("TO_NORMALIZE_VI_CHARS")
    marks = get_string("DMARK_CLASS")
    composed = [get_string(f"NORMALIZED_VI_CHARS_{ord(m):04X}") for m in marks]
    b_order = sorted(range(len(bases)), key=lambda i: bases[i])
    m_order = sorted(range(len(marks)), key=lambda i: marks[i])
    return _Model(
        langs=pl.Series([*langs, UND], dtype=pl.String),
        units=units.astype(np.float32),  # halves the memory gathered per unit; exact (see _GRID)
        alpha=alpha,
        upper=upper,
        classes=_classes(_is_letter()),
        pair=pair,
        n_pairs=n_pairs,
        triple_info=triple_info,
        triples=triple_slots,
        base=base,
        vi_base=np.array(sorted(ord(c) for c in bases), dtype=np.uint32),
        vi_marks=np.array(sorted(ord(c) for c in marks), dtype=np.uint32),
        vi_composed=np.array([[ord(composed[m][b]) for b in b_order] for m in m_order], dtype=np.uint32),
    )


@functools.cache
def _is_letter() -> np.ndarray:
    """(_PLANES,) bool: the code point matches LETTER, in the same regex engine as str.count_matches."""
    chars = pl.Series([chr(c) if not 0xD800 <= c < 0xE000 else " " for c in range(_PLANES)])
    return chars.str.contains(f"^{LETTER}$").to_numpy()


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


def _classes(letter: np.ndarray) -> np.ndarray:
    code = np.arange(_PLANES)
    latin = (code >= 0x41) & (code <= 0x7A)
    non_latin = code >= 0x300  # langdetect means to exempt U+1E00-1EFF, but compares a block id with a string
    return letter.astype(np.int64) | (latin.astype(np.int64) << 21) | (non_latin.astype(np.int64) << 42)


def _perfect_hash(by_pair: list[list[tuple[int, int]]]) -> tuple[np.ndarray, np.ndarray]:
    """Per pair, a collision-free table of the 3-grams that end in it, keyed by their first character.

    A pair ends 2 3-grams on average, 77 at most: its block has the fewest power-of-two slots in which the
    first characters' multiplicative hashes do not collide, so a lookup is one gather of the pair's block and
    one of the slot, with no probing. Slot 0 stays empty: pairs that end no 3-gram point there.
    """
    info = [32] * len(by_pair)  # offset 0, shift 32: every hash is 0
    slots = [_EMPTY]
    for r, entries in enumerate(by_pair):
        if not entries:
            continue
        bits = (len(entries) - 1).bit_length()
        while len({((c * _MULTIPLIER) & 0xFFFFFFFF) >> (32 - bits) for c, _ in entries}) < len(entries):
            bits += 1
        block = [_EMPTY] * (1 << bits)
        for c, unit in entries:
            block[((c * _MULTIPLIER) & 0xFFFFFFFF) >> (32 - bits)] = c << 32 | unit
        info[r] = len(slots) << 6 | (32 - bits)
        slots += block
    return np.array(info, dtype=np.int64), np.array(slots, dtype=np.int64)


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
    unit = np.where(rank == no_pair, no_pair + a, rank)  # see _build_model
    unit[2:] = _lookup(model, a[:-2], rank[2:], unit[2:])  # the 3-gram: the character before, and that pair
    # The model has no n-gram langdetect cannot extract (see _build_model); what is left: none ends on the
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

    A multi-threaded BLAS call stalls for tens of milliseconds when the cores are busy; up to 2^18
    multiply-adds OpenBLAS (0.3.x, interface/gemm.c) stays on one thread. Exact in any order: see _GRID.
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
