"""Helpers for tests that build ingest's output by hand or need real Arabic news: NTREX and the project's texts, edited copies, articles tables.

The third-party corpora (NTREX-128, FLORES-200) are read from AKHBAR_CORPORA, never the repository. With it unset a
test that needs them skips, all of them with the one-line reason `SKIP_REASON`, which `pytest -ra` lists with each
test's place; CI (`.ci/run`) sets it, so there they run. Set but wrong, it is an error, not a skip. Tests take the
`corpora` fixture (tests/conftest.py); helpers that build data outside a fixture call `corpora_root()`.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
import random
import re
from pathlib import Path

import pyarrow as pa
import pytest

from akhbar.tasks.clean import normalize_text
from akhbar.tasks.evaluate import CORPORA_ENV, corpora_dir, ntrex_documents
from akhbar.tasks.ingest import ARTICLE_SCHEMA, META

ROOT = Path(__file__).parents[1]
INGESTED = dt.datetime(2024, 5, 6, 12, 0)
SKIP_REASON = f"needs {CORPORA_ENV} (the folder holding ntrex128/ and flores200/, as in ../shared/corpora); unset"


def corpora_root() -> Path:
    """The corpora folder from AKHBAR_CORPORA; skips the calling test when the variable is unset."""
    __tracebackhide__ = True  # the skip is reported at the test's line that needed the corpora, not here
    if not os.environ.get(CORPORA_ENV):
        pytest.skip(SKIP_REASON)
    return corpora_dir()


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
    seed = (ROOT / "seeds" / "astana-20170124.txt").read_text(encoding="utf-8")
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
            **{name: pa.nulls(n, pa.string()) for name in META},
            "raw_text": list(texts),
            "ingested_at": pa.array([INGESTED] * n, pa.timestamp("us")),
        },
        schema=ARTICLE_SCHEMA,
    )


def mentions(*texts: str) -> tuple[pa.Table, pa.Table]:
    """The entities and quotes the extractor finds in `texts`, one document each, cleaned and segmented as a run does."""
    from akhbar.tasks.clean import clean_documents, segment_sentences
    from akhbar.tasks.extract import find_mentions

    documents, _ = clean_documents.fn(articles(*texts))
    return find_mentions(segment_sentences.fn(documents))


def entity_labels(*texts: str) -> list[tuple[str, str]]:
    """Each entity of `mentions(*texts)` as (surface, label), in order."""
    return [(e["text"], e["label"]) for e in mentions(*texts)[0].to_pylist()]


def labelled(text: str, label: str) -> list[str]:
    """The surfaces of the entities of `label` found in the one document `text`."""
    return [surface for surface, found in entity_labels(text) if found == label]


def speakers(text: str) -> list[str | None]:
    """The speaker of each quote found in the one document `text`, in order."""
    return [q["speaker"] for q in mentions(text)[1].to_pylist()]


def entity_keys(*texts: str) -> dict[str, set[str]]:
    """Each entity surface of `mentions(*texts)` → the canonical keys it got."""
    keys: dict[str, set[str]] = {}
    for e in mentions(*texts)[0].to_pylist():
        keys.setdefault(e["text"], set()).add(e["canonical"])
    return keys
