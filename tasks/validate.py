"""Validate: every table against its pandera model; bad rows go to rejects with the reason."""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from datetime import date

import pandera.errors
import pandera.typing
import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.schemas import TABLES
from akhbar.schemas._types import to_pandas
from akhbar.schemas.rejects import REJECT_COLUMNS
from akhbar.tasks import run_logger


def _index_types_without_dask() -> None:
    """Have pandera list its index types once, with `dask.dataframe` unavailable, unless this process runs Dask already.

    The first model to build its schema asks `pandera.typing.get_index_types` (cached) which DataFrame libraries are
    installed, and it imports each: with Dask installed (for the Dask runner) that imported `dask.dataframe`,
    `dask.array` and SciPy into every run, 31 MB of the run's memory and 0.5 s, for tables that are all pandas. Asked
    here with the module masked (`None` in `sys.modules` makes its import fail), pandera records Dask as absent; the
    mask is lifted at once, so that Dask itself imports as ever. Where Dask is imported already (the Dask runner), it
    asks as it would have.
    """
    if "dask.dataframe" in sys.modules:
        return
    sys.modules["dask.dataframe"] = None  # type: ignore[assignment]
    try:
        pandera.typing.get_index_types()
    finally:
        del sys.modules["dask.dataframe"]


_index_types_without_dask()

# Column holding the span's text, for tables whose offsets point into documents.text.
SPAN_TEXT = {"sentences": "text", "entities": "text", "quotes": "quote", "dates": "text", "amounts": "text"}


def row_failures(table: str, rows: pa.Table) -> dict[int, list[str]]:
    """Map row index → reasons the table's pandera model rejects it."""
    if rows.num_rows == 0:
        return {}
    try:
        TABLES[table].MODEL.validate(to_pandas(rows), lazy=True)
        return {}
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
    if cases["index"].isna().any():  # a missing column or wrong type is a bug, not bad data
        raise ValueError(f"{table} does not match its schema:\n{cases[cases['index'].isna()].to_string()}")
    reasons: dict[int, list[str]] = defaultdict(list)
    for case in cases.itertuples():
        column = case.column if isinstance(case.column, str) and case.column != TABLES[table].MODEL.__name__ else "row"
        reasons[int(case.index)].append(f"{table}.{column} fails {case.check}")
    return reasons


def offset_failures(table: str, rows: pa.Table, texts: dict[str, str]) -> dict[int, list[str]]:
    """Map row index → reason, for spans that do not slice back to their text in the document."""
    column = SPAN_TEXT[table]
    spans = zip(rows["doc_id"].to_pylist(), rows["char_start"].to_pylist(), rows["char_end"].to_pylist(), rows[column].to_pylist())
    return {
        i: [f"{table}.{column} is not documents.text[{start}:{end}]"]
        for i, (doc_id, start, end, text) in enumerate(spans)
        if doc_id not in texts or texts[doc_id][start:end] != text
    }


@task(name="validate", cache_policy=NO_CACHE)
def validate_tables(tables: dict[str, pa.Table]) -> tuple[dict[str, pa.Table], pa.Table]:
    """Split each table into valid rows and rejects; a rejected document takes its rows with it."""
    documents = tables["documents"]
    uris = dict(zip(documents["doc_id"].to_pylist(), documents["source_uri"].to_pylist()))
    failed = row_failures("documents", documents)
    rejects = [_reject(uris, documents["doc_id"][i].as_py(), reasons) for i, reasons in failed.items()]
    bad_docs = {documents["doc_id"][i].as_py() for i in failed}
    valid = {"documents": _drop(documents, failed)}
    texts = {d: t for d, t in zip(documents["doc_id"].to_pylist(), documents["text"].to_pylist()) if d not in bad_docs}
    for name, rows in tables.items():
        if name == "documents":
            continue
        if "doc_id" in rows.column_names:
            rows = rows.filter(pa.array([d not in bad_docs for d in rows["doc_id"].to_pylist()], pa.bool_()))
        failed = row_failures(name, rows)
        if name in SPAN_TEXT:
            for i, reasons in offset_failures(name, rows, texts).items():
                failed.setdefault(i, []).extend(reasons)
        rejects += [_reject(uris, rows["doc_id"][i].as_py(), reasons) for i, reasons in failed.items()]
        valid[name] = _drop(rows, failed)
    return valid, pa.Table.from_pylist(rejects, schema=REJECT_COLUMNS)


def _reject(uris: dict[str, str], doc_id: str | None, reasons: list[str]) -> dict:
    """One rejects row for a row that failed validation."""
    return {"source_uri": uris.get(doc_id, "unknown"), "doc_id": doc_id, "stage": "validate", "reason": "; ".join(sorted(set(reasons)))}


def _drop(rows: pa.Table, failed: dict[int, list[str]]) -> pa.Table:
    """The rows whose index is not in `failed`."""
    if not failed:
        return rows
    return rows.filter(pa.array([i not in failed for i in range(rows.num_rows)], pa.bool_()))


@task(name="check-translations", cache_policy=NO_CACHE)
def check_translations(translations: pa.Table) -> dict[str, int]:
    """Batch-level check: how many translations carry each quality flag; logged, and kept in `runs`."""
    flags = translations["flags"].to_pylist() if translations.num_rows else []
    counts = dict(sorted(Counter(f for row in flags for f in row or []).items()))
    counts["flagged"] = sum(1 for row in flags if row)
    if counts["flagged"]:
        run_logger().warning("%d of %d translations flagged: %s", counts["flagged"], len(flags),
                                 ", ".join(f"{k} {v}" for k, v in counts.items() if k != "flagged"))
    return counts


@task(name="gather-rejects", cache_policy=NO_CACHE)
def gather_rejects(parts: list[pa.Table], day: date) -> pa.Table:
    """All of a run's rejects in one table, filed under the run's date."""
    rows = pa.concat_tables([part.select(REJECT_COLUMNS.names).cast(REJECT_COLUMNS) for part in parts])
    rows = rows.append_column("partition_date", pa.array([day] * rows.num_rows, pa.date32()))
    if failed := row_failures("rejects", rows):  # a reject we cannot file would be lost: stop
        raise ValueError(f"invalid rejects rows: {dict(failed)}")
    return rows
