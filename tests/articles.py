"""Helpers for tests that build ingest's output by hand or need real Arabic news: NTREX and the project's texts, edited copies, articles tables."""

from __future__ import annotations

import datetime as dt
import functools
import json
import random
import re
from pathlib import Path

import pyarrow as pa
from corpora import corpora_root

from akhbar.tasks.clean import normalize_text
from akhbar.tasks.evaluate import ntrex_documents
from akhbar.tasks.ingest import ARTICLE_SCHEMA

ROOT = Path(__file__).parents[1]
INGESTED = dt.datetime(2024, 5, 6, 12, 0)


def ntrex_texts() -> tuple[str, ...]:
    """The 123 NTREX Arabic documents, as clean text (from AKHBAR_CORPORA: the calling test skips without it)."""
    __tracebackhide__ = True  # a skip is reported at the calling test's line
    return _ntrex_texts(corpora_root())


@functools.cache
def _ntrex_texts(root: Path) -> tuple[str, ...]:
    return tuple(normalize_text("\n".join(lines)) for _, lines in ntrex_documents(root))


@functools.cache
def project_texts() -> tuple[str, ...]:
    """The project's own Arabic news, always at hand: the seed article and the 8 held-out gold articles, as clean text."""
    seed = (ROOT / "seeds" / "000_5b42712cb21a55ef.txt").read_text(encoding="utf-8")
    heldout = json.loads((ROOT / "tests" / "gold" / "heldout.json").read_text(encoding="utf-8"))["documents"]
    return (normalize_text(seed), *(normalize_text(document["text"]) for document in heldout))


def edit_words(text: str, seed: int, count: int = 3) -> str:
    """`text` with `count` of its words, picked at random, replaced by new words."""
    words = list(re.finditer(r"\w+", text))
    for n, index in enumerate(sorted(random.Random(seed).sample(range(len(words)), count), reverse=True)):
        start, end = words[index].span()
        text = f"{text[:start]}تعديل{n}{text[end:]}"
    return text


def articles(*texts: str, uris: list[str] | None = None, published: list[dt.datetime | None] | None = None) -> pa.Table:
    """An articles table as ingest makes it, one .txt article per text (`file:///in/<i>.txt` unless `uris` says)."""
    n = len(texts)
    return pa.table(
        {
            "source_uri": uris or [f"file:///in/{i}.txt" for i in range(n)],
            "source_format": ["txt"] * n,
            "source_id": pa.nulls(n, pa.string()),
            "url": pa.nulls(n, pa.string()),
            "title": pa.nulls(n, pa.string()),
            "published_at": pa.array(published or [None] * n, pa.timestamp("us")),
            "published_raw": pa.nulls(n, pa.string()),
            "raw_text": list(texts),
            "ingested_at": pa.array([INGESTED] * n, pa.timestamp("us")),
        },
        schema=ARTICLE_SCHEMA,
    )
