"""Cross-file repetition: short lines found in several distinct contents of the run are site templates (cc_net-style).

A line is counted once per *content*, not per file: two copies of a page (the same article under two URLs, a copy
re-encoded or with CRLF line ends, a copy with another footer line or a corrected sentence) would otherwise count
each of their short lines, title included, twice and remove them from both copies. A file's content is its content
lines, the lines this rule never judges (prose, or longer than `repeat_max_words`: the article, not the template),
taken as a set: its fingerprint is their `text_hash` (exact copies) and the MinHash signature of the union of
their word 5-shingles (transforms.duplicates, FINGERPRINT_PERMUTATIONS values: each distinct line is signed once,
and a set's signature is the elementwise minimum of its lines'). Files whose fingerprints have the same text_hash
or an estimated Jaccard >= NEAR_DUPLICATE_JACCARD (the threshold of documents.near_duplicate_of) form one content
group (duplicates.near_duplicate_groups, connected components); a line's count is its number of distinct groups.
Template lines never make two files alike, since they are not in the fingerprint; a file with no content line
(a menu or index page) is fingerprinted by all its lines, matched exactly only: near-identical index pages of one
site stay apart, so their shared menu is still a template.

In a run, each batch's scan spills its repetition_pairs (repeat_key, file_hash) and file_fingerprints
(file_hash, text_hash, signature: about 300 bytes per file); repeated_keys reads every batch's spills at once,
groups the files and counts, so the decision is over the whole run and does not depend on how files fall into
batches. The sort by file_hash and the fixed MinHash seed make the groups, hence the counts, deterministic.
"""

from __future__ import annotations

import polars as pl

from transforms.boilerplate.rules import DEFAULT_PARAMS, REPEAT_MIN_CHARS
from transforms.duplicates import duplicate_keys, near_duplicate_groups

FINGERPRINT_PERMUTATIONS = 64  # MinHash values per file fingerprint: Jaccard estimated within about +-0.05
NEAR_DUPLICATE_JACCARD = 0.8  # files this alike on their content lines are copies of one content


def _repeat_candidate(max_words: int) -> pl.Expr:
    return (
        ~pl.col("is_blank")
        & ~pl.col("is_prose")
        & (pl.col("n_words") <= max_words)
        & (pl.col("phrase_key").str.len_chars() >= REPEAT_MIN_CHARS)
    )


def _file_hash() -> pl.Expr:
    return pl.col("source_sha256").hash().alias("file_hash")


def repetition_pairs(lines: pl.LazyFrame, *, max_words: int = DEFAULT_PARAMS.repeat_max_words) -> pl.LazyFrame:
    """Distinct (`repeat_key`, `file_hash`) of the repetition candidates of some files (lines with features).

    What a batch contributes to the run's repetition counts: 16 bytes per distinct short line and file, so
    the run never holds every file's lines at once. Keys are Polars' 64-bit hashes, fixed within a run (a
    collision among n keys has probability about n**2 / 2**65: below 1e-5 for 10 million keys).
    """
    return (
        lines.filter(_repeat_candidate(max_words))
        .select(pl.col("phrase_key").hash().alias("repeat_key"), _file_hash())
        .unique()
    )


