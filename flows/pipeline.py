"""The pipeline flow: one run over the given sources. It builds the run's ports once and wires the stages."""

from __future__ import annotations

import ctypes
import datetime as dt
import uuid
from collections import Counter
from contextlib import nullcontext
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.compute as pc
from prefect import flow
from prefect.context import FlowRunContext
from prefect.runtime import flow_run

from akhbar.flows.config import RunConfig, run_config_flow
from akhbar.flows.ledger import Ledger, Progress, fetch_records, manifest_rows, publish_summary
from akhbar.tasks import run_logger
from akhbar.tasks.clean import clean_documents, flag_near_duplicates, segment_sentences
from akhbar.tasks.english import add_quote_translations, translate_entity_names
from akhbar.tasks.extract import (
    extract_all,
    extract_dates_and_amounts,
    extract_mentions,
    extract_model_entities,
    quotes_in_documents,
    with_document_currencies,
)
from akhbar.tasks.extract_model import load_recognizer
from akhbar.tasks.ingest import ArticleReader, Chunk, ingest_chunk
from akhbar.tasks.ingest_feeds import FeedReader
from akhbar.tasks.ingest_sources import redact, split_feeds
from akhbar.tasks.parallel import cores, document_batches, warm_up
from akhbar.tasks.ports import TranslationMemory
from akhbar.tasks.translate import Translator, load_translator, translate_sentences
from akhbar.tasks.validate import check_translations, gather_rejects, validate_tables
from akhbar.warehouse import Warehouse, open_warehouse
from akhbar.warehouse.publish import keep_published_days, publish_tables, skip_published

# Input from which a run starts its worker processes for clean and extract at once (about 200 articles and more: a
# chunk that large is spread over them); smaller runs never need them.
WARM_UP_BYTES = 1_000_000


@dataclass(frozen=True)
class Ports:
    """What the stages reach outside themselves, built once where the run starts."""

    translator: Translator
    memory: TranslationMemory
    warehouse: Warehouse


@flow(name="akhbar-run")
@run_config_flow
def pipeline(config: RunConfig, days: list[dt.date] | None = None, force: bool = False, hold_lock: bool = True) -> dict[str, int]:
    """ingest → clean → translate → extract → english → validate → publish, into the configured warehouse.

    Only documents not yet published are processed. `days` keeps the documents whose
    `partition_date` is one of them (a backfill's day); `force` processes them all again and
    replaces those days' partitions. `hold_lock=False` is for a caller that holds the warehouse
    lock already (`akhbar run`, `akhbar backfill`). With more than one batch (`batches`, or
    `task_runner` dask) translation and extraction are submitted batch by batch to the flow's
    task runner. Every run, failed ones too, writes its ledger rows and a Prefect artifact.
    """
    if force and days is None:
        raise ValueError("force rebuilds whole days: give `days` too")
    _check_task_runner(config)
    translator = load_translator(config.model, config.backend, config.device, config.decoding())  # fails before any work
    if config.ner_model:
        load_recognizer(config.ner_model, config.device)  # the same: a missing NER model stops the run before it starts
    store = open_warehouse(config.warehouse)
    ports = Ports(translator, store.translation_memory(), store)
    ledger = Ledger(str(flow_run.id or uuid.uuid4()), [redact(source) for source in config.source], config.model, config.backend, translator.settings)
    with store.lock() if hold_lock else nullcontext():
        try:
            written = _stages(config, ports, ledger, days, force)
        except BaseException as exc:
            ledger.error = f"{type(exc).__name__}: {exc}"
            try:
                publish_summary(store, ledger, "failed", {})
            except Exception as summary_error:  # the run's own error is the one to raise
                run_logger().warning("could not record the failed run in the ledger: %s", summary_error)
            raise
        publish_summary(store, ledger, "completed", written)
    return written


