"""`amounts`: numbers in the Arabic text (digits or words), with unit, currency and what they count."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import DataFrame, Series

from akhbar.schemas._types import Float64, Int32, span_matches

COLUMNS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("sentence_id", pa.int32()),
        ("text", pa.string()),  # Arabic surface form, == documents.text[char_start:char_end]
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("value", pa.float64()),  # `مليوني دولار` → 2000000.0; `15%` → 15.0
        ("unit", pa.string()),  # `%` or the currency as written in the singular (`دولار`); null for a count
        ("currency", pa.string()),  # ISO 4217 where the word names one currency (`يورو` → EUR)
        ("object", pa.string()),  # the noun counted: `ثلاثة آلاف لاجئ` → `لاجئ`
        ("partition_date", pa.date32()),
    ]
)


class Amounts(pdm.DataFrameModel):
    """Validation rules for `amounts`."""

    doc_id: Series[str]
    sentence_id: Series[Int32] = pdm.Field(ge=0)
    text: Series[str] = pdm.Field(str_length={"min_value": 1})
    char_start: Series[Int32] = pdm.Field(ge=0)
    char_end: Series[Int32] = pdm.Field(gt=0)
    value: Series[Float64]
    unit: Series[str] = pdm.Field(nullable=True)
    currency: Series[str] = pdm.Field(nullable=True, str_matches=r"^[A-Z]{3}$")
    object: Series[str] = pdm.Field(nullable=True)

    @pdm.dataframe_check(element_wise=False)
    def span_matches_text(cls, df: DataFrame) -> Series[bool]:
        """The span is as long as the surface form."""
        return span_matches(df, "text")

    class Config:
        strict = False


MODEL = Amounts
