"""`quotes`: quotations in the Arabic text, with their speakers."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import DataFrame, Series

from akhbar.schemas._types import Int32, span_matches

COLUMNS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("sentence_id", pa.int32()),
        ("quote", pa.string()),  # == documents.text[char_start:char_end], without the marks
        ("speaker", pa.string()),
        ("kind", pa.string()),  # direct | indirect
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("verb", pa.string()),  # the speech verb as written
        ("speaker_start", pa.int32()),
        ("speaker_end", pa.int32()),
        ("speaker_canonical", pa.string()),  # entities.canonical of the speaker, when the speaker is a named entity
        ("quote_en", pa.string()),  # translations.text_en of the quote's sentence (the whole sentence)
        ("partition_date", pa.date32()),
    ]
)


class Quotes(pdm.DataFrameModel):
    """Validation rules for `quotes`."""

    doc_id: Series[str]
    sentence_id: Series[Int32] = pdm.Field(ge=0)
    quote: Series[str] = pdm.Field(str_length={"min_value": 1})
    speaker: Series[str] = pdm.Field(nullable=True)
    kind: Series[str] = pdm.Field(isin=["direct", "indirect"])
    char_start: Series[Int32] = pdm.Field(ge=0)
    char_end: Series[Int32] = pdm.Field(gt=0)
    quote_en: Series[str] = pdm.Field(nullable=True)

    @pdm.dataframe_check(element_wise=False)
    def span_matches_quote(cls, df: DataFrame) -> Series[bool]:
        """The span is as long as the quote."""
        return span_matches(df, "quote")

    class Config:
        strict = False


MODEL = Quotes
