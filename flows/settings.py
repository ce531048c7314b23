"""Run-time settings: environment defaults that must hold before Prefect is imported, and run limits."""

from __future__ import annotations

import ctypes
import os
from pathlib import Path

DEFAULT_GLOB = "*.txt"
CACHE_ENV = "CURATE_CACHE_DIR"
LOCK_TIMEOUT_S = 3600.0  # a second run on the same output waits this long for the first to publish
# Files per batch: bounds a run's memory (two batches in flight), and the unit of parallelism. Each batch also
# pays fixed costs: Polars recompiles the claim and line regexes (its cache holds 32 per thread), a Prefect task
# run per pass, a Parquet part per dataset. Time against memory per batch size: docs/tuning.md.
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
# for reuse: numpy and pyarrow buffers of two batch threads, then GX's pandas, piled up (docs/tuning.md).
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
