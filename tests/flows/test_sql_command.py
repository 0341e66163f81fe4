"""`akhbar sql`: aligned tables, TSV when piped, csv/json/jsonl/parquet exports, and the read-only shell.

The warehouse is published directly (`Warehouse.publish`, no pipeline run, no Prefect), then the
real console script queries it, as a user would.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from akhbar.cli.sql import cut, display_width, render_table, split_statements
from akhbar.schemas import TABLES
from akhbar.warehouse import Warehouse

AKHBAR = Path(sys.executable).with_name("akhbar")
TEXT = "قالَ الرئيسُ إنّ الاقتصادَ يتحسّنُ. " * 4  # harakat: more characters than columns
DOCUMENTS = {
    "doc_id": ["a1b2c3d4e5f60718", "ffee000011112222"],
    "source_uri": ["seeds/one.txt", "seeds/two.txt"],
    "source_format": ["txt", "txt"],
    "url": ["https://example.com/1", None],
    "title": ["الرئيسُ يتحدّثُ", "خبر"],
    "published_at": [dt.datetime(2017, 3, 1, 10, 0), dt.datetime(2017, 3, 2, 8, 30, 15, 250000)],
    "text": [TEXT, "نص قصير"],
    "language": ["ar", "ar"],
    "partition_date": [dt.date(2017, 3, 1), dt.date(2017, 3, 2)],
    "ingested_at": [dt.datetime(2024, 1, 1), dt.datetime(2024, 1, 1)],
    "lsh_bands": [[11, 22, 33], []],
}
SENTENCES = {
    "doc_id": ["a1b2c3d4e5f60718", "a1b2c3d4e5f60718", "ffee000011112222"],
    "sentence_id": [0, 1, 0],
    "text": ["قالَ الرئيسُ", "الاقتصادُ يتحسّنُ", "نص قصير"],
    "char_start": [0, 13, 0],
    "char_end": [12, 30, 7],
    "partition_date": [dt.date(2017, 3, 1), dt.date(2017, 3, 1), dt.date(2017, 3, 2)],
}
OVERVIEW = ("SELECT d.doc_id, d.title, count(s.sentence_id) AS sentences, d.url, d.partition_date "
            "FROM documents d LEFT JOIN sentences s USING (doc_id) GROUP BY ALL ORDER BY d.doc_id")
TYPED = "SELECT doc_id, title, published_at, partition_date, lsh_bands, url FROM documents ORDER BY doc_id"


def _table(name: str, values: dict[str, list]) -> pa.Table:
    """Rows of a table, every column of its schema (those not given are null)."""
    schema = TABLES[name].COLUMNS
    rows = len(next(iter(values.values())))
    return pa.table({f.name: pa.array(values.get(f.name, [None] * rows), f.type) for f in schema}, schema=schema)


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sql") / "warehouse"
    store = Warehouse(root)
    store.publish("documents", _table("documents", DOCUMENTS), "run-1")
    store.publish("sentences", _table("sentences", SENTENCES), "run-1")
    store.refresh_views()
    return root


def akhbar(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(AKHBAR), *args], input=stdin, capture_output=True, text=True, timeout=120)


def direct(root: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(root / "akhbar.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def one_line_error(result: subprocess.CompletedProcess, status: int = 1) -> str:
    assert result.returncode == status, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# ---- the table layout, in-process ----

def test_display_width_counts_harakat_as_nothing_and_wide_characters_as_two() -> None:
    assert (len("يتحدّثُ"), display_width("يتحدّثُ")) == (7, 5)
    assert display_width("漢字 ok") == 7
    assert cut("abcdef", 4) == "abc…" and cut("abcd", 4) == "abcd"
    cut_arabic = cut(TEXT, 20)
    assert display_width(cut_arabic) == 20 and cut_arabic.endswith("…")
    assert TEXT.startswith(cut_arabic[:-1]) and unicodedata.category(TEXT[len(cut_arabic) - 1]) != "Mn"  # marks stay with their letter
    assert cut("قالَ", 4) == "قالَ"  # 4 characters, 3 columns: no cut


def test_render_table_aligns_by_display_width() -> None:
    lines = list(render_table(["title", "n", "url"], [("الرئيسُ يتحدّثُ", 12, None), ("خبر", 3, "x" * 80)]))
    assert lines[-1] == "(2 rows)"
    body = lines[:-1]
    assert _separators(body[0]) == _separators(body[2]) == _separators(body[3])
    assert body[2].split(" │ ")[1] == "12" and body[3].split(" │ ")[1] == " 3"  # numbers to the right
    assert body[2].split(" │ ")[2] == "NULL" and body[3].endswith("…") and display_width(body[3].split(" │ ")[2]) == 60
    shown = list(render_table(["n"], [(1,), (2,)], total=5, hint="more with X"))
    assert shown[-1] == "(5 rows, the first 2 shown; more with X)"


def test_split_statements_respects_quotes_and_comments() -> None:
    text = "SELECT 'a;b' AS x; -- not; the end\nSELECT 2 /* ; */ AS \"y;\";\n;\nSELECT 3"
    statements, rest = split_statements(text)
    assert [s.strip() for s in statements] == ["SELECT 'a;b' AS x;", "-- not; the end\nSELECT 2 /* ; */ AS \"y;\";"]
    assert rest == "\nSELECT 3"
    assert split_statements("SELECT 'open;\n") == ([], "SELECT 'open;\n")


def _separators(line: str) -> list[int]:
    """Display columns at which the cell separators of a table line sit."""
    return [display_width(line[:i]) for i, char in enumerate(line) if char in "│┼"]


# ---- one query, through the console script ----

def test_table_format_lines_up_arabic_shows_null_and_cuts_long_values(published: Path) -> None:
    sql = OVERVIEW.replace("d.partition_date", "d.text")
    result = akhbar("sql", sql, "--warehouse", str(published), "--format", "table")
    assert result.returncode == 0, result.stderr
    header, rule, first, second, footer = result.stdout.splitlines()
    assert [cell.strip() for cell in header.split("│")] == ["doc_id", "title", "sentences", "url", "text"]
    assert len({tuple(_separators(line)) for line in (header, rule, first, second)}) == 1, result.stdout
    assert first.split(" │ ")[2] == "        2" and second.split(" │ ")[2] == "        1"  # right-aligned under `sentences`
    assert second.split(" │ ")[3].strip() == "NULL"
    text = first.split(" │ ")[4]
    assert text.endswith("…") and display_width(text) == 60 and TEXT.startswith(text[:-1])
    assert footer == "(2 rows)"

    more = akhbar("sql", "SELECT range AS n FROM range(25)", "--warehouse", str(published), "--format", "table", "--max-rows", "3")
    assert more.returncode == 0, more.stderr
    assert more.stdout.splitlines()[2:] == ["0", "1", "2", "(25 rows, the first 3 shown; --max-rows 0 shows all)"]


def test_tsv_when_piped_as_before(published: Path) -> None:
    result = akhbar("sql", OVERVIEW, "--warehouse", str(published))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "doc_id\ttitle\tsentences\turl\tpartition_date",
        "a1b2c3d4e5f60718\tالرئيسُ يتحدّثُ\t2\thttps://example.com/1\t2017-03-01",
        "ffee000011112222\tخبر\t1\t\t2017-03-02",
    ]


def test_csv_export(published: Path, tmp_path: Path) -> None:
    out = tmp_path / "overview.csv"
    result = akhbar("sql", OVERVIEW, "--warehouse", str(published), "--format", "csv", "--out", str(out))
    assert (result.returncode, result.stdout) == (0, ""), result.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["doc_id", "title", "sentences", "url", "partition_date"]
    assert rows[1:] == [["" if value is None else str(value) for value in row] for row in direct(published, OVERVIEW)]
    assert os.listdir(tmp_path) == ["overview.csv"]


def _as_json(row: tuple) -> dict:
    return {key: value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value
            for key, value in zip(["doc_id", "title", "published_at", "partition_date", "lsh_bands", "url"], row)}


def test_json_export_format_from_the_extension(published: Path, tmp_path: Path) -> None:
    out = tmp_path / "documents.json"
    result = akhbar("sql", TYPED, "--warehouse", str(published), "--out", str(out))
    assert result.returncode == 0, result.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert exported == [_as_json(row) for row in direct(published, TYPED)]
    assert exported[0]["published_at"] == "2017-03-01T10:00:00" and exported[1]["lsh_bands"] == []


def test_jsonl_to_stdout(published: Path) -> None:
    result = akhbar("sql", TYPED + ";", "--warehouse", str(published), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    assert [json.loads(line) for line in result.stdout.splitlines()] == [_as_json(row) for row in direct(published, TYPED)]


def test_parquet_export_keeps_the_types(published: Path, tmp_path: Path) -> None:
    out = tmp_path / "documents.parquet"
    sql = "SELECT * FROM documents ORDER BY doc_id"
    result = akhbar("sql", sql, "--warehouse", str(published), "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = pq.read_table(out)
    with duckdb.connect(str(published / "akhbar.duckdb"), read_only=True) as con:
        expected = con.sql(sql).to_arrow_table()
    assert written.column_names == expected.column_names
    assert pa.types.is_list(written.schema.field("lsh_bands").type) and written.schema.field("lsh_bands").type.value_type == pa.int64()
    assert written.to_pylist() == expected.to_pylist()


def test_parquet_needs_out(published: Path) -> None:
    line = one_line_error(akhbar("sql", "SELECT 1", "--warehouse", str(published), "--format", "parquet"), status=2)
    assert "--out" in line


def test_a_failed_export_leaves_no_file(published: Path, tmp_path: Path) -> None:
    sql = "SELECT CASE WHEN range < 200000 THEN range ELSE error('boom') END AS n FROM range(400000)"
    line = one_line_error(akhbar("sql", sql, "--warehouse", str(published), "--out", str(tmp_path / "n.csv")))
    assert line.startswith("akhbar: error: SQL error:") and "boom" in line
    assert os.listdir(tmp_path) == []


def test_missing_warehouse_is_one_line(tmp_path: Path) -> None:
    for stdin, args in ((None, ["SELECT 1"]), ("SELECT 1;\n", [])):
        line = one_line_error(akhbar("sql", *args, "--warehouse", str(tmp_path / "none"), stdin=stdin))
        assert "no warehouse at" in line


# ---- the shell ----

def test_shell_reads_statements_from_stdin(published: Path) -> None:
    script = (
        "SELECT 1 AS x;\n"
        ".tables\n"
        "SELECT doc_id,\n"
        "       title  -- a comment; not the end\n"
        "FROM documents ORDER BY doc_id;\n"
        "SELEC nonsense;\n"
        "CREATE TABLE t (x INT);\n"
        "SELECT 'still; here' AS status; SELECT 42 AS answer\n"  # the last one without its ';'
    )
    result = akhbar("sql", "--warehouse", str(published), "--format", "table", stdin=script)
    assert result.returncode == 1  # statements failed
    assert "Traceback" not in result.stderr and "akhbar>" not in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("SQL error")]
    assert errors[0].startswith("SQL error at line 6: Parser Error") and errors[1].startswith("SQL error at line 7:"), result.stderr
    assert "read-only" in result.stderr.split("SQL error at line 7:")[1]
    out = result.stdout.splitlines()
    assert out[:4] == ["x", "─", "1", "(1 row)"]
    tables = out[4:next(i for i, line in enumerate(out) if line.startswith("doc_id")) - 1]  # a blank line before the next result
    assert tables[0].split() == ["name", "│", "kind", "│", "holds"]
    names = {line.split(" │ ")[0].strip(): line.split(" │ ")[1].strip() for line in tables[2:-1]}
    assert names["documents"] == names["sentences"] == "view" and {"translations", "runs"} <= set(names)
    assert "الرئيسُ يتحدّثُ" in result.stdout
    assert out[-9:] == ["status", "───────────", "still; here", "(1 row)", "", "answer", "──────", "    42", "(1 row)"]
    assert direct(published, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 't'") == [(0,)]


def test_interactive_shell_prompts_and_ctrl_c(published: Path, tmp_path: Path) -> None:
    """On a terminal: a prompt, a continuation prompt, and Ctrl-C stops a running query without leaving the shell."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: akhbar sql on the pty, no duckdb CLI on PATH
        os.environ.update(PATH=str(AKHBAR.parent), AKHBAR_CACHE_DIR=str(tmp_path))
        try:
            signal.signal(signal.SIGINT, signal.SIG_DFL)
            os.execv(str(AKHBAR), [str(AKHBAR), "sql", "--warehouse", str(published)])
        finally:
            os._exit(127)
    seen = b""

    def until(marker: bytes, timeout: float = 30) -> None:
        nonlocal seen
        deadline = time.monotonic() + timeout
        while marker not in seen:
            assert time.monotonic() < deadline, f"no {marker!r} in {seen.decode(errors='replace')!r}"
            if select.select([fd], [], [], 0.1)[0]:
                seen += os.read(fd, 4096)

    try:
        until(b"akhbar> ")
        os.write(fd, b"SELECT 7\r")
        until(b"   ...> ")
        os.write(fd, b"AS x;\r")
        until(b"(1 row)")
        until(b"akhbar> ", 10)
        seen = b""
        os.write(fd, b"SELECT sum(hash(range)) FROM range(100000000000);\r")  # minutes of work
        time.sleep(1.5)
        os.write(fd, b"\x03")
        until(b"interrupted")
        until(b"akhbar> ")
        os.write(fd, b".quit\r")
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
    finally:
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        os.close(fd)
    assert (tmp_path / "sql_history").read_text().count("SELECT") >= 2


