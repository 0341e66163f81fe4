"""The only code that touches storage: Parquet partitions, the run lock and the DuckDB views."""

from __future__ import annotations

import ctypes
import datetime as dt
import errno
import fcntl
import os
import re
import shutil
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from akhbar.schemas import TABLES, published_schema
from akhbar.warehouse.memory import TranslationMemory
from akhbar.warehouse.views import VIEWS

DB_FILE = "akhbar.duckdb"
_WRITERS = 4  # threads writing a table's day files at once

# Rows already published under these keys are not written again: a re-run adds nothing,
# and a run resumed after a crash fills in only what the crash left out.
KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id",),
    "sentences": ("doc_id",),
    "translations": ("doc_id",),
    "entities": ("doc_id",),
    "quotes": ("doc_id",),
    "dates": ("doc_id",),
    "amounts": ("doc_id",),
    "rejects": ("source_uri", "stage", "reason"),
}

DUCKDB_TYPES = {
    pa.string(): "VARCHAR",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
    pa.timestamp("us"): "TIMESTAMP",
    pa.list_(pa.string()): "VARCHAR[]",
    pa.list_(pa.int64()): "BIGINT[]",
}


def open_warehouse(root: str | Path) -> Warehouse:
    """The warehouse at `root`: a local folder (or `file://` URL), or an `ObjectStoreWarehouse` for an fsspec URL (`s3://…`)."""
    if is_url(root):
        from akhbar.warehouse.objectstore import ObjectStoreWarehouse

        return ObjectStoreWarehouse(str(root))
    return Warehouse(root)


class WarehouseLocked(RuntimeError):
    """Another run holds the warehouse."""


class WarehouseMissing(RuntimeError):
    """There is no warehouse at the given path yet."""


def is_url(root: str | Path) -> bool:
    """Whether a warehouse root names object storage (`s3://…`, any fsspec URL) rather than a local folder."""
    return isinstance(root, str) and bool(_URL.match(root)) and not root.startswith("file://")


_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# `Path("s3://b/wh")` is `s3:/b/wh` (and `/cwd/s3:/b/wh` once resolved): a URL that went through a Path.
_MANGLED_URL = re.compile(r"(^|/)(s3|s3a|gs|gcs|az|abfs|abfss|adl|oss|r2|hf|hdfs|webhdfs|memory):/(?!/)")


