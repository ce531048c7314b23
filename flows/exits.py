"""How `curate` ends: exit codes, one-line messages, signals, and the log file that holds what the terminal
does not (library log lines, tracebacks). Standard library only: usage errors are reported before the heavy
imports."""

from __future__ import annotations

import errno
import logging
import os
import re
import signal
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from types import FrameType

from flows.settings import cache_dir

EXIT_OK, EXIT_INVALID, EXIT_USAGE, EXIT_LOCKED, EXIT_ENVIRONMENT, EXIT_INTERNAL = 0, 1, 2, 3, 4, 5
EXIT_SIGINT, EXIT_SIGTERM = 128 + signal.SIGINT, 128 + signal.SIGTERM
EXIT_CODES = """exit codes:
  0    success (also when some input files were rejected)
  1    validation failed: nothing published, the previous output untouched
  2    usage error: a bad option, a missing input folder, an output folder that holds files no curate run
       wrote or that overlaps the input
  3    another run held the output's lock past --lock-timeout
  4    environment error: disk full, permission denied, read-only file system, a published part missing
  5    unexpected error: one line here, the traceback in the log file
  130  interrupted (Ctrl-C, SIGINT): the previous output untouched
  143  terminated (SIGTERM): the previous output untouched
errors are one line on stderr; library log lines and tracebacks go to a log file under
~/.cache/curate/logs (CURATE_CACHE_DIR moves it), whose path an error names."""
LOG_FILES_KEPT = 50
GRACE_S = 10.0  # after a signal, the run unwinds (staging removed) for at most this long before the process ends
INTERRUPTED = "interrupted, previous output untouched"
# errno values that say the machine refused, not that curate or its input is wrong.
ENVIRONMENT_ERRNOS = {
    errno.ENOSPC: "no space left on device", errno.EDQUOT: "disk quota exceeded", errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted", errno.EROFS: "read-only file system", errno.ENOENT: "no such file or directory",
    errno.EIO: "input/output error",
}  # fmt: skip
# The same causes as Rust (Polars) and Arrow word them when they do not raise an OSError with an errno.
_WORDED = re.compile(r"\(os error (\d+)\)|No space left on device|Read-only file system|Permission denied|Disk quota exceeded")
_WORDED_ERRNO = {"No space left on device": errno.ENOSPC, "Read-only file system": errno.EROFS,
                 "Permission denied": errno.EACCES, "Disk quota exceeded": errno.EDQUOT}  # fmt: skip


