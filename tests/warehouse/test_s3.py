"""The warehouse on S3: moto's S3 server on loopback stands in for the bucket; no other network."""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import duckdb
import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from commands import akhbar_here, assert_clean_output
from conftest import SEEDS

from akhbar.schemas import TABLES, published_schema, sentences
from akhbar.warehouse import Warehouse, WarehouseLocked, WarehouseMissing, open_warehouse
from akhbar.warehouse.objectstore import ObjectLock, ObjectStoreWarehouse, _pid_space, local_state_dir

# One xdist worker runs the whole module (`make test` runs `pytest -n auto --dist loadgroup`): its expensive
# fixtures are built once.
pytestmark = pytest.mark.xdist_group("s3")

BUCKET = "akhbar-test"
CREDENTIALS = {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing", "AWS_DEFAULT_REGION": "us-east-1",
               "AWS_EC2_METADATA_DISABLED": "true"}


@pytest.fixture(scope="module")
def endpoint() -> Iterator[str]:
    """moto's S3 server on 127.0.0.1 with one bucket; in this process, the warehouse finds it through AKHBAR_STORAGE_OPTIONS."""
    server_module = pytest.importorskip("moto.server")
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one log line per request otherwise
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    url = f"http://{host}:{port}"
    with pytest.MonkeyPatch.context() as env:
        for name, value in CREDENTIALS.items():
            env.setenv(name, value)
        env.delenv("AWS_PROFILE", raising=False)
        env.setenv("AKHBAR_STORAGE_OPTIONS", json.dumps({"client_kwargs": {"endpoint_url": url}}))
        fsspec.filesystem("s3", client_kwargs={"endpoint_url": url}).mkdir(BUCKET)
        yield url
    server.stop()


@pytest.fixture
def url(endpoint: str) -> str:
    """A warehouse of its own for each test."""
    return f"s3://{BUCKET}/{uuid.uuid4().hex[:8]}"


def _sentences(doc_id: str, day: dt.date, n: int = 2) -> pa.Table:
    rows = [{"doc_id": doc_id, "sentence_id": i, "text": "جملة.", "char_start": 6 * i, "char_end": 6 * i + 5, "partition_date": day}
            for i in range(n)]
    return pa.Table.from_pylist(rows, schema=sentences.COLUMNS)


def _objects(store: ObjectStoreWarehouse) -> list[str]:
    return sorted(path.removeprefix(store._path + "/") for path in store.fs.find(store._path))


def test_publish_query_round_trip(url: str) -> None:
    store = open_warehouse(url)
    assert isinstance(store, ObjectStoreWarehouse) and store.root == url
    day, other = dt.date(2017, 1, 23), dt.date(2017, 1, 24)
    rows = pa.concat_tables([_sentences("a" * 16, day), _sentences("b" * 16, other, 3)])
    assert store.publish("sentences", rows, "run-1") == 5
    assert store.publish("sentences", rows, "run-2") == 0  # published keys are read back from the bucket
    assert store.published_keys("sentences") == {("a" * 16,), ("b" * 16,)}
    assert store.unpublished("sentences", _sentences("c" * 16, day)).num_rows == 2

    files = store.files("sentences")
    assert [f.rsplit("/", 2)[1] for f in files] == ["partition_date=2017-01-23", "partition_date=2017-01-24"]
    assert all(f.startswith(f"{url}/tables/sentences/") and f.endswith(".parquet") for f in files)
    with store.fs.open(files[0], "rb") as handle:  # a real Parquet object, whole
        assert pq.read_table(handle).schema.names == published_schema("sentences").names

    store.refresh_views()
    columns, rows = store.query("SELECT " + ", ".join(f"(SELECT count(*) FROM {table}) AS {table}" for table in TABLES))
    assert dict(zip(columns, rows[0])) == {table: 5 if table == "sentences" else 0 for table in TABLES}  # every view, empty or not
    assert store.query("SELECT partition_date, count(*) FROM sentences GROUP BY ALL ORDER BY 1")[1] == [(day, 2), (other, 3)]

    # Only Parquet in the bucket; the views file and translation memory are local, keyed by the URL.
    assert _objects(store) == sorted(f.removeprefix(url + "/") for f in files)
    assert store.db_path.is_file() and store.db_path.parent == local_state_dir(url)
    assert store.memory_path.parent == store.db_path.parent
    assert Path(os.environ["AKHBAR_CACHE_DIR"]) in store.db_path.parents
    assert open_warehouse(str(store.root)).db_path == store.db_path  # the pipeline hands the root on as a string


