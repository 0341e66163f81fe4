"""`runs`: the ledger, one row per pipeline run."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Timestamp, column

DESCRIPTION = "The ledger: one row per pipeline run, completed or failed, with its settings and what it published."

COLUMNS = pa.schema(
    [
        column("run_id", pa.string(), "the run's id: its Prefect flow run id"),
        column("started_at", pa.timestamp("us"), "when the run started, UTC"),
        column("finished_at", pa.timestamp("us"), "when it finished (or failed), UTC"),
        column("status", pa.string(), "completed or failed"),
        column("sources", pa.list_(pa.string()), "the input paths the run was given (files or folders)"),
        column("model", pa.string(), "the translation model as configured (hub id or local directory)"),
        column("backend", pa.string(), "ctranslate2 or transformers"),
        column("decoding", pa.string(), "JSON: the decoding settings in force (beams, length caps, quantisation …)"),
        column("translations_flagged", pa.int64(), "translations of this run with at least one quality flag (`translations.flags`)"),
        column("documents", pa.int64(), "documents published by this run"),
        column("rejects", pa.int64(), "rejects published by this run"),
        column("rejects_by_reason", pa.string(), "JSON: reason (without its detail after `:`) → count"),
        column("error", pa.string(), "why a failed run failed: `ExceptionType: message`; null for a completed run"),
        column("files_unchanged", pa.int64(), "source files skipped unopened: the manifest has them with the same size and "
                                              "modification time (0 for backfills and --force runs, which read everything)"),
        column("partition_date", pa.date32(), "the run's start date (UTC)"),
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
