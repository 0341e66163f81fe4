"""Tests for the ingest stage: every input file, DOC and line ends in articles or rejects."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

import pyarrow as pa
import pytest

from akhbar.tasks.ingest import ARTICLE_SCHEMA, REJECT_SCHEMA, ingest_files
from akhbar.tasks.ingest_sources import discover

TEXT = "بدأت الوفود المشاركة في المفاوضات حول سوريا في العاصمة الكازاخستانية أستانة."

TREC = """<DOC>
<DOCNO>ANT-0001</DOCNO>
<URL>https://example.com/a?x=1&amp;y=2</URL>
<TITLE>الأمن &amp; السلام</TITLE>
<TIME>2017-01-24T10:30:00+03:00</TIME>
<TEXT>
وصل الوفد الروسي&nbsp;إلى أستانة & بدأ المفاوضات.
</TEXT>
</DOC>
<DOC>
<DOCNO>ANT-0002</DOCNO>
<TITLE><![CDATA[مؤتمر <صحفي>]]></TITLE>
<TEXT><P>قال دي ميستورا</P><P>إن المحادثات <b>مستمرة</b>.</P></TEXT>
</DOC>
"""

JSONL_LINES = [
    json.dumps({"id": 7, "text": TEXT, "title": "عنوان", "url": "https://example.com/7", "published_at": "2017-01-24"}),
    "",  # blank lines are ignored, not rejected
    "not json",
    json.dumps({"id": "b", "title": "بلا نص"}),
    json.dumps({"text": "نص ثان", "published_at": "الثلاثاء الماضي"}, ensure_ascii=False),
]


def ingest(*paths: Path) -> tuple[list[dict], list[dict]]:
    """Run the ingest task body and return its tables as rows."""
    articles, rejects = ingest_files.fn(list(paths))
    return articles.to_pylist(), rejects.to_pylist()


def write(path: Path, content: str | bytes) -> Path:
    """Write text as UTF-8 (or bytes as they are), creating parent directories."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def test_schemas_are_exact(tmp_path: Path) -> None:
    articles, rejects = ingest_files.fn([write(tmp_path / "a.txt", TEXT), tmp_path / "missing.txt"])
    assert articles.schema == ARTICLE_SCHEMA
    assert rejects.schema == REJECT_SCHEMA
    assert ARTICLE_SCHEMA.names == [
        "source_uri", "source_format", "source_id", "url", "title", "published_at", "published_raw",
        "source_name", "category", "author", "abstract", "dateline", "doc_type", "raw_text", "ingested_at",
    ]  # fmt: skip
    assert ARTICLE_SCHEMA.field("published_at").type == pa.timestamp("us")
    assert REJECT_SCHEMA.names == ["source_uri", "doc_id", "stage", "reason"]


