"""Ingest: read .txt, HTML, TREC-style XML and JSONL news files into one Arrow table of raw articles."""

from __future__ import annotations

import codecs
import html
import json
import os
import re
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone, tzinfo
from pathlib import Path
from urllib.parse import quote

import pyarrow as pa
from dateutil import parser as dateparser
from prefect import task

from akhbar.schemas.rejects import REJECT_COLUMNS as REJECT_SCHEMA  # one rejects schema for every stage
from akhbar.tasks import DEFAULT_MAX_DOCUMENT_BYTES
from akhbar.tasks.arabic import SCRIPT_BLOCKS

ARTICLE_SCHEMA = pa.schema(
    [
        ("source_uri", pa.string()),  # file URI, plus `#DOCNO`, `#<n>` or `#L<line>` for multi-article files
        ("source_format", pa.string()),  # txt | html | trec | jsonl
        ("source_id", pa.string()),  # TREC DOCNO or JSONL `id`
        ("url", pa.string()),
        ("title", pa.string()),
        ("published_at", pa.timestamp("us")),  # naive UTC
        ("published_raw", pa.string()),  # the date string, only when it could not be parsed
        ("raw_text", pa.string()),
        ("ingested_at", pa.timestamp("us")),  # naive UTC, one value per batch
    ]
)

FORMATS = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "trec",
    ".trec": "trec",
    ".sgml": "trec",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

# A DOC ends at </DOC>, or, in truncated files, at the next <DOC> or the end of the file.
_DOC = re.compile(r"<DOC\b[^>]*>(.*?)(?:</DOC\s*>|(?=<DOC\b)|\Z)", re.S | re.I)
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TAG = re.compile(r"</?([A-Za-z][\w:-]*)[^<>]*>")
_BREAK_TAGS = frozenset({"p", "br", "div"})
_UTC_NAMES = frozenset({"UTC", "GMT", "UT", "Z"})
# `٢٠١٧-٠٣-٠٥` (Arabic-Indic digits) → `2017-03-05`, which the date parsers understand.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_NO_YEAR = datetime(1, 1, 1)  # dateutil fills missing parts from this; year 1 means "no year given"
# Longest first: the UTF-32-LE mark begins with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"\x1f\x8b", "gzip"),
)
# Tried in order when a .txt file is not UTF-8; on a tie the first wins.
_LEGACY_ARABIC = ("cp1256", "iso8859_6")
_ARABIC = re.compile(f"[{SCRIPT_BLOCKS}]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")  # not \t \n \v \f \r
_MAX_CONTROL_SHARE = 0.05
# UTF-8 with a few damaged bytes (a flipped byte, a bad splice) is still UTF-8: it needs this many well-formed
# non-ASCII characters per undecodable byte, which become U+FFFD. Arabic in a legacy code page is ill-formed UTF-8
# at nearly every letter (a lead byte followed by a space or another lead byte), so it never comes close.
_MIN_GOOD_PER_DAMAGED = 10
# `<?xml version="1.0" encoding="windows-1256"?>`, `<meta charset="windows-1256">`,
# `<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">`
_DECLARED_ENCODING = re.compile(
    rb"""^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']|<meta\b[^>]*?\bcharset\s*=\s*["']?([A-Za-z0-9._-]+)""", re.I
)
# htmldate (through trafilatura): the publication date, not the last change, with its time and offset when the page has them.
_PAGE_DATE = {"outputformat": "%Y-%m-%dT%H:%M:%S%z", "original_date": True}
# Codecs that decode text but are no character set a file could be written in.
_NOT_CHARSETS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "utf-7", "idna", "punycode", "palmos", "mbcs"})
# Entity declarations and external DTDs are what billion-laughs and XXE attacks need; such files are refused whole.
_UNSAFE_DTD = re.compile(r"<!ENTITY\b|<!DOCTYPE[^>\[]*\b(?:SYSTEM|PUBLIC)\b", re.I)


def discover_files(paths: Sequence[str | Path]) -> tuple[list[Path], list[dict]]:
    """Expand `paths` into files to read (directories recursively, sorted) and reject rows."""
    files: list[Path] = []
    rejects: list[dict] = []
    seen: set[Path] = set()  # resolved files and directories: each is read once and symlink loops end
    for path in map(Path, paths):
        if path.is_dir():
            _walk(path, files, rejects, seen)
        elif path.is_file():  # a file named explicitly is kept, even a dot-file
            _add_file(path, files, seen)
        else:
            rejects.append(_reject(_uri(path), _not_a_file(path)))
    return files, rejects


