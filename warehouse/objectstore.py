"""A warehouse on object storage (`s3://bucket/prefix`, or any fsspec URL): the same API as a local folder.

What lives where, and why:

- **Parquet** goes to `<url>/tables/<table>/partition_date=YYYY-MM-DD/<run_id>-<hex>.parquet`,
  written through fsspec. An S3 PUT is atomic (a multipart upload appears at completion), so
  each file is written to its final key: readers never see half a file, and no rename is needed.
- **The DuckDB views file and the translation memory** stay on local disk, in
  `$AKHBAR_CACHE_DIR/warehouses/<sha256 of the URL, 16 hex>/` (default `~/.cache/akhbar`):
  DuckDB and SQLite need a file they can lock and write in place. Both are derived or a cache,
  so each machine keeps its own; `query()` (re)creates missing views from the bucket, so any
  machine can `akhbar sql --warehouse s3://…`.
- **DuckDB reads the bucket through fsspec** (`register_filesystem` on every connection), so no
  DuckDB extension is needed. The views' SQL holds `s3://…` globs: another client opening the
  views file (the DuckDB CLI, say) needs the `httpfs` extension and credentials
  (`CREATE SECRET`) instead. fsspec reads are Python-speed: right for this warehouse's size;
  a large one is better read with httpfs.
- **Configuration**: s3fs takes credentials and the endpoint from the usual AWS variables and
  files (`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_PROFILE`; botocore honours
  `AWS_ENDPOINT_URL_S3` / `AWS_ENDPOINT_URL` for an S3-compatible server). Anything else goes in
  `AKHBAR_STORAGE_OPTIONS`, JSON passed to fsspec, e.g.
  `{"client_kwargs": {"endpoint_url": "http://127.0.0.1:9000"}, "anon": false}`.
- **The run lock** is an object, `<url>/.lock`; see `ObjectLock`.

Trade-offs against a local folder: `replace_days` cannot swap a prefix, so a rebuilt day shows
old and new rows together for a moment (see its docstring). Every listing is a request (one per
1,000 objects; the views' globs use `**` so that fsspec lists a table flat, not one request per
partition), so `published_keys`, view refreshes and queries cost round trips that a disk does
not. The translation memory is per machine: a run on a new machine translates again what
another machine's memory holds, and the `entities.name_en` pins are that machine's.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import io
import json
import logging
import os
import re
import socket
import threading
import uuid
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import duckdb
import fsspec
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from akhbar.schemas import TABLES, published_schema
from akhbar.warehouse.store import DB_FILE, KEYS, Warehouse, WarehouseLocked, WarehouseMissing
from akhbar.warehouse.views import VIEWS

STORAGE_OPTIONS_ENV = "AKHBAR_STORAGE_OPTIONS"
LEASE_ENV = "AKHBAR_LOCK_LEASE_SECONDS"
DEFAULT_LEASE_SECONDS = 300.0

log = logging.getLogger(__name__)


def storage_options() -> dict:
    """fsspec options from `AKHBAR_STORAGE_OPTIONS` (a JSON object)."""
    raw = os.environ.get(STORAGE_OPTIONS_ENV, "").strip()
    try:
        options = json.loads(raw) if raw else {}
    except json.JSONDecodeError as exc:
        raise ValueError(f"{STORAGE_OPTIONS_ENV} is not JSON: {exc}") from None
    if not isinstance(options, dict):
        raise ValueError(f"{STORAGE_OPTIONS_ENV} must be a JSON object, got {raw!r}")
    return options


def local_state_dir(url: str) -> Path:
    """The local folder that holds a remote warehouse's DuckDB views and translation memory."""
    cache = Path(os.environ.get("AKHBAR_CACHE_DIR") or Path.home() / ".cache" / "akhbar").expanduser()  # as tasks.translate.cache_dir
    return cache / "warehouses" / hashlib.sha256(url.encode()).hexdigest()[:16]


_PARQUET = re.compile(r"/partition_date=[^/]+/[^/]+\.parquet$")  # what the local views' `partition_date=*/*.parquet` matches


