"""`akhbar backfill` end to end: the real CLI (in this process), a real Prefect flow with one subflow per day, a tiny real model."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from commands import Finished, akhbar_here, assert_clean_output

from akhbar.tasks.evaluate import ntrex_documents

# One xdist worker runs the whole module (`make test` runs `pytest -n auto --dist loadgroup`): its expensive
# fixtures are built once.
pytestmark = pytest.mark.xdist_group("backfill")

DATA_TABLES = ("documents", "sentences", "translations", "entities", "quotes", "dates", "amounts")
DAYS = {"2019-01-01": range(0, 3), "2019-01-02": range(3, 6), "2019-01-03": range(6, 9)}


@pytest.fixture(scope="module")
def archive(corpora: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Nine NTREX articles published on three days: one JSONL file per day, the last day's as TREC XML."""
    folder = tmp_path_factory.mktemp("archive")
    docs = ntrex_documents(corpora)[:9]
    for day, indices in DAYS.items():
        if day == "2019-01-03":
            trec = "".join(f"<DOC><DOCNO>n{i}</DOCNO><DATE>{day}</DATE><TEXT>{chr(10).join(docs[i][1])}</TEXT></DOC>\n" for i in indices)
            (folder / f"{day}.xml").write_text(trec, encoding="utf-8")
        else:
            lines = [json.dumps({"id": f"n{i}", "published_at": f"{day}T08:00:00Z", "text": "\n".join(docs[i][1])}, ensure_ascii=False)
                     for i in indices]
            (folder / f"{day}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def table_counts(warehouse: Path) -> dict[str, dict[str, int]]:
    """Rows per table per partition_date, through the DuckDB views."""
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return {
            table: dict(con.execute(f"SELECT strftime(partition_date, '%Y-%m-%d'), count(*) FROM {table} GROUP BY 1").fetchall())
            for table in DATA_TABLES
        }


def data_files(warehouse: Path) -> set[str]:
    """The Parquet files of the data tables (the ledger's `runs` and `run_stages` only ever append)."""
    return {str(p.relative_to(warehouse)) for table in DATA_TABLES for p in warehouse.glob(f"tables/{table}/partition_date=*/*.parquet")}


def backfill(archive: Path, warehouse: Path, model: Path, *extra: str) -> Finished:
    return akhbar_here("backfill", "--source", str(archive), "--warehouse", str(warehouse), "--start", "2019-01-02",
                  "--end", "2019-01-03", *extra, env={"AKHBAR_MODEL": str(model)})


@pytest.fixture(scope="module")
def backfilled(archive: Path, tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """One warehouse backfilled, backfilled again, then rebuilt with --force on two days at once."""
    warehouse = tmp_path_factory.mktemp("backfill") / "warehouse"
    first = backfill(archive, warehouse, tiny_model)
    counts = [table_counts(warehouse)]
    files = [data_files(warehouse)]
    again = backfill(archive, warehouse, tiny_model)
    counts.append(table_counts(warehouse))
    forced = backfill(archive, warehouse, tiny_model, "--force", "--concurrency", "2")
    counts.append(table_counts(warehouse))
    files.append(data_files(warehouse))
    return warehouse, [first, again, forced], counts, files


def test_backfill_takes_exactly_the_days_in_range(backfilled) -> None:
    warehouse, (first, _, _), counts, _ = backfilled
    assert_clean_output(first)
    assert counts[0]["documents"] == {"2019-01-02": 3, "2019-01-03": 3}  # 2019-01-01 is outside the range
    for table in DATA_TABLES:
        assert set(counts[0][table]) <= {"2019-01-02", "2019-01-03"}, table
    assert {"2019-01-02", "2019-01-03"} <= set(counts[0]["sentences"])
    summary = [line.split()[:3] for line in first.stdout.splitlines() if line.startswith("2019-")]
    assert summary == [["2019-01-02", "completed", "3"], ["2019-01-03", "completed", "3"]]


def test_each_day_is_a_subflow_run_with_its_ledger_row(backfilled) -> None:
    warehouse = backfilled[0]
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        runs = con.execute("SELECT status, documents FROM runs ORDER BY started_at").fetchall()
    assert runs[:2] == [("completed", 3), ("completed", 3)]  # the first backfill's two days


def test_a_second_backfill_skips_complete_days_and_changes_nothing(backfilled) -> None:
    _, (_, again, _), counts, _ = backfilled
    assert_clean_output(again)
    assert counts[1] == counts[0]
    assert [line.split()[:2] for line in again.stdout.splitlines() if line.startswith("2019-")] == [
        ["2019-01-02", "skipped"], ["2019-01-03", "skipped"]]


def test_force_rebuilds_the_same_rows_in_new_partitions(backfilled) -> None:
    warehouse, (_, _, forced), counts, files = backfilled
    assert_clean_output(forced)
    assert counts[2] == counts[0]
    assert files[0] and files[1] and files[0].isdisjoint(files[1])  # every data partition was written anew
    for path in warehouse.glob("tables/**/*.parquet"):
        pq.read_table(path)  # every file readable
    assert not list(warehouse.glob("tables/*/.partition_date=*"))  # no staging left behind


def test_a_failed_day_does_not_stop_the_others(archive: Path, tiny_model: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse"
    # A broken partition: a file where the day's directory of sentences should be.
    (warehouse / "tables" / "sentences").mkdir(parents=True)
    (warehouse / "tables" / "sentences" / "partition_date=2019-01-02").write_text("not a directory")
    result = backfill(archive, warehouse, tiny_model)
    assert result.returncode == 1, result.stdout + result.stderr
    status = {line.split()[0]: line.split()[1] for line in result.stdout.splitlines() if line.startswith("2019-")}
    assert status == {"2019-01-02": "failed", "2019-01-03": "completed"}
    assert "1 of 2 days failed: 2019-01-02" in result.stderr
    assert table_counts(warehouse)["documents"] == {"2019-01-03": 3}
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        failed = con.execute("SELECT count(*) FROM runs WHERE status = 'failed' AND error IS NOT NULL").fetchone()[0]
    assert failed == 1  # the failed day is in the ledger, with its error


def test_bad_dates_are_usage_errors(tmp_path: Path) -> None:
    result = akhbar_here("backfill", "--source", str(tmp_path), "--start", "2019-01-05", "--end", "2019-01-01")
    assert result.returncode == 2 and "after --end" in result.stderr
    result = akhbar_here("backfill", "--source", str(tmp_path), "--start", "2019-13-01", "--end", "2019-01-01")
    assert result.returncode == 2 and "not a date" in result.stderr
