"""Output ownership and atomic publication: a run writes beside the output folder, then swaps it in with one rename.

curate replaces or deletes only what it wrote. A published output holds a marker (`.curate-output`) that binds
its `manifest.json` (run id, schema versions, sha256) and lists, with the manifest's `output_files`, every file
the run wrote: a folder holding anything else is refused before anything is touched (`check_output`).

On Linux the swap is renameat2(RENAME_EXCHANGE): readers see the old output or the new one, never a mix or
nothing. Elsewhere it falls back to two renames, where a crash in between leaves the previous output intact
under `.<name>.previous-<run>` and no output folder; the next run puts it back (`remove_debris`).

Standard library only: the command line calls `check_output` before it imports anything heavy.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import json
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

RENAME_EXCHANGE = 2
AT_FDCWD = -100
MANIFEST = "manifest.json"
MARKER = ".curate-output"  # written by curate alone, last, once the manifest it binds is written
MARKER_FORMAT = "curate-output/1"
DATA_DOCS = "_validation"  # rebuilt whole by `curate validate`: the marker lists its files, the manifest does not
# Files a fresh output folder may hold before the first run: the repo's output/ keeps its generated README.
PLACEHOLDER_FILES = frozenset({"README.md", ".gitkeep"})
GENERATED_README_HEAD = b"# Output datasets\n"
# Outputs published before the marker existed: these paths, and a manifest with these fields, and nothing else.
LEGACY_DATASETS = ("documents", "sections", "claims", "boilerplate", "rejects")  # = schemas.DATASETS (tested)
LEGACY_PATH = re.compile(rf"(README\.md|{MANIFEST}|report\.html|({'|'.join(LEGACY_DATASETS)})/part-\d{{5}}\.parquet|{DATA_DOCS}/.+)")
MANIFEST_FIELDS = ("run_id", "schema_versions", "files")
LISTED_FOREIGN = 10  # paths named in the error; the rest are counted


class OutputLocked(RuntimeError):
    """Another run held the output's lock for longer than the wait allowed."""


class NotAnOutputFolder(ValueError):
    """The output path holds files no curate run wrote, or overlaps the input: replacing it would destroy them."""


def staging_dir(output_dir: Path, run_id: str) -> Path:
    return output_dir.parent / f".{output_dir.name}.staging-{run_id}"


def shown(path: str) -> str:
    """A path for messages and datasets: bytes that are not UTF-8 as `\\xff` (os.fsdecode gives lone surrogates)."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def check_output(input_dir: Path | None, output_dir: Path) -> None:
    """Raise NotAnOutputFolder unless output_dir may be written: it does not overlap input_dir, and it is
    missing, empty, a placeholder, or a curate output holding nothing curate did not write."""
    if input_dir is not None:
        _check_apart(input_dir, output_dir)
    if not output_dir.exists() and not output_dir.is_symlink():
        return
    if not output_dir.is_dir():
        raise NotAnOutputFolder(f"{output_dir} exists and is not a folder")
    found = _walk(output_dir)
    if _is_placeholder(output_dir, found):
        return
    foreign = sorted(found - _owned(output_dir, found))
    if foreign:
        named = ", ".join(shown(p) for p in foreign[:LISTED_FOREIGN])
        more = f" and {len(foreign) - LISTED_FOREIGN} more" if len(foreign) > LISTED_FOREIGN else ""
        raise NotAnOutputFolder(
            f"{output_dir} holds {len(foreign)} path(s) no curate run wrote: {named}{more}; nothing was touched "
            "(move them out, or choose an empty or new --output)"
        )


def _check_apart(input_dir: Path, output_dir: Path) -> None:
    inp, out = input_dir.resolve(), output_dir.resolve()
    if out == inp:
        raise NotAnOutputFolder(f"--output {output_dir} is the input folder: publishing would replace the inputs")
    if inp in out.parents:
        raise NotAnOutputFolder(f"--output {output_dir} is inside the input folder {input_dir}: choose a folder outside it")
    if out in inp.parents:
        raise NotAnOutputFolder(f"--output {output_dir} contains the input folder {input_dir}: publishing would replace it")


def _walk(folder: Path) -> set[str]:
    """Every path under folder that is not a directory holding something (files, links, special files, empty
    directories), relative, with `/`; symlinks are listed, never followed."""
    found: set[str] = set()
    for root, dirs, files in os.walk(folder):
        rel = os.path.relpath(root, folder)
        prefix = "" if rel == "." else rel.replace(os.sep, "/") + "/"
        found.update(prefix + name for name in files)
        found.update(prefix + name for name in dirs if os.path.islink(os.path.join(root, name)))
        if not dirs and not files and prefix:
            found.add(prefix.rstrip("/") + "/")
    return found


def _is_placeholder(folder: Path, found: set[str]) -> bool:
    if not found <= PLACEHOLDER_FILES or any(os.path.islink(folder / name) for name in found):
        return False
    readme = folder / "README.md"
    return "README.md" not in found or readme.read_bytes()[: len(GENERATED_README_HEAD)] == GENERATED_README_HEAD


def _owned(folder: Path, found: set[str]) -> set[str]:
    """The paths of `found` that curate wrote: listed by a marker that matches its manifest; for an output
    published before markers existed, the layout such a run wrote. Empty when neither holds."""
    manifest = _read_json(folder / MANIFEST)
    if (folder / MARKER).exists():
        marker = _read_json(folder / MARKER)
        if not _marker_matches(folder, marker, manifest):
            return set()
        docs = {f"{DATA_DOCS}/{p}" for p in marker["data_docs_files"]}
        return {MARKER, MANIFEST, *manifest["output_files"], *docs} & found
    if manifest is None or not all(key in manifest for key in MANIFEST_FIELDS):
        return set()
    return {p for p in found if LEGACY_PATH.fullmatch(p) and not os.path.islink(folder / p)}


def _marker_matches(folder: Path, marker: Any, manifest: Any) -> bool:
    if not isinstance(marker, dict) or not isinstance(manifest, dict) or marker.get("format") != MARKER_FORMAT:
        return False
    same = all(marker.get(key) == manifest.get(key) for key in ("run_id", "schema_versions"))
    digest = hashlib.sha256((folder / MANIFEST).read_bytes()).hexdigest()
    return same and marker.get("manifest_sha256") == digest and isinstance(manifest.get("output_files"), list)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None


def output_files(folder: Path) -> list[str]:
    """The files a run wrote into its staging folder, outside the Data Docs: the manifest's `output_files`."""
    return sorted(p for p in _walk(folder) if not p.startswith(f"{DATA_DOCS}/") and p != MARKER)


