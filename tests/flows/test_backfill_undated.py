"""A document without a date keeps the day it was first published under, through backfills (issue 15, item 3).

Its `partition_date` is the day it was ingested. A later backfill must plan it, and rebuild it with
`--force`, on that day, not on the day the backfill runs: else a backfill of its day finds nothing,
and `--force` on today writes it a second time beside the first.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import duckdb
import pytest
from commands import akhbar_here, assert_clean_output
from conftest import SEEDS

pytestmark = pytest.mark.xdist_group("backfill-undated")

TABLES = ("documents", "sentences", "translations", "entities", "quotes")


def per_day(warehouse: Path) -> dict[str, dict[str, int]]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return {table: dict(con.execute(f"SELECT strftime(partition_date, '%Y-%m-%d'), count(*) FROM {table} GROUP BY 1").fetchall())
                for table in TABLES}


def test_an_undated_document_stays_on_its_day(tmp_path: Path, tiny_model: Path) -> None:
    source = tmp_path / "inbox"
    source.mkdir()
    shutil.copyfile(SEEDS / "astana-20170124.txt", source / "undated.txt")  # no date in its name or its text
    warehouse = tmp_path / "warehouse"
    env = {"AKHBAR_MODEL": str(tiny_model)}
    assert_clean_output(akhbar_here("run", "--source", str(source), "--warehouse", str(warehouse), env=env))
    today, yesterday = dt.date.today(), dt.date.today() - dt.timedelta(days=1)
    # as if that run had been yesterday's: every table's partition of today becomes yesterday's
    for folder in warehouse.glob(f"tables/*/partition_date={today}"):
        folder.rename(folder.with_name(f"partition_date={yesterday}"))
    before = per_day(warehouse)
    assert set(before["documents"]) == {str(yesterday)} and before["documents"][str(yesterday)] == 1

    def backfill(day: dt.date, *force: str):
        result = akhbar_here("backfill", "--source", str(source), "--warehouse", str(warehouse), "--start", str(day),
                             "--end", str(day), *force, env=env)
        assert_clean_output(result)
        assert not [line for line in result.logs if re.search(r"\b1 (days|documents)\b", line)], result.logs  # 1 day, 1 document
        return result.stdout

    assert backfill(yesterday).splitlines()[1].split()[:3] == [str(yesterday), "skipped", "1"]  # found on its day, done
    assert "no documents" in backfill(today, "--force")  # nothing of today's: the document is yesterday's
    assert per_day(warehouse) == before
    rebuilt = backfill(yesterday, "--force")
    assert rebuilt.splitlines()[1].split()[:4] == [str(yesterday), "completed", "1", "1"], rebuilt
    assert per_day(warehouse) == before  # rebuilt in place: not doubled, not moved
