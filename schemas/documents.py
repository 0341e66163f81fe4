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
            "where the article was read from: a file URI (inside an archive, the archive's URI, `!/` and the member's path), "
            "plus `#DOCNO`, `#<n>`, `#L<line>` or `#<WARC-Record-ID>` for a file holding several articles",
        ),
        column(
            "source_path",
            pa.string(),
            "`source_uri` as a person reads it: the file's path with its characters as they are (`/data/أخبار/name with "
            "spaces.txt`, where the URI has `%D8%A3…` and `%20`), then the member and `#` part as in the URI; null in rows "
            "published before this column",
        ),
        column("source_format", pa.string(), "the input format, told by the content: txt, html, trec, jsonl or warc"),
        column(
            "source_id",
            pa.string(),
            "the article's id in its source (TREC `DOCNO`, Gigaword `id`, JSONL `id`, WARC-Record-ID); null when the format has none",
        ),
        column("url", pa.string(), "the article's web address, when the source gives one (HTML page, TREC `URL`, JSONL `url`)"),
        column("title", pa.string(), "the headline, when the source gives one (Arabic; titles are not translated)"),
        column("source_name", pa.string(), "the news source the archive names (TREC `SRC`, JSONL `source`, a page's site name); null when none"),
        column("category", pa.string(), "the section or category the archive gives (TREC `CAT`, JSONL `category`, a page's first category)"),
        column("author", pa.string(), "the author or byline the archive gives (TREC `AUTHOR`, JSONL `author`, a page's author)"),
        column("abstract", pa.string(), "the summary the archive gives with the article (TREC `ABSTRACT`, JSONL `abstract`)"),
        column("dateline", pa.string(), "the dateline (Arabic Gigaword `DATELINE`: place and date as the wire wrote them)"),
        column(
            "doc_type",
            pa.string(),
            "the document type the archive gives (Arabic Gigaword `<DOC type=…>`: story; advis, multi and other are rejected "
            "unless kept with --doc-type); null when none",
        ),
        column(
            "published_at",
            pa.timestamp("us"),
            "publication time, UTC (a TIMESTAMP without time zone): the source's date field (ISO 8601, RFC 2822, day-first "
            "`DD/MM/YYYY` unless the source is declared month-first, Arabic month names), else a YYYYMMDD date in the document "
            "id or file name; null when none can be read (never a guess)",
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
