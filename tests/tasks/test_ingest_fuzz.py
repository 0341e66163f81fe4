"""Ingest fuzz: mutated .txt, TREC, JSONL and HTML files are read or rejected, never raised on or lost.

Seeds are valid files in every format ingest reads, made from a real Arabic article in `seeds/`. Hypothesis mutates
their bytes (flips, truncation, inserted and deleted runs, duplicated slices, splices of two seeds, structural tokens
and long runs of them: tags, JSON punctuation, line ends, NULs, BOMs, stray UTF-8 bytes, bidi controls, encoding
declarations) and, at times, their extension; one file alone or a directory of them. Two narrower tests write what
byte mutations seldom reach: JSONL lines with any JSON value (huge integers, deep nesting, surrogate escapes), and
TREC files and pages declaring any codec name Python knows.

Checked: read_articles never raises; articles have non-blank, UTF-8-encodable text; rejects have a reason and stage
`ingest`; every file (every JSONL line) has a row, and no row names a file that was not given.

Bounded in the suite (250 examples, 125 for the slower tests, the same every run); `make fuzz` sets
AKHBAR_FUZZ_EXAMPLES=5000 and draws new examples each time.
"""

from __future__ import annotations

import codecs
import encodings.aliases
import json
import os
import re
import tempfile
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st

from akhbar.tasks.ingest import FORMATS, read_articles

SEED_FILE = Path(__file__).parents[2] / "seeds" / "astana-20170124.txt"

