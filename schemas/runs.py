"""`runs`: the ledger, one row per pipeline run."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Timestamp

COLUMNS = pa.schema(
    [
        ("run_id", pa.string()),
        ("started_at", pa.timestamp("us")),
        ("finished_at", pa.timestamp("us")),
        ("status", pa.string()),  # completed | failed
        ("sources", pa.list_(pa.string())),
        ("model", pa.string()),
        ("backend", pa.string()),
        ("decoding", pa.string()),  # JSON: beams, caps, quantisation in force
        ("translations_flagged", pa.int64()),
        ("documents", pa.int64()),  # documents published by this run
        ("rejects", pa.int64()),
        ("rejects_by_reason", pa.string()),  # JSON: reason (without its detail after `:`) → count
        ("error", pa.string()),  # why a failed run failed: `ExceptionType: message`
        ("partition_date", pa.date32()),  # the run's start date
    ]
)


class Runs(pdm.DataFrameModel):
    """Validation rules for `runs`."""

    run_id: Series[str] = pdm.Field(unique=True)
    started_at: Series[Timestamp]
    finished_at: Series[Timestamp]
    status: Series[str] = pdm.Field(isin=["completed", "failed"])

    class Config:
        strict = False


MODEL = Runs
