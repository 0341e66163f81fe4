"""akhbar.tasks: the stages, as plain typed functions over Arrow tables wrapped in Prefect tasks."""

from __future__ import annotations

import logging
import os

import pyarrow as pa

# The largest article ingest reads, in bytes of the file (.txt, .html), of a JSONL line or of a DOC's text;
# here, not in ingest, so that the CLI's settings can name it without importing the stages.
DEFAULT_MAX_DOCUMENT_BYTES = 10_000_000

# Arrow's buffers from the C library's malloc, unless ARROW_DEFAULT_MEMORY_POOL names a pool: Arrow's default, mimalloc,
# kept what a chunk's stages freed, and a run's peak grew by it. `benchmarks/archive.py`, 1,000 ANT articles in one run:
# the `akhbar run` process's peak PSS 453 → 366 MB (the peak was in publish, which writes a file per day from 4 threads),
# the process tree's 1,124 → 1,011 MB. Here, where every process of a run (the fork server's workers too) imports it first.
if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
    pa.set_memory_pool(pa.system_memory_pool())


def run_logger(name: str = "akhbar") -> logging.Logger | logging.LoggerAdapter:
    """Prefect's run logger inside a run, a plain logger outside (tests calling `.fn()`)."""
    from prefect.exceptions import MissingContextError
    from prefect.logging import get_run_logger

    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(name)
