"""Archives as they are distributed: formats told by content, dates as archives write them, compressed and container
files streamed, Arabic Gigaword and WARC. Every file, member, DOC and record ends in articles or rejects."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import random
import tarfile
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from akhbar.tasks import ingest_sources
from akhbar.tasks.ingest import ArticleReader, Options, read_articles, sniff

SEED = Path(__file__).parents[2] / "seeds" / "astana-20170124.txt"
PARAS = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
TEXT = "وصل الوفد الروسي إلى أستانة وبدأ المفاوضات مع المعارضة السورية."


def ant(docno: str, time: str | None, text: str = TEXT, title: str = "عنوان الخبر") -> str:
    """One article as the ANT corpus distributes it: a `.txt` holding TREC markup."""
    time_tag = "" if time is None else f"<TIME>{time}</TIME>\n"
    return (f"<DOC>\n<DOCNO>{docno}</DOCNO>\n<URL>https://www.bbc.com/arabic/{docno}</URL>\n<SRC>BBC</SRC>\n<CAT>sport</CAT>\n"
            f"<TITLE>{title}</TITLE>\n{time_tag}<AUTHOR>مراسل الرياضة</AUTHOR>\n<ABSTRACT>\n{text[:20]}\n</ABSTRACT>\n"
            f"<TEXT>\n{text}\n</TEXT>\n</DOC>\n")


def gigaword(*docs: tuple[str, str, str]) -> str:
    """LDC Arabic Gigaword SGML: (id, type, headline) per DOC, each with a dateline and <P> paragraphs."""
    return "".join(
        f'<DOC id="{doc_id}" type="{kind}" >\n<HEADLINE>\n{headline}\n</HEADLINE>\n<DATELINE>\nالقاهرة 1-1 (اف ب) -\n</DATELINE>\n'
        f"<TEXT>\n<P>\n{PARAS[0]}\n</P>\n<P>\n{PARAS[1]} {doc_id}\n</P>\n</TEXT>\n</DOC>\n"
        for doc_id, kind, headline in docs
    )


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def ingest(*paths: Path, **options) -> tuple[list[dict], list[dict]]:
    articles, rejects = read_articles(list(paths), options=Options(**options))
    return articles.to_pylist(), rejects.to_pylist()


# --- format by content ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("time", "expected"),
    [
        ("2018-05-08T05:53:19+00:00", datetime(2018, 5, 8, 5, 53, 19)),  # ISO 8601
        ("Wed, 09 May 2018 15:15:11 GMT", datetime(2018, 5, 9, 15, 15, 11)),  # RFC 2822
        ("Sun, 15 Jul 2018 21:56:56 +0400", datetime(2018, 7, 15, 17, 56, 56)),  # RFC 2822, an offset: stored in UTC
        ("17/05/2015", datetime(2015, 5, 17)),  # day first, as JawharaFM writes it
        ("05/03/2017", datetime(2017, 3, 5)),  # day first even where month first would also be a date
        ("١٧ مايو ٢٠١٨", datetime(2018, 5, 17)),  # Egyptian month name, Arabic-Indic digits
        ("الخميس 3 كانون الثاني 2019 - 10:30 ص", datetime(2019, 1, 3, 10, 30)),  # Levantine name, a weekday, AM
        ("نشر في: 12 جويلية 2017 - 14:05", datetime(2017, 7, 12, 14, 5)),  # Maghreb name
        ("02 أوت 2018", datetime(2018, 8, 2)),
        (None, datetime(2018, 3, 1)),  # no TIME: the DOCNO's date
        ("قبل ساعتين", datetime(2018, 3, 1)),  # unreadable TIME: the DOCNO's date, the string kept
    ],
)
def test_ant_txt_holding_trec_markup_is_read_as_trec_with_its_date(tmp_path: Path, time: str | None, expected: datetime) -> None:
    path = write(tmp_path / "BBC" / "sport" / "BB-sport-1-20180301.txt", "\ufeff\n  " + ant("BB-sport-1-20180301", time))
    [article], rejects = ingest(path)
    assert rejects == []
    assert article["source_format"] == "trec"
    assert article["published_at"] == expected
    assert article["published_raw"] == (time if time == "قبل ساعتين" else None)
    assert (article["title"], article["source_id"], article["source_name"], article["category"], article["author"]) == (
        "عنوان الخبر", "BB-sport-1-20180301", "BBC", "sport", "مراسل الرياضة")
    assert article["abstract"] == TEXT[:20]
    assert article["raw_text"].strip() == TEXT and "<" not in article["raw_text"]
    assert article["url"] == "https://www.bbc.com/arabic/BB-sport-1-20180301"


@pytest.mark.parametrize("time", ["الأسبوع الماضي", "24/01/2017 10:" + "7" * 27 + "00 +03:00"])  # the second broke dateutil (the fuzz test found it)
def test_a_date_that_cannot_be_read_is_null_not_a_guess(tmp_path: Path, time: str) -> None:
    path = write(tmp_path / "article.txt", ant("NO-DATE-HERE", time))
    [article], _ = ingest(path)
    assert (article["published_at"], article["published_raw"]) == (None, time)


def test_month_first_is_an_override_per_source(tmp_path: Path) -> None:
    us = write(tmp_path / "us" / "a.txt", ant("US-1", "03/05/2017"))
    arab = write(tmp_path / "arab" / "a.txt", ant("AR-1", "03/05/2017", text=TEXT + " ثانية"))
    articles, _ = ingest(tmp_path, month_first=(str(tmp_path / "us"),))
    dates = {a["source_uri"]: a["published_at"] for a in articles}
    assert dates == {us.as_uri() + "#US-1": datetime(2017, 3, 5), arab.as_uri() + "#AR-1": datetime(2017, 5, 3)}


def test_html_and_json_lines_saved_as_txt_are_read_by_content(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = write(tmp_path / "page.txt", f"<!DOCTYPE html><html><head><title>عنوان</title></head><body><article>{body}</article></body></html>")
    lines = write(tmp_path / "feed.txt", "\n".join(json.dumps({"id": i, "text": p, "source": "وكالة"}) for i, p in enumerate(PARAS[:3])))
    plain = write(tmp_path / "plain.txt", "{ليس JSON} " + TEXT)
    articles, rejects = ingest(page, lines, plain)
    assert rejects == []
    formats = [(a["source_uri"].split("/")[-1], a["source_format"]) for a in articles]
    assert formats == [("page.txt", "html"), ("feed.txt#L1", "jsonl"), ("feed.txt#L2", "jsonl"), ("feed.txt#L3", "jsonl"), ("plain.txt", "txt")]
    assert {a["source_name"] for a in articles if a["source_format"] == "jsonl"} == {"وكالة"}
    assert "<p>" not in articles[0]["raw_text"] and articles[0]["title"] == "عنوان"


@pytest.mark.parametrize(
    ("head", "name", "expected"),
    [
        (b"<DOC>\n<DOCNO>x</DOCNO>", "a.txt", "trec"),
        (b"\xef\xbb\xbf  \n<doc id='x'>", "no-extension", "trec"),
        ('<?xml version="1.0"?>\n<!-- c -->\n<DOC>'.encode(), "a.json", "trec"),
        (b"<!doctype html><html>", "a.txt", "html"),
        (b'{"text": "x"}\n{"text": "y"}', "a.txt", "jsonl"),
        (b'{\n  "text": "x"\n}', "a.txt", "txt"),  # pretty-printed JSON is no JSON Lines: the extension decides
        (b"WARC/1.1\r\n", "crawl.bin", "warc"),
        ("نص عربي".encode(), "a.txt", "txt"),
        ("نص عربي".encode(), "a.md", None),
        (b"<root/>", "a.xml", "trec"),  # neither TREC nor HTML by content: the extension decides
    ],
)
def test_sniff_tells_formats_by_content_and_falls_back_on_the_extension(head: bytes, name: str, expected: str | None) -> None:
    assert sniff(head, name) == expected


# --- Arabic Gigaword --------------------------------------------------------------------------------------------------


def test_gigaword_month_gz_keeps_stories_and_rejects_other_types(tmp_path: Path) -> None:
    docs = [("AFP_ARB_20010101.0001", "story", "عنوان أول"), ("AFP_ARB_20010101.0002", "advis", "تنبيه"),
            ("AFP_ARB_20010102.0003", "story", "عنوان ثان"), ("AFP_ARB_20010102.0004", "multi", "موجز")]
    path = write(tmp_path / "afp_arb_200101.gz", gzip.compress(gigaword(*docs).encode("utf-8")))
    articles, rejects = ingest(path)
    assert [(a["source_id"], a["title"], a["published_at"], a["doc_type"]) for a in articles] == [
        ("AFP_ARB_20010101.0001", "عنوان أول", datetime(2001, 1, 1), "story"),
        ("AFP_ARB_20010102.0003", "عنوان ثان", datetime(2001, 1, 2), "story"),
    ]
    assert articles[0]["source_uri"] == path.as_uri() + "#AFP_ARB_20010101.0001"
    assert articles[0]["dateline"] == "القاهرة 1-1 (اف ب) -"
    assert articles[0]["raw_text"].split() == f"{PARAS[0]} {PARAS[1]} AFP_ARB_20010101.0001".split()
    assert [(r["source_uri"].split("#")[1], r["reason"].split(" ")[0:2]) for r in rejects] == [
        ("AFP_ARB_20010101.0002", ["doc_type:", "advis"]), ("AFP_ARB_20010102.0004", ["doc_type:", "multi"])]
    everything, none_rejected = ingest(path, doc_types=("*",))
    assert (len(everything), none_rejected) == (4, [])


def test_trec_is_streamed_doc_by_doc_across_reads(tmp_path: Path) -> None:
    """Megabytes of DOCs (reads are 1 MB): every DOC once, in order; those over the limit rejected alone, by their id."""
    limit = 20_000
    docs = [(f"AFP_ARB_20010101.{i:04d}", "story", f"عنوان {i}") for i in range(3600)]
    big = f'<DOC id="BIG" type="story"><TEXT>{"كلمة " * 150_000}</TEXT></DOC>\n'  # past what a block may hold: counted, not held
    near = f'<DOC id="NEAR" type="story"><TEXT>{"كلمة " * 3_000}</TEXT></DOC>\n'  # held, then refused by its text's size
    content = gigaword(*docs[:1800]) + big + gigaword(*docs[1800:2700]) + near + gigaword(*docs[2700:])
    path = write(tmp_path / "month.sgml", content)
    assert path.stat().st_size > 2 * (1 << 20)
    articles, rejects = ingest(path, max_document_bytes=limit)
    assert [a["source_id"] for a in articles] == [doc_id for doc_id, _, _ in docs]
    assert [(r["source_uri"].split("#")[1], r["reason"].split(":")[0]) for r in rejects] == [("BIG", "too_large"), ("NEAR", "too_large")]


# --- WARC ----------------------------------------------------------------------------------------------------------------


def _warc(path: Path, records: list[tuple[str, str, str, bytes]]) -> Path:
    """A .warc.gz of (target URI, HTTP status, Content-Type, body) responses, with a request record before each."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for uri, status, content_type, body in records:
            writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                               warc_headers_dict={"WARC-Date": "2019-06-01T08:00:00Z"})
            writer.write_record(record)
    return path


