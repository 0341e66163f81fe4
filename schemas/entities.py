"""`entities`: people, organisations, places and other names found in the Arabic text."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import DataFrame, Series

from akhbar.schemas._types import Int32, column, span_matches

DESCRIPTION = (
    "People, organisations, places and other names found in the Arabic text, one row per mention, with a canonical key "
    "shared by every spelling of the same entity and its English name."
)

COLUMNS = pa.schema(
    [
        column("doc_id", pa.string(), "the document (`documents.doc_id`)"),
        column("sentence_id", pa.int32(), "the sentence it is in (`sentences.sentence_id`)"),
        column("text", pa.string(), "the Arabic surface form, == `documents.text[char_start:char_end]`"),
        column("label", pa.string(), "PERSON, ORG, LOC or MISC"),
        column("char_start", pa.int32(), "offset of the mention in `documents.text` (0-based)"),
        column("char_end", pa.int32(), "offset just past the mention (end exclusive)"),
        column(
            "canonical",
            pa.string(),
            "one key for every spelling of the same entity, in every document and run; a gazetteer place carries its country (`استن@KZ`)",
        ),
        column(
            "source",
            pa.string(),
            "which finder found it: model (the built-in CRF, trained on ANERcorp), a rule (gazetteer, role, lexicon, speaker, "
            "head, acronym, alias, place-head, list, feature, local, club, surname, particle, document), or ner-model (the optional transformers NER model, --ner-model)",
        ),
        column("country_code", pa.string(), "ISO 3166 alpha-2 code of a country, or of a gazetteer place's country; else null"),
        column(
            "name_en",
            pa.string(),
            "English name, the same for every row of a canonical: ISO 3166's common name for a country, else the "
            "model's translation of its longest, most frequent spelling",
        ),
        column("partition_date", pa.date32(), "the document's `partition_date` (publication date, else ingest date)"),
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
