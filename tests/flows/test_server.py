"""The temporary Prefect server the CLI starts before its imports: used only when Prefect would start one,
reachable once adopted, gone when the process ends. Each case runs in its own Python process, as the CLI does."""

import os
import subprocess
import sys
import textwrap
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from flows import server

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, env: dict[str, str]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=PROJECT_ROOT, env=env, capture_output=True, text=True,
        timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout.split()


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return env | {"PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}


def test_no_early_server_when_the_environment_names_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://127.0.0.1:4200/api")
    assert server.start_early() is None


def test_no_early_server_when_ephemeral_mode_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_SERVER_EPHEMERAL_ENABLED", "false")
    assert server.start_early() is None


def test_a_server_set_in_the_profile_wins_and_the_early_one_stops(tmp_path: Path) -> None:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text('active = "remote"\n[profiles.remote]\nPREFECT_API_URL = "http://127.0.0.1:9/api"\n')
    env = _clean_env() | {"PREFECT_PROFILES_PATH": str(profiles)}
    adopted, stopped, url = _python(
        """
        from flows.server import start_early
        early = start_early()
        import prefect.settings
        print(early.adopt(), early.process is None, prefect.settings.get_current_settings().api.url)
        """,
        env,
    )
    assert (adopted, stopped, url) == ("False", "True", "http://127.0.0.1:9/api")


def test_the_adopted_server_answers_prefect_and_stops_with_the_process() -> None:
    adopted, url, healthy = _python(
        """
        from flows.server import start_early
        early = start_early()
        import prefect.settings
        from prefect.client.orchestration import get_client
        adopted = early.adopt()
        with get_client(sync_client=True) as client:
            healthy = client.api_healthcheck() is None
        print(adopted, prefect.settings.get_current_settings().api.url, healthy)
        """,
        _clean_env(),
    )
    assert (adopted, healthy) == ("True", "True")
    with pytest.raises(urllib.error.URLError):  # stopped by the exit handler: nothing listens on its port
        urllib.request.urlopen(f"{url}/health", timeout=2)