def test_txt_is_one_article_without_bom(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", b"\xef\xbb\xbf" + TEXT.encode() + b"\n")
    articles, rejects = ingest(path)
    assert rejects == []
    [article] = articles
    assert article["source_uri"] == path.as_uri()
    assert article["source_format"] == "txt"
    assert article["raw_text"] == TEXT + "\n"  # BOM gone, nothing else touched
    assert (article["source_id"], article["title"], article["published_at"], article["published_raw"]) == (None,) * 4


def test_trec_docs_keep_metadata_and_decode_entities(tmp_path: Path) -> None:
    path = write(tmp_path / "ant.xml", TREC)
    articles, rejects = ingest(path)
    assert rejects == []
    first, second = articles
    assert first["source_uri"] == path.as_uri() + "#ANT-0001"
    assert second["source_uri"] == path.as_uri() + "#ANT-0002"
    assert first["source_format"] == "trec"
    assert first["source_id"] == "ANT-0001"
    assert first["url"] == "https://example.com/a?x=1&y=2"
    assert first["title"] == "الأمن & السلام"
    assert first["published_at"] == datetime(2017, 1, 24, 7, 30)  # +03:00 converted to UTC
    assert first["raw_text"] == "\nوصل الوفد الروسي\xa0إلى أستانة & بدأ المفاوضات.\n"
    assert second["title"] == "مؤتمر <صحفي>"  # CDATA is taken verbatim
    assert second["raw_text"] == "\nقال دي ميستورا\n\nإن المحادثات مستمرة.\n"  # <P> breaks, <b> vanishes
    assert (second["url"], second["published_at"], second["published_raw"]) == (None, None, None)


def test_trec_without_docno_numbers_docs_and_rejects_bad_ones(tmp_path: Path) -> None:
    path = write(tmp_path / "x.trec", f"<DOC><TEXT>{TEXT}</TEXT></DOC><DOC><TITLE>t</TITLE></DOC><DOC><TEXT> </TEXT>")
    no_doc = write(tmp_path / "y.sgml", "<root>not a TREC file</root>")  # no format by content: the extension says TREC
    articles, rejects = ingest(path, no_doc)
    assert [a["source_uri"] for a in articles] == [path.as_uri() + "#1"]
    assert [(r["source_uri"], r["reason"]) for r in rejects] == [
        (path.as_uri() + "#2", "missing_field: <TEXT>"),
        (path.as_uri() + "#3", "empty: no text"),  # an unclosed last DOC still counts
        (no_doc.as_uri(), "trec_parse: no <DOC> element"),
    ]


def test_jsonl_good_lines_load_and_bad_lines_are_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", "\n".join(JSONL_LINES) + "\n")
    articles, rejects = ingest(path)
    assert [a["source_uri"] for a in articles] == [path.as_uri() + "#L1", path.as_uri() + "#L5"]
    first, second = articles
    assert (first["source_id"], first["title"], first["url"]) == ("7", "عنوان", "https://example.com/7")
    assert first["published_at"] == datetime(2017, 1, 24)
    assert (second["published_at"], second["published_raw"]) == (None, "الثلاثاء الماضي")  # kept, not guessed
    assert [(r["source_uri"], r["reason"], r["stage"], r["doc_id"]) for r in rejects] == [
        (path.as_uri() + "#L3", "jsonl_parse: Expecting value (col 1)", "ingest", None),
        (path.as_uri() + "#L4", "missing_field: text", "ingest", None),
    ]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2017-01-24T10:30:00Z", datetime(2017, 1, 24, 10, 30)),
        ("2017-01-24 10:30", datetime(2017, 1, 24, 10, 30)),  # naive stays as written
        ("Tue, 24 Jan 2017 10:30:00 +0200", datetime(2017, 1, 24, 8, 30)),
        ("24/01/2017", datetime(2017, 1, 24)),
        ("05/03/2017", datetime(2017, 3, 5)),  # day first, as Arabic news writes it
        ("2017/03/05", datetime(2017, 3, 5)),
        ("٢٠١٧-٠١-٢٤", datetime(2017, 1, 24)),
        ("10:30", None),  # no year: not a date
        ("24 Jan 2017 10:30 EST", None),  # unknown zone: the time would be wrong
    ],
)
def test_published_at_parsing(tmp_path: Path, raw: str, expected: datetime | None) -> None:
    path = write(tmp_path / "d.ndjson", json.dumps({"text": TEXT, "published_at": raw}))
    [article], _ = ingest(path)
    assert article["published_at"] == expected
    assert article["published_raw"] == (None if expected else raw)


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", TEXT)
    write(tmp_path / "a" / "z.txt", TEXT)
    write(tmp_path / "a" / "deeper" / "c.jsonl", json.dumps({"text": TEXT}))
    write(tmp_path / ".git" / "HEAD.txt", TEXT)
    write(tmp_path / ".notes.txt", TEXT)
    sources, rejects = discover([tmp_path])
    assert [s.path for s in sources] == [tmp_path / "a" / "deeper" / "c.jsonl", tmp_path / "a" / "z.txt", tmp_path / "b.txt"]
    assert rejects == []
    assert discover([tmp_path]) == (sources, rejects)
    first, _ = ingest(tmp_path)
    again, _ = ingest(tmp_path)
    assert [a["source_uri"] for a in first] == [a["source_uri"] for a in again]
    assert len({a["ingested_at"] for a in first}) == 1  # one timestamp for the whole batch


