"""The pipeline flow: one run over the given sources. It only wires the stages together."""

from __future__ import annotations

import datetime as dt
import uuid
from contextlib import nullcontext

import pyarrow as pa
import pyarrow.compute as pc
from prefect import flow
from prefect.runtime import flow_run

from akhbar.flows.ledger import Ledger, publish_summary
from akhbar.flows.settings import DEFAULT_MODEL
from akhbar.tasks import DEFAULT_MAX_DOCUMENT_BYTES, run_logger
from akhbar.tasks.clean import clean_documents, segment_sentences
from akhbar.tasks.english import add_quote_translations, translate_entity_names
from akhbar.tasks.extract import extract_dates_and_amounts, extract_mentions
from akhbar.tasks.extract_model import extract_model_entities, load_recognizer
from akhbar.tasks.ingest import ingest_files
from akhbar.tasks.translate import Decoding, load_translator, translate_sentences
from akhbar.tasks.validate import check_translations, gather_rejects, validate_tables
from akhbar.warehouse import Warehouse
from akhbar.warehouse.publish import flag_near_duplicates, publish_tables, skip_published


@flow(name="akhbar-run")
def pipeline(
    source: list[str] = ["seeds"],  # noqa: B006 (Prefect parameters must be JSON-like)
    warehouse: str = "data",
    model: str = DEFAULT_MODEL,
    backend: str = "ctranslate2",
    device: str = "cpu",
    beam_size: int | None = None,
    max_new_tokens: int | None = None,
    max_source_tokens: int = 256,
    ner_model: str | None = None,
    max_document_bytes: int = DEFAULT_MAX_DOCUMENT_BYTES,
    days: list[dt.date] | None = None,
    force: bool = False,
    hold_lock: bool = True,
    batches: int = 1,
) -> dict[str, int]:
    """ingest → clean → translate → extract → english → validate → publish, into `warehouse`.

    Only documents not yet published are processed; an article over `max_document_bytes` is
    rejected. `days` keeps the documents whose `partition_date` is one of them (a backfill's
    day); `force` processes them all again and replaces those days' partitions.
    `hold_lock=False` is for a caller that holds the warehouse lock already (`akhbar backfill`).
    `batches` > 1 cuts the documents into that many batches whose translation and extraction are
    submitted to the flow's task runner (a Dask cluster with `--task-runner dask`): each worker
    process loads the model once. Every run, failed ones too, writes its ledger rows and a Prefect
    artifact.
    """
    decoding = Decoding(beam_size, max_new_tokens, max_source_tokens)
    translator = load_translator(model, backend, device, decoding)  # fails before any work when the model is missing
    if ner_model:
        load_recognizer(ner_model, device)  # the same: a missing NER model stops the run before it starts
    if force and days is None:
        raise ValueError("force rebuilds whole days: give `days` too")
    ledger = Ledger(str(flow_run.id or uuid.uuid4()), list(source), model, backend, translator.settings)
    store = Warehouse(warehouse)
    with store.lock() if hold_lock else nullcontext():
        try:
            written = _stages(ledger, store, translator, source, max_document_bytes, model, backend, device, decoding, ner_model, days,
                              force, batches)
        except BaseException as exc:
            ledger.error = f"{type(exc).__name__}: {exc}"
            try:
                publish_summary(warehouse, ledger, "failed", {})
            except Exception as summary_error:  # the run's own error is the one to raise
                run_logger().warning("could not record the failed run in the ledger: %s", summary_error)
            raise
        publish_summary(warehouse, ledger, "completed", written)
    return written


