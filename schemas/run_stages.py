"""`run_stages`: rows in, rows out and seconds of every stage of every run."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Float64, Int64, column

DESCRIPTION = "Rows in, rows out and seconds of every stage of every run, one row per run and stage."

COLUMNS = pa.schema(
    [
        column("run_id", pa.string(), "the run (`runs.run_id`)"),
        column("stage", pa.string(), "ingest, clean, segment, translate, extract, english, validate or publish"),
        column("rows_in", pa.int64(), "rows (or input paths, for ingest) the stage was given"),
        column("rows_out", pa.int64(), "rows it produced (publish: rows written)"),
        column("seconds", pa.float64(), "wall-clock seconds the stage took"),
        column(
            "model_inputs",
            pa.int64(),
            "translate: sentences (or parts of long ones) actually sent to the model, the rest coming from the "
            "translation memory; english: names sent; null for the other stages",
        ),
        column("partition_date", pa.date32(), "the run's start date (UTC)"),
    ]
)


class RunStages(pdm.DataFrameModel):
    """Validation rules for `run_stages`."""

    run_id: Series[str]
    stage: Series[str]
    rows_in: Series[Int64] = pdm.Field(ge=0)
    rows_out: Series[Int64] = pdm.Field(ge=0)
    seconds: Series[Float64] = pdm.Field(ge=0)

    class Config:
        strict = False
        unique = ["run_id", "stage"]


MODEL = RunStages
