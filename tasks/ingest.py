"""Ingest: read .txt, TREC-style XML and JSONL news files into one Arrow table of raw articles."""

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

ARTICLE_SCHEMA = pa.schema(
    [
        ("source_uri", pa.string()),  # file URI, plus `#DOCNO`, `#<n>` or `#L<line>` for multi-article files
        ("source_format", pa.string()),  # txt | trec | jsonl
        ("source_id", pa.string()),  # TREC DOCNO or JSONL `id`
        ("url", pa.string()),
        ("title", pa.string()),
        ("published_at", pa.timestamp("us")),  # naive UTC
        ("published_raw", pa.string()),  # the date string, only when it could not be parsed
        ("raw_text", pa.string()),
        ("ingested_at", pa.timestamp("us")),  # naive UTC, one value per batch
    ]
)

FORMATS = {".txt": "txt", ".xml": "trec", ".trec": "trec", ".sgml": "trec", ".jsonl": "jsonl", ".ndjson": "jsonl"}

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
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")  # not \t \n \v \f \r
_MAX_CONTROL_SHARE = 0.05


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


def read_articles(paths: Sequence[str | Path]) -> tuple[pa.Table, pa.Table]:
    """Read every article under `paths`; each input that yields no article gets a reject row."""
    files, rejects = discover_files(paths)
    ingested_at = datetime.now(timezone.utc).replace(tzinfo=None)
    articles: list[dict] = []
    for path in files:  # one file at a time: only the rows it produced are kept
        for row in _read_file(path):
            # readers yield both kinds of row; a reject is the one with a reason
            if "reason" in row:
                rejects.append(row)
            else:
                articles.append(row | {"ingested_at": ingested_at})
    return pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA), pa.Table.from_pylist(rejects, schema=REJECT_SCHEMA)


ingest_files = task(read_articles, name="ingest", retries=2, retry_delay_seconds=1)  # a share or bucket that blinks


def _read_file(path: Path) -> Iterator[dict]:
    """Article and reject rows of one file, by its extension."""
    uri = _uri(path)
    source_format = FORMATS.get(path.suffix.lower())
    if source_format is None:
        yield _reject(uri, f"unsupported_format: {path.suffix or 'no extension'}")
        return
    reader = {"txt": _read_txt, "trec": _read_trec, "jsonl": _read_jsonl}[source_format]
    try:
        yield from reader(path, uri)
    except UnicodeDecodeError as error:
        yield _reject(uri, _decode_reason(error))
    except OSError as error:
        yield _reject(uri, _os_reason(error))


def _decode(data: bytes) -> str:
    """UTF-8 text without a leading BOM (decoding first keeps error offsets true to the file)."""
    return data.decode("utf-8").removeprefix("\ufeff")


def _decode_reason(error: UnicodeDecodeError) -> str:
    """`decode_error: not valid UTF-8 (byte 0xff at offset 3)`."""
    encoding = error.encoding.upper().removesuffix("-SIG")
    return f"decode_error: not valid {encoding} (byte 0x{error.object[error.start]:02x} at offset {error.start})"


def _read_txt(path: Path, uri: str) -> Iterator[dict]:
    """A .txt file is one article with neither title nor date, in any encoding `_decode_txt` knows."""
    data = path.read_bytes()
    kind = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
    if kind is not None:
        yield _reject(uri, f"binary: {kind}")
        return
    text = _decode_txt(data)
    if text is None:
        yield _reject(uri, "binary: NUL bytes")
    elif len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        yield _reject(uri, "binary: control characters")
    else:
        yield _article(uri, "txt", text)


def _decode_txt(data: bytes) -> str | None:
    """Text by BOM, else strict UTF-8, else Windows-1256 or ISO-8859-6; None for bytes with NULs.

    Raises the UTF-8 `UnicodeDecodeError` when no encoding gives Arabic text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding)  # these codecs drop the BOM themselves
    if b"\x00" in data:  # UTF-16/32 without a BOM lands here too: no way to tell them from binary
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        text = _legacy_arabic(data)
        if text is None:
            raise error from None
        return text


def _legacy_arabic(data: bytes) -> str | None:
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
        letters = sum(char.isalpha() for char in text)
        arabic = len(_ARABIC.findall(text))
        # C1 controls mean the wrong code page; mostly-Latin text is not Arabic in a code page (`abcے`)
        if _CONTROL.search(text) or 2 * arabic < letters or arabic <= best_score:
            continue
        best, best_score = text, arabic
    return best


def _read_trec(path: Path, uri: str) -> Iterator[dict]:
    """One row per <DOC> block; regexes, not an XML parser, because these files are rarely well-formed."""
    text = _decode(path.read_bytes())
    found = False
    for n, match in enumerate(_DOC.finditer(text), start=1):
        found = True
        block = match.group(1)
        docno = _meta(block, "DOCNO")
        doc_uri = f"{uri}#{quote(docno) if docno else n}"
        body = _field(block, "TEXT")
        if body is None:
            yield _reject(doc_uri, "missing_field: <TEXT>")
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


def _field(block: str, *tags: str) -> str | None:
    """Decoded content of the first of `tags` present in a DOC block, else None."""
    for tag in tags:
        match = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}\s*>", block, re.S | re.I)
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


def _read_jsonl(path: Path, uri: str) -> Iterator[dict]:
    """One row per non-blank line, streamed so a large file is never held whole."""
    found = False
    with path.open("rb") as lines:
        for lineno, line in enumerate(lines, start=1):
            if line.strip():
                found = True
                yield _jsonl_record(f"{uri}#L{lineno}", line)
    if not found:
        yield _reject(uri, "empty: no text")


def _jsonl_record(uri: str, line: bytes) -> dict:
    """An article from one JSONL line (`text` required; `id`, `title`, `url`, `published_at` optional)."""
    try:
        record = json.loads(_decode(line))
    except UnicodeDecodeError as error:
        return _reject(uri, _decode_reason(error))
    except json.JSONDecodeError as error:
        return _reject(uri, f"jsonl_parse: {error.msg} (col {error.colno})")
    if not isinstance(record, dict):
        return _reject(uri, f"jsonl_parse: expected an object, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str):
        return _reject(uri, "missing_field: text" if text is None else f"bad_field: text is {type(text).__name__}")
    meta = {key: _as_str(record.get(key)) for key in ("id", "url", "title", "published_at")}
    if _has_lone_surrogate(text, *meta.values()):
        return _reject(uri, "decode_error: lone surrogate escape in a JSON string")
    return _article(
        uri, "jsonl", text, source_id=meta["id"], url=meta["url"], title=meta["title"], date=meta["published_at"]
    )


def _has_lone_surrogate(*values: str | None) -> bool:
    """A JSON `\\ud800` escape decodes to a surrogate that UTF-8, and so Arrow, cannot store."""
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