def write_marker(folder: Path) -> None:
    """Mark folder as curate's, once its manifest is written: the manifest's run id, schema versions and sha256,
    and the Data Docs' files. Also after `curate validate` rebuilt the Data Docs of a published output."""
    manifest_bytes = (folder / MANIFEST).read_bytes()
    manifest = json.loads(manifest_bytes)
    docs = folder / DATA_DOCS
    marker = {
        "format": MARKER_FORMAT,
        "run_id": manifest["run_id"],
        "schema_versions": manifest["schema_versions"],
        "manifest_sha256": hashlib.sha256(manifest_bytes).hexdigest(),
        "data_docs_files": sorted(_walk(docs)) if docs.is_dir() else [],
    }
    partial = folder / f"{MARKER}.partial"
    partial.write_text(json.dumps(marker, indent=1) + "\n", encoding="utf-8")
    partial.replace(folder / MARKER)


def remove_debris(output_dir: Path) -> list[str]:
    """With the output's lock held: remove the staging and previous-output folders of runs that died
    (`.<name>.staging-<run>`, `.<name>.previous-<run>`), and return their names. A previous output left with
    no output folder (a crash between the two renames of the fallback swap) is put back instead."""
    debris = re.compile(rf"\.{re.escape(output_dir.name)}\.(staging|previous)-[0-9a-f]{{12}}")
    found = sorted(
        (p for p in output_dir.parent.iterdir() if debris.fullmatch(p.name) and p.is_dir() and not p.is_symlink()),
        key=lambda p: p.stat().st_mtime,
    )
    if not output_dir.exists():
        for previous in reversed([p for p in found if ".previous-" in p.name]):
            previous.rename(output_dir)
            found.remove(previous)
            break
    for path in found:
        shutil.rmtree(path)
    return [p.name for p in found]


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
        pause_for_test("publish")
        shutil.rmtree(staging)  # now holds the previous output
        return
    previous = output_dir.parent / f".{output_dir.name}.previous-{staging.name.rsplit('-', 1)[-1]}"
    output_dir.rename(previous)
    pause_for_test("publish")
    staging.rename(output_dir)
    shutil.rmtree(previous)


def discard(staging: Path) -> None:
    """Remove a staging folder left by a failed run."""
    shutil.rmtree(staging, ignore_errors=True)


def pause_for_test(stage: str) -> None:
    """Test-only hook, a no-op unless CURATE_TEST_PAUSE_AT names `stage`: then create the file named by
    CURATE_TEST_PAUSE_FILE and wait while it exists, so a test can kill the run at a known point."""
    if os.environ.get("CURATE_TEST_PAUSE_AT") != stage:
        return
    flag = Path(os.environ["CURATE_TEST_PAUSE_FILE"])
    flag.touch()
    while flag.exists():
        time.sleep(0.05)


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
