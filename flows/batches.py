"""Prefect tasks that stream a run batch by batch: memory is bounded by a batch, not by the corpus.

Pass 1 (`scan_batch`) reads and decodes a batch of files, spills the decoded texts and the batch's repetition
key pairs (the only cross-file fact of the boilerplate rules) to the run's work folder, and returns every
file's provenance or reject. Pass 2 (`process_batch`) classifies the batch's lines with the
run's repeated keys, builds articles, sections, language and claims, and writes the batch's Parquet parts.
`finish_batch` joins the run-wide duplicate marks to the batch's documents and writes its last part. Every
task reads and writes files by path, so a Dask worker on another machine needs only the same filesystem.
Tasks return only what is small: Prefect keeps every task's result until the flow ends (measured: 6 results
of 50 MB all alive after the flow dropped them), so per-batch frames that grow with the corpus are spilled.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl
from prefect import get_run_logger, task

from flows import charset_pool, inputs, model_cache, progress
from schemas import DATASETS
from transforms import incremental, pipeline
from transforms.duplicates import duplicate_keys
from transforms.ingest import decode_sources

READ_SCHEMA = {"source_path": pl.String, "data": pl.Binary, "read_reason": pl.String, "read_error": pl.String}
FILE_COLUMNS = ("source_path", "source_sha256", "size_bytes", "encoding", "decode_errors", "reject_reason", "reject_detail")
SPILL_COMPRESSION = "lz4"  # spilled texts are read back once, minutes later: speed over size
WORK_DIR = "_work"
MANIFEST_FILE_SCHEMA = {
    "source_path": pl.String, "source_sha256": pl.String, "size_bytes": pl.Int64, "encoding": pl.String, "status": pl.String,
}  # fmt: skip  # inside the staging folder; removed before publishing


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


# The classifier's query is window functions over each file's lines, cheaper in Polars' in-memory engine than in
# the default streaming one: on 20,000 files its task-seconds went 37.6-40.6 -> 29.0-30.6, the run's wall time
# 54.6-57.7 -> 51.2-51.8 s, identical output (its probabilities are rounded, see boilerplate.PROBABILITY_STEPS).
# Only this query, which calls no Python: with every query in-memory (POLARS_ENGINE_AFFINITY) a 2,000-file run
# hung, idle, presumably the Python callbacks of the language and duplicate stages waiting for the GIL held by
# the other batch thread, itself waiting for the same Polars thread pool.
CLASSIFY_ENGINE = "in-memory"


def read_files(input_dir: Path, paths: list[str], follow_symlinks: bool = False) -> pl.DataFrame:
    """Raw bytes of each file; a path that cannot be read keeps its reject reason and detail instead of bytes."""
    root = os.fspath(input_dir)
    real_root = os.path.realpath(root)
    rows = [(path, *inputs.read_source(root, real_root, path, follow_symlinks)) for path in paths]
    return pl.DataFrame(rows, schema=READ_SCHEMA, orient="row")


def work_file(work: Path, kind: str, index: int) -> Path:
    """A batch's intermediate file in the run's work folder: `texts`, `pairs`, `keys` or `documents`."""
    return work / f"{kind}-{part_name(index)}"


class Scan(NamedTuple):
    """What pass 1 returns of a batch: every file's provenance or reject (its pairs are in the work folder)."""

    files: pl.DataFrame
    seconds: dict[str, float]


@task(retries=2, retry_delay_seconds=1)
def scan_batch(input_dir: Path, paths: list[str], work: Path, index: int, follow_symlinks: bool = False) -> Scan:
    """Read and decode a batch; spill its accepted texts and its repetition key pairs to `work` for pass 2."""
    spill = work_file(work, "texts", index)
    seconds: dict[str, float] = {}
    with progress.stage("read", seconds, report=False):
        raw = read_files(input_dir, paths, follow_symlinks)
    with progress.stage("ingest", seconds, report=False):
        decoded = decode_sources(raw, guess=charset_pool.guess_encodings)
        del raw
        accepted = decoded.filter(pl.col("reject_reason").is_null())
        accepted.select("source_path", "source_sha256", "file_key", "encoding", "decode_errors", "text").write_parquet(
            spill, compression=SPILL_COMPRESSION
        )
    with progress.stage("boilerplate", seconds, report=False):
        pipeline.file_repetition_pairs(accepted.lazy()).collect().write_parquet(
            work_file(work, "pairs", index), compression=SPILL_COMPRESSION
        )
    return Scan(decoded.select(FILE_COLUMNS), seconds)