def _walk(directory: Path, files: list[Path], rejects: list[dict], seen: set[Path]) -> None:
    """Add the files under `directory`, skipping dot-names and directories already visited."""
    real = _real(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        entries = sorted(directory.iterdir())
    except OSError as error:
        rejects.append(_reject(_uri(directory), _os_reason(error)))
        return
    for entry in entries:
        if entry.name.startswith("."):  # .git, .DS_Store, editor swap files
            continue
        if entry.is_dir():
            _walk(entry, files, rejects, seen)
        elif entry.is_file():
            _add_file(entry, files, seen)
        else:  # dangling links, FIFOs, sockets: opening a FIFO would block forever
            rejects.append(_reject(_uri(entry), _not_a_file(entry)))


def _add_file(path: Path, files: list[Path], seen: set[Path]) -> None:
    """Append `path` unless the same file was already reached by another name."""
    real = _real(path)
    if real not in seen:
        seen.add(real)
        files.append(path)


def _real(path: Path) -> Path:
    """The resolved path, or the absolute one when resolving fails (a symlink loop)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return Path(os.path.abspath(path))


def _uri(path: Path) -> str:
    """`file://` URI of the absolute, normalised path, symlinks kept as named."""
    return Path(os.path.abspath(path)).as_uri()


def _not_a_file(path: Path) -> str:
    """Reject reason for a path that is neither a regular file nor a directory."""
    if path.is_symlink():
        return "not_found: dangling or looping symbolic link"
    if path.exists():
        return "unreadable: not a regular file or directory"
    return "not_found: no such file or directory"


def _reject(uri: str, reason: str) -> dict:
    """A rejects row for the ingest stage."""
    return {"source_uri": uri, "doc_id": None, "stage": "ingest", "reason": reason}


def _os_reason(error: OSError) -> str:
    """`unreadable: PermissionError: Permission denied`."""
    return f"unreadable: {type(error).__name__}: {error.strerror or error}"


def read_articles(paths: Sequence[str | Path], max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES) -> tuple[pa.Table, pa.Table]:
    """Read every article under `paths`; each input that yields no article gets a reject row.

    An article over `max_document_bytes` is rejected (`too_large: …`) without being read whole.
    """
    files, rejects = discover_files(paths)
    ingested_at = datetime.now(timezone.utc).replace(tzinfo=None)
    articles: list[dict] = []
    for path in files:  # one file at a time: only the rows it produced are kept
        for row in _read_file(path, max_document_bytes):
            # readers yield both kinds of row; a reject is the one with a reason
            if "reason" in row:
                rejects.append(row)
            else:
                articles.append(row | {"ingested_at": ingested_at})
    return pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA), pa.Table.from_pylist(rejects, schema=REJECT_SCHEMA)


ingest_files = task(read_articles, name="ingest", retries=2, retry_delay_seconds=1)  # a share or bucket that blinks


def _read_file(path: Path, max_bytes: int) -> Iterator[dict]:
    """Article and reject rows of one file, by its extension."""
    uri = _uri(path)
    source_format = FORMATS.get(path.suffix.lower())
    if source_format is None:
        yield _reject(uri, f"unsupported_format: {path.suffix or 'no extension'}")
        return
    try:
        size = path.stat().st_size
        if source_format in ("txt", "html") and size > max_bytes:  # refused before it is read
            yield _reject(uri, _too_large(size, max_bytes))
            return
        if source_format == "jsonl":
            yield from _read_jsonl(path, uri, max_bytes)
            return
        data = path.read_bytes()
        kind = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
        if kind is not None:
            yield _reject(uri, f"binary: {kind}")
            return
        reader = {"txt": _read_txt, "html": _read_html, "trec": _read_trec}[source_format]
        yield from reader(data, uri, max_bytes)
    except UnicodeDecodeError as error:
        yield _reject(uri, _decode_reason(error))
    except UnicodeError as error:  # a declared codec that cannot decode at all (`undefined`)
        yield _reject(uri, f"decode_error: {error}")
    except OSError as error:
        yield _reject(uri, _os_reason(error))


def _too_large(size: int, max_bytes: int) -> str:
    """`too_large: 12,000,000 bytes > 10,000,000 (max_document_bytes)`."""
    return f"too_large: {size:,} bytes > {max_bytes:,} (max_document_bytes)"


def _decode_reason(error: UnicodeDecodeError) -> str:
    """`decode_error: not valid UTF-8 (byte 0xff at offset 3)`."""
    encoding = error.encoding.upper().removesuffix("-SIG")
    return f"decode_error: not valid {encoding} (byte 0x{error.object[error.start]:02x} at offset {error.start})"


def _read_txt(data: bytes, uri: str, max_bytes: int) -> Iterator[dict]:
    """A .txt file is one article with neither title nor date, in any encoding `_decode_text` knows."""
    text = _decode_text(data)
    if text is None:
        yield _reject(uri, "binary: NUL bytes")
    elif len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        yield _reject(uri, "binary: control characters")
    else:
        yield _article(uri, "txt", text)


def _read_html(data: bytes, uri: str, max_bytes: int) -> Iterator[dict]:
    """A saved article page: its main text, title, date and canonical URL, by trafilatura.

    Navigation, scripts, styles, asides and footers are left out. A page in which trafilatura
    finds no article (an index page, a login wall) is rejected.
    """
    import trafilatura  # 0.7 s to import: only when there is a page to read

    text = _decode_markup(data)
    if text is None:
        yield _reject(uri, "binary: NUL bytes")
        return
    page = trafilatura.bare_extraction(
        text, with_metadata=True, favor_precision=True, include_comments=False, date_extraction_params=_PAGE_DATE
    )
    body = (page.text or "") if page is not None else ""
    if not body.strip():
        yield _reject(uri, "empty: no article text in the page")
        return
    title = (page.title or "").strip() or None
    lines = body.split("\n")
    if title and lines[0].strip() == title:  # the page's <h1> repeats the title: keep it once, in `title`
        body = "\n".join(lines[1:])
    yield _article(uri, "html", body, url=page.url, title=title, date=page.date)


def _decode_text(data: bytes, markup: bool = False) -> str | None:
    """Text by BOM, else UTF-8 (a few damaged bytes allowed), else Windows-1256 or ISO-8859-6; None for NULs.

    Raises the UTF-8 `UnicodeDecodeError` when no encoding gives Arabic text. With `markup`,
    the Latin letters of tags do not count against a code page.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)  # these codecs drop the BOM themselves
    if b"\x00" in data:  # UTF-16/32 without a BOM lands here too: no way to tell them from binary
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.reason == "unexpected end of data":  # the file was cut in the middle of its last character
            return data[: error.start].decode("utf-8")
        text = _damaged_utf8(data) or _legacy_arabic(data, markup)
        if text is None:
            raise error from None
        return text


