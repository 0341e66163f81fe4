"""Feeds and sitemaps end to end: the real `akhbar run` (real flow, tiny real model, real DuckDB warehouse) over a list of
feeds, a local feed file and the article pages they link to, all served by a site on 127.0.0.1 (`feed_site.py`).

The site has what the web has: a redirect, a 404, a page slower than the timeout, a page over the size limit, a page
robots.txt disallows, a page that fails once (503) then answers, a feed behind basic auth, an Atom feed repeating a link,
a sitemap index. Three runs: the first reads everything; the second finds every feed unchanged (304) and makes no other
request; the third finds one feed changed, and fetches its new item and the items that failed before (one now answers).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest
from commands import akhbar_here, assert_clean_output
from feed_site import Route, Site, article_page, atom, news_sitemap, rss, serving, sitemap_index

pytestmark = pytest.mark.xdist_group("feeds")

SECRET = "s3cret-Pa55"  # the members' feed's password: never printed, logged or stored
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
# the items of the RSS feed: path, and what becomes of it
RSS_ITEMS = ("/news/1.html", "/old/2", "/news/missing.html", "/news/slow.html", "/news/big.html", "/private/secret.html",
             "/news/flaky.html")
REJECTED = {"/news/missing.html": "http: 404", "/news/slow.html": "timeout", "/news/big.html": "too_large",
            "/private/secret.html": "robots: disallowed"}
PUBLISHED_AT = dt.datetime(2026, 12, 2, 8, 0)  # feed_site.PUBLISHED, as stored
PAGE_DATE = dt.datetime(2026, 12, 1, 9, 30)  # article_page's own date
FETCH = ["--allow-private-hosts", "--fetch-timeout", "1", "--fetch-retries", "1", "--fetch-delay", "0", "--fetch-per-host", "4",
         "--max-document-bytes", "50000"]


def query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return con.execute(sql).fetchall()


def snapshot(warehouse: Path) -> dict:
    """What a test looks at after a run: the rows of the tables that count, and a few tables whole."""
    tables = ("documents", "sentences", "translations", "entities", "rejects", "pages", "feeds", "manifest")
    return {
        "counts": {table: query(warehouse, f"SELECT count(*) FROM {table}")[0][0] for table in tables},
        "pages": dict(query(warehouse, "SELECT url, final_url FROM pages")),
        "documents": {uri: rest for uri, *rest in query(
            warehouse, "SELECT source_uri, url, title, published_at, abstract, category, source_name FROM documents")},
        "rejects": dict(query(warehouse, "SELECT source_uri, reason FROM rejects")),
        "feeds": sorted(query(warehouse, "SELECT feed_uri, kind, parent_uri, items, new_items FROM feeds")),
    }


def build(site: Site, folder: Path) -> list[str]:
    """The site's routes, and the sources of a run: a list of feeds and a local feed file."""
    url = site.url
    routes = {
        "/robots.txt": Route(ROBOTS, "text/plain"),
        "/news/1.html": Route(article_page(0, title="محادثات أستانا حول سوريا", canonical=url("/news/1.html"))),
        "/old/2": Route(location="/news/2.html"),
        "/news/2.html": Route(article_page(1, dated=False)),  # no title, no date of its own: the feed's stand in
        "/news/slow.html": Route(slow=True),
        "/news/big.html": Route(endless=True),
        "/private/secret.html": Route(article_page(2, title="صفحة ممنوعة")),
        "/news/flaky.html": Route(article_page(3, title="خبر بعد عثرة"), fail_first=1),
        "/news/3.html": Route(article_page(4, title="خبر الوكالة")),
        "/news/4.html": Route(article_page(5, title="خبر الخريطة")),
        "/news/5.html": Route(article_page(6, title="خبر الملف المحلي")),
        "/news/6.html": Route(article_page(7, title="خبر للمشتركين")),
    }
    items = [(url(path), f"عنوان الخلاصة {n}", f"ملخص الخبر {n}") for n, path in enumerate(RSS_ITEMS)]
    routes["/rss.xml"] = Route(rss(items), "application/rss+xml", etag='"rss-1"')
    routes["/atom.xml"] = Route(atom([url("/news/3.html"), url("/news/1.html"), url("/news/1.html") + "#comments"]),
                                "application/atom+xml", last_modified="Wed, 02 Dec 2026 07:00:00 GMT")
    routes["/sitemaps.xml"] = Route(sitemap_index([url("/sitemap-news.xml")]), "application/xml", etag='"index-1"')
    routes["/sitemap-news.xml"] = Route(news_sitemap([(url("/news/4.html"), "عنوان الخريطة")]), "application/xml", etag='"news-1"')
    routes["/members.xml"] = Route(rss([(url("/news/6.html"), "للمشتركين", "")]), "application/rss+xml", etag='"m-1"',
                                   auth=("reader", SECRET))
    site.routes.update(routes)
    feeds = folder / "feeds.txt"
    feeds.write_text(f"# the day's feeds\n\n{url('/rss.xml')}\n{url('/atom.xml')}   # the agency\n{url('/sitemaps.xml')}\n"
                     f"{url('/members.xml', f'reader:{SECRET}')}\n", encoding="utf-8")
    local = folder / "local-feed.xml"
    local.write_bytes(rss([(url("/news/5.html"), "خبر من ملف", "ملخص")], title="خلاصة محلية"))
    return [str(feeds), str(local)]


