"""Prefect tasks at the storage edge; retries sit here because only these do I/O."""

from __future__ import annotations

import datetime as dt
import threading

import pyarrow as pa
import pyarrow.compute as pc
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.schemas.rejects import REJECT_COLUMNS
from akhbar.warehouse.store import Warehouse

# Children, and the rejects of their rows, before their documents: a document in `documents`
# means all its rows are in, so a run killed half-way is finished by the next one instead of
# being skipped. (The next run skips published documents, so it could not remake a row's reject.)
# The manifest last: a source file is recorded as read only once all it gave is published; so are a feed's pages
# (then fetched no more) and the feed's new version (whose validators make the next request conditional).
PUBLISH_ORDER = ("sentences", "translations", "entities", "quotes", "dates", "amounts", "rejects", "documents", "manifest", "pages",
                 "feeds", "runs", "run_stages")


@task(name="skip-published", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def skip_published(warehouse: Warehouse, documents: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Keep only documents the warehouse does not hold yet; return them and the rejects of the others.

    A document published from the same source is skipped quietly (a re-run); one published from
    another source is a reject, `duplicate_of:<doc_id>`.
    """
    new = warehouse.unpublished("documents", documents)
    held = documents.filter(pc.invert(pc.is_in(documents["doc_id"], new["doc_id"])))
    published = warehouse.read_published("documents", ["doc_id", "source_uri"], held["doc_id"].to_pylist())
    sources = dict(zip(published["doc_id"].to_pylist(), published["source_uri"].to_pylist()))
    rejects = [
        {"source_uri": uri, "doc_id": doc_id, "stage": "clean", "reason": f"duplicate_of:{doc_id}"}
        for doc_id, uri in zip(held["doc_id"].to_pylist(), held["source_uri"].to_pylist())
        if sources.get(doc_id, uri) != uri
    ]
    return new, pa.Table.from_pylist(rejects, schema=REJECT_COLUMNS)


@task(name="published-days", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def keep_published_days(warehouse: Warehouse, documents: pa.Table) -> pa.Table:
    """Documents with the `partition_date` they were published under, for those the warehouse holds.

    A document without a date takes the day it is ingested: read again later (a backfill, a
    rebuild), it would move to that day. Its day is the one it was first published under, so a
    backfill plans it there and `--force` rebuilds it in place, never in a second partition.
    """
    if documents.num_rows == 0 or not warehouse.files("documents"):
        return documents
    published = warehouse.read_published("documents", ["doc_id", "partition_date"], documents["doc_id"].to_pylist())
    if published.num_rows == 0:
        return documents
    days = dict(zip(published["doc_id"].to_pylist(), published["partition_date"].to_pylist()))
    kept = [days.get(doc_id, day) for doc_id, day in zip(documents["doc_id"].to_pylist(), documents["partition_date"].to_pylist())]
    column = documents.schema.get_field_index("partition_date")
    return documents.set_column(column, documents.schema.field(column), pa.array(kept, pa.date32()))


# A rebuild (`--force`) replaces these tables' partitions of its days; the rest keep appending.
REBUILT = ("sentences", "translations", "entities", "quotes", "dates", "amounts", "documents")
# Days of a backfill may run in threads of one process: their writes to the views take turns.
_PUBLISHING = threading.Lock()


@task(name="publish", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def publish_tables(warehouse: Warehouse, tables: dict[str, pa.Table], run_id: str, replace_days: list[dt.date] | None = None) -> dict[str, int]:
    """Write every table's new rows as Parquet partitions and refresh the DuckDB views.

    With `replace_days`, the data tables' partitions of those days are rebuilt from `tables`
    instead (each swapped in at once); rejects and the ledger append as always.
    """
    with _PUBLISHING:
        written = {
            name: warehouse.replace_days(name, tables[name], replace_days, run_id) if replace_days is not None and name in REBUILT
            else warehouse.publish(name, tables[name], run_id)
            for name in PUBLISH_ORDER
            if name in tables
        }
        warehouse.refresh_views()
    return written