def _damaged_utf8(data: bytes) -> str | None:
    """UTF-8 with its few bad bytes as U+FFFD; None when too many are bad for it to be UTF-8."""
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd") - data.count("\ufffd".encode())  # a U+FFFD in the file is no damage
    good = sum(1 for char in text if ord(char) > 127) - damaged
    return text if good >= _MIN_GOOD_PER_DAMAGED * damaged else None


def _legacy_arabic(data: bytes, markup: bool = False) -> str | None:
    """The decoding with the most Arabic, among those that decode strictly to mostly-Arabic text.

    Of the letters, the two code pages agree on ء..ض (0xC1–0xD6) only: cp1256 reads ISO-8859-6's `ي` (0xEA) as `ê`,
    and ISO-8859-6 leaves cp1256's `ك` (0xDF) undefined, so the wrong one loses Arabic or fails.
    """
    best, best_score = None, 0
    for encoding in _LEGACY_ARABIC:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        scored = _TAG.sub(" ", text) if markup else text
        letters = sum(char.isalpha() for char in scored)
        arabic = len(_ARABIC.findall(scored))
        # C1 controls mean the wrong code page; mostly-Latin text is not Arabic in a code page (`abcے`)
        if _CONTROL.search(text) or 2 * arabic < letters or arabic <= best_score:
            continue
        best, best_score = text, arabic
    return best


