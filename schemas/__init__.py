"""One module per table: its Arrow columns (what the stage produces) and its pandera model.

A published table is its module's `COLUMNS` plus `run_id`; `partition_date` lives in the
Hive path (`partition_date=YYYY-MM-DD/`) of every table, so readers get it as a column.
Every column carries its meaning in its field metadata (`_types.column`), and each module
its table's in `DESCRIPTION`: `akhbar.warehouse.dictionary` makes `docs/tables.md` of them.
"""

from __future__ import annotations

from types import ModuleType

import pyarrow as pa

from akhbar.schemas import (
    amounts,
    dates,
    documents,
    entities,
    feeds,
    manifest,
    pages,
    quotes,
    rejects,
    run_stages,
    runs,
    sentences,
    translations,
)
from akhbar.schemas._types import column

# The column every data table gains when published (`runs` and `run_stages` have their own).
RUN_ID = column("run_id", pa.string(), "the run that published the row (`runs.run_id`)")

TABLES: dict[str, ModuleType] = {
    module.__name__.rsplit(".", 1)[-1]: module
    for module in (documents, sentences, translations, entities, quotes, dates, amounts, rejects, runs, run_stages, manifest, pages, feeds)
}


def published_schema(table: str) -> pa.Schema:
    """Columns as stored in Parquet: the stage's columns, `run_id`, minus the partition key."""
    columns = TABLES[table].COLUMNS
    if "run_id" not in columns.names:
        columns = columns.append(RUN_ID)
    return columns.remove(columns.get_field_index("partition_date"))
