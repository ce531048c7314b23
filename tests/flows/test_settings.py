import pytest

from flows import settings


def test_malloc_arenas_are_limited_for_started_processes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    settings.limit_malloc_arenas()
    assert settings.os.environ["MALLOC_ARENA_MAX"] == str(settings.MALLOC_ARENAS)


def test_a_malloc_arena_limit_the_user_set_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MALLOC_ARENA_MAX", "8")
    settings.apply_environment()
    assert settings.os.environ["MALLOC_ARENA_MAX"] == "8"
