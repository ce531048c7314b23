"""`curate`: the command line.

Exit codes: 0 success, 1 validation failed (nothing published), 2 usage error, 3 another run held the
output's lock past --lock-timeout.
"""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path
from typing import NoReturn

from flows.settings import BATCH_FILES, DEFAULT_GLOB, LOCK_TIMEOUT_S, apply_environment

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3
LID_BACKENDS = ("langdetect", "profiles")  # kept in step with transforms.language.BACKENDS by a test


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, no usage dump: `curate: error: ...`."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


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
        "--batch-files", type=int, default=BATCH_FILES, metavar="N",
        help=f"files per batch of the costly stages (memory bound, unit of parallelism; default: {BATCH_FILES})",
    )  # fmt: skip
    command.add_argument(
        "--follow-symlinks", action="store_true",
        help="read symlinks whose target is outside --input (default: they are rejected as outside_input)",
    )  # fmt: skip
    command.add_argument(
        "--lock-timeout", type=float, default=LOCK_TIMEOUT_S, metavar="SECONDS",
        help=f"how long to wait for another run publishing to the same output (default: {LOCK_TIMEOUT_S:.0f})",
    )  # fmt: skip


def _published_command(commands: argparse._SubParsersAction, name: str, help_: str, description: str) -> None:
    """A sub-command that reads a published output and nothing else."""
    command = commands.add_parser(name, help=help_, description=description)
    command.add_argument("--output", required=True, type=Path, metavar="DIR", help="a folder published by `curate run`")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="curate",
        description="Turn raw scraped web text into validated Parquet datasets "
        "(documents, sections, claims, boilerplate, rejects).",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser, metavar="COMMAND")
    run = commands.add_parser(
        "run",
        help="process a folder of raw text files and publish the datasets",
        description="Ingest, clean, split, validate and publish. Incremental: only new and changed files go "
        "through the costly stages, the rest keep their published rows (the result equals a full rebuild). "
        "Output is written beside OUTPUT and swapped in atomically only when validation passes; a failed run "
        "leaves the previous output untouched. Exit 0 on success (also when some files were rejected), 1 when "
        "validation failed, 2 on usage errors, 3 when another run held the output's lock too long.",
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
        "interrupted. Uses the Prefect server at PREFECT_API_URL, or a temporary local one. At most one run of "
        "the deployment at a time; the output lock guards against any other run too.",
    )
    serve.add_argument("--cron", required=True, help='cron schedule, e.g. "0 3 * * *" (03:00 every day)')
    serve.add_argument("--input", required=True, type=Path, metavar="DIR", help="folder of raw files")
    serve.add_argument("--output", required=True, type=Path, metavar="DIR", help="folder to publish into")
    serve.add_argument("--name", default="scheduled", help="deployment name (default: scheduled)")
    serve.add_argument("--timezone", default="UTC", help="time zone of the cron schedule (default: UTC)")
    _add_run_options(serve)
    return parser


def _print_failures(failures: list) -> None:
    if not failures:
        return
    print(f"{'severity':<9} {'dataset':<22} {'column':<16} expectation / observed")
    for f in failures:
        print(f"{f.severity:<9} {f.dataset:<22} {(f.column or '*'):<16} {f.expectation}: {f.observed[:120]}")


def _summary(manifest: dict) -> str:
    """One screen: what was processed, what was published, how long it took."""
    inputs, rows, seconds = manifest["inputs"], manifest["rows"], manifest["stage_seconds"]
    lines = [
        f"mode            {manifest['mode']} (run {manifest['run_id']})",
        f"files           {inputs['seen']} seen: {manifest['files_processed']} processed, "
        f"{manifest['files_reclassified']} reclassified, {manifest['files_unchanged']} unchanged, "
        f"{inputs['rejected']} rejected, {manifest['files_deleted']} deleted since last run",
    ]
    if inputs.get("decode_errors"):
        lines.append(f"decode errors   {inputs['decode_errors']:,} invalid UTF-8 sequences read as U+FFFD (documents.decode_errors)")
    if manifest.get("removed_debris"):
        lines.append("removed         " + ", ".join(manifest["removed_debris"]) + " (staging folders of runs that died)")
    if inputs["rejected_by_reason"]:
        lines.append("rejected        " + ", ".join(f"{r} {n}" for r, n in inputs["rejected_by_reason"].items()))
    lines.append("rows            " + ", ".join(f"{name} {n:,}" for name, n in rows.items()))
    validation = manifest["validation"]
    lines.append(f"validation      {validation['expectations_evaluated']} expectations, "
                 f"{validation['failed_warning']} warnings")  # fmt: skip
    lines.append(f"seconds         {sum(seconds.values()):.1f} in stages (" +
                 ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()) + ")")  # fmt: skip
    batch = manifest.get("batch_task_seconds", {})
    lines.append("batch tasks     " + ", ".join(f"{k} {v:.1f}" for k, v in batch.items()) + " (task-seconds, summed over batches)")
    return "\n".join(lines)


