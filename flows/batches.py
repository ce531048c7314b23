"""Prefect tasks that stream a run batch by batch: memory is bounded by a batch, not by the corpus.

Pass 1 (`scan_batch`) reads and decodes a batch of files, spills the decoded texts and the batch's repetition
key pairs and file fingerprints (the only cross-file facts of the boilerplate rules) to the run's work folder,
and returns every file's provenance or reject. `read_repeated_keys` counts the pairs of every batch, once per
content. Pass 2 (`process_batch`)
classifies the batch's lines with the run's repeated keys, builds articles, sections, language and claims,
and writes the batch's Parquet parts. `read_duplicate_marks` marks every document of the run from the keys
the batches spilled, and `finish_batch` joins the marks to the batch's documents and writes its last part.
Every task reads and writes files by path (names in flows.spill), so a Dask worker on another machine needs
only the same filesystem. Tasks return only what is small: Prefect keeps every task's result until the flow
ends, so per-batch frames that grow with the corpus are spilled.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl
from prefect import get_run_logger, task

from flows import charset_pool, inputs, model_cache, progress, spill
from schemas import DATASETS
from transforms import pipeline

READ_SCHEMA = {"source_path": pl.String, "data": pl.Binary, "read_reason": pl.String, "read_error": pl.String}
FILE_COLUMNS = ("source_path", "source_sha256", "size_bytes", "encoding", "decode_errors", "reject_reason", "reject_detail")
MANIFEST_FILE_SCHEMA = {
    "source_path": pl.String, "source_sha256": pl.String, "size_bytes": pl.Int64, "encoding": pl.String, "status": pl.String,
}  # fmt: skip
# The classifier's query (window functions over each file's lines, no Python callbacks) runs on Polars'
# in-memory engine, faster here than the default streaming one, with the same output (its probabilities are
# rounded, see boilerplate.PROBABILITY_STEPS). Only this query: with every query in-memory a run hung (see
# docs/tuning.md).
CLASSIFY_ENGINE = "in-memory"


def read_files(input_dir: Path, paths: list[str], follow_symlinks: bool = False) -> pl.DataFrame:
    """Raw bytes of each file; a path that cannot be read keeps its reject reason and detail instead of bytes."""
    root = os.fspath(input_dir)
    real_root = os.path.realpath(root)
    rows = [(path, *inputs.read_source(root, real_root, path, follow_symlinks)) for path in paths]
    return pl.DataFrame(rows, schema=READ_SCHEMA, orient="row")


class Scan(NamedTuple):
    """What pass 1 returns of a batch: every file's provenance or reject (its pairs are in the work folder)."""

    files: pl.DataFrame
    seconds: dict[str, float]


@task(retries=2, retry_delay_seconds=1)
def scan_batch(input_dir: Path, paths: list[str], staging: Path, index: int, follow_symlinks: bool = False) -> Scan:
    """Read and decode a batch; spill its accepted texts, repetition key pairs and fingerprints to the work folder."""
    seconds: dict[str, float] = {}
    with progress.stage("read", seconds, report=False):
        raw = read_files(input_dir, paths, follow_symlinks)
    with progress.stage("ingest", seconds, report=False):
        decoded = pipeline.decode_sources(raw, guess=charset_pool.guess_encodings)
        del raw
        accepted = decoded.filter(pl.col("reject_reason").is_null())
        accepted.select("source_path", "source_sha256", "file_key", "encoding", "decode_errors", "text").write_parquet(
            spill.work_file(staging, spill.TEXTS, index), compression=spill.COMPRESSION
        )
    with progress.stage("boilerplate", seconds, report=False):
        facts = pipeline.file_repetition_facts(accepted.lazy())
        for kind, frame in ((spill.PAIRS, facts.pairs), (spill.FINGERPRINTS, facts.fingerprints)):
            frame.write_parquet(spill.work_file(staging, kind, index), compression=spill.COMPRESSION)
    return Scan(decoded.select(FILE_COLUMNS), seconds)


class Previous:
    """The published output an incremental run builds on: its folder and its manifest.

    A plain class, not a NamedTuple: Prefect walks a task argument that is a tuple, list or dict element by
    element, looking for futures, and every process_batch task would walk the manifest's per-file list
    (docs/tuning.md has the cost). Other objects it passes whole.
    """

    __slots__ = ("output_dir", "manifest")

    def __init__(self, output_dir: Path, manifest: dict[str, Any]) -> None:
        self.output_dir = output_dir
        self.manifest = manifest

    @property
    def files(self) -> pl.DataFrame:
        """source_path, source_sha256 of the files it accepted."""
        accepted = manifest_files(self.manifest).filter(pl.col("status") == "accepted")
        return accepted.select("source_path", "source_sha256")


def manifest_files(manifest: dict[str, Any]) -> pl.DataFrame:
    """The input files a published run saw (sha256, size, encoding, status), also when there were none."""
    return pl.DataFrame(manifest["files"], schema=MANIFEST_FILE_SCHEMA)


def _previous_rows(previous: Previous, name: str) -> pl.LazyFrame:
    return pl.scan_parquet(previous.output_dir / name / "*.parquet")


class Processed(NamedTuple):
    """What pass 2 returns of a batch: its datasets are in the staging parts, and its documents' duplicate
    keys in the work folder."""

    plan: pl.DataFrame  # source_path, action
    seconds: dict[str, float]


