"""`curate serve`: the flow as a Prefect deployment on a cron schedule, run by this process when due.

With no server configured it starts and owns a scheduling Prefect server (UI and scheduler, on 127.0.0.1) and
stops it on exit. Each run goes in a subprocess, as Prefect's runner does it; its hooks print one line per run.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flows.exits import environment_cause, log_path, one_line
from flows.summary import served_line

POLL_S = 5  # how often the runner asks the server for due runs (Prefect's default: 10 s)


def _seconds(flow_run: Any) -> float:
    start = getattr(flow_run, "start_time", None) or getattr(flow_run, "expected_start_time", None)
    return (datetime.now(UTC) - start).total_seconds() if start else 0.0


def _say(line: str) -> None:
    print(line, file=sys.stdout, flush=True)


def quiet_stderr(flow: Any, flow_run: Any, state: Any) -> None:
    """Flow hook, in the run's process as it starts: its stderr goes to the log file, so that what a library
    prints when serve stops the run (a Polars panic, a traceback) stays off the terminal; stdout keeps the run's
    line."""
    path = log_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    log = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    os.dup2(log, sys.stderr.fileno())
    os.close(log)


def report_completed(flow: Any, flow_run: Any, state: Any) -> None:
    """Flow hook, in the run's process: the run published; its manifest has the counts."""
    manifest_path = Path(flow_run.parameters["output_dir"]) / "manifest.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = None
    _say(served_line(flow_run.name, str(flow_run.id), "completed", _seconds(flow_run), manifest))


def report_failed(flow: Any, flow_run: Any, state: Any) -> None:
    """Flow hook: the run failed, crashed or was cancelled; one line with the cause (the traceback is in the log
    file)."""
    if state.is_cancelling() or state.is_cancelled():
        detail = (state.message or "cancelled").rstrip(".")
        _say(served_line(flow_run.name, str(flow_run.id), "cancelled", _seconds(flow_run), None,
                         f"{detail}; previous output untouched"))  # fmt: skip
        return
    exc = state.result(raise_on_failure=False) if state.is_failed() else None
    if isinstance(exc, BaseException):
        cause = environment_cause(exc)
        detail = f"{cause[0]}: {cause[1]}" if cause else one_line(exc)
    else:
        detail = one_line(Exception(state.message or state.name))
    _say(served_line(flow_run.name, str(flow_run.id), state.name.lower(), _seconds(flow_run), None,
                     f"{detail}; previous output untouched (log: {log_path()})"))  # fmt: skip


def serve(args: argparse.Namespace, owned: Any) -> int:
    """Register the deployment and run it when due until SIGINT or SIGTERM; return the exit code."""
    from prefect.runner import Runner
    from prefect.schedules import Cron
    from prefect.settings import get_current_settings

    from flows.curate import curate, serve_parameters

    class _Runner(Runner):
        signum: int | None = None

        def handle_sigterm(self, *args: Any, **kwargs: Any) -> None:
            self.signum = signal.SIGTERM
            super().handle_sigterm(*args, **kwargs)

    hooks = [report_failed]
    flow = curate.with_options(on_running=[quiet_stderr], on_completion=[report_completed], on_failure=hooks,
                               on_crashed=hooks, on_cancellation=hooks)  # fmt: skip
    runner = _Runner(name=args.name, query_seconds=POLL_S, pause_on_shutdown=True)
    runner.add_flow(
        flow, name=args.name, schedules=[Cron(args.cron, timezone=args.timezone)], parameters=serve_parameters(args),
        concurrency_limit=1, description=f"curate {args.input} -> {args.output} on '{args.cron}' ({args.timezone})",
    )  # fmt: skip
    where = f"Prefect UI {owned.ui_url} (a server this process owns)" if owned else f"Prefect server {get_current_settings().api.url}"
    _say(f"curate: serving curate/{args.name} on '{args.cron}' ({args.timezone}): {args.input} -> {args.output}; "
         f"{where}; Ctrl-C or SIGTERM stops")  # fmt: skip
    signal.signal(signal.SIGINT, signal.default_int_handler)  # asyncio stops the runner's tasks on Ctrl-C
    try:
        asyncio.run(runner.start())
    except KeyboardInterrupt:
        return 128 + signal.SIGINT
    return 128 + runner.signum if runner.signum else 0