def test_another_machine_queries_from_the_bucket_alone(url: str) -> None:
    with pytest.raises(WarehouseMissing, match="akhbar run"):
        open_warehouse(url).query("SELECT 1")
    store = open_warehouse(url)
    store.publish("sentences", _sentences("a" * 16, dt.date(2017, 1, 23)), "run-1")
    store.refresh_views()
    shutil.rmtree(store.local_dir)  # a machine that never ran: no local views file
    assert open_warehouse(url).query("SELECT count(*) FROM sentences")[1] == [(2,)]
    store.publish("sentences", _sentences("b" * 16, dt.date(2017, 1, 24)), "run-2")  # a new partition shows up
    assert open_warehouse(url).query("SELECT count(*) FROM sentences")[1] == [(4,)]


def test_report_reads_the_bucket_alone(url: str) -> None:
    from akhbar.warehouse.report import read_report

    store = open_warehouse(url)
    store.publish("sentences", _sentences("a" * 16, dt.date(2017, 1, 23)), "run-1")
    store.refresh_views()
    shutil.rmtree(store.local_dir)  # a machine that never ran: the report makes its views, the analyst ones included
    data = read_report(url)
    assert data.totals["sentences"] == 2 and data.totals["documents"] == 0 and data.documents_per_day == []


def test_query_is_read_only(url: str) -> None:
    store = open_warehouse(url)
    store.publish("sentences", _sentences("a" * 16, dt.date(2017, 1, 23)), "run-1")
    with pytest.raises(Exception, match="read-only"):
        store.query("CREATE TABLE t AS SELECT 1")


def test_replace_days_rebuilds_whole_partitions(url: str) -> None:
    store = open_warehouse(url)
    day, other = dt.date(2019, 1, 2), dt.date(2019, 1, 3)
    store.publish("sentences", pa.concat_tables([_sentences("a", day, 3), _sentences("b", other)]), "run1")
    assert store.replace_days("sentences", _sentences("c", day, 1), [day], "run2") == 1
    rows = store.query("SELECT doc_id, partition_date, run_id FROM sentences ORDER BY doc_id")[1]
    assert rows == [("b", other, "run1"), ("b", other, "run1"), ("c", day, "run2")]  # the other day untouched
    assert store.replace_days("sentences", _sentences("c", day, 0), [day], "run3") == 0  # a day rebuilt empty is gone
    assert [f.rsplit("/", 2)[1] for f in store.files("sentences")] == ["partition_date=2019-01-03"]


def test_a_second_run_cannot_take_the_lock(url: str) -> None:
    store = open_warehouse(url)
    with store.lock():
        assert ".lock" in _objects(store)
        holder = json.loads(store.fs.cat_file(f"{store._path}/.lock"))
        assert (holder["host"], holder["pid"]) == (socket.gethostname(), os.getpid())
        with pytest.raises(WarehouseLocked, match=f"in use by another akhbar run \\(host {socket.gethostname()} pid {os.getpid()}"):
            with open_warehouse(url).lock():
                pass
    assert ".lock" not in _objects(store)  # released after the run
    with open_warehouse(url).lock():
        pass


def _plant_lock(store: ObjectStoreWarehouse, **holder) -> None:
    body = {"host": "elsewhere", "pid": 1, "token": "x", "started_at": "2019-01-01T00:00:00+00:00",
            "renewed_at": dt.datetime.now(dt.UTC).isoformat(), "lease_seconds": 300, **holder}
    store.fs.pipe_file(f"{store._path}/.lock", json.dumps(body).encode())


