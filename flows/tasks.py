"""Prefect tasks: reading, calling transforms, validating, writing. The logic lives in transforms/."""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow.parquet as pq
from prefect import get_run_logger, task

import transforms
from flows import publish, spill
from flows.batches import Previous, conform, manifest_files, write_part
from flows.spill import part_name
from reports.run_report import removed_samples, render_report
from schemas import DATASETS
from schemas._spec import docs_table
from schemas.checks import check_frames
from schemas.validation import DOCS_DIR, ValidationReport, Validator
from transforms import pipeline

MANIFEST = publish.MANIFEST
# Parts validated in one GX run, at most about this much in Polars memory: GX needs a few times a group on top,
# and each extra GX run costs about a second (docs/tuning.md).
VALIDATE_GROUP_BYTES = 64 * 2**20
REPORT = "report.html"


class ValidationFailed(RuntimeError):
    """A critical expectation failed: nothing is published."""

    def __init__(self, report: ValidationReport) -> None:
        self.report = report
        failed = [f"{f.dataset}.{f.column or '*'}: {f.expectation}" for f in report.failures]
        super().__init__("validation failed: " + "; ".join(failed[:10]))


def split_paths(paths: list[str], batch_files: int) -> list[list[str]]:
    """Batches of `batch_files` files in path order: the same batches, and the same parts, every run.

    Batches bound the memory of a run and are the unit a task runner (threads, Dask) maps.
    """
    return [paths[start : start + batch_files] for start in range(0, len(paths), batch_files)]


def add_batch_seconds(stage_seconds: dict[str, float], batch_seconds: list[dict[str, float]]) -> None:
    """Stage seconds summed over batches (task-seconds, not wall time)."""
    for seconds in batch_seconds:
        for stage, value in seconds.items():
            stage_seconds[stage] = round(stage_seconds.get(stage, 0.0) + value, 3)


@task(retries=2, retry_delay_seconds=1)
def write_rejects(files: pl.DataFrame, staging: Path) -> None:
    """The rejects dataset, one part: every file the ingest refused, with its reason."""
    write_part(conform("rejects", pipeline.rejects_of(files)), "rejects", staging, part_name(0))


def pipeline_fingerprint() -> str:
    """Hash of the code that shapes the rows: output built by other code is never merged with new rows."""
    digest = hashlib.sha256()
    for package in (Path(transforms.__file__).parent, Path(__file__).parents[1] / "schemas"):
        for path in sorted(package.rglob("*.py")):  # subpackages too, by their path in the package
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def stale_keys(manifest: dict[str, Any], lid_backend: str) -> list[str]:
    """The manifest keys that say a published output was built otherwise (code, language backend, schemas)."""
    wanted = {"pipeline_fingerprint": pipeline_fingerprint(), "lid_backend": lid_backend,
              "schema_versions": {name: m.VERSION for name, m in DATASETS.items()}}  # fmt: skip
    return [key for key, value in wanted.items() if manifest.get(key) != value]


@task(retries=2, retry_delay_seconds=1)
def read_previous(output_dir: Path, lid_backend: str) -> Previous | None:
    """The last published output, when it was built by the same code and settings; else None (full run)."""
    logger = get_run_logger()
    if not (output_dir / MANIFEST).is_file():
        return None
    manifest = read_manifest(output_dir)
    stale = stale_keys(manifest, lid_backend)
    if stale:
        logger.info("previous output differs in %s: full rebuild", ", ".join(stale))
        return None
    return Previous(output_dir, manifest)


@task
def validate_parts(
    staging: Path, chunks: list[list[str]], files: pl.DataFrame, doc_ids: pl.Series, run_id: str
) -> ValidationReport:
    """Run every suite on the parts and the checks on every batch, writing Data Docs; raise ValidationFailed
    (never retried) on a critical failure.

    GX costs a fixed time per suite run whatever the rows, so consecutive parts are validated together
    up to VALIDATE_GROUP_BYTES in memory: few runs, and memory bounded by the group, not by the corpus.
    """
    validator = Validator(docs_dir(staging), run_id=run_id)
    status = files.select("source_path", pl.col("reject_reason").fill_null("accepted").alias("status"))
    rejects = read_part(staging, "rejects", part_name(0))
    schema_ok = validator.dataset("rejects", rejects)
    for name in ("documents", "sections", "claims", "boilerplate"):
        group: list[pl.DataFrame] = []
        for index in range(len(chunks)):
            group.append(read_part(staging, name, part_name(index)))
            if index == len(chunks) - 1 or sum(f.estimated_size() for f in group) >= VALIDATE_GROUP_BYTES:
                first = index + 1 - len(group)
                schema_ok &= validator.dataset(name, pl.concat(group), part=f"{first:05d}-{index:05d}")
                group = []
    for index, paths in enumerate(chunks):
        if not schema_ok:
            break  # the checks assume the declared columns
        frames = {name: read_part(staging, name, part_name(index)) for name in ("documents", "sections", "claims", "boilerplate")}
        batch_files = status.filter(pl.col("source_path").is_in(pl.Series(paths, dtype=pl.String).implode()))
        validator.add_checks(check_frames({**frames, "rejects": rejects}, batch_files, doc_ids))
    report = validator.finish()
    logger = get_run_logger()
    for failure in report.failures:
        logger.warning("%s %s %s: %s", failure.severity, failure.dataset, failure.expectation, failure.observed)
    if not report.ok:
        raise ValidationFailed(report)
    return report


