"""Where ingest reads from: the files under the given paths, and the members of compressed and container files.

Every input becomes a stream of bytes with a URI and a name (`Entry`): a plain file; the content of a
`.gz`, `.bz2` or `.xz` file (the same URI: a compressed file is its content); or a member of a `.tar`
(also compressed: `.tar.gz`, `.tgz`, …) or `.zip`, whose URI is the archive's plus `!/` and the member's
path (`file:///data/ant.tar.gz!/BBC/sport/BB-sport-1-20180301.txt`, as Java's `jar:` URLs name members).
Compression and containers are recognised by their magic bytes, not by extension, and read as streams:
a `.tar.gz` is never unpacked to disk, and only zip files are opened by seeking. Archives inside
archives are read too, to `MAX_DEPTH` levels.

What a compressed source may decompress to is bounded (`budget`): past 100 times its size, plus
100 MB, it is stopped with a reject, as zip bombs are; each article's own size limit applies to what
is decompressed.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import re
import shutil
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import quote, unquote, urlsplit, urlunsplit

MEMBER = "!/"  # archive URI + MEMBER + member path
MAX_DEPTH = 4  # a .tar.gz inside a .zip is depth 3; 42.zip-style nesting stops here
BOMB_RATIO, BOMB_SLACK = 100, 100_000_000  # decompressed bytes allowed: ratio × file size + slack
HEAD = 4096  # bytes looked at to tell formats apart
_COMPRESSED = (
    (b"\x1f\x8b", lambda stream: gzip.GzipFile(fileobj=stream), (".gz", ".tgz")),  # several gzip members read as one
    (b"BZh", bz2.BZ2File, (".bz2", ".tbz2", ".tbz")),
    (b"\xfd7zXZ\x00", lzma.LZMAFile, (".xz", ".txz")),
)
# What a damaged compressed stream raises part-way: the entry is rejected, the source's other entries kept.
DAMAGED = (OSError, EOFError, lzma.LZMAError, zlib.error, tarfile.TarError, zipfile.BadZipFile)
_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
# Formats that are zip files holding one document, not archives of articles.
_ZIP_DOCUMENTS = frozenset({".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".epub", ".jar", ".apk", ".xpi", ".whl", ".kmz"})


@dataclass(frozen=True)
class Source:
    """A file named or found under a folder, or an object under a URL's prefix: the unit the warehouse's manifest records."""

    path: Path | str  # a local file, or the object's path in `fs`
    uri: str
    size: int
    mtime_ns: int
    fs: Any = None  # the fsspec filesystem of an object store's source (`s3://…`); None for a local file

    @property
    def name(self) -> str:
        return Path(self.path).name if self.fs is None else str(self.path).rstrip("/").rsplit("/", 1)[-1]

    def open(self) -> BinaryIO:
        """The source's bytes: a local file, or an object read by ranges (seekable, as zip files need)."""
        return Path(self.path).open("rb") if self.fs is None else self.fs.open(self.path, "rb")


@dataclass
class Entry:
    """One stream of bytes to read articles from: a file, a decompressed file, or an archive member."""

    uri: str
    name: str  # the file or member name: its extension decides when the content does not
    head: bytes  # its first bytes (up to HEAD), for telling formats apart
    stream: BinaryIO  # the whole content, `head` included
    size: int | None = None  # its size when known before reading (a file, a tar or zip member)


class Bomb(Exception):
    """A source decompressed to more than its budget."""


@dataclass
class _Budget:
    left: int


def discover(paths: Sequence[str | Path], storage_options: dict | None = None) -> tuple[list[Source], list[dict]]:
    """Expand `paths` into sources (directories recursively, sorted; each file once) and reject rows.

    `storage_options` go to fsspec for a source that is an object store's URL (the warehouse's, from AKHBAR_STORAGE_OPTIONS).
    """
    files: list[Path] = []
    rejects: list[dict] = []
    remote: list[Source] = []
    seen: set[Path] = set()  # resolved files and directories: each is read once and symlink loops end
    for given in paths:
        if is_object_url(str(given)):
            _discover_objects(str(given), storage_options or {}, remote, rejects)
            continue
        path = Path(given)
        if path.is_dir():
            _walk(path, files, rejects, seen)
        elif path.is_file():  # a file named explicitly is kept, even a dot-file
            _add_file(path, files, seen)
        else:
            rejects.append(reject(file_uri(path), _not_a_file(path)))
    sources = []
    for path in files:
        try:
            stat = path.stat()
        except OSError as error:
            rejects.append(reject(file_uri(path), os_reason(error)))
            continue
        sources.append(Source(path, file_uri(path), stat.st_size, stat.st_mtime_ns))
    return sources + remote, rejects


