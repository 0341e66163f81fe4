"""A news site on 127.0.0.1 for the feed tests: feeds, sitemaps, robots.txt and Arabic article pages the tests write, served
by the standard library's HTTP server in a thread; every request recorded with its headers."""

from __future__ import annotations

import base64
import html
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from articles import project_texts

PUBLISHED = "Wed, 02 Dec 2026 08:00:00 GMT"  # the feeds' date of every item


@dataclass
class Route:
    """What the site answers at a path."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None  # a matching If-None-Match gets 304
    last_modified: str | None = None  # a matching If-Modified-Since gets 304
    location: str | None = None  # a redirect (status 301)
    slow: bool = False  # answers only once the site is closed: past any timeout
    endless: bool = False  # streams without Content-Length for as long as the client reads
    fail_first: int = 0  # answers 503 this many times first
    auth: tuple[str, str] | None = None  # basic auth required
    together: int = 0  # held until this many requests are held (a second at most), then 0.2 s: requests that may overlap, do


@dataclass(frozen=True)
class Request:
    path: str
    headers: dict[str, str]

    @property
    def conditional(self) -> bool:
        return "if-none-match" in self.headers or "if-modified-since" in self.headers


@dataclass
class Site:
    """Routes by path; `requests` in the order they came."""

    port: int = 0
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    closing: threading.Event = field(default_factory=threading.Event)
    in_flight: int = 0  # requests being answered now
    most_in_flight: int = 0  # the most answered at once
    lock: threading.Condition = field(default_factory=threading.Condition)

    def url(self, path: str, userinfo: str = "") -> str:
        return f"http://{userinfo + '@' if userinfo else ''}127.0.0.1:{self.port}{path}"

    def paths(self) -> list[str]:
        return [request.path for request in self.requests]


class _Handler(BaseHTTPRequestHandler):
    site: Site

    def log_message(self, *args) -> None:  # no line per request on stderr
        pass

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        site = self.site
        route = site.routes.get(self.path)
        with site.lock:  # counted while held, and no longer once answering: a client's next request cannot overlap it
            site.in_flight += 1
            site.most_in_flight = max(site.most_in_flight, site.in_flight)
            site.lock.notify_all()
            if route is not None and route.together:
                site.lock.wait_for(lambda: site.in_flight >= route.together, timeout=1)  # the last few wait a second
                site.lock.wait(0.2)  # then a moment more, for a request over the limit to show up
            site.in_flight -= 1
        self._answer(site)

    def _answer(self, site: Site) -> None:
        site.requests.append(Request(self.path, {name.lower(): value for name, value in self.headers.items()}))
        route = site.routes.get(self.path)
        if route is None:
            return self._send(404, b"not found", "text/plain")
        if route.auth and self.headers.get("Authorization") != "Basic " + base64.b64encode(":".join(route.auth).encode()).decode():
            return self._send(401, b"who are you?", "text/plain")
        if route.fail_first:
            route.fail_first -= 1
            return self._send(503, b"busy", "text/plain")
        if route.slow:
            site.closing.wait(30)
            return
        if route.location:
            self.send_response(301)
            self.send_header("Location", route.location)
            self.end_headers()
            return
        if (route.etag and self.headers.get("If-None-Match") == route.etag
                or route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified):
            self.send_response(304)
            self.end_headers()
            return
        if route.endless:
            self.send_response(200)
            self.send_header("Content-Type", route.content_type)
            self.end_headers()
            try:
                for _ in range(1000):
                    self.wfile.write(b"<p>" + "كلام كثير ".encode() * 1000 + b"</p>")
            except OSError:  # the client cut it off
                pass
            return
        extra = {"ETag": route.etag, "Last-Modified": route.last_modified}
        self._send(route.status, route.body, route.content_type, {k: v for k, v in extra.items() if v})

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def serving() -> Iterator[Site]:
    """A site on a free port of 127.0.0.1 for the block; its slow answers are let go when it ends."""
    site = Site()
    handler = type("Handler", (_Handler,), {"site": site})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    site.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        site.closing.set()
        server.shutdown()
        server.server_close()


def article_page(n: int, *, title: str | None = None, canonical: str | None = None, dated: bool = True) -> bytes:
    """An Arabic news page as sites write them (navigation, the article, a footer), its text from the project's own
    articles (the `n`th, its first paragraphs), different for each `n`."""
    texts = project_texts()
    start = 4 * (n // len(texts))  # past the last text, the first again, its next paragraphs
    paragraphs = [line for line in texts[n % len(texts)].split("\n") if line.strip()][start:start + 4]
    head = [f"<title>{html.escape(title)}</title>"] if title else []
    if canonical:
        head.append(f'<link rel="canonical" href="{html.escape(canonical)}">')
    if dated:
        head.append('<meta property="article:published_time" content="2026-12-01T09:30:00+00:00">')
    body = "".join(f"<p>{html.escape(paragraph)}</p>\n" for paragraph in paragraphs)
    heading = f"<h1>{html.escape(title)}</h1>" if title else ""
    return (
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl"><head><meta charset="utf-8">' + "".join(head) + "</head><body>"
        "<nav><a href='/'>الرئيسية</a> | <a href='/politics'>سياسة</a> | <a href='/economy'>اقتصاد</a></nav>"
        f"<article>{heading}\n{body}</article><footer>جميع الحقوق محفوظة © 2026</footer></body></html>"
    ).encode("utf-8")


def rss(items: list[tuple[str, str, str]], title: str = "أخبار اليوم") -> bytes:
    """An RSS 2.0 feed of (link, title, summary) items, each dated PUBLISHED."""
    entries = "".join(
        f"<item><title>{html.escape(item_title)}</title><link>{html.escape(link)}</link><guid>{html.escape(link)}</guid>"
        f"<pubDate>{PUBLISHED}</pubDate><description>{html.escape(summary)}</description><category>سياسة</category></item>"
        for link, item_title, summary in items
    )
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{html.escape(title)}</title>'
            f"<link>http://example.org/</link><description>feed</description>{entries}</channel></rss>").encode("utf-8")


def atom(links: list[str]) -> bytes:
    """An Atom feed of links."""
    entries = "".join(f'<entry><title>خبر</title><link href="{html.escape(link)}"/><id>{html.escape(link)}</id>'
                      "<updated>2026-12-02T07:00:00Z</updated></entry>" for link in links)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>وكالة الأنباء</title>'
            f"<id>urn:akhbar:test</id><updated>2026-12-02T07:00:00Z</updated>{entries}</feed>").encode("utf-8")


def news_sitemap(items: list[tuple[str, str]]) -> bytes:
    """A news sitemap of (link, title) items."""
    urls = "".join(
        f"<url><loc>{html.escape(link)}</loc><news:news><news:publication><news:name>صحيفة الاختبار</news:name>"
        "<news:language>ar</news:language></news:publication><news:publication_date>2026-12-02T06:00:00+03:00"
        f"</news:publication_date><news:title>{html.escape(item_title)}</news:title></news:news></url>"
        for link, item_title in items
    )
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">{urls}</urlset>').encode("utf-8")


def sitemap_index(sitemaps: list[str]) -> bytes:
    entries = "".join(f"<sitemap><loc>{html.escape(link)}</loc></sitemap>" for link in sitemaps)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{entries}</sitemapindex>").encode("utf-8")
