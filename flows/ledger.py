"""The run ledger: per-stage rows in/out and seconds, and the run's own row, as Arrow tables
and as a Prefect artifact (key `akhbar-run`) that the UI shows with the flow run."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pyarrow as pa
from prefect.artifacts import create_markdown_artifact

from akhbar.schemas import feeds, manifest, pages, run_stages, runs
from akhbar.warehouse import Warehouse
from akhbar.warehouse.publish import publish_tables


def utcnow() -> datetime:
    """Naive UTC now, as stored in TIMESTAMP columns."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class Stage:
    """One stage's counts, filled in while it runs."""

    name: str
    rows_in: int
    rows_out: int = 0
    seconds: float = 0.0
    model_inputs: int | None = None


@dataclass
class Ledger:
    """What a run did, stage by stage."""

    run_id: str
    sources: list[str]
    model: str
    backend: str
    decoding: dict = field(default_factory=dict)
    translations_flagged: int = 0
    files_unchanged: int = 0
    started_at: datetime = field(default_factory=utcnow)
    stages: list[Stage] = field(default_factory=list)
    rejects_by_reason: Counter = field(default_factory=Counter)
    error: str | None = None

    @contextmanager
    def stage(self, name: str, rows_in: int) -> Iterator[Stage]:
        """Time a stage; the caller sets `rows_out`. A stage met again (the next chunk's) adds to its counts."""
        stage = Stage(name, rows_in)
        started = time.perf_counter()
        try:
            yield stage
        finally:
            stage.seconds = time.perf_counter() - started
            same = next((s for s in self.stages if s.name == name), None)
            if same is None:
                self.stages.append(stage)
            else:
                same.rows_in += stage.rows_in
                same.rows_out += stage.rows_out
                same.seconds += stage.seconds
                if stage.model_inputs is not None:
                    same.model_inputs = (same.model_inputs or 0) + stage.model_inputs

    def count_rejects(self, rejects: pa.Table) -> None:
        """Count rejects by reason, without the detail after `:` (`duplicate_of:<doc_id>` → `duplicate_of`), adding to the run's."""
        self.rejects_by_reason.update(reason.split(":", 1)[0] for reason in rejects["reason"].to_pylist())

    def tables(self, status: str, documents: int, rejects: int) -> dict[str, pa.Table]:
        """The `runs` row and the `run_stages` rows of this run."""
        day = self.started_at.date()
        run = {
            "run_id": self.run_id, "started_at": self.started_at, "finished_at": utcnow(), "status": status,
            "sources": self.sources, "model": self.model, "backend": self.backend,
            "decoding": json.dumps(self.decoding, sort_keys=True), "translations_flagged": self.translations_flagged,
            "documents": documents, "rejects": rejects, "partition_date": day,
            "rejects_by_reason": json.dumps(dict(sorted(self.rejects_by_reason.items()))), "error": self.error,
            "files_unchanged": self.files_unchanged,
        }
        stages = [
            {"run_id": self.run_id, "stage": s.name, "rows_in": s.rows_in, "rows_out": s.rows_out, "seconds": s.seconds,
             "model_inputs": s.model_inputs, "partition_date": day}
            for s in self.stages
        ]
        return {
            "runs": pa.Table.from_pylist([run], schema=runs.COLUMNS),
            "run_stages": pa.Table.from_pylist(stages, schema=run_stages.COLUMNS),
        }

    def markdown(self, status: str, written: dict[str, int]) -> str:
        """The run's summary for the Prefect UI: status, stages, rows published, rejects by reason."""
        lines = [f"## akhbar run {self.run_id}: {status}", ""]
        if self.error:
            lines += [f"**Error:** `{self.error}`", ""]
        lines += ["| stage | rows in | rows out | seconds | model inputs |", "|---|---:|---:|---:|---:|"]
        lines += [f"| {s.name} | {s.rows_in} | {s.rows_out} | {s.seconds:.2f} | {'' if s.model_inputs is None else s.model_inputs} |" for s in self.stages]
        if written:
            lines += ["", "Published: " + ", ".join(f"{table} {rows}" for table, rows in written.items())]
        reasons = ", ".join(f"{reason} {n}" for reason, n in sorted(self.rejects_by_reason.items())) or "none"
        lines += ["", f"Rejects by reason: {reasons}", f"Translations flagged: {self.translations_flagged}",
                  f"Source files unchanged since last read (skipped): {self.files_unchanged}"]
        return "\n".join(lines)


def publish_summary(warehouse: Warehouse, ledger: Ledger, status: str, written: dict[str, int]) -> None:
    """The run's `runs` and `run_stages` rows into the warehouse, and its artifact into Prefect."""
    rejects = written.get("rejects", sum(ledger.rejects_by_reason.values()))
    publish_tables(warehouse, ledger.tables(status, written.get("documents", 0), rejects), ledger.run_id)
    create_markdown_artifact(ledger.markdown(status, written), key="akhbar-run", description=f"akhbar run: {status}")


def manifest_rows(finished: list[dict], read_at: datetime) -> pa.Table:
    """The `manifest` rows of the source files a chunk finished reading, stamped with the run's start."""
    rows = [row | {"read_at": read_at, "partition_date": read_at.date()} for row in finished]
    return pa.Table.from_pylist(rows, schema=manifest.COLUMNS)


@dataclass
class Progress:
    """How far a run over many chunks has come, logged after each chunk: documents, rate, and time left by bytes read."""

    total_bytes: int
    chunks: int = 0
    articles: int = 0
    started: float = field(default_factory=time.perf_counter)

    def chunk_done(self, articles: int, published: int, bytes_read: int, finished: bool, log) -> None:
        self.chunks += 1
        self.articles += articles
        if finished and self.chunks == 1:  # a run of one chunk: its summary says it all
            return
        elapsed = time.perf_counter() - self.started
        share = min(1.0, bytes_read / self.total_bytes) if self.total_bytes else 1.0
        left = "done" if finished else f"about {_duration(elapsed * (1 - share) / share)} left" if share > 0 else "time left unknown"
        log.info("chunk %d: %s articles read, %s documents published, %.0f articles/s, %.0f%% of %s read, %s",
                 self.chunks, f"{self.articles:,}", f"{published:,}", self.articles / elapsed if elapsed else 0.0,
                 100 * share, _size(self.total_bytes), left)


def _duration(seconds: float) -> str:
    """`42 s`, `3 min 20 s`, `2 h 05 min`."""
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def _size(n: int) -> str:
    """`812 KB`, `29.1 MB`, `3.4 GB`."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n / 1e3:.0f} KB"


def fetch_records(fetched: list[dict], versions: list[dict], fetched_at: datetime) -> dict[str, pa.Table]:
    """The `pages` rows of the feed items a chunk fetched and the `feeds` rows of the feeds it finished, stamped with the
    run's start; none when the chunk has neither."""
    stamp = {"fetched_at": fetched_at, "partition_date": fetched_at.date()}
    tables = {"pages": pa.Table.from_pylist([row | stamp for row in fetched], schema=pages.COLUMNS),
              "feeds": pa.Table.from_pylist([row | stamp for row in versions], schema=feeds.COLUMNS)}
    return {name: table for name, table in tables.items() if table.num_rows}
