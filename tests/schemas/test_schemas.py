"""Each table's pandera model and Arrow columns stay in step, and the contract's columns exist."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pyarrow as pa
import pytest

from akhbar.schemas import TABLES, published_schema

# The public data contract (DESIGN.md): analysts' SQL depends on these names.
CONTRACT = {
    "documents": {"doc_id", "source_uri", "title", "published_at", "text", "language", "partition_date", "run_id"},
    "sentences": {"doc_id", "sentence_id", "text", "char_start", "char_end"},
    "translations": {"doc_id", "sentence_id", "text_en", "model", "backend"},
    "entities": {"doc_id", "sentence_id", "text", "label", "char_start", "char_end", "canonical"},
    "quotes": {"doc_id", "sentence_id", "quote", "speaker", "kind", "char_start", "char_end"},
    "rejects": {"source_uri", "doc_id", "stage", "reason", "run_id"},
    "runs": {"run_id", "started_at", "finished_at", "status"},
    "run_stages": {"run_id", "stage", "rows_in", "rows_out", "seconds"},
}


# The pandas dtype each Arrow type becomes for validation (`to_pandas(types_mapper=pd.ArrowDtype)` for strings,
# nullable integers and floats, nanosecond datetimes): a model column must declare the one its Arrow column gives.
PANDAS_OF_ARROW = {pa.string(): "string[pyarrow]", pa.int32(): "Int32", pa.int64(): "Int64", pa.float64(): "Float64",
                   pa.timestamp("us"): "datetime64[ns]"}
# Types the data contract fixes (DESIGN.md), beyond the names.
CONTRACT_TYPES = {
    ("documents", "published_at"): pa.timestamp("us"), ("documents", "partition_date"): pa.date32(),
    ("sentences", "sentence_id"): pa.int32(), ("sentences", "char_start"): pa.int32(), ("sentences", "char_end"): pa.int32(),
    ("entities", "char_start"): pa.int32(), ("entities", "char_end"): pa.int32(),
    ("quotes", "char_start"): pa.int32(), ("quotes", "char_end"): pa.int32(),
    ("runs", "started_at"): pa.timestamp("us"), ("runs", "finished_at"): pa.timestamp("us"),
}


@pytest.mark.parametrize("table", sorted(TABLES))
def test_model_columns_are_arrow_columns_of_the_same_type(table: str) -> None:
    module = TABLES[table]
    model = module.MODEL.to_schema().columns
    assert set(model) <= set(module.COLUMNS.names)
    wrong = {name: (str(column.dtype), str(module.COLUMNS.field(name).type)) for name, column in model.items()
             if PANDAS_OF_ARROW.get(module.COLUMNS.field(name).type) != str(column.dtype)}
    assert wrong == {}


@pytest.mark.parametrize(("table", "name"), sorted(CONTRACT_TYPES))
def test_contract_columns_have_their_types(table: str, name: str) -> None:
    assert TABLES[table].COLUMNS.field(name).type == CONTRACT_TYPES[(table, name)]


def test_a_row_of_the_wrong_type_fails_its_model() -> None:
    """The models check types, not only names: an offset given as text is refused."""
    import pandera.errors

    module = TABLES["sentences"]
    good = {"doc_id": ["d"], "sentence_id": [0], "text": ["جملة."], "char_start": [0], "char_end": [5], "partition_date": [dt.date(2017, 1, 24)]}
    frame = pa.table(good, schema=module.COLUMNS).to_pandas(types_mapper=pd.ArrowDtype)
    frame = frame.astype({"sentence_id": "Int32", "char_start": "Int32", "char_end": "Int32", "doc_id": "string[pyarrow]",
                          "text": "string[pyarrow]"})
    module.MODEL.validate(frame)
    with pytest.raises(pandera.errors.SchemaError):
        module.MODEL.validate(frame.astype({"char_start": "string[pyarrow]"}))


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_contract_columns_are_published(table: str) -> None:
    published = set(published_schema(table).names) | {"partition_date"}  # the partition key is in the path
    assert CONTRACT[table] <= published
    assert "partition_date" in TABLES[table].COLUMNS.names
