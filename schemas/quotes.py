"""`quotes`: quotations in the Arabic text, with their speakers."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import DataFrame, Series

from akhbar.schemas._types import Int32, column, span_matches

DESCRIPTION = "Quotations in the Arabic text, direct and indirect, with their speakers and the English of their sentences."

COLUMNS = pa.schema(
    [
        column("doc_id", pa.string(), "the document (`documents.doc_id`)"),
        column("sentence_id", pa.int32(), "the sentence the quote starts in (`sentences.sentence_id`)"),
        column("sentence_id_end", pa.int32(), "the last sentence the quote covers: a quotation may run over several sentences"),
        column("quote", pa.string(), "the words quoted (Arabic, without the quotation marks), == `documents.text[char_start:char_end]`"),
        column("speaker", pa.string(), "who speaks, as written (Arabic: a name or a role phrase such as `مصدر قريب`); null when unknown"),
        column("kind", pa.string(), "direct (in quotation marks) or indirect (reported: `قال إن …`)"),
        column("char_start", pa.int32(), "offset of the quote in `documents.text` (0-based)"),
        column("char_end", pa.int32(), "offset just past the quote (end exclusive)"),
        column("verb", pa.string(), "the speech verb as written (`قال`, `أكد` …)"),
        column("speaker_start", pa.int32(), "offset of the speaker in `documents.text`; null without a speaker"),
        column("speaker_end", pa.int32(), "offset just past the speaker; null without a speaker"),
        column(
            "speaker_canonical",
            pa.string(),
            "the speaker's `entities.canonical` when the speaker is a named entity; null for a role phrase",
        ),
        column(
            "quote_en",
            pa.string(),
            "`translations.text_en` of the quote's sentence (the whole sentence, in English); null where it has no translation",
        ),
        column("partition_date", pa.date32(), "the document's `partition_date` (publication date, else ingest date)"),
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
