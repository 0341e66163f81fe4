"""The run ledger: per-stage rows in/out and seconds, and the run's own row, as Arrow tables."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pyarrow as pa

from akhbar.schemas import run_stages, runs


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
    started_at: datetime = field(default_factory=utcnow)
    stages: list[Stage] = field(default_factory=list)

    @contextmanager
    def stage(self, name: str, rows_in: int) -> Iterator[Stage]:
        """Time a stage; the caller sets `rows_out`."""
        stage = Stage(name, rows_in)
        started = time.perf_counter()
        try:
            yield stage
        finally:
            stage.seconds = time.perf_counter() - started
            self.stages.append(stage)

    def tables(self, status: str, documents: int, rejects: int) -> dict[str, pa.Table]:
        """The `runs` row and the `run_stages` rows of this run."""
        day = self.started_at.date()
        run = {
            "run_id": self.run_id, "started_at": self.started_at, "finished_at": utcnow(), "status": status,
            "sources": self.sources, "model": self.model, "backend": self.backend,
            "decoding": json.dumps(self.decoding, sort_keys=True), "translations_flagged": self.translations_flagged,
            "documents": documents, "rejects": rejects, "partition_date": day,
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
