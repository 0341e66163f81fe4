"""Ingest: news articles from files, folders and archives, read by what they hold, into one Arrow table.

Formats: plain text, saved HTML pages (trafilatura), TREC/SGML markup (ANT, Arabic Gigaword and
the like: `<DOC>` blocks, streamed), JSON Lines (streamed) and WARC (Common Crawl's CC-NEWS, with
warcio). A file's format is told by its content, after any BOM and whitespace (`sniff`); its
extension decides only when the content could be several (plain text). `.gz`, `.bz2`, `.xz`, `.zip`
and `.tar` (compressed or not) are opened as streams by `ingest_sources`. `ArticleReader` yields the
articles in chunks, so that a run over an archive never holds it whole.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import html
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, urlsplit

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.schemas.rejects import REJECT_COLUMNS as REJECT_SCHEMA  # one rejects schema for every stage
from akhbar.tasks import DEFAULT_MAX_DOCUMENT_BYTES
from akhbar.tasks.arabic import SCRIPT_BLOCKS
from akhbar.tasks.ingest_dates import date_in_name, parse_date
from akhbar.tasks.ingest_sources import DAMAGED, HEAD, Bomb, Entry, Source, discover, entries, is_object_url, os_reason
from akhbar.tasks.ingest_sources import reject as _reject

ARTICLE_SCHEMA = pa.schema(
    [
        ("source_uri", pa.string()),  # file URI (`!/member` inside an archive), plus `#DOCNO`, `#<n>`, `#L<line>` or `#<record>`
        ("source_format", pa.string()),  # txt | html | trec | jsonl | warc
        ("source_id", pa.string()),  # TREC DOCNO (Gigaword `id`), JSONL `id`, WARC-Record-ID
        ("url", pa.string()),
        ("title", pa.string()),
        ("published_at", pa.timestamp("us")),  # naive UTC
        ("published_raw", pa.string()),  # the date string, only when it could not be parsed
        ("source_name", pa.string()),  # TREC `SRC`, JSONL `source`
        ("category", pa.string()),  # TREC `CAT`, JSONL `category`
        ("author", pa.string()),  # TREC `AUTHOR`, JSONL `author`
        ("abstract", pa.string()),  # TREC `ABSTRACT`, JSONL `abstract`
        ("dateline", pa.string()),  # Gigaword `DATELINE`
        ("doc_type", pa.string()),  # Gigaword `<DOC type=…>`: story, multi, advis, other
        ("raw_text", pa.string()),
        ("ingested_at", pa.timestamp("us")),  # naive UTC, one value per run
    ]
)
META = ("source_name", "category", "author", "abstract", "dateline", "doc_type")

# What the extension says when the content does not decide.
FORMATS = {
    ".txt": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "trec",
    ".trec": "trec",
    ".sgml": "trec",
    ".sgm": "trec",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
}
DEFAULT_DOC_TYPES = ("story",)  # Gigaword's other types (advis, multi, other) are rejected unless asked for

# A DOC ends at </DOC>, or, in truncated files, at the next <DOC> or the end of the file.
_DOC = re.compile(r"<DOC\b([^>]*)>(.*?)(?:</DOC\s*>|(?=<DOC\b)|\Z)", re.S | re.I)
_DOC_START = re.compile(rb"<DOC\b", re.I)
_DOC_EDGE = re.compile(rb"(</DOC\s*>)|<DOC\b", re.I)  # where a block ends: after its </DOC>, or where the next <DOC> starts
_ATTRIBUTE = r"""\b{name}\s*=\s*["']?([^"'\s>]*)"""
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.S)
_TAG = re.compile(r"</?([A-Za-z][\w:-]*)[^<>]*>")
# The fields a DOC block is read for (ANT's, Gigaword's and TREC's names).
_FIELDS = ("DOCNO", "URL", "TITLE", "HEADLINE", "TIME", "DATE_TIME", "DATE", "SRC", "SOURCE", "CAT", "CATEGORY", "AUTHOR", "ABSTRACT",
           "DATELINE", "TEXT")
