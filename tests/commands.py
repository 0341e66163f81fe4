"""`akhbar` commands as a test runs them: in this process through the console script's own `main`, or as a process."""

from __future__ import annotations

import io
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).parents[1]
AKHBAR = Path(sys.executable).with_name("akhbar")
HALT_AFTER = ROOT / "tests" / "flows" / "halt_after.py"


@dataclass
class Finished:
    """What a command left: its exit status, its output, and (in this process) the log records of ERROR and above."""

    returncode: int
    stdout: str
    stderr: str
    errors: list[str] = field(default_factory=list)
    logs: list[str] = field(default_factory=list)  # in this process: the messages logged at INFO and above, as the console shows them

    @property
    def output(self) -> str:
        return self.stdout + self.stderr + "".join(self.errors)


class _Messages(logging.Handler):
    """Collects the messages of INFO records and above (the run's progress lines)."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


class _Errors(logging.Handler):
    """Collects ERROR records, with their tracebacks: what a user would see on the terminal as `ERROR` lines."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(logging.Formatter("%(levelname)s %(name)s %(message)s").format(record))


@contextmanager
def environment(env: dict[str, str] | None) -> Iterator[None]:
    """`env` set in os.environ for the block, then put back as it was."""
    saved = {name: os.environ.get(name) for name in env or {}}
    os.environ.update(env or {})
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def akhbar_here(*args: str, env: dict[str, str] | None = None) -> Finished:
    """`akhbar ARGS` in this process: the CLI's `main`, its flows against the session's Prefect server."""
    from akhbar.cli.main import main

    out, err, errors, infos = io.StringIO(), io.StringIO(), _Errors(), _Messages()
    logging.getLogger().addHandler(errors)
    logging.getLogger().addHandler(infos)
    try:
        with environment(env), redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse's usage errors
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        logging.getLogger().removeHandler(errors)
        logging.getLogger().removeHandler(infos)
    return Finished(code, out.getvalue(), err.getvalue(), errors.records, infos.messages)


def process_env(env: dict[str, str | None] | None = None) -> dict[str, str]:
    """This process's environment with `env` applied (None unsets): what a command started by a test gets."""
    merged = {**os.environ, **(env or {})}
    return {name: value for name, value in merged.items() if value is not None}


def akhbar(*args: str, env: dict[str, str | None] | None = None, cwd: Path = ROOT, timeout: float = 600) -> subprocess.CompletedProcess:
    """`akhbar ARGS` as its own process, the way a user runs the console script (for what needs a process of its own).

    It inherits the session's PREFECT_API_URL, so it uses the session's Prefect server; `env={"PREFECT_API_URL": None}`
    makes it start its own, as on a user's machine.
    """
    return subprocess.run([str(AKHBAR), *args], capture_output=True, text=True, timeout=timeout, env=process_env(env), cwd=cwd)


def assert_clean_output(result: subprocess.CompletedProcess | Finished) -> None:
    """Exit status 0, and neither a traceback nor an ERROR line in anything it printed or logged."""
    output = result.output if isinstance(result, Finished) else result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Traceback" not in output and "ERROR" not in output, output


class Run:
    """An `akhbar` command started in the background, in its own process group, its output in files."""

    def __init__(self, args: list[str], model: Path, logs: Path, halt: tuple[str, str] | None = None) -> None:
        """`akhbar *args` with `model`; with `halt` (a function, KILL or STOP), it signals itself when that function returns
        (`halt_after.py`)."""
        logs.mkdir(parents=True, exist_ok=True)
        self.out, self.err = logs / "stdout", logs / "stderr"
        command = [str(AKHBAR)] if halt is None else [sys.executable, str(HALT_AFTER), *halt]
        command += args
        env = process_env({"AKHBAR_MODEL": str(model), "PYTHONUNBUFFERED": "1"})
        with open(self.out, "w") as out, open(self.err, "w") as err:
            self.process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=ROOT, start_new_session=True)

    def wait_until_stopped(self, timeout: float = 240) -> None:
        """Wait until the run has stopped itself (a STOP halt); fail if it ends or the time runs out first."""
        deadline = time.monotonic() + timeout
        while Path(f"/proc/{self.process.pid}/stat").read_text().rpartition(")")[2].split()[0] != "T":
            assert self.process.poll() is None, f"the run ended before it stopped:\n{self.finished().stderr[-3000:]}"
            assert time.monotonic() < deadline, f"the run did not stop within {timeout} s"
            time.sleep(0.01)

    def signal(self, signum: int) -> None:
        os.killpg(self.process.pid, signum)  # the run and whatever it started

    def kill(self) -> None:
        self.signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def finished(self, timeout: float = 300) -> Finished:
        self.process.wait(timeout=timeout)
        return Finished(self.process.returncode, self.out.read_text(), self.err.read_text())

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process.poll() is None:  # a failed check left it running: stop it and its server
            self.signal(signal.SIGKILL)
            self.process.wait()
