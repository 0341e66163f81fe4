"""Each table's pandera model and Arrow columns stay in step, and the contract's columns exist."""

from __future__ import annotations

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


@pytest.mark.parametrize("table", sorted(TABLES))
def test_model_columns_are_arrow_columns(table: str) -> None:
    module = TABLES[table]
    assert set(module.MODEL.to_schema().columns) <= set(module.COLUMNS.names)


@pytest.mark.parametrize("table", sorted(CONTRACT))
def test_contract_columns_are_published(table: str) -> None:
    published = set(published_schema(table).names) | {"partition_date"}  # the partition key is in the path
    assert CONTRACT[table] <= published
    assert "partition_date" in TABLES[table].COLUMNS.names
