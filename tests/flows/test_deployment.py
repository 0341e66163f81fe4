"""Scheduled runs: prefect.yaml deployed to a real `prefect server` and run by a process worker; `akhbar serve`."""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import yaml
from conftest import ROOT, SEEDS
from feed_site import Route, article_page, rss, serving

from akhbar.cli.serve import DAILY, add_serve_parser
from akhbar.flows.config import RunConfig

# One xdist worker runs the whole module (`make test` runs `pytest -n auto --dist loadgroup`): its expensive
# fixtures are built once.
pytestmark = pytest.mark.xdist_group("deployment")

BIN = Path(sys.executable).parent
# The server settings akhbar gives Prefect (flows/prefect_runtime.py), and no scheduler: the only runs are the ones a test asks for.
SERVER_ENV = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_TRIGGERS_ENABLED": "false",
    "PREFECT_SERVER_SERVICES_SCHEDULER_ENABLED": "false",
    "PREFECT_UI_ENABLED": "false",
}
SERVE = [str(BIN / "akhbar"), "serve"]


def user_env(**extra: str) -> dict[str, str]:
    """This session's environment as a user's shell has it: no Prefect settings but the Prefect home."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("PREFECT_")}
    return {**env, "PREFECT_HOME": os.environ["PREFECT_HOME"], **extra}


def run(command: list[str], env: dict[str, str], cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run a command in a process group of its own, and leave nothing of the group behind."""
    process = subprocess.Popen(command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                               start_new_session=True)
    try:
        output, _ = process.communicate(timeout=timeout)
    finally:
        stop_group(process, signal.SIGKILL)
    return subprocess.CompletedProcess(command, process.returncode, output)


def stop_group(process: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 30) -> None:
    """Signal a process group (the process and what it started); SIGKILL what is left after `timeout`."""
    try:
        os.killpg(process.pid, sig)
        process.wait(timeout=timeout)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def api(url: str, path: str, body: dict | None = None, attempts: int = 5) -> dict:
    """GET (or POST `body` to) the Prefect REST API; a 503 (its SQLite busy on a loaded machine) is tried again."""
    data = None if body is None else json.dumps(body).encode()
    for attempt in range(attempts):
        request = urllib.request.Request(url + path, data=data, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return json.load(response)
        except urllib.error.HTTPError as error:
            if error.code != 503 or attempt == attempts - 1:
                raise
            time.sleep(1 + attempt)
    raise AssertionError("unreachable")


def wait_for(what: str, check, process: subprocess.Popen | None = None, log: Path | None = None, timeout: float = 180):
    """Poll `check()` until it returns something; fail early when `process` exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            pytest.fail(f"exited ({process.returncode}) before {what}:\n{log.read_text() if log else ''}")
        try:
            if result := check():
                return result
        except (OSError, KeyError):
            pass
        time.sleep(0.25)
    pytest.fail(f"no {what} after {timeout:.0f} s:\n{log.read_text() if log else ''}")


def finished(url: str, flow_run_id: str, timeout: float = 240) -> str:
    """The final state type of a flow run."""
    final = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}
    state = lambda: api(url, f"/flow_runs/{flow_run_id}")["state"]["type"]  # noqa: E731
    return wait_for(f"final state of flow run {flow_run_id}", lambda: (s := state()) in final and s, timeout=timeout)


def documents(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return con.execute("SELECT source_uri FROM documents").fetchall()


def ledger(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return con.execute("SELECT run_id, status FROM runs").fetchall()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server_process(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[subprocess.Popen, str, Path]]:
    """`prefect server start` on loopback with a Prefect home of its own; started first, so it starts while the model builds."""
    home = tmp_path_factory.mktemp("prefect-server")
    port = free_port()
    env = {**user_env(), **SERVER_ENV, "PREFECT_HOME": str(home)}
    log = home / "server.log"
    with log.open("w") as out:
        server = subprocess.Popen([str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield server, f"http://127.0.0.1:{port}/api", log
    finally:
        stop_group(server)


@pytest.fixture(scope="module")
def prefect_api(server_process: tuple[subprocess.Popen, str, Path], tiny_model: Path) -> str:
    """The server's API URL, once it answers."""
    server, url, log = server_process
    wait_for("answer from /api/health", lambda: api(url, "/health") is True, server, log)
    return url


def test_the_deployments_parameters_are_the_clis_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in [k for k in os.environ if k.startswith("AKHBAR_")]:
        monkeypatch.delenv(key)
    (deployment,) = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))["deployments"]
    assert set(deployment["parameters"]) <= set(RunConfig.model_fields)
    assert RunConfig.from_parameters(**deployment["parameters"]) == RunConfig()  # `akhbar run`'s defaults
    monkeypatch.setenv("AKHBAR_MODEL", "/models/opus-mt-ar-en")  # a worker's environment applies where the yaml is silent
    assert RunConfig.from_parameters(**deployment["parameters"]).model == "/models/opus-mt-ar-en"
    assert deployment["schedules"] == [{"cron": DAILY, "timezone": "UTC"}]


