"""`akhbar report` end to end: the page written from the awkward warehouse, then loaded in a real headless Chromium.

The warehouse (the session fixture `awkward`) holds 19 articles, one whose title, text and
quote carry `<script>document.title=…</script>` and `<img src=x onerror=…>`. The page must load
nothing from the network, draw its charts (its own script, allowed by hash, marks each chart
with the size the browser gave it), show Arabic and English, and run no script from the
articles: Chromium's DOM after load keeps the page's title. The screenshot is kept in
`test-artifacts/report.png` (git-ignored).

Chromium is Debian's `chromium` package, which `.ci/run` installs; without it the browser
test fails, naming the package.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import lxml.html
import pytest
from awkward_inputs import HOSTILE_TITLE
from commands import Finished, akhbar_here
from conftest import ROOT

# One xdist worker runs this module and the other user of the session fixture `awkward`, which is built once.
pytestmark = pytest.mark.xdist_group("awkward")

ARTIFACTS = ROOT / "test-artifacts"
# As root in a container Chromium needs --no-sandbox; the background-networking switches stop it calling home.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-default-apps", "--hide-scrollbars", "--mute-audio",
)


@pytest.fixture(scope="module")
def report(awkward: dict, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Finished]:
    out = tmp_path_factory.mktemp("report") / "report.html"
    return out, akhbar_here("report", "--out", str(out), "--warehouse", str(awkward["warehouse"]), "--top", "30")  # every document listed


def chromium(*args: str, profile: Path) -> subprocess.CompletedProcess:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    assert binary, "Chromium is needed for this test: `apt-get install chromium` (Debian's package; .ci/run installs it)"
    command = [binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


def test_report_is_written_with_a_summary_line(report: tuple[Path, Finished]) -> None:
    out, result = report
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}: ") and "documents" in result.stdout and "Traceback" not in result.stderr


def test_page_needs_no_network_and_escapes_article_markup(report: tuple[Path, Finished]) -> None:
    page = report[0].read_text(encoding="utf-8")
    # nothing to fetch: no external script, style, image, font or frame; the policy forbids any load but inline styles
    assert not re.search(r"""<(script|img|link|iframe|object|embed|source|video|audio)\b[^>]*\b(src|href)=""", page, re.I)
    assert not re.search(r"url\(|@import", page)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page)
    assert policy and html.unescape(policy.group(1)).startswith("default-src 'none'; ")
    # the hostile title and text appear, escaped: as the text of the latest documents' title cell
    cells = lxml.html.document_fromstring(page).xpath('//section[@id="latest"]//td[@lang="ar"]')
    assert HOSTILE_TITLE in [cell.text_content() for cell in cells]
    assert "<script>document.title" not in page and "<img src=x" not in page
    assert "&lt;img src=x onerror=" in page
    assert page.count("<script>") == 1  # the page's own
    # Arabic beside English
    assert 'lang="ar" dir="rtl"' in page and 'lang="en" dir="ltr"' in page


def test_chromium_draws_the_charts_and_runs_no_article_script(report: tuple[Path, Finished], tmp_path: Path) -> None:
    out, _ = report
    dom = chromium("--virtual-time-budget=5000", "--dump-dom", out.as_uri(), profile=tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr[-2000:]
    title = re.search(r"<title>(.*?)</title>", dom.stdout, re.S)
    assert title and title.group(1).startswith("akhbar report · "), title  # no article script set document.title
    assert "PWNED" not in (title.group(1) if title else "")
    drawn = re.search(r'data-charts-drawn="(\d+)"', dom.stdout)
    assert drawn and int(drawn.group(1)) >= 3, "the page's script did not mark three drawn charts"
    sizes = re.findall(r'data-drawn="(\d+)x(\d+):(\d+)"', dom.stdout)
    assert len(sizes) >= 3 and all(int(w) > 0 and int(h) > 0 and int(marks) > 0 for w, h, marks in sizes[:3]), sizes
    for section in ("documents", "entities", "speakers", "cooccurrence", "health"):
        assert f'id="{section}"' in dom.stdout
    # the screenshot, kept for people to look at
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "report.png"
    result = chromium("--window-size=1240,3200", f"--screenshot={shot}", out.as_uri(), profile=tmp_path / "profile-shot")
    assert result.returncode == 0 and shot.stat().st_size > 20_000, result.stderr[-2000:]


def test_report_period_and_errors(awkward: dict, tmp_path: Path) -> None:
    march = tmp_path / "march.html"
    result = akhbar_here("report", "--out", str(march), "--warehouse", str(awkward["warehouse"]), "--start", "2017-03-01", "--end", "2017-03-31")
    assert result.returncode == 0, result.stderr
    page = march.read_text(encoding="utf-8")
    assert "<title>akhbar report · 2017-03-01 to 2017-03-31</title>" in page
    missing = akhbar_here("report", "--out", str(tmp_path / "x.html"), "--warehouse", str(tmp_path / "nowhere"))
    assert missing.returncode == 1 and missing.stderr.count("\n") == 1 and "no warehouse" in missing.stderr
    backwards = akhbar_here("report", "--out", str(tmp_path / "x.html"), "--warehouse", str(awkward["warehouse"]),
                       "--start", "2017-04-01", "--end", "2017-03-01")
    assert backwards.returncode == 2 and "after --end" in backwards.stderr and not (tmp_path / "x.html").exists()


def test_views_answer_with_rows(awkward: dict) -> None:
    from awkward_inputs import query

    warehouse = awkward["warehouse"]
    for view in ("documents_en", "entity_mentions", "quotes_en", "cooccurrence"):
        assert query(warehouse, f"SELECT count(*) FROM {view}")[0][0] > 0, view
    # documents_en reassembles every translated sentence, in order, with the title and date
    assert query(warehouse, "SELECT count(*) FROM documents_en WHERE untranslated > 0 OR text_en IS NULL") == [(0,)]
    assert query(warehouse, "SELECT count(*) FROM documents_en") == query(warehouse, "SELECT count(*) FROM documents")
