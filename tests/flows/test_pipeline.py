"""The pipeline flow's own pieces: document batches, and the checks it makes before any work."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pyarrow as pa
import pytest
from conftest import SEEDS

from akhbar.flows.pipeline import pipeline
from akhbar.schemas import sentences
from akhbar.tasks.parallel import document_batches

DAY = dt.date(2017, 1, 24)


def _sentences(doc_sizes: list[int]) -> pa.Table:
    rows = [{"doc_id": f"doc{d}", "sentence_id": i, "text": "جملة.", "char_start": 6 * i, "char_end": 6 * i + 5, "partition_date": DAY}
            for d, size in enumerate(doc_sizes) for i in range(size)]
    return pa.Table.from_pylist(rows, schema=sentences.COLUMNS)


@pytest.mark.parametrize("n", [1, 2, 3, 4, 10])
def test_batches_keep_documents_whole_and_every_row_once(n: int) -> None:
    table = _sentences([5, 1, 7, 3, 3, 2])
    parts = document_batches(table, n)
    assert 1 <= len(parts) <= n
    assert pa.concat_tables(parts).equals(table)  # every row, in order
    owners = Counter(doc for part in parts for doc in set(part["doc_id"].to_pylist()))
    assert set(owners.values()) == {1}  # no document in two batches


def test_batches_are_about_equal() -> None:
    parts = document_batches(_sentences([4] * 12), 3)
    assert [part.num_rows for part in parts] == [16, 16, 16]
    assert document_batches(_sentences([]), 4)[0].num_rows == 0


def test_a_dask_configuration_is_refused_on_another_runner(tmp_path: Path, tiny_model: Path) -> None:
    state = pipeline(source=str(SEEDS), warehouse=str(tmp_path / "wh"), model=str(tiny_model), task_runner="dask", return_state=True)
    assert state.is_failed() and "akhbar run --task-runner dask" in state.message
    assert not (tmp_path / "wh").exists()  # refused before anything was written


def test_force_needs_days(tmp_path: Path, tiny_model: Path) -> None:
    state = pipeline(source=str(SEEDS), warehouse=str(tmp_path / "wh"), model=str(tiny_model), force=True, return_state=True)
    assert state.is_failed() and "give `days`" in state.message