def test_a_stale_lock_is_taken_over_with_a_warning(url: str, caplog: pytest.LogCaptureFixture) -> None:
    store = open_warehouse(url)
    _plant_lock(store)  # another host, renewed just now: held
    with pytest.raises(WarehouseLocked, match="host elsewhere pid 1"):
        with store.lock():
            pass
    _plant_lock(store, renewed_at="2019-01-01T00:05:00+00:00")  # another host, lease long lapsed
    with caplog.at_level(logging.WARNING, logger="akhbar.warehouse.objectstore"), store.lock():
        assert json.loads(store.fs.cat_file(f"{store._path}/.lock"))["pid"] == os.getpid()
    assert "taking over the stale lock" in caplog.text and "not renewed" in caplog.text
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True).stdout.strip()
    _plant_lock(store, host=socket.gethostname(), pid=int(gone), pid_space=_pid_space())  # this host, its process exited
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="akhbar.warehouse.objectstore"), store.lock():
        pass
    assert "its process is gone" in caplog.text
    assert ".lock" not in _objects(store)


def test_a_held_lock_is_renewed(url: str) -> None:
    store = open_warehouse(url)
    path = f"{store._path}/.lock"
    with ObjectLock(store.fs, path, url, lease=0.3) as lock:
        first = json.loads(store.fs.cat_file(path))["renewed_at"]
        lock._stop.wait(0.5)
        assert json.loads(store.fs.cat_file(path))["renewed_at"] > first  # renewed, so never stale while held
        with pytest.raises(WarehouseLocked):
            ObjectLock(store.fs, path, url, lease=0.3).acquire()
    assert not store.fs.exists(path)


def test_file_urls_and_paths_stay_local(tmp_path: Path) -> None:
    assert type(open_warehouse(f"file://{tmp_path}")) is Warehouse and open_warehouse(f"file://{tmp_path}").root == tmp_path
    assert type(open_warehouse(tmp_path)) is Warehouse and type(open_warehouse(str(tmp_path))) is Warehouse
    assert type(open_warehouse("s3://bucket/warehouse")) is ObjectStoreWarehouse
    with pytest.raises(ValueError, match="open_warehouse"):
        Warehouse("s3://bucket/warehouse")  # the local class does not take a URL by mistake
    for mangled in ("s3:/bucket/warehouse", str(Path("s3://bucket/warehouse").resolve())):  # a URL made into a Path
        with pytest.raises(ValueError, match="lost a '/'"):
            open_warehouse(mangled)


def test_storage_options_must_be_a_json_object(monkeypatch: pytest.MonkeyPatch) -> None:
    for bad in ("{", "[1]"):
        monkeypatch.setenv("AKHBAR_STORAGE_OPTIONS", bad)
        with pytest.raises(ValueError, match="AKHBAR_STORAGE_OPTIONS"):
            open_warehouse("s3://bucket/warehouse")


