"""`akhbar report`: one self-contained HTML page about the news in the warehouse.

The page is `templates/report.html.j2`, rendered by Jinja2 with autoescaping on: every value from
the warehouse is text, so markup in an article (`<script>`, `" onerror="`) shows as text. The charts
are SVG drawn by the macros of `templates/charts.html.j2`; this module only lays them out (positions
and sizes, as numbers). The page needs nothing from the network: styles are inline, and its
Content-Security-Policy forbids any load and any script but its own one (by hash), which only
marks the charts as drawn.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import math
import os
from dataclasses import dataclass
from pathlib import Path

import jinja2

from akhbar.warehouse.report import LABELS, ReportData

PALETTE = {"PERSON": "#3b6ea8", "ORG": "#c2703d", "LOC": "#4f9a5b", "MISC": "#8a6bb0"}
QUOTE_CHARS = 400  # longer quotes and sentences are cut, with an ellipsis
LABEL_NAMES = {"PERSON": "People", "ORG": "Organisations", "LOC": "Places", "MISC": "Other"}
TOTALS = (("documents", "documents"), ("sentences", "sentences"), ("entities", "entity mentions"),
          ("distinct_entities", "distinct entities"), ("quotes", "quotes"))


@dataclass(frozen=True)
class Column:
    """One column of a column chart; `label_x` is None for a period not named under the axis."""

    name: str
    n: int
    x: float
    y: float
    width: float
    height: float
    label_x: float | None


@dataclass(frozen=True)
class Columns:
    """A column chart, one column per period."""

    title: str
    color: str
    width: int
    height: int
    left: int
    top: int
    base: int  # the y of the axis
    peak: int
    columns: list[Column]


@dataclass(frozen=True)
class Bar:
    """One row of a horizontal bar chart."""

    name: str
    n: int
    y: int
    width: float
    label: str = ""  # the name as shown beside the bar (`_label`); the whole name is its tooltip


@dataclass(frozen=True)
class Bars:
    """A horizontal bar chart: names on the left, bars and counts to their right."""

    title: str
    color: str
    width: int
    height: int
    row: int
    label_width: int
    bars: list[Bar]


@dataclass(frozen=True)
class Node:
    """An entity on the circle, and where its name goes (`anchor`: start or end)."""

    name: str
    mentions: int
    x: float
    y: float
    r: float
    color: str
    label_x: float
    label_y: float
    anchor: str


@dataclass(frozen=True)
class Edge:
    """A line between two entities named in the same documents."""

    documents: int
    x1: float
    y1: float
    x2: float
    y2: float
    opacity: float
    width: float


@dataclass(frozen=True)
class Network:
    """Entities on a circle, with a legend of the labels' colours."""

    size: int
    legend: list[tuple[str, str]]  # (colour, name)
    edges: list[Edge]
    nodes: list[Node]


def render(data: ReportData, warehouse: str, generated_at: dt.datetime | None = None) -> str:
    """The whole page."""
    generated_at = generated_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    series = _fill_days(data.documents_per_day)
    entities = [
        (LABEL_NAMES[label], _bars([(_entity_name(row), row["mentions"]) for row in rows], f"Top {LABEL_NAMES[label].lower()}", PALETTE[label]))
        for label in LABELS
        if (rows := data.top_entities.get(label) or [])
    ]
    return _environment().get_template("report.html.j2").render(
        period=_period(data),
        warehouse=warehouse,
        generated_at=generated_at.isoformat(),
        totals=[(data.totals.get(key, 0), name) for key, name in TOTALS],
        documents=_columns(series, "Documents per day") if series else None,
        entities=entities,
        speakers=data.speakers,
        network=_network(data.cooccurrence_nodes, data.cooccurrence_edges) if data.cooccurrence_edges else None,
        latest=data.latest,
        rejects=_bars(data.rejects_by_reason, "Rejects by reason", "#a5473d") if data.rejects_by_reason else None,
        flags=_bars(data.translation_flags, "Translation flags", "#8a6bb0") if data.translation_flags else None,
        runs=data.runs,
    )


