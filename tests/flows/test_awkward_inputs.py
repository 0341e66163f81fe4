"""Issue 6's acceptance, end to end: `akhbar run` over a folder of the bad and awkward inputs real archives hold.

Good articles sit beside more than twenty kinds of trouble: legacy encodings, a saved web
page, other languages, binaries, broken and hostile XML, a JSONL file with bad lines, exact
and near duplicates, invisible controls, a multi-megabyte single line, files over the size
limit, odd names and links. The run must exit 0 without a traceback, account for every input,
stay under 1.5 GB of memory, and change no row count when run again.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote

import duckdb
import pytest
from conftest import ROOT

from akhbar.tasks.clean import normalize_text
from akhbar.tasks.evaluate import ntrex_documents

AKHBAR = Path(sys.executable).with_name("akhbar")
DATA_TABLES = ("documents", "sentences", "translations", "entities", "quotes", "dates", "amounts", "rejects")
MAX_DOCUMENT_BYTES = 3_000_000
BIDI = "\u202e\u200f\u202a\u2067\u061c\u200e\u202c\u2069"
# A sentence with Arabic-Indic digits: a date and an amount extraction must understand.
DIGITS_SENTENCE = "وأعلنت الوزارة في ١٥ مارس ٢٠١٧ أن الصادرات بلغت ٣٫٥ مليار دولار."
# Run under a wrapper that reports the largest resident set of the run's processes, in KiB.
MEASURED = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
    "print('maxrss_kib', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)"
)

PAGE = """<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title>
<style>.nav {{ color: red }}</style>
<script>document.write("سكربت يجب ألا يظهر");</script>
<link rel="canonical" href="https://news.example/2017/03/talks">
<meta property="article:published_time" content="2017-03-05"></head>
<body>
<nav class="nav"><ul><li><a href="/">الصفحة الرئيسية</a></li><li><a href="/sport">قسم الرياضة</a></li>
<li><a href="/economy">قسم الاقتصاد</a></li></ul></nav>
<main><article><h1>{title}</h1>
{paragraphs}
</article></main>
<aside><h3>الأكثر قراءة</h3><ul><li><a href="/a">عنوان خبر في القائمة الجانبية</a></li></ul></aside>
<footer><p>جميع الحقوق محفوظة لموقع الأخبار المثال</p></footer>
</body></html>
"""

LOLZ = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<DOC><DOCNO>LOL</DOCNO><TEXT>&lol3;</TEXT></DOC>
"""

