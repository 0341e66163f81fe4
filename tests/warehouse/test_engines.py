"""Other engines read the warehouse: every table opens in pyarrow and polars, and DuckDB, with its documented schema.

A small real warehouse, made without Prefect from the seed article (and a JSONL file of its two halves and
another article, dated, and a file akhbar refuses) by the stages themselves, with hand-made translations: then every table
is read with the snippets docs/tables.md shows, run as they are written there.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import polars as pl
import pyarrow as pa
import pytest

from akhbar.flows.ledger import Ledger, fetch_records, manifest_rows
from akhbar.schemas import TABLES, translations
from akhbar.schemas import entities as entity_schema
from akhbar.schemas._types import description
from akhbar.tasks.clean import clean_documents, segment_sentences
from akhbar.tasks.english import add_quote_translations, english_country_name, with_column
from akhbar.tasks.extract import find_dates_and_amounts, find_mentions
from akhbar.tasks.ingest import ArticleReader
from akhbar.tasks.validate import gather_rejects, validate_tables
from akhbar.warehouse import Warehouse
from akhbar.warehouse.dictionary import ENGINE_TYPES, POLARS_EXAMPLE, PYARROW_EXAMPLE, duckdb_types, table_schema
from akhbar.warehouse.publish import PUBLISH_ORDER
from akhbar.warehouse.views import VIEWS

SEED = Path(__file__).parents[2] / "seeds" / "astana-20170124.txt"
RUN_ID = "run-engines"
# The seed names no amount: an article that does.
AMOUNTS = [
    "أعلنت وزارة المالية الأردنية يوم الثلاثاء أنها خصصت مليوني دولار لمساعدة ثلاثة آلاف لاجئ في عمان.",
    "وقال الوزير إن نسبة البطالة بلغت 15% في العام الماضي، وإن الحكومة ستنفق 300 مليون يورو على المدارس.",
]


def _translations(sentences: pa.Table) -> pa.Table:
    """What translate would give, made by hand: no model needed to test the storage."""
    n = sentences.num_rows
    return pa.table(
        {
            "doc_id": sentences["doc_id"],
            "sentence_id": sentences["sentence_id"],
            "text_en": [f"Sentence {i}." for i in range(n)],
            "model": ["local@sha256:000000000000"] * n,
            "model_id": ["local"] * n,
            "model_revision": ["sha256:000000000000"] * n,
            "backend": ["ctranslate2"] * n,
            "num_beams": [1] * n,
            "src_tokens": [10] * n,
            "tgt_tokens": [3] * n,
            "length_ratio": [0.3] * n,
            "arabic_share": [0.0] * n,
            "logprob": [None if i % 2 else -0.5 for i in range(n)],
            "flags": [["length_ratio"] if i % 3 == 0 else [] for i in range(n)],
            "partition_date": sentences["partition_date"],
        },
        schema=translations.COLUMNS,
    )


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse published by the stages from the seed, two dated halves of it, an article with amounts and a refused file."""
    inputs = tmp_path_factory.mktemp("inputs")
    paragraphs = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    half = len(paragraphs) // 2
    articles = [paragraphs[:half], paragraphs[half:], AMOUNTS]
    (inputs / "articles.jsonl").write_text(
        "\n".join(
            json.dumps({"id": f"article-{i}", "url": f"https://example.org/{i}", "title": part[0][:40], "text": "\n".join(part),
                        "published_at": f"2017-01-{23 + i}T09:30:00+03:00"}, ensure_ascii=False)
            for i, part in enumerate(articles)
        ) + "\n",
        encoding="utf-8",
    )
    (inputs / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    sources = [str(SEED), str(inputs)]
    ledger = Ledger(RUN_ID, sources, "local", "ctranslate2", {"num_beams": 1})

    with ledger.stage("ingest", len(sources)) as stage:
        chunk = ArticleReader(sources).read(1 << 30)
        articles, ingest_rejects = chunk.articles, chunk.rejects
        stage.rows_out = articles.num_rows
    documents, clean_rejects = clean_documents.fn(articles)
    sentences = segment_sentences.fn(documents)
    entities, quotes = find_mentions(sentences)
    published = dict(zip(documents["doc_id"].to_pylist(), documents["published_at"].to_pylist()))
    dates, amounts = find_dates_and_amounts(sentences, published)
    translated = _translations(sentences)
    codes = entities["country_code"].to_pylist()
    entities = with_column(entities, entity_schema.COLUMNS, "name_en", [english_country_name(c) if c else None for c in codes])
    quotes = add_quote_translations.fn(quotes, translated)
    tables = {"documents": documents, "sentences": sentences, "translations": translated, "entities": entities, "quotes": quotes,
              "dates": dates, "amounts": amounts}
    tables, validate_rejects = validate_tables.fn(tables)
    tables["rejects"] = gather_rejects.fn([ingest_rejects, clean_rejects, validate_rejects], ledger.started_at.date())
    ledger.count_rejects(tables["rejects"])
    tables |= ledger.tables("completed", tables["documents"].num_rows, tables["rejects"].num_rows)
    tables["manifest"] = manifest_rows(chunk.finished, ledger.started_at)
    # as if the articles had come from a feed: a page fetched from its link, and the feed's version read
    page = {"url": "https://example.org/0", "final_url": "https://example.org/0", "canonical_url": "https://example.org/0",
            "feed_uri": "https://example.org/rss.xml", "status": 200, "bytes": 1200, "content_type": "text/html"}
    feed = {"feed_uri": "https://example.org/rss.xml", "kind": "rss20", "status": 200, "etag": '"v1"', "last_modified": None,
            "parent_uri": None, "items": 3, "new_items": 3}
    tables |= fetch_records([page], [feed], ledger.started_at)

    store = Warehouse(tmp_path_factory.mktemp("warehouse"))
    for table in PUBLISH_ORDER:
        assert store.publish(table, tables[table], RUN_ID) > 0, f"{table}: the test warehouse needs rows in every table"
    store.refresh_views()
    return store.root


def _run(example: str, root: Path, table: str):
    """A snippet of docs/tables.md, run on `table` of the warehouse at `root`: what it calls `documents`."""
    code = example.replace('"data/tables/documents', f'"{root}/tables/{table}')
    assert code != example
    scope: dict = {}
    exec(code, scope)
    return scope["documents"]


def test_the_warehouse_has_several_days_and_a_reject(root: Path) -> None:
    days = Warehouse(root).query("SELECT DISTINCT partition_date FROM documents ORDER BY 1")[1]
    assert [day for (day,) in days][:3] == [dt.date(2017, 1, 23), dt.date(2017, 1, 24), dt.date(2017, 1, 25)]
    assert Warehouse(root).query("SELECT reason FROM rejects")[1] == [("binary: pdf",)]


@pytest.mark.parametrize("table", list(TABLES))
def test_pyarrow_reads_the_documented_schema(root: Path, table: str) -> None:
    read = _run(PYARROW_EXAMPLE, root, table)
    documented = table_schema(table)
    assert read.schema.names == documented.names
    for field in documented:
        got = read.schema.field(field.name)
        assert got.type == field.type, f"{table}.{field.name}: {got.type}, documented {field.type}"
        shown = f"list<{got.type.value_type}>" if pa.types.is_list(got.type) else str(got.type)
        assert shown == ENGINE_TYPES[field.type][0], f"{table}.{field.name}"
        if field.name != "partition_date":  # the files carry each column's meaning too
            assert description(got) == description(field), f"{table}.{field.name}"
    assert read.num_rows == Warehouse(root).query(f"SELECT count(*) FROM {table}")[1][0][0] > 0


@pytest.mark.parametrize("table", list(TABLES))
def test_polars_reads_the_documented_schema(root: Path, table: str) -> None:
    read = _run(POLARS_EXAMPLE, root, table)
    assert isinstance(read, pl.DataFrame)
    documented = table_schema(table)
    assert read.columns == documented.names
    assert {name: str(dtype) for name, dtype in read.schema.items()} == {f.name: ENGINE_TYPES[f.type][1] for f in documented}
    days = Warehouse(root).query(f"SELECT DISTINCT partition_date FROM {table}")[1]
    assert set(read["partition_date"].unique().to_list()) == {day for (day,) in days}
    assert read.height == Warehouse(root).query(f"SELECT count(*) FROM {table}")[1][0][0]


def test_duckdb_reads_the_documented_types(root: Path) -> None:
    documented = duckdb_types()
    with duckdb.connect(str(root / "akhbar.duckdb"), read_only=True) as con:
        for name in [*TABLES, *VIEWS]:
            described = {row[0]: row[1] for row in con.execute(f"DESCRIBE {name}").fetchall()}
            assert described == documented[name], name
            if name in TABLES:
                assert con.execute(f"SELECT count(*) FROM {name}").fetchone()[0] > 0, name
