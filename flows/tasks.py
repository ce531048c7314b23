"""Prefect tasks: reading, calling transforms, validating, writing. The logic lives in transforms/."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any, NamedTuple

import polars as pl
import pyarrow.parquet as pq
from prefect import get_run_logger, task

import transforms
from flows import progress, publish
from reports.run_report import render_report
from schemas import DATASETS
from schemas._spec import arrow_schema, docs_table
from schemas.validation import DOCS_DIR, ValidationReport, validate_datasets
from transforms import incremental, pipeline
from transforms.duplicates import mark_duplicates
from transforms.ingest import decode_sources

READ_SCHEMA = {"source_path": pl.String, "data": pl.Binary, "read_error": pl.String}
MANIFEST = "manifest.json"
REPORT = "report.html"
PARQUET_FILE = "part-00000.parquet"


class ValidationFailed(RuntimeError):
    """A critical expectation failed: nothing is published."""

    def __init__(self, report: ValidationReport) -> None:
        self.report = report
        failed = [f"{f.dataset}.{f.column or '*'}: {f.expectation}" for f in report.failures]
        super().__init__("validation failed: " + "; ".join(failed[:10]))


def list_sources(input_dir: Path, glob: str) -> list[Path]:
    """Regular files under input_dir matching glob (recursive), in a stable order."""
    return sorted((p for p in input_dir.rglob(glob) if p.is_file()), key=lambda p: p.relative_to(input_dir).as_posix())


@task(retries=2, retry_delay_seconds=1)
def read_sources(input_dir: Path, glob: str) -> pl.DataFrame:
    """Raw bytes of every input file; a file that cannot be read keeps its error instead of bytes."""
    rows = []
    for path in list_sources(input_dir, glob):
        try:
            rows.append((path.relative_to(input_dir).as_posix(), path.read_bytes(), None))
        except OSError as exc:
            rows.append((path.relative_to(input_dir).as_posix(), None, f"{type(exc).__name__}: {exc.strerror or exc}"))
    get_run_logger().info("read %d files from %s", len(rows), input_dir)
    return pl.DataFrame(rows, schema=READ_SCHEMA, orient="row")


@task
def decode_files(raw: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Accepted files with their text, and the rejects with reason and detail."""
    decoded = decode_sources(raw)
    rejected = pl.col("reject_reason").is_not_null()
    rejects = decoded.filter(rejected).select(
        "source_path", pl.col("reject_reason").alias("reason"), pl.col("reject_detail").alias("detail"),
        "source_sha256", "size_bytes",
    )  # fmt: skip
    accepted = decoded.filter(~rejected)
    get_run_logger().info("decoded %d files, rejected %d", accepted.height, rejects.height)
    return accepted, rejects


@task
def classify_lines(accepted: pl.DataFrame) -> pl.DataFrame:
    """Every line of every accepted file with its boilerplate rule (null = content)."""
    lines = pipeline.classify_files(accepted.lazy()).collect()
    get_run_logger().info("%d lines, %d removed as boilerplate", lines.height, lines["rule"].is_not_null().sum())
    return lines


class Batch(NamedTuple):
    """What one batch of files yields, and the seconds each costly stage took on it."""

    documents: pl.DataFrame
    sections: pl.DataFrame
    claims: pl.DataFrame
    seconds: dict[str, float]


def split_batches(lines: pl.DataFrame, paths: pl.Series, batch_files: int) -> list[pl.DataFrame]:
    """Lines of `paths`, in batches of `batch_files` whole files (sorted paths: the same batches every run).

    Batches bound the memory of the costly stages and are the unit a task runner (threads, Dask) maps.
    """
    ordered = paths.sort()
    batches = [
        lines.filter(pl.col("source_path").is_in(ordered.slice(start, batch_files).implode()))
        for start in range(0, len(ordered), batch_files)
    ]
    return batches or [lines.clear()]  # nothing to process: one empty batch keeps every column


@task
def process_batch(lines: pl.DataFrame, encodings: pl.DataFrame, backend: str) -> Batch:
    """Articles, sections, language and claims of whole files: no row depends on another batch."""
    seconds: dict[str, float] = {}
    with progress.stage("articles_sections", seconds, report=False):
        article_lines, documents = pipeline.build_articles(lines.lazy())
        documents = documents.join(encodings.lazy(), on="source_path", how="left").collect()
        sections = pipeline.build_sections(article_lines, documents.lazy()).collect()
    with progress.stage("language", seconds, report=False):
        documents, sections = pipeline.add_languages(documents, sections, backend=backend)
    with progress.stage("claims", seconds, report=False):
        claims = pipeline.build_claims(sections.lazy()).collect()
    get_run_logger().info("%d files: %d articles, %d sections, %d claims", lines["source_path"].n_unique(),
                          documents.height, sections.height, claims.height)  # fmt: skip
    return Batch(documents, sections, claims, seconds)