def test_warc_responses_are_read_as_pages_with_the_target_uri_and_warc_date(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    page = f"<html><head><title>خبر</title></head><body><article>{body}</article></body></html>".encode()
    path = _warc(tmp_path / "CC-NEWS-20190601.warc.gz", [
        ("https://news.example.com/a", "200 OK", "text/html; charset=utf-8", page),
        ("https://news.example.com/gone", "404 Not Found", "text/html", b"<html><body>gone</body></html>"),
        ("https://news.example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
    ])
    [article], rejects = ingest(path)
    assert article["source_format"] == "warc" and article["source_uri"].startswith(path.as_uri() + "#urn%3Auuid%3A")
    assert (article["url"], article["title"], article["published_at"]) == ("https://news.example.com/a", "خبر", datetime(2019, 6, 1, 8))
    assert article["raw_text"].split() == " ".join(PARAS).split()
    assert [r["reason"] for r in rejects] == ["http: 404", "unsupported_format: image/png"]


# --- compressed and container files ----------------------------------------------------------------------------------


def _tar(path: Path, members: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def test_every_member_of_tar_and_zip_archives_is_accounted_for(tmp_path: Path) -> None:
    members = {
        "BBC/sport/BB-sport-1-20180301.txt": ant("BB-sport-1-20180301", "Thu, 01 Mar 2018 10:00:00 GMT").encode(),
        "BBC/sport/BB-sport-2-20180302.txt": ant("BB-sport-2-20180302", None, text=PARAS[2]).encode(),
        "CNN/feed.jsonl.gz": gzip.compress(json.dumps({"id": "c1", "text": PARAS[3]}).encode() + b"\n"),
        "CNN/notes.pdf": b"%PDF-1.4 not an article",
        "CNN/empty.txt": b"",
        "README.md": b"# ANT corpus\n",
    }
    _tar(tmp_path / "ant.tar.gz", members)
    with zipfile.ZipFile(tmp_path / "more.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("inner/", "")
        z.writestr("inner/a.txt", PARAS[4])
        z.writestr("inner/old.tar", _tar(tmp_path / "old.tar", {"x.txt": PARAS[5].encode()}, mode="w").read_bytes())
        z.writestr("__MACOSX/._a.txt", b"\x00\x05\x16\x07")
    (tmp_path / "old.tar").unlink()
    write(tmp_path / "single.txt.bz2", bz2.compress(PARAS[6].encode()))
    write(tmp_path / "single.txt.xz", lzma.compress(PARAS[7].encode()))
    articles, rejects = ingest(tmp_path)
    found = {row["source_uri"].removeprefix(tmp_path.as_uri() + "/"): row.get("reason") for row in articles + rejects}
    assert found == {
        "ant.tar.gz!/BBC/sport/BB-sport-1-20180301.txt#BB-sport-1-20180301": None,
        "ant.tar.gz!/BBC/sport/BB-sport-2-20180302.txt#BB-sport-2-20180302": None,
        "ant.tar.gz!/CNN/feed.jsonl.gz#L1": None,
        "ant.tar.gz!/CNN/notes.pdf": "binary: pdf",
        "ant.tar.gz!/CNN/empty.txt": "empty: no text",
        "ant.tar.gz!/README.md": "unsupported_format: .md",
        "more.zip!/inner/a.txt": None,
        "more.zip!/inner/old.tar!/x.txt": None,
        "single.txt.bz2": None,
        "single.txt.xz": None,
    }
    by_uri = {a["source_uri"].rsplit("/", 1)[-1]: a for a in articles}
    assert by_uri["BB-sport-2-20180302.txt#BB-sport-2-20180302"]["published_at"] == datetime(2018, 3, 2)  # from the member's DOCNO
    assert by_uri["single.txt.xz"]["raw_text"] == PARAS[7]


def test_a_tar_streamed_keeps_no_member_headers_behind(tmp_path: Path) -> None:
    """`tarfile` keeps every header it has read; read once as a stream, a 31,526-member ANT archive held 16 MB of them."""
    import gc

    _tar(tmp_path / "many.tar.gz", {f"BBC/sport/BB-sport-{i}-20180301.txt": ant(f"BB-sport-{i}-20180301", None).encode()
                                    for i in range(300)})
    (source,), _ = ingest_sources.discover([tmp_path / "many.tar.gz"])
    alive = []
    for n, entry in enumerate(ingest_sources.entries(source)):
        entry.stream.read()
        if n % 100 == 99:
            alive.append(sum(type(o) is tarfile.TarInfo for o in gc.get_objects()))  # `type`: `isinstance` wakes lazy proxies
    assert len(alive) == 3 and max(alive) <= 2, alive


def test_a_zip_bomb_is_a_reject_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A member that decompresses past the article limit is too_large; an archive past its budget is stopped with a reject."""
    with zipfile.ZipFile(tmp_path / "bomb.zip", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ok.txt", TEXT)
        z.writestr("zeros.txt", b"\0" * 30_000_000)  # 30 KB packed
    articles, rejects = ingest(tmp_path / "bomb.zip", max_document_bytes=1_000_000)
    assert [a["source_uri"].rsplit("!/")[1] for a in articles] == ["ok.txt"]
    assert [(r["source_uri"].rsplit("!/")[1], r["reason"]) for r in rejects] == [
        ("zeros.txt", "too_large: 30,000,000 bytes > 1,000,000 (max_document_bytes)")]
    # the budget (100 × the file's size + a slack) is what stops a source that decompresses without end
    monkeypatch.setattr(ingest_sources, "BOMB_SLACK", 1_000_000)
    write(tmp_path / "bomb.txt.gz", gzip.compress(b"\0" * 50_000_000))
    _, [reject] = ingest(tmp_path / "bomb.txt.gz", max_document_bytes=1_000_000)
    assert reject["reason"].startswith("too_large: the archive decompresses to more than 100 times its size")


def test_a_damaged_archive_keeps_what_came_before_and_says_what_broke(tmp_path: Path) -> None:
    words, draw = " ".join(PARAS).split(), random.Random(0)
    members = {f"a{i}.txt": " ".join(draw.choices(words, k=500)).encode() for i in range(60)}  # ~300 KB, packed ~4×
    data = _tar(tmp_path / "x.tar.gz", members).read_bytes()
    write(tmp_path / "x.tar.gz", data[: len(data) * 2 // 3])  # cut short, as a failed download is
    articles, rejects = ingest(tmp_path / "x.tar.gz")
    assert len(articles) >= 1
    assert len(rejects) == 1 and rejects[0]["reason"].startswith("archive_error: ")


# --- reading in chunks ---------------------------------------------------------------------------------------------------


def test_the_reader_hands_out_chunks_and_records_each_source_once_read(tmp_path: Path) -> None:
    for i in range(5):
        write(tmp_path / f"{i}.txt", PARAS[i])
    write(tmp_path / "five.jsonl", "\n".join(json.dumps({"text": p}) for p in PARAS[5:10]))
    reader = ArticleReader([tmp_path])
    chunks = []
    while not reader.exhausted:
        chunks.append(reader.read(3))
    assert [c.articles.num_rows for c in chunks] == [3, 3, 3, 1]
    finished = [row["source_uri"].rsplit("/", 1)[1] for c in chunks for row in c.finished]
    assert finished == ["0.txt", "1.txt", "2.txt", "3.txt", "4.txt", "five.jsonl"]
    assert {row["documents"] for c in chunks for row in c.finished} == {1, 5}
    assert reader.bytes_read == reader.total_bytes == sum(p.stat().st_size for p in tmp_path.iterdir())
    known = {row["source_uri"]: (row["size"], row["mtime_ns"], row["chunk_articles"], row["chunk_characters"]) for c in chunks for row in c.finished}
    write(tmp_path / "2.txt", PARAS[2] + " تعديل")  # changed: read again; the others are skipped unopened
    again = ArticleReader([tmp_path], known=known)
    assert (again.unchanged, [s.path.name for s in again.sources]) == (5, ["2.txt"])
    # chunks end where they would have: 2.txt is article 3, in the first chunk of 3 (0, 1, 2.txt)
    assert [again.read(3).articles.num_rows, again.read(3).articles.num_rows, again.exhausted] == [1, 0, True]


def test_a_resumed_reader_cuts_the_rest_into_the_chunks_of_an_uninterrupted_one(tmp_path: Path) -> None:
    for i in range(3):
        write(tmp_path / f"{i}.jsonl", "\n".join(json.dumps({"text": f"{p} {i}"}) for p in PARAS[:4]))  # 4 articles each
    whole = ArticleReader([tmp_path])
    chunks = [whole.read(5) for _ in range(3)]
    assert [c.articles.num_rows for c in chunks] == [5, 5, 2]
    done = {row["source_uri"]: (row["size"], row["mtime_ns"], row["chunk_articles"], row["chunk_characters"]) for row in chunks[0].finished}
    assert list(done) == [(tmp_path / "0.jsonl").as_uri()]  # the first chunk finished 0.jsonl only (1.jsonl straddles)
    resumed = ArticleReader([tmp_path], known=done)
    rest = [resumed.read(5) for _ in range(3)]
    uris = [[a["source_uri"] for a in c.articles.to_pylist()] for c in rest]
    # 1.jsonl is read again from its start: its first line, published in chunk 1, ends a chunk of its own (clean skips it
    # as published), then come chunks 2 and 3 exactly as before
    assert uris[0] == [(tmp_path / "1.jsonl").as_uri() + "#L1"]
    assert uris[1:] == [[a["source_uri"] for a in c.articles.to_pylist()] for c in chunks[1:]] and resumed.exhausted


def test_a_chunk_ends_at_its_articles_or_sooner_at_its_characters(tmp_path: Path) -> None:
    lengths = [300, 500, 900, 100, 100, 2500, 50, 60, 70, 80, 90, 10]
    write(tmp_path / "a.jsonl", "\n".join(json.dumps({"text": "ب" * n}) for n in lengths))
    reader = ArticleReader([tmp_path])
    chunks, finished = [], []
    while not reader.exhausted:
        chunk = reader.read(4, characters=1000)
        chunks.append([len(text) for text in chunk.articles["raw_text"].to_pylist()])
        finished += chunk.finished
    # 300, 800, 1700 characters: ends; 100, 200, 2700: ends; then four short ones: ends at 4 articles
    assert chunks == [[300, 500, 900], [100, 100, 2500], [50, 60, 70, 80], [90, 10]]
    row = finished[0]
    assert (row["documents"], row["characters"], row["chunk_articles"], row["chunk_characters"]) == (12, sum(lengths), 2, 100)


def test_a_resumed_reader_cuts_by_characters_as_an_uninterrupted_one(tmp_path: Path) -> None:
    draw = random.Random(7)
    for i in range(4):  # 5 articles a file, of 40 to 400 characters
        write(tmp_path / f"{i}.jsonl", "\n".join(json.dumps({"text": "ت" * draw.randint(40, 400) + f" {i}.{k}"}) for k in range(5)))
    whole = ArticleReader([tmp_path])
    chunks = []
    while not whole.exhausted:
        chunks.append(whole.read(4, characters=700))
    cuts = [[a["source_uri"] for a in c.articles.to_pylist()] for c in chunks]
    done = {row["source_uri"]: (row["size"], row["mtime_ns"], row["chunk_articles"], row["chunk_characters"]) for c in chunks[:3]
            for row in c.finished}
    resumed = ArticleReader([tmp_path], known=done)
    rest = []
    while not resumed.exhausted:
        rest.append([a["source_uri"] for a in resumed.read(4, characters=700).articles.to_pylist()])
    # the files finished are skipped unopened, and the first chunk starts as full as the interrupted run's was when the
    # last of them ended; the next file is read from its start: its articles in that chunk make a chunk of their own
    # (clean skips them as published), then the rest come in the uninterrupted run's chunks
    position = sum(int(uri.rsplit("#L", 1)[0].rsplit("/", 1)[1][0]) < len(done) for uri in sum(cuts, []))
    k = next(k for k in range(len(cuts)) if sum(map(len, cuts[: k + 1])) > position)
    inside = position - sum(map(len, cuts[:k]))
    assert 0 < inside < len(cuts[k])  # the case that matters: a chunk that straddles two files
    assert rest == [cuts[k][inside:], *cuts[k + 1 :]]
