"""Names of the files a run writes into its staging folder: each batch's dataset part, and the spill files
its batch tasks leave in the work folder for a later stage (one file per batch and kind)."""

from __future__ import annotations

import shutil
from pathlib import Path

WORK_DIR = "_work"  # inside the staging folder; removed before publishing
COMPRESSION = "lz4"  # spilled frames are read back once, minutes later: speed over size
TEXTS = "texts"  # pass 1 -> pass 2: a batch's accepted files with their decoded text
PAIRS = "pairs"  # pass 1 -> repeated keys: a batch's (repeat_key, file_hash) pairs
FINGERPRINTS = "fingerprints"  # pass 1 -> repeated keys: a batch's file fingerprints (which files are copies)
KEYS = "keys"  # pass 2 -> duplicate marks: a batch's documents' duplicate keys
DOCUMENTS = "documents"  # pass 2 -> finish: a batch's documents, before their duplicate marks


def part_name(index: int) -> str:
    """A batch's Parquet part of every dataset (and the suffix of its spill files)."""
    return f"part-{index:05d}.parquet"


def work_dir(staging: Path) -> Path:
    return staging / WORK_DIR


def work_file(staging: Path, kind: str, index: int) -> Path:
    """A batch's spill file of `kind` (TEXTS, PAIRS, FINGERPRINTS, KEYS or DOCUMENTS)."""
    return work_dir(staging) / f"{kind}-{part_name(index)}"


def every_batch(staging: Path, kind: str) -> Path:
    """The glob of every batch's spill file of `kind`, for Polars' readers (expanded in path order)."""
    return work_dir(staging) / f"{kind}-*.parquet"


def drop_work_dir(staging: Path) -> None:
    """Remove the spill files: nothing of the work folder is published."""
    shutil.rmtree(work_dir(staging), ignore_errors=True)