def is_object_url(path: str) -> bool:
    """Whether a source names object storage (`s3://bucket/prefix/`, any fsspec URL but `file://`) rather than a local path."""
    return bool(_URL.match(path)) and not path.startswith("file://")


def is_web_url(source: str) -> bool:
    """Whether a source is an `http://` or `https://` URL: a feed or sitemap to fetch (`ingest_feeds`), not files to list."""
    return source.lower().startswith(("http://", "https://"))


# A feed's or sitemap's root element, after any BOM, XML declaration, stylesheet instruction, comment or doctype.
_FEED_ROOT = re.compile(rb"^(?:\xef\xbb\xbf)?(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF|urlset|sitemapindex)\b",
                        re.S | re.I)
FEED_LIST_BYTES = 1_000_000  # a list of feeds larger than this is no list of feeds


def split_feeds(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """(files, feeds): the sources read as files and folders, and those that are feeds (a URL; a local file named on its
    own that holds a feed or sitemap, or lists feeds' URLs). A feed inside a folder is not looked for: folders hold articles."""
    files, feeds = [], []
    for path in paths:
        (feeds if is_web_url(path) or is_feed_file(path) else files).append(path)
    return files, feeds


def is_feed_file(path: str | Path) -> bool:
    """Whether a local file holds an RSS, Atom or RDF feed or a sitemap, or is a list of feeds (its first line that is
    neither blank nor a `#` comment is an http(s) URL)."""
    if is_object_url(str(path)) or not Path(path).is_file():
        return False
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(HEAD)
    except OSError:
        return False
    if _FEED_ROOT.match(head):
        return True
    first = next((line.strip() for line in head.removeprefix(b"\xef\xbb\xbf").splitlines() if line.strip()
                  and not line.strip().startswith(b"#")), b"")
    return first.lower().startswith((b"http://", b"https://"))


def is_feed_list(path: str | Path) -> bool:
    """A feed file that lists feeds rather than holding one."""
    with Path(path).open("rb") as handle:
        return not _FEED_ROOT.match(handle.read(HEAD))


def read_feed_list(path: str | Path) -> tuple[list[str], list[tuple[int, str]]]:
    """The URLs a list of feeds gives, one a line (blank lines and `#` comments, whole-line or after a space, skipped), in order
    and each once; and (line number, what is wrong) for each line that is not an http(s) URL. Raises OSError."""
    data = Path(path).read_bytes()[: FEED_LIST_BYTES + 1]
    if len(data) > FEED_LIST_BYTES:
        return [], [(0, f"larger than {FEED_LIST_BYTES:,} bytes: not a list of feeds")]
    urls, errors = [], []
    for number, line in enumerate(data.decode("utf-8", errors="replace").removeprefix("\ufeff").splitlines(), start=1):
        text = re.sub(r"(^|\s)#.*", "", line).strip()
        if not text:
            continue
        problem = web_url_problem(text)
        if problem:
            errors.append((number, f"{problem}: {redact(text)!r}"))
        elif text not in urls:
            urls.append(text)
    return urls, errors


def web_url_problem(text: str) -> str | None:
    """What keeps `text` from being a feed's URL (`not an http(s) URL`, `not a valid URL`), or None."""
    if not is_web_url(text) or " " in text:
        return "not an http(s) URL"
    try:
        parts = urlsplit(text)
        host, _ = parts.hostname, parts.port  # `.port` raises for a port that is no number
    except ValueError:  # `http://[::1` (an unclosed IPv6 bracket), `http://example.org:port/`
        return "not a valid URL"
    return None if host else "not an http(s) URL"


def redact(url: str) -> str:
    """A URL as it may be logged and stored: a `user:password@` in it becomes `***@` (`https://***@example.com/feed.xml`)."""
    try:
        parts = urlsplit(url)
    except ValueError:  # not a URL urllib can split: hide anything before an `@` all the same
        return re.sub(r"//[^/]*@", "//***@", url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc="***@" + parts.netloc.rpartition("@")[2]))


