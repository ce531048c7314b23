"""The cleaning stages composed, with no I/O: the one door from flows/ into transforms/, and what the
benchmarks run.

The flow calls these functions one per task so it can time and log each stage; `clean_texts` is the
same chain in one call for benchmarks that start from already decoded text. The run-wide steps between
batches (repeated keys, duplicate marks, rejects) and the incremental plan and merge are here too.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import numpy as np
import polars as pl

from schemas.documents import LANG_SHARE
from transforms import incremental, language
from transforms.articles import assemble_documents, assign_articles, layout_article_text
from transforms.boilerplate import (
    BoilerplateParams,
    add_line_features,
    classify_lines,
    file_fingerprints,
    per_distinct_text,
    repetition_pairs,
)
from transforms.boilerplate import repeated_keys as repeated_keys
from transforms.claims import quotation_context, type_claims
from transforms.duplicates import duplicate_keys as duplicate_keys
from transforms.duplicates import mark_from_keys
from transforms.incremental import MERGED_DATASETS as MERGED_DATASETS
from transforms.incremental import merge_unchanged as merge_unchanged
from transforms.incremental import plan_all_new as plan_all_new
from transforms.incremental import plan_files as plan_files
from transforms.incremental import rows_to_process as rows_to_process
from transforms.ingest import decode_sources as decode_sources
from transforms.ingest import plausible_encodings as plausible_encodings
from transforms.language import combine_block_languages, detect_language
from transforms.lines import split_lines
from transforms.metadata import add_article_metadata, mark_titles, restore_titles
from transforms.sections import assemble_sections, mark_headings
from transforms.sentences import split_sentences

LINE_COLUMNS = ("source_path", "line_no", "text", "rule")
DUPLICATE_MARKS = ("text_hash", "duplicate_of", "near_duplicate_of")  # what marking adds to each document


class CleanResult(NamedTuple):
    """Articles (source_path, article_index, title, text) and the audit of removed lines."""

    articles: pl.DataFrame
    boilerplate: pl.DataFrame


def classify_files(
    files: pl.LazyFrame, repeated: pl.Series | None = None, params: BoilerplateParams = BoilerplateParams()
) -> pl.LazyFrame:
    """Lines of every accepted file with their features and boilerplate `rule` (null = content), the first
    article's headline restored (`is_headline`) and its bylines named (transforms.metadata.restore_titles).

    `repeated`: the run's repeated line keys (from `file_repetition_facts` of every batch) when `files` are
    one batch of the run; without it, repetition is counted across `files` alone.
    """
    return (
        files.select("source_path", "source_sha256", "file_key", "text")
        .pipe(split_lines)
        .pipe(classify_lines, params, repeated=repeated)
        .pipe(restore_titles)
    )


class RepetitionFacts(NamedTuple):
    """What a batch of files adds to the run's cross-file repetition counts (see boilerplate.repetition)."""

    pairs: pl.DataFrame  # repeat_key, file_hash: the files each short line is in
    fingerprints: pl.DataFrame  # file_hash, text_hash, signature: what each file's content is a copy of


def file_repetition_facts(files: pl.LazyFrame) -> RepetitionFacts:
    """The repetition pairs and file fingerprints of a batch of files, from each file's distinct lines (split as
    classify_files splits them)."""
    lines = (
        files.select("source_path", "source_sha256", "text").pipe(split_lines).select("source_sha256", "text").unique()
        .pipe(per_distinct_text, add_line_features)
        .select("source_sha256", "text", "is_blank", "is_prose", "n_words", "phrase_key")
        .collect()
    )  # fmt: skip
    return RepetitionFacts(repetition_pairs(lines.lazy()).collect(), file_fingerprints(lines.lazy()).collect())