def _stages(ledger, store, translator, source, max_document_bytes, model, backend, device, decoding, ner_model, days, force, batches) -> dict[str, int]:
    """The stages of one run, each timed and counted in the ledger; returns rows published per table."""
    warehouse = str(store.root)
    # ingest
    with ledger.stage("ingest", rows_in=len(source)) as stage:
        articles, ingest_rejects = ingest_files(source, max_document_bytes)
        stage.rows_out = articles.num_rows
    # clean
    with ledger.stage("clean", rows_in=articles.num_rows) as stage:
        documents, clean_rejects = clean_documents(articles)
        if days is not None:
            documents = documents.filter(pc.is_in(documents["partition_date"], pa.array(days, pa.date32())))
        if not force:
            documents, published_rejects = skip_published(warehouse, documents)
            clean_rejects = pa.concat_tables([clean_rejects, published_rejects])
        documents = flag_near_duplicates(warehouse, documents)
        stage.rows_out = documents.num_rows
    with ledger.stage("segment", rows_in=documents.num_rows) as stage:
        sentences = segment_sentences(documents)
        stage.rows_out = sentences.num_rows
    parts = document_batches(sentences, batches)
    # translate
    with ledger.stage("translate", rows_in=sentences.num_rows) as stage:
        done = _each(translate_sentences, parts, model, backend, device, decoding, str(store.memory_path))
        translations, stage.model_inputs = pa.concat_tables([t for t, _ in done]), sum(n for _, n in done)
        stage.rows_out = translations.num_rows
    # extract
    with ledger.stage("extract", rows_in=sentences.num_rows) as stage:
        found = _each(extract_mentions, parts)
        entities, quotes = pa.concat_tables([e for e, _ in found]), pa.concat_tables([q for _, q in found])
        if ner_model:  # before `english`, so the model's entities get English names too
            entities = extract_model_entities(entities, sentences, ner_model, device)
        published = dict(zip(documents["doc_id"].to_pylist(), documents["published_at"].to_pylist()))
        found = _each(extract_dates_and_amounts, parts, published)
        dates, amounts = pa.concat_tables([d for d, _ in found]), pa.concat_tables([a for _, a in found])
        stage.rows_out = entities.num_rows + quotes.num_rows + dates.num_rows + amounts.num_rows
    # english
    with ledger.stage("english", rows_in=entities.num_rows + quotes.num_rows) as stage:
        entities, stage.model_inputs = translate_entity_names(entities, translator, str(store.memory_path))
        quotes = add_quote_translations(quotes, translations)
        stage.rows_out = entities.num_rows + quotes.num_rows
    # validate
    tables = {"documents": documents, "sentences": sentences, "translations": translations, "entities": entities, "quotes": quotes,
              "dates": dates, "amounts": amounts}
    with ledger.stage("validate", rows_in=sum(t.num_rows for t in tables.values())) as stage:
        tables, validate_rejects = validate_tables(tables)
        ledger.translations_flagged = check_translations(tables["translations"])["flagged"]
        tables["rejects"] = gather_rejects([ingest_rejects, clean_rejects, validate_rejects], ledger.started_at.date())
        ledger.count_rejects(tables["rejects"])
        stage.rows_out = sum(t.num_rows for t in tables.values())
    # publish
    with ledger.stage("publish", rows_in=stage.rows_out) as stage:
        written = publish_tables(warehouse, tables, ledger.run_id, replace_days=list(days) if force else None)
        stage.rows_out = sum(written.values())
    return written


def document_batches(sentences: pa.Table, n: int) -> list[pa.Table]:
    """`sentences` cut into at most `n` batches of whole documents, of about equal numbers of sentences."""
    if n <= 1 or sentences.num_rows == 0:
        return [sentences]
    doc_ids = sentences["doc_id"].to_pylist()
    size, cuts, start = -(-len(doc_ids) // n), [], 0
    while start < len(doc_ids):
        end = min(start + size, len(doc_ids))
        while end < len(doc_ids) and doc_ids[end] == doc_ids[end - 1]:
            end += 1  # a document stays whole: its names and speakers are linked across its sentences
        cuts.append(sentences.slice(start, end - start))
        start = end
    return cuts


def _each(stage_task, parts: list[pa.Table], *args):
    """`stage_task` over each batch: called here for one, submitted to the task runner for several."""
    if len(parts) == 1:
        return [stage_task(parts[0], *args)]
    futures = [stage_task.submit(part, *args) for part in parts]
    return [future.result() for future in futures]
