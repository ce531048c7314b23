"""Exact and near-duplicate marks over all the documents of a dataset (issue #8). Nothing is dropped: analysts filter.

Normalised text: the text lower-cased (Polars `str.to_lowercase`, full Unicode case mapping), then only its words
(maximal runs of Unicode letters, combining marks and digits; `NOT_WORD` is the rest) joined by single spaces, so
punctuation, symbols, whitespace and case never make two texts differ. `text_hash` is the sha1 of its UTF-8 bytes.

Stable order: documents are ranked by `order_cols` then `id_col` (nulls last). Every mark points to the *first*
matching document in that order, so the marks depend only on the set of documents and their order keys, never on
the row order of the input, the files a run read or which run first saw a document: the pipeline marks the whole
published dataset (old + new documents) at once.

Near-duplicates (MinHash + LSH, vectorised in Polars and numpy, no per-row Python):
1. Only one document per normalised text is hashed (its exact duplicates share its signature). Its words are
   hashed from their UTF-8 bytes by a fixed integer function (polynomial mod 2**64 then the splitmix64 finaliser;
   Polars' own hash is not stable across versions), and `shingle_words` consecutive word hashes are folded into a
   32-bit shingle hash. A text shorter than `shingle_words` words is one shingle of all its words: it can only
   match an identical text, i.e. an exact duplicate, so in effect it is never a near-duplicate.
2. Signature: for each of `num_perm` hash functions h(x) = ((a*x + b) mod 2**64) >> 32 (multiply-add-shift, strongly
   universal for 32-bit x; a and b drawn from a splitmix64 sequence seeded with `seed`, so the same on every
   machine), the minimum over the text's shingles. Two texts agree on one minimum with probability ~ Jaccard.
3. LSH banding: the signature is cut into `bands` bands of `rows` values (`lsh_bands`); texts that agree on a whole
   band land in the same bucket and become candidate pairs, so the work grows with the number of similar pairs,
   not with n**2. A text is paired with at most `MAX_BUCKET_PEERS` earliest texts of each bucket it shares, which
   bounds the pairs when thousands of near-identical texts (templates) share a bucket.
4. A candidate pair is kept when its estimated Jaccard (share of equal signature values) is >= `threshold`; each
   document points to the earliest kept partner that comes before it in the stable order.
near_duplicate_groups links the same kept pairs (and exact copies) into groups, the connected components: what the
boilerplate stage counts as one content when it counts a line's files (boilerplate.repetition).
Texts without word breaks (Chinese, Japanese, Thai) have few long "words", so their near-duplicates are found only
when whole runs of text between punctuation or spaces match.
"""

from __future__ import annotations

import functools
import hashlib
import math
import os
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import polars as pl

NOT_WORD = r"[^\p{L}\p{M}\p{N}]+"  # between words; a word is a run of letters (with their combining marks), digits
LSH_RECALL_AT_THRESHOLD = 0.95  # bands are chosen so a pair exactly at `threshold` is a candidate this often
MAX_BUCKET_PEERS = 32  # a text is compared with at most this many earliest texts of each LSH bucket it is in

_ROW, _POS, _NORM, _TEXT = "__dup_row", "__dup_pos", "__dup_norm", "__dup_text"
_NEAR_POS, _NEAR_ID = "__dup_near_pos", "__dup_near_id"
_CHUNK_BYTES = 1 << 20  # normalised text per numpy pass (~150 k words): its arrays stay in L2, 2x faster than 8 MB
_PAIR_CHUNK = 1 << 15  # candidate pairs verified per numpy pass
_U64 = np.uint64
_GOLDEN = 0x9E3779B97F4A7C15  # splitmix64 increment
_BYTE_BASE = 0x100000001B3  # odd multiplier of the polynomial byte hash (the FNV-1 64-bit prime)