_FIELD_OPEN = re.compile(rf"<({'|'.join(_FIELDS)})\b[^>]*>", re.I)
_BREAK_TAGS = frozenset({"p", "br", "div"})
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
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
)
# Content that names its format, after any BOM and whitespace. HTML: a doctype or one of the tags a saved page starts with.
_LOOKS_TREC = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<DOC\b", re.S | re.I)
_LOOKS_HTML = re.compile(r"(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html|html|head|body|meta|title)\b", re.S | re.I)
_LOOKS_WARC = re.compile(r"WARC/\d")
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
_UNSAFE_DTD = re.compile(rb"<!ENTITY\b|<!DOCTYPE[^>\[]*\b(?:SYSTEM|PUBLIC)\b", re.I)
_READ = 1 << 20  # bytes read at a time from a stream


@dataclass(frozen=True)
class Options:
    """How to read: the size limit of one article, the month-first sources, the Gigaword types kept, an object store's options."""

    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES
    month_first: tuple[str, ...] = ()  # paths (and what is under them) whose numeric dates are month/day/year
    doc_types: tuple[str, ...] = DEFAULT_DOC_TYPES  # "*" keeps every type
    storage_options: dict = field(default_factory=dict, hash=False)  # fsspec's, for sources on an object store (`s3://…`)


@dataclass
class _Reading:
    """What a format reader needs of the entry it reads."""

    entry: Entry
    options: Options
    month_first: bool

    @property
    def max_bytes(self) -> int:
        return self.options.max_document_bytes


@dataclass
class Chunk:
    """Up to a chunk's worth of articles, the ingest rejects met on the way, and the sources read to their end."""

    articles: pa.Table
    rejects: pa.Table
    finished: list[dict] = field(default_factory=list)  # manifest rows (`warehouse` writes them) of the sources done
    pages: list[dict] = field(default_factory=list)  # `pages` rows of the feed items fetched (`ingest_feeds`)
    feeds: list[dict] = field(default_factory=list)  # `feeds` rows of the feeds all of whose new items are in this chunk or before


class ArticleReader:
    """The articles under `paths`, read source by source and handed out a chunk at a time.

    `known` maps a source's URI to (size, mtime_ns, chunk_articles, chunk_characters) from the
    warehouse's manifest: a source that still has that size and time is skipped without being
    opened. The reader keeps no article once handed out: memory holds one chunk, whatever the size
    of the input.

    A chunk ends at `articles` articles, or sooner where their text reaches `characters`
    characters (memory follows text, not articles). Each manifest row records how full the chunk
    was when its source ended, and a reader that starts by skipping sources starts its first chunk
    that full: so a run resumed after a crash cuts the rest into the very chunks the interrupted
    run would have (a sentence's translation depends on the batch it is padded in, and resumed
    tables equal uninterrupted ones).
    """

    def __init__(self, paths: Sequence[str | Path], options: Options = Options(),
                 known: Mapping[str, tuple[int, int, int, int]] | None = None, ingested_at: datetime | None = None,
                 more: Iterable[dict] = ()) -> None:
        self.options = options
        self._more = more  # rows after the files': a feed's (`ingest_feeds.FeedReader.rows`), with its `page` and `feed` records
        sources, self._pending_rejects = discover(paths, self.options.storage_options)
        known = known or {}
        # every source in order, with where its reading run's chunk stood at its end if it is unchanged since (None: to read)
        self._order = [(s, known[s.uri][2:4] if known.get(s.uri, ())[:2] == (s.size, s.mtime_ns) else None) for s in sources]
        self.sources = [s for s, skipped in self._order if skipped is None]
        self.unchanged = len(sources) - len(self.sources)
        self._fill = [0, 0]  # articles and characters of the chunk being read
        self.total_bytes = sum(s.size for s in self.sources)
        self.ingested_at = ingested_at or datetime.now(timezone.utc).replace(tzinfo=None)
        self._done_bytes = 0  # of the sources read to their end
        self._current: BinaryIO | None = None
        self._rows = self._read_all()
        self.exhausted = False

    @property
    def bytes_read(self) -> int:
        """Bytes of the sources read so far: those finished, and how far into the current one."""
        position = 0
        if self._current is not None and not self._current.closed:
            try:
                position = self._current.tell()
            except (OSError, ValueError):
                position = 0
        return self._done_bytes + position

    def read(self, articles: int, characters: int | None = None) -> Chunk:
        """The next chunk: `articles` articles, or fewer whose text reaches `characters` characters (None: no such bound),
        with the rejects and finished sources met before its end."""
        rows: list[dict] = []
        rejects, finished, pages, feeds = self._pending_rejects, [], [], []
        self._pending_rejects = []
        characters = characters or 1 << 62
        fill = self._fill  # articles and characters of the chunk so far: a resumed run's first chunk starts part full
        for row in self._rows:
            if "skipped" in row:
                if not rows:  # where the interrupted run's chunk stood when the file ended (a new chunk if that one was full)
                    fill[:] = row["skipped"] if row["skipped"][0] < articles and row["skipped"][1] < characters else (0, 0)
            elif "manifest" in row:
                finished.append(row["manifest"] | {"chunk_articles": fill[0], "chunk_characters": fill[1]})
            elif "page" in row:
                pages.append(row["page"])
            elif "feed" in row:
                feeds.append(row["feed"])
            elif "reason" in row:
                rejects.append(row)
            else:
                rows.append(row | {"ingested_at": self.ingested_at})
                fill[0] += 1
                fill[1] += len(row.get("raw_text") or "")
                if fill[0] >= articles or fill[1] >= characters:
                    fill[:] = (0, 0)
                    break
        else:
            self.exhausted = True
        return Chunk(pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA), pa.Table.from_pylist(rejects, schema=REJECT_SCHEMA), finished,
                     pages, feeds)

    def _read_all(self) -> Iterator[dict]:
        for source, skipped in self._order:
            if skipped is not None:
                yield {"skipped": skipped}
                continue
            counts = {"documents": 0, "rejects": 0, "characters": 0}
            for row in _read_source(source, self.options, self._opened):
                counts["rejects" if "reason" in row else "documents"] += 1
                counts["characters"] += len(row.get("raw_text") or "")
                yield row
            self._current = None
            self._done_bytes += source.size
            yield {"manifest": _manifest_row(source, counts)}
        yield from self._more

    def _opened(self, raw: BinaryIO) -> None:
        self._current = raw


