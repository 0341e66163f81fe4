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

from akhbar.schemas import run_stages, runs
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
    started_at: datetime = field(default_factory=utcnow)
    stages: list[Stage] = field(default_factory=list)
    rejects_by_reason: Counter = field(default_factory=Counter)
    error: str | None = None

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

    def count_rejects(self, rejects: pa.Table) -> None:
        """Count the run's rejects by reason, without the detail after `:` (`duplicate_of:<doc_id>` → `duplicate_of`)."""
        self.rejects_by_reason = Counter(reason.split(":", 1)[0] for reason in rejects["reason"].to_pylist())

    def tables(self, status: str, documents: int, rejects: int) -> dict[str, pa.Table]:
        """The `runs` row and the `run_stages` rows of this run."""
        day = self.started_at.date()
        run = {
            "run_id": self.run_id, "started_at": self.started_at, "finished_at": utcnow(), "status": status,
            "sources": self.sources, "model": self.model, "backend": self.backend,
            "decoding": json.dumps(self.decoding, sort_keys=True), "translations_flagged": self.translations_flagged,
            "documents": documents, "rejects": rejects, "partition_date": day,
            "rejects_by_reason": json.dumps(dict(sorted(self.rejects_by_reason.items()))), "error": self.error,
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
        lines += ["", f"Rejects by reason: {reasons}", f"Translations flagged: {self.translations_flagged}"]
        return "\n".join(lines)


def publish_summary(warehouse: Warehouse, ledger: Ledger, status: str, written: dict[str, int]) -> None:
    """The run's `runs` and `run_stages` rows into the warehouse, and its artifact into Prefect."""
    rejects = written.get("rejects", sum(ledger.rejects_by_reason.values()))
    publish_tables(warehouse, ledger.tables(status, written.get("documents", 0), rejects), ledger.run_id)
    create_markdown_artifact(ledger.markdown(status, written), key="akhbar-run", description=f"akhbar run: {status}")
