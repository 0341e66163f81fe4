"""Feeds and sitemaps, the parts a run does not show: parsing, lists of feeds, what is refused before any request."""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path

import pytest
from commands import akhbar_here
from conftest import SEEDS
from feed_site import Route, article_page, atom, news_sitemap, rss, serving, sitemap_index

from akhbar.tasks.ingest import Options
from akhbar.tasks.ingest_feeds import FeedReader, FetchError, FetchOptions, parse_feed
from akhbar.tasks.ingest_sources import is_feed_file, read_feed_list, redact, split_feeds

BASE = "https://news.example/feeds/"


class Records:
    """The `FetchRecords` port with nothing fetched before (the warehouse's stands in for it in runs)."""

    def feed_validators(self) -> dict:
        return {}

    def fetched_urls(self, urls: Iterable[str]) -> set[str]:
        return set()


def test_rss_atom_and_news_sitemaps_give_their_items() -> None:
    feed = parse_feed(rss([("/a.html#top", "عنوان", "<p>ملخص &amp; تفاصيل</p>")], title="الخلاصة"), BASE)
    assert feed.kind == "rss20"
    (item,) = feed.items
    assert (item.link, item.title, item.summary, item.source_name, item.category) == (
        "https://news.example/a.html", "عنوان", "ملخص & تفاصيل", "الخلاصة", "سياسة")
    assert item.date == "2026-12-02T08:00:00+00:00"
    assert [i.link for i in parse_feed(atom(["b.html"]), BASE).items] == [BASE + "b.html"]
    sitemap = parse_feed(gzip.compress(news_sitemap([("https://news.example/c.html", "خبر")])), BASE)  # sitemap.xml.gz
    assert (sitemap.kind, sitemap.items[0].title, sitemap.items[0].source_name) == ("sitemap", "خبر", "صحيفة الاختبار")
    assert sitemap.items[0].date == "2026-12-02T06:00:00+03:00"
    index = parse_feed(sitemap_index(["news.xml", "news.xml", "more.xml"]), BASE)
    assert (index.kind, index.items, index.sitemaps) == ("sitemap_index", [], [BASE + "news.xml", BASE + "more.xml"])


