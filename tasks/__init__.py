"""akhbar.tasks: the stages, as plain typed functions over Arrow tables wrapped in Prefect tasks."""

from __future__ import annotations

import logging


def run_logger(name: str = "akhbar") -> logging.Logger | logging.LoggerAdapter:
    """Prefect's run logger inside a run, a plain logger outside (tests calling `.fn()`)."""
    from prefect.exceptions import MissingContextError
    from prefect.logging import get_run_logger

    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger(name)