class Previous:
    """The published output an incremental run builds on: its folder and its manifest.

    A plain class, not a NamedTuple: Prefect walks a task argument that is a tuple, list or dict element by
    element, looking for futures, and every process_batch task got the manifest's per-file list (a task call
    with a 100,000-file manifest: 6.8 s). Other objects it passes whole.
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
def process_batch(
    index: int, repeated: pl.Series, backend: str, staging: Path, previous: Previous | None
) -> Processed:
    """Boilerplate, articles, sections, language and claims of one batch; parts written to `staging`.

    Files whose bytes and line rules are unchanged since `previous` keep their published rows (see
    transforms.incremental); documents go to the work folder until the run's duplicate marks are known.
    """
    seconds: dict[str, float] = {}
    work = staging / WORK_DIR
    files = pl.read_parquet(work_file(work, "texts", index))
    with progress.stage("boilerplate", seconds, report=False):
        lines = pipeline.classify_files(files.lazy(), repeated=repeated).collect(engine=CLASSIFY_ENGINE)
        audit = pipeline.boilerplate_audit(lines.lazy()).collect()
    if previous is None:
        plan = files.select("source_path", pl.lit(incremental.NEW).alias("action"))
    else:
        paths = files["source_path"].implode()
        before_audit = _previous_rows(previous, "boilerplate").filter(pl.col("source_path").is_in(paths))
        plan = incremental.plan_files(files.lazy(), audit.lazy(), previous.files.lazy(), before_audit).collect()
    todo = plan.filter(pl.col("action") != incremental.UNCHANGED)["source_path"]
    lines = lines.filter(pl.col("source_path").is_in(todo.implode()))
    encodings = files.select("source_path", "encoding", "decode_errors")
    with progress.stage("articles_sections", seconds, report=False):
        article_lines, documents = pipeline.build_articles(lines.lazy())
        documents = documents.join(encodings.lazy(), on="source_path", how="left").collect()
        sections = pipeline.build_sections(article_lines, documents.lazy()).collect()
        del lines, article_lines
    with progress.stage("language", seconds, report=False):
        if backend == "profiles":
            model_cache.load_language_model()
        documents, sections = pipeline.add_languages(documents, sections, backend=backend)
    with progress.stage("claims", seconds, report=False):
        claims = pipeline.build_claims(sections.lazy()).collect()
    if previous is not None:
        documents, sections, claims = _with_unchanged(previous, plan, documents, sections, claims)
    with progress.stage("duplicates", seconds, report=False):
        duplicate_keys(documents.lazy()).collect().write_parquet(work_file(work, "keys", index))
    with progress.stage("write_parts", seconds, report=False):
        part = part_name(index)
        for name, frame in (("sections", sections), ("claims", claims), ("boilerplate", audit)):
            write_part(conform(name, frame), name, staging, part)
        documents.drop("text_hash", "duplicate_of", "near_duplicate_of", strict=False).write_parquet(
            work_file(work, "documents", index), compression=SPILL_COMPRESSION
        )
    get_run_logger().info("batch %d: %d files, %d articles, %d sections, %d claims", index, files.height,
                          documents.height, sections.height, claims.height)  # fmt: skip
    return Processed(plan, seconds)


def _with_unchanged(
    previous: Previous, plan: pl.DataFrame, documents: pl.DataFrame, sections: pl.DataFrame, claims: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """The batch's new rows plus the published rows of its unchanged files."""
    unchanged = plan.filter(pl.col("action") == incremental.UNCHANGED)["source_path"]
    kept = incremental.keep_unchanged(
        _previous_rows(previous, "documents"), _previous_rows(previous, "sections"), _previous_rows(previous, "claims"),
        unchanged,
    )  # fmt: skip
    merged = []
    for name, fresh, old in zip(("documents", "sections", "claims"), (documents, sections, claims), kept, strict=True):
        schema = DATASETS[name].SCHEMA
        shared = [c for c in schema.names() if c in fresh.columns]  # marks computed after the merge are left out
        merged.append(pl.concat([fresh.select(shared).cast({c: schema[c] for c in shared}), old.select(shared).collect()]))
    return merged[0], merged[1], merged[2]


@task(retries=2, retry_delay_seconds=1)
def finish_batch(index: int, marks: pl.DataFrame, staging: Path) -> None:
    """The batch's documents with the run's duplicate marks, as its `documents` part."""
    spilled = work_file(staging / WORK_DIR, "documents", index)
    documents = pl.read_parquet(spilled).join(marks, on="doc_id", how="left", maintain_order="left")
    write_part(conform("documents", documents), "documents", staging, part_name(index))
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
