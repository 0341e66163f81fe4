"""The translation memory: a SQLite file of translations keyed by model, settings and sentence.

SQLite because lookups are by key, one run writes at a time, and readers of the Parquet
tables never need it; WAL lets a second process read while a run writes.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

_CHUNK = 500  # keys per SELECT: under SQLite's bound-parameter limit
_TIMEOUT = 60  # seconds a connection waits for another process's lock


def _use_wal(con: sqlite3.Connection) -> None:
    """Put the file in WAL mode, once in its life (the mode is stored in the file).

    Changing the mode needs the file to itself, and SQLite answers "database is locked" at once,
    without waiting out its busy timeout, when another process has it open: Dask workers that
    meet a new memory together did. So the mode is changed only while it is not WAL yet, and a
    lost race is waited out by polling (SQLite offers no wait for this).
    """
    deadline = time.monotonic() + _TIMEOUT
    while con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            con.execute("PRAGMA journal_mode = WAL")
        except sqlite3.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class TranslationMemory:
    """Translations already made, served again instead of being sent to the model."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)  # the file is made at first use: a run that translates nothing leaves none
        self._ready = False

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        """A connection that commits on success and is always closed; the file and its table made on first use."""
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(self.path, timeout=_TIMEOUT)
            try:
                _use_wal(con)
                con.execute("CREATE TABLE IF NOT EXISTS memory (key TEXT PRIMARY KEY, translation TEXT NOT NULL)")
            finally:
                con.close()
            self._ready = True
        con = sqlite3.connect(self.path, timeout=_TIMEOUT)
        try:
            with con:
                yield con
        finally:
            con.close()

    def recall(self, keys: Iterable[str]) -> dict[str, dict]:
        """The stored translations of the keys that have one."""
        keys = list(keys)
        found: dict[str, dict] = {}
        with self._connect() as con:
            for start in range(0, len(keys), _CHUNK):
                chunk = keys[start:start + _CHUNK]
                marks = ",".join("?" * len(chunk))
                for key, value in con.execute(f"SELECT key, translation FROM memory WHERE key IN ({marks})", chunk):
                    found[key] = json.loads(value)
        return found

    def remember(self, translations: dict[str, dict]) -> None:
        """Store translations under their keys (a key already there keeps its first translation)."""
        rows = [(key, json.dumps(value, ensure_ascii=False)) for key, value in translations.items()]
        with self._connect() as con:
            con.executemany("INSERT OR IGNORE INTO memory (key, translation) VALUES (?, ?)", rows)

    def __len__(self) -> int:
        with self._connect() as con:
            return con.execute("SELECT count(*) FROM memory").fetchone()[0]
