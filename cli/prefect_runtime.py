"""Prefect runtime defaults for running akhbar flows in-process.

Call :func:`configure_prefect` before anything imports ``prefect``: Prefect
reads its settings from the environment when it is imported, so defaults set
later have no effect.

Why this exists (Prefect 3.9, measured on a 2-core machine)
------------------------------------------------------------
With no ``PREFECT_API_URL``, the first API call of a flow run starts an
*ephemeral* server: a ``uvicorn`` subprocess running the full Prefect server
against the SQLite file ``$PREFECT_HOME/prefect.db``. The client polls its
``/health`` endpoint and gives up after
``PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS`` (20 s by default). That
subprocess:

* imports the whole server stack (FastAPI, SQLAlchemy, ORM, pydantic schemas),
  which takes about 6 s on its own. No setting shortens this.
* runs every Alembic migration the first time it sees a given database
  (about 10 s), then block auto-registration (about 2.5 s, remembered in
  ``memo_store.toml`` afterwards). Add the import time and a busy second core,
  and a first run goes past the 20 s limit and the flow fails with
  ``RuntimeError: Timed out while attempting to connect to ephemeral Prefect
  API server``.
* schedules the ``send_telemetry_heartbeat`` background job to run as soon as
  the server is up. That job reads ``TELEMETRY_SESSION`` and then inserts it
  inside one DEFERRED SQLite transaction. On a new database it does this just
  as the client's first writes arrive (flow and flow run creation, the task
  run recorder, the event persister). When a DEFERRED read transaction tries
  to become a write transaction after another connection has committed,
  SQLite returns SQLITE_BUSY at once, and Prefect's ``busy_timeout`` (60 s)
  does not apply to that case. The result is ``ERROR docket.dependencies ...
  send_telemetry_heartbeat`` plus two ``database is locked`` tracebacks. The
  server's stderr reaches the terminal late, so they show up around exit.
  On a database that already has a session, the same job instead logs
  ``ERROR ... Failed to send telemetry`` on every run when there is no
  internet access.
* records task runs in the ``TaskRunRecorder`` service, which by default
  writes one event per SQLite transaction, in the consumer task, as events
  arrive. It falls behind the client, and when the flow ends the client
  SIGTERMs the server at once (``atexit``). The service's ``stop()`` cancels
  the consumer in the middle of a write and logs ``ERROR ... task_run_recorder
  - Error flushing 1 events`` with ``CancelledError`` tracebacks (4 of 14 runs
  once the telemetry fix was in). Anything still queued is lost, so the last
  task runs of the flow go missing from the database.
* also starts the automations engine (reactive and proactive triggers,
  actions). A local batch run has no automations. The engine only adds
  startup time (about 0.8 s of the server's startup) and more SQLite traffic,
  and it can raise ``AssertionError: Reactive triggers not started`` during
  shutdown when the server is stopped right after it starts.

The settings below remove those causes. They do not lower log levels or
filter log output.

If the user sets ``PREFECT_API_URL``, no ephemeral server is started. In that
case this module changes nothing, so the user's server and its settings stay
in charge. Any variable the user already set is left as it is
(``os.environ.setdefault``).
"""

from __future__ import annotations

import atexit
import fcntl
import importlib.metadata
import importlib.util
import os
import pathlib
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Callable

from akhbar.cli import prefect_server

__all__ = ["configure_prefect", "default_prefect_home", "server_idle", "start_local_server"]

_configured = False  # set once configure_prefect() has applied its defaults


def default_prefect_home() -> pathlib.Path:
    """akhbar's own Prefect home: ``$XDG_CACHE_HOME/akhbar/prefect`` (else ``~/.cache/akhbar/prefect``).

    One per user rather than per working directory, so runs started from anywhere share
    one database (and pay its one-time migration once).
    """
    cache = os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache"
    return pathlib.Path(cache).expanduser() / "akhbar" / "prefect"


