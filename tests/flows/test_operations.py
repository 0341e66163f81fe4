"""Issue 5's operating guarantees, end to end: the real `akhbar run` (tiny model), killed, raced and read.

- A run SIGKILLed mid-translation or mid-publish leaves only whole Parquet files, and the next
  run completes the work to exactly the tables of an uninterrupted run.
- Two runs started together on one warehouse: one publishes, neither prints a traceback.
- Readers (DuckDB read-only, `akhbar sql`) query while a run holds the warehouse.

A run that is killed, raced or stopped is an `akhbar run` process of its own, in a session of its
own (one SIGKILL to its process group, as `kill -9` of a job), talking to the session's Prefect
server; the uninterrupted runs that complete or compare run in this process (`akhbar_here`).
"""

from __future__ import annotations

import fcntl
import signal
from contextlib import ExitStack
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest
from commands import Finished, Run, akhbar_here, assert_clean_output

from akhbar.tasks.evaluate import ntrex_documents
from akhbar.warehouse import Warehouse
from akhbar.warehouse.memory import TranslationMemory
from akhbar.warehouse.publish import PUBLISH_ORDER

# One xdist worker runs the whole module (`make test` runs `pytest -n auto --dist loadgroup`): its expensive
# fixtures are built once.
pytestmark = pytest.mark.xdist_group("operations")

# The data tables; `runs` and `run_stages` are the ledger, one more run's rows per run.
DATA_TABLES = ("documents", "sentences", "translations", "entities", "quotes", "dates", "amounts", "rejects")
BEFORE_DOCUMENTS = PUBLISH_ORDER[:PUBLISH_ORDER.index("documents")]  # a document's own rows, and their rejects
VIEW_GLOB = "partition_date=*/*.parquet"  # what the views read under tables/<table>/
# Where a run halts itself (`halt_after.py`): the translate stage's first look into the memory, and
# the first Parquet file a publish writes (one partition of one table, renamed into place).
IN_TRANSLATION = "akhbar.warehouse.memory:TranslationMemory.recall"
FIRST_PARQUET_FILE = "akhbar.warehouse.store:Warehouse._write_atomically"


def run_args(source: Path, warehouse: Path) -> list[str]:
    return ["run", "--source", str(source), "--warehouse", str(warehouse)]


def run(source: Path, warehouse: Path, model: Path) -> Finished:
    """One `akhbar run` to its end, in this process."""
    return akhbar_here("run", "--source", str(source), "--warehouse", str(warehouse), env={"AKHBAR_MODEL": str(model)})


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per data table, as a reader sees them through the views."""
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in DATA_TABLES}


def read_counts(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return counts(con)


def parquet_files(warehouse: Path) -> dict[str, list[Path]]:
    """Published Parquet files per table, as the views' glob (DuckDB's own) finds them."""
    with duckdb.connect() as con:
        return {
            table.name: [Path(f) for (f,) in con.execute("SELECT file FROM glob(?)", [str(table / VIEW_GLOB)]).fetchall()]
            for table in sorted((warehouse / "tables").glob("*"))
        }


def parquet_problems(warehouse: Path) -> list[str]:
    """What a reader could trip on: a *.parquet that does not read whole, or a glob match that is not one."""
    on_disk = sorted(warehouse.rglob("*.parquet"))
    problems = []
    for path in on_disk:
        try:
            pq.read_table(path)
        except Exception as exc:  # noqa: BLE001 (any failure to read is the finding)
            problems.append(f"{path}: {exc}")
    visible = sorted(f for files in parquet_files(warehouse).values() for f in files)
    problems += [f"the views' glob matches {f}" for f in visible if f not in on_disk or f.name.startswith(".")]
    return problems


@pytest.fixture(scope="module")
def ntrex(corpora: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """10 NTREX-128 documents, one .txt each, plus a file of a format akhbar refuses and a duplicate: 2 rejects."""
    folder = tmp_path_factory.mktemp("ntrex")
    docs = ntrex_documents(corpora)[:10]
    for i, (doc_id, lines) in enumerate(docs):
        (folder / f"{i:03d}_{doc_id}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "999_copy.txt").write_text("\n".join(docs[0][1]) + "\n", encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n")
    return folder


@pytest.fixture(scope="module")
def reference(ntrex: Path, tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """An uninterrupted run over the NTREX folder, and its row counts taken at once."""
    tmp = tmp_path_factory.mktemp("reference")
    assert_clean_output(run(ntrex, tmp / "warehouse", tiny_model))
    return tmp / "warehouse", read_counts(tmp / "warehouse")


def test_the_reference_run_fills_every_table(reference: tuple[Path, dict[str, int]]) -> None:
    _, n = reference
    assert n["documents"] == 10 and n["rejects"] == 2  # the .pdf and the duplicate
    assert n["translations"] == n["sentences"] > 100
    assert min(n.values()) > 0, n  # so that every table's count below is a real comparison


@pytest.fixture(scope="module")
def killed_in_translation(ntrex: Path, tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A run SIGKILLed as soon as its translate stage has started, then the next run over the same folder."""
    tmp = tmp_path_factory.mktemp("killed-in-translation")
    warehouse = tmp / "warehouse"
    memory = warehouse / "translation_memory.sqlite"
    with Run(run_args(ntrex, warehouse), tiny_model, tmp / "killed", halt=(IN_TRANSLATION, "KILL")) as first:
        assert first.finished().returncode == -signal.SIGKILL
    # The memory is written when the stage ends: empty, it says the kill came before that.
    at_kill = {"memory": len(TranslationMemory(memory)), "files": sorted(warehouse.rglob("*.parquet"))}
    rerun = run(ntrex, warehouse, tiny_model)
    return {"warehouse": warehouse, "at_kill": at_kill, "rerun": rerun}


