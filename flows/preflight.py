"""Checks of a command's arguments and folders that need no library: they run before Prefect, Polars or Great
Expectations is imported, so a mistyped command fails in a fraction of a second. Standard library only."""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path, PurePosixPath

from flows.exits import EnvironmentProblem


class UsageError(ValueError):
    """The command asks for something curate cannot do as asked (exit 2)."""


def positive_int(text: str) -> int:
    """argparse type: an integer of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an integer: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def seconds(text: str) -> float:
    """argparse type: a finite number of seconds, 0 or more."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {text!r}") from None
    if not math.isfinite(value) or value < 0:
        raise argparse.ArgumentTypeError(f"must be a finite number of seconds, 0 or more, got {text!r}")
    return value


def check_glob(glob: str) -> None:
    """A file name pattern relative to the input folder: not empty, not absolute, never climbing out with '..'."""
    path = PurePosixPath(glob)
    if not glob.strip() or "\0" in glob:
        raise UsageError(f"--glob must be a file name pattern such as '*.txt', got {glob!r}")
    if path.is_absolute() or ".." in path.parts:
        raise UsageError(f"--glob must be relative to --input (no leading '/', no '..'), got {glob!r}")


def check_input(input_dir: Path) -> None:
    if not input_dir.exists():
        raise UsageError(f"input folder not found: {input_dir}")
    if not input_dir.is_dir():
        raise UsageError(f"input is not a folder: {input_dir}")
    if not os.access(input_dir, os.R_OK | os.X_OK):
        raise EnvironmentProblem(f"{input_dir}: permission denied (cannot list the input folder)")


def check_writable(output_dir: Path) -> None:
    """The run writes beside the output (staging folder, lock) and swaps the folder in: its nearest existing
    ancestor must be a folder this process can write."""
    folder = output_dir.absolute().parent
    while not folder.exists():
        folder = folder.parent
    if not folder.is_dir():
        raise UsageError(f"{folder} is not a folder: cannot create {output_dir} under it")
    if os.access(folder, os.W_OK | os.X_OK):
        return
    read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    cause = "read-only file system" if read_only else "permission denied"
    raise EnvironmentProblem(f"{folder}: {cause} (the output {output_dir} is written beside it)")


def check_cron(expression: str, timezone: str) -> None:
    """Five cron fields Prefect's scheduler accepts, and a time zone this machine knows."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    fields = expression.split()
    if len(fields) != 5 or any(f.casefold() in ("r", "h") for f in fields) or not _croniter().is_valid(expression):
        raise UsageError(f"invalid cron schedule {expression!r}: five cron fields expected, e.g. '0 3 * * *'")
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise UsageError(f"unknown time zone {timezone!r}: an IANA name such as 'UTC' or 'Europe/Paris'") from None


def _croniter():
    """Prefect's vendored croniter (what its scheduler validates with), loaded from its file: importing it as
    `prefect._vendor.croniter` would import all of Prefect first."""
    import importlib.util

    prefect_dir = Path(importlib.util.find_spec("prefect").origin).parent  # type: ignore[arg-type]
    spec = importlib.util.spec_from_file_location("curate_croniter", prefect_dir / "_vendor" / "croniter" / "croniter.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module.croniter
