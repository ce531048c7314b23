"""`curate`: the command line. Exit codes: 0 success, 1 validation failed (nothing published), 2 usage error."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

from flows.settings import DEFAULT_GLOB, apply_environment

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
LID_BACKENDS = ("langdetect", "profiles")  # kept in step with transforms.language.BACKENDS by a test


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        """One line, no usage dump: `curate: error: ...`."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


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
        description="Ingest, clean, split, validate and publish. Output is written beside OUTPUT and swapped in "
        "atomically only when validation passes; a failed run leaves the previous output untouched. "
        "Exit 0 on success (also when some files were rejected), 1 when validation failed, 2 on usage errors.",
    )
    run.add_argument("--input", required=True, type=Path, metavar="DIR", help="folder of raw files (searched recursively)")
    run.add_argument("--output", required=True, type=Path, metavar="DIR", help="folder to publish the datasets into")
    run.add_argument("--glob", default=DEFAULT_GLOB, help=f"file name pattern to ingest (default: {DEFAULT_GLOB!r})")
    run.add_argument(
        "--lid-backend", default="langdetect", choices=LID_BACKENDS,
        help="language identification: 'langdetect' (reference, per text) or 'profiles' (langdetect's profiles, "
        "vectorised) (default: langdetect)",
    )  # fmt: skip
    validate = commands.add_parser(
        "validate",
        help="re-check published datasets (the CI data check)",
        description="Run every expectation suite on the Parquet datasets under OUTPUT without re-processing. "
        "Exit 0 when all critical expectations pass, 1 otherwise, 2 when OUTPUT is not a curate output.",
    )
    validate.add_argument("--output", required=True, type=Path, metavar="DIR", help="a folder published by `curate run`")
    report = commands.add_parser(
        "report",
        help="rebuild OUTPUT/report.html from the published datasets",
        description="Rebuild the run report page (inputs, languages, boilerplate, claims, timings, validation) from "
        "the published Parquet and manifest. Exit 0 on success, 2 when OUTPUT is not a curate output.",
    )
    report.add_argument("--output", required=True, type=Path, metavar="DIR", help="a folder published by `curate run`")
    return parser


def _print_failures(failures: list) -> None:
    if not failures:
        return
    print(f"{'severity':<9} {'dataset':<22} {'column':<16} expectation / observed")
    for f in failures:
        print(f"{f.severity:<9} {f.dataset:<22} {(f.column or '*'):<16} {f.expectation}: {f.observed[:120]}")


def _run(args: argparse.Namespace) -> int:
    if not args.input.is_dir():
        print(f"curate: error: input folder not found: {args.input}", file=sys.stderr)
        return EXIT_USAGE
    apply_environment()
    from flows import publish, tasks
    from flows.curate import curate

    try:
        publish.check_replaceable(args.output)
    except publish.NotAnOutputFolder as exc:
        print(f"curate: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        manifest = curate(args.input, args.output, glob=args.glob, lid_backend=args.lid_backend)
    except tasks.ValidationFailed as exc:
        _print_failures(exc.report.failures)
        print(f"curate: validation failed, nothing published; {args.output} is unchanged", file=sys.stderr)
        return EXIT_INVALID
    inputs, rows = manifest["inputs"], manifest["rows"]
    print(
        f"published {args.output}: {inputs['accepted']} files accepted, {inputs['rejected']} rejected; "
        + ", ".join(f"{name} {n}" for name, n in rows.items())
        + f"; report: {args.output / tasks.REPORT}"
    )
    return EXIT_OK


def _published(output: Path) -> bool:
    if (output / "manifest.json").is_file():
        return True
    print(f"curate: error: not a published curate output (no manifest.json): {output}", file=sys.stderr)
    return False


def _validate(args: argparse.Namespace) -> int:
    if not _published(args.output):
        return EXIT_USAGE
    apply_environment()
    from flows import tasks
    from schemas.validation import validate_datasets

    files = tasks.published_files(tasks.read_manifest(args.output))
    report = validate_datasets(tasks.read_published(args.output), files, docs_dir=tasks.docs_dir(args.output))
    _print_failures(report.failures)
    failed = sum(f.severity == "critical" for f in report.failures)
    print(f"{report.evaluated} expectations evaluated, {failed} critical failures, "
          f"{len(report.failures) - failed} warnings; Data Docs: {tasks.docs_dir(args.output) / 'index.html'}")  # fmt: skip
    return EXIT_OK if report.ok else EXIT_INVALID


def _report(args: argparse.Namespace) -> int:
    if not _published(args.output):
        return EXIT_USAGE
    from flows import tasks

    path = tasks.write_report(tasks.read_published(args.output), tasks.read_manifest(args.output), args.output)
    print(f"wrote {path}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return {"run": _run, "validate": _validate, "report": _report}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