PERSIAN = (
    "وزیر امور خارجه ایران روز دوشنبه در سفری رسمی به مسکو رفت و با همتای روسی خود درباره پرونده هسته‌ای "
    "و همکاری‌های اقتصادی دو کشور گفتگو کرد. او گفت که روابط تهران و مسکو در سال‌های اخیر گسترش یافته است."
)


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def build_folder(root: Path) -> dict[str, object]:
    """The awkward folder; returns what the checks need to know about it."""
    docs = ["\n".join(lines) for _, lines in ntrex_documents(ROOT / "benchmarks" / "corpora")]
    english = (ROOT / "benchmarks" / "corpora" / "flores200" / "eng_Latn.devtest").read_text().splitlines()
    arabic_lines = (ROOT / "benchmarks" / "corpora" / "flores200" / "arb_Arab.devtest").read_text().splitlines()
    # texts each legacy code page can hold (ISO-8859-6 has no «» and no Persian letters)
    legacy = [doc for doc in docs[20:] if _encodes(doc, "iso8859_6") and _encodes(doc, "cp1256")]
    folder = root / "inbox"
    write(folder / "good article.txt", docs[0])  # a name with a space
    write(folder / "أخبار" / "خبر عربي.txt", codecs.BOM_UTF8 + docs[1].encode())  # Arabic names, UTF-8 with BOM
    write(folder / "utf16.txt", docs[2].encode("utf-16"))  # UTF-16 with its BOM
    write(folder / "windows-1256.txt", legacy[0].encode("cp1256"))
    write(folder / "iso-8859-6.txt", legacy[1].encode("iso8859_6"))
    write(folder / "crlf.txt", docs[3].replace("\n", "\r\n"))  # Windows line endings
    # bidi and format controls scattered through the text, a ZWNJ that must stay, Arabic-Indic digits
    words = docs[4].split(" ")
    controls = " ".join(word + (BIDI[i % len(BIDI)] if i % 7 == 0 else "") for i, word in enumerate(words))
    write(folder / "controls.txt", "\ufeff" + controls + "\n" + DIGITS_SENTENCE + "\u200c")
    paragraphs = "\n".join(f"<p>{line}</p>" for line in docs[5].split("\n"))
    write(folder / "page.html", PAGE.format(title="مفاوضات أستانة تتواصل", paragraphs=paragraphs))
    write(folder / "repeat of good article.txt", docs[0])  # an exact duplicate under another name, read after it
    edited = docs[6].split(" ")
    for i in (5, 17, 40):
        edited[i] = "أيضا"
    write(folder / "original.txt", docs[6])
    write(folder / "revised.txt", " ".join(edited))  # the same article with three words changed
    write(folder / "truncated.txt", docs[7].encode()[:-1])  # cut in the middle of its last letter
    # a single line of several megabytes (FLORES sentences, so the translation memory absorbs repeats)
    line, i = [], 0
    while sum(len(s) for s in line) < 1_100_000:  # about 2 MB in UTF-8
        line.append(arabic_lines[i % 200])
        i += 1
    write(folder / "one long line.txt", " ".join(line))
    write(folder / "too large.txt", "خبر " * (MAX_DOCUMENT_BYTES // 7 + 1000))  # over the limit the run is given
    # not articles
    write(folder / "english.txt", " ".join(english[:8]))
    write(folder / "persian.txt", PERSIAN)
    write(folder / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    write(folder / "report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    write(folder / "notes.docx", b"PK\x03\x04" + b"\x00" * 64)
    write(folder / "empty.txt", b"")
    write(folder / "blank.txt", " \n\t\r\n   \n")
    write(folder / "nul.txt", "نص" .encode() + b"\x00\x00\x01binary")
    write(folder / "noise.txt", bytes(1 + (i * 37 + 11) % 31 for i in range(4000)))  # control characters, no NUL
    write(folder / "latin1.txt", "Ceci n'est pas de l'arabe: café, déjà, où.".encode("latin-1"))
    # XML: lenient on broken markup, refusing entity expansion, honouring a declared code page
    write(folder / "broken.xml", f"<DOC><DOCNO>B1</DOCNO><TEXT><P>{docs[8]}</TEXT></DOC>\n<DOC><DOCNO>B2</DOCNO><TEXT>{docs[9]}")
    write(folder / "lolz.xml", LOLZ)
    write(folder / "ant.xml", f"<DOC>\n<DOCNO>ANT-1</DOCNO>\n<URL>http://example.com/1</URL>\n<TITLE>عنوان الخبر</TITLE>\n"
                              f"<TIME>2017-01-24 10:30</TIME>\n<TEXT>\n{docs[13]}\n</TEXT>\n</DOC>\n")
    write(folder / "legacy.xml", f'<?xml version="1.0" encoding="windows-1256"?>\n<DOC><DOCNO>L1</DOCNO><TEXT>{legacy[2]}</TEXT></DOC>'
          .encode("cp1256"))
    # JSONL: good lines in, each bad line out with its number
    lines = [
        json.dumps({"id": "j1", "title": "خبر", "published_at": "2017-03-06T08:00:00Z", "text": docs[10]}, ensure_ascii=False),
        '{"id": "j2", "text": "unterminated',
        json.dumps({"id": "j3", "title": "بلا نص"}, ensure_ascii=False),
        "[1, 2, 3]",
        "",
        json.dumps({"id": "j6", "text": docs[11]}, ensure_ascii=False),
        json.dumps({"id": "j7", "text": " ".join(english[10:14])}),
    ]
    write(folder / "feed.jsonl", "\n".join(lines) + "\n")
    # the file system: links that dangle and loop, a folder linked into itself, a FIFO, an unreadable file
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop-a.txt").symlink_to(folder / "loop-b.txt")
    (folder / "loop-b.txt").symlink_to(folder / "loop-a.txt")
    (folder / "أخبار" / "again").symlink_to(folder)
    os.mkfifo(folder / "pipe.txt")
    unreadable = write(folder / "locked.txt", docs[12])
    unreadable.chmod(0)
    return {"folder": folder, "docs": docs, "legacy": legacy, "jsonl_lines": [n for n, line in enumerate(lines, 1) if line.strip()],
            "edited": normalize_text(" ".join(edited)), "root_reads_all": os.geteuid() == 0}


def _encodes(text: str, encoding: str) -> bool:
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def run(folder: Path, warehouse: Path, model: Path) -> tuple[subprocess.CompletedProcess, int]:
    """`akhbar run` as a user starts it; returns the result and the peak resident set in bytes."""
    command = [sys.executable, "-c", MEASURED, str(AKHBAR), "run", "--source", str(folder), "--warehouse", str(warehouse)]
    env = {**os.environ, "AKHBAR_MODEL": str(model), "AKHBAR_MAX_DOCUMENT_BYTES": str(MAX_DOCUMENT_BYTES)}
    result = subprocess.run(command, capture_output=True, text=True, timeout=900, env=env, cwd=ROOT)
    peak = int(result.stderr.rsplit("maxrss_kib", 1)[1].split()[0]) * 1024
    return result, peak


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def counts(warehouse: Path) -> dict[str, int]:
    return {table: query(warehouse, f"SELECT count(*) FROM {table}")[0][0] for table in DATA_TABLES}


@pytest.fixture(scope="module")
def awkward(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The folder, run once, then run again; the counts after each."""
    tmp = tmp_path_factory.mktemp("awkward")
    built = build_folder(tmp)
    warehouse = tmp / "warehouse"
    first, peak = run(built["folder"], warehouse, tiny_model)
    after_first = counts(warehouse) if first.returncode == 0 else {}
    second, _ = run(built["folder"], warehouse, tiny_model)
    return {**built, "warehouse": warehouse, "first": first, "peak": peak, "second": second,
            "after_first": after_first, "after_second": counts(warehouse) if second.returncode == 0 else {}}


def outcome(awkward: dict, name: str) -> tuple[list[tuple], list[str]]:
    """(documents rows (doc_id, source_uri, text, title, near_duplicate_of), reject reasons) of one input."""
    uri = (awkward["folder"] / name).absolute().as_uri()
    documents = query(
        awkward["warehouse"],
        f"SELECT doc_id, source_uri, text, title, near_duplicate_of FROM documents WHERE source_uri = '{uri}' OR source_uri LIKE '{uri}#%'",
    )
    reasons = [r for (r,) in query(awkward["warehouse"], f"SELECT reason FROM rejects WHERE source_uri = '{uri}' OR source_uri LIKE '{uri}#%'")]
    return documents, reasons


def the_document(awkward: dict, name: str) -> tuple:
    documents, reasons = outcome(awkward, name)
    assert len(documents) == 1 and not reasons, (name, reasons)
    return documents[0]


def test_the_run_exits_0_without_a_traceback(awkward: dict) -> None:
    for result in (awkward["first"], awkward["second"]):
        output = result.stdout + result.stderr
        assert result.returncode == 0, output[-5000:]
        assert "Traceback" not in output and "ERROR" not in output, output[-5000:]


def test_every_input_is_a_document_or_a_reject_with_a_reason(awkward: dict) -> None:
    warehouse, folder = awkward["warehouse"], awkward["folder"]
    accounted = {unquote(uri.removeprefix("file://")) for (uri,) in query(warehouse, "SELECT source_uri FROM documents UNION ALL SELECT source_uri FROM rejects")}
    assert query(warehouse, "SELECT count(*) FROM rejects WHERE coalesce(trim(reason), '') = ''") == [(0,)]
    inputs = [path for path in folder.rglob("*") if not path.is_dir() and "again" not in path.parts]  # `again` is the folder itself
    assert len(inputs) >= 30
    lost = []
    for path in inputs:
        if path.suffix == ".jsonl":
            lost += [f"{path}#L{n}" for n in awkward["jsonl_lines"] if f"{path}#L{n}" not in accounted]
        elif str(path) not in accounted and not any(uri.startswith(f"{path}#") for uri in accounted):
            lost.append(str(path))
    assert lost == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("english.txt", "language:en"),
        ("persian.txt", "language:fa"),
        ("image.txt", "binary: png"),
        ("report.pdf", "unsupported_format: .pdf"),
        ("notes.docx", "unsupported_format: .docx"),
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("nul.txt", "binary: NUL bytes"),
        ("noise.txt", "binary: control characters"),
        ("latin1.txt", "decode_error: not valid UTF-8"),
        ("lolz.xml", "xml_unsafe"),
        ("too large.txt", "too_large"),
        ("dangling.txt", "not_found"),
        ("loop-a.txt", "not_found"),
        ("pipe.txt", "unreadable: not a regular file"),
    ],
)
def test_what_is_not_an_article_is_rejected_with_its_reason(awkward: dict, name: str, reason: str) -> None:
    documents, reasons = outcome(awkward, name)
    assert documents == [] and len(reasons) == 1 and reasons[0].startswith(reason), reasons


def test_unreadable_file_is_rejected(awkward: dict) -> None:
    documents, reasons = outcome(awkward, "locked.txt")
    if awkward["root_reads_all"]:  # root reads a mode-000 file: then it is simply an article
        assert len(documents) == 1 and reasons == []
    else:
        assert documents == [] and reasons == ["unreadable: PermissionError: Permission denied"]


def test_encodings_are_decoded_to_the_same_text(awkward: dict) -> None:
    docs, legacy = awkward["docs"], awkward["legacy"]
    expected = {
        "good article.txt": docs[0],
        "أخبار/خبر عربي.txt": docs[1],
        "utf16.txt": docs[2],
        "windows-1256.txt": legacy[0],
        "iso-8859-6.txt": legacy[1],
        "crlf.txt": docs[3],
        "original.txt": docs[6],
    }
    for name, text in expected.items():
        assert the_document(awkward, name)[2] == normalize_text(text), name
    assert normalize_text(docs[7]).startswith(the_document(awkward, "truncated.txt")[2][:-1])


def test_the_web_page_is_reduced_to_its_article(awkward: dict) -> None:
    _, source_uri, text, title, _ = the_document(awkward, "page.html")
    assert title == "مفاوضات أستانة تتواصل"
    assert text == normalize_text(awkward["docs"][5])  # no menu, script, style, sidebar or footer
    for chrome in ("الصفحة الرئيسية", "سكربت", "color", "الأكثر قراءة", "جميع الحقوق"):
        assert chrome not in text


def test_no_bidi_or_format_control_in_any_text(awkward: dict) -> None:
    controls = "".join(sorted(set(BIDI + "\ufeff\u00ad\u2060")))
    for table in ("documents", "sentences"):
        rows = query(awkward["warehouse"], f"SELECT count(*) FROM {table} WHERE regexp_matches(text, '[{controls}]')")
        assert rows == [(0,)], table
    text = the_document(awkward, "controls.txt")[2]
    assert "\u200c" in text and "١٥ مارس ٢٠١٧" in text  # ZWNJ kept, Arabic-Indic digits kept


def test_arabic_indic_digits_are_understood(awkward: dict) -> None:
    doc_id = the_document(awkward, "controls.txt")[0]
    dates = query(awkward["warehouse"], f"SELECT CAST(resolved AS VARCHAR) FROM dates WHERE doc_id = '{doc_id}' AND text LIKE '%٢٠١٧%'")
    amounts = query(awkward["warehouse"], f"SELECT value FROM amounts WHERE doc_id = '{doc_id}' AND text LIKE '%٣٫٥%'")
    assert dates == [("2017-03-15",)] and amounts == [(3.5e9,)]


def test_duplicates_exact_and_near(awkward: dict) -> None:
    original = the_document(awkward, "good article.txt")[0]
    assert outcome(awkward, "repeat of good article.txt") == ([], [f"duplicate_of:{original}"])
    first = the_document(awkward, "original.txt")
    revised = the_document(awkward, "revised.txt")
    assert revised[2] == awkward["edited"] and revised[4] == first[0] and first[4] is None


def test_xml_broken_and_declared(awkward: dict) -> None:
    documents, reasons = outcome(awkward, "broken.xml")
    assert sorted(uri.rsplit("#", 1)[1] for _, uri, *_ in documents) == ["B1", "B2"] and reasons == []
    assert the_document(awkward, "legacy.xml")[2] == normalize_text(awkward["legacy"][2])


def test_jsonl_good_lines_in_bad_lines_out(awkward: dict) -> None:
    documents, reasons = outcome(awkward, "feed.jsonl")
    assert sorted(uri.rsplit("#", 1)[1] for _, uri, *_ in documents) == ["L1", "L6"]
    assert len(reasons) == 4 and any(r.startswith("jsonl_parse") for r in reasons) and "missing_field: text" in reasons
    assert "language:en" in reasons


def test_one_long_line_is_cut_into_bounded_sentences(awkward: dict) -> None:
    doc_id = the_document(awkward, "one long line.txt")[0]
    n, longest, untranslated = query(
        awkward["warehouse"],
        f"""SELECT count(*), max(length(s.text)), count(*) FILTER (WHERE t.doc_id IS NULL)
            FROM sentences s LEFT JOIN translations t USING (doc_id, sentence_id) WHERE s.doc_id = '{doc_id}'""",
    )[0]
    assert n > 2000 and longest <= 1000 and untranslated == 0


def test_peak_memory_under_1_5_gb(awkward: dict) -> None:
    assert awkward["peak"] <= 1.5 * 2**30, awkward["peak"]


def test_a_second_run_changes_no_row_count(awkward: dict) -> None:
    assert awkward["after_first"] and awkward["after_second"] == awkward["after_first"]
    sent = query(awkward["warehouse"], "SELECT model_inputs FROM run_stages JOIN runs USING (run_id) WHERE stage = 'translate' ORDER BY started_at")
    assert sent[0][0] > 0 and sent[-1] == (0,)  # the second run translates nothing


def test_each_format_keeps_its_metadata(awkward: dict) -> None:
    sql = """SELECT source_format, source_id, url, title, published_at::VARCHAR, partition_date::VARCHAR, ingested_at::DATE::VARCHAR
             FROM documents WHERE source_uri LIKE '%/ant.xml#%' OR source_uri LIKE '%/feed.jsonl#L1'
                OR source_uri LIKE '%/page.html' OR source_uri LIKE '%/crlf.txt' ORDER BY source_format"""
    rows = query(awkward["warehouse"], sql)
    ingested = rows[-1][6]
    assert [row[:6] for row in rows] == [
        ("html", None, "https://news.example/2017/03/talks", "مفاوضات أستانة تتواصل", "2017-03-05 00:00:00", "2017-03-05"),
        ("jsonl", "j1", None, "خبر", "2017-03-06 08:00:00", "2017-03-06"),
        ("trec", "ANT-1", "http://example.com/1", "عنوان الخبر", "2017-01-24 10:30:00", "2017-01-24"),
        ("txt", None, None, None, None, ingested),  # no date: the ingest day
    ]