def configure_prefect(home: pathlib.Path | None = None) -> None:
    """Set environment defaults that make Prefect's ephemeral mode start quickly
    and run without errors.

    Must run before ``import prefect``. It only sets ``os.environ`` defaults and
    never imports prefect. Values the user has already set win. If
    ``PREFECT_API_URL`` is set, this does nothing.
    """
    global _configured
    if _configured:
        return
    if "prefect" in sys.modules:
        # Prefect has already built its settings from the environment. Defaults
        # set now would reach the server subprocess but not this process (for
        # example PREFECT_HOME and the startup timeout), which is worse than
        # not setting them at all.
        warnings.warn(
            "configure_prefect() called after `import prefect`; leaving Prefect settings unchanged",
            RuntimeWarning,
            stacklevel=2,
        )
        return
    if os.environ.get("PREFECT_API_URL"):
        # The user runs their own server. The ephemeral-server settings below
        # would not apply, and moving PREFECT_HOME would change where their
        # results and profiles are looked up.
        _configured = True
        return

    defaults: dict[str, str] = {
        # Turns off the server's telemetry heartbeat. Its DEFERRED read-then-
        # insert of TELEMETRY_SESSION at startup causes the "database is locked"
        # ERROR and tracebacks on a new database, and it logs an ERROR on every
        # run when there is no internet access. This also turns off the
        # client-side SDK analytics, which in ephemeral mode follow this
        # setting.
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        # Automations are not used by an in-process batch flow. This turns off
        # the ReactiveTriggers and Actions services and the periodic
        # proactive-trigger job (Actions uses the triggers setting). It removes
        # about 0.8 s of server startup, extra SQLite traffic, and the
        # "Reactive triggers not started" AssertionError raised when the server
        # is stopped right after it starts.
        "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
        # The TaskRunRecorder exit race: with a batch size that is never reached
        # and a flush interval longer than any run, the recorder only queues
        # events in memory while the flow runs. It writes them in one
        # transaction in its final flush, which runs after stop() and is not
        # cancelled. Nothing is being written when shutdown cancels the
        # consumer, so there is no ERROR, and every task run is recorded. The
        # cost is that task runs appear in the DB only when the run ends, which
        # is fine for a server that lives only as long as `akhbar run`.
        "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE": "1000000",
        "PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL": "86400",
        # Server startup is about 6 s of imports, plus about 12 s of migrations
        # and block registration the first time it sees a PREFECT_HOME. On a
        # loaded 2-core machine we measured 20-40 s, past the 20 s default. The
        # run then failed (exit 1) with "Timed out while attempting to connect
        # to ephemeral Prefect API server". This is only a ceiling: a healthy
        # server answers as soon as it is up. The one cost is that a server that
        # crashes while starting is reported after 120 s, not 20 s, because the
        # client only notices exit code 3 (port in use) early.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }

    # Per-project PREFECT_HOME, so the SQLite DB (and its one-time migration
    # cost) is ours. It is not shared with other Prefect projects or versions
    # that write to ~/.prefect/prefect.db, which would add cross-process lock
    # contention and schema churn. The user's profiles file stays where it was,
    # so a profile that sets PREFECT_API_URL and friends is still respected.
    if "PREFECT_HOME" not in os.environ:
        user_home = pathlib.Path.home() / ".prefect"
        defaults["PREFECT_HOME"] = str(
            pathlib.Path(home).expanduser() if home is not None else default_prefect_home()
        )
        defaults["PREFECT_PROFILES_PATH"] = str(user_home / "profiles.toml")

    for key, value in defaults.items():
        os.environ.setdefault(key, value)
    _configured = True

    pathlib.Path(os.environ["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)


IDLE_VARIABLE = "AKHBAR_PREFECT_IDLE"
DEFAULT_IDLE = 300.0  # seconds akhbar's own server outlives the last command that used it

_leases: list = []  # the lease files this process holds (shared locks), until it exits


def server_idle() -> float:
    """Seconds akhbar's own Prefect server is kept after the last command using it ends: `AKHBAR_PREFECT_IDLE`, else 300.
    0 stops it with the command that started it."""
    value = os.environ.get(IDLE_VARIABLE, "").strip()
    if not value:
        return DEFAULT_IDLE
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds < float("inf"):
        raise ValueError(f"{IDLE_VARIABLE}={value!r}: give seconds, 0 or more (0 stops the server with the command)")
    return seconds


def start_local_server(timeout: float = 120.0, *, own_session: bool = False, idle: float | None = None) -> Callable[[], None]:
    """Use akhbar's own local Prefect server, kept from an earlier command, or start one now in a subprocess; return a `wait()`.

    Prefect's ephemeral mode starts the same server (uvicorn over `create_app`, settings
    as above) only when the flow makes its first API call, after this process has spent
    its own seconds importing Prefect and loading the model. Started first, the server's
    5-9 s of imports overlap with ours. `PREFECT_API_URL` then points at it, so Prefect
    treats it as a running server. Call `configure_prefect()` first and `wait()` before the
    first flow runs.

    The server outlives the command by `idle` seconds (default `server_idle()`): the next
    command within them finds it (`akhbar-server.json` in the Prefect home) and starts its
    flow without waiting for a server, about 2 s sooner. It runs in a session of its own,
    logs to `akhbar-server.log` in the Prefect home, and stops by itself once no command has
    used it for `idle` seconds (`cli/prefect_server.py`); each command holds a shared lock on
    `akhbar-server.lease` while it runs, so the server never stops under one. `idle=0`
    starts a server that stops with this process, as Prefect's ephemeral mode does.

    `own_session` (`akhbar serve`, a process that must still reach its server while it shuts
    down) starts a server of its own that lives exactly as long as this process, in a session
    of its own: a terminal's Ctrl-C interrupts this process only, and the server stops at this
    process's exit, or, on Linux, when this process dies without running its exit handlers.

    Servers start one at a time per Prefect home (an flock held until `/health` answers): two
    akhbar processes starting together on a home never used before would otherwise both create
    its database, and one server would die of it; the second then finds the first's server.
    """
    if os.environ.get("PREFECT_API_URL"):
        return lambda: None
    idle = 0.0 if own_session else server_idle() if idle is None else idle
    home = pathlib.Path(os.environ.get("PREFECT_HOME", "~/.prefect")).expanduser()
    home.mkdir(parents=True, exist_ok=True)
    if idle > 0:
        lease = open(home / prefect_server.LEASE, "a")  # noqa: SIM115 (held until this process exits)
        fcntl.flock(lease, fcntl.LOCK_SH)
        _leases.append(lease)
        if _use_kept_server(home):
            return lambda: None
    starting = open(home / ".akhbar-server-start.lock", "a")  # noqa: SIM115 (closed by `wait`, or at exit)
    fcntl.flock(starting, fcntl.LOCK_EX)
    if idle > 0 and _use_kept_server(home):  # started by another command while this one waited
        starting.close()
        return lambda: None
    spec = importlib.util.find_spec("prefect")  # locate, without importing, Prefect's code
    assert spec is not None and spec.origin is not None, "prefect is not installed"
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
    if idle > 0:
        # A kept server records task runs as they come (every 5 s), not only when it stops: it may outlive many runs.
        env["PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL"] = "5"
        with open(home / prefect_server.LOG, "w") as log:
            process = subprocess.Popen(
                [sys.executable, "-P", "-m", "akhbar.cli.prefect_server", "--port", str(port), "--idle", str(idle), "--home", str(home)],
                env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True,
            )
    else:
        process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "--app-dir", str(pathlib.Path(spec.origin).parent.parent),
             "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "error", "--lifespan", "on"],
            env=env, start_new_session=own_session,
            preexec_fn=_terminate_with_parent() if own_session and sys.platform == "linux" else None,
        )
        atexit.register(_stop, process)  # registered before Prefect's own handlers, so it runs after them
    _point_at(f"http://127.0.0.1:{port}/api")

    def wait() -> None:
        try:
            _wait_healthy(process, port, timeout)
            if idle > 0:
                prefect_server.write_state(home, {"url": os.environ["PREFECT_API_URL"], "pid": process.pid} | _versions())
        finally:
            starting.close()  # lets the next server start

    return wait


def _point_at(url: str) -> None:
    os.environ["PREFECT_API_URL"] = url
    # The server has no UI: no "View at http://127.0.0.1:…" link to a page that never was.
    os.environ.setdefault("PREFECT_UI_URL", "")


def _versions() -> dict[str, str]:
    """What a kept server must share with a command to serve it: the interpreter and Prefect's version."""
    return {"python": sys.executable, "prefect": importlib.metadata.version("prefect")}


def _use_kept_server(home: pathlib.Path) -> bool:
    """Point this process at the server `akhbar-server.json` names, if it is alive, answers, and runs our Prefect."""
    state = prefect_server.read_state(home)
    if state is None or {key: state.get(key) for key in ("python", "prefect")} != _versions():
        return False  # none, or another interpreter or Prefect version (an upgrade): that server idles out alone
    try:
        os.kill(state["pid"], 0)
        with urllib.request.urlopen(f"{state['url']}/health", timeout=2) as response:
            if response.status != 200:
                return False
    except (OSError, ValueError):
        return False
    _point_at(state["url"])
    return True


def _wait_healthy(process: subprocess.Popen, port: int, timeout: float) -> None:
    """Until the server's `/health` answers; an error if it exits or stays silent for `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the local Prefect server exited with status {process.returncode} while starting")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"the local Prefect server did not answer within {timeout:.0f} s")


def _terminate_with_parent() -> Callable[[], None]:
    """A `preexec_fn` by which Linux sends the child SIGTERM when its parent dies (prctl PR_SET_PDEATHSIG).

    The C function is looked up here, in the parent: the child between fork and exec should not import.
    """
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    return lambda: prctl(1, signal.SIGTERM)  # 1: PR_SET_PDEATHSIG


def _stop(process: subprocess.Popen) -> None:
    """Stop the server gracefully (it writes the run's last task-run records on the way out)."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
