"""akhbar's local Prefect server, kept between commands: `python -P -m akhbar.cli.prefect_server --port P --idle S --home H`.

Started by `prefect_runtime.start_local_server` in a session of its own, it serves the Prefect API
(uvicorn over Prefect's `create_app`, as Prefect's ephemeral mode does) on 127.0.0.1 and stops by
itself once no akhbar command has used it for `--idle` seconds. A command that uses it holds a shared
lock on `<home>/akhbar-server.lease` for as long as it runs; every second this process tries the lock
exclusively, and while it cannot, some command is using the server. When it stops for idleness it
removes `<home>/akhbar-server.json` first (under the exclusive lock), so a command starting then
finds no server to reuse and starts its own. Importing this module imports nothing of Prefect's:
the server's imports are uvicorn's, in `main`.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import threading
import time
from pathlib import Path

LEASE = "akhbar-server.lease"  # shared-locked by each command using the server
STATE = "akhbar-server.json"  # where the server is: url, pid, python, prefect version
LOG = "akhbar-server.log"  # the server's stdout and stderr (the latest server's only)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="akhbar's local Prefect server, stopped after --idle seconds unused")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--idle", type=float, required=True, help="seconds without a command using it before it stops")
    parser.add_argument("--home", type=Path, required=True, help="the Prefect home whose lease and state files it uses")
    args = parser.parse_args(argv)
    import uvicorn

    server = uvicorn.Server(uvicorn.Config("prefect.server.api.server:create_app", factory=True, host="127.0.0.1", port=args.port,
                                           log_level="error", lifespan="on"))
    threading.Thread(target=_stop_when_idle, args=(server, args.home, args.idle), daemon=True).start()
    server.run()


def _stop_when_idle(server, home: Path, idle: float) -> None:
    """Set `server.should_exit` once the lease has been free for `idle` seconds, after removing the state file."""
    free_since = None
    with open(home / LEASE, "a") as lease:
        while not server.should_exit:
            time.sleep(min(1.0, idle / 4))
            try:
                fcntl.flock(lease, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # a command is using the server
                free_since = None
                continue
            try:
                free_since = free_since or time.monotonic()
                if time.monotonic() - free_since >= idle:
                    _forget(home)
                    server.should_exit = True  # uvicorn's graceful exit: Prefect's services flush and stop
            finally:
                fcntl.flock(lease, fcntl.LOCK_UN)


def read_state(home: Path) -> dict | None:
    """What `akhbar-server.json` says of the kept server (url, pid, python, prefect), or None where it is missing or
    unreadable."""
    try:
        state = json.loads((home / STATE).read_text())
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) and isinstance(state.get("pid"), int) and isinstance(state.get("url"), str) else None


def write_state(home: Path, state: dict) -> None:
    """`akhbar-server.json`, replaced in one step: a command reading it sees the old server or the new, never half."""
    (home / f"{STATE}.tmp").write_text(json.dumps(state))
    (home / f"{STATE}.tmp").replace(home / STATE)


def running(home: Path) -> int | None:
    """The pid of this Prefect home's kept server, if one runs (Linux: read from /proc)."""
    state = read_state(home)
    try:
        if state and "akhbar.cli.prefect_server" in Path(f"/proc/{state['pid']}/cmdline").read_bytes().decode(errors="replace"):
            return state["pid"]
    except OSError:
        pass
    return None  # none, or the pid is another process's now


def alive(pid: int) -> bool:
    """Whether process `pid` runs (Linux: read from /proc): it exists and is no zombie, exited but not yet reaped."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0] != "Z"
    except (OSError, IndexError):
        return False


def stop(home: Path, timeout: float = 30.0) -> bool:
    """Stop the kept server of this Prefect home now, if there is one (SIGTERM: a graceful exit); whether one was stopped."""
    import signal

    pid = running(home)
    if pid is None:
        return False
    try:
        os.kill(pid, signal.SIGTERM)
    except OSError:
        return False
    deadline = time.monotonic() + timeout
    while alive(pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    (home / STATE).unlink(missing_ok=True)
    return True


def _forget(home: Path) -> None:
    """Remove the state file if it names this process (a server started after a crash may have replaced it)."""
    state = read_state(home)
    if state and state["pid"] == os.getpid():
        (home / STATE).unlink(missing_ok=True)


if __name__ == "__main__":
    main()
