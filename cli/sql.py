"""`akhbar sql`: one query printed or exported, or, with no query, an interactive shell; always on a read-only connection.

Output: `table` (aligned columns, by display width so that Arabic with harakat lines up) on a
terminal, `tsv` when piped (as `ls` and `gh` do), `csv`, `json` (an array of objects), `jsonl`
(an object per line) and `parquet`. The exports are DuckDB's `COPY … TO` over the result's Arrow
stream: rows never pass through Python one at a time, and `--out` is written under a temporary
name renamed into place, so a failed export leaves no half file.

The connection is the warehouse's own (`Warehouse.connect`): a local folder's `akhbar.duckdb`, or
for `s3://…` the local views file with the bucket's filesystem registered.
"""

from __future__ import annotations

import argparse
import decimal
import errno
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import uuid
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TypeVar

from rich.cells import cell_len

from akhbar.cli.errors import CommandError, first_line, storage_failure, warehouse_errors
from akhbar.flows.config import RunConfig

FORMATS = ("table", "tsv", "csv", "json", "jsonl", "parquet")
EXTENSIONS = {".txt": "table", ".tsv": "tsv", ".csv": "csv", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
MAX_WIDTH = 60  # display columns of a table cell; longer values are cut with …
MAX_ROWS = 1000
BATCH = 65536
PROMPT, CONTINUATION = "akhbar> ", "   ...> "
EXAMPLE = (
    "example:\n"
    "  akhbar sql \"SELECT label, count(*) FROM entities GROUP BY label\"\n"
    "  akhbar sql \"SELECT * FROM quotes_en WHERE day >= DATE '2017-03-01'\" --out quotes.parquet   # format from the extension\n"
    "  akhbar sql \"SELECT doc_id, title FROM documents\" --format jsonl | jq .title\n"
    "  akhbar sql                                          # interactive, read-only; .tables lists the tables, .quit leaves\n"
    "  printf 'SELECT count(*) FROM documents;\\n.tables\\n' | akhbar sql   # statements from stdin"
)
SHELL_HELP = """\
Statements end with ';' and may span lines; Ctrl-C cancels the statement being typed or run.
.tables         the tables and views, with what each holds
.help           this text
.quit, .exit    leave (so does Ctrl-D)"""

T = TypeVar("T")


def add_sql_parser(commands: argparse._SubParsersAction) -> None:
    """Add `sql` to the `akhbar` sub-parsers."""
    sql = commands.add_parser(
        "sql", help="query the warehouse read-only: print, export (csv, json, parquet), or an interactive shell",
        description="Run SQL on a read-only connection to the warehouse, and print or export the result.\n"
                    "With no QUERY, an interactive read-only shell: the `duckdb` CLI (`duckdb -readonly`) when one is on\n"
                    "PATH, for a local warehouse on a terminal; else akhbar's own, which also reads statements piped to it.",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sql.add_argument("query", nargs="?", metavar="QUERY",
                     help="SQL over the views documents, sentences, translations, entities, quotes, dates, amounts, "
                          "rejects, runs, run_stages, documents_en, entity_mentions, quotes_en, cooccurrence … (`.tables` in the "
                          "shell lists them); several statements show their results in turn (an export writes the last one's); "
                          "without it, the shell")
    sql.add_argument("--warehouse", default=RunConfig.setting("warehouse"), metavar="DIR",
                     help="warehouse folder or s3:// URL; env AKHBAR_WAREHOUSE (default: %(default)s)")
    sql.add_argument("--format", choices=FORMATS, default=None,
                     help="table: aligned columns, NULL shown, long values cut with …; tsv: tab-separated with a header, NULL "
                          "empty; csv: with a header, as DuckDB writes it; json: one array of objects; jsonl: an object per "
                          "line (JSON: timestamps ISO 8601, lists as arrays); parquet: needs --out. Default: from --out's "
                          "extension (.txt .tsv .csv .json .jsonl .parquet), else table when stdout is a terminal, tsv when "
                          "it is a pipe or a file (a QUERY and the shell alike)")
    sql.add_argument("--out", type=Path, metavar="FILE",
                     help="write the result to FILE instead of stdout: under a temporary name, renamed when complete, so a "
                          "failed export leaves no file")
    sql.add_argument("--max-rows", type=_count, default=MAX_ROWS, metavar="N",
                     help="table format (the shell's too): rows shown, the rest counted (0: all); the other formats write "
                          "every row (default: %(default)s)")
    sql.set_defaults(handler=command_sql)


def _count(text: str) -> int:
    """An argparse type: a whole number ≥ 0."""
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"not a whole number ≥ 0: {text!r}")
    return int(text)


def command_sql(args: argparse.Namespace) -> int:
    """Check the arguments, open the warehouse read-only, then run the query or the shell."""

    fmt = _format(args)
    if args.query is not None and not statements(args.query):
        raise CommandError("QUERY holds no SQL statement (only blanks or comments)", status=2)
    if args.query is None and (args.out is not None or fmt not in ("table", "tsv")):
        raise CommandError("--out and --format csv|json|jsonl|parquet need a QUERY (the shell prints tables)", status=2)
    if args.out is not None:
        if args.out.is_dir():
            raise CommandError(f"--out {args.out} is a folder", status=2)
        folder = args.out.resolve().parent
        if not folder.is_dir():
            raise CommandError(f"--out {args.out}: no folder {folder}", status=2)
        if not os.access(folder, os.W_OK):
            raise CommandError(f"--out {args.out}: cannot write in {folder}", status=2)
    try:
        with warehouse_errors(args.warehouse):
            warehouse = _open(args.warehouse)
            if args.query is None:
                cli = _duckdb_cli(warehouse)
                if cli:
                    os.execv(cli, [cli, "-readonly", str(warehouse.db_path)])
            with warehouse.connect(read_only=True) as con:
                if args.query is None:
                    return shell(con, fmt, args.max_rows, where=args.warehouse)
                running = [con]  # connections that Ctrl-C interrupts: an export adds its cursor
                return _interruptible(running, lambda: run_query(con, args.query, fmt, args.out, args.max_rows, running))
    except KeyboardInterrupt:
        return 128 + 2  # as a shell reports SIGINT
    except BrokenPipeError:  # `akhbar sql … | head`: the reader has what it wanted
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's flush at exit must not fail again
        return 128 + 13


def _format(args: argparse.Namespace) -> str:
    """The output format: --format, else --out's extension, else table on a terminal and tsv otherwise."""

    fmt = args.format
    if fmt is None and args.out is not None:
        fmt = EXTENSIONS.get(args.out.suffix.lower())
        if fmt is None:
            raise CommandError(f"cannot tell the format of --out {args.out} from its extension; give --format "
                               f"({', '.join(FORMATS)})", status=2)
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "tsv"  # the same for a QUERY and for the shell
    if fmt == "parquet" and args.out is None:
        raise CommandError("--format parquet needs --out FILE (Parquet is not written to a terminal or a pipe)", status=2)
    return fmt


def _open(where: str):
    """The warehouse, checked to exist; on object storage its local views are brought up to date (`Warehouse.check`)."""
    from akhbar.warehouse import open_warehouse

    warehouse = open_warehouse(where)
    warehouse.check()
    return warehouse


def _duckdb_cli(warehouse) -> str | None:
    """The `duckdb` CLI to run the shell with: on PATH, not older than our DuckDB, for a local warehouse on a terminal."""
    import duckdb

    if warehouse.is_remote or not (sys.stdin.isatty() and sys.stdout.isatty()):
        return None
    cli = shutil.which("duckdb")
    if cli is None:
        return None
    try:
        reported = subprocess.run([cli, "--version"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    theirs, ours = _version(reported), _version(duckdb.__version__)
    # An older CLI may not read a file our DuckDB wrote; then the built-in shell it is.
    return cli if theirs and ours and theirs >= ours else None


def _version(text: str) -> tuple[int, int] | None:
    found = re.search(r"(\d+)\.(\d+)", text)
    return (int(found[1]), int(found[2])) if found else None


def _interruptible(running: list, work: Callable[[], T]) -> T:
    """Run `work` (DuckDB calls on the `running` connections) in a thread so that Ctrl-C can interrupt them.

    DuckDB does not see SIGINT itself: a query would run on to its end.
    """
    done, box = threading.Event(), {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed to the caller
            box["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="akhbar-sql", daemon=True).start()
    try:
        while not done.wait(0.2):
            pass
    except KeyboardInterrupt:
        for con in list(running):
            try:
                con.interrupt()
            except Exception:  # closed meanwhile: nothing left to stop
                pass
        done.wait()  # the query stops at once; its output file, if any, is removed
        raise
    if "error" in box:
        raise box["error"]
    return box["value"]


# ---- one query ----

def run_query(con, query: str, fmt: str, out: Path | None, max_rows: int, running: list | None = None) -> int:
    """Run `query`'s statements in order, writing their results in `fmt` to `out` (atomically) or to stdout.

    Table and TSV show every statement's result, one after the other with a blank line between; an
    export (csv, json, jsonl, parquet) writes one result, so only its last statement may return rows.
    A failed statement stops the rest, and the error says which one it was.
    """
    pieces = statements(query)
    if fmt in ("table", "tsv"):
        if out is None:
            _write_results(con, pieces, fmt, max_rows, sys.stdout)
        else:
            with _atomic(out) as temporary, open(temporary, "w", encoding="utf-8", newline="\n") as stream:
                _write_results(con, pieces, fmt, max_rows, stream)
        return 0
    for number, (line, piece) in enumerate(pieces[:-1], 1):
        if _returns_rows(piece):
            raise CommandError(f"an export writes one result: statement {number} (line {line}) returns rows too, "
                               f"and only the last may; run it on its own", status=2)
        _execute(con, pieces, number)
    if out is not None:
        with _atomic(out) as temporary:
            _located(pieces, len(pieces), lambda: export(con, pieces[-1][1], fmt, temporary, running))
        return 0
    with tempfile.TemporaryDirectory(prefix="akhbar-sql-") as folder:  # csv, json, jsonl to stdout
        temporary = Path(folder) / f"result.{fmt}"
        _located(pieces, len(pieces), lambda: export(con, pieces[-1][1], fmt, temporary, running))
        sys.stdout.flush()
        with open(temporary, "rb") as written:
            shutil.copyfileobj(written, sys.stdout.buffer)
        sys.stdout.buffer.flush()
    return 0


def statements(text: str) -> list[tuple[int, str]]:
    """The SQL statements of `text`, each with the line it starts on; blanks and comments alone are none.

    Split as the shell splits (`split_statements`), so a statement that fails to parse is still one
    of them, and its error can say where it is.
    """
    import duckdb

    complete, rest = split_statements(text)
    found, at = [], 0
    for piece in [*complete, rest]:
        start = text.index(piece, at)
        at = start + len(piece)
        try:
            empty = not duckdb.extract_statements(piece)
        except duckdb.Error:
            empty = False  # not SQL: running it says why
        if not empty:
            lead = len(piece) - len(piece.lstrip())
            found.append((text.count("\n", 0, start + lead) + 1, piece.strip()))
    return found


def _returns_rows(statement: str) -> bool:
    """Whether a statement is a query (SELECT, WITH, VALUES, EXPLAIN …) rather than a setting or a command."""
    import duckdb

    try:
        return any(parsed.type.name in ("SELECT", "EXPLAIN") for parsed in duckdb.extract_statements(statement))
    except duckdb.Error:
        return False


def _located(pieces: list[tuple[int, str]], number: int, work: Callable[[], T]) -> T:
    """`work()`, a DuckDB error raised as a `CommandError` with DuckDB's whole message and, among several statements,
    which one failed."""
    import duckdb

    try:
        return work()
    except duckdb.Error as exc:
        raise CommandError(f"SQL error{_where(pieces, number)}: {exc}") from None


def _where(pieces: list[tuple[int, str]], number: int) -> str:
    """` in statement 2 of 3 (line 4)`, or nothing for a query of one statement."""
    return f" in statement {number} of {len(pieces)} (line {pieces[number - 1][0]})" if len(pieces) > 1 else ""


def _execute(con, pieces: list[tuple[int, str]], number: int):
    """Run statement `number` (from 1) of `pieces`; its result."""
    return _located(pieces, number, lambda: con.execute(pieces[number - 1][1]))


def _write_results(con, pieces: list[tuple[int, str]], fmt: str, max_rows: int, stream: IO[str]) -> None:
    """Each statement's result in turn (a statement without one, such as SET, shows nothing), a blank line between."""
    shown = 0
    for number in range(1, len(pieces) + 1):
        result = _execute(con, pieces, number)
        if result is None or not result.description or _only_success(result.description):
            continue
        if shown:
            stream.write("\n")
        _located(pieces, number, lambda: _write_text(result, [d[0] for d in result.description], fmt, max_rows, stream))
        shown += 1


def _write_text(result, columns: list[str], fmt: str, max_rows: int, stream: IO[str]) -> None:
    if fmt == "tsv":
        write_tsv(result, columns, stream)
    else:
        rows = result.fetchmany(max_rows) if max_rows else result.fetchall()
        total = len(rows) + (_count_rest(result) if max_rows and len(rows) == max_rows else 0)
        stream.writelines(line + "\n" for line in render_table(columns, rows, total, hint="--max-rows 0 shows all"))


def write_tsv(result, columns: list[str], stream: IO[str]) -> None:
    """Tab-separated values with a header, NULL as nothing: what `akhbar sql` always printed."""
    stream.write("\t".join(columns) + "\n")
    while rows := result.fetchmany(BATCH):
        stream.writelines("\t".join("" if value is None else str(value) for value in row) + "\n" for row in rows)


def _count_rest(result) -> int:
    """Rows the pending result still holds, counted in Arrow batches rather than as Python rows."""
    with warnings.catch_warnings():  # duckdb warns that Arrow output of a DB-API result copies the rows: only counted here
        warnings.simplefilter("ignore")
        try:
            reader = result.to_arrow_reader(BATCH)
        except AttributeError:  # a duckdb without it
            reader = None
        if reader is not None:
            return sum(batch.num_rows for batch in reader)
    rest = 0
    while rows := result.fetchmany(BATCH):
        rest += len(rows)
    return rest


COPY_OPTIONS = {
    "csv": "FORMAT csv, HEADER true",
    "json": "FORMAT json, ARRAY true",
    "jsonl": "FORMAT json, ARRAY false",
    "parquet": "FORMAT parquet, COMPRESSION zstd",
}


def export(con, query: str, fmt: str, path: Path, running: list | None = None) -> None:
    """Write the result of `query` to `path` with DuckDB's COPY, streamed.

    The query runs on a cursor (same database, same registered filesystems) whose Arrow stream
    `con` copies out: any statement that returns rows works, several statements or a trailing
    `;` included, which `COPY (query) TO` would not take.
    """
    reader = con.cursor()
    if running is not None:
        running.append(reader)  # Ctrl-C must stop the query itself, not only the COPY waiting on it
    try:
        relation = reader.sql(query)
        if relation is None:

            raise CommandError("the statement returns no rows to export")
        stream = relation.to_arrow_reader(BATCH)
        columns = _json_columns(stream.schema) if fmt in ("json", "jsonl") else "*"
        target = str(path).replace("'", "''")
        con.from_arrow(stream).query("akhbar_result", f"COPY (SELECT {columns} FROM akhbar_result) TO '{target}' ({COPY_OPTIONS[fmt]})")
    finally:
        if running is not None:
            running.remove(reader)
        reader.close()


def _json_columns(schema) -> str:
    """`*`, with timestamps as ISO 8601 (`2017-03-01T10:00:00`, fractions when there are some; `+00` for a time zone)."""
    import pyarrow as pa

    replaced = []
    for field in schema:
        if pa.types.is_timestamp(field.type):
            name = '"' + field.name.replace('"', '""') + '"'
            zone = "%z" if field.type.tz else ""
            replaced.append(f"CASE WHEN microsecond({name}) % 1000000 = 0 THEN strftime({name}, '%Y-%m-%dT%H:%M:%S{zone}') "
                            f"ELSE strftime({name}, '%Y-%m-%dT%H:%M:%S.%f{zone}') END AS {name}")
    return f"* REPLACE ({', '.join(replaced)})" if replaced else "*"


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary path beside `path`, renamed to it when the block succeeds and removed when it fails."""

    path = path.resolve()
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        yield temporary
        os.replace(temporary, path)
    except OSError as exc:
        if exc.filename not in (str(temporary), str(path)) and exc.errno != errno.ENOSPC:
            raise  # not the file's: the warehouse's storage, say
        raise CommandError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        temporary.unlink(missing_ok=True)


# ---- aligned tables ----
# Hand-written rather than rich's or tabulate's tables: the layout (`│` columns, NULL shown, cells cut at a display
# width with `…` and their marks kept, numbers right-aligned, `(N rows)`) is akhbar sql's documented output, which
# tests and scripts read; the widths themselves are rich's.

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_ESCAPES = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}


def display_width(text: str) -> int:
    """Terminal columns `text` takes (`len` counts each haraka as a character; a terminal does not): rich's cell
    widths (rich comes with Prefect), 0 for combining marks, ZWNJ and bidi marks, 2 for wide (CJK) characters."""
    return cell_len(text)


def cut(text: str, limit: int = MAX_WIDTH) -> str:
    """`text` if it takes at most `limit` columns, else as much as fits before a final `…` (with its combining marks)."""
    width, end = 0, None
    for index, char in enumerate(text):
        step = cell_len(char)
        if end is None and width + step > limit - 1:
            end = index
        width += step
        if width > limit:
            return text[:end] + "…"
    return text


def cell(value: object, limit: int = MAX_WIDTH) -> str:
    """A value as a table shows it: NULL for null, control characters escaped (a newline is `\\n`), cut at `limit` columns."""
    if value is None:
        return "NULL"
    text = _CONTROL.sub(lambda found: _ESCAPES.get(found[0], f"\\x{ord(found[0]):02x}"), str(value))
    return cut(text, limit)


def _numeric(value: object) -> bool:
    return isinstance(value, (int, float, decimal.Decimal)) and not isinstance(value, bool)


def render_table(columns: list[str], rows: list[tuple], total: int | None = None, limit: int = MAX_WIDTH,
                 hint: str = "") -> Iterator[str]:
    """Lines of an aligned table: a header, a rule, the rows, and `(N rows)`; numbers right-aligned.

    Widths are display widths, so Arabic with harakat lines up. `total` counts rows not shown.
    """
    if not columns:
        return
    total = len(rows) if total is None else total
    texts = [[cell(value, limit) for value in row] for row in rows]
    heads = [cell(name, limit) for name in columns]
    right = [bool(rows) and all(row[i] is None or _numeric(row[i]) for row in rows) and any(row[i] is not None for row in rows)
             for i in range(len(columns))]
    widths = [max([display_width(heads[i])] + [display_width(row[i]) for row in texts]) for i in range(len(columns))]

    def line(values: Iterable[str]) -> str:
        padded = []
        for text, width, to_right in zip(values, widths, right):
            gap = " " * (width - display_width(text))
            padded.append(gap + text if to_right else text + gap)
        return " │ ".join(padded).rstrip(" ")

    yield line(heads)
    yield "─┼─".join("─" * width for width in widths)
    for row in texts:
        yield line(row)
    noun = "row" if total == 1 else "rows"
    if total > len(rows):
        yield f"({total} {noun}, the first {len(rows)} shown{'; ' + hint if hint else ''})"
    else:
        yield f"({total} {noun})"


# ---- the shell ----

def split_statements(text: str) -> tuple[list[str], str]:
    """The complete statements in `text` (each up to its `;`) and the incomplete rest.

    A `;` inside quotes ('…', "…", $$…$$) or a comment (-- …, /* … */) ends nothing.
    Hand-written: `sqlite3.complete_statement` only says yes or no and knows no `$$` quoting, and
    `duckdb.extract_statements` parses only complete SQL, so neither can tell a shell where a
    statement typed over several lines ends.
    """
    statements, start, index = [], 0, 0
    closers = {"'": "'", '"': '"', "--": "\n", "/*": "*/", "$$": "$$"}
    while index < len(text):
        opener = text[index:index + 2] if text[index:index + 2] in closers else text[index] if text[index] in closers else None
        if opener:
            end = text.find(closers[opener], index + len(opener))
            if end < 0:
                break  # an open quote or comment: more lines to come
            index = end + len(closers[opener])
        elif text[index] == ";":
            statements.append(text[start:index + 1])
            start = index = index + 1
        else:
            index += 1
    return [statement for statement in statements if statement.strip(" \t\r\n;")], text[start:]


def shell(con, fmt: str, max_rows: int, where: str) -> int:
    """The read-only shell: statements ending in `;` from a terminal (with a prompt) or from stdin; dot commands.

    Each result is printed as a table (or TSV, with `--format tsv`); an error is one line on
    stderr and the shell goes on. Returns 1 when statements read from a pipe failed, else 0.
    """
    interactive = sys.stdin.isatty()
    history = _start_history() if interactive else None
    if interactive:
        print(f"akhbar sql on {where}, read-only. Statements end with ';'. .help for help, .quit (or Ctrl-D) to leave.")
    buffer, failures = "", 0
    lines_read, buffer_line = 0, 1  # a script's errors say the line its statement starts on
    shown = [0]  # results printed: a blank line goes between two
    try:
        while True:
            try:
                try:
                    line = _read(PROMPT if not buffer.strip() else CONTINUATION) if interactive else sys.stdin.readline()
                except EOFError:
                    line = ""
                if line == "":
                    break
                lines_read += 1
                if not buffer.strip() and line.strip().startswith("."):
                    outcome = _dot(con, line.strip(), fmt)
                    if outcome is None:
                        break
                    failures += not outcome
                    buffer_line = lines_read + 1
                    continue
                if not buffer.strip():
                    buffer, buffer_line = "", lines_read
                buffer += line if line.endswith("\n") else line + "\n"
                complete, rest = split_statements(buffer)
                for start, statement in _starts(buffer, complete, buffer_line):
                    failures += not _run(con, statement, fmt, max_rows, "" if interactive else f" at line {start}", shown)
                buffer_line += buffer[:len(buffer) - len(rest)].count("\n")
                buffer = rest
            except KeyboardInterrupt:  # Ctrl-C at the prompt (a query's own is caught in `_run`): drop what was typed
                if not interactive:
                    raise
                print()
                buffer = ""
        for start, statement in _starts(buffer, [buffer] if buffer.strip() else [], buffer_line):  # the last, without its ';'
            failures += not _run(con, statement, fmt, max_rows, "" if interactive else f" at line {start}", shown)
    finally:
        if history:
            history()
    return 1 if failures and not interactive else 0


def _read(prompt: str) -> str:
    """A line from the terminal (readline's editing and history when there is readline); EOFError at Ctrl-D."""
    return input(prompt) + "\n"


def _start_history() -> Callable[[], None] | None:
    """Load the shell's history (readline, when this Python has it); return what saves it."""
    try:
        import readline
    except ImportError:
        return None
    path = Path(os.environ.get("AKHBAR_CACHE_DIR") or Path.home() / ".cache" / "akhbar").expanduser() / "sql_history"
    try:
        readline.read_history_file(path)
    except OSError:
        pass
    readline.set_history_length(1000)

    def save() -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            readline.write_history_file(path)
        except OSError:
            pass

    return save


def _starts(text: str, pieces: list[str], first_line: int) -> list[tuple[int, str]]:
    """Each piece of `text` with the line its statement starts on, counting `text`'s first line as `first_line`."""
    found, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        at = start + len(piece)
        lead = len(piece) - len(piece.lstrip())
        found.append((first_line + text.count("\n", 0, start + lead), piece))
    return found


def _run(con, statement: str, fmt: str, max_rows: int, where: str = "", shown: list[int] | None = None) -> bool:
    """Run one statement and print its rows (after a blank line, when results came before); an error goes to stderr,
    with `where` it was. Returns whether it worked."""
    def work() -> list[str]:
        result = con.execute(statement)
        if result is None or not result.description or _only_success(result.description):  # None: only a comment
            return []
        columns = [d[0] for d in result.description]
        if fmt == "tsv":
            rows = result.fetchall()
            return ["\t".join(columns)] + ["\t".join("" if value is None else str(value) for value in row) for row in rows]
        rows = result.fetchmany(max_rows) if max_rows else result.fetchall()
        total = len(rows) + (_count_rest(result) if max_rows and len(rows) == max_rows else 0)
        return list(render_table(columns, rows, total, hint="akhbar sql --max-rows N shows more"))

    worked, lines = _attempt(con, work, where)
    if lines:
        if shown is not None:
            lines = [""] * bool(shown[0]) + lines
            shown[0] += 1
        sys.stdout.write("".join(line + "\n" for line in lines))
        sys.stdout.flush()
    return worked


def _attempt(con, work: Callable[[], T], where: str = "") -> tuple[bool, T | None]:
    """(True, `work()`) run so that Ctrl-C stops it; on a failure or Ctrl-C, the error on stderr and (False, None)."""
    try:
        return True, _interruptible([con], work)
    except KeyboardInterrupt:
        _error("interrupted")
    except Exception as exc:
        _error(_one_line(exc, where))
    return False, None


def _only_success(description: list) -> bool:
    """The `Success` column DuckDB answers SET, PRAGMA and the like with: nothing to print."""
    return len(description) == 1 and description[0][0] == "Success" and str(description[0][1]) == "BOOLEAN"


def _one_line(exc: Exception, where: str = "") -> str:
    """The error of a failed statement: DuckDB's whole message (its hints included: `Did you mean "documents"?`)."""
    import duckdb

    if isinstance(exc, duckdb.Error):
        return f"SQL error{where}: {exc}"
    if storage_failure(exc):
        return f"storage error: {type(exc).__name__}: {first_line(exc)}"
    raise exc


def _error(message: str) -> None:
    sys.stdout.flush()  # the error after the output before it, when both go to one place
    print(message, file=sys.stderr, flush=True)


def _dot(con, command: str, fmt: str = "table") -> bool | None:
    """A dot command: None to leave, else whether it worked."""
    name = command.split()[0].lower()
    if name in (".quit", ".exit", ".q"):
        return None
    if name == ".help":
        print(SHELL_HELP, flush=True)
        return True
    if name == ".tables":
        worked, rows = _attempt(con, lambda: con.execute(
            "SELECT table_name, CASE table_type WHEN 'VIEW' THEN 'view' ELSE 'table' END FROM information_schema.tables "
            "WHERE table_catalog = current_database() AND table_schema = 'main' ORDER BY table_name").fetchall())
        if not worked:
            return False
        rows = [(name, kind, _about(name)) for name, kind in rows]
        lines = (["name\tkind\tholds"] + ["\t".join(row) for row in rows] if fmt == "tsv"
                 else render_table(["name", "kind", "holds"], rows, limit=100))
        print("\n".join(lines), flush=True)
        return True
    _error(f"unknown command {name}; .help lists them")
    return False


def _about(name: str) -> str:
    """What a table or view holds: the first sentence of its `DESCRIPTION` (schema module or derived view)."""
    from akhbar.schemas import TABLES
    from akhbar.warehouse.views import VIEWS

    if name in VIEWS:
        text = VIEWS[name].description
    elif name in TABLES:
        module = TABLES[name]
        text = getattr(module, "DESCRIPTION", None) or re.sub(r"^`[^`]+`:\s*", "", (module.__doc__ or "").strip())
    else:
        return ""
    first = re.split(r"(?<=\.)\s", text.strip(), maxsplit=1)[0]
    return first[:1].upper() + first[1:]
