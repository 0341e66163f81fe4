"""The awkward folder of issue 6: good articles beside 30-odd kinds of bad and awkward input, and the run over it.

Shared by tests/flows/test_awkward_inputs.py (issue 6's acceptance) and test_report.py (issue 7's
report, which also needs articles carrying markup: `HOSTILE`), through the session fixture
`awkward` in tests/conftest.py: the folder is run twice, once for the whole session.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
from articles import corpora_root

from akhbar.tasks.clean import normalize_text
from akhbar.tasks.evaluate import ntrex_documents

ROOT = Path(__file__).parents[1]
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

# An article whose title, text and quote carry markup: the report must show it as text.
HOSTILE_TITLE = '<script>document.title="PWNED"</script><img src=x onerror="document.title=\'PWNED\'"> عنوان'
HOSTILE = (
    'وقال وزير الخارجية المصري سامح شكري للصحفيين "<script>document.title=\'PWNED\'</script> إن المحادثات مستمرة" في القاهرة.\n'
    'وأضاف أن الوفد <img src=x onerror="document.title=\'PWNED\'"> سيعود إلى القاهرة يوم الأحد المقبل لمواصلة المفاوضات.'
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
    """The awkward folder, built from NTREX and FLORES (AKHBAR_CORPORA: the tests skip without it); what the checks need to know."""
    corpora = corpora_root()
    docs = ["\n".join(lines) for _, lines in ntrex_documents(corpora)]
    english = (corpora / "flores200" / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()
    arabic_lines = (corpora / "flores200" / "arb_Arab.devtest").read_text(encoding="utf-8").splitlines()
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
        json.dumps({"id": "j8", "title": HOSTILE_TITLE, "published_at": "2017-03-06T09:00:00Z", "text": HOSTILE}, ensure_ascii=False),
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