class Interrupted(BaseException):
    """SIGINT or SIGTERM arrived: the run stops where it is (a BaseException, like KeyboardInterrupt, so that no
    `except Exception` on the way swallows it)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


class EnvironmentProblem(RuntimeError):
    """The machine refused: the message names the path and the cause."""


_cleanups: list = []  # called before the process ends on a signal (the owned Prefect server's stop)
_stopping = threading.Lock()


def handle_signals() -> None:
    """SIGTERM and SIGINT raise Interrupted in the main thread, which unwinds the run (its staging folder is
    removed); batch threads still busy past GRACE_S do not hold the process. Prefect swaps in its own SIGTERM
    handler while a flow runs and sends the signal again to this one when the flow has stopped."""
    signal.signal(signal.SIGTERM, _raise_interrupted)
    signal.signal(signal.SIGINT, _raise_interrupted)


def _raise_interrupted(signum: int, frame: FrameType | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # one stop is enough: a second Ctrl-C must not break the cleanup
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    threading.Timer(GRACE_S, stop_now, (128 + signum,)).start()
    raise Interrupted(signum)


def on_stop(cleanup) -> None:
    """Call `cleanup()` when the process ends on a signal (exit handlers do not run then)."""
    _cleanups.append(cleanup)


def stop_now(code: int) -> None:
    """End the process on a signal: one line, the cleanups, no exit handlers and no wait for busy threads."""
    if not _stopping.acquire(blocking=False):
        return  # the other thread is already ending the process
    for cleanup in _cleanups:
        try:
            cleanup()
        except Exception:  # noqa: BLE001,S110  # ending anyway: nothing else to do with it
            pass
    print(f"curate: {INTERRUPTED}", file=sys.stderr, flush=True)
    sys.stdout.flush()
    os._exit(code)


LOG_ENV = "PREFECT_LOGGING_HANDLERS_FILE_FILENAME"  # the file handler's path in flows/logging.yml


def log_path() -> Path:
    """The command's log file (created on the first line written to it), set by `route_library_logs`; a process
    the command started (a served run) inherits it through the environment."""
    if os.environ.get(LOG_ENV):
        return Path(os.environ[LOG_ENV])
    return _new_log_path()


def _new_log_path() -> Path:
    return cache_dir() / "logs" / f"curate-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"


def route_library_logs() -> Path:
    """Library log lines (Prefect, Great Expectations, uvicorn, Python warnings) go to the log file, not the
    terminal: Prefect reads its logging configuration from the environment at import, here and in the processes
    it starts (served runs)."""
    path = _new_log_path()
    os.environ.setdefault("PREFECT_LOGGING_SETTINGS_PATH", str(Path(__file__).with_name("logging.yml")))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _prune(path.parent)
    except OSError:
        path = Path(tempfile.gettempdir()) / f"curate-{os.getuid()}" / path.name  # the cache cannot be written
        path.parent.mkdir(parents=True, exist_ok=True)
    os.environ[LOG_ENV] = str(path)
    return path


def _prune(folder: Path) -> None:
    """Keep the newest LOG_FILES_KEPT log files (another command may be pruning at the same time)."""
    try:
        logs = sorted(folder.glob("curate-*.log"), key=lambda p: p.stat().st_mtime)
        for old in logs[:-LOG_FILES_KEPT]:
            old.unlink(missing_ok=True)
    except FileNotFoundError:
        pass


def capture_warnings() -> None:
    """Python warnings of the libraries (deprecations) go through logging, to the log file."""
    logging.captureWarnings(True)


def write_traceback(exc: BaseException) -> Path:
    """The full traceback in the log file; its path is returned for the one-line message."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as log:
            log.write(f"{time.strftime('%Y-%m-%d %H:%M:%S')} curate {' '.join(sys.argv[1:])}\n")
            log.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass
    return path


def environment_cause(exc: BaseException) -> tuple[str, str] | None:
    """(path, cause) when `exc` or an exception it came from is the machine refusing (ENOSPC, EACCES, EPERM,
    EROFS, ENOENT, ...): from the OSError's errno, or from the words Polars and Arrow use."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in ENVIRONMENT_ERRNOS:
            cause = exc.strerror or ENVIRONMENT_ERRNOS[exc.errno]
            return str(exc.filename or ""), cause[:1].lower() + cause[1:]
        if isinstance(exc, EnvironmentProblem):
            return "", str(exc)
        found = _WORDED.search(str(exc))
        if found:
            code = int(found.group(1)) if found.group(1) else _WORDED_ERRNO[found.group(0)]
            if code in ENVIRONMENT_ERRNOS:
                return _path_in(str(exc)), ENVIRONMENT_ERRNOS[code]
        exc = exc.__cause__ or exc.__context__  # type: ignore[assignment]
    return None


def _path_in(message: str) -> str:
    """The first absolute path a library's message names, if any."""
    found = re.search(r"(/[^\s'\":,()]+)", message)
    return found.group(1) if found else ""


def one_line(exc: BaseException) -> str:
    """The first line of an exception's message, with its type when the message is empty."""
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def fail(code: int, message: str, *, log: Path | None = None) -> int:
    """Print the one-line error (and where the details are) on stderr; return the exit code."""
    where = f" (details: {log})" if log is not None else ""
    print(f"curate: error: {message}{where}", file=sys.stderr, flush=True)
    return code