@pytest.fixture(scope="module")
def runs(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory):
    """Three `akhbar run`s over the same sources; the site's requests and the warehouse's counts after each."""
    folder = tmp_path_factory.mktemp("feeds")
    warehouse = folder / "warehouse"
    with serving() as site:
        sources = build(site, folder)
        command = ["run", "--source", *sources, "--warehouse", str(warehouse), *FETCH]
        env = {"AKHBAR_MODEL": str(tiny_model)}
        done = []
        for n in range(3):
            if n == 2:  # the RSS feed changes: a new item, and the missing page is there now
                items = [(site.url(path), f"عنوان الخلاصة {i}", "") for i, path in enumerate((*RSS_ITEMS, "/news/7.html"))]
                site.routes["/rss.xml"] = Route(rss(items), "application/rss+xml", etag='"rss-2"')
                site.routes["/news/missing.html"] = Route(article_page(8, title="عادت الصفحة"))
                site.routes["/news/7.html"] = Route(article_page(9, title="خبر جديد"))
            before = len(site.requests)
            result = akhbar_here(*command, env=env)
            done.append((result, site.requests[before:], snapshot(warehouse) if result.returncode == 0 else {}))
        yield site, warehouse, done


def test_the_first_run_accounts_for_every_item(runs) -> None:
    site, warehouse, done = runs
    result, requests, tables = done[0]
    assert_clean_output(result)
    url = site.url
    fetched, documents, rejects = tables["pages"], set(tables["documents"]), tables["rejects"]
    items = [*RSS_ITEMS, "/news/3.html", "/news/4.html", "/news/5.html", "/news/6.html"]
    for path in items:  # in documents (by the URL it was fetched from) or in rejects, never nowhere
        assert (url(path) in fetched and fetched[url(path)] in documents) != (url(path) in rejects), path
    assert {path: rejects[url(path)].split(":")[0] if path == "/news/big.html" else rejects[url(path)] for path in REJECTED} == REJECTED
    assert rejects[url("/news/big.html")].startswith("too_large: more than 50,000 bytes")  # cut off: the page never ends
    assert len(documents) == 7 and len(rejects) == 4
    assert fetched[url("/old/2")] == url("/news/2.html")  # recorded after the redirect

    # each page asked for once (the slow and the flaky one twice: a retry), robots.txt once; a link two feeds give, once;
    # the page robots.txt disallows, never
    feeds = ("/robots.txt", "/rss.xml", "/atom.xml", "/sitemaps.xml", "/sitemap-news.xml", "/members.xml")
    paths = [request.path for request in requests]
    assert sorted(path for path in paths if path not in feeds) == sorted(
        ["/news/1.html", "/old/2", "/news/2.html", "/news/missing.html", "/news/slow.html", "/news/slow.html", "/news/big.html",
         "/news/flaky.html", "/news/flaky.html", "/news/3.html", "/news/4.html", "/news/5.html", "/news/6.html"])
    assert sorted(path for path in paths if path in feeds) == sorted(feeds)
    assert all(request.headers["user-agent"].startswith("akhbar/") for request in requests)
    assert not any(request.conditional for request in requests)  # nothing was read before


