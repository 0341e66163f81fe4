"""`manifest`: the source files the warehouse has read, and what each gave; what makes a run over a growing archive incremental."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Int64, column

DESCRIPTION = (
    "One row per source file each time a run reads it to its end: what it was (size, modification time, SHA-256) and what it "
    "gave. A run skips, without opening it, a file whose latest row has its size and modification time; a changed or new "
    "file is read. An archive (`.tar.gz`, `.zip`, Gigaword month) is one row. Backfills and `--force` runs neither "
    "consult nor write it."
)

COLUMNS = pa.schema(
    [
        column("source_uri", pa.string(), "the file's URI, as in `documents.source_uri` before any `!/` or `#`"),
        column("size", pa.int64(), "its size in bytes when read"),
        column("mtime_ns", pa.int64(), "its modification time when read, nanoseconds since the epoch (as `stat` gives it)"),
        column("sha256", pa.string(), "the SHA-256 of its bytes, hex; null when it could not be read again to hash"),
        column("documents", pa.int64(), "articles ingest read from it (before cleaning, duplicates and validation)"),
        column("rejects", pa.int64(), "ingest rejects it gave (members, lines or DOCs that could not be read)"),
        column("characters", pa.int64(), "characters of the articles' text it gave, as read (before cleaning); null in rows from "
               "before the column"),
        column("chunk_articles", pa.int64(), "articles of the run's chunk in flight when the file ended (`--chunk-size`): a run that "
               "skips the file starts its first chunk this full, so a resumed run cuts the chunks the interrupted one would have"),
        column("chunk_characters", pa.int64(), "characters of that chunk's text when the file ended (`--chunk-characters`)"),
        column("read_at", pa.timestamp("us"), "when the run that read it started, UTC (the latest row of a file is the one that counts)"),
        column("partition_date", pa.date32(), "the day (UTC) the run read it"),
    ]
)


class Manifest(pdm.DataFrameModel):
    """Validation rules for `manifest`."""

    source_uri: Series[str] = pdm.Field(str_startswith="file://")
    size: Series[Int64] = pdm.Field(ge=0)
    documents: Series[Int64] = pdm.Field(ge=0)
    rejects: Series[Int64] = pdm.Field(ge=0)
    characters: Series[Int64] = pdm.Field(ge=0, nullable=True)

    class Config:
        strict = False


MODEL = Manifest