def test_file_given_twice_or_by_two_names_is_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", TEXT)
    (tmp_path / "alias.txt").symlink_to(path)
    articles, _ = ingest(path, tmp_path, path)
    assert len(articles) == 1


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("report.pdf", b"%PDF-1.4", "binary: pdf"),
        ("README", b"text", "unsupported_format: no extension"),
        ("empty.txt", b"", "empty: no text"),
        ("blank.txt", b" \n\t\n", "empty: no text"),
        ("empty.jsonl", b"\n\n", "empty: no text"),
        ("empty.xml", b"", "empty: no text"),
        ("latin1.txt", b"abc\xff", "decode_error: not valid UTF-8 (byte 0xff at offset 3)"),
    ],
)
def test_bad_files_are_rejected_with_reason(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    path = write(tmp_path / name, content)
    articles, rejects = ingest(tmp_path)
    assert articles == []
    assert rejects == [{"source_uri": path.as_uri(), "doc_id": None, "stage": "ingest", "reason": reason}]


def test_bad_jsonl_line_encodings_do_not_sink_the_file(tmp_path: Path) -> None:
    good = json.dumps({"text": TEXT}).encode()
    path = write(tmp_path / "f.jsonl", b'{"text": "\xff"}\n' + b'{"text": "\\ud800"}\n' + good + b"\n")
    articles, rejects = ingest(path)
    assert [a["source_uri"] for a in articles] == [path.as_uri() + "#L3"]
    assert [r["reason"].split(":")[0] for r in rejects] == ["decode_error", "decode_error"]


def test_missing_path_is_rejected(tmp_path: Path) -> None:
    missing = tmp_path / "nope" / "gone.txt"
    articles, rejects = ingest(missing)
    assert articles == []
    assert rejects == [
        {"source_uri": missing.as_uri(), "doc_id": None, "stage": "ingest", "reason": "not_found: no such file or directory"}
    ]


def test_symlink_loops_and_fifos_do_not_hang(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "sub" / "a.txt", TEXT)
    (root / "sub" / "up").symlink_to(root)  # a directory loop
    (root / "self.txt").symlink_to(root / "self.txt")  # a link to itself
    os.mkfifo(root / "pipe.txt")  # opening it would block forever
    sources, rejects = discover([root])
    assert [s.path for s in sources] == [root / "sub" / "a.txt"]
    assert [(r["source_uri"], r["reason"]) for r in rejects] == [
        ((root / "pipe.txt").as_uri(), "unreadable: not a regular file or directory"),
        ((root / "self.txt").as_uri(), "not_found: dangling or looping symbolic link"),
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_file_is_rejected(tmp_path: Path) -> None:
    path = write(tmp_path / "locked.txt", TEXT)
    path.chmod(0)
    _, [reject] = ingest(path)
    assert reject["reason"] == "unreadable: PermissionError: Permission denied"


def test_every_input_ends_in_articles_or_rejects(tmp_path: Path) -> None:
    write(tmp_path / "ant.xml", TREC)
    write(tmp_path / "feed.jsonl", "\n".join(JSONL_LINES))
    write(tmp_path / "a.txt", TEXT)
    write(tmp_path / "b.txt", "")
    write(tmp_path / "c.doc", "x")
    articles, rejects = ingest(tmp_path)
    uris = [row["source_uri"] for row in articles + rejects]
    files = {uri.split("#")[0] for uri in uris}
    assert files == {p.as_uri() for p in tmp_path.iterdir()}
    assert (len(articles), len(rejects)) == (5, 4)
    assert len(set(uris)) == len(uris)