def boilerplate_audit(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Every removed line with the rule that removed it, in file order."""
    return lines.filter(pl.col("rule").is_not_null()).select(*LINE_COLUMNS).sort("source_path", "line_no")


def build_articles(lines: pl.LazyFrame) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """Article lines (with heading marks and offsets) and one document row per article, with its author and
    publication date read from the lines around its head (removed lines included)."""
    # both outputs read the laid-out lines, collected by separate queries: computed once here
    laid_out = lines.pipe(assign_articles).pipe(mark_titles).pipe(layout_article_text)
    laid_out = laid_out.collect(engine="in-memory").lazy()
    return laid_out.pipe(mark_headings), laid_out.pipe(assemble_documents).pipe(add_article_metadata, lines)


def build_sections(article_lines: pl.LazyFrame, documents: pl.LazyFrame) -> pl.LazyFrame:
    """Sections of every article, text sliced from the document text."""
    return assemble_sections(article_lines, documents)


def add_languages(
    documents: pl.DataFrame, sections: pl.DataFrame, *, backend: str, mixed_share: float = 0.2
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Language per section (block) and per document, and the document's mix of section languages.

    Sections' and documents' texts are scored in one call: most documents repeat their only section, and each
    distinct text is scored once.
    """
    texts = pl.concat([sections.select("text"), documents.select("text")])
    langs = texts.lazy().pipe(detect_language, text_col="text", backend=backend).drop("text").collect()
    sections = pl.concat([sections, langs.head(sections.height)], how="horizontal")
    mix = combine_block_languages(sections.lazy(), key="doc_id", text_col="text", mixed_share=mixed_share)
    empty_shares = pl.lit([], dtype=pl.List(LANG_SHARE))
    documents = (
        pl.concat([documents, langs.tail(documents.height)], how="horizontal")
        .lazy()
        .join(mix, on="doc_id", how="left", maintain_order="left")
        .with_columns(pl.col("lang_shares").fill_null(empty_shares), pl.col("is_mixed_lang").fill_null(False))
        .collect()
    )
    return documents, sections


def build_claims(sections: pl.LazyFrame) -> pl.LazyFrame:
    """Declarative sentences of every section, typed, offsets shifted from section to document text.

    `claim_index` numbers claims through the article in reading order. Crawled text repeats (site templates,
    syndicated articles), so each distinct text is split once and each distinct (sentence, lang) typed once (with
    whether it is inside a quotation of its text), then joined back to every section holding it; the output is the
    same as splitting and typing every section.
    """
    c = pl.col
    # a text's id is the row number of its first section: the same on every evaluation of the plan, no join on text
    rows = sections.with_row_index("__row").with_columns(c("__row").min().over("text").alias("__text_id"))
    texts = rows.filter(c("__row") == c("__text_id")).select("__text_id", "text")
    at = ("__text_id", "sentence_index", "char_start", "char_end")  # where each distinct sentence occurs
    found = (
        split_sentences(texts, key="__text_id", text_col="text")
        .pipe(quotation_context, key="__text_id", order="sentence_index", out="__in_quotation")
        .join(rows.select("__text_id", "lang").unique(), on="__text_id")  # the split never reads lang, typing does
        # grouped, not unique + join: a plan used twice is computed twice
        .group_by("sentence", "lang", "__in_quotation").agg(at)
        .pipe(type_claims, text_col="sentence", lang_col="lang", in_quotation="__in_quotation")
        .filter(c("is_claim"))
        .drop("__in_quotation")
        .explode(at)
    )
    span = rows.select("section_id", "__text_id", "doc_id", "section_index", "lang", c("char_start").alias("_s0"))
    columns = ("section_id", "sentence_index", "char_start", "char_end", "sentence", "doc_id", "section_index", "lang")
    claims = span.join(found, on=["__text_id", "lang"], nulls_equal=True)
    return claims.select(*columns, "_s0", pl.exclude(*columns, "_s0", "__text_id")).pipe(number_claims)


def number_claims(claims: pl.LazyFrame) -> pl.LazyFrame:
    """Typed claims of sections (offsets in the section, `_s0` its start) in reading order, offsets in the
    document, numbered through the article: `claim_index` and `claim_id`."""
    return (
        claims.sort("doc_id", "section_index", "sentence_index")
        .with_columns(
            (pl.col("char_start") + pl.col("_s0")).alias("char_start"),
            (pl.col("char_end") + pl.col("_s0")).alias("char_end"),
            pl.int_range(pl.len(), dtype=pl.Int64).over("doc_id").alias("claim_index"),
            pl.col("sentence").alias("text"),
        )
        .with_columns(
            pl.format("{}-c{}", pl.col("doc_id"), pl.col("claim_index").cast(pl.String).str.zfill(4)).alias("claim_id")
        )
    )


def add_encoding(documents: pl.LazyFrame, files: pl.LazyFrame) -> pl.LazyFrame:
    """Documents with the `encoding` their file was decoded from and its count of undecodable sequences."""
    return documents.join(files.select("source_path", "encoding", "decode_errors"), on="source_path", how="left")


def run_plan(batch_plans: list[pl.DataFrame]) -> pl.DataFrame:
    """The run's plan (`source_path`, `action`) from every batch's; empty when there was no batch."""
    return pl.concat(batch_plans) if batch_plans else pl.DataFrame(schema=incremental.PLAN_SCHEMA)


def duplicate_marks(keys: pl.LazyFrame) -> pl.LazyFrame:
    """`doc_id` and the DUPLICATE_MARKS of every document of the run, from every batch's duplicate_keys."""
    return mark_from_keys(keys).select("doc_id", *DUPLICATE_MARKS)


def add_duplicate_marks(documents: pl.DataFrame, marks: pl.DataFrame) -> pl.DataFrame:
    """Documents with their run-wide duplicate marks, rows in their order."""
    return documents.join(marks, on="doc_id", how="left", maintain_order="left")


def without_duplicate_marks(documents: pl.DataFrame) -> pl.DataFrame:
    """Documents without marks (published rows of unchanged files carry theirs): the run marks them anew."""
    return documents.drop(*DUPLICATE_MARKS, strict=False)


def rejects_of(files: pl.DataFrame) -> pl.DataFrame:
    """The rejects dataset's rows: every file the ingest refused, with its reason."""
    return files.filter(pl.col("reject_reason").is_not_null()).select(
        "source_path", pl.col("reject_reason").alias("reason"), pl.col("reject_detail").alias("detail"),
        "source_sha256", "size_bytes",
    )  # fmt: skip


def language_model_sources() -> tuple[Path, ...]:
    """The source files the language scorer's tables are built by: a cache of the tables is keyed on them."""
    return tuple(language.TABLE_SOURCES)


def language_model_arrays() -> dict[str, np.ndarray]:
    """The language scorer's tables as named arrays (built on first use), for a cache."""
    return language.model_arrays()


def use_language_model_arrays(arrays: Mapping[str, np.ndarray]) -> None:
    """Score languages with tables that language_model_arrays gave, in an earlier process."""
    language.use_model_arrays(arrays)


def clean_texts(sources: pl.DataFrame, params: BoilerplateParams = BoilerplateParams()) -> CleanResult:
    """Run boilerplate removal and article splitting on decoded texts (`source_path`, `text`) as one run.

    Without a `source_sha256` column, files are told apart for cross-file repetition by their text.
    """
    files = sources.lazy()
    if "source_sha256" not in sources.columns:
        files = files.with_columns(pl.col("text").hash().cast(pl.String).alias("source_sha256"))
    if "file_key" not in sources.columns:
        files = files.with_columns(pl.col("source_path").alias("file_key"))
    lines = classify_files(files, params=params).collect()
    _, documents = build_articles(lines.lazy())
    articles = documents.select("source_path", "article_index", "title", "text").collect()
    return CleanResult(articles, boilerplate_audit(lines.lazy()).collect())
