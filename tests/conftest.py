"""Shared fixtures: one Prefect test harness per session (it starts a temporary server once, ~10 s)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# CI draws the same examples on every run (a red build reproduces from its log and the commit); local runs draw
# new ones each time, which is where new counterexamples come from (they then go in as @example).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
EVAL = ROOT.parent / "shared" / "eval"


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=60):
        yield


@pytest.fixture(scope="session")
def seeds_output(prefect_harness: None, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds run once through the real flow; tests read it, never write it."""
    from flows.curate import curate

    out = tmp_path_factory.mktemp("seeds_run") / "output"
    curate(SEEDS, out)
    return out


@pytest.fixture
def seeds_copy(seeds_output: Path, tmp_path: Path) -> Path:
    """A private copy of the seeds output, for tests that corrupt it."""
    out = tmp_path / "output"
    shutil.copytree(seeds_output, out)
    return out
