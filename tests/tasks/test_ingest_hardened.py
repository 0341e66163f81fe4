"""Hardened ingest: saved HTML pages, unsafe or malformed TREC, the size limit, damaged UTF-8, hostile JSONL, odd file names."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from akhbar.tasks.clean import identify_language, normalize_text
from akhbar.tasks.ingest import read_articles

SEED = Path(__file__).parents[2] / "seeds" / "astana-20170124.txt"
PARAS = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
ARTICLE = "\n".join(PARAS)
TEXT = "وصل الوفد الروسي إلى أستانة وبدأ المفاوضات مع المعارضة السورية."
TITLE = "مفاوضات أستانة حول سوريا تدخل يومها الثاني"
CANONICAL = "https://news.example.com/2017/01/24/astana-talks"
# Words that only the page's chrome holds: none may reach the article text.
CHROME_WORDS = ("NavWordGamma", "StyleWordZeta", "ScriptWordBeta", "trackingWordAlpha", "AsideWordDelta", "FooterWordEpsilon",
                "ScriptWordEta", "الرئيسية", "الأكثر قراءة", "جميع الحقوق محفوظة")  # fmt: skip
BODY = "\n".join(f"<p>{paragraph}</p>" for paragraph in PARAS)
PAGE = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
CHARSET_META
<title>{TITLE}</title>
<link rel="canonical" href="{CANONICAL}">
<meta property="article:published_time" content="2017-01-24T10:30:00+03:00">
<style>.nav {{ color: red; }} body {{ font-family: StyleWordZeta; }}</style>
<script>var trackingWordAlpha = "ScriptWordBeta";</script>
</head>
<body>
<nav><ul><li><a href="/">الرئيسية NavWordGamma</a></li><li><a href="/sport">رياضة</a></li></ul></nav>
<article>
<h1>{TITLE}</h1>
{BODY}
</article>
<aside><h3>الأكثر قراءة AsideWordDelta</h3><ul><li><a href="/x">خبر آخر عن كرة القدم</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة FooterWordEpsilon 2017</p></footer>
<script>console.log("ScriptWordEta");</script>
</body>
</html>
"""
TREC_DOC = f"<DOC>\n<DOCNO>D1</DOCNO>\n<TEXT>\n{TEXT}\n</TEXT>\n</DOC>\n"


def write(path: Path, content: str | bytes) -> Path:
    """Write text as UTF-8 (or bytes as they are)."""
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def ingest(*paths: Path, max_document_bytes: int | None = None) -> tuple[list[dict], list[dict]]:
    """read_articles on `paths`, as rows."""
    limit = {} if max_document_bytes is None else {"max_document_bytes": max_document_bytes}
    articles, rejects = read_articles(list(paths), **limit)
    return articles.to_pylist(), rejects.to_pylist()


# --- HTML pages ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "charset", "encoding"),
    [
        ("utf8.html", '<meta charset="utf-8">', "utf-8"),
        ("cp1256.html", '<meta charset="windows-1256">', "cp1256"),
        ("cp1256-http-equiv.html", '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">', "cp1256"),
        ("cp1256-undeclared.htm", "", "cp1256"),
    ],
)
def test_html_page_gives_its_article_without_the_chrome(tmp_path: Path, name: str, charset: str, encoding: str) -> None:
    path = write(tmp_path / name, PAGE.replace("CHARSET_META", charset).encode(encoding))
    articles, rejects = ingest(path)
    assert rejects == []
    [article] = articles
    assert article["source_uri"] == path.as_uri()
    assert article["source_format"] == "html"
    assert normalize_text(article["raw_text"]) == normalize_text(ARTICLE)
    assert article["title"] == TITLE  # kept once, in `title`: the <h1> repeating it is not in the text
    assert not article["raw_text"].startswith(TITLE)
    assert article["url"] == CANONICAL
    assert article["published_at"] is not None and article["published_at"].date() == date(2017, 1, 24)
    assert article["published_raw"] is None
    for word in CHROME_WORDS:
        assert word not in article["raw_text"], word


def test_html_page_without_an_article_is_accounted_for_and_never_arabic(tmp_path: Path) -> None:
    path = write(tmp_path / "index.html", '<html><body><nav><a href="/">Home</a></nav></body></html>')
    articles, rejects = ingest(path)  # must not raise
    rows = articles + rejects
    assert [row["source_uri"] for row in rows] == [path.as_uri()]
    if rejects:
        assert rejects[0]["reason"].startswith("empty:") and rejects[0]["stage"] == "ingest"
    else:  # trafilatura's fallback keeps the lone link text ("Home "): clean then refuses it by language
        text = normalize_text(articles[0]["raw_text"])
        assert text and identify_language(text) != "ar"


