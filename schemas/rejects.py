"""`rejects`: every input or row that did not make it, with the stage and the reason."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import column

DESCRIPTION = (
    "Every input or row that did not make it, with the stage that refused it and why: with `documents`, it accounts "
    "for every input file, TREC `<DOC>` and JSONL line."
)

REJECT_COLUMNS = pa.schema(
    [
        column(
            "source_uri",
            pa.string(),
            "the input refused (as in `documents.source_uri`); `unknown` for a row whose document cannot be traced",
        ),
        column("doc_id", pa.string(), "the document, when it got as far as having one; else null"),
        column("stage", pa.string(), "the stage that refused it: ingest, clean, translate, extract or validate"),
        column(
            "reason",
            pa.string(),
            "why, as `kind: detail` (`duplicate_of:<doc_id>`, `language:en`); the kinds are listed in the README's "
            "Input formats; validate joins a row's failed checks with `; `",
        ),
    ]
)

COLUMNS = REJECT_COLUMNS.append(column("partition_date", pa.date32(), "the day of the run that refused it (its start date, UTC)"))

STAGES = ["ingest", "clean", "translate", "extract", "validate"]


class Rejects(pdm.DataFrameModel):
    """Validation rules for `rejects`."""

    source_uri: Series[str] = pdm.Field(str_length={"min_value": 1})
    doc_id: Series[str] = pdm.Field(nullable=True)
    stage: Series[str] = pdm.Field(isin=STAGES)
    reason: Series[str] = pdm.Field(str_length={"min_value": 1})

    class Config:
        strict = False


MODEL = Rejects