@task(retries=2, retry_delay_seconds=1)
def read_repeated_keys(staging: Path) -> pl.Series:
    """The run's repeated line keys, from every batch's repetition pairs and file fingerprints (the boilerplate
    rules' cross-file facts)."""
    pairs, fingerprints = (pl.scan_parquet(spill.every_batch(staging, kind)) for kind in (spill.PAIRS, spill.FINGERPRINTS))
    return pipeline.repeated_keys(pairs, fingerprints)


@task(retries=2, retry_delay_seconds=1)
def process_batch(
    index: int, repeated: pl.Series, backend: str, staging: Path, previous: Previous | None
) -> Processed:
    """Boilerplate, articles, sections, language and claims of one batch; parts written to `staging`.

    Files whose bytes and line rules are unchanged since `previous` keep their published rows (see
    transforms.incremental); documents go to the work folder until the run's duplicate marks are known.
    """
    seconds: dict[str, float] = {}
    files = pl.read_parquet(spill.work_file(staging, spill.TEXTS, index))
    with progress.stage("boilerplate", seconds, report=False):
        lines = pipeline.classify_files(files.lazy(), repeated=repeated).collect(engine=CLASSIFY_ENGINE)
        audit = pipeline.boilerplate_audit(lines.lazy()).collect()
    plan = _plan(files, audit, previous)
    lines = pipeline.rows_to_process(lines, plan)
    with progress.stage("articles_sections", seconds, report=False):
        article_lines, documents = pipeline.build_articles(lines.lazy())
        documents = pipeline.add_encoding(documents, files.lazy()).collect()
        sections = pipeline.build_sections(article_lines, documents.lazy()).collect()
        del lines, article_lines
    with progress.stage("language", seconds, report=False):
        if backend == "profiles":
            model_cache.load_language_model()
        documents, sections = pipeline.add_languages(documents, sections, backend=backend)
    with progress.stage("claims", seconds, report=False):
        claims = pipeline.build_claims(sections.lazy()).collect()
    if previous is not None:
        published = tuple(_previous_rows(previous, name) for name in pipeline.MERGED_DATASETS)
        schemas = tuple(DATASETS[name].SCHEMA for name in pipeline.MERGED_DATASETS)
        documents, sections, claims = pipeline.merge_unchanged((documents, sections, claims), published, plan, schemas)
    with progress.stage("duplicates", seconds, report=False):
        pipeline.duplicate_keys(documents.lazy()).collect().write_parquet(spill.work_file(staging, spill.KEYS, index))
    with progress.stage("write_parts", seconds, report=False):
        part = spill.part_name(index)
        for name, frame in (("sections", sections), ("claims", claims), ("boilerplate", audit)):
            write_part(conform(name, frame), name, staging, part)
        pipeline.without_duplicate_marks(documents).write_parquet(
            spill.work_file(staging, spill.DOCUMENTS, index), compression=spill.COMPRESSION
        )
    get_run_logger().info("batch %d: %d files, %d articles, %d sections, %d claims", index, files.height,
                          documents.height, sections.height, claims.height)  # fmt: skip
    return Processed(plan, seconds)


def _plan(files: pl.DataFrame, audit: pl.DataFrame, previous: Previous | None) -> pl.DataFrame:
    """The batch's plan: every file new on a full run, else by its bytes and line rules against `previous`."""
    if previous is None:
        return pipeline.plan_all_new(files.lazy()).collect()
    paths = files["source_path"].implode()
    before_audit = _previous_rows(previous, "boilerplate").filter(pl.col("source_path").is_in(paths))
    return pipeline.plan_files(files.lazy(), audit.lazy(), previous.files.lazy(), before_audit).collect()


class Marks(NamedTuple):
    """The run's duplicate marks (`doc_id` and the marks) and every document id, for the validation checks."""

    marks: pl.DataFrame
    doc_ids: pl.Series


@task(retries=2, retry_delay_seconds=1)
def read_duplicate_marks(staging: Path) -> Marks:
    """Exact and near-duplicate marks over every document of the run, from every batch's duplicate keys."""
    keys = pl.read_parquet(spill.every_batch(staging, spill.KEYS))
    return Marks(pipeline.duplicate_marks(keys.lazy()).collect(), keys["doc_id"])


@task(retries=2, retry_delay_seconds=1)
def finish_batch(index: int, marks: pl.DataFrame, staging: Path) -> None:
    """The batch's documents with the run's duplicate marks, as its `documents` part."""
    spilled = spill.work_file(staging, spill.DOCUMENTS, index)
    documents = pipeline.add_duplicate_marks(pl.read_parquet(spilled), marks)
    write_part(conform("documents", documents), "documents", staging, spill.part_name(index))
    spilled.unlink()


def conform(name: str, frame: pl.DataFrame) -> pl.DataFrame:
    """The declared columns, in declared order and dtypes, rows in the declared order."""
    module = DATASETS[name]
    return frame.select(module.SCHEMA.names()).cast(dict(module.SCHEMA)).sort(module.SORT_BY)


def write_part(frame: pl.DataFrame, name: str, folder: Path, part: str) -> None:
    """One zstd Parquet part with the declared Arrow schema; same frame, same bytes."""
    import pyarrow.parquet as pq

    from schemas._spec import arrow_schema

    module = DATASETS[name]
    table = frame.to_arrow().cast(arrow_schema(module.COLUMNS, dataset=name, version=module.VERSION))
    (folder / name).mkdir(parents=True, exist_ok=True)
    pq.write_table(table, folder / name / part, compression="zstd", write_statistics=True)
