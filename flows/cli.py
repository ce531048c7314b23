"""`curate`: the command line. Exit codes: flows.exits.EXIT_CODES (shown by `curate --help`).

Arguments and folders are checked before Prefect, Polars or Great Expectations is imported (flows.preflight):
a usage error costs what `curate --help` costs.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import NoReturn

from flows import exits, preflight, progress, publish
from flows.exits import EXIT_ENVIRONMENT, EXIT_INTERNAL, EXIT_INVALID, EXIT_LOCKED, EXIT_OK, EXIT_USAGE
from flows.settings import BATCH_FILES, DEFAULT_GLOB, LOCK_TIMEOUT_S, apply_environment

__all__ = ["EXIT_ENVIRONMENT", "EXIT_INTERNAL", "EXIT_INVALID", "EXIT_LOCKED", "EXIT_OK", "EXIT_USAGE", "main"]
LID_BACKENDS = ("langdetect", "profiles")  # kept in step with transforms.language.BACKENDS by a test


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, no usage dump: `curate: error: run: ...`."""
        command = self.prog.removeprefix("curate").strip()
        self.exit(EXIT_USAGE, f"curate: error: {command + ': ' if command else ''}{message}\n")


def _add_run_options(command: argparse.ArgumentParser) -> None:
    command.add_argument("--glob", default=DEFAULT_GLOB, help=f"file name pattern to ingest (default: {DEFAULT_GLOB!r})")
    command.add_argument(
        "--lid-backend", default="profiles", choices=LID_BACKENDS,
        help="language identification: 'profiles' (langdetect's own profiles scored as a batch: 34x faster on "
        "documents, 99.8 %% agreement) or 'langdetect' (the reference, per text) (default: profiles)",
    )  # fmt: skip
    command.add_argument(
        "--full-refresh", action="store_true",
        help="rebuild every dataset from all input files instead of processing only new and changed files",
    )  # fmt: skip
    command.add_argument(
        "--dask-address", metavar="tcp://HOST:PORT",
        help="map the costly stages onto this existing Dask cluster (prefect-dask) instead of 2 local threads; "
        "the publish stays one atomic swap on this machine",
    )  # fmt: skip
    command.add_argument(
        "--task-runner", choices=("threads", "processes"), default="threads",
        help="how the batches use the local cores: a pool of 2 threads or of 2 processes (default: threads)",
    )  # fmt: skip
    command.add_argument(
        "--batch-files", type=preflight.positive_int, default=BATCH_FILES, metavar="N",
        help=f"files per batch of the costly stages (memory bound, unit of parallelism; default: {BATCH_FILES})",
    )  # fmt: skip
    command.add_argument(
        "--follow-symlinks", action="store_true",
        help="read symlinks whose target is outside --input (default: they are rejected as outside_input)",
    )  # fmt: skip
    command.add_argument(
        "--lock-timeout", type=preflight.seconds, default=LOCK_TIMEOUT_S, metavar="SECONDS",
        help=f"how long to wait for another run publishing to the same output (default: {LOCK_TIMEOUT_S:.0f})",
    )  # fmt: skip


