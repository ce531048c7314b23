"""The Prefect server `curate` starts and owns: a temporary one for `run`, started before the heavy imports instead
of after them, and a scheduling one (UI and services) for `serve`.

With no server configured Prefect starts a temporary one at the first API call: after this process has
imported Prefect, Polars and Great Expectations, and after importing the whole server package itself just to
launch it. Started first, the server's own start runs on the other core while this process imports (timings:
docs/tuning.md). It is the same server Prefect would start (same command and environment,
see prefect.server.api.server.SubprocessASGIServer), owned and stopped by this process.

Prefect's temporary server runs no services, so it never creates a scheduled run: `curate serve` starts the server
`prefect server start` would (same app, UI and scheduler on) in the same way, on 127.0.0.1.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from importlib.util import find_spec
from pathlib import Path

from flows import exits

READY_TIMEOUT_S = 60.0
SCHEDULING_READY_TIMEOUT_S = 180.0  # a first start creates the database and loads the UI and the services
_POLL_S = 0.05
_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_PORT_TAKEN = 3  # uvicorn's exit code when it cannot bind


class ServerProblem(exits.EnvironmentProblem):
    """The server curate started did not come up (port taken, database unusable): an environment error."""


class TemporaryServer:
    """A Prefect API server process on a loopback port; `adopt()` once Prefect is imported. `scheduling`: with
    the UI and the services (scheduler) of `prefect server start`, for `serve`; else an API only, as Prefect's
    temporary server. `port` 0: a free one."""

    def __init__(self, *, scheduling: bool = False, port: int = 0) -> None:
        self.process: subprocess.Popen | None = None
        self.scheduling, self.wanted_port = scheduling, port
        self._start()
        atexit.register(self.stop)  # registered before Prefect's own exit handlers, so it runs after them
        exits.on_stop(self.stop)  # and when curate ends on a signal, without exit handlers

    @property
    def ui_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _start(self) -> None:
        self.port = self.wanted_port or _free_port()
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        prefect_dir = Path(find_spec("prefect").origin).parent  # type: ignore[arg-type]  # no import: that is the point
        mode = {"PREFECT_UI_ENABLED": "1", "PREFECT_SERVER_UI_ENABLED": "1", "PREFECT_UI_API_URL": self.api_url} if self.scheduling \
            else {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1"}  # fmt: skip
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect_dir.parent), "--factory",
             "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "error", "--lifespan", "on"],
            env={**os.environ, **mode, "PREFECT__SERVER_FINAL": "1"},
            stdin=subprocess.DEVNULL, start_new_session=True,  # a Ctrl-C on the terminal is for curate, which stops it
            preexec_fn=_die_with_parent if sys.platform == "linux" else None,
        )  # fmt: skip

    def adopt(self) -> bool:
        """Point Prefect at this server, unless a server is configured in a profile or settings file (read
        once Prefect is imported): then stop it and let Prefect use that one. True when adopted."""
        import prefect.context
        from prefect.settings import get_current_settings

        settings = get_current_settings()
        if settings.api.url or not settings.server.ephemeral.enabled:
            self.stop()
            return False
        self._wait_ready()
        os.environ["PREFECT_API_URL"] = self.api_url
        prefect.context.refresh_global_settings_context()
        return True

    def _wait_ready(self) -> None:
        timeout_s = SCHEDULING_READY_TIMEOUT_S if self.scheduling else READY_TIMEOUT_S
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() == _PORT_TAKEN and not self.wanted_port:
                self._start()  # taken since _free_port
            if self.process is None or self.process.poll() is not None:
                raise ServerProblem(f"the Prefect server exited before it was ready (127.0.0.1:{self.port})")
            try:
                with urllib.request.urlopen(f"{self.api_url}/health", timeout=2) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(_POLL_S)
        self.stop()
        raise ServerProblem(f"the Prefect server on 127.0.0.1:{self.port} was not ready after {timeout_s:.0f} s")

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None


def start_early() -> TemporaryServer | None:
    """A temporary server when Prefect would start one: no PREFECT_API_URL in the environment and
    ephemeral mode not switched off there (profiles and settings files are checked by `adopt`)."""
    if os.environ.get("PREFECT_API_URL") or os.environ.get("PREFECT_SERVER_EPHEMERAL_ENABLED", "").lower() in ("0", "false"):
        return None
    return TemporaryServer()


def configured() -> bool:
    """A server named in the environment (PREFECT_API_URL); profiles are checked by `adopt`, once Prefect is
    imported."""
    return bool(os.environ.get("PREFECT_API_URL"))


def _die_with_parent() -> None:
    """In the server process before it starts: SIGTERM when this process dies, even by a signal that
    skips exit handlers (SIGKILL, an unhandled SIGTERM), so no orphaned server keeps its port."""
    ctypes.CDLL("libc.so.6").prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