@functools.cache
def _environment() -> jinja2.Environment:
    """The templates, autoescaped; a name a template misspells is an error, not an empty string."""
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("akhbar.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        finalize=lambda value: "" if value is None else value,  # a NULL from the warehouse shows as nothing, not "None"
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(thousands=_thousands, fixed=_fixed, clip=_clip, csp_hash=csp_hash)
    environment.globals.update(quote_chars=QUOTE_CHARS)
    return environment


def csp_hash(script: str) -> str:
    """The CSP source that allows exactly this inline script: `sha256-` and the base64 of its digest."""
    return "sha256-" + base64.b64encode(hashlib.sha256(str(script).encode()).digest()).decode()


def _thousands(n: int | None) -> str:
    return f"{n or 0:,}"


def _fixed(x: float, digits: int = 1) -> str:
    return f"{x:.{digits}f}"


def _clip(text: str | None, limit: int) -> str:
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _period(data: ReportData) -> str:
    days = [day for day, _ in data.documents_per_day]
    start = data.start or (days[0] if days else None)
    end = data.end or (days[-1] if days else None)
    return f"{start} to {end}" if start and end else "no documents"


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


def _entity_name(row: dict) -> str:
    english, arabic = (row.get("name_en") or "").strip(), (row.get("text") or "").strip()
    return f"{english} · {arabic}" if english and english != arabic else arabic or english


def _label(name: str) -> str:
    """A bar's label: each half of `English · العربية` clipped on its own, so a long English name never cuts the Arabic off."""
    return " · ".join(_clip(half, 24) for half in name.split(" · ", 1))


def _columns(series: list[tuple[str, int]], title: str, color: str = "#3b6ea8") -> Columns:
    """One column per period; every period named under the axis when there are up to 16, else the first and last."""
    width, height, left, bottom, top = 1100, 220, 44, 34, 14
    peak = max(n for _, n in series) or 1
    step = (width - left - 10) / len(series)
    bar = max(1.0, step * 0.8)
    columns = []
    for i, (name, n) in enumerate(series):
        h = (height - top - bottom) * n / peak
        x = left + i * step + (step - bar) / 2
        named = i in (0, len(series) - 1) or len(series) <= 16
        columns.append(Column(name, n, x, height - bottom - h, bar, h, x + bar / 2 if named else None))
    return Columns(title, color, width, height, left, top, height - bottom, peak, columns)


def _bars(items: list[tuple[str, int]], title: str, color: str) -> Bars:
    """Each bar as long as its count, relative to the largest."""
    # The labels end where the bars start: as wide as the longest label (about 7 px a character at the report's
    # 12 px), so none runs past the panel's left edge.
    labels = [_label(name) for name, _ in items]
    row, label_width = 24, min(max([len(label) for label in labels] + [10]) * 7 + 16, 400)
    width = label_width + 290
    peak = max(n for _, n in items) or 1
    bars = [Bar(name, n, 6 + i * row, max((width - label_width - 60) * n / peak, 1), label)
            for i, ((name, n), label) in enumerate(zip(items, labels))]
    return Bars(title, color, width, row * len(items) + 12, row, label_width, bars)


def _network(nodes: list[dict], edges: list[dict]) -> Network:
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
        if edge["a"] in where and edge["b"] in where:  # an edge to an entity not drawn is left out
            (x1, y1, _), (x2, y2, _) = where[edge["a"]], where[edge["b"]]
            weight = edge["documents"] / strongest
            lines.append(Edge(edge["documents"], x1, y1, x2, y2, 0.25 + 0.6 * weight, 1 + 5 * weight))
    most = max(node["mentions"] for node in nodes) or 1
    circles = []
    for node in nodes:
        x, y, angle = where[node["canonical"]]
        r = 5 + 14 * math.sqrt(node["mentions"] / most)
        circles.append(Node(_entity_name(node), node["mentions"], x, y, r, PALETTE.get(node["label"], "#777"),
                            x + (r + 6) * math.cos(angle), y + (r + 6) * math.sin(angle) + 4,
                            "start" if math.cos(angle) >= 0 else "end"))
    return Network(size, [(PALETTE[label], LABEL_NAMES[label]) for label in LABELS], lines, circles)


def write_report(path: Path, page: str) -> None:
    """Write the page atomically: a reader never opens half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(page, encoding="utf-8")
    os.replace(temporary, path)
