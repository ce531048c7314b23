"""The scan's charset guess in a process pool gives the lists the in-process guess gives."""

from __future__ import annotations

import pytest

from flows import charset_pool
from transforms.ingest import plausible_encodings

PAGE = "Le marché a progressé de 13,3 % en été ; « déjà » – l’été… Ça coûte cher à Noël.\n" * 8
DATAS = [PAGE.encode("cp1252"), ("Привет мир, как дела?\n" * 8).encode("cp1251"), ("Zażółć gęślą jaźń.\n" * 8).encode("cp1250")]


def test_pool_guess_equals_the_in_process_guess() -> None:
    try:
        assert charset_pool.guess_encodings(DATAS) == plausible_encodings(DATAS)
        assert charset_pool._pool is not None  # it did run in the pool
        assert charset_pool.guess_encodings([]) == []
    finally:
        charset_pool.shutdown()
    assert charset_pool._pool is None


def test_a_process_that_cannot_start_workers_guesses_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    class Refusing:
        def submit(self, *args: object) -> None:
            raise AssertionError("daemonic processes are not allowed to have children")

    monkeypatch.setattr(charset_pool, "_usable", True)  # restored (True) after the test, as is the pool
    monkeypatch.setattr(charset_pool, "_pool", Refusing())
    assert charset_pool.guess_encodings(DATAS) == plausible_encodings(DATAS)
    assert not charset_pool._usable  # and it does not try again
    assert charset_pool.guess_encodings(DATAS) == plausible_encodings(DATAS)


def test_a_worker_process_guesses_in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """In a Dask or process-pool worker (a multiprocessing child) no pool of its own is started."""
    monkeypatch.setattr(charset_pool.multiprocessing, "parent_process", lambda: object())
    assert charset_pool.guess_encodings(DATAS) == plausible_encodings(DATAS)
    assert charset_pool._pool is None and charset_pool._usable
