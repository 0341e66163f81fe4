"""akhbar.tasks: the stages, as plain typed functions over Arrow tables wrapped in Prefect tasks."""

from __future__ import annotations

import logging

# The largest article ingest reads, in bytes of the file (.txt, .html), of a JSONL line or of a DOC's text;
# here, not in ingest, so that the CLI's settings can name it without importing the stages.
DEFAULT_MAX_DOCUMENT_BYTES = 10_000_000


def run_logger(name: str = "akhbar") -> logging.Logger | logging.LoggerAdapter:
    """Prefect's run logger inside a run, a plain logger outside (tests calling `.fn()`)."""
    from prefect.exceptions import MissingContextError
    from prefect.logging import get_run_logger

    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(name)
