"""Extract: entities, quotes, dates and amounts from the Arabic text, with exact document offsets.

The stage's Prefect tasks. The work itself, on a batch of whole documents, is `extract_documents`'s
(imported without Prefect, for the worker processes that run it); `extract_all` spreads a chunk's
documents over those processes (`parallel`).
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.compute as pc
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.tasks import parallel
from akhbar.tasks.extract_documents import (
    AMOUNT_COLUMNS,
    DATE_COLUMNS,
    ENTITY_COLUMNS,
    QUOTE_COLUMNS,
    find_all,
    find_amounts,
    find_dates,
    find_dates_and_amounts,
    find_entities,
    find_mentions,
    find_quotes,
    with_document_currencies,
)
from akhbar.tasks.extract_model import load_recognizer, merge_model_entities

__all__ = ["AMOUNT_COLUMNS", "DATE_COLUMNS", "ENTITY_COLUMNS", "QUOTE_COLUMNS", "extract_all", "extract_amounts", "extract_dates",
           "extract_dates_and_amounts", "extract_entities", "extract_mentions", "extract_model_entities", "extract_quotes",
           "find_all", "find_amounts", "find_dates", "find_dates_and_amounts", "find_entities", "find_mentions", "find_quotes",
           "quotes_in_documents", "with_document_currencies"]


# Documents a worker extracts at most (a part; each part in a new worker, `parallel`): what a worker keeps until it stops
# follows what it read. `benchmarks/archive.py`, 10,000 ANT articles in chunks of 1,000, the process tree's peak PSS:
# 1,058 and 1,084 MB with one part a worker (500 documents), 932 MB with parts of 250 and 920 with 125, extraction 50.9,
# 50.7 and 56.7 s (new workers re-read the words the warm server did not cache).
PART_DOCUMENTS = 250


@task(name="extract", cache_policy=NO_CACHE)
def extract_all(sentences: pa.Table, published: dict[str, dt.date | None], workers: int = 1) -> tuple[pa.Table, ...]:
    """`find_all`, the batch cut into parts of whole documents (`workers` at least, of `PART_DOCUMENTS` at most) for as many
    worker processes when it is large enough (`parallel.worth_spreading`): each document's analysis is its own, so the rows
    are the same."""
    documents = len(set(sentences["doc_id"].to_pylist())) if workers > 1 else 0
    if not parallel.worth_spreading(documents):
        return find_all(sentences, published)
    parts = parallel.document_batches(sentences, max(workers, -(-documents // PART_DOCUMENTS)))
    found = parallel.spread(find_all, parts, published)
    return tuple(pa.concat_tables([f[i] for f in found]) for i in range(4))


extract_entities = task(find_entities, name="extract-entities", cache_policy=NO_CACHE)
extract_quotes = task(find_quotes, name="extract-quotes", cache_policy=NO_CACHE)
extract_dates = task(find_dates, name="extract-dates", cache_policy=NO_CACHE)
extract_amounts = task(find_amounts, name="extract-amounts", cache_policy=NO_CACHE)
extract_mentions = task(find_mentions, name="extract-entities-quotes", cache_policy=NO_CACHE)
extract_dates_and_amounts = task(find_dates_and_amounts, name="extract-dates-amounts", cache_policy=NO_CACHE)


@task(name="extract-model-entities", cache_policy=NO_CACHE)
def extract_model_entities(entities: pa.Table, sentences: pa.Table, model: str, device: str = "cpu", min_score: float = 0.5) -> pa.Table:
    """The rule entities plus those of the NER model `model` (AKHBAR_NER_MODEL) where they overlap none."""
    return merge_model_entities(entities, sentences, load_recognizer(model, device), min_score)


def quotes_in_documents(quotes: pa.Table, documents: pa.Table, sentences: pa.Table) -> pa.Table:
    """A quotation over several sentences with its text sliced from its document, and ended at its paragraph's end.

    Between two sentences the sentences table keeps no text: `_across` could only guess a space where
    the document has a line break, and a mark left open ran on into the next paragraph (an unclosed
    `"` swallowed it). A quotation never crosses a paragraph: it is cut at the line break, and its
    `sentence_id_end` is the last sentence it still reaches.
    """
    spanning = pc.not_equal(quotes["sentence_id"], quotes["sentence_id_end"])
    if not pc.any(spanning).as_py():
        return quotes
    texts = dict(zip(documents["doc_id"].to_pylist(), documents["text"].to_pylist()))
    starts: dict[str, list[tuple[int, int]]] = {}
    for doc, sentence, begin in zip(sentences["doc_id"].to_pylist(), sentences["sentence_id"].to_pylist(),
                                    sentences["char_start"].to_pylist()):
        starts.setdefault(doc, []).append((begin, sentence))
    rows = quotes.to_pylist()
    for row, many in zip(rows, spanning.to_pylist()):
        if not many or row["doc_id"] not in texts:
            continue
        text = texts[row["doc_id"]][row["char_start"] : row["char_end"]]
        if "\n" in text:
            text = text[: text.index("\n")].rstrip()
            row["char_end"] = row["char_start"] + len(text)
            row["sentence_id_end"] = max(s for b, s in starts[row["doc_id"]] if b < row["char_end"])
        row["quote"] = text
    return pa.Table.from_pylist(rows, schema=quotes.schema)