def mark_duplicates(
    documents: pl.LazyFrame,
    *,
    text_col: str = "text",
    id_col: str = "doc_id",
    order_cols: tuple[str, ...] = ("source_path", "article_index"),
    threshold: float = 0.8,
    shingle_words: int = 5,
    num_perm: int = 128,
    seed: int = 8,
) -> pl.LazyFrame:
    """Adds `text_hash` (String: sha1 hex digest of the normalised text), `duplicate_of` (String, null unless an earlier document in the stable order has the same normalised text: then that first document's id) and `near_duplicate_of` (String, null unless an earlier document — not an exact duplicate of it — has estimated Jaccard >= threshold on word shingles: then the first such document's id in the stable order). Row order and all other columns unchanged.

    Normalised text = lower-cased, Unicode letter/mark/digit words only, joined by one space (punctuation,
    whitespace and case differences vanish). Stable order = `order_cols` then `id_col`, nulls last; the
    (order_cols, id_col) key should be unique, and then shuffling the rows never changes a mark. A null text has
    a null `text_hash` and no marks; a text without any word (e.g. "—") is hashed but never marked, nor marked
    against. A document can carry both marks: with A1 < B < A2 in the stable order, A2 an exact copy of A1 and B
    near A1, A2 gets duplicate_of = A1 and near_duplicate_of = B. Existing output columns are recomputed.
    """
    missing = [c for c in (text_col, id_col, *order_cols) if c not in documents.collect_schema()]
    if missing:
        raise ValueError(f"mark_duplicates: missing columns {missing}; pass text_col, id_col and order_cols")
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
    keys = duplicate_keys(
        documents, text_col=text_col, id_col=id_col, order_cols=order_cols, shingle_words=shingle_words,
        num_perm=num_perm, seed=seed,
    )  # fmt: skip
    marks = mark_from_keys(keys, id_col=id_col, order_cols=order_cols, threshold=threshold, num_perm=num_perm)
    unmarked = documents.drop("text_hash", "duplicate_of", "near_duplicate_of", strict=False)
    return pl.concat([unmarked, marks.select("text_hash", "duplicate_of", "near_duplicate_of")], how="horizontal")


def duplicate_keys(
    documents: pl.LazyFrame,
    *,
    text_col: str = "text",
    id_col: str = "doc_id",
    order_cols: tuple[str, ...] = ("source_path", "article_index"),
    shingle_words: int = 5,
    num_perm: int = 128,
    seed: int = 8,
) -> pl.LazyFrame:
    """What marking needs of each document, without its text: the id and order keys, `text_hash`, and the
    MinHash `signature` (Array of num_perm UInt32; null for a null text or a text without words).

    Computed batch by batch, so a run can mark a corpus whose texts never sit in memory together.
    """
    if shingle_words < 1 or num_perm < 1:
        raise ValueError(f"shingle_words and num_perm must be >= 1, got {shingle_words!r} and {num_perm!r}")
    signature = pl.Array(pl.UInt32, num_perm)
    documents = documents.select(id_col, *order_cols, pl.col(text_col).cast(pl.String).alias(_TEXT))
    # Each distinct text is normalised and hashed once: copies are common (a crawl's syndicated and re-posted
    # articles; in the benchmark corpus 8,688 distinct of 19,324 documents).
    per_text = (
        documents.select(_TEXT)
        .unique()
        .with_columns(
            pl.col(_TEXT).str.to_lowercase().str.replace_all(NOT_WORD, " ").str.strip_chars(" ").alias(_NORM)
        )  # words, one space
        .with_columns(
            # No Polars expression computes a digest that is stable across versions; hashlib needs one Python call
            # per text, and map_batches makes that one list comprehension over the column instead of a Polars
            # callback per row (map_elements). Not is_elementwise: split batches would only contend for the GIL.
            pl.col(_NORM).map_batches(_sha1_hex, return_dtype=pl.String).alias("text_hash"),
            pl.col(_NORM)
            .map_batches(functools.partial(_signature_column, shingle_words=shingle_words, num_perm=num_perm, seed=seed),
                         return_dtype=signature)
            .alias("signature"),
        )  # fmt: skip
    )
    return documents.join(per_text.drop(_NORM), on=_TEXT, how="left", maintain_order="left", nulls_equal=True).drop(_TEXT)


