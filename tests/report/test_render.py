"""The report's renderer on its own: a `ReportData` built here, no warehouse, no Prefect; the HTML parsed and read back.

Markup in an article shows as text, never as an element or attribute; the Content-Security-Policy
allows exactly the page's one script (by hash); empty data says so; charts draw one mark per item,
as long as its count; counts carry thousands separators.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from pathlib import Path

import jinja2
import lxml.html
import pytest

from akhbar.report.render import render, write_report
from akhbar.warehouse.report import ReportData

HOSTILE = '<script>alert(1)</script><img src=x onerror="alert(2)">" onerror="x'
GENERATED = dt.datetime(2017, 3, 10, 8, 0, tzinfo=dt.UTC)


def sample() -> ReportData:
    """Nine days of news, markup in every kind of text the page shows."""
    data = ReportData(dt.date(2017, 3, 1), dt.date(2017, 3, 9))
    data.totals = {"documents": 12345, "sentences": 1234567, "entities": 999, "distinct_entities": 1000, "quotes": 7}
    data.documents_per_day = [(dt.date(2017, 3, 1), 1500), (dt.date(2017, 3, 4), 750), (dt.date(2017, 3, 9), 3)]
    data.top_entities = {
        "PERSON": [{"canonical": "p1", "name_en": "Ahmed " + HOSTILE, "text": "أحمد", "mentions": 2500, "documents": 40},
                   {"canonical": "p2", "name_en": None, "text": "محمد", "mentions": 1250, "documents": 9},
                   {"canonical": "p3", "name_en": "Mona", "text": "منى", "mentions": 1, "documents": 1}],
        "LOC": [{"canonical": "l1", "name_en": "Cairo", "text": "القاهرة", "mentions": 9, "documents": 2}],
        "ORG": [],
    }
    data.speakers = [
        {"speaker": "الوزير " + HOSTILE, "speaker_en": None, "quotes": 1200, "documents": 1001,
         "examples": [{"quote": "قال الوزير «" + "ن" * 600 + "»", "quote_en": None},
                      {"quote": "نعم " + HOSTILE, "quote_en": "yes <b>bold</b>"}]},
    ]
    data.cooccurrence_nodes = [
        {"canonical": "p1", "label": "PERSON", "name_en": "Ahmed", "text": "أحمد", "mentions": 2500},
        {"canonical": "l1", "label": "LOC", "name_en": "Cairo", "text": "القاهرة", "mentions": 9},
        {"canonical": "o1", "label": "ORG", "name_en": HOSTILE, "text": "الأمم المتحدة", "mentions": 4},
    ]
    data.cooccurrence_edges = [{"a": "l1", "b": "p1", "documents": 1200}, {"a": "o1", "b": "p1", "documents": 3},
                               {"a": "p1", "b": "not-drawn", "documents": 2}]
    data.rejects_by_reason = [("empty_text", 4000), (HOSTILE, 1)]
    data.translation_flags = [("repeated_ngram", 2)]
    data.runs = [{"started_at": dt.datetime(2017, 3, 9, 10, 0), "status": "failed" + HOSTILE, "documents": 1234, "rejects": None,
                  "translations_flagged": 5, "model": None, "error": HOSTILE}]
    data.latest = [{"day": dt.date(2017, 3, 9), "title": HOSTILE, "first_sentence": "الجملة الأولى.", "first_sentence_en": None}]
    return data


def page_of(data: ReportData, warehouse: str = "/srv/akhbar") -> lxml.html.HtmlElement:
    return lxml.html.document_fromstring(render(data, warehouse, generated_at=GENERATED))


def texts(page: lxml.html.HtmlElement, xpath: str) -> list[str]:
    return [element.text_content() for element in page.xpath(xpath)]


def test_markup_in_article_text_is_text_never_an_element_or_attribute() -> None:
    page = page_of(sample(), warehouse='/srv/<b>w</b>" onload="x')
    assert [script.text_content() for script in page.iter("script")] == [page.find(".//script").text]  # the page's one script
    assert "data-charts-drawn" in page.find(".//script").text
    assert not page.xpath('//img | //b[not(ancestor::div[@class="totals"])] | //*[@onerror] | //*[@onload] | //*[@src]')
    # each hostile string is whole, as text, where it belongs
    assert texts(page, '//section[@id="latest"]//tbody//td[@lang="ar"]')[0] == HOSTILE
    assert texts(page, '//section[@id="speakers"]//tbody//td/div[@lang="ar"]') == ["الوزير " + HOSTILE]
    assert "نعم " + HOSTILE in texts(page, '//blockquote[@lang="ar"]')
    assert "yes <b>bold</b>" in texts(page, '//blockquote[@lang="en"]')
    assert f"Ahmed {HOSTILE} · أحمد: 2,500" in texts(page, '//section[@id="entities"]//rect[@class="mark"]/title')
    assert f"{HOSTILE}: 1" in texts(page, '//section[@id="health"]//rect[@class="mark"]/title')
    assert f"{HOSTILE} · الأمم المتحدة: 4 mentions" in texts(page, '//circle[@class="mark"]/title')
    # in an attribute the text stays inside it: the status cell has its one class attribute, nothing more
    status = page.xpath('//section[@id="health"]//tbody//td[2]')[0]
    assert dict(status.attrib) == {"class": "status-failed" + HOSTILE} and status.text_content() == "failed" + HOSTILE
    assert page.find('.//p[@class="meta"]').text_content() == (
        '2017-03-01 to 2017-03-09 · warehouse /srv/<b>w</b>" onload="x · generated 2017-03-10T08:00:00+00:00')


def test_the_policy_allows_exactly_the_script_in_the_page() -> None:
    page = page_of(sample())
    policy = page.xpath('//meta[@http-equiv="Content-Security-Policy"]/@content')[0]
    assert policy.startswith("default-src 'none'; ") and "base-uri 'none'" in policy and "form-action 'none'" in policy
    allowed = re.findall(r"script-src '(sha256-[A-Za-z0-9+/=]+)';", policy)
    digest = hashlib.sha256(page.find(".//script").text.encode()).digest()
    assert allowed == ["sha256-" + base64.b64encode(digest).decode()]


def test_the_policy_hashes_the_script_exactly_as_the_raw_page_has_it() -> None:
    raw = render(sample(), "/srv/akhbar", generated_at=GENERATED)
    (script,) = re.findall(r"<script>(.*?)</script>", raw, re.DOTALL)
    (allowed,) = re.findall(r"'sha256-([A-Za-z0-9+/=]+)'", raw)
    assert base64.b64decode(allowed) == hashlib.sha256(script.encode()).digest()
    assert base64.b64decode(allowed) != hashlib.sha256((script + "\n").encode()).digest()  # a byte more and the browser refuses it


def test_empty_data_says_so_in_every_part() -> None:
    page = page_of(ReportData(None, None))
    assert page.find(".//title").text == "akhbar report · no documents"
    empty = {section: texts(page, f'//section[@id="{section}"]//p[@class="empty"]')
             for section in ("documents", "entities", "speakers", "cooccurrence", "health")}
    assert empty == {
        "documents": ["No documents in this period."],
        "entities": ["No entities in this period."],
        "speakers": ["No quotes in this period."],
        "cooccurrence": ["No two entities share a document in this period."],
        "health": ["No rejects.", "No translation flagged.", "No runs."],
    }
    assert not page.xpath('//section[@id="latest"]') and not page.xpath("//svg") and not page.xpath("//table")
    assert texts(page, '//div[@class="totals"]/div/b') == ["0"] * 5
    assert [s.get("id") for s in page.iter("section")] == ["documents", "entities", "speakers", "cooccurrence", "health"]


def test_every_chart_draws_one_mark_per_item() -> None:
    data = sample()
    page = page_of(data)
    # documents: one column per day from the first to the last, days without documents included
    assert len(page.xpath('//section[@id="documents"]//rect[@class="mark"]')) == 9
    assert texts(page, '//section[@id="documents"]//rect[@class="mark"]/title')[1:4] == ["2017-03-02: 0", "2017-03-03: 0", "2017-03-04: 750"]
    charts = page.xpath('//section[@id="entities"]//div[@class="grid"]/div')
    assert [chart.find("h3").text for chart in charts] == ["People", "Places"]  # ORG has no rows: no chart
    assert [len(chart.xpath('.//rect[@class="mark"]')) for chart in charts] == [3, 1]
    assert len(page.xpath('//section[@id="health"]//svg[@aria-label="Rejects by reason"]//rect[@class="mark"]')) == 2
    assert len(page.xpath('//section[@id="health"]//svg[@aria-label="Translation flags"]//rect[@class="mark"]')) == 1
    # co-occurrence: a circle per entity, a line per pair of drawn entities (the third edge's other end is not drawn)
    assert len(page.xpath('//circle[@class="mark"]')) == 3 and len(page.xpath('//line[@class="mark"]')) == 2
    assert len(page.xpath('//section[@id="cooccurrence"]//svg/circle[not(@class)]')) == 4  # the legend, one per label
    assert len(page.xpath('//svg[@class="chart"]')) == 6  # documents, people, places, rejects, flags, co-occurrence


def test_a_span_over_120_days_is_one_column_per_month() -> None:
    data = ReportData(None, None)
    data.documents_per_day = [(dt.date(2016, 1, 1), 5), (dt.date(2016, 1, 20), 6), (dt.date(2016, 6, 2), 1)]
    page = page_of(data)
    assert texts(page, '//rect[@class="mark"]/title') == ["2016-01: 11", "2016-06: 1"]
    assert page.find(".//title").text == "akhbar report · 2016-01-01 to 2016-06-02"


def test_bars_are_as_long_as_their_counts() -> None:
    page = page_of(sample())
    people = page.xpath('//section[@id="entities"]//svg[@aria-label="Top people"]//rect[@class="mark"]')
    assert [float(bar.get("width")) for bar in people] == [230.0, 115.0, 1.0]  # 2500, half of it, and a sliver at least
    days = page.xpath('//section[@id="documents"]//rect[@class="mark"]')
    heights = [float(day.get("height")) for day in days]
    assert heights[0] == 172.0 and heights[3] == 86.0 and heights[1] == 0.0
    assert all(float(day.get("y")) + float(day.get("height")) == 186.0 for day in days)  # on the axis


def test_counts_have_thousands_separators() -> None:
    page = page_of(sample())
    assert texts(page, '//div[@class="totals"]/div') == [
        "12,345documents", "1,234,567sentences", "999entity mentions", "1,000distinct entities", "7quotes"]
    assert "1,200 in 1,001 documents" in texts(page, '//section[@id="speakers"]//td')
    assert "2,500" in texts(page, '//svg[@aria-label="Top people"]/text[@class="axis"]')
    assert texts(page, '//section[@id="documents"]//text[@class="axis"]')[0] == "1,500"  # the axis' peak
    assert "1,200 documents" in texts(page, '//line[@class="mark"]/title')
    run = texts(page, '//section[@id="health"]//tbody/tr/td')
    assert run[2:6] == ["1,234", "0", "5", ""]  # documents, rejects (NULL), flagged, model (NULL shows as nothing)


def test_arabic_is_kept_whole_and_right_to_left_and_long_text_is_clipped() -> None:
    page = page_of(sample())
    assert texts(page, '//section[@id="latest"]//td[@dir="rtl"]')[1] == "الجملة الأولى."
    quote = page.xpath('//blockquote[@lang="ar"][@dir="rtl"]')[0].text_content()
    assert quote.startswith("قال الوزير «ن") and len(quote) == 400 and quote.endswith("…")
    assert page.xpath('//blockquote[@lang="en"][@dir="ltr"]')[0].text_content() == "(no translation)"
    names = texts(page, '//svg[@aria-label="Top people"]/text[@text-anchor="end"]')
    assert names[0] == f"Ahmed {HOSTILE}"[:23] + "… · أحمد" and names[1:] == ["محمد", "Mona · منى"]  # the Arabic kept


def test_the_period_is_the_data_s_own_else_its_first_and_last_day() -> None:
    data = ReportData(None, None)
    data.documents_per_day = [(dt.date(2017, 3, 2), 1), (dt.date(2017, 3, 5), 1)]
    assert page_of(data).find(".//title").text == "akhbar report · 2017-03-02 to 2017-03-05"
    data.start, data.end = dt.date(2017, 3, 1), dt.date(2017, 3, 31)
    assert page_of(data).find(".//title").text == "akhbar report · 2017-03-01 to 2017-03-31"


def test_a_field_missing_from_the_data_is_an_error_not_an_empty_cell() -> None:
    data = sample()
    del data.runs[0]["model"]
    with pytest.raises(jinja2.UndefinedError, match="model"):
        render(data, "/srv/akhbar", generated_at=GENERATED)


def test_write_report_replaces_the_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "deep" / "report.html"
    write_report(out, "old")
    write_report(out, "<p>صفحة</p>")
    assert out.read_text(encoding="utf-8") == "<p>صفحة</p>"
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.html"]  # no temporary file left