def test_blank_html_page_is_an_empty_reject(tmp_path: Path) -> None:
    path = write(tmp_path / "blank.html", "<html><head><title>t</title></head><body></body></html>")
    assert ingest(path) == (
        [],
        [{"source_uri": path.as_uri(), "doc_id": None, "stage": "ingest", "reason": "empty: no article text in the page"}],
    )


# --- TREC ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE x [<!ENTITY a "b">]>',
        '<!DOCTYPE x SYSTEM "file:///etc/passwd">',
        '<!DOCTYPE x PUBLIC "-//X//EN" "http://example.com/x.dtd">',
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
    ],
)
def test_trec_with_entities_or_external_dtd_is_refused_whole(tmp_path: Path, doctype: str) -> None:
    path = write(tmp_path / "unsafe.xml", f'<?xml version="1.0"?>\n{doctype}\n' + TREC_DOC.replace(TEXT, "&a; " + TEXT))
    articles, rejects = ingest(path)
    assert articles == []
    [reject] = rejects
    assert reject["source_uri"] == path.as_uri()
    assert reject["reason"].startswith("xml_unsafe")
    assert reject["stage"] == "ingest"


def test_trec_declared_windows_1256_is_decoded(tmp_path: Path) -> None:
    path = write(tmp_path / "cp.xml", ('<?xml version="1.0" encoding="windows-1256"?>\n' + TREC_DOC).encode("cp1256"))
    articles, rejects = ingest(path)
    assert rejects == []
    [article] = articles
    assert article["raw_text"] == f"\n{TEXT}\n"
    assert article["source_uri"] == path.as_uri() + "#D1"


def test_trec_unclosed_text_and_unclosed_doc_are_read_leniently(tmp_path: Path) -> None:
    path = write(
        tmp_path / "open.xml",
        f"<DOC><DOCNO>O1</DOCNO><TEXT>{TEXT}\n</DOC>\n<DOC><DOCNO>O2</DOCNO><TEXT>{TEXT} ثانية</TEXT>\n",
    )
    articles, rejects = ingest(path)
    assert rejects == []
    assert [(a["source_id"], a["raw_text"]) for a in articles] == [("O1", f"{TEXT}\n"), ("O2", f"{TEXT} ثانية")]