class Warehouse:
    """Parquet tables under `<root>/tables/<table>/partition_date=…/` and views in `<root>/akhbar.duckdb`.

    `root` is a local folder (or a `file://` URL); `open_warehouse` gives an `ObjectStoreWarehouse`
    (see `akhbar.warehouse.objectstore`) for an fsspec URL such as `s3://bucket/prefix`, with the
    same API, the Parquet in the bucket and the DuckDB file and translation memory on local disk.

    Readers use `check()`, then `connect(read_only=True)` (or `query`); a run takes `lock()`,
    publishes and refreshes the views; the stages get `translation_memory()` and the warehouse
    itself as their `PublishedDocuments` port.
    """

    is_remote = False

    def __init__(self, root: str | Path) -> None:
        if is_url(root):
            raise ValueError(f"warehouse {root!r} is a URL: open it with open_warehouse()")
        if isinstance(root, str) and root.startswith("file://"):
            root = root.removeprefix("file://")
        if _MANGLED_URL.search(str(root)):
            raise ValueError(f"warehouse {str(root)!r} looks like a URL that lost a '/' (a Path was made of it); pass the URL as a string")
        self.root = Path(root).expanduser().resolve()
        self.db_path = self.root / DB_FILE
        self.memory_path = self.root / "translation_memory.sqlite"
        self._keys, self._keys_lock = {}, threading.Lock()  # published keys per table (`unpublished`)
        self._index: _DocumentIndex | None = None  # what near-duplicate and duplicate checks ask of `documents`

    def translation_memory(self) -> TranslationMemory:
        """The warehouse's translation memory (a SQLite file beside the views)."""
        return TranslationMemory(self.memory_path)

    def files(self, table: str) -> list[Path]:
        """The published Parquet files of a table."""
        return sorted((self.root / "tables" / table).glob("partition_date=*/*.parquet"))

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the warehouse for one run; a second run stops at once instead of doubling rows."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "a+") as handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                raise WarehouseLocked(f"{self.root} is in use by another akhbar run ({handle.read().strip() or 'pid unknown'})")
            handle.truncate(0)
            handle.write(f"pid {os.getpid()}")
            handle.flush()
            yield

    def published_keys(self, table: str) -> set[tuple]:
        """Key tuples already present in a table's Parquet files."""
        keys = self.published_key_columns(table)
        return set(zip(*(keys[column].to_pylist() for column in KEYS[table])))

    def published_key_columns(self, table: str) -> pa.Table:
        """The distinct keys (`KEYS`) of a table's Parquet files, as columns."""
        files = self.files(table)
        if not files:
            return published_schema(table).empty_table().select(KEYS[table])
        columns = ", ".join(KEYS[table])
        with duckdb.connect() as con:
            return con.sql(f"SELECT DISTINCT {columns} FROM read_parquet(?)", params=[[str(f) for f in files]]).to_arrow_table()

    def manifest(self) -> dict[str, tuple[int, int, int, int]]:
        """Source URI → (size, mtime_ns, chunk_articles, chunk_characters) as last read (`manifest` table); a warehouse without
        one gives {}. A row from before the chunk columns gives (…, 0, 0): an empty chunk."""
        files = self.files("manifest")
        if not files:
            return {}
        sql = """
            SELECT source_uri, arg_max(size, read_at) AS size, arg_max(mtime_ns, read_at) AS mtime_ns,
                   arg_max(coalesce(chunk_articles, 0), read_at) AS articles, arg_max(coalesce(chunk_characters, 0), read_at) AS characters
            FROM (SELECT source_uri, size, mtime_ns, read_at, {} FROM read_parquet(?, union_by_name = true))
            GROUP BY source_uri
        """
        with self._with_filesystem(duckdb.connect()) as con:  # a warehouse from before the chunk columns has none
            older = "NULL::BIGINT AS chunk_articles, NULL::BIGINT AS chunk_characters"
            rows = _newest_columns(con, sql, ["chunk_articles, chunk_characters", older], [[str(f) for f in files]]).to_pylist()
        return {row["source_uri"]: (row["size"], row["mtime_ns"], row["articles"], row["characters"]) for row in rows}

    def feed_validators(self) -> dict[str, tuple[str | None, str | None, str | None]]:
        """Feed URI → (ETag, Last-Modified, sitemap index that named it) of its latest version read (`feeds` table): what
        makes its next request conditional; a warehouse without feeds gives {}."""
        files = self.files("feeds")
        if not files:
            return {}
        sql = """
            SELECT feed_uri, etag, last_modified, parent_uri FROM read_parquet(?, union_by_name = true)
            QUALIFY row_number() OVER (PARTITION BY feed_uri ORDER BY fetched_at DESC) = 1
        """
        with self._with_filesystem(duckdb.connect()) as con:
            rows = con.execute(sql, [[str(f) for f in files]]).fetchall()
        return {uri: (etag, modified, parent) for uri, etag, modified, parent in rows}

    def fetched_urls(self, urls: Iterable[str]) -> set[str]:
        """Those of `urls` that a run fetched already (`pages`): as a feed's link, after redirects, or as a page's canonical URL.

        Only the asked URLs are looked up (a join in DuckDB), so the cost follows a run's feeds, not the warehouse's history.
        """
        files, wanted = self.files("pages"), sorted(set(urls))
        if not files or not wanted:
            return set()
        sql = """
            SELECT url FROM wanted WHERE url IN (
                SELECT unnest([url, final_url, canonical_url]) FROM read_parquet(?, union_by_name = true))
        """
        with self._with_filesystem(duckdb.connect()) as con:
            con.register("wanted", pa.table({"url": pa.array(wanted, pa.string())}))
            return {url for (url,) in con.execute(sql, [[str(f) for f in files]]).fetchall()}

    def unpublished(self, table: str, rows: pa.Table) -> pa.Table:
        """The rows whose key is not published yet.

        The keys are read from the table's files once, then kept up to date by this object's own
        publishing: a run holds the warehouse's lock, so no one else adds to it meanwhile. A run in
        chunks read every file of every table again at each chunk before (its time grew with the
        square of the input).
        """
        if rows.num_rows == 0:
            return rows  # nothing to check: the table's keys are not read (a run with nothing new read them all before)
        with self._keys_lock:
            if table not in self._keys:
                self._keys[table] = _KeySet(_key_values(self.published_key_columns(table), table))
            seen = self._keys[table]
            if not seen:
                return rows
            return rows.filter(pc.invert(seen.holds(_key_values(rows, table))))

    def _remember(self, table: str, rows: pa.Table) -> None:
        """Add published rows' keys to the kept keys of their table (when kept), and new documents to the kept index."""
        with self._keys_lock:
            if table in self._keys and table in KEYS:
                self._keys[table].add(_key_values(rows, table))
            if table == "documents" and self._index is not None:
                self._index = self._index.plus(rows.select(_INDEXED.names).cast(_INDEXED))

    def read_published(self, table: str, columns: list[str], doc_ids: list[str]) -> pa.Table:
        """`columns` of the published rows of `doc_ids` (only those are read; `documents`' `doc_id` and `source_uri` from memory)."""
        def none() -> pa.Table:  # made only when answered: `partition_date` is asked of the index, and is no file column
            return pa.table({column: pa.array([], published_schema(table).field(column).type) for column in columns})

        if not doc_ids:  # a run with nothing new asks for none: no index or file is read for it
            return none()
        ids = pa.array(sorted(set(doc_ids)), pa.string())
        if table == "documents" and set(columns) <= {"doc_id", "source_uri", "partition_date"}:
            sources = self._document_index().sources
            return sources.filter(pc.is_in(sources["doc_id"], ids)).select(columns)
        files = self.files(table)
        if table == "documents" and files:  # only the days that hold them: a warehouse has thousands of files
            sources = self._document_index().sources
            days = pc.unique(sources.filter(pc.is_in(sources["doc_id"], ids))["partition_date"])
            wanted_days = {f"partition_date={day}" for day in days.to_pylist()}
            files = [f for f in files if str(f).replace("\\", "/").rsplit("/", 2)[-2] in wanted_days]
        if not files:
            return none()
        wanted = pa.table({"doc_id": ids})
        with self._with_filesystem(duckdb.connect()) as con:
            con.register("wanted", wanted)
            sql = f"SELECT {', '.join(columns)} FROM read_parquet(?, union_by_name = true) WHERE doc_id IN (SELECT doc_id FROM wanted)"
            return con.sql(sql, params=[[str(f) for f in files]]).to_arrow_table()

    def sharing_bands(self, bands: pa.Table) -> pa.Table:
        """(doc_id, candidate): published documents that share a MinHash LSH band key with a new one.

        `bands` has a row per (doc_id, band) of the new documents. The published band keys are
        read once (only the `doc_id` and `lsh_bands` columns) and kept in memory, about 300 bytes
        a document, kept up to date by this object's own publishing: each chunk of a run read every
        documents file again before, a cost that grew with the warehouse. A warehouse from before
        `lsh_bands` has no candidates.
        """
        empty = pa.table({"doc_id": pa.array([], pa.string()), "candidate": pa.array([], pa.string())})
        if bands.num_rows == 0:
            return empty  # nothing new: the index is not read
        published = self._document_index().bands
        if published.num_rows == 0:
            return empty
        sql = """
            SELECT DISTINCT n.doc_id, p.doc_id AS candidate
            FROM new_bands n JOIN published_bands p USING (band)
            WHERE p.doc_id <> n.doc_id
            ORDER BY 1, 2
        """
        with duckdb.connect() as con:
            con.register("new_bands", bands)
            con.register("published_bands", published)
            return con.sql(sql).to_arrow_table()

    def _document_index(self) -> _DocumentIndex:
        """The published documents' ids, sources and band keys: read from the files once, then kept (`_remember`)."""
        with self._keys_lock:
            if self._index is None:
                self._index = self._read_document_index()
            return self._index

    def _read_document_index(self) -> _DocumentIndex:
        files = self.files("documents")
        if not files:
            return _DocumentIndex.of(_INDEXED.empty_table())
        with self._with_filesystem(duckdb.connect()) as con:  # a warehouse from before `lsh_bands` has none
            rows = _newest_columns(con, "SELECT doc_id, source_uri, partition_date, {} FROM read_parquet(?, union_by_name = true)",
                                   ["lsh_bands", "NULL::BIGINT[] AS lsh_bands"], [[str(f) for f in files]])
        return _DocumentIndex.of(rows.cast(_INDEXED))

    def publish(self, table: str, rows: pa.Table, run_id: str) -> int:
        """Write new rows one Parquet file per partition, each atomically; return rows written."""
        if table in KEYS:
            rows = self.unpublished(table, rows)
        if rows.num_rows == 0:
            return 0
        if "run_id" not in rows.column_names:
            rows = rows.append_column("run_id", pa.array([run_id] * rows.num_rows, pa.string()))
        # One file per day: an archive's chunk spans hundreds of days, and the writes (Arrow releases the GIL) overlap.
        with ThreadPoolExecutor(_WRITERS) as writers:
            for done in [writers.submit(self._write_atomically, table, day.isoformat(), part, run_id)
                         for day, part in _by_day(rows, published_schema(table))]:
                done.result()
        self._remember(table, rows)
        return rows.num_rows

    def replace_days(self, table: str, rows: pa.Table, days: Iterable[dt.date], run_id: str) -> int:
        """Rebuild whole partitions: each day's `rows` (maybe none) take the place of all the day held.

        The new partition is written beside the old one under a hidden name, then the two are
        swapped in one step (`renameat2` RENAME_EXCHANGE): a reader sees the old day or the new,
        never a mix, never doubled rows. Returns rows written.
        """
        if "run_id" not in rows.column_names:
            rows = rows.append_column("run_id", pa.array([run_id] * rows.num_rows, pa.string()))
        with self._keys_lock:
            self._keys.pop(table, None)  # rows go as well as come: read again when next asked
            if table == "documents":
                self._index = None
        schema = published_schema(table)
        for day in sorted(set(days)):
            part = rows.filter(pc.equal(rows["partition_date"], pa.scalar(day, pa.date32())))
            directory = self.root / "tables" / table / f"partition_date={day.isoformat()}"
            staging = directory.with_name(f".{directory.name}.{run_id}")  # hidden: the views' glob passes it by
            for left in directory.parent.glob(f".{directory.name}.*"):  # left by a rebuild killed half-way
                shutil.rmtree(left, ignore_errors=True)
            staging.mkdir(parents=True)
            if part.num_rows:
                pq.write_table(part.select(schema.names).cast(schema), staging / f"{run_id}-{uuid.uuid4().hex[:8]}.parquet", compression="zstd")
            if directory.exists():
                _swap(staging, directory)  # `staging` now holds the old partition
                shutil.rmtree(staging)
                if not part.num_rows:
                    directory.rmdir()
            elif part.num_rows:
                os.rename(staging, directory)
            else:
                staging.rmdir()
        return rows.num_rows

    def _write_atomically(self, table: str, day: str, rows: pa.Table, run_id: str) -> None:
        """Write to a hidden temporary name, then rename: readers see all of the file or none."""
        directory = self.root / "tables" / table / f"partition_date={day}"
        directory.mkdir(parents=True, exist_ok=True)
        final = directory / f"{run_id}-{uuid.uuid4().hex[:8]}.parquet"
        temporary = directory / f".{final.name}.tmp"
        pq.write_table(rows, temporary, compression="zstd")
        os.replace(temporary, final)

    def refresh_views(self) -> None:
        """Create the views that are missing or still empty; the others already glob new files.

        The views read `partition_date=*/*.parquet`, so new partitions show up without a
        refresh; the file changes only when a view must: once per table in the warehouse's
        life. It is then changed in a copy that is renamed into place, never opened for
        writing where it is: DuckDB refuses that while any reader has it open, and a reader
        holding a connection (a dashboard, a notebook) would fail the run. A connection keeps
        the views it opened with; the next one sees the new.
        """
        states = self._view_states()
        stale = [table for table in TABLES if states.get(table) != self._has_files(table)]
        views = {table: self._view_sql(table) for table in stale} | {name: view.sql for name, view in VIEWS.items() if name not in states}
        if views:
            self._write_views(views)

    def _view_states(self) -> dict[str, bool | None]:
        """Every view of the file, and whether it reads Parquet files (a table's view with none selects an empty row set);
        None for a table's view that reads another folder's files: the warehouse was moved or copied since it was made."""
        if not self.db_path.exists():
            return {}
        with self.connect(read_only=True) as con:
            rows = con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal").fetchall()
        return {name: ("read_parquet" in sql) if "read_parquet" not in sql or name not in TABLES or self._reads_here(name, sql) else None
                for name, sql in rows}

    def _reads_here(self, table: str, sql: str) -> bool:
        """Whether a table's view reads this folder's files (the views hold absolute paths: a copied warehouse's would
        read the original's)."""
        return self._pattern(table).replace("'", "''") in sql

    def _has_files(self, table: str) -> bool:
        """Whether a table has a published file (the first one found is enough)."""
        return next((self.root / "tables" / table).glob("partition_date=*/*.parquet"), None) is not None

    def check(self) -> None:
        """Ready to read, or `WarehouseMissing`: the views file exists, and a warehouse from before a derived
        view (`akhbar.warehouse.views`) gains it (in a copy renamed into place)."""
        if self.root.exists() and not self.root.is_dir():
            raise WarehouseMissing(f"{self.root} is a file, not a warehouse folder")
        if not self.db_path.exists():
            raise WarehouseMissing(f"no warehouse at {self.root} (no {DB_FILE}); run `akhbar run --warehouse {self.root}` first")
        if self._missing_views() or None in self._view_states().values():
            self.refresh_views()  # a derived view added since, or a folder moved or copied: its views are made for where it is

    def _missing_views(self) -> dict[str, str]:
        """The derived views (`akhbar.warehouse.views`) the file lacks: they read the tables' views, so once is enough."""
        existing = set()
        if self.db_path.exists():
            with self.connect(read_only=True) as con:
                existing = {name for (name,) in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
        return {name: view.sql for name, view in VIEWS.items() if name not in existing}

    def _write_views(self, views: dict[str, str]) -> None:
        """(Re)create views, table → SELECT, in a copy of the views file renamed into place."""
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.db_path.with_name(f".{DB_FILE}.{uuid.uuid4().hex[:8]}.tmp")
        # A WAL beside the file (a writer killed before its checkpoint) goes into the copy: DuckDB
        # refuses to open a file with a WAL that belongs to an older version of it.
        wal, temporary_wal = (path.with_name(path.name + ".wal") for path in (self.db_path, temporary))
        try:
            if self.db_path.exists():
                shutil.copyfile(self.db_path, temporary)
                if wal.exists():
                    shutil.copyfile(wal, temporary_wal)
            with self._with_filesystem(duckdb.connect(str(temporary))) as con:
                for table, sql in views.items():
                    con.execute(f"CREATE OR REPLACE VIEW {table} AS {sql}")
            wal.unlink(missing_ok=True)  # its changes are in the copy, which its closing checkpointed
            os.replace(temporary, self.db_path)
        finally:
            temporary.unlink(missing_ok=True)
            temporary_wal.unlink(missing_ok=True)

    def _with_filesystem(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        """A connection that can read the tables' files: for a local folder, as it is."""
        return con

    def connect(self, read_only: bool, attempts: int = 20) -> duckdb.DuckDBPyConnection:
        """Open akhbar.duckdb, waiting out another process's brief hold on the file lock."""
        for attempt in range(attempts):
            try:
                return duckdb.connect(str(self.db_path), read_only=read_only)
            except duckdb.IOException as exc:
                if "lock" not in str(exc).lower() or attempt == attempts - 1:
                    raise
                time.sleep(0.25)
        raise AssertionError("unreachable")

    def _view_sql(self, table: str, has_files: bool | None = None) -> str:
        """The SELECT behind a table's view; `has_files` saves a listing when the caller knows."""
        if has_files is None:
            has_files = bool(self.files(table))
        if has_files:
            pattern = self._pattern(table).replace("'", "''")
            return (
                f"SELECT * FROM read_parquet('{pattern}', hive_partitioning = true, "
                "hive_types = {'partition_date': DATE}, union_by_name = true)"
            )
        schema = published_schema(table).append(pa.field("partition_date", pa.date32()))
        columns = ", ".join(f"CAST(NULL AS {DUCKDB_TYPES[field.type]}) AS {field.name}" for field in schema)
        return f"SELECT {columns} WHERE false"

    def _pattern(self, table: str) -> str:
        """The glob of a table's Parquet files, as DuckDB reads it."""
        return str(self.root / "tables" / table / "partition_date=*" / "*.parquet")

    def query(self, sql: str) -> tuple[list[str], list[tuple]]:
        """Run SQL on a read-only connection (after `check()`); return column names and all rows."""
        self.check()
        with self.connect(read_only=True) as con:
            result = con.execute(sql)
            columns = [d[0] for d in result.description] if result.description else []
            return columns, result.fetchall()


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


_INDEXED = pa.schema([("doc_id", pa.string()), ("source_uri", pa.string()), ("partition_date", pa.date32()),
                      ("lsh_bands", pa.list_(pa.int64()))])


def _newest_columns(con: duckdb.DuckDBPyConnection, sql: str, columns: list[str], params: list) -> pa.Table:
    """`sql` with its `{}` filled by the first of `columns` that the files have (DuckDB binds a column no file holds as an
    error): the newest columns, then what stands for them in files written before them."""
    for column in columns[:-1]:
        try:
            return con.sql(sql.format(column), params=params).to_arrow_table()
        except duckdb.BinderException:
            continue
    return con.sql(sql.format(columns[-1]), params=params).to_arrow_table()


class _KeySet:
    """A table's published keys, as Arrow arrays (`_key_values`), for the run that holds the warehouse.

    A Python set of key tuples cost about 200 bytes a key, seven tables over: 14 MB at 10,000
    documents and growing with the warehouse, where these take about 20 bytes a key (a hash set is
    built for each check, and dropped after).
    """

    def __init__(self, keys: pa.Array) -> None:
        self._parts = [pc.unique(keys)]

    def __bool__(self) -> bool:
        return any(len(part) for part in self._parts)

    def add(self, keys: pa.Array) -> None:
        self._parts.append(pc.unique(keys))  # a compact copy: a sentence's table repeats its doc_id, and holds no chunk's buffers

    def holds(self, keys: pa.Array) -> pa.BooleanArray:
        """Whether each of `keys` is held."""
        if len(self._parts) > 1:
            self._parts = [pc.unique(pa.concat_arrays([part.cast(keys.type) for part in self._parts]))]
        return pc.is_in(keys, value_set=self._parts[0].cast(keys.type))


def _key_values(rows: pa.Table, table: str) -> pa.Array:
    """Each row's key (`KEYS[table]`) as one value: the column itself for a one-column key (`doc_id`); else the columns
    joined by a unit separator (Arrow's `is_in` takes no structs), a null as `\x00`: two keys could meet only if a value held
    that separator, which no URI, stage or reason akhbar writes does."""
    columns = KEYS[table]
    if len(columns) == 1:
        return rows[columns[0]].combine_chunks()
    parts = [rows[column].cast(pa.string()) for column in columns]
    return pc.binary_join_element_wise(*parts, "\x1f", null_handling="replace", null_replacement="\x00").combine_chunks()


class _DocumentIndex:
    """Published documents as the checks of `clean` ask for them: (doc_id, source_uri, partition_date) and (doc_id, band) rows."""

    def __init__(self, sources: pa.Table, bands: pa.Table) -> None:
        self.sources, self.bands = sources, bands

    @classmethod
    def of(cls, rows: pa.Table) -> _DocumentIndex:
        """From rows of `_INDEXED`."""
        lists = rows["lsh_bands"].combine_chunks() if rows.num_rows else pa.array([], _INDEXED.field("lsh_bands").type)
        parents = pc.list_parent_indices(lists)
        bands = pa.table({"doc_id": pc.take(rows["doc_id"], parents), "band": pc.list_flatten(lists)})
        return cls(rows.select(["doc_id", "source_uri", "partition_date"]), bands)

    def plus(self, rows: pa.Table) -> _DocumentIndex:
        new = _DocumentIndex.of(rows)
        # combined into one buffer per column (a copy of a few MB), not one per chunk for the joins to walk
        return _DocumentIndex(pa.concat_tables([self.sources, new.sources]).combine_chunks(),
                              pa.concat_tables([self.bands, new.bands]).combine_chunks())


def _by_day(rows: pa.Table, schema: pa.Schema) -> Iterator[tuple[dt.date, pa.Table]]:
    """Each `partition_date` of `rows` and its rows as published (`schema`), in the order they came: one sort, then slices
    (a filter per day read the whole table once per day: an archive's chunk spans hundreds of days)."""
    order = pc.sort_indices(rows["partition_date"])
    days = rows["partition_date"].take(order).to_pylist()
    ordered = rows.select(schema.names).cast(schema).take(order)
    start = 0
    for end in range(1, len(days) + 1):
        if end == len(days) or days[end] != days[start]:
            yield days[start], ordered.slice(start, end - start)
            start = end


def _swap(a: Path, b: Path) -> None:
    """Exchange two directories in one step (Linux `renameat2`); elsewhere, two renames a blink apart."""
    renameat2 = getattr(ctypes.CDLL(None, use_errno=True), "renameat2", None)
    if renameat2 is not None:
        if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
            return
        code = ctypes.get_errno()
        if code not in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
            raise OSError(code, os.strerror(code), str(b))
    aside = a.with_name(a.name + ".old")
    os.rename(b, aside)
    os.rename(a, b)
    os.rename(aside, a)