def mark_from_keys(
    keys: pl.LazyFrame,
    *,
    id_col: str = "doc_id",
    order_cols: tuple[str, ...] = ("source_path", "article_index"),
    threshold: float = 0.8,
    num_perm: int = 128,
) -> pl.LazyFrame:
    """`duplicate_of` and `near_duplicate_of` of every row of `keys` (see mark_duplicates), rows in input order,
    with the keys' columns except the signature."""
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold!r}")
    has_words = pl.col("signature").is_not_null()
    first_of_text = pl.col(_POS).min().over("text_hash")
    id_str = pl.col(id_col).cast(pl.String)
    marked = (
        keys.with_row_index(_ROW)
        .sort([*order_cols, id_col], nulls_last=True, maintain_order=True)
        .with_row_index(_POS)
        .with_columns(pl.col(_POS).cast(pl.Int64))
        .with_columns(
            pl.when(has_words & (first_of_text < pl.col(_POS)))
            .then(id_str.sort_by(_POS).first().over("text_hash"))
            .alias("duplicate_of"),
        )
    )
    nearest = (
        marked.filter(has_words & pl.col("duplicate_of").is_null())
        .select(_POS, id_str.alias(id_col), "text_hash", "signature")
        .map_batches(
            functools.partial(_nearest_texts, id_col=id_col, threshold=threshold, num_perm=num_perm),
            schema={"text_hash": pl.String, _NEAR_POS: pl.Int64, _NEAR_ID: pl.String},
        )
    )
    return (
        marked.join(nearest, on="text_hash", how="left")
        .with_columns(pl.when(pl.col(_NEAR_POS) < pl.col(_POS)).then(pl.col(_NEAR_ID)).alias("near_duplicate_of"))
        .sort(_ROW)
        .drop(_ROW, _POS, _NEAR_POS, _NEAR_ID, "signature")
    )


def near_duplicate_groups(
    keys: pl.LazyFrame, *, id_col: str = "doc_id", threshold: float = 0.8, num_perm: int = 128
) -> pl.LazyFrame:
    """`group` of each distinct `id_col` of `keys` (id, `text_hash`, `signature` as duplicate_keys gives them): the
    smallest id of its group of copies, one row per id in id order.

    Ids with the same text_hash, or with estimated Jaccard >= threshold, are linked, and a group is everything
    linked through any chain of links (connected components: the revisions of a page are one group even when the
    first and the last differ more). A null signature links by text_hash only, a null text_hash by signature only.
    """
    schema = keys.collect_schema()
    return (
        keys.select(id_col, "text_hash", "signature")
        .sort(id_col)
        .unique(id_col, keep="first", maintain_order=True)
        .map_batches(
            functools.partial(_group_rows, id_col=id_col, threshold=threshold, num_perm=num_perm),
            schema={id_col: schema[id_col], "group": schema[id_col]},
        )
    )


def _group_rows(keys: pl.DataFrame, *, id_col: str, threshold: float, num_perm: int) -> pl.DataFrame:
    """near_duplicate_groups of rows sorted by id: near pairs among the first row of each text, then components."""
    row = np.arange(keys.height)
    first_of_text = keys.with_row_index(_ROW).select(
        pl.when(pl.col("text_hash").is_not_null()).then(pl.col(_ROW).min().over("text_hash")).otherwise(pl.col(_ROW))
    ).to_series().to_numpy().astype(np.int64)
    heads = np.flatnonzero((first_of_text == row) & keys["signature"].is_not_null().to_numpy())
    near_a, near_b = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    if heads.size > 1:
        near_a, near_b = _near_pairs(keys["signature"].gather(heads).to_numpy(), threshold, num_perm)
    label = _components(np.concatenate([row, heads[near_a]]), np.concatenate([first_of_text, heads[near_b]]), row.size)
    return pl.DataFrame({id_col: keys[id_col], "group": keys[id_col].gather(label)})


def _components(a: np.ndarray, b: np.ndarray, n: int) -> np.ndarray:
    """The smallest node of each node's connected component (nodes 0..n-1, edges a[i]-b[i]): labels fall to the
    smallest label across every edge, with pointer jumping, until no label changes."""
    label = np.arange(n)
    while True:
        low = np.minimum(label[a], label[b])
        new = label.copy()
        for ends in (a, b, label[a], label[b]):  # the edge's nodes and their labels' nodes
            np.minimum.at(new, ends, low)
        new = new[new]
        if np.array_equal(new, label):
            return label
        label = new


def _signature_column(texts: pl.Series, *, shingle_words: int, num_perm: int, seed: int) -> pl.Series:
    """MinHash signatures of normalised texts as an Array column; null for null or word-less texts."""
    worded = (texts.is_not_null() & (texts != "")).fill_null(False)
    rows = np.flatnonzero(worded.to_numpy())
    out = np.zeros((len(texts), num_perm), dtype=np.uint32)
    if rows.size:
        out[rows] = _signatures(texts.gather(rows), shingle_words, num_perm, seed)
    column = pl.Series(texts.name, out, dtype=pl.Array(pl.UInt32, num_perm))
    return column.to_frame().select(pl.when(worded).then(pl.col(texts.name))).to_series()


