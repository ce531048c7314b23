"""The language tables' cache: a process that loads them scores exactly as one that built them, and a missing,
corrupt or unwritable cache only costs the build."""

import ast
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from flows import model_cache
from transforms import language
from transforms.language import model as language_model

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
    monkeypatch.setattr(language_model, "_built", [])
    return tmp_path / "cache"


def test_loaded_tables_score_exactly_as_built_ones(fresh_process: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    built = _scores()
    model_cache.load_language_model()  # tables already built in this process: stored
    assert model_cache.model_path().parent == fresh_process and model_cache.model_path().is_file()
    monkeypatch.setattr(model_cache, "_loaded", [])
    monkeypatch.setattr(language_model, "_built", [])
    monkeypatch.setattr(language_model, "_build_model", lambda: pytest.fail("the tables were built, not loaded"))
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


def test_the_key_follows_the_table_building_code_only(tmp_path: Path) -> None:
    """Editing the scorers or combine_block_languages keeps the cached tables; editing how they are built does not."""
    package = Path(language.__file__).parent
    copies = {source.name: tmp_path / source.name for source in package.glob("*.py")}
    for name, copy in copies.items():
        copy.write_bytes((package / name).read_bytes())
    assert model_cache.model_path().name == f"language-tables-{model_cache.tables_key(language.TABLE_SOURCES)}.npz"
    sources = [copies[source.name] for source in language.TABLE_SOURCES]
    key = model_cache.tables_key(sources)
    for name in sorted(set(copies) - {source.name for source in language.TABLE_SOURCES}):
        copies[name].write_text(copies[name].read_text() + "\n# edited\n")
        assert model_cache.tables_key(sources) == key, name
    assert {"__init__.py", "scoring.py"} <= set(copies) - {source.name for source in language.TABLE_SOURCES}
    for source in sources:
        source.write_text(source.read_text() + "\n# edited\n")
        assert model_cache.tables_key(sources) != key, source.name
        key = model_cache.tables_key(sources)


def test_the_table_building_modules_import_nothing_outside_the_key() -> None:
    """What the tables are built from is all in TABLE_SOURCES: they import no other module of the project."""
    for source in language.TABLE_SOURCES:
        tree = ast.parse(source.read_text(encoding="utf-8"))
        imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        imported |= {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names}
        project = {name for name in imported if name.split(".")[0] in {"transforms", "schemas", "flows"}}
        assert project <= {f"transforms.language.{s.stem}" for s in language.TABLE_SOURCES}, (source.name, project)
