"""`entities`: people, organisations, places and other names found in the Arabic text."""

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
        ("label", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("canonical", pa.string()),  # one key for every spelling of the same entity
        ("source", pa.string()),  # how it was found: gazetteer | role | lexicon | speaker | head | acronym | place-head | document | model
        ("country_code", pa.string()),  # ISO 3166 alpha-2, for countries
        ("name_en", pa.string()),  # English name, one per canonical: ISO 3166 for countries, else the model's
        ("partition_date", pa.date32()),
    ]
)


class Entities(pdm.DataFrameModel):
    """Validation rules for `entities`."""

    doc_id: Series[str]
    sentence_id: Series[Int32] = pdm.Field(ge=0)
    text: Series[str] = pdm.Field(str_length={"min_value": 1})
    label: Series[str] = pdm.Field(isin=["PERSON", "ORG", "LOC", "MISC"])
    char_start: Series[Int32] = pdm.Field(ge=0)
    char_end: Series[Int32] = pdm.Field(gt=0)
    canonical: Series[str] = pdm.Field(str_length={"min_value": 1})
    country_code: Series[str] = pdm.Field(nullable=True, str_matches=r"^[A-Z]{2}$")
    name_en: Series[str] = pdm.Field(nullable=True)

    @pdm.dataframe_check(element_wise=False)
    def span_matches_text(cls, df: DataFrame) -> Series[bool]:
        """The span is as long as the surface form."""
        return span_matches(df, "text")

    class Config:
        strict = False


MODEL = Entities
