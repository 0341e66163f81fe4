"""`documents`: one row per article: its clean Arabic text and where it came from."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Timestamp

COLUMNS = pa.schema(
    [
        ("doc_id", pa.string()),  # first 16 hex digits of SHA-256 over `text`
        ("source_uri", pa.string()),
        ("source_format", pa.string()),  # txt | html | trec | jsonl
        ("source_id", pa.string()),  # DOCNO or JSONL id, when the format has one
        ("url", pa.string()),
        ("title", pa.string()),
        ("published_at", pa.timestamp("us")),  # UTC
        ("text", pa.string()),  # clean Arabic; every offset in akhbar points into it
        ("language", pa.string()),
        ("partition_date", pa.date32()),  # publication date, else ingest date
        ("ingested_at", pa.timestamp("us")),
        ("near_duplicate_of", pa.string()),  # doc_id of an earlier document this one nearly repeats (small edits), else null
        ("lsh_bands", pa.list_(pa.int64())),  # MinHash LSH band keys of the word bigrams, for near-duplicate search
    ]
)


class Documents(pdm.DataFrameModel):
    """Validation rules for `documents`."""

    doc_id: Series[str] = pdm.Field(str_matches=r"^[0-9a-f]{16}$", unique=True)
    source_uri: Series[str] = pdm.Field(str_length={"min_value": 1})
    title: Series[str] = pdm.Field(nullable=True)
    published_at: Series[Timestamp] = pdm.Field(nullable=True)
    text: Series[str] = pdm.Field(str_length={"min_value": 1})
    language: Series[str] = pdm.Field(isin=["ar"])
    near_duplicate_of: Series[str] = pdm.Field(nullable=True, str_matches=r"^[0-9a-f]{16}$")

    class Config:
        strict = False  # extra columns are welcome in the contract


MODEL = Documents
