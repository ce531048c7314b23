"""The input walk and the raw read: every path the walk meets is read or becomes a reject with its reason.

Names are carried in a form every dataset, log and JSON file can hold, and mapped back to the file when it is
read: a byte of a name that is not UTF-8 is written `\\xff`, and a backslash `\\\\`, so the form is one-to-one
(`source_name`, `real_name`). A symlink is read only when it resolves inside `--input` (or with
`--follow-symlinks`); loops, FIFOs, sockets and devices are never opened for reading.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from flows.publish import shown

OUTSIDE_INPUT = "outside_input"
NOT_REGULAR_FILE = "not_regular_file"
UNREADABLE = "unreadable"
_RAW = re.compile(r"[\\\udc80-\udcff]")  # a backslash, or a byte that is not UTF-8 (os.fsdecode's lone surrogate)
_ESCAPED = re.compile(r"\\(\\|x[89a-f][0-9a-f])")
_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))  # fmt: skip


def list_inputs(input_dir: Path, glob: str) -> list[str]:
    """Relative names (`source_name`, `/` separators) of every path under input_dir matching glob, recursively, in a
    stable order: regular files, symlinks and special files alike; folders are walked, not listed."""
    paths = (p for p in input_dir.rglob(glob) if p.is_symlink() or not p.is_dir())
    return sorted(source_name(p.relative_to(input_dir).as_posix()) for p in paths)


def source_name(name: str) -> str:
    """A path as the datasets hold it: valid UTF-8, bytes that are not UTF-8 as `\\xff`, `\\` as `\\\\`."""
    return _RAW.sub(lambda m: "\\\\" if m[0] == "\\" else f"\\x{ord(m[0]) - 0xDC00:02x}", name)


def real_name(name: str) -> str:
    """The path on disk (as os.fsdecode gives it) of a `source_name`."""
    if "\\" not in name:
        return name
    return _ESCAPED.sub(lambda m: "\\" if m[1] == "\\" else chr(0xDC00 + int(m[1][1:], 16)), name)


def read_source(root: str, real_root: str, name: str, follow_symlinks: bool) -> tuple[bytes | None, str | None, str | None]:
    """(bytes, None, None) of a regular file, or (None, reject reason, detail). `real_root` is root's realpath."""
    path = os.path.join(root, real_name(name))
    try:
        mode = os.lstat(path).st_mode
        if stat.S_ISLNK(mode):
            path = os.path.realpath(path, strict=True)
            if not follow_symlinks and os.path.commonpath([real_root, path]) != real_root:
                return None, OUTSIDE_INPUT, f"symlink to {shown(path)}, outside --input (--follow-symlinks reads it)"
            mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            return None, NOT_REGULAR_FILE, _kind(mode)
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)  # never blocks on a FIFO swapped in since
        with open(fd, "rb", buffering=0) as file:  # one read, no Path or buffer objects
            mode = os.fstat(fd).st_mode
            return (file.read(), None, None) if stat.S_ISREG(mode) else (None, NOT_REGULAR_FILE, _kind(mode))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, NOT_REGULAR_FILE, "a symlink loop"
        return None, UNREADABLE, f"{type(exc).__name__}: {exc.strerror or exc}"


def _kind(mode: int) -> str:
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")
