"""`make install` prints no setuptools warning (issue 15, item 5).

The layout maps `akhbar.cli` to `cli/` and so on, so setuptools builds the editable install with an
import hook and warns that it does (an `InformationOnly` notice, ten lines of asterisks), which pip
shows even with `--quiet`. The Makefile's install rule filters that notice by its message; here the
build pip runs is run with the Makefile's filter, and without it (the notice is there to be filtered).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from commands import process_env

ROOT = Path(__file__).parents[1]
BUILD = "import sys; from setuptools import build_meta; build_meta.build_editable(sys.argv[1])"


def _build_warnings(tmp_path: Path, filters: str | None) -> list[str]:
    """The Python warnings that building akhbar's editable wheel emits (as pip's build hook would pass them on)."""
    result = subprocess.run([sys.executable, "-c", BUILD, str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=120,
                            env=process_env({"PYTHONWARNINGS": filters}))
    assert result.returncode == 0, result.stderr
    return re.findall(r"^\S+:\d+: (\w+(?:Warning|Only)): (.*)$", result.stderr, flags=re.MULTILINE)


def test_the_editable_install_is_built_without_a_setuptools_warning(tmp_path: Path) -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    [filters] = re.findall(r"^\$\(STAMP\): export PYTHONWARNINGS = (.+)$", makefile, flags=re.MULTILINE)
    assert _build_warnings(tmp_path / "without", None), "setuptools no longer warns: drop the Makefile's filter"
    assert _build_warnings(tmp_path / "with", filters) == []
