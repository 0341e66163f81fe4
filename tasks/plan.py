"""Plan a backfill: which days of a date range have documents, from which files, and which are complete."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from urllib.parse import unquote, urlparse

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.tasks.ingest_sources import MEMBER


@dataclass
class Day:
    """One day of a backfill: its documents and source files, and how it went."""

    day: dt.date
    files: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    status: str = "pending"  # completed | skipped | failed
    published: int = 0
    seconds: float = 0.0
    error: str | None = None

    def summary(self) -> dict:
        """The day's line of the backfill summary."""
        row = asdict(self)
        del row["files"], row["doc_ids"]
        return {**row, "day": self.day.isoformat(), "documents": len(self.doc_ids)}


def source_path(uri: str) -> str:
    """The file an article came from: `file:///a/b.jsonl#L3` → `/a/b.jsonl`, `file:///a/c.tar.gz!/d/e.txt#X` → `/a/c.tar.gz`;
    an object's URL as it is (`s3://bucket/in/b.jsonl#L3` → `s3://bucket/in/b.jsonl`)."""
    parsed = urlparse(uri)
    if parsed.scheme not in ("", "file"):
        return uri.split("#", 1)[0].split(MEMBER, 1)[0]
    return unquote(parsed.path.split(MEMBER, 1)[0])  # "!" in a file name is %21 in its URI


@task(name="plan-days", cache_policy=NO_CACHE)
def plan_days(documents: pa.Table, published: set[str], start: dt.date, end: dt.date, force: bool) -> list[Day]:
    """The days from `start` to `end` (inclusive) that have documents, and which of them are done (all `published`)."""
    days: dict[dt.date, Day] = {}
    for row in documents.select(["doc_id", "source_uri", "partition_date"]).to_pylist():
        if start <= row["partition_date"] <= end:
            plan = days.setdefault(row["partition_date"], Day(row["partition_date"]))
            plan.doc_ids.append(row["doc_id"])
            if (path := source_path(row["source_uri"])) not in plan.files:
                plan.files.append(path)
    for plan in days.values():
        if not force and published.issuperset(plan.doc_ids):
            plan.status = "skipped"
    return [days[day] for day in sorted(days)]