def lsh_bands(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows): the most rows per band (fewest false candidates) such that a pair with Jaccard = threshold
    shares at least one band with probability >= LSH_RECALL_AT_THRESHOLD; bands * rows <= num_perm."""
    for rows in range(num_perm, 0, -1):
        bands = num_perm // rows
        if 1.0 - (1.0 - threshold**rows) ** bands >= LSH_RECALL_AT_THRESHOLD:
            return bands, rows
    return num_perm, 1


def _sha1_hex(texts: pl.Series) -> pl.Series:
    return pl.Series(
        [None if t is None else hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts.to_list()],
        dtype=pl.String,
    )


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (uint64 in, uint64 out; wraps mod 2**64): spreads every input bit over all output bits."""
    x = x ^ (x >> 30)
    x *= 0xBF58476D1CE4E5B9
    x ^= x >> 27
    x *= 0x94D049BB133111EB
    x ^= x >> 31
    return x


def _splitmix64(seed: int, n: int) -> np.ndarray:
    """n pseudo-random uint64 from `seed`: pure integer arithmetic, identical on every machine and numpy version
    (numpy's Generator streams are not guaranteed stable across versions)."""
    state = (np.arange(1, n + 1, dtype=_U64) * _U64(_GOLDEN)) + _U64(seed % 2**64)
    return _mix64(state)


