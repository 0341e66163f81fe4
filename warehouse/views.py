"""Views over the tables that answer analysts' everyday questions; `akhbar.duckdb` holds them beside the tables' views.

Each is plain SQL over the table views, so it reads whatever the tables hold, local or on S3,
and needs no refresh when runs add rows. `VIEWS` also documents them: every column's meaning,
for the data dictionary (`docs/tables.md`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class View:
    """A derived view: what it answers, its SELECT, and what each of its columns means."""

    description: str
    sql: str
    columns: dict[str, str]


VIEWS: dict[str, View] = {
    "documents_en": View(
        "Each document's English text: its sentences' translations in order, a line break where the Arabic has one.",
        """
        WITH line_ends AS (  -- the offset of each line break of each document, its text read once
            SELECT doc_id, sum(length(line) + 1) OVER (PARTITION BY doc_id ORDER BY n) - 1 AS at
            FROM (SELECT doc_id, unnest(string_split(text, chr(10))) AS line, unnest(range(len(string_split(text, chr(10))))) AS n
                  FROM documents)
        ),
        pieces AS (
            SELECT s.doc_id, s.sentence_id, t.text_en,
                   (SELECT count(*) FROM line_ends e WHERE e.doc_id = s.doc_id AND e.at < s.char_start) AS paragraph
            FROM sentences s JOIN translations t USING (doc_id, sentence_id)
        ),
        joined AS (
            SELECT doc_id, sentence_id,
                   CASE WHEN lag(paragraph) OVER w IS NULL THEN '' WHEN lag(paragraph) OVER w < paragraph THEN chr(10) ELSE ' ' END
                   || text_en AS piece
            FROM pieces WINDOW w AS (PARTITION BY doc_id ORDER BY sentence_id)
        )
        SELECT d.doc_id, d.title, d.published_at, d.partition_date, d.source_uri, d.url,
               string_agg(p.piece, '' ORDER BY p.sentence_id) AS text_en,
               count(p.sentence_id) AS sentences,
               coalesce(any_value(totals.sentences), 0) - count(p.sentence_id) AS untranslated
        FROM documents d
        LEFT JOIN joined p USING (doc_id)
        LEFT JOIN (SELECT doc_id, count(*) AS sentences FROM sentences GROUP BY doc_id) totals USING (doc_id)
        GROUP BY d.doc_id, d.title, d.published_at, d.partition_date, d.source_uri, d.url
        """,
        {
            "doc_id": "the document (`documents.doc_id`)",
            "title": "its title as published (Arabic; titles are not translated)",
            "published_at": "publication time, UTC; null when the source gave none",
            "partition_date": "publication date, else ingest date",
            "source_uri": "where the article was read from",
            "url": "the article's web address, when the source gave one",
            "text_en": "the English text: each sentence's `translations.text_en` in order, joined by a space, or a line break where "
                       "the Arabic text has one; null when no sentence is translated",
            "sentences": "translated sentences joined",
            "untranslated": "sentences of the document without a translation (0 after a complete run)",
        },
    ),
    "entity_mentions": View(
        "One row per canonical entity, label and day: how often it was mentioned, in how many documents, and its English name.",
        """
        SELECT canonical, label, partition_date AS day,
               any_value(name_en) AS name_en,
               mode(text) AS text,
               count(*) AS mentions,
               count(DISTINCT doc_id) AS documents
        FROM entities
        GROUP BY canonical, label, partition_date
        """,
        {
            "canonical": "the entity's key, shared by all its spellings (`entities.canonical`)",
            "label": "PERSON, ORG, LOC or MISC",
            "day": "the documents' `partition_date` (publication date, else ingest date)",
            "name_en": "the entity's English name (`entities.name_en`, one per canonical)",
            "text": "its most frequent Arabic spelling that day",
            "mentions": "mentions that day",
            "documents": "documents mentioning it that day",
        },
    ),
    "quotes_en": View(
        "Every quotation with its speaker, in Arabic and English, and the article it comes from.",
        """
        SELECT q.doc_id, q.sentence_id, q.speaker, q.speaker_canonical, names.name_en AS speaker_en,
               q.quote, q.quote_en, q.kind, q.verb, d.published_at, q.partition_date AS day, d.title, d.source_uri, d.url
        FROM quotes q
        JOIN documents d USING (doc_id)
        LEFT JOIN (SELECT canonical, any_value(name_en) AS name_en FROM entities GROUP BY canonical) names
               ON names.canonical = q.speaker_canonical
        """,
        {
            "doc_id": "the document quoted from",
            "sentence_id": "the quote's sentence",
            "speaker": "who speaks, as written (Arabic; a name or a role such as `مصدر قريب`); null when unknown",
            "speaker_canonical": "the speaker's `entities.canonical` when the speaker is a named entity",
            "speaker_en": "the speaker's English name, when the speaker is a named entity",
            "quote": "the words quoted (Arabic, without the quotation marks)",
            "quote_en": "the English translation of the quote's sentence",
            "kind": "direct (in quotation marks) or indirect (reported: `قال إن …`)",
            "verb": "the speech verb (`قال`, `أكد` …)",
            "published_at": "the article's publication time, UTC",
            "day": "the article's `partition_date`",
            "title": "the article's title",
            "source_uri": "where the article was read from",
            "url": "the article's web address, when known",
        },
    ),
    "cooccurrence": View(
        "Pairs of canonical entities named in the same document: how many documents name both, each pair once.",
        """
        WITH named AS (SELECT DISTINCT doc_id, canonical, label, name_en FROM entities)
        SELECT a.canonical AS canonical_a, a.label AS label_a, a.name_en AS name_en_a,
               b.canonical AS canonical_b, b.label AS label_b, b.name_en AS name_en_b,
               count(DISTINCT a.doc_id) AS documents,
               min(d.partition_date) AS first_day, max(d.partition_date) AS last_day
        FROM named a
        JOIN named b ON a.doc_id = b.doc_id AND a.canonical < b.canonical
        JOIN documents d ON d.doc_id = a.doc_id
        GROUP BY ALL
        """,
        {
            "canonical_a": "one entity of the pair (the lower key)",
            "label_a": "its label",
            "name_en_a": "its English name",
            "canonical_b": "the other entity",
            "label_b": "its label",
            "name_en_b": "its English name",
            "documents": "documents that name both",
            "first_day": "the first `partition_date` on which they appear together",
            "last_day": "the last",
        },
    ),
}