# ---- what a QUERY may hold (issue 15, item 4) ----

@pytest.mark.parametrize("query", ["", "   ", "-- a comment", "/* nothing */ ;"])
def test_a_query_without_a_statement_is_a_usage_error(published: Path, query: str) -> None:
    line = one_line_error(akhbar("sql", query, "--warehouse", str(published)), status=2)
    assert line == "akhbar: error: QUERY holds no SQL statement (only blanks or comments)"


def test_every_statement_of_a_query_shows_its_result(published: Path) -> None:
    result = akhbar("sql", "SELECT 1 AS one; SET threads = 1; SELECT 2 AS two", "--warehouse", str(published))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["one", "1", "", "two", "2"]
    table = akhbar("sql", "SELECT 1 AS one; SELECT 2 AS two", "--warehouse", str(published), "--format", "table")
    assert table.stdout.splitlines() == ["one", "───", "  1", "(1 row)", "", "two", "───", "  2", "(1 row)"]


def test_an_export_takes_one_result(published: Path, tmp_path: Path) -> None:
    line = one_line_error(akhbar("sql", "SELECT 1 AS one; SELECT 2 AS two", "--warehouse", str(published), "--out",
                                 str(tmp_path / "x.csv")), status=2)
    assert "statement 1 (line 1) returns rows" in line and not (tmp_path / "x.csv").exists()
    done = akhbar("sql", "SET threads = 1; SELECT 2 AS two", "--warehouse", str(published), "--format", "csv")
    assert (done.returncode, done.stdout.splitlines()) == (0, ["two", "2"]), done.stderr


