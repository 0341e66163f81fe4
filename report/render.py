"""`akhbar report`: one self-contained HTML page about the news in the warehouse.

The page needs nothing from the network: styles are inline, the charts are SVG drawn here,
and its Content-Security-Policy forbids any load and any script but its own one (by hash),
which only marks the charts as drawn. Every piece of text from the articles goes through
`html.escape`, so markup in an article (`<script>`, `onerror=`) shows as text.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import math
import os
from pathlib import Path

from akhbar.warehouse.report import LABELS, ReportData

PALETTE = {"PERSON": "#3b6ea8", "ORG": "#c2703d", "LOC": "#4f9a5b", "MISC": "#8a6bb0"}
QUOTE_CHARS = 400  # longer quotes and sentences are cut, with an ellipsis
LABEL_NAMES = {"PERSON": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}

# Sets `data-drawn` on every chart to the size the browser gave it, and the count of drawn charts on <body>:
# proof, for a reader and for the browser test, that the SVG rendered. The page's only script.
SCRIPT = """
document.addEventListener("DOMContentLoaded", function () {
  var drawn = 0;
  document.querySelectorAll("svg.chart").forEach(function (svg) {
    var box = svg.getBBox(), marks = svg.querySelectorAll("rect.mark, circle.mark, line.mark").length;
    if (box.width > 0 && box.height > 0 && marks > 0) { drawn += 1; }
    svg.setAttribute("data-drawn", Math.round(box.width) + "x" + Math.round(box.height) + ":" + marks);
  });
  document.body.setAttribute("data-charts-drawn", String(drawn));
});
""".strip()

STYLE = """
body { font: 15px/1.45 system-ui, "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; margin: 0 auto; max-width: 1180px;
       padding: 0 24px 48px; color: #1d2430; background: #fbfaf7; }
header { border-bottom: 3px solid #1d2430; margin-bottom: 12px; }
h1 { font-size: 28px; margin: 24px 0 4px; } h2 { font-size: 20px; margin: 32px 0 8px; } h3 { font-size: 15px; margin: 12px 0 4px; }
.meta { color: #5b6472; margin: 0 0 12px; }
.totals { display: flex; gap: 28px; margin: 8px 0 16px; } .totals div { font-size: 13px; color: #5b6472; }
.totals b { display: block; font-size: 22px; color: #1d2430; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(520px, 1fr)); gap: 12px 28px; }
svg.chart { display: block; max-width: 100%; height: auto; background: #fff; border: 1px solid #e3e0d8; }
svg text { font: 12px system-ui, "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; fill: #1d2430; }
svg .axis { fill: #5b6472; font-size: 11px; }
table { border-collapse: collapse; width: 100%; background: #fff; table-layout: fixed; }
td, th { border: 1px solid #e3e0d8; padding: 6px 8px; vertical-align: top; overflow-wrap: anywhere; }
#speakers col.who { width: 20%; } #speakers col.count { width: 10%; } #latest col.day { width: 11%; } #health col.when { width: 16%; }
th { background: #f0ede6; text-align: left; font-weight: 600; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; font-size: 16px; }
.quote { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin: 4px 0 10px; }
.quote blockquote { margin: 0; padding: 6px 10px; background: #f6f4ee; border-inline-start: 3px solid #c2703d; overflow-wrap: anywhere; }
.small { color: #5b6472; font-size: 12px; } .empty { color: #5b6472; font-style: italic; }
.status-failed { color: #a33; font-weight: 600; }
""".strip()


def esc(value: object) -> str:
    """Text for HTML and SVG, quotes included: nothing from an article is ever markup."""
    return html.escape("" if value is None else str(value), quote=True)


def render(data: ReportData, warehouse: str, generated_at: dt.datetime | None = None) -> str:
    """The whole page."""
    generated_at = generated_at or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    script_hash = base64.b64encode(hashlib.sha256(SCRIPT.encode()).digest()).decode()
    policy = f"default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'sha256-{script_hash}'; base-uri 'none'; form-action 'none'"
    period = _period(data)
    sections = [
        _documents_section(data),
        _entities_section(data),
        _speakers_section(data),
        _cooccurrence_section(data),
        _latest_section(data),
        _health_section(data),
    ]
    totals = "".join(
        f"<div><b>{data.totals.get(key, 0):,}</b>{esc(name)}</div>"
        for key, name in (("documents", "documents"), ("sentences", "sentences"), ("entities", "entity mentions"),
                          ("distinct_entities", "distinct entities"), ("quotes", "quotes"))
    )
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>akhbar report · {esc(period)}</title>
<style>
{STYLE}
</style>
</head>
<body>
<header>
<h1>akhbar report</h1>
<p class="meta">{esc(period)} · warehouse {esc(warehouse)} · generated {esc(generated_at.isoformat())}</p>
<div class="totals">{totals}</div>
</header>
{"".join(sections)}
<script>{SCRIPT}</script>
</body>
</html>
"""


def _period(data: ReportData) -> str:
    days = [day for day, _ in data.documents_per_day]
    start = data.start or (days[0] if days else None)
    end = data.end or (days[-1] if days else None)
    return f"{start} to {end}" if start and end else "no documents"


def _documents_section(data: ReportData) -> str:
    series = _fill_days(data.documents_per_day)
    chart = _columns(series, "Documents per day") if series else '<p class="empty">No documents in this period.</p>'
    return f'<section id="documents"><h2>Documents per day</h2>{chart}</section>'


def _fill_days(counts: list[tuple[dt.date, int]]) -> list[tuple[str, int]]:
    """One bar per day over a span of up to 120 days (days without documents as 0), else one per month."""
    if not counts:
        return []
    first, last = counts[0][0], counts[-1][0]
    if (last - first).days <= 120:
        by_day = dict(counts)
        return [(day.isoformat(), by_day.get(day, 0)) for day in (first + dt.timedelta(n) for n in range((last - first).days + 1))]
    months: dict[str, int] = {}
    for day, n in counts:
        months[day.strftime("%Y-%m")] = months.get(day.strftime("%Y-%m"), 0) + n
    return list(months.items())


def _entities_section(data: ReportData) -> str:
    charts = []
    for label in LABELS:
        rows = data.top_entities.get(label) or []
        if not rows:
            continue
        items = [(_entity_name(row), row["mentions"]) for row in rows]
        charts.append(f"<div><h3>{esc(LABEL_NAMES[label])}</h3>{_bars(items, f'Top {LABEL_NAMES[label].lower()}', PALETTE[label])}</div>")
    body = f'<div class="grid">{"".join(charts)}</div>' if charts else '<p class="empty">No entities in this period.</p>'
    return f'<section id="entities"><h2>Top entities by type</h2><p class="small">Mentions; English name · Arabic spelling.</p>{body}</section>'


def _entity_name(row: dict) -> str:
    english, arabic = (row.get("name_en") or "").strip(), (row.get("text") or "").strip()
    return f"{english} · {arabic}" if english and english != arabic else arabic or english


def _speakers_section(data: ReportData) -> str:
    if not data.speakers:
        return '<section id="speakers"><h2>Top quoted speakers</h2><p class="empty">No quotes in this period.</p></section>'
    rows = []
    for speaker in data.speakers:
        quotes = "".join(
            f'<div class="quote"><blockquote lang="ar" dir="rtl">{esc(_clip(example["quote"], QUOTE_CHARS))}</blockquote>'
            f'<blockquote lang="en" dir="ltr">{esc(_clip(example["quote_en"] or "(no translation)", QUOTE_CHARS))}</blockquote></div>'
            for example in speaker["examples"] or []
        )
        rows.append(
            f'<tr><td><div lang="ar" dir="rtl">{esc(speaker["speaker"])}</div><div class="small">{esc(speaker["speaker_en"] or "")}</div></td>'
            f'<td>{speaker["quotes"]:,} in {speaker["documents"]:,} documents</td><td>{quotes}</td></tr>'
        )
    return (
        '<section id="speakers"><h2>Top quoted speakers</h2>'
        '<table><colgroup><col class="who"><col class="count"><col></colgroup><thead><tr><th>speaker</th><th>quotes</th>'
        "<th>what they said: Arabic, and the English of its sentence</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )


def _cooccurrence_section(data: ReportData) -> str:
    if not data.cooccurrence_edges:
        body = '<p class="empty">No two entities share a document in this period.</p>'
    else:
        body = _network(data.cooccurrence_nodes, data.cooccurrence_edges)
    return (
        '<section id="cooccurrence"><h2>Who appears with whom</h2>'
        '<p class="small">The most mentioned entities; a line joins two named in the same documents, thicker for more.</p>'
        f"{body}</section>"
    )


def _latest_section(data: ReportData) -> str:
    if not data.latest:
        return ""
    rows = "".join(
        f'<tr><td>{esc(row["day"])}</td><td lang="ar" dir="rtl">{esc(row["title"] or "")}</td>'
        f'<td lang="ar" dir="rtl">{esc(_clip(row["first_sentence"] or "", QUOTE_CHARS))}</td>'
        f'<td>{esc(_clip(row["first_sentence_en"] or "", QUOTE_CHARS))}</td></tr>'
        for row in data.latest
    )
    return (
        '<section id="latest"><h2>Latest documents</h2><table><colgroup><col class="day"><col><col><col></colgroup>'
        "<thead><tr><th>day</th><th>title</th>"
        f"<th>first sentence</th><th>in English</th></tr></thead><tbody>{rows}</tbody></table></section>"
    )


def _health_section(data: ReportData) -> str:
    rejects = _bars(data.rejects_by_reason, "Rejects by reason", "#a5473d") if data.rejects_by_reason else '<p class="empty">No rejects.</p>'
    flags = (_bars(data.translation_flags, "Translation flags", "#8a6bb0") if data.translation_flags
             else '<p class="empty">No translation flagged.</p>')
    runs = "".join(
        f'<tr><td>{esc(run["started_at"])}</td><td class="status-{esc(run["status"])}">{esc(run["status"])}</td>'
        f'<td>{run["documents"] or 0:,}</td><td>{run["rejects"] or 0:,}</td><td>{run["translations_flagged"] or 0:,}</td>'
        f'<td>{esc(run["model"])}</td><td>{esc(run["error"] or "")}</td></tr>'
        for run in data.runs
    )
    table = (
        '<table><colgroup><col class="when"><col><col><col><col><col><col></colgroup><thead><tr><th>started (UTC)</th>'
        "<th>status</th><th>documents</th><th>rejects</th><th>flagged</th>"
        f"<th>model</th><th>error</th></tr></thead><tbody>{runs}</tbody></table>" if runs else '<p class="empty">No runs.</p>'
    )
    return (
        '<section id="health"><h2>Run health</h2><div class="grid">'
        f"<div><h3>Rejects by reason</h3>{rejects}</div><div><h3>Translation flags</h3>{flags}</div></div>"
        f"<h3>Latest runs</h3>{table}</section>"
    )


def _columns(series: list[tuple[str, int]], title: str, color: str = "#3b6ea8") -> str:
    """A column chart, one column per period, its first and last periods named under the axis."""
    width, height, left, bottom, top = 1100, 220, 44, 34, 14
    peak = max(n for _, n in series) or 1
    step = (width - left - 10) / len(series)
    bar = max(1.0, step * 0.8)
    marks, labels = [], []
    for i, (name, n) in enumerate(series):
        h = (height - top - bottom) * n / peak
        x = left + i * step + (step - bar) / 2
        marks.append(f'<rect class="mark" x="{x:.1f}" y="{height - bottom - h:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{color}">'
                     f"<title>{esc(name)}: {n:,}</title></rect>")
        if i in (0, len(series) - 1) or (len(series) <= 16):
            labels.append(f'<text class="axis" x="{x + bar / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle">{esc(name)}</text>')
    axis = (f'<text class="axis" x="{left - 6}" y="{top + 4}" text-anchor="end">{peak:,}</text>'
            f'<text class="axis" x="{left - 6}" y="{height - bottom}" text-anchor="end">0</text>'
            f'<line x1="{left}" y1="{height - bottom}" x2="{width - 10}" y2="{height - bottom}" stroke="#999"/>')
    return (f'<svg class="chart" role="img" aria-label="{esc(title)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            f"<title>{esc(title)}</title>{axis}{''.join(marks)}{''.join(labels)}</svg>")


def _bars(items: list[tuple[str, int]], title: str, color: str) -> str:
    """A horizontal bar chart: names on the left, bars and counts to their right."""
    width, row, label_width = 540, 24, 250
    height = row * len(items) + 12
    peak = max(n for _, n in items) or 1
    parts = []
    for i, (name, n) in enumerate(items):
        y = 6 + i * row
        w = (width - label_width - 60) * n / peak
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 16}" text-anchor="end">{esc(_clip(name, 38))}</text>'
            f'<rect class="mark" x="{label_width}" y="{y + 3}" width="{max(w, 1):.1f}" height="{row - 8}" fill="{color}">'
            f"<title>{esc(name)}: {n:,}</title></rect>"
            f'<text class="axis" x="{label_width + max(w, 1) + 6:.1f}" y="{y + 16}">{n:,}</text>'
        )
    return (f'<svg class="chart" role="img" aria-label="{esc(title)}" viewBox="0 0 {width} {height}" width="{width}" height="{height}">'
            f"<title>{esc(title)}</title>{''.join(parts)}</svg>")


def _network(nodes: list[dict], edges: list[dict]) -> str:
    """Entities on a circle, sized by mentions and coloured by label; lines between co-occurring ones."""
    size, radius = 760, 250
    centre = size / 2
    where = {}
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        where[node["canonical"]] = (centre + radius * math.cos(angle), centre + radius * math.sin(angle), angle)
    strongest = max(edge["documents"] for edge in edges)
    lines = []
    for edge in edges:
        if edge["a"] in where and edge["b"] in where:
            (x1, y1, _), (x2, y2, _) = where[edge["a"]], where[edge["b"]]
            weight = edge["documents"] / strongest
            lines.append(f'<line class="mark" x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#6b7280" '
                         f'stroke-opacity="{0.25 + 0.6 * weight:.2f}" stroke-width="{1 + 5 * weight:.1f}">'
                         f"<title>{edge['documents']:,} documents</title></line>")
    most = max(node["mentions"] for node in nodes) or 1
    circles = []
    for node in nodes:
        x, y, angle = where[node["canonical"]]
        r = 5 + 14 * math.sqrt(node["mentions"] / most)
        outward = math.cos(angle) >= 0
        lx, ly = x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle)
        circles.append(
            f'<circle class="mark" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{PALETTE.get(node["label"], "#777")}">'
            f'<title>{esc(_entity_name(node))}: {node["mentions"]:,} mentions</title></circle>'
            f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{"start" if outward else "end"}">{esc(_clip(_entity_name(node), 30))}</text>'
        )
    legend = "".join(
        f'<circle cx="{20}" cy="{20 + 18 * i}" r="6" fill="{PALETTE[label]}"/><text x="32" y="{24 + 18 * i}">{esc(LABEL_NAMES[label])}</text>'
        for i, label in enumerate(LABELS)
    )
    return (f'<svg class="chart" role="img" aria-label="Entity co-occurrence" viewBox="0 0 {size} {size}" width="{size}" height="{size}">'
            f"<title>Entity co-occurrence</title>{legend}{''.join(lines)}{''.join(circles)}</svg>")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def write_report(path: Path, page: str) -> None:
    """Write the page atomically: a reader never opens half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(page, encoding="utf-8")
    os.replace(temporary, path)
