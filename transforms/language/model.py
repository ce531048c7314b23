r"""The profiles backend's model: langdetect's n-gram profiles and normalisation as numpy tables, built once per
process or given from a cache (`model_arrays`, `use_model_arrays`).

A cache of the tables is keyed on this module's source (transforms.language.TABLE_SOURCES): everything the
tables are a function of, besides langdetect and numpy, lives here, and this module imports nothing from its
package.
"""

from __future__ import annotations

import functools
import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import numpy as np
import polars as pl

UND = "und"
LETTER = r"\p{L}"

# langdetect (detector.py) multiplies P(lang) by (p(gram | lang) + ALPHA / BASE_FREQ) per n-gram, ALPHA = 0.5.
# The profiles backend keeps the frequencies and changes three scoring constants (tuned on half of the shared
# language-ID sentences: docs/tuning.md, "Language"): less smoothing, and weights per n-gram length, because
# naive Bayes counts every character again in the 1-, 2- and 3-grams that overlap it.
_ALPHA = 0.2
_BASE_FREQ = 10_000
_ORDER_WEIGHTS = (0.5, 1.0, 1.5)  # log-probability weight of 1-, 2- and 3-grams
_UNSEEN_PENALTY = 6.0  # nats, before weighting; see _log_probabilities


class _Model(NamedTuple):
    langs: pl.Series  # (L + 1,) language codes sorted (a tie goes to the first, on every run), then 'und'
    units: np.ndarray  # (U + 1, L + 1) float32 per unit (below): summed weighted log(p(gram | lang) + ALPHA /
    # BASE_FREQ) of its n-grams on the _GRID, then how many n-grams it holds; the last row, all 0, is no unit
    alpha: np.ndarray  # (_PLANES,) intp: code point -> alphabet index of its NGram.normalize'd character
    upper: np.ndarray  # (_PLANES,) bool: the normalised character is upper case (langdetect skips ACRONYMS)
    classes: np.ndarray  # (_PLANES,) int64: bit 0 letter (\p{L}), bit 21 'A'..'z', bit 42 non-Latin (cleaning_text)
    pair: np.ndarray  # (B * B,) uint16: 2 alphabet indices -> rank among the P pairs (below), P when none
    n_pairs: int  # P
    triple_info: np.ndarray  # (P + 1,) int64: pair rank -> offset << 6 | shift of its 3-grams' block (scoring._lookup)
    triples: np.ndarray  # (S,) int64: 3-gram slots, first character << 32 | unit, _EMPTY if free
    base: int  # B: alphabet size, the radix of n-gram keys
    vi_base: np.ndarray  # sorted code points that take a Vietnamese tone mark (NGram.normalize_vi)
    vi_marks: np.ndarray  # sorted combining tone marks
    vi_composed: np.ndarray  # (marks, bases) uint32 composed letter


# Alphabet indices: 0 is unused, 1 is the space, the profiles' characters follow, and B - 1 stands for every
# character no profile has (an n-gram holding it is in no profile, as in langdetect).
SPACE_INDEX = 1
_PLANES = 0x40000  # past plane 3 code points are unassigned, tags or private use: no letter, no case
# Log-probabilities are rounded to multiples of 2^-17 (error <= 4e-6 nats). A unit's sum of up to three is
# below 128 in magnitude, so it is exact in float32, and every product with a count and every partial sum of a
# text's log-likelihood (below 2^33 nats even for 10^8 characters) is an exact float64: the sums do not depend
# on their order, so any batch split, BLAS kernel or thread count gives the same bits on every machine.
_GRID = 2.0**-17
_EMPTY = -1
_MULTIPLIER = 0x9E3779B1  # hashes a 3-gram's first character, mod 2^32
_model_lock = threading.Lock()
_built: list[_Model] = []  # this process's model, once built or given (use_model_arrays)


def _model() -> _Model:
    """langdetect's profiles and normalisation tables, built once per process (Polars may call from 2 threads)."""
    with _model_lock:
        if not _built:
            _built.append(_build_model())
        return _built[0]


def model_arrays() -> dict[str, np.ndarray]:
    """The scorer's tables as named arrays, for a cache: loading them costs much less than building them."""
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
    """The tables, from the profiles shipped inside the langdetect package."""
    import langdetect

    root = Path(langdetect.__file__).resolve().parent / "profiles"
    profiles = {p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(root.iterdir()) if p.is_file()}
    langs = sorted(profiles)
    grams = sorted({g for prof in profiles.values() for g in prof["freq"] if 1 <= len(g) <= 3}, key=lambda g: (len(g), g))
    log_prob = _log_probabilities(profiles, langs, grams)
    index, alpha, upper = _alphabet(grams)
    base = len(index) + 2
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
    extractable_set = set(extractable)
    known = {g: log_prob[i] for i, g in enumerate(grams) if g in extractable_set}
    units = _units(known, index, pairs, triples, rank, n_langs=len(langs))
    by_pair: list[list[tuple[int, int]]] = [[] for _ in range(n_pairs + 1)]
    for t, g in enumerate(triples):
        by_pair[rank[g[1:]]].append((index[g[0]], n_pairs + base + t))
    triple_info, triple_slots = _perfect_hash(by_pair)
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
        **_vietnamese(),
    )


