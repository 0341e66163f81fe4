"""`rejects`: every input or row that did not make it, with the stage and the reason."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

REJECT_COLUMNS = pa.schema(
    [
        ("source_uri", pa.string()),
        ("doc_id", pa.string()),
        ("stage", pa.string()),
        ("reason", pa.string()),
    ]
)

COLUMNS = REJECT_COLUMNS.append(pa.field("partition_date", pa.date32()))

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
