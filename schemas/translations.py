"""`translations`: the English of each sentence, with the model and backend that made it."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Int32, column

DESCRIPTION = (
    "The English of each sentence, one row per sentence, with the model and backend that made it and the quality "
    "signals of the translation. Identical sentences are translated once; re-runs are served by the translation memory."
)

COLUMNS = pa.schema(
    [
        column("doc_id", pa.string(), "the document (`documents.doc_id`)"),
        column("sentence_id", pa.int32(), "the sentence translated (`sentences.sentence_id`)"),
        column(
            "text_en", pa.string(), "the English translation; a sentence too long for the model is translated in parts, joined by spaces"
        ),
        column("model", pa.string(), "`<id>@<revision>`: the model and its hub commit, or `sha256:…` of a local model directory"),
        column("model_id", pa.string(), "the model's hub id or local directory"),
        column("model_revision", pa.string(), "the model's hub commit, or `sha256:<12 hex digits>` over a local model directory's files"),
        column("backend", pa.string(), "what ran the model: ctranslate2 or transformers"),
        column("num_beams", pa.int32(), "beam size of the decoding (1: greedy)"),
        column("src_tokens", pa.int32(), "source tokens the model read, `</s>` included (summed over the parts of a split sentence)"),
        column("tgt_tokens", pa.int32(), "English tokens generated"),
        column("length_ratio", pa.float64(), "`tgt_tokens / src_tokens`; null when `src_tokens` is 0"),
        column("arabic_share", pa.float64(), "share of letters in Arabic script left in `text_en` (0.0 for clean English)"),
        column("logprob", pa.float64(), "mean log-probability per generated token, where the backend gives it, else null"),
        column(
            "flags",
            pa.list_(pa.string()),
            "quality flags, empty when none: empty, arabic_left (over 20 % Arabic letters), repetition, "
            "hit_length_cap, length_ratio (outside 0.3–3 with over 3 source tokens), split (translated in parts)",
        ),
        column("partition_date", pa.date32(), "the document's `partition_date` (publication date, else ingest date)"),
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
