"""`akhbar` commands as a test runs them: in this process through the console script's own `main`, or as a process."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).parents[1]
AKHBAR = Path(sys.executable).with_name("akhbar")


@dataclass
class Finished:
    """What a command left: its exit status, its output, and (in this process) the log records of ERROR and above."""

    returncode: int
    stdout: str
    stderr: str
    errors: list[str] = field(default_factory=list)

    @property
    def output(self) -> str:
        return self.stdout + self.stderr + "".join(self.errors)


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

    out, err, errors = io.StringIO(), io.StringIO(), _Errors()
    logging.getLogger().addHandler(errors)
    try:
        with environment(env), redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse's usage errors
                code = exc.code if isinstance(exc.code, int) else 1
    finally:
        logging.getLogger().removeHandler(errors)
    return Finished(code, out.getvalue(), err.getvalue(), errors.records)


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