def _discover_objects(url: str, options: dict, sources: list[Source], rejects: list[dict]) -> None:
    """The objects under a URL's prefix (or the one object it names), sorted, as sources; dot-names skipped as on disk.

    The filesystem is fsspec's for the URL's scheme, with `options`; an object's `source_uri` is its URL.
    """
    import fsspec

    try:
        fs, root = fsspec.url_to_fs(url, **options)
        if fs.isdir(root):
            found = fs.find(root, detail=True)
        elif fs.isfile(root):
            found = {root: fs.info(root)}
        else:
            rejects.append(reject(url, "not_found: no object or prefix at this URL"))
            return
    except (OSError, ValueError) as error:  # no such bucket, no access, a scheme without its package (`s3fs`)
        rejects.append(reject(url, f"unreadable: {type(error).__name__}: {error}"))
        return
    for key, info in sorted(found.items()):
        if info.get("type") == "directory" or any(part.startswith(".") for part in key[len(root):].split("/")):
            continue
        sources.append(Source(key, fs.unstrip_protocol(key), int(info.get("size") or 0), _mtime_ns(info), fs))


def _mtime_ns(info: dict) -> int:
    """An object's modification time in ns (S3's `LastModified`, others' `mtime`/`created`); 0 when the store gives none."""
    value = info.get("LastModified") or info.get("mtime") or info.get("last_modified") or info.get("created")
    if isinstance(value, datetime):
        return int(value.timestamp() * 1e9)
    if isinstance(value, int | float):
        return int(value * 1e9)
    return 0


def entries(source: Source, opened: Callable[[BinaryIO], None] | None = None) -> Iterator[Entry | dict]:
    """The entries of a source, streamed, and rejects for members that cannot be read; raises `Bomb`.

    `opened` is given the file as it is opened: its position says how far the reading has come.
    """
    budget = _Budget(BOMB_RATIO * source.size + BOMB_SLACK)
    with source.open() as raw:
        if opened is not None:
            opened(raw)
        yield from _entries(raw, source.uri, source.name, 1, budget, seekable=True, size=source.size)


def reject(uri: str, reason: str) -> dict:
    """A rejects row for the ingest stage."""
    return {"source_uri": uri, "doc_id": None, "stage": "ingest", "reason": reason}


def os_reason(error: OSError) -> str:
    """`unreadable: PermissionError: Permission denied`."""
    return f"unreadable: {type(error).__name__}: {error.strerror or error}"


def file_uri(path: Path) -> str:
    """`file://` URI of the absolute, normalised path, symlinks kept as named."""
    return Path(os.path.abspath(path)).as_uri()


def readable_uri(uri: str) -> str:
    """A source URI as a person reads it: `file:///data/name%20with%20spaces.txt#L3` → `/data/name with spaces.txt#L3`
    (an archive's `!/member` and a `#` part kept; another scheme's URL keeps its scheme)."""
    return unquote(uri).removeprefix("file://")


def _entries(stream: BinaryIO, uri: str, name: str, depth: int, budget: _Budget, seekable: bool = False,
             size: int | None = None) -> Iterator[Entry | dict]:
    original = stream
    head, stream = _peek(stream)
    compressed = next(((opener, suffixes) for magic, opener, suffixes in _COMPRESSED if head.startswith(magic)), None)
    is_tar = len(head) >= 262 and head[257:262] == b"ustar" or _is_tar(name, head)
    if (compressed or is_tar or head.startswith(_ZIP)) and depth >= MAX_DEPTH:
        yield reject(uri, f"unsupported_format: archives nested deeper than {MAX_DEPTH} levels")
    elif compressed:
        opener, suffixes = compressed
        with opener(stream) as plain:
            yield from _entries(_Counted(plain, budget), uri, _inner_name(name, suffixes), depth + 1, budget)
    elif is_tar:
        yield from _tar(stream, uri, depth, budget)
    elif head.startswith(_ZIP) and Path(name).suffix.lower() in _ZIP_DOCUMENTS:  # a zip, but one document: not an archive of articles
        yield reject(uri, f"unsupported_format: {Path(name).suffix.lower()}")
    elif head.startswith(_ZIP):
        if seekable:  # a zip file on disk is read by seeking to its directory, not copied
            original.seek(0)
            stream = original
        yield from _zip(stream, uri, depth, budget, seekable)
    else:
        yield Entry(uri, name, head, stream, size)


def _tar(stream: BinaryIO, uri: str, depth: int, budget: _Budget) -> Iterator[Entry | dict]:
    """Members in the order they are stored, read once as the stream passes (`r|`: no seeking)."""
    try:
        with tarfile.open(fileobj=stream, mode="r|") as archive:
            for member in iter(archive.next, None):
                archive.members.clear()  # `tarfile` keeps every header it read, of no use to one pass: ANT's 31,526 held 16 MB
                member_uri = uri + MEMBER + quote(member.name)
                if member.isdir():
                    continue
                if not member.isfile():  # links, devices, FIFOs: nothing of their own to read
                    yield reject(member_uri, "unsupported_format: not a regular file in the archive")
                    continue
                if _hidden(member.name):
                    continue
                content = archive.extractfile(member)
                yield from _member(content, member_uri, member.name, depth, budget, member.size)
    except tarfile.TarError as error:
        yield reject(uri, f"archive_error: {error}")