@pytest.mark.parametrize("codec", ["rot13", "base64", "hex", "zlib", "unicode_escape", "no-such-codec"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1256"])
def test_trec_declared_non_charset_is_ignored(tmp_path: Path, codec: str, encoding: str) -> None:
    path = write(tmp_path / "odd.xml", (f'<?xml version="1.0" encoding="{codec}"?>\n' + TREC_DOC).encode(encoding))
    articles, rejects = ingest(path)  # must not raise
    assert rejects == []
    assert [a["raw_text"] for a in articles] == [f"\n{TEXT}\n"]  # guessed as if nothing were declared


# --- the size limit -----------------------------------------------------------------------------------------------------

LIMIT = len(TEXT.encode("utf-8"))


def test_txt_over_the_limit_is_refused_and_at_the_limit_read(tmp_path: Path) -> None:
    over = write(tmp_path / "over.txt", TEXT + "!")
    at = write(tmp_path / "at.txt", TEXT)
    articles, rejects = ingest(at, over, max_document_bytes=LIMIT)
    assert [(a["source_uri"], a["raw_text"]) for a in articles] == [(at.as_uri(), TEXT)]
    [reject] = rejects
    assert reject["source_uri"] == over.as_uri()
    assert reject["reason"].startswith("too_large: ")
    assert f"{LIMIT + 1:,}" in reject["reason"] and f"{LIMIT:,}" in reject["reason"]
    assert reject["reason"] == f"too_large: {LIMIT + 1:,} bytes > {LIMIT:,} (max_document_bytes)"


def test_html_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "big.html", PAGE.replace("CHARSET_META", ""))
    articles, rejects = ingest(path, max_document_bytes=1000)
    assert articles == []
    assert [r["reason"] for r in rejects] == [f"too_large: {path.stat().st_size:,} bytes > 1,000 (max_document_bytes)"]


def test_jsonl_line_over_the_limit_is_one_reject_between_good_lines(tmp_path: Path) -> None:
    good = [json.dumps({"id": key, "text": "نص قصير"}, ensure_ascii=False) for key in ("a", "c")]
    big = json.dumps({"id": "b", "text": TEXT * 3}, ensure_ascii=False)
    path = write(tmp_path / "feed.jsonl", f"{good[0]}\n{big}\n{good[1]}\n")
    articles, rejects = ingest(path, max_document_bytes=LIMIT)
    assert [(a["source_uri"], a["source_id"]) for a in articles] == [(path.as_uri() + "#L1", "a"), (path.as_uri() + "#L3", "c")]
    [reject] = rejects
    assert reject["source_uri"] == path.as_uri() + "#L2"
    assert reject["reason"].startswith("too_large: ") and f"> {LIMIT:,} (max_document_bytes)" in reject["reason"]


@pytest.mark.parametrize("line_end", [b"\n", b"\r\n", b""])
def test_jsonl_line_limit_is_exact(tmp_path: Path, line_end: bytes) -> None:
    """A line of exactly `max_document_bytes` bytes (its line end not counted) is read; one byte more is refused."""
    limit = 40

    def line(size: int) -> bytes:
        data = b'{"text": "' + b"a" * (size - 12) + b'"}'
        assert len(data) == size
        return data

    at = write(tmp_path / "at.jsonl", line(limit) + line_end)
    over = write(tmp_path / "over.jsonl", line(limit + 1) + line_end)
    articles, rejects = ingest(at, over, max_document_bytes=limit)
    assert [a["source_uri"] for a in articles] == [at.as_uri() + "#L1"]
    assert [r["source_uri"] for r in rejects] == [over.as_uri() + "#L1"]
    assert rejects[0]["reason"].startswith("too_large: ")


def test_trec_doc_over_the_limit_is_refused_alone(tmp_path: Path) -> None:
    path = write(
        tmp_path / "t.xml", f"<DOC><DOCNO>BIG</DOCNO><TEXT>{TEXT * 2}</TEXT></DOC>\n<DOC><DOCNO>OK</DOCNO><TEXT>نص قصير</TEXT></DOC>\n"
    )
    articles, rejects = ingest(path, max_document_bytes=LIMIT)
    assert [(a["source_uri"], a["raw_text"]) for a in articles] == [(path.as_uri() + "#OK", "نص قصير")]
    assert rejects == [
        {"source_uri": path.as_uri() + "#BIG", "doc_id": None, "stage": "ingest",
         "reason": f"too_large: {2 * LIMIT:,} bytes > {LIMIT:,} (max_document_bytes)"}
    ]  # fmt: skip


# --- damaged UTF-8 ------------------------------------------------------------------------------------------------------


def _with_bad_byte(text: str) -> bytes:
    """`text` in UTF-8 with b"\\xff" put between two characters near its middle."""
    data = text.encode("utf-8")
    middle = len(data) // 2
    while data[middle] & 0xC0 == 0x80:  # not inside a character
        middle += 1
    return data[:middle] + b"\xff" + data[middle:]


def test_utf8_with_one_bad_byte_keeps_the_rest_exact(tmp_path: Path) -> None:
    path = write(tmp_path / "damaged.txt", _with_bad_byte(ARTICLE))
    articles, rejects = ingest(path)
    assert rejects == []
    [article] = articles
    assert article["raw_text"].count("\ufffd") == 1
    assert article["raw_text"].replace("\ufffd", "") == ARTICLE


def test_short_utf8_with_one_bad_byte_is_not_read_as_a_code_page(tmp_path: Path) -> None:
    """A headline-sized UTF-8 text with one flipped byte is still UTF-8, not Windows-1256 mojibake (`ظˆطµظ„…`)."""
    text = "وصل الوفد الروسي إلى أستانة"
    path = write(tmp_path / "short.txt", _with_bad_byte(text))
    articles, rejects = ingest(path)
    assert rejects == []
    [article] = articles
    assert article["raw_text"].count("\ufffd") == 1
    assert article["raw_text"].replace("\ufffd", "") == text


def test_utf8_cut_inside_its_last_letter_loses_only_that_letter(tmp_path: Path) -> None:
    text = ARTICLE + "\nوانتهى الاجتماع"
    path = write(tmp_path / "cut.txt", text.encode("utf-8")[:-1])  # half of `ع`
    articles, rejects = ingest(path)
    assert rejects == []
    assert [a["raw_text"] for a in articles] == [text[:-1]]


def test_cp1256_is_still_read_as_cp1256(tmp_path: Path) -> None:
    path = write(tmp_path / "cp.txt", ARTICLE.encode("cp1256"))
    articles, rejects = ingest(path)
    assert rejects == []
    assert [a["raw_text"] for a in articles] == [ARTICLE]
    assert "\ufffd" not in articles[0]["raw_text"]


# --- hostile JSONL ------------------------------------------------------------------------------------------------------


def test_jsonl_line_in_cp1256_is_decoded(tmp_path: Path) -> None:
    utf8 = json.dumps({"id": "u", "text": "نص"}, ensure_ascii=False).encode("utf-8")
    legacy = json.dumps({"id": "cp", "text": TEXT, "title": "عنوان"}, ensure_ascii=False).encode("cp1256")
    path = write(tmp_path / "mixed.jsonl", utf8 + b"\n" + legacy + b"\n")
    articles, rejects = ingest(path)
    assert rejects == []
    assert [(a["source_id"], a["raw_text"], a["title"]) for a in articles] == [("u", "نص", None), ("cp", TEXT, "عنوان")]


def test_jsonl_utf8_line_with_one_bad_byte_is_still_utf8(tmp_path: Path) -> None:
    """As for .txt: one flipped byte in a UTF-8 line is one U+FFFD, not the whole line read as Windows-1256."""
    line = _with_bad_byte(json.dumps({"id": "d", "text": PARAS[0]}, ensure_ascii=False))
    path = write(tmp_path / "damaged.jsonl", line + b"\n")
    articles, rejects = ingest(path)
    assert rejects == []
    [article] = articles
    assert article["raw_text"].count("\ufffd") == 1
    assert article["raw_text"].replace("\ufffd", "") == PARAS[0]


@pytest.mark.parametrize(
    "line",
    [
        b'{"id": "n", "text": ' + b"7" * 5000 + b"}",  # a 5000-digit text
        b'{"id": ' + b"7" * 5000 + b', "text": "x"}',  # a 5000-digit id
        b'{"id": "deep", "text": "x", "extra": ' + b"[" * 5000 + b"]" * 5000 + b"}",
        b'{"id": "deep", "text": ' + b'{"a": ' * 5000 + b"1" + b"}" * 5000 + b"}",
        b"[" * 5000 + b"]" * 5000,
    ],
    ids=["huge-int-text", "huge-int-id", "deep-array", "deep-object", "deep-top-level"],
)
def test_jsonl_hostile_values_are_rejected_not_raised(tmp_path: Path, line: bytes) -> None:
    good = json.dumps({"id": "ok", "text": TEXT}, ensure_ascii=False).encode("utf-8")
    path = write(tmp_path / "hostile.jsonl", good + b"\n" + line + b"\n" + good + b"\n")
    articles, rejects = ingest(path)
    assert [a["source_uri"] for a in articles] == [path.as_uri() + "#L1", path.as_uri() + "#L3"]
    [reject] = rejects
    assert reject["source_uri"] == path.as_uri() + "#L2"
    assert reject["reason"].startswith(("jsonl_parse:", "bad_field:"))
    assert len(reject["reason"]) < 300  # the message is cut, not the whole value


# --- file names ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["خبر عاجل ١.txt", "with space.txt", "a#b%20c?.txt", "١٠٠٪ نسبة.txt"])
def test_source_uri_of_an_odd_file_name_is_a_valid_file_uri(tmp_path: Path, name: str) -> None:
    directory = tmp_path / "مجلد الأخبار"
    directory.mkdir()
    path = write(directory / name, TEXT)
    articles, rejects = ingest(path)
    assert rejects == []
    [uri] = [a["source_uri"] for a in articles]
    assert uri == path.as_uri()
    assert uri.isascii() and " " not in uri  # percent-encoded
    parts = urlsplit(uri)
    assert (parts.scheme, parts.netloc, parts.query, parts.fragment) == ("file", "", "", "")
    assert unquote(parts.path) == str(path)


def test_source_uri_fragment_of_a_multi_article_file_with_an_odd_name(tmp_path: Path) -> None:
    path = write(tmp_path / "خبر #1.xml", "<DOC><DOCNO>A B#1</DOCNO><TEXT>نص</TEXT></DOC>")
    articles, rejects = ingest(path)
    assert rejects == []
    [uri] = [a["source_uri"] for a in articles]
    parts = urlsplit(uri)
    assert unquote(parts.path) == str(path)
    assert unquote(parts.fragment) == "A B#1"