class ObjectStoreWarehouse(Warehouse):
    """Parquet under `<url>/tables/…` on object storage; views and translation memory in a local folder keyed by the URL."""

    is_remote = True

    def __init__(self, root: str) -> None:  # not Warehouse's: that one takes local folders only
        self.root = root.rstrip("/")  # a str, not a Path: `open_warehouse(str(store.root))` is the same warehouse
        # Writes, listings and the lock never trust a cached listing: other machines write too.
        self.fs, self._path = fsspec.url_to_fs(self.root, **{**storage_options(), "use_listings_cache": False})
        self.local_dir = local_state_dir(self.root)
        self.db_path = self.local_dir / DB_FILE
        self.memory_path = self.local_dir / "translation_memory.sqlite"
        self._keys, self._keys_lock = {}, threading.Lock()  # published keys per table, for the run that holds the lock
        self._index = None  # published documents' ids, sources and band keys (`Warehouse.sharing_bands`)

    def _url(self, *parts: str) -> str:
        """The full URL of a path under the warehouse."""
        return self.fs.unstrip_protocol("/".join([self._path, *parts]))

    def files(self, table: str) -> list[str]:
        """The published Parquet objects of a table, as URLs: one flat listing, not one per partition."""
        found = self.fs.find(f"{self._path}/tables/{table}")
        return sorted(self.fs.unstrip_protocol(path) for path in found if _PARQUET.search(path))

    def _tables(self) -> set[str]:
        """The tables that hold objects: one listing of `tables/` (on S3 a prefix exists only while it holds objects)."""
        try:
            return {path.rstrip("/").rsplit("/", 1)[-1] for path in self.fs.ls(f"{self._path}/tables", detail=False)}
        except FileNotFoundError:
            return set()

    @contextmanager
    def lock(self) -> Iterator[None]:
        """Hold the warehouse for one run through a lock object in the bucket (see `ObjectLock`)."""
        with ObjectLock(self.fs, f"{self._path}/.lock", self.root):
            yield

    def published_key_columns(self, table: str) -> pa.Table:
        """The distinct keys of a table's Parquet objects, read for their key columns, many files at once."""
        columns = list(KEYS[table])

        def keys(url: str) -> pa.Table:
            with self.fs.open(url, "rb") as handle:
                return pq.read_table(handle, columns=columns)

        with ThreadPoolExecutor(max_workers=16) as pool:
            parts = list(pool.map(keys, self.files(table)))
        if not parts:
            return published_schema(table).empty_table().select(columns)
        return pa.concat_tables(parts, promote_options="permissive").group_by(columns).aggregate([])

    def _write_atomically(self, table: str, day: str, rows: pa.Table, run_id: str) -> None:
        """PUT the file to its final key: an object appears whole or not at all."""
        self._put(rows, f"{self._path}/tables/{table}/partition_date={day}", run_id)

    def _put(self, rows: pa.Table, directory: str, run_id: str) -> str:
        """Write one Parquet object into `directory`; return its path."""
        buffer = io.BytesIO()
        pq.write_table(rows, buffer, compression="zstd")
        path = f"{directory}/{run_id}-{uuid.uuid4().hex[:8]}.parquet"
        self.fs.pipe_file(path, buffer.getvalue())
        return path

    def replace_days(self, table: str, rows: pa.Table, days: Iterable[dt.date], run_id: str) -> int:
        """Rebuild whole partitions: each day's `rows` (maybe none) take the place of all the day held.

        Object storage cannot swap a prefix in one step, so the day's new objects are PUT first,
        then every other object under the day goes in one batched delete (S3 DeleteObjects). In
        the moment between the two, a reader that lists the day sees the old rows and the new
        (doubled rows, never a missing day). A rebuild killed in between leaves both until the
        day is rebuilt again, which deletes whatever it did not write. Readers needing an atomic
        swap on object storage want a table format (Delta Lake, Iceberg). Returns rows written.
        """
        with self._keys_lock:
            self._keys.pop(table, None)
        if "run_id" not in rows.column_names:
            rows = rows.append_column("run_id", pa.array([run_id] * rows.num_rows, pa.string()))
        schema = published_schema(table)
        for day in sorted(set(days)):
            part = rows.filter(pc.equal(rows["partition_date"], pa.scalar(day, pa.date32())))
            directory = f"{self._path}/tables/{table}/partition_date={day.isoformat()}"
            written = {self._put(part.select(schema.names).cast(schema), directory, run_id)} if part.num_rows else set()
            old = [path for path in self.fs.find(directory) if path not in written]
            if old:
                self.fs.rm(old)
        return rows.num_rows

    def refresh_views(self) -> None:
        """As for a local folder (a copy of the views file renamed into place), from one listing of `tables/`."""
        present = self._tables()
        views: dict[str, bool] = {}
        if self.db_path.exists():
            with self.connect(read_only=True) as con:
                rows = con.execute("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal").fetchall()
            views = {name: "read_parquet" in sql for name, sql in rows}
        stale = [table for table in TABLES if views.get(table) != (table in present)]
        derived = {name: view.sql for name, view in VIEWS.items() if name not in views}
        if not stale and not derived:
            return
        self.local_dir.mkdir(parents=True, exist_ok=True)
        (self.local_dir / "warehouse.txt").write_text(self.root + "\n", encoding="utf-8")  # which warehouse this folder serves
        self._write_views({table: self._view_sql(table, table in present) for table in stale} | derived)

    def connect(self, read_only: bool, attempts: int = 20) -> duckdb.DuckDBPyConnection:
        """Open the local views file, able to read the bucket."""
        return self._with_filesystem(super().connect(read_only, attempts))

    def _with_filesystem(self, con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
        """Register the bucket's filesystem, so `s3://` globs resolve without httpfs.

        Each connection gets a filesystem instance of its own whose listings are cached: DuckDB
        asks for each file's size after globbing, which the listing answers, and a new connection
        sees new files.
        """
        options = {**storage_options(), "use_listings_cache": True, "skip_instance_cache": True}
        con.register_filesystem(fsspec.url_to_fs(self.root, **options)[0])
        return con

    def _pattern(self, table: str) -> str:
        """`partition_date=*/**/*.parquet`: with `**` fsspec lists the table in one flat listing, not one per partition."""
        return self._url("tables", table, "partition_date=*", "**", "*.parquet")

    def check(self) -> None:
        """Ready to read, or `WarehouseMissing`: the bucket holds tables, and the local views are made or brought
        up to date from it (so any machine can read the warehouse)."""
        if not self._tables():
            raise WarehouseMissing(f"no warehouse at {self.root} (no tables/); run `akhbar run --warehouse {self.root}` first")
        self.refresh_views()


class ObjectLock:
    """The run lock on object storage: the object `<url>/.lock`, created only if absent, renewed while held.

    - **Create**: a conditional PUT (`If-None-Match: *`, s3fs `mode="create"`): of two runs, S3
      lets exactly one create it. The body names the holder (host, pid, start, last renewal,
      lease, a token); it is read back, so a server that ignores the condition is caught in
      most races.
    - **Lease**: a thread renews the object every lease/3 (`AKHBAR_LOCK_LEASE_SECONDS`, default
      300). A lock not renewed for its lease, or held by a pid that is gone on this host (same
      boot and pid namespace: a container's pid is not judged from another's), is stale: it is
      taken over, with a warning, by a PUT conditional on its ETag (`If-Match`), so of two runs
      taking over one wins. Clocks of the machines must agree to well within the lease.
    - **Release**: the object is deleted if it is still ours (`If-Match` on DeleteObject).

    On a filesystem other than S3, fsspec has no conditional writes: creation checks, then
    writes, and takeover deletes, then creates; both are a race between two machines there.
    """

    def __init__(self, fs: fsspec.AbstractFileSystem, path: str, name: str, lease: float | None = None) -> None:
        self.fs, self.path, self.name = fs, path, name
        self.lease = lease if lease is not None else float(os.environ.get(LEASE_ENV) or DEFAULT_LEASE_SECONDS)
        self.token = uuid.uuid4().hex
        self.started = _now()
        self._etag: str | None = None
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None
        self._conditional = "s3" in _protocols(fs)

    def __enter__(self) -> ObjectLock:
        self.acquire()
        return self

    def __exit__(self, *exc) -> None:
        self.release()

    def acquire(self) -> None:
        """Create the lock object, or take over a stale one; else raise WarehouseLocked."""
        try:
            self._etag = self._create()
        except FileExistsError:
            self._etag = self._take_over()
        if self._holder()[0].get("token") != self.token:
            raise WarehouseLocked(f"{self.name} is in use by another akhbar run (it took the lock at the same moment)")
        self._renewer = threading.Thread(target=self._renew, name="akhbar-lock-renewer", daemon=True)
        self._renewer.start()

    def release(self) -> None:
        """Stop renewing, and delete the lock object if it is still ours."""
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join()
        if self._etag is None:
            return
        try:
            if self._conditional:
                bucket, key, _ = self.fs.split_path(self.path)
                self.fs.call_s3("delete_object", Bucket=bucket, Key=key, IfMatch=self._etag)
            elif self._holder()[0].get("token") == self.token:
                self.fs.rm(self.path)
        except Exception as exc:  # taken over (our lease lapsed), or unreachable: the run's outcome stands, the lease frees it
            log.warning("could not release the lock of %s: %s", self.name, exc)
        finally:
            self.fs.invalidate_cache(self.path)
            self._etag = None

    def _body(self) -> bytes:
        """Who holds the lock, for the next run to read."""
        holder = {"host": socket.gethostname(), "pid": os.getpid(), "pid_space": _pid_space(), "token": self.token,
                  "started_at": self.started.isoformat(), "renewed_at": _now().isoformat(), "lease_seconds": self.lease}
        return json.dumps(holder).encode()

    def _create(self) -> str | None:
        """PUT the lock object only if there is none; return its ETag."""
        if not self._conditional and self.fs.exists(self.path):
            raise FileExistsError(self.path)
        return self._etag_of(self.fs.pipe_file(self.path, self._body(), mode="create"))

    def _replace(self, etag: str | None) -> str | None:
        """Overwrite the lock object only if it is still the version `etag`; return the new ETag."""
        if self._conditional:
            try:
                return self._etag_of(self.fs.pipe_file(self.path, self._body(), IfMatch=etag))
            except OSError as exc:
                if exc.errno != errno.EINVAL:  # s3fs's 412 PreconditionFailed: someone else wrote it since
                    raise
                raise WarehouseLocked(f"{self.name} is in use by another akhbar run (the lock changed hands: {exc})") from None
        self.fs.rm(self.path)
        return self._create()

    def _etag_of(self, response: object) -> str | None:
        """The ETag of what we just wrote: from the PUT's response (s3fs returns it), else asked for."""
        if isinstance(response, dict) and response.get("ETag"):
            return response["ETag"]
        return self.fs.info(self.path).get("ETag")

    def _holder(self) -> tuple[dict, str | None, dt.datetime | None]:
        """The lock object's body, ETag and last-modified time."""
        self.fs.invalidate_cache(self.path)
        info = self.fs.info(self.path)
        try:
            holder = json.loads(self.fs.cat_file(self.path))
        except ValueError:
            holder = {}
        return (holder if isinstance(holder, dict) else {}), info.get("ETag"), info.get("LastModified")

    def _take_over(self) -> str | None:
        """Take the lock from a holder that is gone; else raise WarehouseLocked naming the holder."""
        try:
            holder, etag, modified = self._holder()
        except FileNotFoundError:  # released between our PUT and our look: try once more
            try:
                return self._create()
            except FileExistsError:
                raise WarehouseLocked(f"{self.name} is in use by another akhbar run (it took the lock at the same moment)") from None
        renewed = _parse_time(holder.get("renewed_at")) or modified
        age = (_now() - renewed).total_seconds() if renewed else float("inf")
        lease = float(holder.get("lease_seconds") or self.lease)
        who = f"host {holder.get('host', '?')} pid {holder.get('pid', '?')} since {holder.get('started_at', '?')}"
        gone = holder.get("pid_space") == _pid_space() and not _alive(holder.get("pid"))
        if age <= lease and not gone:
            raise WarehouseLocked(f"{self.name} is in use by another akhbar run ({who})")
        reason = "its process is gone" if gone else f"not renewed for {age:.0f} s, lease {lease:.0f} s"
        log.warning("taking over the stale lock of %s held by %s: %s", self.name, who, reason)
        return self._replace(etag)

    def _renew(self) -> None:
        """Rewrite the lock object every lease/3 while the run holds it."""
        while not self._stop.wait(self.lease / 3):
            try:
                self._etag = self._replace(self._etag)
            except WarehouseLocked as exc:  # our lease lapsed and another run took over: nothing left to renew
                log.error("lost the lock of %s: %s", self.name, exc)
                return
            except Exception as exc:  # a network hiccup: the next beat tries again, within the lease
                log.warning("could not renew the lock of %s: %s", self.name, exc)


def _protocols(fs: fsspec.AbstractFileSystem) -> tuple[str, ...]:
    return (fs.protocol,) if isinstance(fs.protocol, str) else tuple(fs.protocol)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _parse_time(value: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _pid_space() -> str:
    """Where a pid means one process: this host name, boot and pid namespace (containers sharing a host name differ)."""
    parts = [socket.gethostname()]
    try:
        parts.append(Path("/proc/sys/kernel/random/boot_id").read_text().strip())
        parts.append(str(os.stat("/proc/self/ns/pid").st_ino))
    except OSError:  # not Linux: the host name alone
        pass
    return "/".join(parts)


def _alive(pid: object) -> bool:
    """Whether a process of this host with that pid runs (or may: one of another user's counts as running)."""
    if not isinstance(pid, int):
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
