"""Validate: bad rows are quarantined with a reason and never block the rest."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pytest

from akhbar.schemas import entities, quotes, sentences, translations
from akhbar.tasks.validate import gather_rejects, validate_tables

ROOT = Path(__file__).resolve().parents[2]
DAY = dt.date(2017, 1, 24)
TEXT = "قال الوزير إن العمل مستمر. وزار موسكو."


def _documents(*doc_ids: str) -> pa.Table:
    n = len(doc_ids)
    return pa.table(
        {
            "doc_id": list(doc_ids),
            "source_uri": [f"file:///in/{d}.txt" for d in doc_ids],
            "title": pa.nulls(n, pa.string()),
            "published_at": pa.nulls(n, pa.timestamp("us")),
            "text": [TEXT] * n,
            "language": ["ar"] * n,
            "near_duplicate_of": pa.nulls(n, pa.string()),
            "partition_date": pa.array([DAY] * n, pa.date32()),
        }
    )


def _tables(doc_ids: tuple[str, ...] = ("0123456789abcdef",), sentence_rows: list[dict] | None = None) -> dict[str, pa.Table]:
    doc = doc_ids[0]
    sentence_rows = sentence_rows or [
        {"doc_id": doc, "sentence_id": 0, "text": "قال الوزير إن العمل مستمر.", "char_start": 0, "char_end": 26, "partition_date": DAY},
        {"doc_id": doc, "sentence_id": 1, "text": "وزار موسكو.", "char_start": 27, "char_end": 38, "partition_date": DAY},
    ]
    return {
        "documents": _documents(*doc_ids),
        "sentences": pa.Table.from_pylist(sentence_rows, schema=sentences.COLUMNS),
        "translations": pa.Table.from_pylist(
            [{"doc_id": doc, "sentence_id": 0, "text_en": "x", "model": "m@r", "backend": "transformers", "partition_date": DAY}],
            schema=translations.COLUMNS,
        ),
        "entities": pa.Table.from_pylist(
            [{"doc_id": doc, "sentence_id": 1, "text": "موسكو", "label": "LOC", "char_start": 32, "char_end": 37,
              "canonical": "موسكو", "source": "gazetteer", "country_code": None, "partition_date": DAY}],
            schema=entities.COLUMNS,
        ),
        "quotes": pa.Table.from_pylist([], schema=quotes.COLUMNS),
    }


def test_valid_tables_pass_unchanged() -> None:
    tables = _tables()
    valid, rejects = validate_tables.fn(tables)
    assert rejects.num_rows == 0
    assert {name: t.num_rows for name, t in valid.items()} == {name: t.num_rows for name, t in tables.items()}


def test_bad_label_is_quarantined_with_reason() -> None:
    tables = _tables()
    tables["entities"] = tables["entities"].set_column(3, "label", pa.array(["CITY"]))
    valid, rejects = validate_tables.fn(tables)
    assert valid["entities"].num_rows == 0 and valid["sentences"].num_rows == 2
    assert rejects["stage"].to_pylist() == ["validate"]
    assert "entities.label" in rejects["reason"][0].as_py()
    assert rejects["source_uri"][0].as_py() == "file:///in/0123456789abcdef.txt"


def test_offsets_that_do_not_slice_back_are_rejected() -> None:
    doc = "0123456789abcdef"
    rows = [{"doc_id": doc, "sentence_id": 0, "text": "وزار موسكو.", "char_start": 26, "char_end": 37, "partition_date": DAY}]
    valid, rejects = validate_tables.fn(_tables(sentence_rows=rows))
    assert valid["sentences"].num_rows == 0
    assert "is not documents.text[26:37]" in rejects["reason"][0].as_py()


def test_a_rejected_document_takes_its_rows_with_it() -> None:
    tables = _tables(doc_ids=("not-a-hash",))
    valid, rejects = validate_tables.fn(tables)
    assert all(t.num_rows == 0 for t in valid.values())
    assert rejects.num_rows == 1 and "documents.doc_id" in rejects["reason"][0].as_py()


def test_gather_rejects_files_them_under_the_run_date() -> None:
    part = pa.table({"source_uri": ["file:///x.pdf"], "doc_id": pa.nulls(1, pa.string()), "stage": ["ingest"], "reason": ["unsupported_format: .pdf"]})
    rows = gather_rejects.fn([part, part.slice(0, 0)], DAY)
    assert rows.to_pylist() == [{**part.to_pylist()[0], "partition_date": DAY}]
    with pytest.raises(ValueError, match="invalid rejects"):
        gather_rejects.fn([part.set_column(3, "reason", pa.array([""]))], DAY)


def test_validating_pandas_tables_imports_no_dask() -> None:
    """pandera's first schema asked for every installed DataFrame library's index type, importing Dask and SciPy into
    every run; a fresh process validates a bad row as before, without them, and can still import Dask after."""
    script = (
        "import sys\n"
        "from tests.tasks.test_validate import _tables\n"
        "import pyarrow as pa\n"
        "from akhbar.tasks.validate import validate_tables\n"
        "tables = _tables()\n"
        "tables['entities'] = tables['entities'].set_column(3, 'label', pa.array(['CITY']))\n"
        "valid, rejects = validate_tables.fn(tables)\n"
        "print(valid['entities'].num_rows, rejects.num_rows, 'dask.dataframe' in sys.modules, 'scipy' in sys.modules)\n"
        "import dask.dataframe\n"
        "print('dask', dask.dataframe.DataFrame.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd=ROOT).stdout.split("\n")
    assert out[:2] == ["0 1 False False", "dask DataFrame"]