@pytest.mark.parametrize("data, reason", [
    (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss version="2.0"><channel>&a;</channel></rss>', "xml_unsafe"),
    (b'<?xml version="1.0"?><!DOCTYPE urlset SYSTEM "file:///etc/passwd"><urlset/>', "xml_unsafe"),
    ("<html><body><p>صفحة وليست خلاصة</p></body></html>".encode(), "feed_parse"),
    (b"<urlset><url><loc>x</loc>", "feed_parse"),
])
def test_what_is_no_feed_is_refused_with_its_reason(data: bytes, reason: str) -> None:
    with pytest.raises(FetchError) as refused:
        parse_feed(data, BASE)
    assert refused.value.reason.startswith(reason + ":")


def test_a_list_of_feeds_is_told_from_an_article_and_its_bad_lines_named(tmp_path: Path) -> None:
    listed = tmp_path / "feeds.txt"
    listed.write_text("# morning\n\nhttps://a.example/rss  # agency\nftp://b.example/feed\nhttps://a.example/rss\n"
                      "https://user:pw@c.example/f\n", encoding="utf-8")
    assert read_feed_list(listed) == (["https://a.example/rss", "https://user:pw@c.example/f"],
                                      [(4, "not an http(s) URL: 'ftp://b.example/feed'")])
    article = next(SEEDS.glob("*.txt"))
    assert is_feed_file(listed) and not is_feed_file(article) and not is_feed_file(SEEDS)
    assert split_feeds([str(SEEDS), str(listed), "https://x.example/rss", str(article)]) == (
        [str(SEEDS), str(article)], [str(listed), "https://x.example/rss"])
    assert redact("https://user:pw@c.example/f?q=1") == "https://***@c.example/f?q=1"

    result = akhbar_here("run", "--source", str(listed), "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert f"--source {listed}: line 4: not an http(s) URL: 'ftp://b.example/feed'" in result.stderr
    result = akhbar_here("backfill", "--source", "https://x.example/rss", "--start", "2026-12-01", "--end", "2026-12-02")
    assert result.returncode == 2 and "a backfill reads files and folders" in result.stderr


def read(feeds: list[str], **fetch) -> list[dict]:
    reader = FeedReader(feeds, Options(), FetchOptions(**{"timeout": 5, "retries": 0, "delay": 0} | fetch), Records())
    return list(reader.rows())


def test_no_request_to_a_private_address_without_the_flag_nor_to_another_scheme() -> None:
    with serving() as site:
        site.routes["/news/1.html"] = Route(article_page(0, title="خبر"))
        site.routes["/rss.xml"] = Route(rss([(site.url("/news/1.html"), "خبر", ""), ("ftp://127.0.0.1/news.html", "خبر", ""),
                                             ("file:///etc/passwd", "خبر", "")]))
        refused = read([site.url("/rss.xml"), "http://10.1.2.3/rss.xml", "http://[::1]:9/rss.xml"])
        assert site.requests == []  # nothing left this process: the addresses were checked first
        assert [row["reason"] for row in refused] == [
            "blocked: 127.0.0.1 is a loopback, private or link-local address (--allow-private-hosts fetches from such hosts)",
            "blocked: 10.1.2.3 is a loopback, private or link-local address (--allow-private-hosts fetches from such hosts)",
            "blocked: ::1 is a loopback, private or link-local address (--allow-private-hosts fetches from such hosts)",
        ]
        rows = read([site.url("/rss.xml")], allow_private_hosts=True)
    assert sorted(row["reason"] for row in rows if "reason" in row) == [
        "blocked: file scheme (only http and https are fetched)", "blocked: ftp scheme (only http and https are fetched)"]
    assert [row["title"] for row in rows if "raw_text" in row] == ["خبر"]
    assert [request.path for request in site.requests] == ["/rss.xml", "/robots.txt", "/news/1.html"]


@pytest.mark.parametrize("per_host", [1, 3])
def test_at_most_so_many_requests_to_one_host_at_once(per_host: int) -> None:
    with serving() as site:
        links = [site.url(f"/news/{n}.html") for n in range(6)]
        for n, link in enumerate(links):
            site.routes[f"/news/{n}.html"] = Route(article_page(n, title=f"خبر {n}"), together=per_host)
        site.routes["/rss.xml"] = Route(rss([(link, "خبر", "") for link in links]))
        rows = read([site.url("/rss.xml")], allow_private_hosts=True, per_host=per_host)
    assert len([row for row in rows if "raw_text" in row]) == 6
    assert site.most_in_flight == per_host  # each page held until `per_host` are asked for at once: never more


def test_in_a_run_a_bad_line_of_a_list_is_a_reject_and_the_others_are_read(tmp_path: Path) -> None:
    listed = tmp_path / "feeds.txt"
    listed.write_text("http://127.0.0.1:9/rss.xml\nnot a url\n", encoding="utf-8")
    rows = read([str(listed)])  # a deployment's run: no CLI checked the list first
    assert [(row["source_uri"], row["reason"].split(":")[0]) for row in rows] == [
        (listed.as_uri() + "#L2", "bad_feed_url"), ("http://127.0.0.1:9/rss.xml", "blocked")]


class Remembered(Records):
    """The port kept in memory from earlier readers' rows, as the warehouse keeps them in `feeds` and `pages`."""

    def __init__(self) -> None:
        self.feeds: dict[str, tuple] = {}
        self.pages: set[str] = set()

    def feed_validators(self) -> dict:
        return dict(self.feeds)

    def fetched_urls(self, urls: Iterable[str]) -> set[str]:
        return set(urls) & self.pages

    def read(self, feeds: list[str]) -> list[dict]:
        reader = FeedReader(feeds, Options(), FetchOptions(timeout=5, retries=0, delay=0, allow_private_hosts=True), self)
        rows = list(reader.rows())
        for row in rows:
            if "feed" in row:
                feed = row["feed"]
                self.feeds[feed["feed_uri"]] = (feed["etag"], feed["last_modified"], feed["parent_uri"])
            if "page" in row:
                self.pages |= {row["page"]["url"], row["page"]["final_url"], row["page"]["canonical_url"]}
        return rows


def test_a_sitemap_that_failed_is_asked_for_again_while_its_index_is_unchanged() -> None:
    with serving() as site:
        index = sitemap_index([site.url("/sitemap-a.xml"), site.url("/sitemap-late.xml")])
        site.routes["/sitemaps.xml"] = Route(index, "application/xml", etag='"index-1"')
        site.routes["/sitemap-a.xml"] = Route(news_sitemap([(site.url("/news/1.html"), "خبر")]), "application/xml", etag='"a-1"')
        site.routes["/news/1.html"] = Route(article_page(0, title="خبر"))
        records = Remembered()
        first = records.read([site.url("/sitemaps.xml")])
        assert [(row["source_uri"], row["reason"]) for row in first if "reason" in row] == [(site.url("/sitemap-late.xml"), "http: 404")]
        site.routes["/sitemap-late.xml"] = Route(news_sitemap([(site.url("/news/2.html"), "خبر متأخر")]), "application/xml")
        site.routes["/news/2.html"] = Route(article_page(1, title="خبر متأخر"))
        before = len(site.requests)
        second = records.read([site.url("/sitemaps.xml")])
        asked = [(request.path, request.conditional) for request in site.requests[before:]]
    # the index is unchanged (304), its sitemap that was read is asked conditionally, the one that failed unconditionally
    assert asked == [("/sitemaps.xml", True), ("/sitemap-a.xml", True), ("/sitemap-late.xml", False), ("/robots.txt", False),
                     ("/news/2.html", False)]
    assert [row["title"] for row in second if "raw_text" in row] == ["خبر متأخر"]


@pytest.mark.parametrize("url", ["http://[::1", "http://example.org:port/rss.xml", "http:///rss.xml"])
def test_a_url_that_is_none_is_a_reject_not_a_traceback(url: str) -> None:
    assert [row["reason"].split(":")[0] for row in read([url])] == ["bad_feed_url"]
    assert redact(url) == url  # no user:password to hide, and no exception either


def test_the_command_names_a_url_that_is_none_in_one_line() -> None:
    result = akhbar_here("run", "--source", "http://user:pw@[::1/rss.xml")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines()[-1].endswith("--source http://***@[::1/rss.xml: not a valid URL")
