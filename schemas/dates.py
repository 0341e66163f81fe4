"""`dates`: dates named in the Arabic text, resolved against the article's publication date."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import DataFrame, Series

from akhbar.schemas._types import Int32, column, span_matches

DESCRIPTION = "Dates named in the Arabic text (absolute, weekday and relative), resolved against the article's publication date."

COLUMNS = pa.schema(
    [
        column("doc_id", pa.string(), "the document (`documents.doc_id`)"),
        column("sentence_id", pa.int32(), "the sentence it is in (`sentences.sentence_id`)"),
        column("text", pa.string(), "the Arabic surface form, == `documents.text[char_start:char_end]`"),
        column("char_start", pa.int32(), "offset of the date in `documents.text` (0-based)"),
        column("char_end", pa.int32(), "offset just past the date (end exclusive)"),
        column("kind", pa.string(), "absolute (`١٥ مارس ٢٠١٧`), weekday (`يوم الثلاثاء`) or relative (`أمس`)"),
        column("granularity", pa.string(), "day, week (`الأسبوع المقبل`: its Monday), month or year"),
        column(
            "resolved",
            pa.date32(),
            "the day meant (the Monday of a week, the first day of a month or year), resolved against `documents.published_at`; null when unknown",
        ),
        column("partition_date", pa.date32(), "the document's `partition_date` (publication date, else ingest date)"),
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
    granularity: Series[str] = pdm.Field(isin=["day", "week", "month", "year"])

    @pdm.dataframe_check(element_wise=False)
    def span_matches_text(cls, df: DataFrame) -> Series[bool]:
        """The span is as long as the surface form."""
        return span_matches(df, "text")

    class Config:
        strict = False


MODEL = Dates
