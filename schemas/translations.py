"""`translations`: the English of each sentence, with the model and backend that made it."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Int32

COLUMNS = pa.schema(
    [
        ("doc_id", pa.string()),
        ("sentence_id", pa.int32()),
        ("text_en", pa.string()),
        ("model", pa.string()),  # "<id>@<revision>"
        ("model_id", pa.string()),
        ("model_revision", pa.string()),
        ("backend", pa.string()),
        ("num_beams", pa.int32()),
        ("src_tokens", pa.int32()),
        ("tgt_tokens", pa.int32()),
        ("length_ratio", pa.float64()),  # target / source tokens
        ("arabic_share", pa.float64()),  # share of letters in Arabic script left in text_en
        ("logprob", pa.float64()),  # mean log-probability per target token, where the backend gives it
        ("flags", pa.list_(pa.string())),  # empty, arabic_left, repetition, hit_length_cap, length_ratio, split
        ("partition_date", pa.date32()),
    ]
)


class Translations(pdm.DataFrameModel):
    """Validation rules for `translations`."""

    doc_id: Series[str]
    sentence_id: Series[Int32] = pdm.Field(ge=0)
    text_en: Series[str]
    model: Series[str] = pdm.Field(str_matches=r"^.+@.+$")
    backend: Series[str] = pdm.Field(isin=["transformers", "ctranslate2"])

    class Config:
        strict = False
        unique = ["doc_id", "sentence_id"]


MODEL = Translations