def read_articles(paths: Sequence[str | Path], max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
                  options: Options | None = None) -> tuple[pa.Table, pa.Table]:
    """Every article under `paths` at once, and the rejects of the inputs that gave none (tests, backfill plans)."""
    reader = ArticleReader(paths, options or Options(max_document_bytes=max_document_bytes))
    chunk = reader.read(1 << 62)
    return chunk.articles, chunk.rejects


ingest_files = task(read_articles, name="ingest", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE)  # a share or bucket that blinks


@task(name="ingest", cache_policy=NO_CACHE)
def ingest_chunk(reader: ArticleReader, articles: int, characters: int | None = None) -> Chunk:
    """The reader's next chunk of `articles` articles and about `characters` characters (no retries: the reader has moved on)."""
    return reader.read(articles, characters)


def _manifest_row(source: Source, counts: dict[str, int]) -> dict:
    """What the manifest records of a source read to its end: what it was, and what it gave."""
    try:
        with source.open() as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
    except OSError:
        digest = None
    return {"source_uri": source.uri, "size": source.size, "mtime_ns": source.mtime_ns, "sha256": digest, **counts}


def _read_source(source: Source, options: Options, opened: Callable[[BinaryIO], None]) -> Iterator[dict]:
    """Article and reject rows of one source, entry by entry."""
    month_first = any(_under(source, root) for root in options.month_first)
    uri = source.uri
    try:
        for entry in entries(source, opened):
            if isinstance(entry, dict):
                yield entry
                continue
            uri = entry.uri
            try:
                yield from _read_entry(_Reading(entry, options, month_first))
            except DAMAGED as error:  # a damaged member: this entry is rejected, the archive's next ones still read
                if isinstance(error, OSError) and entry.uri == source.uri:
                    raise
                yield _reject(entry.uri, f"archive_error: {type(error).__name__}: {error}")
    except Bomb:
        yield _reject(uri, "too_large: the archive decompresses to more than 100 times its size; reading stopped (a zip bomb?)")
    except UnicodeDecodeError as error:
        yield _reject(uri, _decode_reason(error))
    except UnicodeError as error:  # a declared codec that cannot decode at all (`undefined`)
        yield _reject(uri, f"decode_error: {error}")
    except OSError as error:
        yield _reject(uri, os_reason(error))
    except DAMAGED as error:
        yield _reject(uri, f"archive_error: {type(error).__name__}: {error}")


