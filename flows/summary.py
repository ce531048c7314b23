"""What the terminal says when a run ends: one screen after `curate run`, one line per run under `curate serve`.
Standard library only (a served run's line is printed from a hook)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

NAMES_SHOWN = 10
CHANGE_KINDS = ("new", "changed", "reclassified", "deleted")


def names(paths: list[str], shown: int = NAMES_SHOWN) -> str:
    """The first `shown` names, then how many more."""
    text = ", ".join(paths[:shown])
    return text + (f" … and {len(paths) - shown:,} more" if len(paths) > shown else "")


def _signed(n: int) -> str:
    return f"+{n:,}" if n > 0 else f"{n:,}" if n < 0 else "±0"


def run_summary(manifest: dict[str, Any], output_dir: Path) -> str:
    """One screen: why the run was what it was, which files changed, rows and their deltas, timings, where to look."""
    inputs, rows, seconds = manifest["inputs"], manifest["rows"], manifest["stage_seconds"]
    reason = manifest.get("full_reason")
    lines = [
        f"mode            {manifest['mode']}" + (f" ({reason})" if reason else "") + f", run {manifest['run_id']}",
        f"files           {inputs['seen']:,} seen: {manifest['files_processed']:,} processed, "
        f"{manifest['files_reclassified']:,} reclassified, {manifest['files_unchanged']:,} unchanged, "
        f"{inputs['rejected']:,} rejected, {manifest['files_deleted']:,} deleted since the last run",
    ]
    for kind in CHANGE_KINDS:
        paths = manifest.get("changes", {}).get(kind, [])
        if paths:
            lines.append(f"  {kind:<13} {len(paths):,}: {names(paths)}")
    if inputs.get("decode_errors"):
        lines.append(f"decode errors   {inputs['decode_errors']:,} invalid UTF-8 sequences read as U+FFFD (documents.decode_errors)")
    if manifest.get("removed_debris"):
        lines.append("removed         " + ", ".join(manifest["removed_debris"]) + " (staging folders of runs that died)")
    if inputs["rejected_by_reason"]:
        lines.append("rejected        " + ", ".join(f"{r} {n:,}" for r, n in inputs["rejected_by_reason"].items()))
    deltas = manifest.get("row_deltas", {})
    lines.append("rows            " + ", ".join(
        f"{name} {n:,}" + (f" ({_signed(deltas[name])})" if name in deltas else "") for name, n in rows.items()
    ))  # fmt: skip
    validation = manifest["validation"]
    lines.append(f"validation      {validation['expectations_evaluated']:,} expectations, "
                 f"{validation['failed_warning']} warnings")  # fmt: skip
    lines.append(f"seconds         {sum(seconds.values()):.1f} in stages (" +
                 ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()) + ")")  # fmt: skip
    docs = manifest.get("docs", {"report": "report.html", "data_docs": "_validation/index.html"})
    lines.append(f"published       {output_dir}")
    lines.append(f"report          {output_dir / docs['report']}")
    lines.append(f"Data Docs       {output_dir / docs['data_docs']}")
    return "\n".join(lines)


def served_line(run_name: str, run_id: str, outcome: str, seconds: float, manifest: dict[str, Any] | None,
                detail: str = "") -> str:  # fmt: skip
    """One line per scheduled run: which run, how it ended, files processed, rows, seconds."""
    head = f"curate: run {run_name} ({run_id}) {outcome} in {seconds:.1f} s"
    if manifest is not None:
        rows = sum(manifest["rows"].values())
        head += (f": {manifest['files_processed']:,} files processed of {manifest['inputs']['seen']:,}, "
                 f"{rows:,} rows, {manifest['mode']}")  # fmt: skip
    return head + (f": {detail}" if detail else "")
