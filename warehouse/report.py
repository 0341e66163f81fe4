"""The report's SQL: what `akhbar report` shows, read from the warehouse's views in one read-only connection.

Every query is limited to the days from `start` to `end` (`partition_date`, inclusive); the
ledger (runs, rejects) by the day a run started or a reject was recorded.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from akhbar.warehouse.store import open_warehouse

LABELS = ("PERSON", "ORG", "LOC", "MISC")


@dataclass
class ReportData:
    """Everything the page shows, as plain Python values."""

    start: dt.date | None
    end: dt.date | None
    totals: dict[str, int] = field(default_factory=dict)
    documents_per_day: list[tuple[dt.date, int]] = field(default_factory=list)
    top_entities: dict[str, list[dict]] = field(default_factory=dict)  # label → rows
    speakers: list[dict] = field(default_factory=list)  # each with its quotes
    cooccurrence_nodes: list[dict] = field(default_factory=list)
    cooccurrence_edges: list[dict] = field(default_factory=list)
    rejects_by_reason: list[tuple[str, int]] = field(default_factory=list)
    translation_flags: list[tuple[str, int]] = field(default_factory=list)
    runs: list[dict] = field(default_factory=list)
    latest: list[dict] = field(default_factory=list)  # the latest documents, Arabic beside English


def read_report(root: str, start: dt.date | None = None, end: dt.date | None = None, top: int = 10) -> ReportData:
    """Run the report's queries on the warehouse at `root`."""
    warehouse = open_warehouse(root)
    warehouse.check()  # WarehouseMissing when there is none; views brought up to date (from the bucket, on S3)
    data = ReportData(start, end)
    low, high = start or dt.date.min, end or dt.date.max
    with warehouse.connect(read_only=True) as con:

        def rows(sql: str, *params) -> list[dict]:
            result = con.execute(sql, [low, high, *params])
            names = [d[0] for d in result.description]
            return [dict(zip(names, row)) for row in result.fetchall()]

        in_range = "partition_date BETWEEN ? AND ?"
        data.totals = rows("""
            SELECT (SELECT count(*) FROM documents WHERE partition_date BETWEEN $1 AND $2) AS documents,
                   (SELECT count(*) FROM sentences WHERE partition_date BETWEEN $1 AND $2) AS sentences,
                   (SELECT count(*) FROM entities WHERE partition_date BETWEEN $1 AND $2) AS entities,
                   (SELECT count(DISTINCT canonical) FROM entities WHERE partition_date BETWEEN $1 AND $2) AS distinct_entities,
                   (SELECT count(*) FROM quotes WHERE partition_date BETWEEN $1 AND $2) AS quotes
        """)[0]
        data.documents_per_day = [
            (row["day"], row["documents"])
            for row in rows(f"SELECT partition_date AS day, count(*) AS documents FROM documents WHERE {in_range} GROUP BY 1 ORDER BY 1")
        ]
        for label in LABELS:
            data.top_entities[label] = rows(
                """SELECT canonical, any_value(name_en) AS name_en, mode(text) AS text, sum(mentions) AS mentions,
                           sum(documents) AS documents
                    FROM entity_mentions WHERE day BETWEEN ? AND ? AND label = ?
                    GROUP BY canonical ORDER BY mentions DESC, canonical LIMIT ?""",
                label, top,
            )
        data.speakers = rows(
            """WITH said AS (SELECT coalesce(speaker_canonical, speaker) AS key, * FROM quotes_en
                             WHERE day BETWEEN ? AND ? AND speaker IS NOT NULL),
                    examples AS (SELECT key, list({'quote': quote, 'quote_en': quote_en, 'kind': kind, 'title': title, 'day': day}
                                                  ORDER BY length(quote) DESC, quote) AS examples
                                 FROM (SELECT DISTINCT ON (key, quote) * FROM said) GROUP BY key)
               SELECT key, mode(speaker) AS speaker, any_value(speaker_en) AS speaker_en, count(*) AS quotes,
                      count(DISTINCT doc_id) AS documents, any_value(examples.examples)[1:3] AS examples
               FROM said JOIN examples USING (key)
               GROUP BY key ORDER BY quotes DESC, key LIMIT ?""",
            top,
        )
        nodes = rows(
            """SELECT canonical, label, any_value(name_en) AS name_en, mode(text) AS text, sum(mentions) AS mentions
               FROM entity_mentions WHERE day BETWEEN ? AND ?
               GROUP BY canonical, label ORDER BY mentions DESC, canonical LIMIT ?""",
            max(top, 12),
        )
        data.cooccurrence_nodes = nodes
        keys = [node["canonical"] for node in nodes]
        data.cooccurrence_edges = rows(
            """SELECT a.canonical AS a, b.canonical AS b, count(DISTINCT a.doc_id) AS documents
               FROM (SELECT DISTINCT doc_id, canonical FROM entities WHERE partition_date BETWEEN $1 AND $2 AND list_contains($3, canonical)) a
               JOIN (SELECT DISTINCT doc_id, canonical FROM entities WHERE list_contains($3, canonical)) b
                 ON a.doc_id = b.doc_id AND a.canonical < b.canonical
               GROUP BY 1, 2 ORDER BY documents DESC, 1, 2""",
            keys,
        )
        data.rejects_by_reason = [
            (row["reason"], row["n"])
            for row in rows(
                """SELECT split_part(reason, ':', 1) AS reason, count(*) AS n FROM rejects WHERE partition_date BETWEEN ? AND ?
                   GROUP BY 1 ORDER BY n DESC, 1"""
            )
        ]
        data.translation_flags = [
            (row["flag"], row["n"])
            for row in rows(
                """SELECT flag, count(*) AS n FROM (SELECT unnest(flags) AS flag FROM translations WHERE partition_date BETWEEN ? AND ?)
                   GROUP BY 1 ORDER BY n DESC, 1"""
            )
        ]
        data.runs = rows(
            """SELECT run_id, date_trunc('second', started_at) AS started_at, date_trunc('second', finished_at) AS finished_at,
                      status, documents, rejects, translations_flagged, model, error
               FROM runs WHERE started_at::DATE BETWEEN ? AND ? ORDER BY started_at DESC LIMIT 10"""
        )
        data.latest = rows(
            """SELECT d.doc_id, d.published_at, d.partition_date AS day, d.source_uri,
                      -- untitled (a plain-text article): its URL, else its file's name (`…/name%20x.txt#L3` → `name x.txt#L3`)
                      coalesce(nullif(trim(d.title), ''), d.url, regexp_extract(url_decode(d.source_uri), '[^/]*$')) AS title,
                      (SELECT s.text FROM sentences s WHERE s.doc_id = d.doc_id ORDER BY s.sentence_id LIMIT 1) AS first_sentence,
                      (SELECT t.text_en FROM translations t WHERE t.doc_id = d.doc_id ORDER BY t.sentence_id LIMIT 1) AS first_sentence_en
               FROM documents d WHERE d.partition_date BETWEEN ? AND ?
               ORDER BY d.partition_date DESC, d.published_at DESC NULLS LAST, d.doc_id LIMIT ?""",
            top,
        )
    return data