def _under(source: Source, root: str) -> bool:
    """Whether a source is `root` or lies under it (an object's URL under a URL prefix)."""
    if source.fs is not None or is_object_url(root):
        return source.uri == root.rstrip("/") or source.uri.startswith(root.rstrip("/") + "/")
    try:
        Path(source.path).resolve().relative_to(Path(root).resolve())
    except ValueError:
        return False
    return True


def sniff(head: bytes, name: str) -> str | None:
    """The format `head` (a file's first bytes) shows, else the one its name's extension gives; None when neither tells."""
    start = head
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            start = head.decode(encoding, errors="ignore").encode("utf-8")
            break
    text = start.decode("utf-8", errors="ignore").lstrip()
    if _LOOKS_WARC.match(text):
        return "warc"
    if _LOOKS_TREC.match(text):
        return "trec"
    if _LOOKS_HTML.match(text):
        return "html"
    if text.startswith("{") and _json_object_line(text):
        return "jsonl"
    return FORMATS.get(Path(name).suffix.lower())


def _json_object_line(text: str) -> bool:
    """Whether the first line is a whole JSON object (JSON Lines), not the start of a pretty-printed document."""
    first, newline, _ = text.partition("\n")
    if not newline and len(text.encode("utf-8")) >= 4096 - 8:  # a first line longer than the head: an object opening it is enough
        return bool(re.match(r'\{\s*"', text))
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        return False


def _read_entry(reading: _Reading) -> Iterator[dict]:
    """Article and reject rows of one entry, by its content (else its extension)."""
    entry = reading.entry
    kind = next((name for magic, name in _MAGIC if entry.head.startswith(magic)), None)
    if kind is not None:
        yield _reject(entry.uri, f"binary: {kind}")
        return
    source_format = sniff(entry.head, entry.name)
    if source_format is None:
        yield _reject(entry.uri, f"unsupported_format: {Path(entry.name).suffix or 'no extension'}")
        return
    reader = {"txt": _read_txt, "html": _read_html, "trec": _read_trec, "jsonl": _read_jsonl, "warc": _read_warc}[source_format]
    yield from reader(reading)


def _read_whole(reading: _Reading) -> bytes | dict:
    """The entry's bytes, or a `too_large` reject once it passes the limit (never more than the limit is held)."""
    entry, limit = reading.entry, reading.max_bytes
    if entry.size is not None and entry.size > limit:  # refused before it is read
        return _reject(entry.uri, _too_large(entry.size, limit))
    data = entry.stream.read(limit + 1)
    if len(data) > limit:
        size = len(data) + _count_rest(entry.stream)
        return _reject(entry.uri, _too_large(size, limit))
    return data


def _count_rest(stream: BinaryIO) -> int:
    """Read to the end without keeping anything; how many bytes were left."""
    n = 0
    while chunk := stream.read(_READ):
        n += len(chunk)
    return n


def _too_large(size: int, max_bytes: int) -> str:
    """`too_large: 12,000,000 bytes > 10,000,000 (max_document_bytes)`."""
    return f"too_large: {size:,} bytes > {max_bytes:,} (max_document_bytes)"


def _decode_reason(error: UnicodeDecodeError) -> str:
    """`decode_error: not valid UTF-8 (byte 0xff at offset 3)`."""
    encoding = error.encoding.upper().removesuffix("-SIG")
    return f"decode_error: not valid {encoding} (byte 0x{error.object[error.start]:02x} at offset {error.start})"


def _read_txt(reading: _Reading) -> Iterator[dict]:
    """A .txt file is one article without a title, in any encoding `_decode_text` knows; its date only from its name."""
    data = _read_whole(reading)
    if isinstance(data, dict):
        yield data
        return
    uri = reading.entry.uri
    text = _decode_text(data)
    if text is None:
        yield _reject(uri, "binary: NUL bytes")
    elif len(_CONTROL.findall(text)) > _MAX_CONTROL_SHARE * len(text):
        yield _reject(uri, "binary: control characters")
    else:
        yield _article(reading, uri, "txt", text)


