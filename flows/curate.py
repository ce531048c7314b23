"""The curation flow: wiring only. Each stage is one task; the flow times them for the manifest."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

import polars as pl
from prefect import flow, get_run_logger, unmapped
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import quote

from flows import batches, changes, charset_pool, inputs, progress, publish, spill, tasks
from flows.settings import BATCH_FILES, DEFAULT_GLOB, LOCK_TIMEOUT_S, MAX_WORKERS
from schemas import DATASETS
from transforms import pipeline

T = TypeVar("T")
PACKAGES = ("curate", "polars", "prefect", "great-expectations", "langdetect", "pyarrow")


def _timed(stage_seconds: dict[str, float], stage: str, call: Callable[..., T], *args: Any) -> T:
    with progress.stage(stage, stage_seconds):
        return call(*args)


def _manifest(
    run_id: str, started: str, input_dir: Path, glob: str, backend: str, files: pl.DataFrame, rows: dict[str, int],
    stage_seconds: dict[str, float], plan: pl.DataFrame, previous: batches.Previous | None, facts: dict[str, Any],
) -> dict[str, Any]:  # fmt: skip
    rejected = files.filter(pl.col("reject_reason").is_not_null())
    reasons = rejected.group_by("reject_reason").len().sort("reject_reason")
    listed = files.select(
        "source_path", "source_sha256", "size_bytes", "encoding",
        pl.col("reject_reason").fill_null("accepted").alias("status"),
    ).sort("source_path")  # fmt: skip
    actions = dict(plan.group_by("action").len().rows())
    return {
        "run_id": run_id,
        "started_at": started,
        "input_dir": str(input_dir),
        "glob": glob,
        "lid_backend": backend,
        "mode": "incremental" if previous else "full",
        "pipeline_fingerprint": tasks.pipeline_fingerprint(),
        "inputs": {
            "seen": files.height,
            "accepted": files.height - rejected.height,
            "rejected": rejected.height,
            "rejected_by_reason": dict(zip(reasons["reject_reason"], reasons["len"], strict=True)),
            "decode_errors": int(files["decode_errors"].sum()),  # U+FFFD put in for invalid UTF-8, all files
        },
        "files_processed": actions.get("new", 0) + actions.get("changed", 0),
        "files_reclassified": actions.get("reclassified", 0),
        "files_unchanged": actions.get("unchanged", 0),
        "files_deleted": len(facts["changes"]["deleted"]),
        **facts,
        "rows": rows,
        "schema_versions": {name: module.VERSION for name, module in DATASETS.items()},
        "stage_seconds": stage_seconds,
        "versions": {name: metadata.version(name) for name in PACKAGES},
        "files": listed.to_dicts(),
    }


@flow(name="curate", task_runner=ThreadPoolTaskRunner(max_workers=MAX_WORKERS), log_prints=False)
def curate(
    input_dir: Path, output_dir: Path, glob: str = DEFAULT_GLOB, lid_backend: str = "profiles",
    full_refresh: bool = False, lock_timeout_s: float = LOCK_TIMEOUT_S, batch_files: int = BATCH_FILES,
    follow_symlinks: bool = False,
) -> dict[str, Any]:  # fmt: skip
    """Raw text files in `input_dir` -> validated Parquet datasets (documents, sections, claims, boilerplate,
    rejects), published atomically in `output_dir`.

    Incremental unless `full_refresh`: only new, changed and reclassified files go through the costly stages,
    in batches of `batch_files` files. One run at a time per output: a second run waits up to `lock_timeout_s`.
    A symlink is read only when its target is inside `input_dir`, or with `follow_symlinks`; other symlinks and
    special files are rejects. Nothing is published when a critical expectation fails.
    """
    input_dir, output_dir = Path(input_dir), Path(output_dir)
    publish.check_output(input_dir, output_dir)
    with publish.run_lock(output_dir, timeout_s=lock_timeout_s):
        removed = publish.remove_debris(output_dir)  # the lock is ours: any staging folder is a dead run's
        if removed:
            get_run_logger().warning("removed the staging folders of runs that died: %s", ", ".join(removed))
        manifest = _run(input_dir, output_dir, glob, lid_backend, full_refresh, batch_files, follow_symlinks, removed)
    return manifest


def _run(
    input_dir: Path, output_dir: Path, glob: str, lid_backend: str, full_refresh: bool, batch_files: int,
    follow_symlinks: bool, removed_debris: list[str],
) -> dict[str, Any]:  # fmt: skip
    """The run's stages, one task each (the batch stages mapped over batches), inside the output's lock.

    Prefect walks every task argument and the flow's return value, element by element, looking for futures:
    the big Python arguments of the tasks called here are `quote`d (a Dask worker gets a `quote` as a plain
    tuple: the mapped tasks' arguments are small, or objects Prefect passes whole, see batches.Previous), and
    the manifest is returned without its per-file list (OUTPUT/manifest.json has it all).
    """
    run_id = uuid.uuid4().hex[:12]
    started = datetime.now(UTC).isoformat(timespec="seconds")
    seconds: dict[str, float] = {}  # wall seconds of the flow's stages
    batch_seconds: dict[str, float] = {}  # task-seconds of the batch stages, summed over batches
    previous = None if full_refresh else tasks.read_previous(output_dir, lid_backend)
    before, missing = (previous.manifest, None) if previous else changes.previous_manifest(output_dir)
    staging = tasks.prepare_staging(output_dir, run_id)
    try:
        spill.work_dir(staging).mkdir()
        chunks = tasks.split_paths(inputs.list_inputs(input_dir, glob), batch_files) or [[]]  # one part, even empty
        publish.pause_for_test("listed")
        indexes = list(range(len(chunks)))
        sizes = [len(chunk) for chunk in chunks]
        files, scans_seconds = _scan(input_dir, chunks, staging, follow_symlinks, seconds)
        repeated = batches.read_repeated_keys(staging)
        with progress.stage("process", seconds, total=sum(sizes)):
            publish.pause_for_test("process")
            futures = batches.process_batch.map(
                indexes, unmapped(repeated), unmapped(lid_backend), unmapped(staging), unmapped(previous)
            )
            processed = progress.collect("process", futures, sizes)
        tasks.add_batch_seconds(batch_seconds, [p.seconds for p in processed])
        with progress.stage("duplicates", seconds):
            marks, doc_ids = batches.read_duplicate_marks(staging)
            for future in batches.finish_batch.map(indexes, unmapped(marks), unmapped(staging)):
                future.result()
        tasks.add_batch_seconds(batch_seconds, scans_seconds)
        tasks.write_rejects(files, staging)
        plan = pipeline.run_plan([p.plan for p in processed])
        publish.pause_for_test("validate")
        report = _timed(seconds, "validate", tasks.validate_parts, staging, quote(chunks), files, doc_ids, run_id)
        rows = tasks.count_rows(staging)
        stale = tasks.stale_keys(before, lid_backend) if before else []
        facts = changes.manifest_facts(files, plan, rows, before, missing, stale, full_refresh, incremental=previous is not None)
        manifest = _manifest(run_id, started, input_dir, glob, lid_backend, files, rows, seconds, plan, previous, facts)
        manifest["batch_task_seconds"] = dict(sorted(batch_seconds.items()))
        manifest["removed_debris"] = removed_debris
        manifest["validation"] = report.summary()
        _timed(seconds, "write", tasks.write_staging, quote(manifest), staging)
        tasks.publish_output(staging, output_dir)
    finally:
        publish.discard(staging)
    return {key: value for key, value in manifest.items() if key != "files"}  # see `_run`'s docstring


def _scan(
    input_dir: Path, chunks: list[list[str]], staging: Path, follow_symlinks: bool, seconds: dict[str, float]
) -> tuple[pl.DataFrame, list[dict[str, float]]]:
    """The scan stage: every batch read, decoded and spilled; the files' rows and each batch's task-seconds."""
    sizes = [len(chunk) for chunk in chunks]
    indexes = list(range(len(chunks)))
    with progress.stage("scan", seconds, total=sum(sizes)):
        try:
            scans = progress.collect(
                "scan",
                batches.scan_batch.map(unmapped(input_dir), chunks, unmapped(staging), indexes, unmapped(follow_symlinks)),
                sizes,
            )
            publish.pause_for_test("scan")
        finally:
            charset_pool.shutdown()  # the scan tasks' guess workers (when they ran in this process) are done
    return pl.concat([scan.files for scan in scans]), [scan.seconds for scan in scans]


def serve_parameters(args: Any) -> dict[str, Any]:
    """The flow parameters a scheduled deployment runs with (absolute paths: the runner's cwd may differ)."""
    return {
        "input_dir": str(args.input.resolve()), "output_dir": str(args.output.resolve()), "glob": args.glob,
        "lid_backend": args.lid_backend, "full_refresh": args.full_refresh, "lock_timeout_s": args.lock_timeout,
        "batch_files": args.batch_files, "follow_symlinks": args.follow_symlinks,
    }  # fmt: skip


def with_dask(address: str) -> Any:
    """The same flow with its batches mapped onto an existing Dask cluster (prefect-dask)."""
    from prefect_dask import DaskTaskRunner

    return curate.with_options(task_runner=DaskTaskRunner(address=address))


def with_processes(max_workers: int = MAX_WORKERS) -> Any:
    """The same flow with its batches in a bounded pool of processes instead of threads."""
    from prefect.task_runners import ProcessPoolTaskRunner

    return curate.with_options(task_runner=ProcessPoolTaskRunner(max_workers=max_workers))
