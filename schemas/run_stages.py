"""`run_stages`: rows in, rows out and seconds of every stage of every run."""

from __future__ import annotations

import pandera.pandas as pdm
import pyarrow as pa
from pandera.typing import Series

from akhbar.schemas._types import Float64, Int64

COLUMNS = pa.schema(
    [
        ("run_id", pa.string()),
        ("stage", pa.string()),
        ("rows_in", pa.int64()),
        ("rows_out", pa.int64()),
        ("seconds", pa.float64()),
        ("model_inputs", pa.int64()),  # translate: sentences (or parts), english: names, actually sent to the model
        ("partition_date", pa.date32()),
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