def _read_html(reading: _Reading, uri: str | None = None, data: bytes | None = None, url: str | None = None,
               date: str | None = None, source_id: str | None = None, source_format: str = "html",
               dates: dict = _PAGE_DATE) -> Iterator[dict]:
    """A saved article page: its main text, title, date and canonical URL, by trafilatura.

    Navigation, scripts, styles, asides and footers are left out. A page in which trafilatura
    finds no article (an index page, a login wall) is rejected. `url` and `date` (a WARC record's)
    stand in when the page has none.
    """
    import trafilatura  # 0.7 s to import: only when there is a page to read

    uri = uri or reading.entry.uri
    if data is None:
        data = _read_whole(reading)
        if isinstance(data, dict):
            yield data
            return
    text = _decode_markup(data)
    if text is None:
        yield _reject(uri, "binary: NUL bytes")
        return
    # trafilatura's own extractor first (`fast`); its fallbacks (readability, jusText: three times the cost, most of
    # ingest's on pages) only for a page where it finds no text.
    for fast in (True, False):
        page = trafilatura.bare_extraction(
            text, with_metadata=True, favor_precision=True, include_comments=False, date_extraction_params=dates, fast=fast
        )
        body = (page.text or "") if page is not None else ""
        if body.strip():
            break
    if not body.strip():
        yield _reject(uri, "empty: no article text in the page")
        return
    title = (page.title or "").strip() or None
    lines = body.split("\n")
    if title and lines[0].strip() == title:  # the page's <h1> repeats the title: keep it once, in `title`
        body = "\n".join(lines[1:])
    yield _article(reading, uri, source_format, body, url=page.url or url, title=title, date=page.date or date,
                   source_id=source_id, author=(page.author or "").strip() or None, category=_first(page.categories),
                   source_name=(page.sitename or "").strip() or None)


def read_page(uri: str, data: bytes, content_type: str | None, options: Options, url: str | None = None, date: str | None = None,
              **defaults: str | None) -> list[dict]:
    """A page fetched from the web (`ingest_feeds`), read exactly as a saved HTML page is; rows of articles and rejects.

    `uri` is where it was fetched from (after redirects). A response that is not HTML is a reject naming its type, as in a
    WARC file. `url` and `date` (a feed's link and date) stand in where the page has none; so do `defaults` (title,
    abstract, source_name, category, source_id: a feed's title, summary, name, category, entry id). With a feed's date,
    the page's date is taken from its markup only (htmldate without its search of the text, which finds a footer's
    `© 2026` as 1 January): the feed's date is better than such a guess.
    """
    name = Path(urlsplit(uri).path).name or "index.html"
    entry = Entry(uri, name, data[:HEAD], io.BytesIO(data), len(data))
    reading = _Reading(entry, options, month_first=False)
    kind = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
    if kind is not None:
        return [_reject(uri, f"binary: {kind}")]
    if "html" not in (content_type or "").lower() and sniff(entry.head, name) != "html":
        return [_reject(uri, f"unsupported_format: {(content_type or '').split(';')[0].strip() or 'no Content-Type'}")]
    try:
        rows = list(_read_html(reading, uri, data, url=url, date=date, source_id=defaults.pop("source_id", None),
                               dates=_PAGE_DATE | {"extensive_search": False} if date else _PAGE_DATE))
    except UnicodeDecodeError as error:
        return [_reject(uri, _decode_reason(error))]
    except UnicodeError as error:  # a declared codec that cannot decode at all (`undefined`)
        return [_reject(uri, f"decode_error: {error}")]
    parts = urlsplit(uri)
    hosts = {parts.netloc, parts.hostname, (parts.hostname or "").removeprefix("www.")}
    for row in rows:
        if "reason" not in row:
            if row.get("source_name") in hosts and defaults.get("source_name"):
                row["source_name"] = None  # trafilatura names a page without a site name by its host: the feed's name is better
            row.update({key: value for key, value in defaults.items() if row.get(key) is None and value})
    return rows


def _first(values: object) -> str | None:
    """The first of a page's categories, when it names any."""
    if isinstance(values, list | tuple) and values:
        return str(values[0]).strip() or None
    return None


