"""The README as a new user meets it (issue 15): `make smoke` from a checkout, then every command and SQL block it shows.

The smoke run is the real one: `make smoke` (a random model built locally, `akhbar run` over `seeds/`
into `data/`, its own local Prefect server) in a folder laid out like a checkout (`.venv`, `seeds/`,
the Makefile), so the README's relative paths (`data/…`, `.venv/bin/akhbar`) mean what they mean
to a user. The README's examples then run there, as sqlite-utils tests its documentation.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
from pathlib import Path

import duckdb
import pytest
from commands import process_env

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
QUICK_START_END = "<!-- end of quick start -->"
# The commands of the README's sh blocks that this test runs (the others need the hub, a server, or time).
RUN_HERE = ("sql", "report", "backfill")

pytestmark = pytest.mark.xdist_group("readme")


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder laid out like a checkout (links to this one's .venv, seeds/, Makefile), where `make smoke` has run."""
    folder = tmp_path_factory.mktemp("checkout")
    for name in (".venv", "seeds", "Makefile", "pyproject.toml"):
        (folder / name).symlink_to(ROOT / name)
    # `-o`: the install stamp is not remade here (pyproject.toml may be newer than it in a working copy).
    result = subprocess.run(["make", "-o", ".venv/.installed-stamp", "smoke"], cwd=folder, capture_output=True, text=True,
                            timeout=600, env=process_env({"PREFECT_API_URL": None, "AKHBAR_WAREHOUSE": None}))
    (folder / "smoke.log").write_text(result.stdout + result.stderr, encoding="utf-8")
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def test_a_good_make_smoke_is_quiet(checkout: Path) -> None:
    """No dead link, traceback, ERROR or progress bar; the one WARNING is the translation-quality summary."""
    lines = (checkout / "smoke.log").read_text(encoding="utf-8").splitlines()
    for noise in ("http://127.0.0.1", "Traceback", "ERROR", "Loading weights", "Writing model shards", "it/s]", "%|"):
        assert not [line for line in lines if noise in line], noise
    warnings = [line for line in lines if "WARNING" in line]
    assert len(warnings) == 1 and "translations flagged" in warnings[0], warnings
    assert [line for line in lines if line.startswith("published documents 1, sentences ")], lines


def test_the_quick_start_fits_a_screen() -> None:
    lines = README.splitlines()
    end = lines.index(QUICK_START_END)
    assert end < 120, f"the README up to the end of its quick start is {end} lines"
    assert "## Quick start" in lines[:end]
    assert "-->" not in "\n".join(line for line in lines if not line.startswith("<!--"))  # no stray fragment of a comment


def test_the_readmes_links_lead_somewhere() -> None:
    for target in re.findall(r"\]\(((?!https?://|#)[^)#]+)", README):
        assert (ROOT / target).exists(), target
    anchors = {re.sub(r"[^\w\- ]", "", heading).strip().lower().replace(" ", "-") for heading in re.findall(r"^#+ (.*)$", README, re.M)}
    for anchor in re.findall(r"\]\(#([^)]+)\)", README):
        assert anchor in anchors, anchor


def sql_examples() -> list[str]:
    """Each statement of the README's ```sql blocks."""
    blocks = re.findall(r"```sql\n(.*?)```", README, flags=re.DOTALL)
    return [statement.query for block in blocks for statement in duckdb.extract_statements(block)]


def shell_commands() -> list[str]:
    """The README's sh-block lines (continuations joined) that run `.venv/bin/akhbar` with one of RUN_HERE."""
    found = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.DOTALL):
        for line in _commands(block):
            if subcommand(line) in RUN_HERE:
                found.append(line)
    return found


def subcommand(line: str) -> str | None:
    """`sql` of `.venv/bin/akhbar sql "…" | cut -f2`; None for a line that runs no `.venv/bin/akhbar`."""
    words = shlex.split(line, comments=True)
    at = next((i for i, word in enumerate(words) if word == ".venv/bin/akhbar"), None)
    return words[at + 1] if at is not None and at + 1 < len(words) else None


def _commands(block: str) -> list[str]:
    """A shell block's commands: lines joined where a quote or a `\\` continues them."""
    commands, pending = [], ""
    for line in block.splitlines():
        pending = f"{pending}\n{line}" if pending else line
        try:
            shlex.split(pending, comments=True)
        except ValueError:  # an open quote: the command goes on
            continue
        if not pending.endswith("\\"):
            commands.append(pending.replace("\\\n", " "))
            pending = ""
    return commands


def test_the_readme_shows_sql_and_commands() -> None:
    assert len(sql_examples()) >= 4 and {"sql", "report", "backfill"} <= set(map(subcommand, shell_commands()))


@pytest.mark.parametrize("sql", sql_examples())
def test_every_sql_example_returns_rows(checkout: Path, sql: str) -> None:
    with duckdb.connect(str(checkout / "data" / "akhbar.duckdb"), read_only=True) as con:
        rows = con.execute(sql).fetchall()
    assert rows, sql


@pytest.mark.parametrize("line", shell_commands())
def test_every_command_finds_documents(checkout: Path, line: str) -> None:
    """Each `akhbar sql`, `report` and `backfill` line of the README succeeds in the checkout and finds rows."""
    env = process_env({"AKHBAR_MODEL": str(checkout / "data" / "models" / "tiny"), "AKHBAR_WAREHOUSE": None,
                       "PATH": f"{checkout / '.venv' / 'bin'}{os.pathsep}{os.environ['PATH']}"})
    result = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=checkout, capture_output=True, text=True, timeout=300, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "ERROR" not in result.stderr, result.stderr
    command = subcommand(line)
    if command == "sql" and "--out" not in line:
        assert len(result.stdout.strip().splitlines()) >= 2, result.stdout  # a header and at least one row
    elif command == "report":
        assert re.search(r"wrote \S+: [1-9]", result.stdout), result.stdout
    elif command == "backfill":
        assert "no documents" not in result.stdout and re.search(r"^2017-01-\d\d ", result.stdout, re.M), result.stdout


def test_the_python_recipe_reads_every_table_even_an_empty_one(checkout: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """docs/sql.md's recipe (pyarrow and polars through DuckDB), on `amounts`, which the seed leaves empty, and `entities`."""
    [recipe] = re.findall(r"```python\n(.*?)```", (ROOT / "docs" / "sql.md").read_text(encoding="utf-8"), flags=re.DOTALL)
    monkeypatch.chdir(checkout)
    for table in ("amounts", "entities"):
        scope: dict = {}
        exec(recipe.replace("FROM entities", f"FROM {table}"), scope)
        with duckdb.connect("data/akhbar.duckdb", read_only=True) as con:
            columns = [row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()]
            rows = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        assert scope["entities"].columns == columns and scope["entities"].height == rows, table
        assert scope["documents"].num_rows == 1 and "source_path" in scope["documents"].column_names
