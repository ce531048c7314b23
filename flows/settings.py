"""Run-time settings: environment defaults that must hold before Prefect is imported, and run limits."""

from __future__ import annotations

import os

DEFAULT_GLOB = "*.txt"
LOCK_TIMEOUT_S = 3600.0  # a second run on the same output waits this long for the first to publish
BATCH_FILES = 1000  # files per batch: bounds a run's memory (two batches in flight), and the unit of parallelism
MAX_WORKERS = 2  # Prefect's default ThreadPoolTaskRunner is unbounded; the target machine has 2 cores
ENVIRONMENT = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "GX_ANALYTICS_ENABLED": "False",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "60",
    "PREFECT_LOGGING_LEVEL": "WARNING",
}


def apply_environment() -> None:
    """Telemetry off and no server needed: Prefect starts a temporary local one when none is configured."""
    for key, value in ENVIRONMENT.items():
        os.environ.setdefault(key, value)
