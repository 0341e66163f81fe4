"""A warehouse folder moved or copied elsewhere reads its own Parquet (issue 15, item 2).

The views file holds each table's view as a `read_parquet` of an absolute glob; a copy of the
folder would read the original's files, and a moved one none. Opening a warehouse whose views
point elsewhere rebuilds them for where it is now.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import duckdb
import pyarrow as pa
from commands import akhbar_here

from akhbar.schemas import TABLES
from akhbar.warehouse import Warehouse


def _documents(doc_ids: list[str]) -> pa.Table:
    schema = TABLES["documents"].COLUMNS
    values = {
        "doc_id": doc_ids, "source_uri": [f"file:///in/{d}.txt" for d in doc_ids], "text": ["نص"] * len(doc_ids),
        "language": ["ar"] * len(doc_ids), "partition_date": [dt.date(2017, 1, 24)] * len(doc_ids),
    }
    return pa.table({f.name: pa.array(values.get(f.name, [None] * len(doc_ids)), f.type) for f in schema}, schema=schema)


def _ids(root: Path) -> list[str]:
    result = akhbar_here("sql", "SELECT doc_id FROM documents ORDER BY doc_id", "--warehouse", str(root), "--format", "tsv")
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()[1:]


def test_a_moved_and_a_copied_warehouse_each_read_their_own_rows(tmp_path: Path) -> None:
    data = tmp_path / "data"
    store = Warehouse(data)
    store.publish("documents", _documents(["aaaaaaaaaaaaaaaa"]), "run-1")
    store.refresh_views()
    shutil.copytree(data, tmp_path / "data3")  # cp -r data data3
    Warehouse(tmp_path / "data3").publish("documents", _documents(["cccccccccccccccc"]), "run-3")
    data.rename(tmp_path / "data2")  # mv data data2
    assert _ids(tmp_path / "data2") == ["aaaaaaaaaaaaaaaa"]
    assert _ids(tmp_path / "data3") == ["aaaaaaaaaaaaaaaa", "cccccccccccccccc"]
    # once opened where it is, any DuckDB client reads the folder's own files too
    with duckdb.connect(str(tmp_path / "data3" / "akhbar.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
        sql = con.execute("SELECT sql FROM duckdb_views() WHERE view_name = 'documents'").fetchone()[0]
    assert str(tmp_path / "data3" / "tables") in sql


def test_a_run_on_a_moved_warehouse_publishes_where_it_is(tmp_path: Path) -> None:
    """`refresh_views` (every run's publish) also rebuilds views that point at a former place."""
    store = Warehouse(tmp_path / "data")
    store.publish("documents", _documents(["aaaaaaaaaaaaaaaa"]), "run-1")
    store.refresh_views()
    (tmp_path / "data").rename(tmp_path / "data2")
    moved = Warehouse(tmp_path / "data2")
    moved.publish("documents", _documents(["bbbbbbbbbbbbbbbb"]), "run-2")
    moved.refresh_views()
    with duckdb.connect(str(moved.db_path), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 2
