"""The third-party corpora (NTREX-128, FLORES-200) for the tests that need them: read from AKHBAR_CORPORA, never the repository.

With AKHBAR_CORPORA unset such a test skips, all of them with the one-line reason `SKIP_REASON`, which
`pytest -ra` lists with each test's place; CI (`.ci/run`) sets it, so there they run. Set but wrong, it is an
error, not a skip.
Tests take the `corpora` fixture (tests/conftest.py); helpers that build data outside a fixture call `corpora_root()`.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from akhbar.tasks.evaluate import CORPORA_ENV, corpora_dir

SKIP_REASON = f"needs {CORPORA_ENV} (the folder holding ntrex128/ and flores200/, as in ../shared/corpora); unset"


def corpora_root() -> Path:
    """The corpora folder from AKHBAR_CORPORA; skips the calling test when the variable is unset."""
    __tracebackhide__ = True  # the skip is reported at the test's line that needed the corpora, not here
    if not os.environ.get(CORPORA_ENV):
        pytest.skip(SKIP_REASON)
    return corpora_dir()
