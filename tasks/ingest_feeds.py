"""Feeds and sitemaps as sources: the new articles they link to, fetched and read as saved HTML pages are.

A feed source is an RSS 2.0, RSS 1.0 or Atom feed (read with feedparser), a news sitemap (`<urlset>`, with
or without `news:` tags) or a sitemap index, given as an http(s) URL or a local file, or a text file listing
such URLs (`ingest_sources.read_feed_list`). Each new item's page is fetched with httpx and read by
`ingest.read_page`, the HTML reader of saved pages; the feed's title, link, date, summary, name and
category stand in where the page has none.

Only what is new is fetched. A feed is requested with the `ETag` and `Last-Modified` of the version
last read (`FetchRecords.feed_validators`, the `feeds` table): a 304 costs that one request. A link
fetched before, as a link, after redirects or as a page's canonical URL (`FetchRecords.fetched_urls`,
the `pages` table), is not fetched again. A fetch that fails is a reject with its reason (`http: 404`,
`timeout`, `robots: disallowed`, `too_large: …`, `blocked: …`) and leaves no record, so the link is
tried again the next time a feed lists it.

Politeness and safety: a User-Agent naming akhbar; `robots.txt` honoured for article pages (RFC 9309:
a 4xx robots.txt allows all, an unreachable one disallows all; its `Crawl-delay` is kept); at most
`per_host` requests to a host at once, their starts `delay` seconds apart; timeouts, and retries with
backoff on timeouts, failed connections, 429 and 5xx; redirects followed by hand, each hop checked;
only http and https; bodies cut off while streaming once past their limit; no request to a loopback,
private or link-local address unless allowed; a `user:password@` in a URL is sent as basic auth,
never to another host, and written `***` wherever a URL is logged or stored.
"""

from __future__ import annotations

import html
import io
import ipaddress
import re
import socket
import threading
import time
import urllib.robotparser
import xml.etree.ElementTree as ElementTree
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit, urlunsplit

import httpx

from akhbar.tasks import run_logger
from akhbar.tasks.ingest import Options, read_page
from akhbar.tasks.ingest_sources import file_uri, is_feed_list, is_web_url, os_reason, read_feed_list, redact, reject, web_url_problem
from akhbar.tasks.ports import FetchRecords

MAX_FEED_BYTES = 50_000_000  # the sitemap protocol's limit for one file, uncompressed; feeds are far smaller
MAX_ROBOTS_BYTES = 500_000  # RFC 9309: a crawler reads at least 500 KiB of a robots.txt
MAX_REDIRECTS = 5
MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more between requests gets this much
MAX_BACKOFF = 30.0  # seconds before a retry, at most (a server's Retry-After included)
MAX_WORKERS = 16  # fetching threads of a run, at most
WHOLE_RESPONSE = 10  # a response may take this many times the timeout in all (the timeout holds between bytes)
ROBOTS_AGENT = "akhbar"  # the name robots.txt rules address (`User-agent: akhbar`)
_RETRIED = frozenset({429, 500, 502, 503, 504})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
# Entity declarations and external DTDs (billion laughs, XXE): a feed declaring them is refused, as TREC files are.
_UNSAFE_DTD = re.compile(rb"<!ENTITY\b|<!DOCTYPE[^>\[]*\b(?:SYSTEM|PUBLIC)\b", re.I)
_ROOT = re.compile(rb"<(?![?!])")  # where the root element starts: a DTD can only come before it
_SITEMAP = re.compile(rb"^(?:\xef\xbb\xbf)?(?:\s|<\?[^>]*\?>|<!--.*?-->)*<(?:[\w.-]+:)?(?:urlset|sitemapindex)\b", re.S)
_TAGS = re.compile(r"<[^>]*>")