def _stages(config: RunConfig, ports: Ports, ledger: Ledger, days: list[dt.date] | None, force: bool) -> dict[str, int]:
    """Read the sources a chunk at a time, each chunk through every stage and published before the next is read.

    A plain run skips the source files the warehouse's manifest has unchanged (same size and
    modification time) without opening them, and records each file it reads to its end once all
    it gave is published; a backfill's day or a `force` rebuild reads everything and records
    nothing. Memory holds one chunk; a run that dies loses only the chunk in flight, and the next
    skips what was published (by `doc_id`). Returns rows published per table.
    """
    incremental = days is None and not force
    files, feeds = split_feeds(config.source)
    if feeds and not incremental:
        raise ValueError(f"feeds are read by plain runs only, not by a backfill's day or a rebuild: {', '.join(map(redact, feeds))}")
    # feeds after the files: their new items, fetched as they are read
    fetched = FeedReader(feeds, config.ingest_options(), config.fetch_options(), ports.warehouse).rows() if feeds else ()
    reader = ArticleReader(files, config.ingest_options(), known=ports.warehouse.manifest() if incremental else None,
                           ingested_at=ledger.started_at, more=fetched)
    if _workers(config) > 1 and reader.total_bytes >= WARM_UP_BYTES:
        warm_up()  # the worker processes start while the first chunk is read
    ledger.files_unchanged = reader.unchanged
    log = run_logger()
    if reader.unchanged:
        log.info("%s source file%s unchanged since last read: skipped without opening", f"{reader.unchanged:,}",
                 "" if reader.unchanged == 1 else "s")
    progress = Progress(reader.total_bytes)
    written: Counter[str] = Counter()
    while not reader.exhausted:
        with ledger.stage("ingest", rows_in=0 if progress.chunks else len(config.source)) as stage:
            chunk = ingest_chunk(reader, config.chunk_size, config.chunk_characters)
            stage.rows_out = chunk.articles.num_rows
        written.update(_chunk_stages(config, ports, ledger, chunk, days, force, record=incremental))
        progress.chunk_done(chunk.articles.num_rows, written.get("documents", 0), reader.bytes_read, reader.exhausted, log)
        del chunk
        _give_back_memory()
    return dict(written)


def _limit_malloc_arenas(arenas: int = 2) -> None:
    """At most `arenas` glibc heaps (`mallopt(M_ARENA_MAX)`, as MALLOC_ARENA_MAX would at start): by default each of the
    run's threads (Prefect's, the writers', CTranslate2's) may get a heap of its own, whose freed pages stay resident.
    Measured on 10,000 ANT articles: a run's resident memory between chunks about 40 MB lower, its peak about 20 MB.
    Elsewhere than glibc, nothing."""
    try:
        ctypes.CDLL(None).mallopt(-8, arenas)  # M_ARENA_MAX
    except (AttributeError, OSError):
        pass


_limit_malloc_arenas()  # on import: before the run's threads start and take heaps of their own


def _give_back_memory() -> None:
    """Return the freed memory of a chunk to the system, Arrow's pool (mimalloc keeps freed pages for reuse) and glibc's
    heap (`malloc_trim`): without it the peak stays resident and grows a little with each chunk's fragments. Elsewhere
    than glibc, Arrow's only."""
    pa.default_memory_pool().release_unused()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError):
        pass


