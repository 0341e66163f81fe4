"""Prefect tasks at the storage edge; retries sit here because only these do I/O."""

from __future__ import annotations

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.warehouse.store import Warehouse

# Children before their documents: a document in `documents` means all its rows are in,
# so a run killed half-way is finished by the next one instead of being skipped.
PUBLISH_ORDER = ("sentences", "translations", "entities", "quotes", "dates", "amounts", "documents", "rejects", "runs", "run_stages")


@task(name="skip-published", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def skip_published(root: str, documents: pa.Table) -> pa.Table:
    """Keep only documents the warehouse does not hold yet."""
    return Warehouse(root).unpublished("documents", documents)


@task(name="publish", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)
def publish_tables(root: str, tables: dict[str, pa.Table], run_id: str) -> dict[str, int]:
    """Write every table's new rows as Parquet partitions and refresh the DuckDB views."""
    warehouse = Warehouse(root)
    written = {name: warehouse.publish(name, tables[name], run_id) for name in PUBLISH_ORDER if name in tables}
    warehouse.refresh_views()
    return written
