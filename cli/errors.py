"""The command line's expected failures: one line on stderr and an exit status, never a traceback."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def akhbar_command() -> str:
    """How to run akhbar again, for a hint: `akhbar` when that is on PATH (and is this one), else the script as it was
    started (`.venv/bin/akhbar`, as the README runs it)."""
    script = Path(sys.argv[0]) if Path(sys.argv[0]).name == "akhbar" else Path(sys.executable).with_name("akhbar")
    on_path = shutil.which("akhbar")
    if on_path and Path(on_path).resolve() == script.resolve():
        return "akhbar"
    relative = os.path.relpath(script.absolute())
    return relative if not relative.startswith("..") else str(script.absolute())


def model_unavailable(model: str, exc: Exception) -> CommandError:
    """The one-line error for a translation model that cannot be loaded."""
    return CommandError(
        f"cannot load the translation model {model!r} ({exc}). Set AKHBAR_MODEL (or --model) to a local "
        "MarianMT directory, or run once online so the hub caches it; to try the pipeline offline, `make smoke` "
        "builds a random model and runs it."
    )


def storage_failure(exc: Exception) -> bool:
    """The warehouse's storage failed: no such bucket, no credentials, an endpoint down, a bad URL."""
    return isinstance(exc, (OSError, ValueError)) or type(exc).__module__.split(".")[0] in ("botocore", "aiobotocore", "s3fs", "fsspec")


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`1 document`, `2 documents`, `1,000 days`."""
    return f"{count:,} {noun if count == 1 else nouns or noun + 's'}"


def first_line(exc: Exception) -> str:
    return (str(exc).splitlines() or [""])[0]


class CommandError(Exception):
    """An expected failure: printed as one line, exit status 1 or 2."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


@contextmanager
def warehouse_errors(where: str, duckdb_error: str = "SQL error") -> Iterator[None]:
    """A reader's expected failures as one-line `CommandError`s: no warehouse, DuckDB's errors (`duckdb_error: …`), storage."""
    import duckdb

    from akhbar.warehouse import WarehouseMissing

    try:
        yield
    except (CommandError, BrokenPipeError, KeyboardInterrupt):
        raise
    except WarehouseMissing as exc:
        raise CommandError(str(exc).replace("`akhbar ", f"`{akhbar_command()} ")) from None
    except duckdb.Error as exc:
        raise CommandError(f"{duckdb_error}: {first_line(exc)}") from None
    except Exception as exc:
        if not storage_failure(exc):
            raise
        raise CommandError(f"cannot use the warehouse {where}: {type(exc).__name__}: {first_line(exc)}") from None


def date_argument(text: str) -> dt.date:
    """An argparse type: `2019-01-02` → a date, or a usage error."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