def test_run_and_sql_end_to_end_on_s3(endpoint: str, tiny_model: Path) -> None:
    """The real `akhbar run` and `akhbar sql` on s3://, configured the AWS way: endpoint and keys from the environment."""
    url = f"s3://{BUCKET}/wh-{uuid.uuid4().hex[:8]}"
    env = {**CREDENTIALS, "AWS_ENDPOINT_URL_S3": endpoint, "AKHBAR_STORAGE_OPTIONS": "", "AKHBAR_MODEL": str(tiny_model)}
    assert_clean_output(akhbar_here("run", "--source", str(SEEDS), "--warehouse", url, env=env))
    result = akhbar_here("sql", "SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) > 10 FROM translations) AS translated, "
                           "(SELECT status FROM runs) AS status", "--warehouse", url, env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["documents\ttranslated\tstatus", "1\tTrue\tcompleted"]

    store = open_warehouse(url)
    objects = _objects(store)
    assert ".lock" not in objects and all(o.startswith("tables/") and o.endswith(".parquet") for o in objects)
    assert {o.split("/")[1] for o in objects} >= {"documents", "sentences", "translations", "runs", "run_stages"}
    assert store.memory_path.is_file()  # the translation memory, on local disk


def _source_folder(folder: Path) -> Path:
    """Files as a bucket of news holds them: the seed, ANT `.txt` files holding TREC markup, a JSON Lines file, a
    `.tar.gz` of two ANT files, and a dot-file that is skipped."""
    from articles import project_texts  # tests/articles.py: Arabic news paragraphs written for the project

    texts = project_texts()[1:]  # the first is the seed's own text
    folder.mkdir(parents=True)
    shutil.copy(SEEDS / "astana-20170124.txt", folder)

    def ant(docno: str, when: str, text: str) -> bytes:
        return (f"<DOC>\n<DOCNO>{docno}</DOCNO>\n<SRC>BBC</SRC>\n<CAT>politics</CAT>\n<TITLE>{text[:30]}</TITLE>\n"
                f"<TIME>{when}</TIME>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n").encode()

    (folder / "bbc").mkdir()
    (folder / "bbc" / "BB-politics-1-20180301.txt").write_bytes(ant("BB-politics-1-20180301", "01/03/2018", texts[0]))
    (folder / "feed.jsonl").write_text(json.dumps({"title": "خبر", "text": texts[1], "published_at": "2018-03-02"},
                                                  ensure_ascii=False) + "\n", encoding="utf-8")
    import io
    import tarfile

    with tarfile.open(folder / "more.tar.gz", "w:gz") as tar:
        for i, text in enumerate(texts[2:4], start=2):
            data = ant(f"BB-politics-{i}-20180303", "Sat, 03 Mar 2018 10:00:00 GMT", text)
            info = tarfile.TarInfo(f"bbc/BB-politics-{i}-20180303.txt")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    (folder / ".DS_Store").write_bytes(b"\x00\x01")
    return folder


def test_a_run_from_s3_sources_gives_the_tables_of_the_same_files_from_a_folder(endpoint: str, tiny_model: Path, tmp_path: Path) -> None:
    folder = _source_folder(tmp_path / "in")
    prefix = f"s3://{BUCKET}/news-{uuid.uuid4().hex[:8]}"
    fs = fsspec.filesystem("s3", client_kwargs={"endpoint_url": endpoint})
    fs.put(str(folder) + "/", prefix.removeprefix("s3://") + "/", recursive=True)
    env = {"AKHBAR_MODEL": str(tiny_model)}
    from_s3, from_disk = tmp_path / "from-s3", tmp_path / "from-disk"
    assert_clean_output(akhbar_here("run", "--source", prefix + "/", "--warehouse", str(from_s3), env=env))
    assert_clean_output(akhbar_here("run", "--source", str(folder), "--warehouse", str(from_disk), env=env))

    compared = {"documents": "doc_id, title, published_at, category, source_name, text", "sentences": "doc_id, sentence_id, text",
                "translations": "doc_id, sentence_id, text_en", "entities": "doc_id, char_start, char_end, label, canonical",
                "rejects": "stage, reason"}
    tables = {}
    for root in (from_s3, from_disk):
        with duckdb.connect(str(root / "akhbar.duckdb"), read_only=True) as con:
            tables[root] = {t: con.execute(f"SELECT {c} FROM {t} ORDER BY ALL").fetchall() for t, c in compared.items()}
            uris = sorted(u for (u,) in con.execute("SELECT source_uri FROM documents").fetchall())
    assert tables[from_s3] == tables[from_disk]
    assert (len(tables[from_s3]["documents"]), tables[from_s3]["rejects"]) == (5, [])  # the dot-file is skipped, not rejected
    with duckdb.connect(str(from_s3 / "akhbar.duckdb"), read_only=True) as con:
        uris = sorted(u for (u,) in con.execute("SELECT source_uri FROM documents").fetchall())
    assert all(u.startswith(prefix + "/") for u in uris)
    assert f"{prefix}/more.tar.gz!/bbc/BB-politics-2-20180303.txt#BB-politics-2-20180303" in uris

    again = akhbar_here("run", "--source", prefix + "/", "--warehouse", str(from_s3), env=env)  # nothing changed in the bucket
    assert again.returncode == 0, again.stderr
    with duckdb.connect(str(from_s3 / "akhbar.duckdb"), read_only=True) as con:
        assert con.execute("SELECT files_unchanged, documents FROM runs ORDER BY started_at DESC LIMIT 1").fetchone() == (4, 0)
