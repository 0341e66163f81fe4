"""Backfill: the documents of a date range, one subflow run per day.

The source is read once to see which documents fall on which day (`partition_date`: the
article's publication date, else the day it is ingested). Each day with documents in the range
then runs the pipeline as its own subflow, over the files that hold that day's articles:
days whose documents are all published already are skipped, unless `force` rebuilds them
(a new model revision, say), replacing each day's partitions in one step. A failed day does
not stop the others; the summary says how each day went.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import nullcontext
from dataclasses import asdict, dataclass, field
from urllib.parse import unquote, urlparse

from prefect import flow, task
from prefect.cache_policies import NO_CACHE

from akhbar.flows.pipeline import pipeline
from akhbar.flows.settings import DEFAULT_MODEL
from akhbar.tasks import DEFAULT_MAX_DOCUMENT_BYTES, run_logger
from akhbar.tasks.clean import clean_documents
from akhbar.tasks.ingest import read_articles
from akhbar.warehouse import Warehouse


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


def source_path(uri: str) -> str:
    """The file an article came from: `file:///a/b.jsonl#L3` → `/a/b.jsonl`."""
    return unquote(urlparse(uri).path)


@task(name="plan-days", cache_policy=NO_CACHE)
def plan_days(source: list[str], warehouse: str, start: dt.date, end: dt.date, force: bool, max_document_bytes: int) -> list[Day]:
    """The days from `start` to `end` (inclusive) that have documents, and which of them are done."""
    articles, _ = read_articles(source, max_document_bytes)
    documents, _ = clean_documents.fn(articles)
    days: dict[dt.date, Day] = {}
    for row in documents.select(["doc_id", "source_uri", "partition_date"]).to_pylist():
        if start <= row["partition_date"] <= end:
            plan = days.setdefault(row["partition_date"], Day(row["partition_date"]))
            plan.doc_ids.append(row["doc_id"])
            if (path := source_path(row["source_uri"])) not in plan.files:
                plan.files.append(path)
    published = {key[0] for key in Warehouse(warehouse).published_keys("documents")}
    for plan in days.values():
        if not force and published.issuperset(plan.doc_ids):
            plan.status = "skipped"
    return [days[day] for day in sorted(days)]


@flow(name="akhbar-backfill", flow_run_name="backfill-{start}-{end}")
def backfill(
    source: list[str],
    start: dt.date,
    end: dt.date,
    warehouse: str = "data",
    force: bool = False,
    concurrency: int = 1,
    model: str = DEFAULT_MODEL,
    backend: str = "ctranslate2",
    device: str = "cpu",
    beam_size: int | None = None,
    max_new_tokens: int | None = None,
    max_source_tokens: int = 256,
    ner_model: str | None = None,
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    hold_lock: bool = True,
) -> list[dict]:
    """Run the pipeline once per day from `start` to `end`, at most `concurrency` days at a time.

    `hold_lock=False` is for a caller that holds the warehouse lock already (`akhbar backfill`).
    """
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    settings = {"warehouse": warehouse, "model": model, "backend": backend, "device": device, "beam_size": beam_size,
                "max_new_tokens": max_new_tokens, "max_source_tokens": max_source_tokens, "ner_model": ner_model,
                "max_document_bytes": max_document_bytes}
    log = run_logger()
    # The days run as subflows of this one, which holds the warehouse for them all.
    with Warehouse(warehouse).lock() if hold_lock else nullcontext():
        plan = plan_days(source, warehouse, start, end, force, max_document_bytes)
        todo = [day for day in plan if day.status == "pending"]
        log.info("backfill %s to %s: %d days with documents, %d to run, %d already complete",
                 start, end, len(plan), len(todo), len(plan) - len(todo))

        def run(day: Day) -> Day:
            began = time.perf_counter()
            try:
                state = pipeline.with_options(flow_run_name=f"akhbar-day-{day.day.isoformat()}")(
                    source=day.files, days=[day.day], force=force, hold_lock=False, return_state=True, **settings
                )
                if state.is_completed():
                    day.status, day.published = "completed", state.result().get("documents", 0)
                else:
                    day.status, day.error = "failed", state.message or state.name
            except Exception as exc:  # a day that cannot even start fails alone
                day.status, day.error = "failed", f"{type(exc).__name__}: {exc}"
            day.seconds = time.perf_counter() - began
            log.info("day %s: %s, %d documents published in %.1f s", day.day, day.status, day.published, day.seconds)
            return day

        with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="akhbar-day") as pool:
            # Each day runs in its own copy of this flow's context, so it is this run's subflow.
            list(pool.map(lambda day: contextvars.copy_context().run(run, day), todo))
    return [summary(day) for day in plan]


def summary(day: Day) -> dict:
    """A day's line of the backfill summary."""
    row = asdict(day)
    del row["files"], row["doc_ids"]
    return {**row, "day": day.day.isoformat(), "documents": len(day.doc_ids)}