def _read_trec(reading: _Reading) -> Iterator[dict]:
    """One row per <DOC> block, streamed block by block; regexes, not an XML parser, because these files are rarely well-formed.

    Malformed markup is read leniently (a DOC ends at `</DOC>`, the next `<DOC>` or the end); a
    file that declares entities or an external DTD is refused without expanding anything. ANT's
    `SRC`, `CAT`, `AUTHOR` and `ABSTRACT`, and Gigaword's `id` and `type` attributes and `DATELINE`,
    are kept; a Gigaword document whose type is not kept (`Options.doc_types`) is rejected.
    """
    entry = reading.entry
    blocks = _doc_blocks(entry, reading.max_bytes)
    prolog = next(blocks)
    if _UNSAFE_DTD.search(prolog):
        yield _reject(entry.uri, "xml_unsafe: DTD declares entities or an external document; refused, nothing expanded")
        return
    found = False
    for n, block in enumerate(blocks, start=1):
        found = True
        if isinstance(block, _Oversize):  # a DOC over the limit, never held whole: named by what its start says
            start = _decode_markup(block.head, head=prolog) or ""
            match = _DOC.search(start)
            docno = (_meta(match.group(2), "DOCNO") or _attribute(match.group(1), "id")) if match else None
            yield _reject(f"{entry.uri}#{quote(docno) if docno else n}", _too_large(block.size, reading.max_bytes))
            continue
        text = _decode_markup(block, head=prolog)
        if text is None:
            yield _reject(f"{entry.uri}#{n}", "binary: NUL bytes")
            continue
        yield from _trec_doc(reading, text, n)
    if not found:
        yield _reject(entry.uri, "trec_parse: no <DOC> element" if prolog.strip() else "empty: no text")


def _trec_doc(reading: _Reading, text: str, n: int) -> Iterator[dict]:
    match = _DOC.search(text)
    if match is None:
        yield _reject(f"{reading.entry.uri}#{n}", "trec_parse: no <DOC> element")
        return
    attributes, block = match.groups()
    docno = _meta(block, "DOCNO") or _attribute(attributes, "id")
    doc_uri = f"{reading.entry.uri}#{quote(docno) if docno else n}"
    doc_type = _attribute(attributes, "type")
    kept = reading.options.doc_types
    if doc_type is not None and "*" not in kept and doc_type.lower() not in kept:
        yield _reject(doc_uri, f"doc_type: {doc_type} (kept: {', '.join(kept)}; --doc-type to keep others)")
        return
    body = _field(block, "TEXT", to_end=True)
    if body is None:
        yield _reject(doc_uri, "missing_field: <TEXT>")
        return
    if len(body) > reading.max_bytes // 4 and (size := len(body.encode("utf-8"))) > reading.max_bytes:  # 4 bytes a character at most
        yield _reject(doc_uri, _too_large(size, reading.max_bytes))
        return
    yield _article(
        reading,
        doc_uri,
        "trec",
        body,
        source_id=docno,
        url=_meta(block, "URL"),
        title=_meta(block, "TITLE", "HEADLINE"),
        date=_meta(block, "TIME", "DATE", "DATE_TIME"),
        source_name=_meta(block, "SRC", "SOURCE"),
        category=_meta(block, "CAT", "CATEGORY"),
        author=_meta(block, "AUTHOR"),
        abstract=_meta(block, "ABSTRACT"),
        dateline=_meta(block, "DATELINE"),
        doc_type=doc_type,
    )


def _attribute(attributes: str, name: str) -> str | None:
    """An attribute of the `<DOC …>` tag (`id`, `type`), unquoted; None when absent or blank."""
    match = re.search(_ATTRIBUTE.format(name=name), attributes, re.I)
    return (match.group(1).strip() or None) if match else None


def _doc_blocks(entry: Entry, limit: int) -> Iterator[bytes | _Oversize]:
    """The bytes before the first `<DOC`, then each DOC block's bytes (or its size, when over the limit), streamed.

    A block ends after `</DOC>`, or where the next `<DOC` starts, or at the end. At most
    `2 × limit` + 1 MB of a block is held: the text limit is in UTF-8, which can take twice the
    bytes of a legacy code page. UTF-16 and UTF-32 files (with a BOM; markup bytes are not ASCII
    there) are read whole within that bound and re-encoded as UTF-8 first.
    """
    stream, cap = entry.stream, 2 * limit + _READ
    if any(entry.head.startswith(bom) for bom, encoding in _BOMS if encoding != "utf-8-sig"):
        data = stream.read(cap + 1)
        if len(data) > cap:
            yield b""
            yield _Oversize(len(data) + _count_rest(stream), b"")
            return
        stream = io.BytesIO(_decode_text(data).encode("utf-8"))
    scan = _Scan(stream)
    first = scan.search(_DOC_START, 0, cap)
    if first is None:  # no DOC in the first megabytes: the prolog's start is enough to say so
        yield scan.buffer[:cap]
        return
    yield scan.take(first.start())
    while True:
        edge = scan.search(_DOC_EDGE, 1, cap)
        if edge is None and not scan.eof:  # over the limit: counted to its end, never held
            head = scan.buffer[:HEAD]
            yield _Oversize(scan.count_block(), head)
        else:
            yield scan.take(len(scan.buffer) if edge is None else edge.end() if edge.group(1) else edge.start())
        if not scan.skip_to(_DOC_START):  # what lies between a </DOC> and the next <DOC> is not an article
            return


