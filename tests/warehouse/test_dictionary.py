"""The data dictionary: every column of every table and view is documented, and docs/tables.md is up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.schemas import TABLES, published_schema
from akhbar.schemas._types import description
from akhbar.warehouse import DUCKDB_TYPES
from akhbar.warehouse.dictionary import ENGINE_TYPES, duckdb_types, markdown, table_schema
from akhbar.warehouse.views import VIEWS

DOCS = Path(__file__).parents[2] / "docs" / "tables.md"


@pytest.fixture(scope="module")
def types() -> dict[str, dict[str, str]]:
    return duckdb_types()


@pytest.mark.parametrize("table", list(TABLES))
def test_every_published_column_has_a_description(table: str) -> None:
    schema = table_schema(table)
    assert schema.names == [*published_schema(table).names, "partition_date"]
    assert {"run_id", "partition_date"} <= set(schema.names)
    undocumented = [field.name for field in schema if not description(field).strip()]
    assert not undocumented, f"{table}: describe {undocumented} in schemas/{table}.py (column(name, type, description))"
    assert TABLES[table].DESCRIPTION.strip()


@pytest.mark.parametrize("table", list(TABLES))
def test_every_column_type_is_known_to_every_reader(table: str) -> None:
    for field in table_schema(table):
        assert field.type in DUCKDB_TYPES and field.type in ENGINE_TYPES, f"{table}.{field.name}: {field.type}"


@pytest.mark.parametrize("name", list(VIEWS))
def test_view_columns_are_the_documented_ones(name: str, types: dict[str, dict[str, str]]) -> None:
    in_duckdb, documented = set(types[name]), set(VIEWS[name].columns)
    assert in_duckdb - documented == set(), f"{name}: columns without a meaning in VIEWS[{name!r}].columns"
    assert documented - in_duckdb == set(), f"{name}: VIEWS[{name!r}].columns documents columns the view does not have"
    assert all(meaning.strip() for meaning in VIEWS[name].columns.values())
    assert VIEWS[name].description.strip()


def test_docs_tables_md_is_up_to_date() -> None:
    assert DOCS.exists(), "docs/tables.md is missing: run `make docs`"
    assert DOCS.read_text(encoding="utf-8") == markdown(), "docs/tables.md is out of date: run `make docs`"


def test_docs_name_every_table_and_view_and_their_columns(types: dict[str, dict[str, str]]) -> None:
    text = DOCS.read_text(encoding="utf-8")
    for name in [*TABLES, *VIEWS]:
        assert f"\n### {name}\n" in text, name
        for column, type in types[name].items():
            assert f"| `{column}` | {type} |" in text, f"{name}.{column}"


def test_the_documented_types_are_the_ones_an_empty_warehouse_has(tmp_path: Path, types: dict[str, dict[str, str]]) -> None:
    from akhbar.warehouse import Warehouse

    store = Warehouse(tmp_path)
    store.refresh_views()
    for name in [*TABLES, *VIEWS]:
        assert dict(store.query(f"SELECT column_name, column_type FROM (DESCRIBE {name})")[1]) == types[name], name
