"""Run-time settings: environment defaults that must hold before Prefect is imported, and run limits."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

DEFAULT_GLOB = "*.txt"
CACHE_ENV = "CURATE_CACHE_DIR"
LOCK_TIMEOUT_S = 3600.0  # a second run on the same output waits this long for the first to publish
# Files per batch: bounds a run's memory (two batches in flight), and the unit of parallelism. Each batch also
# pays fixed costs: Polars recompiles the claim and line regexes (its cache holds 32 per thread: ~0.1 s a batch in
# build_claims alone), a Prefect task run per pass, a Parquet part per dataset. Measured on the 20,000-file
# benchmark corpus, 2 cores, runs alternated: 1,000 files took 38.5-41.2 s wall, 62.5-67.0 CPU-s, 1,085-1,152 MB
# peak; 2,000 files 35.9-36.5 s (one outlier at 41.9), 56.6-57.1 CPU-s, 1,351-1,396 MB. Earlier, slower machine:
# 1,000 files peaked at 1,588 MB in 85 s, 500 at 1,498 MB in 90 s.
BATCH_FILES = 2000
MAX_WORKERS = 2  # Prefect's default ThreadPoolTaskRunner is unbounded; the target machine has 2 cores
ENVIRONMENT = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "False",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "60",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


# glibc gives each thread that allocates its own malloc arena (up to 8 per core) and keeps what the arena frees
# for reuse: numpy and pyarrow buffers of two batch threads, then GX's pandas, piled up. Measured on 6,000
# generated files (in-process RSS sampled every 10 ms, same run time 29.6 vs 30.0 s): with 2 arenas the batch
# stage peaked at 1,286 MB instead of 1,458, and validation at 1,004 MB instead of 1,351.
MALLOC_ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter


def apply_environment() -> None:
    """Telemetry off and no server needed: Prefect starts a temporary local one when none is configured."""
    for key, value in ENVIRONMENT.items():
        os.environ.setdefault(key, value)
    limit_malloc_arenas()


def limit_malloc_arenas(arenas: int = MALLOC_ARENAS) -> None:
    """At most `arenas` glibc malloc arenas in this process (mallopt) and in the processes it starts (the
    MALLOC_ARENA_MAX they read at start: process-pool workers). A MALLOC_ARENA_MAX the user set wins; not
    on glibc (macOS, musl) this does nothing."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return  # glibc read it when this process started
    os.environ["MALLOC_ARENA_MAX"] = str(arenas)
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_ARENA_MAX, arenas)
    except (OSError, AttributeError):
        pass


def cache_dir() -> Path:
    """Per-machine files of curate (language tables, logs): $CURATE_CACHE_DIR, else $XDG_CACHE_HOME/curate,
    else ~/.cache/curate."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "curate"
