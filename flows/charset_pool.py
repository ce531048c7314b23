"""The charset guess of the scan, in a small process pool beside the scan threads.

The guess (charset_normalizer, pure Python) holds the GIL: with two scan threads it ran one at a time and made
the scan GIL-bound (docs/tuning.md). Few files need it, so a batch sends little to a worker and gets back a list
of encoding names per file: the same lists as in-process (the same function runs there). The pool is the
process's, shared by its scan tasks, started on first use and bounded like the task runner.
"""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from flows.settings import MAX_WORKERS
from transforms.pipeline import plausible_encodings

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
            # forkserver: a fork of this process (Prefect's and Polars' threads running) is not safe
            methods = multiprocessing.get_all_start_methods()
            context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
            if context.get_start_method() == "forkserver":
                context.set_forkserver_preload(["transforms.ingest"])  # workers start with it imported
            _pool = ProcessPoolExecutor(max_workers=MAX_WORKERS, mp_context=context)
        return _pool if _usable else None  # None in a worker process: _pool stays unset there


def shutdown() -> None:
    """Stop the pool's workers (the next guess starts a new pool)."""
    global _pool
    with _lock:
        if _pool is not None:
            _pool.shutdown(wait=True, cancel_futures=True)
            _pool = None
