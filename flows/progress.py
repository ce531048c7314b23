"""Progress for people watching: a status line while the command starts, then a bar per stage on a terminal
(files done, ETA), plain lines when not a TTY. A stage that stops on an error or a signal never says "done"."""

from __future__ import annotations

import contextlib
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

STAGES = ("scan", "process", "duplicates", "validate", "write")
_reporter: Any = None
_startup: Any = None  # the status line shown while the command starts, if any
_SPIN = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"


def _label(stage: str) -> str:
    return f"[{STAGES.index(stage) + 1}/{len(STAGES)}] {stage}" if stage in STAGES else stage


def _eta(done: int, total: int, elapsed: float) -> str:
    if not done or done >= total:
        return ""
    return f", ETA {elapsed / done * (total - done):.0f} s"


class Startup:
    """On a terminal, `curate: starting …` at once with a spinner and the seconds spent, until `stop()`: it runs
    in a thread while the main thread imports Prefect, Polars and Great Expectations. Elsewhere nothing: logs
    get the stages' lines."""

    def __init__(self, what: str, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.what = what
        self.start = time.perf_counter()
        self._done = threading.Event()
        self._thread: threading.Thread | None = None
        global _startup
        _startup = self
        if self.stream.isatty():
            self._thread = threading.Thread(target=self._spin, name="curate-startup", daemon=True)
            self._thread.start()

    def _spin(self) -> None:
        frame = 0
        while True:
            elapsed = time.perf_counter() - self.start
            self.stream.write(f"\r{_SPIN[frame % len(_SPIN)]} curate: {self.what} ({elapsed:.1f} s)\x1b[K")
            self.stream.flush()
            frame += 1
            if self._done.wait(0.1):
                return

    def stop(self) -> None:
        if self._done.is_set():
            return
        self._done.set()
        if self._thread is not None:
            self._thread.join()
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def stop_startup() -> None:
    """Clear the status line (before an error line, or once the stages begin)."""
    if _startup is not None:
        _startup.stop()


class _Plain:
    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.totals: dict[str, tuple[int, int, float]] = {}

    def _print(self, text: str) -> None:
        print(f"curate: {text}", file=self.stream, flush=True)

    def started(self, stage: str, total: int | None, unit: str) -> None:
        self.totals[stage] = (0, total or 0, time.perf_counter())
        self._print(f"{_label(stage)}" + (f": {total:,} {unit}" if total else "") + " …")

    def advance(self, stage: str, done: int, unit: str) -> None:
        _, total, start = self.totals[stage]
        self.totals[stage] = (done, total, start)
        self._print(f"{_label(stage)}: {done:,}/{total:,} {unit}{_eta(done, total, time.perf_counter() - start)}")

    def finished(self, stage: str, seconds: float) -> None:
        self._print(f"{_label(stage)} done in {seconds:.2f} s")

    def stopped(self, stage: str, seconds: float) -> None:
        self._print(f"{_label(stage)} stopped after {seconds:.2f} s")


class _Bars:
    def __init__(self, progress: Any) -> None:
        self.progress = progress
        self.tasks: dict[str, Any] = {}

    def started(self, stage: str, total: int | None, unit: str) -> None:
        count = f"0/{total:,} {unit}" if total else ""
        self.tasks[stage] = self.progress.add_task(_label(stage), total=total or 1, count=count, eta="")

    def advance(self, stage: str, done: int, unit: str) -> None:
        task = self.progress.tasks[self.tasks[stage]]
        eta = _eta(done, int(task.total), task.elapsed or 0.0).lstrip(", ")
        self.progress.update(self.tasks[stage], completed=done, count=f"{done:,}/{int(task.total):,} {unit}", eta=eta)

    def finished(self, stage: str, seconds: float) -> None:
        task = self.tasks[stage]
        total = self.progress.tasks[task].total
        self.progress.update(task, completed=total, description=f"{_label(stage)} done in {seconds:.1f} s", eta="")

    def stopped(self, stage: str, seconds: float) -> None:
        self.progress.update(self.tasks[stage], description=f"{_label(stage)} stopped after {seconds:.1f} s", eta="")
        self.progress.stop_task(self.tasks[stage])


@contextmanager
def stage_progress(stream: Any = None) -> Iterator[None]:
    """Report stages while the block runs; the flow's stage timer calls `started` / `finished`."""
    global _reporter
    stream = stream or sys.stderr
    if not stream.isatty():
        _reporter = _Plain(stream)
        try:
            yield
        finally:
            _reporter = None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (
        SpinnerColumn(finished_text=" "), TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[count]}"),
        TimeElapsedColumn(), TextColumn("{task.fields[eta]}"),
    )  # fmt: skip
    with Progress(*columns, console=Console(file=stream), transient=False) as bars:
        _reporter = _Bars(bars)
        try:
            yield
        finally:
            _reporter = None


@contextmanager
def stage(
    name: str, seconds: dict[str, float], *, report: bool = True, total: int | None = None, unit: str = "files"
) -> Iterator[None]:
    """Time a stage into `seconds` and (unless `report` is False) tell whoever is watching; `total` units of work
    (files) when the stage reports them as it goes (`collect`)."""
    reporter = _reporter if report else None
    if reporter is not None:
        reporter.started(name, total, unit)
    start = time.perf_counter()
    try:
        yield
    except BaseException:
        seconds[name] = round(time.perf_counter() - start, 3)
        if reporter is not None:
            reporter.stopped(name, seconds[name])
        raise
    seconds[name] = round(time.perf_counter() - start, 3)
    if reporter is not None:
        reporter.finished(name, seconds[name])


def collect(name: str, futures: Sequence[Any], sizes: Sequence[int], unit: str = "files") -> list[Any]:
    """The results of a stage's mapped batches, in order, advancing the stage by each batch's size as it ends.
    On an error or a signal, batches not started are cancelled and running ones waited for: they write into the
    staging folder, which the flow removes next."""
    results, done = [], 0
    try:
        for future, size in zip(futures, sizes, strict=True):
            results.append(future.result())
            done += size
            if _reporter is not None:
                _reporter.advance(name, done, unit)
    except BaseException:
        _settle(futures[len(results) :])
        raise
    return results


def _settle(futures: Sequence[Any]) -> None:
    for future in futures:
        wrapped = getattr(future, "wrapped_future", None)  # a thread or process pool's: cancellable until it starts
        if wrapped is not None:
            wrapped.cancel()
    for future in futures:
        with contextlib.suppress(BaseException):
            future.wait()