def _run(args: argparse.Namespace) -> int:
    if not args.input.is_dir():
        print(f"curate: error: input folder not found: {args.input}", file=sys.stderr)
        return EXIT_USAGE
    if not _writable_output(args.input, args.output):
        return EXIT_USAGE
    apply_environment()
    from flows.server import start_early

    server = None if args.dask_address else start_early()  # Dask workers elsewhere could not reach its loopback
    from flows import publish, tasks
    from flows.curate import curate, with_dask, with_processes
    from flows.progress import stage_progress

    if server is not None:
        server.adopt()
    _imported(args)

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
    except publish.NotAnOutputFolder as exc:  # a file added to the output while the run ran
        print(f"curate: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except publish.OutputLocked as exc:
        print(f"curate: error: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    print(_summary(manifest))
    print(f"published {args.output} · report {args.output / tasks.REPORT} · Data Docs {tasks.docs_dir(args.output) / 'index.html'}")
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    if not args.input.is_dir():
        print(f"curate: error: input folder not found: {args.input}", file=sys.stderr)
        return EXIT_USAGE
    if not _writable_output(args.input, args.output):
        return EXIT_USAGE
    apply_environment()
    from flows.curate import serve_parameters
    from flows.curate import curate as curate_flow

    curate_flow.serve(
        name=args.name,
        schedules=[_cron(args.cron, args.timezone)],
        parameters=serve_parameters(args),
        global_limit=1,
        description=f"curate {args.input} -> {args.output} on '{args.cron}'",
    )
    return EXIT_OK


def _cron(expression: str, timezone: str):
    from prefect.schedules import Cron

    try:
        return Cron(expression, timezone=timezone)
    except ValueError as exc:
        print(f"curate: error: invalid cron schedule {expression!r}: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE) from None


def _writable_output(input_dir: Path | None, output: Path) -> bool:
    """The output ownership check, before the heavy imports (flows.publish is standard library only)."""
    from flows import publish

    try:
        publish.check_output(input_dir, output)
    except publish.NotAnOutputFolder as exc:
        print(f"curate: error: {exc}", file=sys.stderr)
        return False
    return True


def _published(output: Path) -> bool:
    if not (output / "manifest.json").is_file():
        print(f"curate: error: not a published curate output (no manifest.json): {output}", file=sys.stderr)
        return False
    return _writable_output(None, output)


def _validate(args: argparse.Namespace) -> int:
    if not _published(args.output):
        return EXIT_USAGE
    apply_environment()
    from flows import publish, tasks
    from schemas.validation import validate_datasets

    _imported(args)
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
    if not _published(args.output):
        return EXIT_USAGE
    from flows import tasks

    path = tasks.write_report(args.output, tasks.read_manifest(args.output))
    print(f"wrote {path}")
    return EXIT_OK


def main(argv: list[str] | None = None, *, own_process: bool = False) -> int:
    """`own_process`: the process ends with the command (the `curate` executable), so the objects of the
    libraries it imports can be frozen out of the garbage collector (see `_imported`)."""
    args = _parser().parse_args(argv)
    args.own_process = own_process
    return {"run": _run, "validate": _validate, "report": _report, "serve": _serve}[args.command](args)


def _imported(args: argparse.Namespace) -> None:
    """Called once the heavy imports are done. In the command's own process, their objects (Prefect, Great
    Expectations, pandas, Polars) are moved out of every later garbage collection (gc.freeze): validation
    collects after each big GX run, and each collection would walk them all (docs/tuning.md)."""
    if args.own_process:
        gc.freeze()


def entry() -> NoReturn:
    """The `curate` command: `main`, then an exit that skips the interpreter's final garbage collections.
    They would walk every object of Prefect, Great Expectations, pandas and Polars (docs/tuning.md). Exit
    handlers still run (Prefect's event and log flushes, the temporary server's stop) and still flush every
    stream."""
    code = main(own_process=True)
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":
    entry()