@dataclass(frozen=True)
class _Oversize:
    """A DOC block over the limit: its size, and its first bytes (its DOCNO or id is there)."""

    size: int
    head: bytes


class _Scan:
    """A byte stream read a megabyte at a time into a buffer that patterns are searched in."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream, self.buffer, self.eof = stream, b"", False

    def fill(self) -> None:
        chunk = self.stream.read(_READ)
        self.eof = not chunk
        self.buffer += chunk

    def search(self, pattern: re.Pattern[bytes], start: int, cap: int) -> re.Match[bytes] | None:
        """The first match from `start`, reading on as needed; None at the end or once the buffer passes `cap`."""
        while (match := pattern.search(self.buffer, start)) is None and not self.eof and len(self.buffer) <= cap:
            start = max(start, len(self.buffer) - 16)  # a tag may straddle two reads
            self.fill()
        return match

    def take(self, n: int) -> bytes:
        taken, self.buffer = self.buffer[:n], self.buffer[n:]
        return taken

    def skip_to(self, pattern: re.Pattern[bytes]) -> bool:
        """Drop bytes up to the next match (kept at the buffer's start); False at the end with none."""
        while (match := pattern.search(self.buffer)) is None:
            if self.eof:
                return False
            self.buffer = self.buffer[-16:]
            self.fill()
        self.buffer = self.buffer[match.start():]
        return True

    def count_block(self) -> int:
        """Read through the block the buffer starts with, dropping it; its size in bytes."""
        size, start = 0, 1
        while (edge := _DOC_EDGE.search(self.buffer, start)) is None:
            if self.eof:
                size += len(self.buffer)
                self.buffer = b""
                return size
            dropped = max(len(self.buffer) - 16, start)
            size, self.buffer, start = size + dropped, self.buffer[dropped:], 0
            self.fill()
        cut = edge.end() if edge.group(1) else edge.start()
        self.buffer = self.buffer[cut:]
        return size + cut


def _read_jsonl(reading: _Reading) -> Iterator[dict]:
    """One row per non-blank line, streamed: neither the file nor a line over the limit is held whole."""
    entry, max_bytes = reading.entry, reading.max_bytes
    found = False
    lines = entry.stream
    lineno = 0
    while line := lines.readline(max_bytes + 2):  # the limit, and "\r\n"
        lineno += 1
        content = line.removesuffix(b"\n").removesuffix(b"\r")
        if len(content) > max_bytes:  # an over-long line: counted to its end, never held whole
            size = len(content) + (0 if line.endswith(b"\n") else _skip_line(lines))
            found = True
            yield _reject(f"{entry.uri}#L{lineno}", _too_large(size, max_bytes))
        elif line.strip():
            found = True
            yield _jsonl_record(reading, f"{entry.uri}#L{lineno}", line.removeprefix(codecs.BOM_UTF8) if lineno == 1 else line)
    if not found:
        yield _reject(entry.uri, "empty: no text")


def _skip_line(lines, chunk: int = _READ) -> int:
    """Read past the rest of the current line; return how many bytes it had, its line end not counted."""
    skipped = 0
    while part := lines.readline(chunk):
        if part.endswith(b"\n"):
            return skipped + len(part.removesuffix(b"\n").removesuffix(b"\r"))
        skipped += len(part)
    return skipped


def _read_warc(reading: _Reading) -> Iterator[dict]:
    """Each HTML response of a WARC file (CC-NEWS), read as a saved page is; `WARC-Target-URI` and `WARC-Date` stand in.

    Requests, metadata and the `warcinfo` record are not articles and are passed over; a response
    that is not a 200 HTML page is a reject naming its status or type.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    entry = reading.entry
    found = False
    try:
        for record in ArchiveIterator(entry.stream):
            if record.rec_type != "response":
                continue
            found = True
            record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<>") or None
            uri = f"{entry.uri}#{quote(record_id or str(record.offset))}"
            target = record.rec_headers.get_header("WARC-Target-URI")
            status = record.http_headers.get_statuscode() if record.http_headers else None
            content_type = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
            if status is not None and status != "200":
                yield _reject(uri, f"http: {status}")
                continue
            if "html" not in content_type.lower():
                yield _reject(uri, f"unsupported_format: {content_type.split(';')[0].strip() or 'no Content-Type'}")
                continue
            content = record.content_stream()
            data = content.read(reading.max_bytes + 1)
            if len(data) > reading.max_bytes:
                yield _reject(uri, _too_large(len(data) + _count_rest(content), reading.max_bytes))
                continue
            yield from _read_html(reading, uri, data, url=target, date=record.rec_headers.get_header("WARC-Date"),
                                  source_id=record_id, source_format="warc")
    except ArchiveLoadFailed as error:
        yield _reject(entry.uri, f"warc_parse: {str(error).strip()[:200]}")
        return
    if not found:
        yield _reject(entry.uri, "empty: no response record")


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


def _decode_markup(data: bytes, head: bytes | None = None) -> str | None:
    """XML or HTML: by BOM, else by the encoding declared in the first 2 KB of `head` (the file's start) or of `data`,
    else as `_decode_text` guesses."""
    declared = _DECLARED_ENCODING.search(head or data, 0, 2048)
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
    opened = _openings(block)
    for tag in tags:
        if tag not in opened:
            continue
        start = opened[tag]
        close = _closing(tag).search(block, start)
        if close is not None:
            return _markup_to_text(block[start : close.start()])
        if to_end:
            return _markup_to_text(block[start:])
    return None


@functools.lru_cache(maxsize=4)
def _openings(block: str) -> dict[str, int]:
    """Where the content of each field's first opening tag starts, for the fields a DOC block has (found in one pass,
    once a block: a search per field name scanned the whole block for each field it lacks)."""
    opened: dict[str, int] = {}
    for match in _FIELD_OPEN.finditer(block):
        opened.setdefault(match.group(1).upper(), match.end())
    return opened


@functools.cache
def _closing(tag: str) -> re.Pattern:
    return re.compile(rf"</{tag}\s*>", re.I)


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


def _jsonl_record(reading: _Reading, uri: str, line: bytes) -> dict:
    """An article from one JSONL line (`text` required; `id`, `title`, `url`, `published_at`, `source`, `category`,
    `author`, `abstract` optional).

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
        meta = {key: _as_str(record.get(key)) for key in ("id", "url", "title", "published_at", "source", "category", "author", "abstract")}
    except ValueError as error:  # str() of a huge integer
        return _reject(uri, f"bad_field: {str(error)[:200]}")
    return _article(
        reading, uri, "jsonl", text, source_id=meta["id"], url=meta["url"], title=meta["title"], date=meta["published_at"],
        source_name=meta["source"], category=meta["category"], author=meta["author"], abstract=meta["abstract"],
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


def _article(reading: _Reading, uri: str, source_format: str, text: str, *, source_id: str | None = None, url: str | None = None,
             title: str | None = None, date: str | None = None, **meta: str | None) -> dict:
    """An articles row, or an `empty` reject when the text is blank.

    Without a readable `date`, a date in the source id or the file (or member) name is taken.
    """
    if not text.strip():
        return _reject(uri, "empty: no text")
    if _has_lone_surrogate(text, source_id, url, title, date, *meta.values()):
        return _reject(uri, "decode_error: lone surrogate (an escape such as \\ud800 decoded alone)")
    published_at, published_raw = parse_date(date, reading.month_first)
    if published_at is None:
        published_at = date_in_name(source_id, Path(reading.entry.name).name)
    return {
        "source_uri": uri,
        "source_format": source_format,
        "source_id": source_id,
        "url": url,
        "title": title,
        "published_at": published_at,
        "published_raw": published_raw,
        **{name: meta.get(name) for name in META},
        "raw_text": text,
    }
