"""`documents`: one row per article: its clean Arabic text and where it came from."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Timestamp, column

DESCRIPTION = (
    "One row per article: its clean Arabic text and where it came from. Every input (file, TREC `<DOC>`, JSONL line) "
    "ends up here or in `rejects`; an exact repeat of a published text is a reject, a near-repeat is kept and flagged."
)

COLUMNS = pa.schema(
    [
        column(
            "doc_id",
            pa.string(),
            "the document's id: the first 16 hex digits of SHA-256 over `text`, so the same clean text has the same id",
        ),
        column(
            "source_uri",
            pa.string(),
            "where the article was read from: a file URI, plus `#DOCNO`, `#<n>` or `#L<line>` for a file holding several articles",
        ),
        column("source_format", pa.string(), "the input format: txt, html, trec or jsonl"),
        column("source_id", pa.string(), "the article's id in its source (TREC `DOCNO`, JSONL `id`); null when the format has none"),
        column("url", pa.string(), "the article's web address, when the source gives one (HTML page, TREC `URL`, JSONL `url`)"),
        column("title", pa.string(), "the headline, when the source gives one (Arabic; titles are not translated)"),
        column(
            "published_at",
            pa.timestamp("us"),
            "publication time, UTC (a TIMESTAMP without time zone); null when the source gives none or it could not be parsed",
        ),
        column(
            "text",
            pa.string(),
            "the clean Arabic text (bidi controls and tatweel removed, `\\n` line ends); every offset in akhbar points into it",
        ),
        column("language", pa.string(), "the identified language: always `ar` (articles in other languages are rejected)"),
        column("partition_date", pa.date32(), "publication date, else the day it was ingested"),
        column("ingested_at", pa.timestamp("us"), "when the run read the article, UTC"),
        column(
            "near_duplicate_of",
            pa.string(),
            "the `doc_id` of an earlier document this one nearly repeats (the same article with small edits), else null",
        ),
        column(
            "lsh_bands",
            pa.list_(pa.int64()),
            "MinHash LSH band keys (20 bands of 3 hashes) of the text's word pairs, for the near-duplicate search",
        ),
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