def test_sql_errors_keep_duckdbs_help_and_say_which_statement(published: Path) -> None:
    result = akhbar("sql", "SELECT * FROM documentz", "--warehouse", str(published))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("akhbar: error: SQL error: Catalog Error: Table with name documentz does not exist!")
    assert 'Did you mean "documents"?' in result.stderr and "LINE 1:" in result.stderr
    result = akhbar("sql", "SELECT 1;\nSELECT nope FROM documents", "--warehouse", str(published))
    assert result.returncode == 1 and result.stdout.splitlines() == ["1", "1"]
    assert result.stderr.startswith("akhbar: error: SQL error in statement 2 of 2 (line 2): Binder Error:"), result.stderr
    assert "Candidate bindings" in result.stderr


def test_the_shell_piped_writes_what_a_query_piped_writes(published: Path) -> None:
    """TSV into a pipe whichever way the statements come; a script's error names its line."""
    piped = akhbar("sql", "--warehouse", str(published), stdin="SELECT doc_id, title\nFROM documents ORDER BY doc_id;\n-- a note\n;\n")
    given = akhbar("sql", "SELECT doc_id, title FROM documents ORDER BY doc_id", "--warehouse", str(published))
    assert piped.stdout == given.stdout and piped.stdout.startswith("doc_id\ttitle\n"), piped.stdout + piped.stderr
    assert piped.returncode == 0 and piped.stderr == ""
    script = akhbar("sql", "--warehouse", str(published), stdin="SELECT 1 AS x;\n\nSELECT *\nFROM documentz;\n")
    assert script.returncode == 1 and script.stderr.startswith("SQL error at line 3: Catalog Error:"), script.stderr
    assert 'Did you mean "documents"?' in script.stderr