def combine_batches(batches: list[Batch], stage_seconds: dict[str, float]) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """Concatenate batch outputs; stage seconds are summed over batches (task-seconds, not wall time)."""
    for batch in batches:
        for stage, value in batch.seconds.items():
            stage_seconds[stage] = round(stage_seconds.get(stage, 0.0) + value, 3)
    return tuple(pl.concat([getattr(b, part) for b in batches], how="vertical") for part in ("documents", "sections", "claims"))


class Previous(NamedTuple):
    """The published output an incremental run builds on."""

    frames: dict[str, pl.DataFrame]
    manifest: dict[str, Any]


def pipeline_fingerprint() -> str:
    """Hash of the code that shapes the rows: output built by other code is never merged with new rows."""
    digest = hashlib.sha256()
    for package in (Path(transforms.__file__).parent, Path(__file__).parents[1] / "schemas"):
        for path in sorted(package.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@task(retries=2, retry_delay_seconds=1)
def read_previous(output_dir: Path, lid_backend: str) -> Previous | None:
    """The last published output, when it was built by the same code and settings; else None (full run)."""
    logger = get_run_logger()
    if not (output_dir / MANIFEST).is_file():
        return None
    manifest = read_manifest(output_dir)
    wanted = {"pipeline_fingerprint": pipeline_fingerprint(), "lid_backend": lid_backend,
              "schema_versions": {name: m.VERSION for name, m in DATASETS.items()}}  # fmt: skip
    stale = [key for key, value in wanted.items() if manifest.get(key) != value]
    if stale:
        logger.info("previous output differs in %s: full rebuild", ", ".join(stale))
        return None
    return Previous(read_published(output_dir), manifest)


@task
def plan_run(accepted: pl.DataFrame, audit: pl.DataFrame, previous: Previous | None) -> pl.DataFrame:
    """What each accepted file needs: new, changed, reclassified or unchanged (see transforms.incremental)."""
    if previous is None:
        return accepted.select("source_path", pl.lit(incremental.NEW).alias("action"))
    before = manifest_files(previous.manifest).lazy()
    before = before.filter(pl.col("status") == "accepted").select("source_path", "source_sha256")
    plan = incremental.plan_files(accepted.lazy(), audit.lazy(), before, previous.frames["boilerplate"].lazy()).collect()
    counts = plan.group_by("action").len().sort("action").rows()
    get_run_logger().info("incremental plan: %s", ", ".join(f"{n} {action}" for action, n in counts))
    return plan


def files_to_process(plan: pl.DataFrame) -> pl.Series:
    return plan.filter(pl.col("action") != incremental.UNCHANGED)["source_path"]


@task
def merge_previous(
    previous: Previous | None, plan: pl.DataFrame, documents: pl.DataFrame, sections: pl.DataFrame, claims: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """New rows plus the previous rows of unchanged files (deleted files simply are not kept)."""
    if previous is None:
        return documents, sections, claims
    unchanged = plan.filter(pl.col("action") == incremental.UNCHANGED)["source_path"]
    old = previous.frames
    kept = incremental.keep_unchanged(old["documents"].lazy(), old["sections"].lazy(), old["claims"].lazy(), unchanged)
    merged = []
    for name, fresh, old_rows in zip(("documents", "sections", "claims"), (documents, sections, claims), kept, strict=True):
        schema = DATASETS[name].SCHEMA
        shared = [c for c in schema.names() if c in fresh.columns]  # marks computed after the merge are left out
        merged.append(pl.concat([fresh.select(shared).cast({c: schema[c] for c in shared}), old_rows.select(shared).collect()]))
    return merged[0], merged[1], merged[2]


@task
def mark_duplicate_documents(documents: pl.DataFrame) -> pl.DataFrame:
    """Exact and near duplicates over every document of the output (old and new), so marks match a rebuild."""
    marked = mark_duplicates(documents.lazy()).collect()
    get_run_logger().info(
        "%d exact and %d near duplicates", marked["duplicate_of"].is_not_null().sum(), marked["near_duplicate_of"].is_not_null().sum()
    )
    return marked


def conform(name: str, frame: pl.DataFrame) -> pl.DataFrame:
    """The declared columns, in declared order and dtypes, rows in the declared order."""
    module = DATASETS[name]
    return frame.select(module.SCHEMA.names()).cast(dict(module.SCHEMA)).sort(module.SORT_BY)


def input_files(accepted: pl.DataFrame, rejects: pl.DataFrame) -> pl.DataFrame:
    """Every input file with its status: `accepted` or its reject reason."""
    return pl.concat(
        [accepted.select("source_path", pl.lit("accepted").alias("status")),
         rejects.select("source_path", pl.col("reason").alias("status"))]
    ).sort("source_path")  # fmt: skip


@task
def validate_frames(frames: dict[str, pl.DataFrame], files: pl.DataFrame, docs_dir: Path) -> ValidationReport:
    """Run every suite and check, writing Data Docs; raise ValidationFailed (never retried) on a critical failure."""
    report = validate_datasets(frames, files, docs_dir=docs_dir)
    logger = get_run_logger()
    for failure in report.failures:
        logger.warning("%s %s %s: %s", failure.severity, failure.dataset, failure.expectation, failure.observed)
    if not report.ok:
        raise ValidationFailed(report)
    return report


def output_readme() -> str:
    """The datasets' docs, derived from the schema declarations (also committed as output/README.md)."""
    parts = [
        "# Output datasets\n",
        "Generated by `curate run` from the declarations in `schemas/`; do not edit by hand.",
        "Each dataset is a folder of zstd Parquet files; the schema version is in each file's metadata",
        "(`curate.schema_version`) and in `manifest.json`.\n",
    ]
    for name, module in DATASETS.items():
        doc = (module.__doc__ or "").strip()
        parts.append(f"## `{name}/` (schema v{module.VERSION})\n\n{doc}\n\n{docs_table(module.COLUMNS)}\n")
    return "\n".join(parts)


def write_dataset(frame: pl.DataFrame, name: str, folder: Path) -> None:
    """One zstd Parquet file with the declared Arrow schema; same frame, same bytes."""
    module = DATASETS[name]
    table = frame.to_arrow().cast(arrow_schema(module.COLUMNS, dataset=name, version=module.VERSION))
    (folder / name).mkdir(parents=True)
    pq.write_table(table, folder / name / PARQUET_FILE, compression="zstd", write_statistics=True)


def prepare_staging(output_dir: Path, run_id: str) -> Path:
    """A fresh, empty staging folder beside output_dir (same filesystem, so the swap is one rename)."""
    staging = publish.staging_dir(output_dir, run_id)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    return staging


def write_report(frames: dict[str, pl.DataFrame], manifest: dict[str, Any], folder: Path) -> Path:
    """The run report page, from the datasets and the manifest."""
    path = folder / REPORT
    path.write_text(render_report(frames, manifest), encoding="utf-8")
    return path


@task(retries=2, retry_delay_seconds=1)
def write_staging(frames: dict[str, pl.DataFrame], manifest: dict[str, Any], staging: Path) -> None:
    """Write every dataset, the manifest, the docs and the report into the staging folder."""
    for name, frame in frames.items():
        dataset_dir = staging / name
        if dataset_dir.exists():
            shutil.rmtree(dataset_dir)  # a retried write starts clean
        write_dataset(frame, name, staging)
    (staging / "README.md").write_text(output_readme(), encoding="utf-8")
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    write_report(frames, manifest, staging)


@task
def publish_output(staging: Path, output_dir: Path) -> None:
    """Swap the staging folder in place of output_dir in one step."""
    publish.swap_in(staging, output_dir)
    get_run_logger().info("published %s", output_dir)


def read_published(output_dir: Path) -> dict[str, pl.DataFrame]:
    """Every dataset of a published output, as Polars frames."""
    return {name: pl.read_parquet(output_dir / name / "*.parquet") for name in DATASETS}


def read_manifest(output_dir: Path) -> dict[str, Any]:
    return json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))


MANIFEST_FILE_SCHEMA = {
    "source_path": pl.String, "source_sha256": pl.String, "size_bytes": pl.Int64, "encoding": pl.String, "status": pl.String,
}  # fmt: skip


def manifest_files(manifest: dict[str, Any]) -> pl.DataFrame:
    """The input files a published run saw (sha256, size, encoding, status), also when there were none."""
    return pl.DataFrame(manifest["files"], schema=MANIFEST_FILE_SCHEMA)


def published_files(manifest: dict[str, Any]) -> pl.DataFrame:
    """The input files a published run saw, with their status, from its manifest."""
    return manifest_files(manifest).select("source_path", "status")


def docs_dir(output_dir: Path) -> Path:
    return output_dir / DOCS_DIR