def test_serve_alone_starts_and_stops_its_own_server(server_process: tuple, tiny_model: Path, tmp_path: Path) -> None:
    # `server_process` only so that the shared server starts up while this test runs (it uses a server of its own)
    env = user_env(PREFECT_PROFILES_PATH=str(tmp_path / "no-profiles.toml"))
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        serve = subprocess.Popen([*SERVE, "--source", str(SEEDS), "--warehouse", str(tmp_path / "warehouse"), "--model", str(tiny_model)],
                                 env=env, cwd=tmp_path, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        url = wait_for("Prefect API line", lambda: re.search(r"Prefect API (http://127\.0\.0\.1:\d+/api)", log.read_text()), serve, log)[1]
        served = lambda: (d := api(url, "/deployments/name/akhbar-run/akhbar-serve"))["status"] == "READY" and d  # noqa: E731
        deployment = wait_for("served deployment polled for runs", served, serve, log)
        assert [(s["schedule"]["cron"], s["schedule"]["timezone"]) for s in deployment["schedules"]] == [(DAILY, "UTC")]
        os.killpg(serve.pid, signal.SIGINT)  # Ctrl-C in a terminal: the whole foreground group
        assert serve.wait(timeout=60) == 0, log.read_text()
    finally:
        stop_group(serve, signal.SIGKILL)
    output = log.read_text()
    assert "Traceback" not in output and "ERROR" not in output, output
    with pytest.raises(urllib.error.URLError):  # the server went with it
        api(url, "/health")


def test_deploy_then_run_on_a_process_worker(prefect_api: str, tiny_model: Path, tmp_path: Path) -> None:
    env = user_env(PREFECT_API_URL=prefect_api)
    created = run([str(BIN / "prefect"), "work-pool", "create", "akhbar", "--type", "process"], env)
    assert created.returncode == 0, created.stdout
    deployed = run([str(BIN / "prefect"), "--no-prompt", "deploy", "--all"], env)
    assert deployed.returncode == 0, deployed.stdout

    deployment = api(prefect_api, "/deployments/name/akhbar-run/akhbar-daily")
    assert (deployment["entrypoint"], deployment["work_pool_name"]) == ("flows/pipeline.py:pipeline", "akhbar")
    assert [s["schedule"]["cron"] for s in deployment["schedules"]] == [DAILY]
    assert [s["schedule"]["timezone"] for s in deployment["schedules"]] == ["UTC"]
    assert deployment["pull_steps"] == [{"prefect.deployments.steps.set_working_directory": {"directory": str(ROOT.resolve())}}]
    assert deployment["parameters"]["warehouse"] == "data"

    # A run's parameters are checked as `akhbar run` checks its options, before any worker takes it.
    refused = run([str(BIN / "prefect"), "deployment", "run", "akhbar-run/akhbar-daily", "--param", "max_source_tokens=600"], env)
    assert refused.returncode != 0 and "511" in refused.stdout, refused.stdout
    # `source`: `seeds` relative as in prefect.yaml (it resolves against the checkout the pull step moves to, not the
    # worker's folder), and a list of feeds served on loopback (hence allow_private_hosts). No `model`: the worker's
    # AKHBAR_MODEL gives it, as it would to `akhbar run`.
    warehouse = tmp_path / "warehouse"
    with serving() as site:
        site.routes["/news/1.html"] = Route(article_page(1, title="خبر من الخلاصة"))
        site.routes["/rss.xml"] = Route(rss([(site.url("/news/1.html"), "خبر", "")]), "application/rss+xml")
        feeds = tmp_path / "feeds.txt"
        feeds.write_text(f"{site.url('/rss.xml')}\n", encoding="utf-8")
        requested = run([str(BIN / "prefect"), "deployment", "run", "akhbar-run/akhbar-daily", "--param", f'source=["seeds", "{feeds}"]',
                         "--param", f"warehouse={warehouse}", "--param", "allow_private_hosts=true", "--param", "fetch_delay=0"], env)
        assert requested.returncode == 0, requested.stdout
        flow_run_id = re.search(r"UUID: ([0-9a-f-]{36})", requested.stdout).group(1)
        worker_env = {**env, "AKHBAR_MODEL": str(tiny_model)}
        worked = run([str(BIN / "prefect"), "worker", "start", "--pool", "akhbar", "--run-once"], worker_env, cwd=tmp_path)
        assert worked.returncode == 0 and "Traceback" not in worked.stdout, worked.stdout

    assert api(prefect_api, f"/flow_runs/{flow_run_id}")["state"]["type"] == "COMPLETED", worked.stdout
    seed, page = sorted(uri for (uri,) in documents(warehouse))
    assert seed.startswith(SEEDS.resolve().as_uri()) and page == site.url("/news/1.html")
    assert [request.path for request in site.requests] == ["/rss.xml", "/robots.txt", "/news/1.html"]
    assert ledger(warehouse) == [(flow_run_id, "completed")]
    # The run's summary is an artifact on the flow run, as the UI shows it.
    found = api(prefect_api, "/artifacts/filter", {"artifacts": {"flow_run_id": {"any_": [flow_run_id]}}})
    summary = [a for a in found if a["key"] == "akhbar-run"]
    assert len(summary) == 1 and summary[0]["type"] == "markdown"
    assert ": completed" in summary[0]["data"] and "| translate |" in summary[0]["data"]


def test_serve_on_the_profiles_server_runs_and_stops_on_sigterm(prefect_api: str, tiny_model: Path, tmp_path: Path) -> None:
    profiles = tmp_path / "profiles.toml"
    profiles.write_text(f'active = "team"\n\n[profiles.team]\nPREFECT_API_URL = "{prefect_api}"\n', encoding="utf-8")
    env = user_env(PREFECT_PROFILES_PATH=str(profiles), PREFECT_RUNNER_POLL_FREQUENCY="1", AKHBAR_MODEL=str(tiny_model))
    warehouse, log = tmp_path / "warehouse", tmp_path / "serve.log"
    with log.open("w") as out:
        serve = subprocess.Popen([*SERVE, "--name", "akhbar-test", "--cron", "30 3 * * 1", "--source", "seeds",
                                  "--warehouse", str(warehouse)], env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT,
                                 start_new_session=True)
    try:
        deployment = wait_for("served deployment", lambda: api(prefect_api, "/deployments/name/akhbar-run/akhbar-test"), serve, log)
        assert [s["schedule"] for s in deployment["schedules"]] == [{"cron": "30 3 * * 1", "timezone": "UTC", "day_or": True}]
        assert deployment["paused"] is False
        assert deployment["entrypoint"] == "akhbar.flows.pipeline.pipeline"
        parameters = deployment["parameters"]
        assert (parameters["source"], parameters["warehouse"]) == ([str(SEEDS.resolve())], str(warehouse))
        assert parameters["model"] == str(tiny_model.resolve())  # from AKHBAR_MODEL, as `akhbar run`

        flow_run = api(prefect_api, f"/deployments/{deployment['id']}/create_flow_run", {})
        assert finished(prefect_api, flow_run["id"]) == "COMPLETED", log.read_text()
        assert len(documents(warehouse)) == 1 and ledger(warehouse) == [(flow_run["id"], "completed")]

        serve.send_signal(signal.SIGTERM)  # `kill PID`, as a service manager stops it
        assert serve.wait(timeout=60) == 0, log.read_text()
    finally:
        stop_group(serve, signal.SIGKILL)
    output = log.read_text()
    assert "Traceback" not in output and "ERROR" not in output, output
    assert api(prefect_api, "/deployments/name/akhbar-run/akhbar-test")["paused"] is True  # nothing scheduled while nobody serves


def test_serve_fails_in_one_line(prefect_api: str, tmp_path: Path) -> None:
    nobody = f"http://127.0.0.1:{free_port()}/api"
    result = run([*SERVE, "--warehouse", str(tmp_path)], user_env(PREFECT_API_URL=nobody), timeout=120)
    assert result.returncode == 1 and result.stdout.count("\n") == 1, result.stdout
    assert "PREFECT_API_URL" in result.stdout and nobody in result.stdout and "Traceback" not in result.stdout

    result = run([*SERVE, "--cron", "every day"], user_env(PREFECT_API_URL=prefect_api), timeout=120)
    assert result.returncode == 2 and result.stdout.count("\n") == 1 and "--cron" in result.stdout, result.stdout

    result = run([*SERVE, "--model", str(tmp_path / "nowhere")], user_env(PREFECT_API_URL=prefect_api), timeout=120)
    assert result.returncode == 1 and result.stdout.count("\n") == 1 and "AKHBAR_MODEL" in result.stdout, result.stdout

    result = run([*SERVE, "--source", str(tmp_path / "missing")], user_env(), timeout=120)
    assert result.returncode == 2 and "--source not found" in result.stdout and "Traceback" not in result.stdout


def test_serve_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="akhbar")
    add_serve_parser(parser.add_subparsers(dest="command", required=True))
    with pytest.raises(SystemExit) as exit_:
        parser.parse_args(["serve", "--help"])
    assert exit_.value.code == 0
    assert "example:" in capsys.readouterr().out
