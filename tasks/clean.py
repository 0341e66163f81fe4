"""Clean: normalise Arabic text and segment it into sentences with exact offsets.

The stage's Prefect tasks, over tables; the work on each text is `clean_text`'s (imported without
Prefect, for the worker processes that run it), and near-duplicates are `near_duplicates`'.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.schemas import documents, sentences
from akhbar.schemas.rejects import REJECT_COLUMNS
from akhbar.tasks import near_duplicates, parallel
from akhbar.tasks.clean_text import (
    MAX_SENTENCE_CHARS,
    content_hash,
    identify_language,
    normalize_text,
    prepare_texts,
    sentence_spans,
)
from akhbar.tasks.ingest_sources import readable_uri

__all__ = ["MAX_SENTENCE_CHARS", "clean_documents", "content_hash", "flag_near_duplicates", "identify_language", "normalize_text",
           "segment_sentences", "sentence_spans"]


@task(name="clean", cache_policy=NO_CACHE)
def clean_documents(articles: pa.Table, workers: int = 1) -> tuple[pa.Table, pa.Table]:
    """Normalise each article into a document; empty texts, other languages and repeats go to rejects.

    A document that nearly repeats an earlier one of the batch (the same article with small
    edits) is kept, with `near_duplicate_of` naming the earlier one. With `workers` > 1, a batch
    large enough (`parallel.worth_spreading`) is normalised, identified and hashed in that many
    worker processes; the repeats are then found here, over the whole batch.
    """
    raw_texts = articles["raw_text"].to_pylist()
    if workers > 1 and parallel.worth_spreading(len(raw_texts)):
        step = -(-len(raw_texts) // workers)
        prepared = [row for part in parallel.spread(prepare_texts, [raw_texts[i:i + step] for i in range(0, len(raw_texts), step)])
                    for row in part]
    else:
        prepared = prepare_texts(raw_texts)
    kept, texts, doc_ids, hashes, bands, rejects = [], [], [], [], [], []
    seen: set[str] = set()
    for i, (uri, (text, doc_id, language, shingles, keys)) in enumerate(zip(articles["source_uri"].to_pylist(), prepared)):
        if doc_id is None or doc_id in seen or language != "ar":
            reason = ("empty: no text left after cleaning" if doc_id is None
                      else f"duplicate_of:{doc_id}" if doc_id in seen else f"language:{language}")
            rejects.append({"source_uri": uri, "doc_id": doc_id, "stage": "clean", "reason": reason})
            continue
        seen.add(doc_id)
        kept.append(i)
        texts.append(text)
        doc_ids.append(doc_id)
        hashes.append(shingles)
        bands.append(keys)
    kept_articles = articles.take(pa.array(kept, pa.int64()))  # typed: an empty list would be null-typed
    published = kept_articles["published_at"]
    derived = {
        "doc_id": doc_ids,
        "text": texts,
        "language": ["ar"] * len(texts),
        "partition_date": pc.if_else(pc.is_null(published), kept_articles["ingested_at"], published).cast(pa.date32()),
        "near_duplicate_of": near_duplicates.within(doc_ids, hashes, bands),
        "lsh_bands": bands,
        "source_path": [readable_uri(uri) for uri in kept_articles["source_uri"].to_pylist()],
    }
    columns = {name: derived[name] if name in derived else kept_articles[name] for name in documents.COLUMNS.names}
    return pa.table(columns, schema=documents.COLUMNS), pa.Table.from_pylist(rejects, schema=REJECT_COLUMNS)


@task(name="segment", cache_policy=NO_CACHE)
def segment_sentences(documents: pa.Table) -> pa.Table:
    """Split every document into sentences with character offsets into `documents.text`."""
    rows: dict[str, list] = {name: [] for name in sentences.COLUMNS.names}
    for doc in documents.select(["doc_id", "text", "partition_date"]).to_pylist():
        for sentence_id, (start, end) in enumerate(sentence_spans(doc["text"])):
            rows["doc_id"].append(doc["doc_id"])
            rows["sentence_id"].append(sentence_id)
            rows["text"].append(doc["text"][start:end])
            rows["char_start"].append(start)
            rows["char_end"].append(end)
            rows["partition_date"].append(doc["partition_date"])
    return pa.table(rows, schema=sentences.COLUMNS)


# A task of its own (retried: it reads the warehouse through the port); the comparison is `near_duplicates`'.
flag_near_duplicates = task(near_duplicates.flag_published, name="near-duplicates", retries=2, retry_delay_seconds=1,
                            cache_policy=NO_CACHE)