def _hash_words(words: pl.Series) -> np.ndarray:
    """uint64 per (non-empty) string: polynomial hash of its UTF-8 bytes mod 2**64, length mixed in, splitmix64."""
    arr = words.to_arrow(compat_level=pl.CompatLevel.oldest())  # large_string: int64 offsets + one UTF-8 buffer
    _, offsets_buf, data_buf = arr.buffers()
    offsets = np.frombuffer(offsets_buf, dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
    data = np.frombuffer(data_buf, dtype=np.uint8)[offsets[0] : offsets[-1]]
    starts = offsets[:-1] - offsets[0]
    lengths = np.diff(offsets)
    powers = np.cumprod(np.full(int(lengths.max()), _BYTE_BASE, dtype=_U64))  # BASE**1 .. BASE**max_len, wrapping
    byte_pos = np.arange(data.size) - np.repeat(starts, lengths)
    # reduceat needs non-empty segments: there is no empty word, runs of NOT_WORD became one space
    poly = np.add.reduceat(data.astype(_U64) * powers[byte_pos], starts)
    return _mix64(poly + lengths.astype(_U64) * _U64(_GOLDEN))


def _shingle_hashes(words: pl.Series, shingle_words: int) -> tuple[np.ndarray, np.ndarray]:
    """32-bit shingle hashes (as uint64) of texts given as lists of words, and each text's number of shingles."""
    n_words = words.list.len().to_numpy().astype(np.int64)
    word_hash = _hash_words(words.explode())
    first_word = np.cumsum(n_words) - n_words
    pos_in_text = np.arange(word_hash.size) - np.repeat(first_word, n_words)
    n_shingles = np.maximum(n_words - shingle_words + 1, 1)
    start = np.flatnonzero(pos_in_text < np.repeat(n_shingles, n_words))
    last_word = np.repeat(first_word + n_words - 1, n_shingles)
    shingle = word_hash[start]
    for j in range(1, shingle_words):
        grown = _mix64(shingle * _U64(_BYTE_BASE) + word_hash[np.minimum(start + j, last_word)])
        # a text shorter than shingle_words words is one shingle of all its words: stop growing at its last word
        shingle = np.where(start + j <= last_word, grown, shingle)
    return shingle >> 32, n_shingles


def _signatures(texts: pl.Series, shingle_words: int, num_perm: int, seed: int) -> np.ndarray:
    """MinHash signature (n_texts x num_perm, uint32) of non-empty normalised texts, ~_CHUNK_BYTES at a time."""
    coeffs = _splitmix64(seed, 2 * num_perm)
    mult, add = coeffs[:num_perm], coeffs[num_perm:]
    signature = np.empty((len(texts), num_perm), dtype=np.uint32)
    chunk_of = np.cumsum(texts.str.len_bytes().to_numpy()) // _CHUNK_BYTES
    bounds = np.flatnonzero(np.diff(chunk_of, prepend=-1, append=chunk_of[-1] + 1))

    def sign(lo: int, hi: int) -> None:
        shingles, n_shingles = _shingle_hashes(texts.slice(lo, hi - lo).str.split(" "), shingle_words)
        seg = np.cumsum(n_shingles) - n_shingles
        buf = np.empty_like(shingles)
        for p in range(num_perm):
            np.multiply(shingles, mult[p], out=buf)
            np.add(buf, add[p], out=buf)
            # min of the full 64-bit value orders by its top 32 bits first: the top bits are the hash value
            signature[lo:hi, p] = np.minimum.reduceat(buf, seg) >> 32

    # Chunks write disjoint rows; numpy releases the GIL on these large arrays, so threads use every core.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(sign, bounds[:-1], bounds[1:]))
    return signature


def _candidate_pairs(signature: np.ndarray, bands: int, rows: int) -> tuple[np.ndarray, np.ndarray]:
    """(earlier, later) text indices that share an LSH bucket in some band, each pair once."""
    n = signature.shape[0]
    keys = np.empty((bands, n), dtype=_U64)
    for band in range(bands):
        key = np.zeros(n, dtype=_U64)
        for col in range(band * rows, (band + 1) * rows):
            key = _mix64(key * _U64(_BYTE_BASE) + signature[:, col].astype(_U64))
        keys[band] = key
    buckets = (
        pl.DataFrame(
            {
                "band": np.repeat(np.arange(bands, dtype=np.int32), n),
                "key": keys.ravel(),
                "text": np.tile(np.arange(n, dtype=np.int64), bands),  # texts are numbered in stable order
            }
        )
        .filter(pl.len().over("band", "key") > 1)
        .with_columns(pl.col("text").rank("ordinal").over("band", "key").alias("rank"))
    )
    heads = buckets.filter(pl.col("rank") <= MAX_BUCKET_PEERS).select("band", "key", pl.col("text").alias("earlier"))
    pairs = (
        buckets.join(heads, on=["band", "key"])
        .filter(pl.col("earlier") < pl.col("text"))
        .select("earlier", pl.col("text").alias("later"))
        .unique()
    )
    return pairs["earlier"].to_numpy(), pairs["later"].to_numpy()


def _near_pairs(signature: np.ndarray, threshold: float, num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """(earlier, later) indices of the texts (signature rows) whose estimated Jaccard is >= threshold, each pair once,
    among the LSH candidates."""
    earlier, later = _candidate_pairs(signature, *lsh_bands(threshold, num_perm))
    need = math.ceil(threshold * num_perm - 1e-9)  # equal signature values for estimated Jaccard >= threshold
    keep = np.zeros(earlier.size, dtype=bool)
    for lo in range(0, earlier.size, _PAIR_CHUNK):
        a, b = earlier[lo : lo + _PAIR_CHUNK], later[lo : lo + _PAIR_CHUNK]
        keep[lo : lo + _PAIR_CHUNK] = (signature[a] == signature[b]).sum(axis=1) >= need
    return earlier[keep], later[keep]


def _nearest_texts(texts: pl.DataFrame, *, id_col: str, threshold: float, num_perm: int) -> pl.DataFrame:
    """One row per distinct text with a near-duplicate: its text_hash and the position and id of the earliest
    document of its earliest near-duplicate text (earlier or later than this text's own first document)."""
    texts = texts.sort(_POS)
    n = texts.height
    if n < 2:
        return pl.DataFrame(schema={"text_hash": pl.String, _NEAR_POS: pl.Int64, _NEAR_ID: pl.String})
    earlier, later = _near_pairs(texts["signature"].to_numpy(), threshold, num_perm)
    nearest = np.full(n, n, dtype=np.int64)  # texts are in stable order: the smallest index is the earliest text
    np.minimum.at(nearest, later, earlier)
    np.minimum.at(nearest, earlier, later)  # for this text's later exact copies, which may come after `later`
    has = np.flatnonzero(nearest < n)
    return pl.DataFrame(
        {
            "text_hash": texts["text_hash"].gather(has),
            _NEAR_POS: texts[_POS].gather(nearest[has]),
            _NEAR_ID: texts[id_col].gather(nearest[has]),
        }
    )
