"""The charset guess of the scan, in a small process pool beside the scan threads.

The guess (charset_normalizer, pure Python) holds the GIL: with two scan threads it ran one at a time and made
the scan GIL-bound (docs/tuning.md). Few files need it, so a batch sends little to a worker and gets back a list
of encoding names per file: the same lists as in-process (the same function runs there). The pool is the
process's, shared by its scan tasks, started on first use and bounded like the task runner.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from flows.settings import MAX_WORKERS
from transforms.pipeline import plausible_encodings

_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_lock = threading.Lock()
_pool: ProcessPoolExecutor | None = None
_usable = True  # False once a pool could not start or broke: this process guesses in-process from then on


def guess_encodings(datas: list[bytes]) -> list[list[str]]:
    """transforms.pipeline.plausible_encodings of `datas`, computed in the pool; in this process when there is
    nothing to send, when this process is itself a multiprocessing worker (a Dask worker, a process-pool task
    runner's worker: one task at a time there, no thread to queue behind), or when the pool could not start or broke."""
    global _usable
    pool = _get_pool() if datas else None
    if pool is None:
        return plausible_encodings(datas)
    try:
        return pool.submit(plausible_encodings, datas).result()
    except (BrokenProcessPool, AssertionError, OSError, RuntimeError):  # AssertionError: daemonic processes
        _usable = False
        return plausible_encodings(datas)


def _get_pool() -> ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _pool is None and _usable and multiprocessing.parent_process() is None:
            # spawn: a fork of this process (Prefect's and Polars' threads running) is not safe, and a forkserver
            # outlives a killed run (its workers hold it) and leaves its socket's pymp-* folder in the temp dir
            context = multiprocessing.get_context("spawn")
            _pool = ProcessPoolExecutor(
                max_workers=MAX_WORKERS, mp_context=context, initializer=_die_with_parent, initargs=(os.getpid(),)
            )
        return _pool if _usable else None  # None in a worker process: _pool stays unset there


def shutdown() -> None:
    """Stop the pool's workers (the next guess starts a new pool)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=True, cancel_futures=True)
            _pool = None


def _die_with_parent(parent_pid: int) -> None:
    """In each worker, first: killed when the process that started it dies, even by SIGKILL, so no worker (nor
    the resource tracker, which waits for every holder of its pipe) outlives a run. Linux only (prctl)."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)
