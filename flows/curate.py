"""The curation flow: wiring only. Each stage is one task; the flow times them for the manifest."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import polars as pl
from prefect import flow
from prefect.task_runners import ThreadPoolTaskRunner

from flows import publish, tasks
from flows.settings import DEFAULT_GLOB, MAX_WORKERS
from schemas import DATASETS
from transforms.pipeline import boilerplate_audit

T = TypeVar("T")
PACKAGES = ("curate", "polars", "prefect", "great-expectations", "langdetect", "pyarrow")


def _timed(stage_seconds: dict[str, float], stage: str, call: Callable[..., T], *args: Any) -> T:
    start = time.perf_counter()
    try:
        return call(*args)
    finally:
        stage_seconds[stage] = round(time.perf_counter() - start, 3)


def _manifest(
    run_id: str, started: str, input_dir: Path, glob: str, backend: str, raw: pl.DataFrame,
    accepted: pl.DataFrame, rejects: pl.DataFrame, frames: dict[str, pl.DataFrame],
    stage_seconds: dict[str, float],
) -> dict[str, Any]:  # fmt: skip
    reasons = rejects.group_by("reason").len().sort("reason")
    files = (
        pl.concat(
            [
                accepted.select("source_path", "source_sha256", "size_bytes", "encoding", pl.lit("accepted").alias("status")),
                rejects.select("source_path", "source_sha256", "size_bytes", pl.lit(None, pl.String).alias("encoding"),
                               pl.col("reason").alias("status")),
            ]
        ).sort("source_path")
    )  # fmt: skip
    return {
        "run_id": run_id,
        "started_at": started,
        "input_dir": str(input_dir),
        "glob": glob,
        "lid_backend": backend,
        "inputs": {
            "seen": raw.height,
            "accepted": accepted.height,
            "rejected": rejects.height,
            "rejected_by_reason": dict(zip(reasons["reason"], reasons["len"], strict=True)),
        },
        "rows": {name: frame.height for name, frame in frames.items()},
        "schema_versions": {name: module.VERSION for name, module in DATASETS.items()},
        "stage_seconds": stage_seconds,
        "versions": {name: metadata.version(name) for name in PACKAGES},
        "files": files.to_dicts(),
    }


@flow(name="curate", task_runner=ThreadPoolTaskRunner(max_workers=MAX_WORKERS), log_prints=False)
def curate(input_dir: Path, output_dir: Path, glob: str = DEFAULT_GLOB, lid_backend: str = "langdetect") -> dict[str, Any]:
    """Raw text files in `input_dir` -> validated Parquet datasets published atomically in `output_dir`.

    Raises tasks.ValidationFailed (nothing published) when a critical expectation fails.
    """
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    publish.check_replaceable(output_dir)
    run_id = uuid.uuid4().hex[:12]
    started = datetime.now(UTC).isoformat(timespec="seconds")
    seconds: dict[str, float] = {}
    raw = _timed(seconds, "read", tasks.read_sources, input_dir, glob)
    accepted, rejects = _timed(seconds, "ingest", tasks.decode_files, raw)
    lines = _timed(seconds, "boilerplate", tasks.classify_lines, accepted)
    documents, sections = _timed(seconds, "articles_sections", tasks.build_structure, lines, accepted)
    documents, sections = _timed(seconds, "language", tasks.detect_languages, documents, sections, lid_backend)
    claims = _timed(seconds, "claims", tasks.extract_claims, sections)
    raw_frames = {
        "documents": documents, "sections": sections, "claims": claims,
        "boilerplate": boilerplate_audit(lines.lazy()).collect(), "rejects": rejects,
    }  # fmt: skip
    frames = {name: tasks.conform(name, frame) for name, frame in raw_frames.items()}
    staging = tasks.prepare_staging(output_dir, run_id)
    try:
        files = tasks.input_files(accepted, rejects)
        report = _timed(seconds, "validate", tasks.validate_frames, frames, files, tasks.docs_dir(staging))
        manifest = _manifest(run_id, started, input_dir, glob, lid_backend, raw, accepted, rejects, frames, seconds)
        manifest["validation"] = report.summary()
        _timed(seconds, "write", tasks.write_staging, frames, manifest, staging)
        tasks.publish_output(staging, output_dir)
    finally:
        publish.discard(staging)
    return manifest

