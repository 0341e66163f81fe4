"""The command line's expected failures: one line on stderr and an exit status, never a traceback."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager


def model_unavailable(model: str, exc: Exception) -> CommandError:
    """The one-line error for a translation model that cannot be loaded."""
    return CommandError(
        f"cannot load the translation model {model!r} ({exc}). Set AKHBAR_MODEL (or --model) to a local "
        "MarianMT directory, or run once online so the hub caches it; offline smoke run: see README."
    )


def storage_failure(exc: Exception) -> bool:
    """The warehouse's storage failed: no such bucket, no credentials, an endpoint down, a bad URL."""
    return isinstance(exc, (OSError, ValueError)) or type(exc).__module__.split(".")[0] in ("botocore", "aiobotocore", "s3fs", "fsspec")


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
        raise CommandError(str(exc)) from None
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