def test_the_feeds_metadata_stands_in_where_the_page_has_none(runs) -> None:
    site, warehouse, done = runs
    rows = done[0][2]["documents"]
    url = site.url
    # the page without a title or date: the feed's title, link, date and summary
    assert rows[url("/news/2.html")][:4] == [url("/old/2"), "عنوان الخلاصة 1", PUBLISHED_AT, "ملخص الخبر 1"]
    # a page with its own: they win; the feed's summary and category where the page has none
    assert rows[url("/news/1.html")][:5] == [url("/news/1.html"), "محادثات أستانا حول سوريا", PAGE_DATE, "ملخص الخبر 0", "سياسة"]
    # the news sitemap's title; the feed's channel title for the site's name, not the host trafilatura falls back to
    assert rows[url("/news/4.html")][1] == "خبر الخريطة"
    assert rows[url("/news/2.html")][5] == "أخبار اليوم"
    assert done[0][2]["feeds"] == sorted([
        (url("/atom.xml"), "atom10", None, 3, 1), (url("/members.xml", "***"), "rss20", None, 1, 1),
        (url("/rss.xml"), "rss20", None, 7, 7), (url("/sitemap-news.xml"), "sitemap", url("/sitemaps.xml"), 1, 1),
        (url("/sitemaps.xml"), "sitemap_index", None, 1, 0),
        ((warehouse.parent / "local-feed.xml").as_uri(), "rss20", None, 1, 1),
    ])


def test_a_second_run_asks_only_whether_the_feeds_changed(runs) -> None:
    site, warehouse, done = runs
    (_, _, first), (second, requests, after) = done[0], done[1]
    assert_clean_output(second)
    assert "nothing new to publish" in second.stdout
    assert after == first
    paths = [request.path for request in requests]
    assert sorted(paths) == ["/atom.xml", "/members.xml", "/rss.xml", "/sitemap-news.xml", "/sitemaps.xml"]
    assert all(request.conditional for request in requests)


def test_a_failed_item_is_tried_again_when_its_feed_lists_it_again(runs) -> None:
    site, warehouse, done = runs
    result, requests, after = done[2]
    assert_clean_output(result)
    paths = [request.path for request in requests]
    pages = sorted(path for path in paths if path.startswith(("/news/", "/old/", "/private/")))
    # only what was not fetched: the new item and the three that failed at the server (robots.txt still disallows the fourth)
    assert pages == ["/news/7.html", "/news/big.html", "/news/missing.html", "/news/slow.html", "/news/slow.html"]
    before = done[1][2]["counts"]
    assert after["counts"]["documents"] == before["documents"] + 2 and after["counts"]["rejects"] == before["rejects"]
    assert {site.url("/news/missing.html"), site.url("/news/7.html")} <= set(after["documents"])
    assert query(warehouse, "SELECT count(*), count(DISTINCT status) FROM runs") == [(3, 1)]


def test_no_credential_is_printed_logged_or_stored(runs) -> None:
    _, warehouse, done = runs
    for result, _, _ in done:
        assert SECRET not in result.output + "\n".join(result.logs)
    for table in ("documents", "rejects", "pages", "feeds", "runs"):
        assert query(warehouse, f"SELECT count(*) FROM {table} AS row WHERE contains(CAST(row AS VARCHAR), '{SECRET}')") == [(0,)]