def _published_command(commands: argparse._SubParsersAction, name: str, help_: str, description: str) -> None:
    """A sub-command that reads a published output and nothing else."""
    command = commands.add_parser(name, help=help_, description=description, epilog=exits.EXIT_CODES,
                                  formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    command.add_argument("--output", required=True, type=Path, metavar="DIR", help="a folder published by `curate run`")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="curate",
        description="Turn raw scraped web text into validated Parquet datasets "
        "(documents, sections, claims, boilerplate, rejects).",
        epilog=exits.EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")
    run = commands.add_parser(
        "run", epilog=exits.EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
        help="process a folder of raw text files and publish the datasets",
        description="Ingest, clean, split, validate and publish. Incremental: only new and changed files go "
        "through the costly stages, the rest keep their published rows (the result equals a full rebuild). "
        "Output is written beside OUTPUT and swapped in atomically only when validation passes; a failed run "
        "leaves the previous output untouched. Exit 0 on success (also when some files were rejected); the other "
        "exit codes are listed below.",
    )
    run.add_argument("--input", required=True, type=Path, metavar="DIR", help="folder of raw files (searched recursively)")
    run.add_argument("--output", required=True, type=Path, metavar="DIR", help="folder to publish the datasets into")
    _add_run_options(run)
    _published_command(
        commands, "validate", "re-check published datasets (the CI data check)",
        "Run every expectation suite on the Parquet datasets under OUTPUT without re-processing and rebuild the "
        "Data Docs in OUTPUT/_validation. Exit 0 when all critical expectations pass, 1 otherwise, 2 when "
        "OUTPUT is not a curate output.",
    )  # fmt: skip
    _published_command(
        commands, "report", "rebuild OUTPUT/report.html from the published datasets",
        "Rebuild the run report page (inputs, languages, boilerplate, claims, timings, validation) from "
        "the published Parquet and manifest. Exit 0 on success, 2 when OUTPUT is not a curate output.",
    )  # fmt: skip
    serve = commands.add_parser(
        "serve",
        help="serve the flow on a cron schedule (Prefect serve)",
        description="Register a `curate/<name>` deployment with the given cron schedule and run it when due, until "
        "Ctrl-C or SIGTERM. Uses the Prefect server at PREFECT_API_URL (or in the active Prefect profile); with none, "
        "starts one on 127.0.0.1 (UI and scheduler), prints its UI address and stops it on exit. One line per run "
        "on stdout. At most one run of the deployment at a time; the output lock guards against any other run too.",
        epilog=exits.EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--cron", required=True, help='cron schedule, e.g. "0 3 * * *" (03:00 every day)')
    serve.add_argument("--input", required=True, type=Path, metavar="DIR", help="folder of raw files")
    serve.add_argument("--output", required=True, type=Path, metavar="DIR", help="folder to publish into")
    serve.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    serve.add_argument("--timezone", default="UTC", help="time zone of the cron schedule (default: UTC)")
    serve.add_argument("--port", type=int, default=0, help="port of the Prefect server serve starts when none is "
                       "configured (default: a free port)")  # fmt: skip
    _add_run_options(serve)
    return parser



def _print_failures(failures: list) -> None:
    if not failures:
        return
    print(f"{'severity':<9} {'dataset':<22} {'column':<16} expectation / observed")
    for f in failures:
        print(f"{f.severity:<9} {f.dataset:<22} {(f.column or '*'):<16} {f.expectation}: {f.observed[:120]}")


def _check_output(input_dir: Path, output_dir: Path) -> None:
    """The one door for output ownership: refuse (exit 2) an output that is the input, inside it or around it,
    or that holds files no curate run wrote."""
    publish.check_output(input_dir, output_dir)


def _check_run(args: argparse.Namespace) -> None:
    """Everything `run` and `serve` can check without a library (raises UsageError, NotAnOutputFolder,
    EnvironmentProblem)."""
    preflight.check_input(args.input)
    preflight.check_glob(args.glob)
    _check_output(args.input, args.output)
    preflight.check_writable(args.output)


def _start(args: argparse.Namespace, what: str, *, scheduling: bool = False) -> tuple:
    """Status line, environment, log routing and the Prefect server, started before the heavy imports."""
    from flows import server

    startup = progress.Startup(what)
    apply_environment()
    exits.route_library_logs()
    owned = None
    if scheduling and not server.configured():
        owned = server.TemporaryServer(scheduling=True, port=args.port)
    elif not scheduling and not args.dask_address:  # Dask workers elsewhere could not reach its loopback
        owned = server.start_early()
    return startup, owned


def _imported(args: argparse.Namespace, startup, owned) -> object | None:
    """Once Prefect, Polars and GX are imported: adopt the server, send warnings to the log, freeze the
    libraries' objects out of the garbage collector (own process: see `_freeze`)."""
    adopted = owned if owned is not None and owned.adopt() else None
    exits.capture_warnings()
    _freeze(args)
    startup.stop()
    return adopted


def _run(args: argparse.Namespace) -> int:
    _check_run(args)
    startup, owned = _start(args, "starting: Prefect server and libraries")
    from flows import summary, tasks
    from flows.curate import curate, with_dask, with_processes
    from flows.progress import stage_progress

    _imported(args, startup, owned)
    flow = with_dask(args.dask_address) if args.dask_address else with_processes() if args.task_runner == "processes" else curate
    try:
        with stage_progress():
            manifest = flow(args.input, args.output, glob=args.glob, lid_backend=args.lid_backend,
                            full_refresh=args.full_refresh, lock_timeout_s=args.lock_timeout,
                            batch_files=args.batch_files, follow_symlinks=args.follow_symlinks)  # fmt: skip
    except tasks.ValidationFailed as exc:
        _print_failures(exc.report.failures)
        print(f"curate: validation failed, nothing published; {args.output} is unchanged", file=sys.stderr)
        return EXIT_INVALID
    print(summary.run_summary(manifest, args.output))
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    _check_run(args)
    preflight.check_cron(args.cron, args.timezone)
    startup, owned = _start(args, "starting: Prefect server (UI, scheduler) and libraries", scheduling=True)
    from flows import serving

    adopted = _imported(args, startup, owned)
    return serving.serve(args, adopted)


def _published(output: Path) -> None:
    if not (output / "manifest.json").is_file():
        raise preflight.UsageError(f"not a published curate output (no manifest.json): {output}")


def _validate(args: argparse.Namespace) -> int:
    _published(args.output)
    apply_environment()
    exits.route_library_logs()
    from flows import tasks
    from schemas.validation import validate_datasets

    _freeze(args)
    tasks.check_parts(args.output)  # a missing part is damage (exit 4), not a foreign file
    publish.check_output(None, args.output)
    files = tasks.published_files(tasks.read_manifest(args.output))
    report = validate_datasets(tasks.read_published(args.output), files, docs_dir=tasks.docs_dir(args.output))
    if (args.output / publish.MARKER).is_file():
        publish.write_marker(args.output)  # the rebuilt Data Docs' files
    _print_failures(report.failures)
    failed = sum(f.severity == "critical" for f in report.failures)
    print(f"{report.evaluated} expectations evaluated, {failed} critical failures, "
          f"{len(report.failures) - failed} warnings; Data Docs: {tasks.docs_dir(args.output) / 'index.html'}")  # fmt: skip
    return EXIT_OK if report.ok else EXIT_INVALID


def _report(args: argparse.Namespace) -> int:
    _published(args.output)
    publish.check_output(None, args.output)
    from flows import tasks

    path = tasks.write_report(args.output, tasks.read_manifest(args.output))
    print(f"wrote {path}")
    return EXIT_OK


def main(argv: list[str] | None = None, *, own_process: bool = False) -> int:
    """Parse, run the command, and turn its errors into one line and an exit code (flows.exits).
    `own_process`: the process ends with the command (the `curate` executable), so the objects of the libraries
    it imports can be frozen out of the garbage collector (see `_freeze`)."""
    args = _parser().parse_args(argv)
    args.own_process = own_process
    command = {"run": _run, "validate": _validate, "report": _report, "serve": _serve}[args.command]
    try:
        try:
            return command(args)
        finally:
            progress.stop_startup()  # before any error line
    except (preflight.UsageError, publish.NotAnOutputFolder) as exc:
        return exits.fail(EXIT_USAGE, str(exc))
    except publish.OutputLocked as exc:
        return exits.fail(EXIT_LOCKED, str(exc))
    except Exception as exc:  # noqa: BLE001  # the last door: one line and an exit code, the traceback to the log
        log = exits.write_traceback(exc)
        cause = exits.environment_cause(exc)
        if cause is not None:
            path, reason = cause
            if not path and not isinstance(exc, exits.EnvironmentProblem):
                path = str(getattr(args, "output", ""))  # a failed write names no file: the output it was for
            return exits.fail(EXIT_ENVIRONMENT, f"{path}: {reason}" if path else reason, log=log)
        return exits.fail(EXIT_INTERNAL, f"unexpected {type(exc).__name__}: {exits.one_line(exc)}", log=log)


def _freeze(args: argparse.Namespace) -> None:
    """Called once the heavy imports are done. In the command's own process, their ~640k objects (Prefect, Great
    Expectations, pandas, Polars) are moved out of every later garbage collection (gc.freeze): validation
    collects after each big GX run, and each collection walked them all (0.15-0.35 s). Validation of a
    20,000-file run: 10.0 -> 7.9 s, +15 MB."""
    if args.own_process:
        gc.freeze()


def entry() -> NoReturn:
    """The `curate` command: `main`, then an exit that skips the interpreter's final garbage collections.
    They walk every object of Prefect, Great Expectations, pandas and Polars: 2.0-4.4 s measured after a
    1-file run, 0.2 s with the objects frozen out of the collector. Exit handlers still run (Prefect's
    event and log flushes, the temporary server's stop) and still flush every stream.
    SIGINT and SIGTERM stop the command with one line and 130 or 143 (flows.exits.handle_signals)."""
    exits.handle_signals()
    try:
        code = main(own_process=True)
    except exits.Interrupted as exc:
        exits.stop_now(exc.exit_code)
    except KeyboardInterrupt:
        exits.stop_now(exits.EXIT_SIGINT)
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    entry()