def read_part(folder: Path, name: str, part: str) -> pl.DataFrame:
    path = folder / name / part
    return pl.read_parquet(path) if path.exists() else pl.DataFrame(schema=DATASETS[name].SCHEMA)


def count_rows(folder: Path) -> dict[str, int]:
    """Rows of every dataset, from the Parquet footers."""
    return {name: sum(pq.read_metadata(p).num_rows for p in sorted((folder / name).glob("*.parquet"))) for name in DATASETS}


def output_readme() -> str:
    """The datasets' docs, derived from the schema declarations (also committed as output/README.md)."""
    parts = [
        "# Output datasets\n",
        "Generated by `curate run` from the declarations in `schemas/`; do not edit by hand.",
        "Each dataset is a folder of zstd Parquet files, one part per batch of input files (read the folder, e.g.",
        "`pl.scan_parquet('documents/*.parquet')`); the schema version is in each file's metadata",
        "(`curate.schema_version`) and in `manifest.json`.\n",
    ]
    for name, module in DATASETS.items():
        doc = (module.__doc__ or "").strip()
        parts.append(f"## `{name}/` (schema v{module.VERSION})\n\n{doc}\n\n{docs_table(module.COLUMNS)}\n")
    return "\n".join(parts)


def prepare_staging(output_dir: Path, run_id: str) -> Path:
    """A fresh, empty staging folder beside output_dir (same filesystem, so the swap is one rename)."""
    staging = publish.staging_dir(output_dir, run_id)
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    return staging


REPORT_COUNTS = {"boilerplate": ("source_path", "rule"), "claims": ("doc_id", "claim_type")}


def write_report(folder: Path, manifest: dict[str, Any]) -> Path:
    """The run report page, from the datasets and the manifest.

    The two long datasets (a row per removed line, per claim) are counted by the streaming engine, part by
    part: the report holds a row per (file, rule) and per (article, claim type), never a row per line.
    """
    frames = {
        name: pl.scan_parquet(folder / name / "*.parquet").group_by(*keys).len().collect(engine="streaming")
        for name, keys in REPORT_COUNTS.items()
    }
    frames["documents"] = pl.read_parquet(
        folder / "documents" / "*.parquet", columns=["doc_id", "source_path", "n_lines", "lang", "is_mixed_lang"]
    )
    frames["rejects"] = pl.read_parquet(folder / "rejects" / "*.parquet")
    frames["removed_samples"] = removed_samples(pl.scan_parquet(folder / "boilerplate" / "*.parquet"), frames["boilerplate"])
    path = folder / REPORT
    path.write_text(render_report(frames, manifest), encoding="utf-8")
    return path


@task(retries=2, retry_delay_seconds=1)
def write_staging(manifest: dict[str, Any], staging: Path) -> None:
    """Write the docs, the report, the manifest and the ownership marker beside the parts; drop the work folder."""
    spill.drop_work_dir(staging)
    (staging / "README.md").write_text(output_readme(), encoding="utf-8")
    write_report(staging, manifest)
    manifest = {**manifest, "output_files": [*publish.output_files(staging), MANIFEST]}  # what the run wrote
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    publish.write_marker(staging)


@task
def publish_output(staging: Path, output_dir: Path) -> None:
    """Swap the staging folder in place of output_dir in one step, if output_dir still holds only what curate
    wrote (a file added since the run's start is never deleted)."""
    publish.check_output(None, output_dir)
    publish.swap_in(staging, output_dir)
    get_run_logger().info("published %s", output_dir)


def read_published(output_dir: Path) -> dict[str, pl.DataFrame]:
    """Every dataset of a published output, as Polars frames (the parts of each, in order)."""
    return {name: pl.read_parquet(output_dir / name / "*.parquet") for name in DATASETS}


def check_parts(output_dir: Path) -> None:
    """Every dataset of a published output holds its parts: part-00000 to the last batch's, the same in each
    batched dataset. A missing one (deleted by hand, lost by a copy) raises FileNotFoundError naming it."""
    batched = ("documents", "sections", "claims", "boilerplate")
    names = {name: {p.name for p in (output_dir / name).glob("part-*.parquet")} for name in DATASETS}
    last = max((int(part.split("-")[1].split(".")[0]) for name in batched for part in names[name]), default=0)
    expected = {part_name(index) for index in range(last + 1)}
    missing = [output_dir / name / part for name in DATASETS
               for part in sorted((expected if name in batched else {part_name(0)}) - names[name])]  # fmt: skip
    if missing:
        raise FileNotFoundError(errno.ENOENT, "published part missing", str(missing[0]))


def read_manifest(output_dir: Path) -> dict[str, Any]:
    return json.loads((output_dir / MANIFEST).read_text(encoding="utf-8"))


def published_files(manifest: dict[str, Any]) -> pl.DataFrame:
    """The input files a published run saw, with their status, from its manifest."""
    return manifest_files(manifest).select("source_path", "status")


def docs_dir(output_dir: Path) -> Path:
    return output_dir / DOCS_DIR
