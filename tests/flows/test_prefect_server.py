"""akhbar's own Prefect server, kept between commands (cli/prefect_server.py): reused, never stopped under a command, stopped
when idle, replaced when its state file names a server that is gone. Each command is a process of its own, as on a user's machine."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from akhbar.cli.prefect_runtime import server_idle
from akhbar.cli.prefect_server import LEASE, STATE, alive

IDLE = 1.5
# A command as `akhbar run` starts: its Prefect settings, then the server, then an API call to it, then a pause.
COMMAND = """
import json, os, sys, time, urllib.request
from akhbar.cli.prefect_runtime import configure_prefect, start_local_server
configure_prefect()
start_local_server()()
url = os.environ["PREFECT_API_URL"]
ask = urllib.request.Request(url + "/flows/filter", data=b"{}", headers={"Content-Type": "application/json"})
with urllib.request.urlopen(ask, timeout=30) as response:  # Prefect's API, with its database
    assert isinstance(json.load(response), list)
print(url, flush=True)
time.sleep(float(sys.argv[1]))
"""


def command(home: Path, hold: float = 0) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"} | {"PREFECT_HOME": str(home), "AKHBAR_PREFECT_IDLE": str(IDLE)}
    return subprocess.Popen([sys.executable, "-c", COMMAND, str(hold)], env=env, stdout=subprocess.PIPE, text=True)


def finished(process: subprocess.Popen) -> str:
    out, _ = process.communicate(timeout=180)
    assert process.returncode == 0
    return out.strip()


def test_a_kept_server_is_reused_never_stopped_under_a_command_and_stops_when_idle(tmp_path: Path) -> None:
    home = tmp_path / "prefect"
    home.mkdir()
    gone = subprocess.Popen(["true"])  # a crashed server's state file: its pid no longer runs
    gone.wait()
    (home / STATE).write_text(json.dumps({"url": "http://127.0.0.1:9/api", "pid": gone.pid, "python": sys.executable}))
    first_url = finished(command(home))
    state = json.loads((home / STATE).read_text())
    assert state["url"] == first_url != "http://127.0.0.1:9/api" and alive(state["pid"])

    second = command(home)  # the next command finds it
    assert finished(second) == first_url
    assert json.loads((home / STATE).read_text())["pid"] == state["pid"]

    holding = command(home, 2.5 * IDLE)  # a command longer than the idle time: the server waits for it
    assert holding.stdout.readline().strip() == first_url
    time.sleep(1.5 * IDLE)
    assert alive(state["pid"]) and (home / STATE).exists()
    finished(holding)
    deadline = time.monotonic() + IDLE + 30
    while alive(state["pid"]) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not alive(state["pid"]), "the server did not stop once idle"
    assert not (home / STATE).exists() and (home / LEASE).exists()


@pytest.mark.parametrize("value", ["soon", "-5", "inf"])
def test_an_idle_time_that_is_not_seconds_is_refused_by_name(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AKHBAR_PREFECT_IDLE", value)
    with pytest.raises(ValueError, match="AKHBAR_PREFECT_IDLE"):
        server_idle()


def test_the_idle_time_defaults_to_five_minutes_and_zero_is_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AKHBAR_PREFECT_IDLE", raising=False)
    assert server_idle() == 300
    monkeypatch.setenv("AKHBAR_PREFECT_IDLE", "0")
    assert server_idle() == 0