def _log_probabilities(profiles: dict[str, dict], langs: list[str], grams: list[str]) -> np.ndarray:
    """(grams x langs) weighted log(p(gram | lang) + ALPHA / BASE_FREQ), on the _GRID."""
    # The same probabilities as DetectorFactory.add_profile: freq / n_words of the n-gram's length.
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
    return np.round(log_prob / _GRID) * _GRID


def _alphabet(grams: list[str]) -> tuple[dict[str, int], np.ndarray, np.ndarray]:
    """Alphabet index per character of the profiles; per code point, the index and case of its normalised form."""
    from langdetect.utils.ngram import NGram

    chars = sorted({c for g in grams for c in g} - {" "})
    index = {" ": SPACE_INDEX} | {c: i + 2 for i, c in enumerate(chars)}
    base = len(index) + 2
    normalized = [NGram.normalize(chr(c)) if c < 0x10000 else chr(c) for c in range(_PLANES)]  # BMP-only blocks
    alpha = np.array([index.get(ch, base - 1) for ch in normalized], dtype=np.intp)  # intp: gathers skip a cast
    upper = np.array([ch.isupper() for ch in normalized], dtype=bool)
    alpha[0xD800:0xE000] = base - 1  # surrogates never reach here (Polars strings are UTF-8); keep them inert
    upper[0xD800:0xE000] = False
    return index, alpha, upper


def _units(
    known: dict[str, np.ndarray], index: dict[str, int], pairs: list[str], triples: list[str], rank: dict[str, int],
    *, n_langs: int,
) -> np.ndarray:
    """(U + 1, L + 1) per unit: its n-grams' summed log-probabilities per language, then how many it holds.

    Units: the n-grams ending at one position of a text, looked up and counted as one. The 3-gram there (when
    a profile has it) fixes its tail pair and last character, the pair fixes its last character: so a unit is
    a 3-gram with its 2- and 1-gram (P + B + t), else a pair with its 1-gram (r), else a lone character (P + a).
    One unit per position instead of three n-grams: a third of the lookups and counts.
    """
    def weighted(keys: list[str]) -> np.ndarray:  # (len(keys), L + 1): log-probabilities and 1, or 0 if unknown
        out = np.zeros((len(keys), n_langs + 1))
        for i, g in enumerate(keys):
            if g in known:
                out[i] = [*known[g], 1]
        return out

    character = [""] * (len(index) + 2)  # alphabet index -> character ('' for 0 and B - 1: in no profile)
    for c, i in index.items():
        character[i] = c
    chars = weighted(character)
    with_pairs = weighted(pairs) + chars[[index[g[1]] for g in pairs]]
    with_triples = weighted(triples) + with_pairs[[rank[g[1:]] for g in triples]]
    units = np.vstack([with_pairs, chars, with_triples, np.zeros((1, n_langs + 1))])
    if not (np.abs(units).max() < 128 and np.array_equal(units.astype(np.float32), units)):  # see _GRID
        raise RuntimeError("unit log-probabilities are not exact in float32: the sums would depend on their order")
    return units


def _vietnamese() -> dict[str, np.ndarray]:
    """langdetect's NGram.normalize_vi tables: tone-mark bases, marks and composed letters, sorted for lookups."""
    from langdetect.utils.messages import get_string

    bases = get_string("TO_NORMALIZE_VI_CHARS")
    marks = get_string("DMARK_CLASS")
    composed = [get_string(f"NORMALIZED_VI_CHARS_{ord(m):04X}") for m in marks]
    b_order = sorted(range(len(bases)), key=lambda i: bases[i])
    m_order = sorted(range(len(marks)), key=lambda i: marks[i])
    return {
        "vi_base": np.array(sorted(ord(c) for c in bases), dtype=np.uint32),
        "vi_marks": np.array(sorted(ord(c) for c in marks), dtype=np.uint32),
        "vi_composed": np.array([[ord(composed[m][b]) for b in b_order] for m in m_order], dtype=np.uint32),
    }


@functools.cache
def _is_letter() -> np.ndarray:
    """(_PLANES,) bool: the code point matches LETTER, in the same regex engine as str.count_matches."""
    chars = pl.Series([chr(c) if not 0xD800 <= c < 0xE000 else " " for c in range(_PLANES)])
    return chars.str.contains(f"^{LETTER}$").to_numpy()


def _classes(letter: np.ndarray) -> np.ndarray:
    code = np.arange(_PLANES)
    latin = (code >= 0x41) & (code <= 0x7A)
    non_latin = code >= 0x300  # langdetect means to exempt U+1E00-1EFF, but compares a block id with a string
    return letter.astype(np.int64) | (latin.astype(np.int64) << 21) | (non_latin.astype(np.int64) << 42)


def _perfect_hash(by_pair: list[list[tuple[int, int]]]) -> tuple[np.ndarray, np.ndarray]:
    """Per pair, a collision-free table of the 3-grams that end in it, keyed by their first character.

    A pair ends a few 3-grams (docs/tuning.md, "Language"): its block has the fewest power-of-two slots in which the
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