def file_fingerprints(lines: pl.LazyFrame, *, max_words: int = DEFAULT_PARAMS.repeat_max_words) -> pl.LazyFrame:
    """One row per file of `lines` (lines with features): `file_hash`, and the `text_hash` and `signature` of its
    content lines (see the module docstring); a file without content lines has a null signature (exact match only),
    a file whose content lines hold no word a null text_hash and signature (it matches nothing)."""
    nonblank = ~pl.col("is_blank")
    content = nonblank & (pl.col("is_prose") | (pl.col("n_words") > max_words))
    rows = lines.filter(nonblank).select(_file_hash(), "text", content.alias("_content")).unique()
    # each distinct line is signed once; a file's signature is the elementwise minimum of its lines' signatures
    signed = duplicate_keys(rows.filter(pl.col("_content")).drop("_content"), id_col="file_hash", order_cols=(),
                            num_perm=FINGERPRINT_PERMUTATIONS)  # fmt: skip
    minima = [f"_min{i}" for i in range(FINGERPRINT_PERMUTATIONS)]
    by_content = (
        signed.group_by("file_hash")
        .agg(
            _set_hash(pl.col("text_hash")).alias("_content_hash"),
            *[pl.col("signature").arr.get(i).min().alias(name) for i, name in enumerate(minima)],
        )
        .select(
            "file_hash",
            "_content_hash",
            pl.when(pl.col(minima[0]).is_not_null()).then(pl.concat_arr(minima)).alias("signature"),
        )
    )
    by_lines = rows.group_by("file_hash").agg(
        _set_hash(pl.col("text")).alias("_lines_hash"), pl.col("_content").any().alias("_has_content")
    )
    return by_lines.join(by_content, on="file_hash", how="left").select(
        "file_hash",
        pl.when(~pl.col("_has_content")).then(pl.col("_lines_hash"))
        .when(pl.col("signature").is_not_null()).then(pl.col("_content_hash")).alias("text_hash"),
        "signature",
    )  # fmt: skip


def _set_hash(texts: pl.Expr) -> pl.Expr:
    """A hash of a set of distinct strings, whatever their order: equal sets, equal hashes."""
    return texts.sort().str.join("\n").hash().cast(pl.String)


def _repeated_key_frame(pairs: pl.LazyFrame, fingerprints: pl.LazyFrame, min_files: int) -> pl.LazyFrame:
    groups = near_duplicate_groups(
        fingerprints, id_col="file_hash", threshold=NEAR_DUPLICATE_JACCARD, num_perm=FINGERPRINT_PERMUTATIONS
    )
    counted = (
        pairs.unique()
        .join(groups, on="file_hash", how="left")
        .group_by("repeat_key")
        .agg(pl.coalesce("group", "file_hash").n_unique().alias("n"))
    )
    return counted.filter(pl.col("n") >= min_files).select("repeat_key")


def repeated_keys(
    pairs: pl.LazyFrame, fingerprints: pl.LazyFrame, *, min_files: int = DEFAULT_PARAMS.repeat_min_files
) -> pl.Series:
    """The `repeat_key`s found in `min_files` distinct contents, from every batch's repetition_pairs and
    file_fingerprints."""
    return _repeated_key_frame(pairs, fingerprints, min_files).collect().to_series().sort()


def flag_repeated_lines(
    lines: pl.LazyFrame,
    *,
    min_files: int = DEFAULT_PARAMS.repeat_min_files,
    max_words: int = DEFAULT_PARAMS.repeat_max_words,
    repeated: pl.Series | None = None,
) -> pl.LazyFrame:
    """Mark short non-prose lines found in `min_files` distinct contents (copies of a page count once): templates.

    A repeated sentence is shared (wire) text or a duplicate article, which the repetition rule leaves alone.
    `repeated`: the run's repeated_keys, when `lines` hold only some of the run's files (a batch); without it,
    repetition is counted across `lines` alone.
    """
    candidate = _repeat_candidate(max_words)
    key = pl.col("phrase_key").hash()
    if repeated is not None:
        return lines.with_columns((candidate & key.is_in(repeated.implode())).alias("is_repeated"))
    lines = lines.cache()  # read by the pairs, the fingerprints and the result: its plan runs once
    found = _repeated_key_frame(
        repetition_pairs(lines, max_words=max_words), file_fingerprints(lines, max_words=max_words), min_files
    ).with_columns(pl.lit(True).alias("is_repeated"))
    return (
        lines.with_columns(key.alias("repeat_key"))
        .join(found, on="repeat_key", how="left", maintain_order="left")
        .with_columns((candidate & pl.col("is_repeated").fill_null(False)).alias("is_repeated"))
        .drop("repeat_key")
    )
