"""The language tables' cache: a process that loads them scores exactly as one that built them, and a missing,
corrupt or unwritable cache only costs the build."""

from pathlib import Path

import numpy as np
import polars as pl
import pytest

from flows import model_cache
from transforms import language

TEXTS = [
    "Le conseil municipal a voté le budget de la commune pour l'année prochaine.",
    "The council voted on the town's budget for next year after a long debate.",
    "Der Gemeinderat hat den Haushalt für das kommende Jahr beschlossen.",
    "Recherche",
    "東京都は来年度の予算案を発表した。",
]


def _scores() -> pl.DataFrame:
    return pl.LazyFrame({"text": TEXTS}).pipe(language.detect_language).collect()


@pytest.fixture
def fresh_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """As in a new process: nothing loaded, no tables, the cache in tmp_path."""
    monkeypatch.setenv(model_cache.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(model_cache, "_loaded", [])
    monkeypatch.setattr(language, "_built", [])
    return tmp_path / "cache"


def test_loaded_tables_score_exactly_as_built_ones(fresh_process: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = _scores()
    model_cache.load_language_model()  # tables already built in this process: stored
    assert model_cache.model_path().parent == fresh_process and model_cache.model_path().is_file()
    monkeypatch.setattr(model_cache, "_loaded", [])
    monkeypatch.setattr(language, "_built", [])
    monkeypatch.setattr(language, "_build_model", lambda: pytest.fail("the tables were built, not loaded"))
    model_cache.load_language_model()
    assert _scores().equals(built)


def test_a_corrupt_cache_file_is_rebuilt(fresh_process: Path) -> None:
    fresh_process.mkdir(parents=True)
    model_cache.model_path().write_bytes(b"PK\x03\x04 half a file")
    model_cache.load_language_model()
    with np.load(model_cache.model_path(), allow_pickle=False) as stored:
        assert set(stored.files) == set(language.model_arrays())
    assert _scores()["lang"].to_list()[:3] == ["fr", "en", "de"]


def test_an_unwritable_cache_folder_only_costs_the_build(fresh_process: Path) -> None:
    fresh_process.parent.joinpath("cache").write_text("a file where the folder should be")
    model_cache.load_language_model()
    assert _scores()["lang"].to_list()[:3] == ["fr", "en", "de"]
