"""`akhbar run` over an archive as distributed (a `.tar.gz` of ANT-style `.txt` files holding TREC markup): in chunks, again
over the unchanged archive (nothing opened, nothing published), and killed after a chunk then resumed to an uninterrupted
run's tables. The README's archive command is the one run here."""

from __future__ import annotations

import io
import signal
import tarfile
from pathlib import Path

import duckdb
import pytest
from articles import project_texts
from commands import Run, akhbar_here, assert_clean_output

pytestmark = pytest.mark.xdist_group("archives")

CHUNK = "3"  # articles per chunk: the archive's 10 articles make 4 chunks
CONTENT = {  # what must be equal between a resumed run and an uninterrupted one (run ids and times aside)
    "documents": "doc_id, source_uri, title, published_at, source_name, category, author, abstract, text",
    "sentences": "doc_id, sentence_id, char_start, char_end",
    "translations": "doc_id, sentence_id, text_en",
    "entities": "doc_id, char_start, char_end, label, canonical, name_en",
    "quotes": "doc_id, char_start, char_end, speaker, quote_en",
    "dates": "doc_id, char_start, char_end, resolved",
    "amounts": "doc_id, char_start, char_end, value",
    "rejects": "source_uri, stage, reason",
}


def ant_archive(path: Path) -> Path:
    """`ant.tar.gz`: the project's texts as ANT files (`<source>/<category>/<DOCNO>.txt`), a README, and a repeat."""
    texts = project_texts()[:9]
    members = {}
    for i, text in enumerate(texts):
        source, category = ("BBC", "sport") if i % 2 else ("CNN", "culture")
        docno = f"{source[:2].upper()}-{category}-{i}-201803{i + 1:02d}"
        time = f"<TIME>{i + 1:02d}/03/2018</TIME>\n" if i % 3 else ""  # day first; a third without TIME: the DOCNO's date
        members[f"{source}/{category}/{docno}.txt"] = (
            f"<DOC>\n<DOCNO>{docno}</DOCNO>\n<URL>https://example.com/{docno}</URL>\n<SRC>{source}</SRC>\n<CAT>{category}</CAT>\n"
            f"<TITLE>عنوان {i}</TITLE>\n{time}<AUTHOR></AUTHOR>\n<ABSTRACT>\n{text[:40]}\n</ABSTRACT>\n<TEXT>\n{text}\n</TEXT>\n</DOC>\n"
        )
    members["CNN/culture/CN-culture-99-20180301.txt"] = members[next(iter(members))].replace("-0-", "-99-")  # same text again
    members["README.md"] = "# ANT Corpus\n"
    with tarfile.open(path, "w:gz") as archive:
        for name, content in members.items():
            data = content.encode("utf-8")
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def tables(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return {table: con.execute(f"SELECT {columns} FROM {table} ORDER BY ALL").fetchall() for table, columns in CONTENT.items()}


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ant_archive(tmp_path_factory.mktemp("archive") / "ant.tar.gz")


@pytest.fixture(scope="module")
def uninterrupted(archive: Path, tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list]:
    """The README's command over the archive (in chunks of 3), then the same command again."""
    warehouse = tmp_path_factory.mktemp("uninterrupted") / "data"
    env = {"AKHBAR_MODEL": str(tiny_model), "AKHBAR_WAREHOUSE": str(warehouse), "AKHBAR_CHUNK_SIZE": CHUNK}
    runs = [akhbar_here("run", "--source", str(archive), env=env) for _ in range(2)]
    return warehouse, runs


def test_an_archive_as_distributed_lands_with_its_metadata(uninterrupted: tuple[Path, list], archive: Path) -> None:
    warehouse, (first, _) = uninterrupted
    assert_clean_output(first)
    rows = query(warehouse, "SELECT source_uri, title, published_at::DATE, source_name, category, source_format FROM documents "
                            "ORDER BY source_uri")
    assert len(rows) == 9
    for uri, title, day, source, category, source_format in rows:
        member, docno = uri.removeprefix(f"{archive.as_uri()}!/").split("#")
        assert member == f"{source}/{category}/{docno}.txt"
        i = int(docno.split("-")[2])
        assert (title, day.day, day.month, source_format) == (f"عنوان {i}", i + 1, 3, "trec")  # TIME, else the DOCNO's date
        assert (source, category) == (("BBC", "sport") if i % 2 else ("CNN", "culture"))
    rejects = query(warehouse, "SELECT split_part(source_uri, '!/', 2), split_part(reason, ':', 1) FROM rejects ORDER BY 1")
    assert rejects == [("CNN/culture/CN-culture-99-20180301.txt#CN-culture-99-20180301", "duplicate_of"), ("README.md", "unsupported_format")]
    assert query(warehouse, "SELECT source_uri, documents, rejects, length(sha256) FROM manifest") == [(archive.as_uri(), 10, 1, 64)]
    # one ledger row per stage, the chunks' counts added up
    stages = dict(query(warehouse, "SELECT stage, rows_out FROM run_stages WHERE stage IN ('ingest', 'clean') "
                                   "AND run_id = (SELECT run_id FROM runs ORDER BY started_at LIMIT 1)"))
    assert stages == {"ingest": 10, "clean": 9}
    assert any(line.startswith("chunk 4: 10 articles read, 9 documents published") for line in first.logs), first.logs


def test_a_second_run_over_the_unchanged_archive_opens_nothing(uninterrupted: tuple[Path, list]) -> None:
    warehouse, (_, second) = uninterrupted
    assert_clean_output(second)
    assert "1 source file unchanged since last read: skipped without opening" in second.logs
    last = query(warehouse, "SELECT files_unchanged, documents, rejects FROM runs ORDER BY started_at DESC LIMIT 1")
    assert last == [(1, 0, 0)]
    assert query(warehouse, "SELECT count(*) FROM manifest") == [(1,)]


def test_a_changed_archive_is_read_again(uninterrupted: tuple[Path, list], archive: Path, tiny_model: Path, tmp_path: Path) -> None:
    warehouse = tmp_path / "data"
    copy = tmp_path / "ant.tar.gz"
    copy.write_bytes(archive.read_bytes())
    env = {"AKHBAR_MODEL": str(tiny_model), "AKHBAR_WAREHOUSE": str(warehouse)}
    assert_clean_output(akhbar_here("run", "--source", str(copy), env=env))
    ant_archive(copy)  # rewritten: a new modification time
    again = akhbar_here("run", "--source", str(copy), env=env)
    assert_clean_output(again)
    assert query(warehouse, "SELECT files_unchanged, documents FROM runs ORDER BY started_at") == [(0, 9), (0, 0)]
    assert query(warehouse, "SELECT count(*) FROM manifest") == [(2,)]


def test_a_run_killed_after_a_chunk_is_resumed_to_the_same_tables(uninterrupted: tuple[Path, list], archive: Path, tiny_model: Path,
                                                                  tmp_path: Path) -> None:
    warehouse = tmp_path / "data"
    args = ["run", "--source", str(archive), "--warehouse", str(warehouse), "--chunk-size", CHUNK]
    with Run(args, tiny_model, tmp_path / "killed", halt=("akhbar.flows.ledger:Progress.chunk_done@2", "KILL")) as killed:
        assert killed.finished().returncode == -signal.SIGKILL
    assert query(warehouse, "SELECT count(*) FROM documents") == [(6,)]  # two chunks of 3 published
    assert query(warehouse, "SELECT count(*) FROM manifest") == [(0,)]  # the archive was not read to its end
    resumed = akhbar_here(*args, env={"AKHBAR_MODEL": str(tiny_model)})
    assert_clean_output(resumed)
    assert query(warehouse, "SELECT documents FROM runs WHERE status = 'completed'") == [(3,)]  # only what was missing
    assert tables(warehouse) == tables(uninterrupted[0])