# AKHBAR_FUZZ_EXAMPLES unset: a fixed, small run that is the same on every machine (the normal suite).
# Set: that many examples per test from a fresh random seed, failures kept in `.hypothesis/` (git-ignored) for the next run.
_EXAMPLES = os.environ.get("AKHBAR_FUZZ_EXAMPLES", "").strip()
_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large], "print_blob": True}
settings.register_profile("akhbar-ingest-fuzz-ci", max_examples=250, derandomize=True, database=None, **_COMMON)
settings.register_profile("akhbar-ingest-fuzz-long", max_examples=int(_EXAMPLES or 0) or 1, **_COMMON)
# Used as decorators, not loaded: loading a profile would change the settings of every other test in the session.
FUZZ = settings.get_profile("akhbar-ingest-fuzz-long" if _EXAMPLES else "akhbar-ingest-fuzz-ci")
FUZZ_HALF = settings(FUZZ, max_examples=max(1, FUZZ.max_examples // 2))  # for the slower or narrower tests


def _paragraphs() -> list[str]:
    lines = [line.strip() for line in SEED_FILE.read_text(encoding="utf-8").splitlines()]
    return [line for line in lines if line]


PARAS = _paragraphs()
ARTICLE = "\n".join(PARAS) + "\n"
LEAD = "\n".join(PARAS[:2]) + "\n"  # a short article: small seeds shrink to small failing inputs
PARAS_5_8 = "\n".join(PARAS[5:8])  # (no backslash inside an f-string's braces before Python 3.12)

TREC = f"""<DOC>
<DOCNO>AKH-0001</DOCNO>
<URL>https://example.com/astana?id=1&amp;p=2</URL>
<TITLE>مفاوضات أستانة &amp; الهدنة</TITLE>
<DATE>2017-01-24T10:30:00+03:00</DATE>
<TEXT>
<P>{PARAS[0]}</P>
<P>{PARAS[1]}&nbsp;{PARAS[2]}</P>
</TEXT>
</DOC>
<DOC>
<DOCNO>AKH-0002</DOCNO>
<HEADLINE><![CDATA[وفد <المعارضة> في أستانة]]></HEADLINE>
<TIME>٢٠١٧-٠١-٢٤</TIME>
<TEXT>{PARAS[3]}<BR>{PARAS[4]}</TEXT>
</DOC>
<DOC>
<DOCNO>AKH 0003/ج</DOCNO>
<TIME>24/01/2017 14:05 GMT</TIME>
<TEXT>
{PARAS_5_8}
</TEXT>
</DOC>
"""

JSONL = "".join(
    json.dumps(record, ensure_ascii=ascii_only) + "\n"
    for record, ascii_only in [
        ({"id": 1, "title": "مفاوضات أستانة", "url": "https://example.com/1", "published_at": "2017-01-24", "text": LEAD}, False),
        ({"id": "a-2", "published_at": "24/01/2017 10:00 +03:00", "text": "\n".join(PARAS[2:5])}, True),
        ({"title": "رويترز", "published_at": "الثلاثاء", "text": "\n".join(PARAS[5:9])}, False),
    ]
)

HTML = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>مفاوضات أستانة حول سوريا</title>
<meta property="article:published_time" content="2017-01-24T10:30:00+03:00">
</head>
<body>
<nav><a href="/">الرئيسية</a> | <a href="/world">العالم</a></nav>
<article>
<h1>مفاوضات أستانة حول سوريا</h1>
<time datetime="2017-01-24">٢٤ يناير ٢٠١٧</time>
{"".join(f"<p>{para}</p>{chr(10)}" for para in PARAS[:6])}</article>
<footer>© 2017 أخبار</footer>
<script>var x = "</p>";</script>
</body>
</html>
"""

# (stem, extension, bytes), small first: hypothesis shrinks towards the first seed.
SEEDS: list[tuple[str, str, bytes]] = [
    ("lead-utf8", ".txt", LEAD.encode("utf-8")),
    ("lead-cp1256", ".txt", LEAD.encode("cp1256")),
    ("lead-iso8859-6", ".txt", LEAD.encode("iso8859_6")),
    ("lead-utf16", ".txt", LEAD.encode("utf-16")),  # with a BOM
    ("lead-utf32-be", ".txt", codecs.BOM_UTF32_BE + LEAD.encode("utf-32-be")),
    ("article-utf8", ".txt", ARTICLE.encode("utf-8")),
    ("article-utf8-bom", ".txt", codecs.BOM_UTF8 + ARTICLE.replace("\n", "\r\n").encode("utf-8")),
    ("article-cp1256", ".txt", ARTICLE.encode("cp1256")),
    ("article-utf16-be", ".txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")),
    ("trec", ".xml", TREC.encode("utf-8")),
    ("trec", ".sgml", TREC.replace("\n", "\r\n").encode("utf-8")),
    ("news", ".jsonl", JSONL.encode("utf-8")),
    ("news", ".ndjson", JSONL.encode("utf-8")),
    ("page", ".html", HTML.encode("utf-8")),
]

EXTENSIONS = [".txt", ".TXT", ".xml", ".trec", ".sgml", ".jsonl", ".ndjson", ".html", ".htm", ".xhtml", ".pdf", ""]
STEMS = ["doc", "خبر ١", "a#b", "x%41 y"]  # URIs must quote `#`, `%` and spaces; never a leading dot (skipped)

TOKENS = [
    # TREC
    b"<DOC>", b"</DOC>", b"<DOC", b"<DOCNO>", b"</DOCNO>", b"<TEXT>", b"</TEXT>", b"<TEXT", b"<P>", b"<BR/>",
    b"<DATE>", b"</DATE>", b"<![CDATA[", b"]]>", b"&amp;", b"&#xD800;", b"&#0;", b"&#x110000;", b"&", b"<", b">",
    b'<!DOCTYPE x [<!ENTITY a "b">]>', b"&a;", b'<?xml version="1.0" encoding="utf-16"?>',
    # JSON
    b"{", b"}", b"[", b"]", b"7", b'"', b"\\", b"\\u", b"\\ud800", b"\\udc00x", b":", b",", b"null", b"1e999", b"NaN",
    b'"text":', b'"text": null', b'"text": ["x"]', b'"id": {"a": 1},', b'"published_at": "', b'"published_at": 99999999999,',
    # HTML
    b"<html>", b"</html>", b"<body>", b"<p>", b"</p>", b"<script>", b"</script>", b"<!--", b"-->", b"<article>",
    b'<meta charset="windows-1256">', b'<meta http-equiv="Content-Type" content="text/html; charset=utf-16">',
    # declared encodings: ones Python knows but that are not text encodings, or that make surrogates or always fail
    b'<?xml version="1.0" encoding="windows-1256"?>', b'<?xml version="1.0" encoding="undefined"?>', b'<meta charset="rot13">',
    b'<meta charset="hex">', b'<meta charset="unicode_escape">', b'<meta charset="utf-7">', b"+2AA-", b'<meta charset="nonesuch">',
    # dates
    b"2017-13-45T99:99:99", b"+99:99", b"9999-12-31T23:59:59-14:00", b"0001-01-01T00:00:00+01:00", "٢٠١٧".encode("utf-8"),
    # line ends, NULs, control bytes
    b"\n", b"\r\n", b"\r", b"\x00", b"\x00\x00\x00", b"\x1a", b"\x7f", b"\t", b"\x0b\x0c",
    # byte-order marks
    codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
    # malformed UTF-8: lone continuation bytes, overlong NUL, an encoded surrogate, a cut-off sequence, bytes never valid
    b"\x80", b"\xbf", b"\xc0\x80", b"\xed\xa0\x80", b"\xd8", b"\xe2\x80", b"\xff", b"\xfe",
    # bidi controls (RLO, RLM, ALM, PDF) in the encodings the seeds use
    "\u202e".encode("utf-8"), "\u200f".encode("utf-8"), "\u061c".encode("utf-8"), "\u202c".encode("utf-8"),
    "\u202e".encode("utf-16-le"), "\u202e".encode("utf-16-be"), "\u200f".encode("cp1256"), "\u200f".encode("utf-16-le"),
    # signatures of binary files
    b"%PDF-", b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\x1f\x8b",
]


class Sample(NamedTuple):
    name: str
    data: bytes
    ops: tuple[str, ...]

    def __repr__(self) -> str:  # the bytes go to `note`; here what was done to which seed, enough to rebuild them
        return f"Sample(name={self.name!r}, len={len(self.data)}, ops={self.ops!r})"


_MARKS = re.compile(rb"[\n>:,{\[\"]")


def _position(draw: st.DrawFn, data: bytes) -> int:
    """Anywhere in `data`, or a structural place: the start, the end, or just after a line end, tag or JSON punctuation."""
    if draw(st.booleans()):
        return draw(st.integers(0, len(data)))
    return draw(st.sampled_from([0, len(data), *(match.end() for match in _MARKS.finditer(data, 0, 1 << 16))]))


@st.composite
def mutated(draw: st.DrawFn) -> Sample:
    """A seed file after 0-6 mutations, possibly under another extension."""
    stem, seed_ext, data = draw(st.sampled_from(SEEDS))
    ops: list[str] = [f"seed {stem}{seed_ext}"]
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(["token", "flip", "truncate", "insert", "delete", "duplicate", "splice", "repeat"]))
        at = _position(draw, data)
        if kind == "token":
            token = draw(st.sampled_from(TOKENS))
            data = data[:at] + token + data[at:]
            ops.append(f"insert {token!r} at {at}")
        elif kind == "flip" and data:
            at = min(at, len(data) - 1)
            mask = draw(st.integers(1, 255))
            data = data[:at] + bytes([data[at] ^ mask]) + data[at + 1 :]
            ops.append(f"xor byte {at} with {mask:#04x}")
        elif kind == "truncate":
            data = data[:at]
            ops.append(f"truncate at {at}")
        elif kind == "insert":
            run = draw(st.binary(min_size=1, max_size=32))
            data = data[:at] + run + data[at:]
            ops.append(f"insert {run!r} at {at}")
        elif kind == "delete":
            length = draw(st.integers(1, 64))
            data = data[:at] + data[at + length :]
            ops.append(f"delete {length} bytes at {at}")
        elif kind == "duplicate" and data:
            start = draw(st.integers(0, len(data) - 1))
            piece = data[start : start + draw(st.integers(1, 256))]
            data = data[:at] + piece + data[at:]
            ops.append(f"copy bytes {start}..{start + len(piece)} to {at}")
        elif kind == "repeat":  # long runs: deep nesting, huge numbers, many tags
            token = draw(st.sampled_from(TOKENS))
            count = draw(st.integers(2, 5000))
            data = data[:at] + token * count + data[at:]
            ops.append(f"insert {token!r} * {count} at {at}")
        elif kind == "splice":
            other_stem, other_ext, other = draw(st.sampled_from(SEEDS))
            cut = draw(st.integers(0, len(other)))
            data = data[:at] + other[cut:]
            ops.append(f"keep {at} bytes, then {other_stem}{other_ext} from byte {cut}")
    ext = draw(st.one_of(st.just(seed_ext), st.sampled_from(EXTENSIONS)))
    return Sample(draw(st.sampled_from(STEMS)) + ext, data, tuple(ops))


def _show(name: str, data: bytes, limit: int = 600) -> str:
    """The failing file for the report: whole when small; else its start (the ops in `Sample` rebuild it exactly)."""
    shown = data if len(data) <= limit else data[:limit]
    return f"file {name!r}, {len(data)} bytes: {shown!r}" + ("" if len(data) <= limit else " …")


def _file_uri(path: Path) -> str:
    """The URI ingest gives a file: absolute, symlinks kept, percent-quoted."""
    return Path(os.path.abspath(path)).as_uri()


def _check(articles: pa.Table, rejects: pa.Table, files: list[Path], *, events: bool = True) -> None:
    """Every row well-formed; every file has a row; no row for a file not given."""
    expected = {_file_uri(path) for path in files}
    seen: set[str] = set()
    for row in articles.select(["source_uri", "raw_text"]).to_pylist():
        text = row["raw_text"]
        assert isinstance(text, str) and text.strip(), row
        text.encode("utf-8")  # raises on a lone surrogate
        seen.add(row["source_uri"].partition("#")[0])
    for row in rejects.select(["source_uri", "stage", "reason"]).to_pylist():
        assert isinstance(row["reason"], str) and row["reason"].strip(), row
        assert row["stage"] == "ingest", row
        seen.add(row["source_uri"].partition("#")[0])
    for table in (articles, rejects):
        for column in table.column_names:
            if pa.types.is_string(table.schema.field(column).type):
                for value in table.column(column).to_pylist():
                    (value or "").encode("utf-8")
    if events:  # `pytest --hypothesis-show-statistics` counts these: how deep the mutated inputs get
        for reason in rejects.column("reason").to_pylist():
            event(f"reject {reason.partition(':')[0]}")
        event(f"articles: {articles.num_rows}")
    assert expected <= seen, f"files with neither an article nor a reject: {sorted(expected - seen)}"
    assert seen <= expected, f"rows for files never given: {sorted(seen - expected)}"


# JSON values for JSONL fields, written out as JSON text: ordinary ones, and the kind a byte mutation seldom makes.
JSON_VALUES = st.one_of(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20) | st.sampled_from(PARAS[:3]),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=5), children, max_size=3),
        max_leaves=6,
    ).map(lambda value: json.dumps(value, ensure_ascii=False)),
    st.integers(1, 6000).map(lambda n: "9" * n),  # an integer past Python's 4300-digit str/int conversion limit
    st.integers(1, 3000).map(lambda n: "[" * n + "]" * n),  # nesting past the recursion limit
    st.sampled_from(['"\\ud800"', '"x\\udc00"', '"\\u0000"', '"\\u202e"', "1e999", "-0", "NaN", "-Infinity", '"   "', '""']),
    st.sampled_from(['"٢٠١٧-٠١-٢٤"', '"2017-13-45"', '"0001-01-01T00:00:00+01:00"', '"9999-12-31T23:59:59-14:00"', '"24:00"']),
)
JSONL_KEYS = ["text", "id", "title", "url", "published_at", "extra"]


@st.composite
def jsonl_line(draw: st.DrawFn) -> str:
    """One JSON object on a line: some of the known keys, each with any value; `text` mostly a real paragraph."""
    fields = {key: draw(JSON_VALUES) for key in draw(st.lists(st.sampled_from(JSONL_KEYS), unique=True, max_size=5))}
    if "text" not in fields and draw(st.booleans()):
        fields["text"] = json.dumps(draw(st.sampled_from(PARAS)), ensure_ascii=draw(st.booleans()))
    return "{" + ", ".join(f"{json.dumps(key)}: {value}" for key, value in fields.items()) + "}"


# Every codec name Python knows (text encodings, and bytes-to-bytes codecs such as rot_13 or zlib_codec), other names
# `codecs.lookup` accepts, and names it does not: what a page or TREC file may declare in `charset=` or `encoding=`.
CODEC_NAMES = sorted(set(encodings.aliases.aliases.values())) + [
    "undefined", "unicode_escape", "raw_unicode_escape", "punycode", "idna", "utf-8-sig", "windows-1256", "ISO-8859-6",
    "x-mac-arabic", "nonesuch", "-",
]
DECLARATIONS = [
    '<?xml version="1.0" encoding="{}"?>\n',
    '<meta charset="{}">\n',
    '<meta http-equiv="Content-Type" content="text/html; charset={}">\n',
]
# Bodies with what some codecs turn into a lone surrogate: a JSON/Python escape, UTF-7 `+2AA-`, a character reference.
MARKUP_BODIES = [
    (".xml", "<DOC>\n<DOCNO>AKH-1</DOCNO>\n<TEXT>\n{}\n</TEXT>\n</DOC>\n"),
    (".html", "<html><head><title>أستانة</title></head><body><article><h1>أستانة</h1><p>{}</p></article></body></html>\n"),
]
EXTRAS = ["", "\\ud800", "+2AA-", "&#xD800;", "\\x00", "\u202e"]


def test_seeds_are_read_as_articles() -> None:
    """Unmutated, every seed in a format ingest reads gives articles only; the fuzzing starts from valid files."""
    expected_articles = {".txt": 1, ".xml": 3, ".sgml": 3, ".jsonl": 3, ".ndjson": 3}
    if ".html" in FORMATS:  # the HTML reader (trafilatura) is recent; before it, .html is an unsupported_format reject
        expected_articles[".html"] = 1
    with tempfile.TemporaryDirectory(prefix="akhbar-fuzz-") as tmp:
        for stem, ext, data in SEEDS:
            path = Path(tmp) / f"{stem}{ext}"
            path.write_bytes(data)
            articles, rejects = read_articles([path])
            _check(articles, rejects, [path], events=False)
            if ext in expected_articles:
                assert rejects.num_rows == 0, (path.name, rejects.to_pylist())
                assert articles.num_rows == expected_articles[ext], path.name
                assert all(any(para[:20] in text for para in PARAS) for text in articles.column("raw_text").to_pylist()), path.name


@FUZZ
@given(mutated())
def test_mutated_file_is_read_or_rejected(sample: Sample) -> None:
    note(_show(sample.name, sample.data))
    with tempfile.TemporaryDirectory(prefix="akhbar-fuzz-") as tmp:
        path = Path(tmp) / sample.name
        path.write_bytes(sample.data)
        articles, rejects = read_articles([path])
        _check(articles, rejects, [path])


@FUZZ_HALF
@given(st.lists(mutated(), min_size=2, max_size=4))
def test_mutated_directory_accounts_for_every_file(samples: list[Sample]) -> None:
    """A directory of mutated files, read as one input: each file still gets its own rows."""
    with tempfile.TemporaryDirectory(prefix="akhbar-fuzz-") as tmp:
        files = []
        for n, sample in enumerate(samples):
            note(_show(f"{n}_{sample.name}", sample.data))
            path = Path(tmp) / "in" / f"{n}_{sample.name}"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(sample.data)
            files.append(path)
        articles, rejects = read_articles([Path(tmp) / "in"])
        _check(articles, rejects, files)


@FUZZ_HALF
@given(st.lists(jsonl_line(), min_size=1, max_size=4), st.sampled_from(["\n", "\r\n"]))
def test_jsonl_lines_with_any_values_are_read_or_rejected(lines: list[str], newline: str) -> None:
    """Well-formed JSON of any shape, size or depth: one article or reject per line, `#L<n>`, never an exception."""
    data = (newline.join(lines) + newline).encode("utf-8")
    note(_show("news.jsonl", data))
    with tempfile.TemporaryDirectory(prefix="akhbar-fuzz-") as tmp:
        path = Path(tmp) / "news.jsonl"
        path.write_bytes(data)
        articles, rejects = read_articles([path])
        _check(articles, rejects, [path])
        uris = articles.column("source_uri").to_pylist() + rejects.column("source_uri").to_pylist()
        assert sorted(uris) == sorted(f"{_file_uri(path)}#L{n}" for n in range(1, len(lines) + 1))


@FUZZ_HALF
@given(
    st.sampled_from(CODEC_NAMES),
    st.sampled_from(DECLARATIONS),
    st.sampled_from(MARKUP_BODIES),
    st.sampled_from(EXTRAS),
    st.sampled_from(["utf-8", "cp1256", "utf-16-le"]),
)
def test_declared_encoding_of_markup_is_honoured_or_rejected(
    codec: str, declaration: str, body: tuple[str, str], extra: str, actual: str
) -> None:
    """A TREC file or page declaring any encoding name (one that is not a text encoding, or not the real one)."""
    ext, template = body
    text = declaration.format(codec) + template.format(" ".join(PARAS[:3]) + extra)
    data = text.encode(actual, errors="xmlcharrefreplace")  # `&#8238;` where cp1256 has no RLO
    note(_show(f"doc{ext}", data))
    with tempfile.TemporaryDirectory(prefix="akhbar-fuzz-") as tmp:
        path = Path(tmp) / f"doc{ext}"
        path.write_bytes(data)
        articles, rejects = read_articles([path])
        _check(articles, rejects, [path])
