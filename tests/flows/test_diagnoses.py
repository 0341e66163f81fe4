"""Expected failures say what is wrong, early, and name commands the user can run (issue 15, item 6)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from commands import ROOT, akhbar, akhbar_here


def one_line(result, status: int) -> str:
    assert result.returncode == status, result.stdout + result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_model_directory_that_does_not_exist_is_said_so(tmp_path: Path) -> None:
    line = one_line(akhbar_here("run", "--model", str(tmp_path / "nope"), "--warehouse", str(tmp_path / "wh")), status=1)
    assert f"(no such directory: {tmp_path / 'nope'})" in line, line
    assert "make smoke" in line  # the offline way to try it


def test_eval_translation_with_a_missing_model_directory(tmp_path: Path, corpora: Path) -> None:
    line = one_line(akhbar_here("eval", "translation", "--model", "/nope/opus", "--corpora-dir", str(corpora)), status=1)
    assert "(no such directory: /nope/opus)" in line, line
    assert "unreachable" not in line and "cache" not in line.split(")")[0], line


def test_a_warehouse_that_is_a_file_fails_at_once(tmp_path: Path) -> None:
    file = tmp_path / "warehouse.txt"
    file.write_text("not a warehouse\n")
    started = time.perf_counter()
    line = one_line(akhbar_here("run", "--warehouse", str(file)), status=2)
    assert time.perf_counter() - started < 5  # before Prefect or the model
    assert line == f"akhbar: error: --warehouse {file} is a file, not a folder"
    line = one_line(akhbar_here("run", "--warehouse", str(file / "inside")), status=2)
    assert f"{file} is a file" in line
    line = one_line(akhbar_here("sql", "SELECT 1", "--warehouse", str(file)), status=1)
    assert line == f"akhbar: error: {file} is a file, not a warehouse folder"  # no advice to run into it


def test_hints_name_the_command_as_it_can_be_run(tmp_path: Path) -> None:
    """`.venv/bin/akhbar` when `akhbar` is not on PATH (the README's way), `akhbar` when it is."""
    bin_dir = str(Path(sys.executable).parent)
    path = os.pathsep.join(p for p in os.environ["PATH"].split(os.pathsep) if Path(p).resolve() != Path(bin_dir).resolve())
    venv_bin = os.path.relpath(Path(sys.executable).with_name("akhbar"), ROOT)
    result = akhbar("sql", "SELECT 1", "--warehouse", str(tmp_path / "none"), env={"PATH": path})
    assert f"run `{venv_bin} run --warehouse" in one_line(result, status=1)
    result = akhbar("sql", "SELECT 1", "--warehouse", str(tmp_path / "none"), env={"PATH": f"{bin_dir}{os.pathsep}{path}"})
    assert "run `akhbar run --warehouse" in one_line(result, status=1)
