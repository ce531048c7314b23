"""What a run changed, for the manifest and the summary: why it was full, which input files were new, changed,
reclassified or deleted since the published output, and the rows gained or lost per dataset."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import polars as pl

from transforms.incremental import CHANGED, NEW, RECLASSIFIED

MANIFEST = "manifest.json"
DOCS = {"report": "report.html", "data_docs": "_validation/index.html"}  # relative to the output folder
# Why a run could not build on the published output, by the manifest key that differs (see tasks.stale_keys).
STALE_REASONS = {
    "pipeline_fingerprint": "code changed", "lid_backend": "language backend changed",
    "schema_versions": "schema versions changed",
}  # fmt: skip
FIRST_RUN, FULL_REFRESH, UNREADABLE = "first run", "--full-refresh", "previous output unreadable"


def previous_manifest(output_dir: Path) -> tuple[dict[str, Any] | None, str | None]:
    """The published manifest, or None and why there is none to build on."""
    path = output_dir / MANIFEST
    if not path.is_file():
        return None, FIRST_RUN
    try:
        return json.loads(path.read_text(encoding="utf-8")), None
    except (OSError, ValueError):
        return None, UNREADABLE


def full_reason(
    before: dict[str, Any] | None, missing: str | None, stale: list[str], *, full_refresh: bool, incremental: bool
) -> str | None:
    """None for an incremental run; else the first reason it rebuilt everything."""
    if incremental:
        return None
    if full_refresh:
        return FULL_REFRESH
    if before is None:
        return missing or FIRST_RUN
    return next((STALE_REASONS[key] for key in STALE_REASONS if key in stale), UNREADABLE)


def file_changes(
    files: pl.DataFrame, plan: pl.DataFrame, before: dict[str, Any] | None, *, incremental: bool
) -> dict[str, list[str]]:
    """Sorted source paths per change. An incremental run's plan says new / changed / reclassified; a full run
    compares the accepted files with the published manifest's by sha256 (no reclassification is known then)."""
    old = pl.DataFrame(before["files"] if before else [], schema={"source_path": pl.String, "source_sha256": pl.String,
                                                                  "status": pl.String})  # fmt: skip
    old = old.select("source_path", "source_sha256", "status")
    actions = plan
    if not incremental:
        old_accepted = old.filter(pl.col("status") == "accepted").select("source_path", pl.col("source_sha256").alias("_old"))
        actions = (
            plan.join(files.select("source_path", "source_sha256"), on="source_path", how="left")
            .join(old_accepted, on="source_path", how="left")
            .select(
                "source_path",
                pl.when(pl.col("_old").is_null()).then(pl.lit(NEW))
                .when(pl.col("_old") != pl.col("source_sha256")).then(pl.lit(CHANGED))
                .otherwise(pl.lit(None)).alias("action"),
            )
        )  # fmt: skip
    changes = {kind: sorted(actions.filter(pl.col("action") == kind)["source_path"].to_list()) for kind in (NEW, CHANGED, RECLASSIFIED)}
    changes["deleted"] = sorted(old.filter(~pl.col("source_path").is_in(files["source_path"].implode()))["source_path"].to_list())
    return changes


def row_deltas(rows: dict[str, int], before: dict[str, Any] | None) -> dict[str, int]:
    """Rows now minus rows published before (all rows when nothing was)."""
    old = (before or {}).get("rows", {})
    return {name: n - old.get(name, 0) for name, n in rows.items()}


def manifest_facts(
    files: pl.DataFrame, plan: pl.DataFrame, rows: dict[str, int], before: dict[str, Any] | None, missing: str | None,
    stale: list[str], full_refresh: bool, *, incremental: bool,
) -> dict[str, Any]:  # fmt: skip
    """The manifest's `full_reason`, `changes`, `row_deltas` and `docs` (see docs of manifest.json)."""
    return {
        "full_reason": full_reason(before, missing, stale, full_refresh=full_refresh, incremental=incremental),
        "changes": file_changes(files, plan, before, incremental=incremental),
        "row_deltas": row_deltas(rows, before),
        "docs": DOCS,
    }
