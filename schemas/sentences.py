"""`sentences`: each document split into sentences, with offsets into `documents.text`."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import DataFrame, Series

from akhbar.schemas._types import Int32, column, span_matches

DESCRIPTION = (
    "Each document split into sentences, with offsets into `documents.text`. A sentence longer than 1,000 characters "
    "is cut at its last clause mark or space before the limit."
)

COLUMNS = pa.schema(
    [
        column("doc_id", pa.string(), "the document (`documents.doc_id`)"),
        column("sentence_id", pa.int32(), "0-based order of the sentence in its document"),
        column("text", pa.string(), "the sentence (Arabic), == `documents.text[char_start:char_end]`"),
        column("char_start", pa.int32(), "offset of its first character in `documents.text` (0-based)"),
        column("char_end", pa.int32(), "offset just past its last character (end exclusive)"),
        column("partition_date", pa.date32(), "the document's `partition_date` (publication date, else ingest date)"),
    ]
)


class Sentences(pdm.DataFrameModel):
    """Validation rules for `sentences`."""

    doc_id: Series[str]
    sentence_id: Series[Int32] = pdm.Field(ge=0)
    text: Series[str] = pdm.Field(str_length={"min_value": 1})
    char_start: Series[Int32] = pdm.Field(ge=0)
    char_end: Series[Int32] = pdm.Field(gt=0)

    @pdm.dataframe_check(element_wise=False)
    def span_matches_text(cls, df: DataFrame) -> Series[bool]:
        """The span is as long as the text it claims to hold."""
        return span_matches(df, "text")

    class Config:
        strict = False
        unique = ["doc_id", "sentence_id"]


MODEL = Sentences