def test_a_run_killed_mid_translation_is_completed_by_the_next(killed_in_translation: dict, reference: tuple[Path, dict[str, int]]) -> None:
    assert killed_in_translation["at_kill"] == {"memory": 0, "files": []}  # killed in translation, before any publishing
    assert_clean_output(killed_in_translation["rerun"])  # not refused: the dead run's lock went with it
    assert read_counts(killed_in_translation["warehouse"]) == reference[1]
    assert parquet_problems(killed_in_translation["warehouse"]) == []


@pytest.fixture(scope="module")
def killed_in_publish(ntrex: Path, tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A run SIGKILLed as soon as its first Parquet file is published, then the next run."""
    tmp = tmp_path_factory.mktemp("killed-in-publish")
    warehouse = tmp / "warehouse"
    with Run(run_args(ntrex, warehouse), tiny_model, tmp / "killed", halt=(FIRST_PARQUET_FILE, "KILL")) as first:
        assert first.finished().returncode == -signal.SIGKILL
    at_kill = {table: len(files) for table, files in parquet_files(warehouse).items() if files}
    problems = parquet_problems(warehouse)
    rerun = run(ntrex, warehouse, tiny_model)
    return {"warehouse": warehouse, "at_kill": at_kill, "problems_at_kill": problems, "rerun": rerun}


def test_a_run_killed_mid_publish_is_completed_by_the_next(killed_in_publish: dict, reference: tuple[Path, dict[str, int]]) -> None:
    at_kill = killed_in_publish["at_kill"]
    # Killed between the children and their documents, the case where a rerun could double rows:
    # after the first file of the first table.
    assert at_kill == {PUBLISH_ORDER[0]: 1} and PUBLISH_ORDER[0] in BEFORE_DOCUMENTS, at_kill
    assert killed_in_publish["problems_at_kill"] == []  # what the kill left is whole files only
    assert_clean_output(killed_in_publish["rerun"])
    assert read_counts(killed_in_publish["warehouse"]) == reference[1]
    assert parquet_problems(killed_in_publish["warehouse"]) == []


@pytest.fixture(scope="module")
def raced(ntrex: Path, tiny_model: Path, reference: tuple[Path, dict[str, int]], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Finished]]:
    """Two runs over the NTREX folder started together on one warehouse, both waited for.

    After `reference`, so that the Prefect home and the model conversion are already made.
    """
    tmp = tmp_path_factory.mktemp("raced")
    with ExitStack() as started:
        runs = [started.enter_context(Run(run_args(ntrex, tmp / "warehouse"), tiny_model, tmp / f"run-{i}")) for i in (1, 2)]
        return tmp / "warehouse", [r.finished() for r in runs]


def test_two_runs_started_together_give_one_runs_tables(raced: tuple[Path, list[Finished]], reference: tuple[Path, dict[str, int]]) -> None:
    warehouse, results = raced
    assert 0 in [r.returncode for r in results], [r.stderr[-2000:] for r in results]
    for r in results:
        assert "Traceback" not in r.stdout + r.stderr, r.stderr[-5000:]
        if r.returncode != 0:  # refused: one line, naming the lock's holder
            lines = [line for line in r.stderr.splitlines() if line.strip()]
            assert len(lines) == 1 and "in use by another akhbar run" in lines[0], r.stderr[-5000:]
    assert read_counts(warehouse) == reference[1]
    assert parquet_problems(warehouse) == []


def test_readers_query_while_a_run_holds_the_warehouse(ntrex: Path, tiny_model: Path, reference: tuple[Path, dict[str, int]], tmp_path: Path) -> None:
    """Readers query mid-run, and one holding its connection open all through (a dashboard's) does not stop the run."""
    warehouse = tmp_path / "warehouse"
    Warehouse(warehouse).refresh_views()  # a warehouse with no data yet: its views answer, and each must change at publish
    with Run(run_args(ntrex, warehouse), tiny_model, tmp_path / "logs", halt=(IN_TRANSLATION, "STOP")) as live:
        live.wait_until_stopped()  # held here, mid-translation, for as long as the readers take
        try:
            with open(warehouse / ".lock") as handle, pytest.raises(BlockingIOError):
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # the run holds the warehouse (a probe cannot disturb it: it is stopped)
            held = duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True)
            assert counts(held) == dict.fromkeys(DATA_TABLES, 0)
            sql = akhbar_here("sql", "SELECT count(*) AS n FROM documents", "--warehouse", str(warehouse))
            assert (sql.returncode, sql.stdout.splitlines()) == (0, ["n", "0"]), sql.stderr
        finally:
            live.signal(signal.SIGCONT)
        with held:
            result = live.finished()
            held.execute("SELECT count(*) FROM documents").fetchone()  # the held connection still answers
    assert_clean_output(result)
    assert read_counts(warehouse) == reference[1]
