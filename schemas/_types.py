"""Shared column helpers: documented Arrow fields, and pandera types matched to how `warehouse`/`validate` convert Arrow to pandas."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

# Nullable pandas dtypes keep Arrow's int32 and its nulls (plain numpy ints would turn
# a column with a null into float64 and fail the model for the wrong reason).
ARROW_TO_PANDAS = {pa.int32(): pd.Int32Dtype(), pa.int64(): pd.Int64Dtype(), pa.float64(): pd.Float64Dtype(), pa.bool_(): pd.BooleanDtype()}

Int32 = pd.Int32Dtype
Int64 = pd.Int64Dtype
Float64 = pd.Float64Dtype
Timestamp = pd.Timestamp


def column(name: str, type: pa.DataType, description: str) -> pa.Field:
    """A table's column with its meaning, kept in the field's metadata (and so in every Parquet file written with it).

    Arrow compares schemas and tables without metadata by default, so descriptions never make two schemas differ.
    """
    return pa.field(name, type, metadata={"description": description})


def description(field: pa.Field) -> str:
    """What a column means: the description `column` gave it ("" when it has none)."""
    return (field.metadata or {}).get(b"description", b"").decode("utf-8")


def span_matches(df: pd.DataFrame, column: str) -> pd.Series:
    """True where char_end - char_start is the length of the span's text."""
    return (df["char_end"] - df["char_start"]) == df[column].str.len()


def to_pandas(table: pa.Table) -> pd.DataFrame:
    """Arrow → pandas the way every model in `schemas` expects it."""
    return table.to_pandas(types_mapper=ARROW_TO_PANDAS.get, date_as_object=True)