def _chunk_stages(config: RunConfig, ports: Ports, ledger: Ledger, chunk: Chunk, days: list[dt.date] | None, force: bool,
                  record: bool) -> dict[str, int]:
    """clean → segment → translate → extract → english → validate → publish of one chunk; rows published per table."""
    articles, ingest_rejects = chunk.articles, chunk.rejects
    # clean
    with ledger.stage("clean", rows_in=articles.num_rows) as stage:
        documents, clean_rejects = clean_documents(articles, _workers(config))
        if days is not None:  # a backfill's day: documents published already stay on their day (an undated one's first)
            documents = keep_published_days(ports.warehouse, documents)
            documents = documents.filter(pc.is_in(documents["partition_date"], pa.array(days, pa.date32())))
        if not force:
            documents, published_rejects = skip_published(ports.warehouse, documents)
            clean_rejects = pa.concat_tables([clean_rejects, published_rejects])
        documents = flag_near_duplicates(documents, ports.warehouse)
        stage.rows_out = documents.num_rows
    with ledger.stage("segment", rows_in=documents.num_rows) as stage:
        sentences = segment_sentences(documents)
        stage.rows_out = sentences.num_rows
    parts = document_batches(sentences, config.document_batches())
    # translate
    with ledger.stage("translate", rows_in=sentences.num_rows) as stage:
        done = _each(translate_sentences, parts, ports.translator, ports.memory)
        translations, stage.model_inputs = pa.concat_tables([t for t, _ in done]), sum(n for _, n in done)
        stage.rows_out = translations.num_rows
    # extract
    with ledger.stage("extract", rows_in=sentences.num_rows) as stage:
        published = dict(zip(documents["doc_id"].to_pylist(), documents["published_at"].to_pylist()))
        if len(parts) == 1:  # this process: the rules spread over its cores
            entities, quotes, dates, amounts = extract_all(sentences, published, _workers(config))
        else:  # batches on the task runner (Dask's workers)
            found = _each(extract_mentions, parts)
            entities, quotes = pa.concat_tables([e for e, _ in found]), pa.concat_tables([q for _, q in found])
            found = _each(extract_dates_and_amounts, parts, published)
            dates, amounts = pa.concat_tables([d for d, _ in found]), pa.concat_tables([a for _, a in found])
            amounts = with_document_currencies(amounts, entities)  # (`extract_all` does it in each part)
        quotes = quotes_in_documents(quotes, documents, sentences)
        if config.ner_model:  # before `english`, so the model's entities get English names too
            entities = extract_model_entities(entities, sentences, config.ner_model, config.device)
        stage.rows_out = entities.num_rows + quotes.num_rows + dates.num_rows + amounts.num_rows
    # english
    with ledger.stage("english", rows_in=entities.num_rows + quotes.num_rows) as stage:
        entities, stage.model_inputs = translate_entity_names(entities, ports.translator, ports.memory)
        quotes = add_quote_translations(quotes, translations)
        stage.rows_out = entities.num_rows + quotes.num_rows
    # validate
    tables = {"documents": documents, "sentences": sentences, "translations": translations, "entities": entities, "quotes": quotes,
              "dates": dates, "amounts": amounts}
    with ledger.stage("validate", rows_in=sum(t.num_rows for t in tables.values())) as stage:
        tables, validate_rejects = validate_tables(tables)
        ledger.translations_flagged += check_translations(tables["translations"])["flagged"]
        tables["rejects"] = gather_rejects([ingest_rejects, clean_rejects, validate_rejects], ledger.started_at.date())
        ledger.count_rejects(tables["rejects"])
        stage.rows_out = sum(t.num_rows for t in tables.values())
    if record:
        tables["manifest"] = manifest_rows(chunk.finished, ledger.started_at)
    tables |= fetch_records(chunk.pages, chunk.feeds, ledger.started_at)  # published after the documents they gave
    # publish
    with ledger.stage("publish", rows_in=stage.rows_out) as stage:
        written = publish_tables(ports.warehouse, tables, ledger.run_id, replace_days=list(days) if force else None)
        stage.rows_out = sum(written.values())
    return written


def _workers(config: RunConfig) -> int:
    """Worker processes for the rules of clean and extract: the cores, with the thread runner (Dask spreads batches itself)."""
    return cores() if config.task_runner == "thread" else 1


def _each(stage_task, parts: list[pa.Table], *args):
    """`stage_task` over each batch: called here for one, submitted to the task runner for several."""
    if len(parts) == 1:
        return [stage_task(parts[0], *args)]
    futures = [stage_task.submit(part, *args) for part in parts]
    return [future.result() for future in futures]


def task_runner(config: RunConfig):
    """The task runner `config.task_runner` asks for: None for this process's threads, else a `DaskTaskRunner`.

    Raises ImportError, with what to install, when prefect-dask is missing.
    """
    if config.task_runner == "thread":
        return None
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise ImportError("--task-runner dask needs prefect-dask: pip install prefect-dask") from None
    import logging

    logging.getLogger("distributed").setLevel(logging.WARNING)  # the cluster's own chatter
    logging.getLogger("distributed.batched").setLevel(logging.CRITICAL)  # a closed stream at shutdown is no error of ours
    logging.getLogger("distributed.nanny").setLevel(logging.ERROR)  # workers slow to exit are stopped at shutdown
    if config.dask_address:
        return DaskTaskRunner(address=config.dask_address)
    cluster = {"n_workers": config.dask_workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
    return DaskTaskRunner(cluster_kwargs=cluster)


def pipeline_for(config: RunConfig):
    """The pipeline flow with the task runner `config` asks for (a flow's runner is fixed before it starts)."""
    runner = task_runner(config)
    return pipeline.with_options(task_runner=runner) if runner else pipeline


def _check_task_runner(config: RunConfig) -> None:
    """A run configured for Dask must have been started on Dask (`akhbar run`, `pipeline_for`): say so, not run quietly in threads."""
    context = FlowRunContext.get()
    runner = type(context.task_runner).__name__ if context else ""
    if config.task_runner == "dask" and runner != "DaskTaskRunner":
        raise ValueError(f"task_runner dask, but this flow run's task runner is {runner or 'none'}: start it with "
                         "`akhbar run --task-runner dask`, or from Python with akhbar.flows.pipeline.pipeline_for(config)")