def _zip(stream: BinaryIO, uri: str, depth: int, budget: _Budget, seekable: bool) -> Iterator[Entry | dict]:
    """Members in the order of the zip's directory; a zip met inside a stream is spooled to a temporary file first."""
    spool = None
    if not seekable:
        spool = tempfile.TemporaryFile()
        shutil.copyfileobj(stream, spool)
        spool.seek(0)
        stream = spool
    try:
        with zipfile.ZipFile(stream) as archive:
            for info in archive.infolist():
                member_uri = uri + MEMBER + quote(info.filename)
                if info.is_dir() or _hidden(info.filename):
                    continue
                if info.flag_bits & 0x1:
                    yield reject(member_uri, "unreadable: encrypted zip member")
                    continue
                try:
                    with archive.open(info) as content:
                        yield from _member(_Counted(content, budget), member_uri, info.filename, depth, budget, info.file_size)
                except (zipfile.BadZipFile, NotImplementedError, EOFError) as error:  # a bad CRC, an unknown method
                    yield reject(member_uri, f"archive_error: {error}")
    except zipfile.BadZipFile as error:
        yield reject(uri, f"archive_error: {error}")
    finally:
        if spool is not None:
            spool.close()


def _member(content: BinaryIO, uri: str, name: str, depth: int, budget: _Budget, size: int) -> Iterator[Entry | dict]:
    yield from _entries(content, uri, name, depth + 1, budget, size=size)


def _peek(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """The stream's first bytes, and a stream that still reads from its start (no seeking needed)."""
    head = b""
    while len(head) < HEAD and (chunk := stream.read(HEAD - len(head))):
        head += chunk
    return head, io.BufferedReader(_Replay(head, stream), buffer_size=1 << 16)


def _is_tar(name: str, head: bytes) -> bool:
    """An old (v7) tar has no `ustar` magic: trusted by its extension when its header checksum is right."""
    if not name.lower().endswith(".tar") or len(head) < 512:
        return False
    try:
        tarfile.TarInfo.frombuf(head[:512], "utf-8", "surrogateescape")
    except tarfile.HeaderError:
        return False
    return True


def _inner_name(name: str, suffixes: tuple[str, ...]) -> str:
    """`x.txt.gz` → `x.txt`, `x.tgz` → `x.tar`, anything else keeps its name."""
    lower = name.lower()
    for suffix in suffixes:
        if lower.endswith(suffix):
            return name[: -len(suffix)] + (".tar" if suffix.startswith(".t") else "")
    return name


def _hidden(member: str) -> bool:
    """macOS's `__MACOSX/` and `._x` resource forks, and dot-files, as folders skip them."""
    return any(part.startswith(".") or part == "__MACOSX" for part in member.split("/") if part not in ("", "."))


class _Replay(io.RawIOBase):
    """`head`, then the rest of `rest`: a stream whose first bytes were already read."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = memoryview(head), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _Counted(io.RawIOBase):
    """A decompressing stream that raises `Bomb` once its source has decompressed past its budget."""

    def __init__(self, stream: BinaryIO, budget: _Budget) -> None:
        self._stream, self._budget = stream, budget

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self._stream.read(len(buffer))
        self._budget.left -= len(data)
        if self._budget.left < 0:
            raise Bomb
        buffer[: len(data)] = data
        return len(data)


def _walk(directory: Path, files: list[Path], rejects: list[dict], seen: set[Path]) -> None:
    """Add the files under `directory`, skipping dot-names and directories already visited."""
    real = _real(directory)
    if real in seen:
        return
    seen.add(real)
    try:
        found = sorted(directory.iterdir())
    except OSError as error:
        rejects.append(reject(file_uri(directory), os_reason(error)))
        return
    for entry in found:
        if entry.name.startswith("."):  # .git, .DS_Store, editor swap files
            continue
        if entry.is_dir():
            _walk(entry, files, rejects, seen)
        elif entry.is_file():
            _add_file(entry, files, seen)
        else:  # dangling links, FIFOs, sockets: opening a FIFO would block forever
            rejects.append(reject(file_uri(entry), _not_a_file(entry)))


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


def _not_a_file(path: Path) -> str:
    """Reject reason for a path that is neither a regular file nor a directory."""
    if path.is_symlink():
        return "not_found: dangling or looping symbolic link"
    if path.exists():
        return "unreadable: not a regular file or directory"
    return "not_found: no such file or directory"
