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

from prefect import flow

from akhbar.flows.config import RunConfig, run_config_flow
from akhbar.flows.pipeline import pipeline
from akhbar.tasks import run_logger
from akhbar.tasks.clean import clean_documents
from akhbar.tasks.ingest import ingest_files
from akhbar.tasks.ingest_sources import redact, split_feeds
from akhbar.tasks.plan import Day, plan_days
from akhbar.warehouse import open_warehouse
from akhbar.warehouse.publish import keep_published_days


@flow(name="akhbar-backfill", flow_run_name="backfill-{start}-{end}")
@run_config_flow
def backfill(config: RunConfig, start: dt.date, end: dt.date, force: bool = False, concurrency: int = 1,
             hold_lock: bool = True) -> list[dict]:
    """Run the pipeline once per day from `start` to `end`, at most `concurrency` days at a time.

    `hold_lock=False` is for a caller that holds the warehouse lock already (`akhbar backfill`).
    """
    if start > end:
        raise ValueError(f"start {start} is after end {end}")
    _, feeds = split_feeds(config.source)
    if feeds:  # a feed lists what is new now: it has no days to go back to
        raise ValueError(f"a backfill reads files and folders, not feeds: {', '.join(map(redact, feeds))}")
    store = open_warehouse(config.warehouse)
    log = run_logger()
    # The days run as subflows of this one, which holds the warehouse for them all.
    with store.lock() if hold_lock else nullcontext():
        # plan: ingest and clean once, to see each document's day
        articles, _ = ingest_files(config.source, options=config.ingest_options())
        documents, _ = clean_documents(articles)
        documents = keep_published_days(store, documents)  # an undated document's day is the one it was published under
        plan = plan_days(documents, {key[0] for key in store.published_keys("documents")}, start, end, force)
        todo = [day for day in plan if day.status == "pending"]
        log.info("backfill %s to %s: %s with documents, %d to run, %d already complete",
                 start, end, _days(len(plan)), len(todo), len(plan) - len(todo))

        def run(day: Day) -> Day:
            began = time.perf_counter()
            try:
                state = pipeline.with_options(flow_run_name=f"akhbar-day-{day.day.isoformat()}")(
                    # a day's subflow runs on this flow's threads: a backfill takes no Dask runner (AKHBAR_TASK_RUNNER)
                    **config.model_copy(update={"source": day.files, "task_runner": "thread"}).parameters(), days=[day.day],
                    force=force, hold_lock=False,
                    return_state=True,
                )
                if state.is_completed():
                    day.status, day.published = "completed", state.result().get("documents", 0)
                else:
                    day.status, day.error = "failed", state.message or state.name
            except Exception as exc:  # a day that cannot even start fails alone
                day.status, day.error = "failed", f"{type(exc).__name__}: {exc}"
            day.seconds = time.perf_counter() - began
            log.info("day %s: %s, %d document%s published in %.1f s", day.day, day.status, day.published,
                     "" if day.published == 1 else "s", day.seconds)
            return day

        with ThreadPoolExecutor(max_workers=max(1, concurrency), thread_name_prefix="akhbar-day") as pool:
            # Each day runs in its own copy of this flow's context, so it is this run's subflow.
            list(pool.map(lambda day: contextvars.copy_context().run(run, day), todo))
    return [day.summary() for day in plan]


def _days(count: int) -> str:
    """`1 day`, `3 days`."""
    return f"{count} day{'' if count == 1 else 's'}"
