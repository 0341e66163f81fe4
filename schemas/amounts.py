"""`amounts`: numbers in the Arabic text (digits or words), with unit, currency and what they count."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import DataFrame, Series

from akhbar.schemas._types import Float64, Int32, column, span_matches

DESCRIPTION = "Numbers in the Arabic text, in digits of either script or in words, with their unit, currency and what they count."

COLUMNS = pa.schema(
    [
        column("doc_id", pa.string(), "the document (`documents.doc_id`)"),
        column("sentence_id", pa.int32(), "the sentence it is in (`sentences.sentence_id`)"),
        column("text", pa.string(), "the Arabic surface form, == `documents.text[char_start:char_end]`"),
        column("char_start", pa.int32(), "offset of the amount in `documents.text` (0-based)"),
        column("char_end", pa.int32(), "offset just past the amount (end exclusive)"),
        column("value", pa.float64(), "the number: `مليوني دولار` → 2000000.0, `15%` → 15.0, the wires' `3ر2195` → 2195.3, `15,000 دينار` (millimes) → 15.0"),
        column("unit", pa.string(), "`%`, the currency as written, in the singular (`دولار`), or a unit of measure by its lemma (`طن`, `كيلومتر`); null for a count"),
        column("currency", pa.string(), "ISO 4217 code where the words name one currency (`يورو` → EUR, `ريال سعودي` → SAR) or, for a word several countries use (`دينار`, `ريال`, `ليرة`), from its document: the code it gives the word elsewhere, else the country using it that the document names most often; else null"),
        column("object", pa.string(), "the noun counted (`ثلاثة آلاف لاجئ` → `لاجئ`); else null"),
        column("partition_date", pa.date32(), "the document's `partition_date` (publication date, else ingest date)"),
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
