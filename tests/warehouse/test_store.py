"""The warehouse: partitioned Parquet, idempotent publishing, views, read-only queries, the run lock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from akhbar.schemas import TABLES, published_schema, sentences
from akhbar.warehouse import Warehouse, WarehouseLocked, WarehouseMissing


def _sentences(doc_id: str, day: dt.date, n: int = 2) -> pa.Table:
    rows = [{"doc_id": doc_id, "sentence_id": i, "text": "جملة.", "char_start": 6 * i, "char_end": 6 * i + 5, "partition_date": day} for i in range(n)]
    return pa.Table.from_pylist(rows, schema=sentences.COLUMNS)


def test_publish_partitions_by_date_and_never_twice(tmp_path: Path) -> None:
    store = Warehouse(tmp_path)
    rows = pa.concat_tables([_sentences("a" * 16, dt.date(2017, 1, 23)), _sentences("b" * 16, dt.date(2017, 1, 24), 3)])
    assert store.publish("sentences", rows, "run-1") == 5
    assert store.publish("sentences", rows, "run-2") == 0
    files = store.files("sentences")
    assert [f.parent.name for f in files] == ["partition_date=2017-01-23", "partition_date=2017-01-24"]
    assert not list(tmp_path.rglob("*.tmp"))
    assert pq.read_schema(files[0]).names == published_schema("sentences").names


def test_views_answer_sql_and_exist_before_any_data(tmp_path: Path) -> None:
    store = Warehouse(tmp_path)
    store.refresh_views()
    for table in TABLES:
        assert store.query(f"SELECT count(*) FROM {table}")[1] == [(0,)]
    store.publish("sentences", _sentences("a" * 16, dt.date(2017, 1, 23)), "run-1")
    store.refresh_views()
    columns, rows = store.query("SELECT partition_date, count(*), min(run_id) FROM sentences GROUP BY ALL")
    assert columns == ["partition_date", "count_star()", "min(run_id)"]
    assert rows == [(dt.date(2017, 1, 23), 2, "run-1")]


def test_query_is_read_only(tmp_path: Path) -> None:
    store = Warehouse(tmp_path)
    store.refresh_views()
    with pytest.raises(duckdb.Error, match="read-only"):
        store.query("CREATE TABLE t AS SELECT 1")


def test_query_without_warehouse_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(WarehouseMissing, match="akhbar run"):
        Warehouse(tmp_path / "nowhere").query("SELECT 1")


def test_a_second_run_cannot_take_the_lock(tmp_path: Path) -> None:
    with Warehouse(tmp_path).lock():
        with pytest.raises(WarehouseLocked, match="in use"):
            with Warehouse(tmp_path).lock():
                pass
    with Warehouse(tmp_path).lock():  # released after the run
        pass


def test_a_reader_holding_the_database_does_not_block_publishing(tmp_path: Path) -> None:
    import subprocess
    import sys

    store = Warehouse(tmp_path)
    store.publish("sentences", _sentences("a" * 16, dt.date(2017, 1, 23)), "run-1")
    store.refresh_views()
    holder = "import duckdb, sys, time; con = duckdb.connect(sys.argv[1], read_only=True); print('open', flush=True); time.sleep(60)"
    reader = subprocess.Popen([sys.executable, "-c", holder, str(store.db_path)], stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline().strip() == "open"
        store.publish("sentences", _sentences("b" * 16, dt.date(2017, 1, 24)), "run-2")
        store.refresh_views()  # nothing to change: the glob already covers the new partition
    finally:
        reader.kill()
        reader.wait()
    assert store.query("SELECT count(*) FROM sentences")[1] == [(4,)]


def test_replace_days_rebuilds_whole_partitions(tmp_path: Path) -> None:
    store = Warehouse(tmp_path)
    day, other = dt.date(2019, 1, 2), dt.date(2019, 1, 3)
    store.publish("sentences", pa.concat_tables([_sentences("a", day, 3), _sentences("b", other)]), "run1")
    stale = tmp_path / "tables" / "sentences" / ".partition_date=2019-01-02.run0"
    stale.mkdir()  # staging left by a rebuild killed half-way
    assert store.replace_days("sentences", _sentences("c", day, 1), [day], "run2") == 1
    store.refresh_views()
    with duckdb.connect(str(store.db_path), read_only=True) as con:
        rows = con.execute("SELECT doc_id, partition_date, run_id FROM sentences ORDER BY doc_id").fetchall()
    assert rows == [("b", other, "run1"), ("b", other, "run1"), ("c", day, "run2")]  # the other day untouched
    assert not list((tmp_path / "tables" / "sentences").glob(".partition_date=*"))
    store.replace_days("sentences", _sentences("c", day, 0), [day], "run3")  # a day rebuilt empty is gone
    assert not (tmp_path / "tables" / "sentences" / "partition_date=2019-01-02").exists()
    assert (tmp_path / "tables" / "sentences" / "partition_date=2019-01-03").is_dir()


def test_a_run_with_nothing_new_reads_no_published_key_or_index(tmp_path: Path) -> None:
    Warehouse(tmp_path).publish("sentences", _sentences("a" * 16, dt.date(2017, 1, 24)), "run-1")
    store = Warehouse(tmp_path)  # the next run's
    nothing = _sentences("b" * 16, dt.date(2017, 1, 24)).slice(0, 0)
    assert store.unpublished("sentences", nothing).num_rows == 0
    assert store.read_published("documents", ["doc_id", "source_uri"], []).num_rows == 0
    assert store.sharing_bands(pa.table({"doc_id": pa.array([], pa.string()), "band": pa.array([], pa.int64())})).num_rows == 0
    assert store._keys == {} and store._index is None  # a no-op over 10,000 articles spent 5 s reading them
    assert store.unpublished("sentences", _sentences("a" * 16, dt.date(2017, 1, 24))).num_rows == 0  # with rows, they are read


def test_rejects_are_published_once_by_their_three_keys_a_null_included(tmp_path: Path) -> None:
    from akhbar.schemas import rejects

    def table(*rows: tuple) -> pa.Table:
        return pa.Table.from_pylist([{"source_uri": uri, "doc_id": None, "stage": stage, "reason": reason, "run_id": "r",
                                      "partition_date": dt.date(2017, 1, 24)} for uri, stage, reason in rows], schema=rejects.COLUMNS)

    store = Warehouse(tmp_path)
    first = table(("file:///a.txt", "ingest", "empty"), ("file:///b.txt", "clean", None))
    assert store.publish("rejects", first, "run-1") == 2
    # the same three keys, in this run and the next (its keys read from the files); the same file with another reason, or
    # with none, is new
    again = table(("file:///a.txt", "ingest", "empty"), ("file:///b.txt", "clean", None), ("file:///a.txt", "ingest", "too_large"),
                  ("file:///a.txt", "ingest", None))
    assert [r["reason"] for r in store.unpublished("rejects", again).to_pylist()] == ["too_large", None]
    assert [r["reason"] for r in Warehouse(tmp_path).unpublished("rejects", again).to_pylist()] == ["too_large", None]


def test_a_manifest_from_before_the_chunk_columns_reads_as_an_empty_chunk(tmp_path: Path) -> None:
    day = tmp_path / "tables" / "manifest" / "partition_date=2026-01-02"
    day.mkdir(parents=True)
    old = pa.table({"source_uri": ["file:///a.txt"], "size": [10], "mtime_ns": [5], "sha256": [None], "documents": [3], "rejects": [0],
                    "read_at": pa.array([dt.datetime(2026, 1, 2)], pa.timestamp("us"))})
    pq.write_table(old, day / "old.parquet")
    assert Warehouse(tmp_path).manifest() == {"file:///a.txt": (10, 5, 0, 0)}
    newer = old.append_column("chunk_articles", pa.array([2], pa.int64())).append_column("chunk_characters", pa.array([900], pa.int64()))
    newer = newer.set_column(6, "read_at", pa.array([dt.datetime(2026, 1, 3)], pa.timestamp("us")))
    pq.write_table(newer, day / "new.parquet")
    assert Warehouse(tmp_path).manifest() == {"file:///a.txt": (10, 5, 2, 900)}  # the latest row counts