def default_user_agent() -> str:
    """`akhbar/0.1.0 (batch ETL for Arabic news; honours robots.txt)`: who is asking, for a site's logs."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("akhbar")
    except PackageNotFoundError:
        installed = "dev"
    return f"akhbar/{installed} (batch ETL for Arabic news; honours robots.txt)"


@dataclass(frozen=True)
class FetchOptions:
    """How feeds and pages are fetched (RunConfig's `fetch_*`, `allow_private_hosts` and `user_agent`)."""

    timeout: float = 30.0  # seconds to connect, and between bytes
    retries: int = 2  # further tries after a timeout, a failed connection, 429 or 5xx
    delay: float = 1.0  # seconds between the starts of two requests to one host
    per_host: int = 2  # requests to one host at once
    allow_private_hosts: bool = False
    user_agent: str = field(default_factory=default_user_agent)


class FetchError(Exception):
    """A fetch that failed for good (this run): `reason` is the reject's (`http: 404`, `timeout`, `robots: disallowed`)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _Retry(FetchError):
    """A failure worth another try (a timeout, a failed connection, 429, 5xx), after `after` seconds if the server said."""

    def __init__(self, reason: str, after: float | None = None) -> None:
        super().__init__(reason)
        self.after = after


@dataclass(frozen=True)
class Response:
    """What a GET gave: the URL it ended at (after redirects; no credentials), its status, headers and body."""

    url: str
    status: int
    headers: httpx.Headers
    body: bytes = b""


@dataclass
class _Gate:
    slots: threading.Semaphore
    delay: float
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_start: float = 0.0


class _Hosts:
    """Per host: at most `per_host` requests at once, their starts `delay` seconds apart (longer if robots.txt asks)."""

    def __init__(self, per_host: int, delay: float) -> None:
        self._per_host, self._delay = per_host, delay
        self._gates: dict[str, _Gate] = {}
        self._lock = threading.Lock()

    def _gate(self, host: str) -> _Gate:
        with self._lock:
            return self._gates.setdefault(host, _Gate(threading.Semaphore(self._per_host), self._delay))

    def slow_down(self, host: str, delay: float) -> None:
        gate = self._gate(host)
        with gate.lock:
            gate.delay = max(gate.delay, delay)

    @contextmanager
    def turn(self, host: str) -> Iterator[None]:
        gate = self._gate(host)
        with gate.slots:
            with gate.lock:
                now = time.monotonic()
                start = max(now, gate.next_start)
                gate.next_start = start + gate.delay
            if start > now:
                time.sleep(start - now)
            yield


class Fetcher:
    """GET over one httpx client, politely and safely (see the module's docstring). Thread-safe; `close()` when done."""

    def __init__(self, options: FetchOptions) -> None:
        self.options = options
        self.hosts = _Hosts(options.per_host, options.delay)
        # Redirects by hand (`_follow`): httpx's would skip the checks each hop needs (scheme, address, robots.txt).
        self._client = httpx.Client(headers={"User-Agent": options.user_agent}, timeout=options.timeout, follow_redirects=False)

    def close(self) -> None:
        self._client.close()

    def get(self, url: str, limit: int, limit_name: str, headers: dict[str, str] | None = None,
            check: Callable[[str], None] | None = None) -> Response:
        """GET `url` (redirects followed, each hop passed to `check`), its body at most `limit` bytes; raises FetchError.

        Retries are written here rather than taken from a library: what is retried and how long to wait depend on the
        response (a 503's `Retry-After`), which httpx's transport retries (connections only) do not see.
        """
        attempt = 0
        while True:
            try:
                return self._follow(url, limit, limit_name, headers or {}, check)
            except _Retry as error:
                if attempt >= self.options.retries:
                    raise FetchError(error.reason) from None
                time.sleep(min(MAX_BACKOFF, error.after if error.after is not None else 0.5 * 2**attempt))
                attempt += 1

    def _follow(self, url: str, limit: int, limit_name: str, headers: dict[str, str], check: Callable[[str], None] | None) -> Response:
        for _ in range(MAX_REDIRECTS + 1):
            plain, auth = _credentials(url)
            self._check_address(plain)
            if check is not None:
                check(plain)
            response = self._once(plain, auth, headers, limit, limit_name)
            location = response.headers.get("location")
            if response.status not in _REDIRECTS or not location:
                return response
            url = urljoin(url, location.strip())  # a relative Location keeps the origin, and its credentials; another host gets none
        raise FetchError(f"http: more than {MAX_REDIRECTS} redirects")

    def _once(self, url: str, auth: httpx.BasicAuth | None, headers: dict[str, str], limit: int, limit_name: str) -> Response:
        deadline = time.monotonic() + WHOLE_RESPONSE * self.options.timeout
        try:
            with self.hosts.turn(urlsplit(url).netloc.lower()), self._client.stream("GET", url, headers=headers, auth=auth) as answer:
                status = answer.status_code
                if status in _REDIRECTS or status == 304:
                    return Response(url, status, answer.headers)
                if status in _RETRIED:
                    raise _Retry(f"http: {status}", _retry_after(answer.headers.get("retry-after")))
                if not 200 <= status < 300:
                    raise FetchError(f"http: {status}")
                return Response(url, status, answer.headers, _body(answer, limit, limit_name, deadline))
        except httpx.TimeoutException:
            raise _Retry("timeout") from None
        except httpx.TransportError as error:  # refused, reset, TLS: the message names no URL
            raise _Retry(f"unreachable: {type(error).__name__}: {str(error)[:200]}") from None
        except httpx.RequestError as error:  # a body that does not decompress
            raise FetchError(f"unreadable: {type(error).__name__}: {str(error)[:200]}") from None
        except httpx.InvalidURL as error:
            raise FetchError(f"blocked: invalid URL ({error})") from None

    def _check_address(self, url: str) -> None:
        """Only http and https; unless private hosts are allowed, every address the host resolves to must be public.

        The host is resolved again when connecting: a DNS server that answers differently the second time could still
        lead there (DNS rebinding); pinning the address would need a transport of our own.
        """
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            raise FetchError(f"blocked: {parts.scheme or 'no'} scheme (only http and https are fetched)")
        if not parts.hostname:
            raise FetchError("blocked: no host in the URL")
        if self.options.allow_private_hosts:
            return
        try:
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
            found = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
        except ValueError as error:  # a port out of range
            raise FetchError(f"blocked: {error}") from None
        except OSError as error:
            raise _Retry(f"unreachable: {error.strerror or error}") from None
        for *_, address in found:
            ip = ipaddress.ip_address(str(address[0]).split("%")[0])
            if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
                ip = ip.ipv4_mapped
            if not ip.is_global:
                named = parts.hostname if parts.hostname == str(ip) else f"{parts.hostname} ({ip})"
                raise FetchError(f"blocked: {named} is a loopback, private or link-local address "
                                 "(--allow-private-hosts fetches from such hosts)")


def _credentials(url: str) -> tuple[str, httpx.BasicAuth | None]:
    """The URL without its `user:password@`, and that as basic auth: httpx then never sees, nor logs, them in a URL."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url, None
    userinfo, _, host = parts.netloc.rpartition("@")
    user, _, password = userinfo.partition(":")
    return urlunsplit(parts._replace(netloc=host)), httpx.BasicAuth(unquote(user), unquote(password))


def _body(answer: httpx.Response, limit: int, limit_name: str, deadline: float) -> bytes:
    """The body, decompressed, read as it streams in: past `limit` bytes (or the whole response's time) it is cut off."""
    length = answer.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit and not answer.headers.get("content-encoding"):
        raise FetchError(f"too_large: {int(length):,} bytes > {limit:,} ({limit_name})")
    body = bytearray()
    for chunk in answer.iter_bytes():
        body += chunk
        if len(body) > limit:
            raise FetchError(f"too_large: more than {limit:,} bytes ({limit_name}); cut off while downloading")
        if time.monotonic() > deadline:
            raise _Retry("timeout")
    return bytes(body)


def _retry_after(value: str | None) -> float | None:
    """A `Retry-After` of seconds (its HTTP-date form is ignored: the usual backoff applies)."""
    return float(value) if value and value.strip().isdigit() else None


class _Robots:
    """robots.txt of each origin, fetched once a run (RFC 9309): `check(url)` raises `robots: disallowed`."""

    def __init__(self, fetcher: Fetcher) -> None:
        self._fetcher = fetcher
        self._parsers: dict[str, urllib.robotparser.RobotFileParser | str] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def check(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme.lower()}://{parts.netloc.lower()}"
        with self._lock:
            lock = self._locks.setdefault(origin, threading.Lock())
        with lock:  # one fetch of an origin's robots.txt, whatever the threads asking
            if origin not in self._parsers:
                self._parsers[origin] = self._read(origin, parts.netloc.lower())
        parser = self._parsers[origin]
        if isinstance(parser, str):
            raise FetchError(parser)
        if not parser.can_fetch(ROBOTS_AGENT, url):
            raise FetchError("robots: disallowed")

    def _read(self, origin: str, host: str) -> urllib.robotparser.RobotFileParser | str:
        """The origin's rules; a 4xx (but 429) allows everything; else a failure is a reason that disallows everything."""
        parser = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        try:
            response = self._fetcher.get(f"{origin}/robots.txt", MAX_ROBOTS_BYTES, "robots.txt limit")
        except FetchError as error:
            if error.reason.startswith("http: 4") and error.reason != "http: 429":
                parser.allow_all = True
                return parser
            return f"robots: unavailable ({error.reason})"
        parser.parse(response.body.decode("utf-8", errors="replace").splitlines())
        delay = parser.crawl_delay(ROBOTS_AGENT)
        if delay:
            self._fetcher.hosts.slow_down(host, min(float(delay), MAX_CRAWL_DELAY))
        return parser


@dataclass(frozen=True)
class Item:
    """One entry of a feed or sitemap: its link, and what the feed says of it."""

    link: str | None
    entry_id: str | None = None
    title: str | None = None
    date: str | None = None
    summary: str | None = None
    source_name: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class Parsed:
    """A feed's or sitemap's entries; a sitemap index's sitemaps."""

    kind: str
    items: list[Item]
    sitemaps: list[str] = field(default_factory=list)


def parse_feed(data: bytes, base: str) -> Parsed:
    """The entries of an RSS/Atom feed, a sitemap or a sitemap index (gzipped or not); raises FetchError naming what is wrong.

    Links are made absolute against `base` and lose their `#fragment`.
    """
    if data[:2] == b"\x1f\x8b":  # sitemap.xml.gz, served as a file rather than with Content-Encoding
        data = _gunzip(data)
    root = _ROOT.search(data)
    if _UNSAFE_DTD.search(data, 0, root.start() if root else len(data)):
        raise FetchError("xml_unsafe: DTD declares entities or an external document; refused, nothing expanded")
    if _SITEMAP.match(data):
        return _sitemap(data, base)
    import feedparser  # only when there is a feed to read

    parsed = feedparser.parse(io.BytesIO(data), response_headers={"content-location": base, "content-type": "application/xml"})
    if not parsed.get("version"):
        problem = parsed.get("bozo_exception")
        raise FetchError(f"feed_parse: not an RSS, Atom or sitemap document{f' ({problem})' if problem else ''}"[:300])
    name = _clean(parsed.feed.get("title"))
    items = []
    for entry in parsed.entries:
        link = entry.get("link")
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        tags = entry.get("tags") or []
        items.append(Item(
            _absolute(base, link), _clean(entry.get("id")), _clean(entry.get("title")),
            datetime(*stamp[:6], tzinfo=UTC).isoformat() if stamp else None,
            _clean(entry.get("summary")), name, _clean(tags[0].get("term")) if tags else None,
        ))
    return Parsed(parsed.version, items)


def _sitemap(data: bytes, base: str) -> Parsed:
    """A sitemap's `<url>` entries (with `news:` title, date, publication name and first keyword) or an index's sitemaps.

    Read with ElementTree, not feedparser (which reads no sitemaps) nor trafilatura's sitemap module (which fetches by
    itself, outside these limits and checks): the format is a flat list of `<loc>`s.
    """
    try:
        root = ElementTree.fromstring(data)
    except ElementTree.ParseError as error:
        raise FetchError(f"feed_parse: {error}") from None
    if root.tag.rpartition("}")[2] == "sitemapindex":
        locations = (_absolute(base, sitemap.findtext("{*}loc")) for sitemap in root.iterfind("{*}sitemap"))
        return Parsed("sitemap_index", [], list(dict.fromkeys(loc for loc in locations if loc)))
    items = []
    for url in root.iterfind("{*}url"):
        news = url.find("{*}news")
        field_of = (lambda path: _clean(news.findtext(path))) if news is not None else (lambda path: None)
        keywords = field_of("{*}keywords")
        items.append(Item(_absolute(base, url.findtext("{*}loc")), None, field_of("{*}title"), field_of("{*}publication_date"),
                          None, field_of("{*}publication/{*}name"), keywords.split(",")[0].strip() if keywords else None))
    return Parsed("sitemap", items)


def _gunzip(data: bytes) -> bytes:
    """A gzipped feed, decompressed to at most MAX_FEED_BYTES."""
    unzip = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        plain = unzip.decompress(data, MAX_FEED_BYTES + 1)
    except zlib.error as error:
        raise FetchError(f"archive_error: {error}") from None
    if len(plain) > MAX_FEED_BYTES:
        raise FetchError(f"too_large: more than {MAX_FEED_BYTES:,} bytes decompressed (feed limit)")
    return plain


def _absolute(base: str, link: str | None) -> str | None:
    link = (link or "").strip()
    return urldefrag(urljoin(base, link)).url if link else None


def _clean(value: object) -> str | None:
    """A feed's text field as plain text: tags dropped, entities unescaped, spaces collapsed; None when blank."""
    if not isinstance(value, str):
        return None
    return re.sub(r"\s+", " ", html.unescape(_TAGS.sub(" ", value))).strip() or None


class FeedReader:
    """The new articles of feeds and sitemaps, as ingest's rows: articles and rejects, and the records to publish with them,
    `{"page": row}` for each page fetched and `{"feed": row}` for each new version of a feed, once all it listed is done.

    `feeds` are URLs, local feed files and lists of feeds (`ingest_sources.split_feeds`); `records` is what earlier runs
    fetched (the warehouse). Feeds are read one after the other; each feed's new pages are fetched concurrently and
    handed out in the feed's order.
    """

    def __init__(self, feeds: Sequence[str], options: Options, fetch: FetchOptions, records: FetchRecords) -> None:
        self.feeds, self.options, self.fetch, self.records = list(feeds), options, fetch, records
        self.read = self.unchanged = self.fetched = self.failed = 0
        self._requested: set[str] = set()  # links asked for (or reached) in this run

    def rows(self) -> Iterator[dict]:
        fetcher = Fetcher(self.fetch)
        robots = _Robots(fetcher)
        validators = self.records.feed_validators()
        try:
            for source in self.feeds:
                if is_web_url(source):
                    if problem := web_url_problem(source):  # a deployment's parameters: no CLI checked them
                        yield reject(redact(source), f"bad_feed_url: {problem}")
                    else:
                        yield from self._remote(fetcher, robots, source, validators)
                    continue
                try:
                    listed = is_feed_list(source)
                    urls, errors = read_feed_list(source) if listed else ([], [])
                except OSError as error:
                    yield reject(file_uri(Path(source)), os_reason(error))
                    continue
                if not listed:
                    yield from self._local(fetcher, robots, source, validators)
                    continue
                for line, problem in errors:
                    yield reject(f"{file_uri(Path(source))}#L{line}", f"bad_feed_url: {problem}")
                for url in urls:
                    yield from self._remote(fetcher, robots, url, validators)
        finally:
            fetcher.close()
        run_logger().info("feeds: %d read, %d unchanged since last read; pages: %d fetched, %d failed (rejects)",
                          self.read, self.unchanged, self.fetched, self.failed)

    def _remote(self, fetcher: Fetcher, robots: _Robots, url: str, validators: dict, parent: str | None = None) -> Iterator[dict]:
        """A feed or sitemap at a URL, requested with its last version's validators; a sitemap index's sitemaps after it
        (those it named last time when it is unchanged: an index rarely changes when its sitemaps do)."""
        uri = redact(url)
        etag, modified, _ = validators.get(uri, (None, None, None))
        conditional = {name: value for name, value in (("If-None-Match", etag), ("If-Modified-Since", modified)) if value}
        try:
            response = fetcher.get(url, MAX_FEED_BYTES, "feed limit", headers=conditional)
            parsed = None if response.status == 304 else parse_feed(response.body, response.url)
        except FetchError as error:
            run_logger().warning("feed %s: %s; it is tried again next run", uri, error.reason)
            yield reject(uri, error.reason)
            if parent is not None:  # kept among its index's sitemaps, with no validators: asked for again, unconditionally
                yield {"feed": {"feed_uri": uri, "kind": "sitemap", "status": None, "etag": None, "last_modified": None,
                                "parent_uri": parent, "items": 0, "new_items": 0}}
            return
        if parsed is None:
            self.unchanged += 1
            run_logger().info("feed %s: unchanged since last read (304)", uri)
            if parent is None:
                yield from self._known_sitemaps(fetcher, robots, uri, validators)
            return
        self.read += 1
        new = yield from self._feed_items(fetcher, robots, uri, parsed)
        yield from self._sitemaps(fetcher, robots, uri, parsed, validators, nested=parent is not None)
        yield {"feed": {"feed_uri": uri, "kind": parsed.kind, "status": response.status, "etag": response.headers.get("etag"),
                        "last_modified": response.headers.get("last-modified"), "parent_uri": parent,
                        "items": len(parsed.items) + len(parsed.sitemaps), "new_items": new}}

    def _sitemaps(self, fetcher: Fetcher, robots: _Robots, uri: str, parsed: Parsed, validators: dict, nested: bool) -> Iterator[dict]:
        """The sitemaps a sitemap index names, each read as a feed of its own; an index named by an index is not followed."""
        for sitemap in parsed.sitemaps:
            if nested:
                yield reject(redact(sitemap), "feed_parse: a sitemap index inside a sitemap index is not read")
            else:
                yield from self._remote(fetcher, robots, sitemap, validators, uri)

    def _known_sitemaps(self, fetcher: Fetcher, robots: _Robots, uri: str, validators: dict) -> Iterator[dict]:
        """The sitemaps an unchanged sitemap index named when last read, each asked for again (conditionally)."""
        for sitemap in [known for known, (*_, named_by) in validators.items() if named_by == uri and known != uri]:
            yield from self._remote(fetcher, robots, sitemap, validators, uri)

    def _local(self, fetcher: Fetcher, robots: _Robots, path: str, validators: dict) -> Iterator[dict]:
        """A feed or sitemap in a local file: read again only when its modification time changed."""
        uri = file_uri(Path(path))
        try:
            with Path(path).open("rb") as handle:
                modified = datetime.fromtimestamp(Path(path).stat().st_mtime_ns / 1e9, UTC).isoformat()
                data = handle.read(MAX_FEED_BYTES + 1)
        except OSError as error:
            yield reject(uri, os_reason(error))
            return
        if validators.get(uri, (None, None, None))[1] == modified:
            self.unchanged += 1
            run_logger().info("feed %s: unchanged since last read", uri)
            yield from self._known_sitemaps(fetcher, robots, uri, validators)
            return
        try:
            if len(data) > MAX_FEED_BYTES:
                raise FetchError(f"too_large: more than {MAX_FEED_BYTES:,} bytes (feed limit)")
            parsed = parse_feed(data, uri)
        except FetchError as error:
            yield reject(uri, error.reason)
            return
        self.read += 1
        new = yield from self._feed_items(fetcher, robots, uri, parsed)
        yield from self._sitemaps(fetcher, robots, uri, parsed, validators, nested=False)
        yield {"feed": {"feed_uri": uri, "kind": parsed.kind, "status": None, "etag": None, "last_modified": modified,
                        "parent_uri": None, "items": len(parsed.items) + len(parsed.sitemaps), "new_items": new}}

    def _feed_items(self, fetcher: Fetcher, robots: _Robots, feed_uri: str, parsed: Parsed) -> Iterator[dict]:
        """The rows of a feed's items not fetched before; returns how many were requested."""
        links = [item.link for item in parsed.items if item.link]
        seen = self.records.fetched_urls(links)
        new = []
        for n, item in enumerate(parsed.items, start=1):
            if item.link is None:
                yield reject(f"{feed_uri}#{n}", "missing_field: link")
            elif item.link not in seen and item.link not in self._requested:
                self._requested.add(item.link)
                new.append(item)
        for item, outcome in self._fetch_all(fetcher, robots, new):
            if isinstance(outcome, FetchError):
                self.failed += 1
                yield reject(redact(item.link), outcome.reason)
                continue
            self.fetched += 1
            yield from self._page(feed_uri, item, outcome)
        run_logger().info("feed %s: %d items, %d new", feed_uri, len(parsed.items), len(new))
        return len(new)

    def _page(self, feed_uri: str, item: Item, response: Response) -> Iterator[dict]:
        """The article (or reject) a fetched page gives, the feed's metadata standing in, then its `pages` record."""
        content_type = response.headers.get("content-type")
        rows = read_page(redact(response.url), response.body, content_type, self.options, url=redact(item.link), date=item.date,
                         title=item.title, abstract=item.summary, source_name=item.source_name, category=item.category,
                         source_id=item.entry_id)
        yield from rows
        canonical = next((row["url"] for row in rows if "reason" not in row and row.get("url")), None)
        self._requested.update(url for url in (response.url, canonical) if url)
        yield {"page": {"url": redact(item.link), "final_url": redact(response.url), "canonical_url": canonical or redact(item.link),
                        "feed_uri": feed_uri, "status": response.status, "bytes": len(response.body), "content_type": content_type}}

    def _fetch_all(self, fetcher: Fetcher, robots: _Robots, items: list[Item]) -> Iterator[tuple[Item, Response | FetchError]]:
        """Each item's page or failure, in the items' order, fetched by threads (a few pages ahead at most, so memory
        holds a handful of pages)."""
        if not items:
            return
        hosts = {urlsplit(item.link).netloc for item in items}
        workers = max(1, min(MAX_WORKERS, self.fetch.per_host * len(hosts)))

        def fetch(item: Item) -> Response | FetchError:
            try:
                return fetcher.get(item.link, self.options.max_document_bytes, "max_document_bytes", check=robots.check)
            except FetchError as error:
                return error

        with ThreadPoolExecutor(workers, thread_name_prefix="akhbar-fetch") as pool:
            ahead: deque = deque()
            for item in items:
                ahead.append((item, pool.submit(fetch, item)))
                if len(ahead) >= 2 * workers:
                    done, future = ahead.popleft()
                    yield done, future.result()
            while ahead:
                done, future = ahead.popleft()
                yield done, future.result()
