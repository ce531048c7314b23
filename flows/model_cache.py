"""The language scorer's tables, built from langdetect's profiles once per machine instead of once per process.

Building them is a sizeable part of a small run (and a second thread waits for it); loading them is quick
(docs/tuning.md, Language). The cache file is named by what the tables are a function of: the source of the
modules that build them (pipeline.language_model_sources: transforms.language.TABLE_SOURCES, not the scoring
code), langdetect and numpy.
`CURATE_CACHE_DIR` moves it (default: $XDG_CACHE_HOME/curate, else ~/.cache/curate); a folder that cannot
be written just means the tables are built in memory, as without a cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import zipfile
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

import numpy as np

from flows.settings import CACHE_ENV, cache_dir
from transforms import pipeline

__all__ = ["CACHE_ENV", "cache_dir", "load_language_model", "model_path"]
_lock = threading.Lock()
_loaded: list[bool] = []


def tables_key(sources: Iterable[Path]) -> str:
    """A digest of the table-building sources' bytes and of the langdetect and numpy versions."""
    key = hashlib.sha256()
    for source in sources:
        key.update(source.read_bytes())
    key.update(f"langdetect {version('langdetect')} numpy {np.__version__}".encode())
    return key.hexdigest()[:16]


def model_path() -> Path:
    return cache_dir() / f"language-tables-{tables_key(pipeline.language_model_sources())}.npz"


def load_language_model() -> None:
    """Give the scorer its tables from the cache, or build them and fill the cache. Once per process."""
    with _lock:
        if _loaded:
            return
        path = model_path()
        try:
            with np.load(path, allow_pickle=False) as stored:
                pipeline.use_language_model_arrays({name: stored[name] for name in stored.files})
        except (OSError, ValueError, KeyError, zipfile.BadZipFile):  # none yet, or unreadable: build it
            _store(path, pipeline.language_model_arrays())
        _loaded.append(True)


def _store(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Written beside, then renamed: a concurrent run reads the old file or the new one, never half of one."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as file:
            np.savez(file, **arrays)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