def _read_trec(data: bytes, uri: str, max_bytes: int) -> Iterator[dict]:
    """One row per <DOC> block; regexes, not an XML parser, because these files are rarely well-formed.

    Malformed markup is read leniently (a DOC ends at `</DOC>`, the next `<DOC>` or the end); a
    file that declares entities or an external DTD is refused without expanding anything.
    """
    text = _decode_markup(data)
    if text is None:
        yield _reject(uri, "binary: NUL bytes")
        return
    if _UNSAFE_DTD.search(text):
        yield _reject(uri, "xml_unsafe: DTD declares entities or an external document; refused, nothing expanded")
        return
    found = False
    for n, match in enumerate(_DOC.finditer(text), start=1):
        found = True
        block = match.group(1)
        docno = _meta(block, "DOCNO")
        doc_uri = f"{uri}#{quote(docno) if docno else n}"
        body = _field(block, "TEXT", to_end=True)
        if body is None:
            yield _reject(doc_uri, "missing_field: <TEXT>")
            continue
        if len(body) > max_bytes // 4 and (size := len(body.encode("utf-8"))) > max_bytes:  # 4 bytes a character at most
            yield _reject(doc_uri, _too_large(size, max_bytes))
            continue
        yield _article(
            doc_uri,
            "trec",
            body,
            source_id=docno,
            url=_meta(block, "URL"),
            title=_meta(block, "TITLE", "HEADLINE"),
            date=_meta(block, "TIME", "DATE", "DATE_TIME"),
        )
    if not found:
        yield _reject(uri, "trec_parse: no <DOC> element" if text.strip() else "empty: no text")


def _decode_markup(data: bytes) -> str | None:
    """XML or HTML: by BOM, else by the encoding the file declares in its first 2 KB, else as `_decode_text` guesses."""
    declared = _DECLARED_ENCODING.search(data, 0, 2048)
    if declared and not any(data.startswith(bom) for bom, _ in _BOMS):
        try:
            info = codecs.lookup((declared.group(1) or declared.group(2)).decode("ascii"))
            # not a character set (`base64`, `rot13`, `unicode_escape`): ignored, as an unknown name is
            encoding = info.name if info._is_text_encoding and info.name not in _NOT_CHARSETS else None
        except LookupError:
            encoding = None  # an unknown name: guess
        if encoding not in (None, "utf-8", "ascii"):  # UTF-8 (and ASCII, often declared for it) take the tolerant path
            return data.decode(encoding)  # what the file says it is; a UnicodeDecodeError is rejected with the reason
    return _decode_text(data, markup=True)


def _field(block: str, *tags: str, to_end: bool = False) -> str | None:
    """Decoded content of the first of `tags` present in a DOC block, else None.

    With `to_end`, a field whose closing tag is missing runs to the end of the block.
    """
    end = r"(?:</{tag}\s*>|\Z)" if to_end else r"</{tag}\s*>"
    for tag in tags:
        match = re.search(rf"<{tag}\b[^>]*>(.*?)" + end.format(tag=tag), block, re.S | re.I)
        if match:
            return _markup_to_text(match.group(1))
    return None


def _meta(block: str, *tags: str) -> str | None:
    """A stripped metadata field; blank counts as absent."""
    return (_field(block, *tags) or "").strip() or None


def _markup_to_text(markup: str) -> str:
    """CDATA kept verbatim; elsewhere tags dropped (<P>, <BR> become newlines) and entities unescaped.

    `الأمن &amp; السلام&nbsp;<P>` → `الأمن & السلام\\xa0\\n`; a stray `&` stays as it is.
    """
    parts = _CDATA.split(markup)  # even indexes: outside CDATA, odd: CDATA content
    return "".join(part if i % 2 else html.unescape(_TAG.sub(_tag_break, part)) for i, part in enumerate(parts))


def _tag_break(match: re.Match[str]) -> str:
    """Block tags separate paragraphs, inline tags vanish."""
    return "\n" if match.group(1).lower() in _BREAK_TAGS else ""


def _read_jsonl(path: Path, uri: str, max_bytes: int) -> Iterator[dict]:
    """One row per non-blank line, streamed: neither the file nor a line over `max_bytes` is held whole."""
    found = False
    with path.open("rb") as lines:
        lineno = 0
        while line := lines.readline(max_bytes + 2):  # the limit, and "\r\n"
            lineno += 1
            content = line.removesuffix(b"\n").removesuffix(b"\r")
            if len(content) > max_bytes:  # an over-long line: counted to its end, never held whole
                size = len(content) + (0 if line.endswith(b"\n") else _skip_line(lines))
                found = True
                yield _reject(f"{uri}#L{lineno}", _too_large(size, max_bytes))
            elif line.strip():
                found = True
                yield _jsonl_record(f"{uri}#L{lineno}", line.removeprefix(codecs.BOM_UTF8) if lineno == 1 else line)
    if not found:
        yield _reject(uri, "empty: no text")


