"""Stage progress for people watching: a bar per stage on a terminal, plain lines when not a TTY."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

STAGES = ("read", "ingest", "boilerplate", "process", "duplicates", "validate", "write")
_reporter: Any = None


class _Plain:
    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def started(self, stage: str) -> None:
        print(f"curate: {stage} …", file=self.stream, flush=True)

    def finished(self, stage: str, seconds: float) -> None:
        print(f"curate: {stage} done in {seconds:.2f} s", file=self.stream, flush=True)


class _Bars:
    def __init__(self, progress: Any) -> None:
        self.progress = progress
        self.tasks: dict[str, Any] = {}

    def started(self, stage: str) -> None:
        index = STAGES.index(stage) + 1 if stage in STAGES else 0
        self.tasks[stage] = self.progress.add_task(f"[{index}/{len(STAGES)}] {stage}", total=1)

    def finished(self, stage: str, seconds: float) -> None:
        self.progress.update(self.tasks[stage], completed=1, description=f"{self.progress.tasks[self.tasks[stage]].description} ({seconds:.1f} s)")


@contextmanager
def stage_progress(stream: Any = None) -> Iterator[None]:
    """Report stages while the block runs; the flow's stage timer calls `started` / `finished`."""
    global _reporter
    stream = stream or sys.stderr
    if stream.isatty():
        from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn())
        with Progress(*columns, transient=False) as progress:
            _reporter = _Bars(progress)
            try:
                yield
            finally:
                _reporter = None
        return
    _reporter = _Plain(stream)
    try:
        yield
    finally:
        _reporter = None


@contextmanager
def stage(name: str, seconds: dict[str, float], *, report: bool = True) -> Iterator[None]:
    """Time a stage into `seconds` and (unless `report` is False) tell whoever is watching."""
    report = report and _reporter is not None
    if report:
        _reporter.started(name)
    start = time.perf_counter()
    try:
        yield
    finally:
        seconds[name] = round(time.perf_counter() - start, 3)
        if report:
            _reporter.finished(name, seconds[name])
