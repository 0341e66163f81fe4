"""The run ledger: each stage timed and counted, rejects by reason, the `runs` and `run_stages` rows and the summary."""

from __future__ import annotations

import pyarrow as pa
import pytest

from akhbar.flows.ledger import Ledger
from akhbar.schemas import run_stages, runs


def test_the_ledger_times_every_stage_even_a_failed_one() -> None:
    ledger = Ledger("run-1", ["/in"], "model", "ctranslate2", {"num_beams": 4})
    with ledger.stage("ingest", rows_in=2) as stage:
        stage.rows_out = 5
    with pytest.raises(RuntimeError), ledger.stage("clean", rows_in=5):
        raise RuntimeError("disk full")
    assert [(s.name, s.rows_in, s.rows_out) for s in ledger.stages] == [("ingest", 2, 5), ("clean", 5, 0)]
    assert all(s.seconds >= 0 for s in ledger.stages)


def test_the_ledger_counts_rejects_by_reason_and_writes_its_tables() -> None:
    ledger = Ledger("run-1", ["/in"], "model", "ctranslate2", {"num_beams": 4})
    ledger.count_rejects(pa.table({"reason": ["duplicate_of:abc", "duplicate_of:def", "too_large: 12 bytes", "empty: no text"]}))
    assert ledger.rejects_by_reason == {"duplicate_of": 2, "too_large": 1, "empty": 1}
    ledger.error = "OSError: disk full"
    with ledger.stage("ingest", rows_in=1):
        pass
    tables = ledger.tables("failed", documents=0, rejects=4)
    assert tables["runs"].schema == runs.COLUMNS and tables["run_stages"].schema == run_stages.COLUMNS
    row = tables["runs"].to_pylist()[0]
    assert (row["status"], row["rejects"], row["error"]) == ("failed", 4, "OSError: disk full")
    assert row["finished_at"] >= row["started_at"] and row["decoding"] == '{"num_beams": 4}'
    page = ledger.markdown("failed", {})
    assert "**Error:** `OSError: disk full`" in page and "| ingest | 1 | 0 |" in page and "duplicate_of 2" in page