def _skip_line(lines, chunk: int = 1 << 20) -> int:
    """Read past the rest of the current line; return how many bytes it had, its line end not counted."""
    skipped = 0
    while part := lines.readline(chunk):
        if part.endswith(b"\n"):
            return skipped + len(part.removesuffix(b"\n").removesuffix(b"\r"))
        skipped += len(part)
    return skipped


def _jsonl_record(uri: str, line: bytes) -> dict:
    """An article from one JSONL line (`text` required; `id`, `title`, `url`, `published_at` optional).

    JSON Lines is UTF-8; a line in Windows-1256 or ISO-8859-6 is decoded as a .txt file would be.
    """
    try:
        text = _decode_text(line)
        if text is None:
            return _reject(uri, "binary: NUL bytes")
        record = json.loads(text)
    except UnicodeDecodeError as error:
        return _reject(uri, _decode_reason(error))
    except json.JSONDecodeError as error:
        return _reject(uri, f"jsonl_parse: {error.msg} (col {error.colno})")
    except (ValueError, RecursionError) as error:  # a 5000-digit number, arrays nested thousands deep
        return _reject(uri, f"jsonl_parse: {type(error).__name__}: {str(error)[:200]}")
    if not isinstance(record, dict):
        return _reject(uri, f"jsonl_parse: expected an object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        return _reject(uri, "missing_field: text" if text is None else f"bad_field: text is {type(text).__name__}")
    try:
        meta = {key: _as_str(record.get(key)) for key in ("id", "url", "title", "published_at")}
    except ValueError as error:  # str() of a huge integer
        return _reject(uri, f"bad_field: {str(error)[:200]}")
    return _article(
        uri, "jsonl", text, source_id=meta["id"], url=meta["url"], title=meta["title"], date=meta["published_at"]
    )


def _has_lone_surrogate(*values: str | None) -> bool:
    """A JSON `\\ud800` escape (or a declared `unicode_escape`) decodes to a surrogate that UTF-8, and so Arrow, cannot store."""
    try:
        for value in values:
            (value or "").encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _as_str(value: object) -> str | None:
    """Optional JSON value as a stripped string (`42` → `"42"`); null and blank become None."""
    return None if value is None else str(value).strip() or None


def _article(
    uri: str,
    source_format: str,
    text: str,
    *,
    source_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    date: str | None = None,
) -> dict:
    """An articles row, or an `empty` reject when the text is blank."""
    if not text.strip():
        return _reject(uri, "empty: no text")
    if _has_lone_surrogate(text, source_id, url, title, date):
        return _reject(uri, "decode_error: lone surrogate (an escape such as \\ud800 decoded alone)")
    published_at, published_raw = _parse_date(date)
    return {
        "source_uri": uri,
        "source_format": source_format,
        "source_id": source_id,
        "url": url,
        "title": title,
        "published_at": published_at,
        "published_raw": published_raw,
        "raw_text": text,
    }


def _parse_date(raw: str | None) -> tuple[datetime | None, str | None]:
    """(naive UTC datetime, None), or (None, raw) when `raw` is not a date with a year."""
    if raw is None:
        return None, None
    try:
        parsed = _parse_datetime(raw.translate(_DIGITS))
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
        if parsed.year == 1:  # a time or day without a year must not become a fake date
            raise ValueError("no year")
    except (ValueError, OverflowError):
        return None, raw
    return parsed, None


def _parse_datetime(text: str) -> datetime:
    """ISO 8601 first; then the common forms, day before month as Arabic news writes `05/03/2017`."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    # dayfirst would also swap `2017/03/05` into 3 May, so only strings not led by a year get it.
    dayfirst = not re.match(r"\s*\d{4}", text)
    return dateparser.parse(text, dayfirst=dayfirst, default=_NO_YEAR, tzinfos=_tzinfo)


def _tzinfo(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil hook: offsets and UTC names resolve; an unknown zone name (`EST`) fails the parse."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if name is None:
        return None
    if name.upper() in _UTC_NAMES:
        return timezone.utc
    raise ValueError(f"unknown time zone {name}")
