"""Atomic publication: a run writes beside the output folder, then swaps it in with one rename.

On Linux the swap is renameat2(RENAME_EXCHANGE): readers see the old output or the new one, never a
mix or nothing. Elsewhere it falls back to two renames, where a crash in between leaves the previous
output intact under `.<name>.previous-<run>` and no output folder.
"""

from __future__ import annotations

import ctypes
import fcntl
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

RENAME_EXCHANGE = 2
AT_FDCWD = -100
# Files a fresh output folder may hold before the first run (the repo's output/ keeps its README).
PLACEHOLDER_FILES = frozenset({"README.md", ".gitkeep"})


class OutputLocked(RuntimeError):
    """Another run held the output's lock for longer than the wait allowed."""


class NotAnOutputFolder(ValueError):
    """The output path holds files no curate run wrote: replacing it would destroy them."""


def staging_dir(output_dir: Path, run_id: str) -> Path:
    return output_dir.parent / f".{output_dir.name}.staging-{run_id}"


def check_replaceable(output_dir: Path) -> None:
    """Refuse an output folder that is neither empty, nor a placeholder, nor a previous curate output."""
    if not output_dir.exists():
        return
    if not output_dir.is_dir():
        raise NotAnOutputFolder(f"{output_dir} exists and is not a folder")
    names = {p.name for p in output_dir.iterdir()}
    if names <= PLACEHOLDER_FILES or "manifest.json" in names:
        return
    raise NotAnOutputFolder(f"{output_dir} holds files that no curate run wrote; choose an empty or new folder")


def _exchange(a: Path, b: Path) -> bool:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    result = renameat2(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE)
    return result == 0


def swap_in(staging: Path, output_dir: Path) -> None:
    """Make `staging` the output folder; the previous output is removed only after the swap."""
    if not output_dir.exists():
        staging.rename(output_dir)
        return
    if _exchange(staging, output_dir):
        shutil.rmtree(staging)  # now holds the previous output
        return
    previous = output_dir.parent / f".{output_dir.name}.previous-{staging.name.rsplit('-', 1)[-1]}"
    output_dir.rename(previous)
    staging.rename(output_dir)
    shutil.rmtree(previous)


def discard(staging: Path) -> None:
    """Remove a staging folder left by a failed run."""
    shutil.rmtree(staging, ignore_errors=True)


def lock_path(output_dir: Path) -> Path:
    return output_dir.parent / f".{output_dir.name}.lock"


@contextmanager
def run_lock(output_dir: Path, *, timeout_s: float, poll_s: float = 0.5) -> Iterator[None]:
    """Hold an exclusive lock on output_dir for a whole run: a second run waits, never publishes over it.

    flock is released by the kernel if the holder dies, so a crashed run never leaves a stale lock.
    """
    output_dir.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path(output_dir), "a+") as handle:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise OutputLocked(
                        f"another curate run is publishing to {output_dir}; gave up after {timeout_s:.0f} s"
                    ) from None
                time.sleep(poll_s)
        try:
            handle.seek(0)
            handle.truncate()
            handle.write(f"{os.getpid()}\n")
            handle.flush()
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
