"""`dates`: dates named in the Arabic text, resolved against the article's publication date."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import DataFrame, Series

from akhbar.schemas._types import Int32, span_matches

COLUMNS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("sentence_id", pa.int32()),
        ("text", pa.string()),  # Arabic surface form, == documents.text[char_start:char_end]
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("kind", pa.string()),  # absolute | weekday | relative
        ("granularity", pa.string()),  # day | month | year
        ("resolved", pa.date32()),  # the day meant (first day of a month or year); null when unknown
        ("partition_date", pa.date32()),
    ]
)


class Dates(pdm.DataFrameModel):
    """Validation rules for `dates`."""

    doc_id: Series[str]
    sentence_id: Series[Int32] = pdm.Field(ge=0)
    text: Series[str] = pdm.Field(str_length={"min_value": 1})
    char_start: Series[Int32] = pdm.Field(ge=0)
    char_end: Series[Int32] = pdm.Field(gt=0)
    kind: Series[str] = pdm.Field(isin=["absolute", "weekday", "relative"])
    granularity: Series[str] = pdm.Field(isin=["day", "month", "year"])

    @pdm.dataframe_check(element_wise=False)
    def span_matches_text(cls, df: DataFrame) -> Series[bool]:
        """The span is as long as the surface form."""
        return span_matches(df, "text")

    class Config:
        strict = False


MODEL = Dates
