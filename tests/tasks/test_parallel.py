"""Clean and extract spread over worker processes give the rows of one process, in the same order."""

from __future__ import annotations

import datetime as dt

from articles import articles, edit_words, project_texts

from akhbar.tasks import extract, parallel
from akhbar.tasks.clean import clean_documents, segment_sentences
from akhbar.tasks.extract import extract_all


def test_clean_and_extract_in_worker_processes_equal_one_process(monkeypatch) -> None:
    texts = project_texts()
    many = [edit_words(texts[i % len(texts)], seed=i) for i in range(parallel.MIN_ITEMS + 40)]
    many += many[:5]  # repeats across the parts: found over the whole batch, not per worker
    table = articles(*many, published=[dt.datetime(2018, 3, 1 + i % 28) for i in range(len(many))])
    alone, spread = clean_documents.fn(table, 1), clean_documents.fn(table, 2)
    assert parallel._pool is not None and not parallel._broken  # the workers did the work
    assert spread[0].equals(alone[0]) and spread[1].equals(alone[1])
    assert alone[1].num_rows >= 5 and alone[0].num_rows >= parallel.MIN_ITEMS
    sentences = segment_sentences.fn(alone[0])
    published = dict(zip(alone[0]["doc_id"].to_pylist(), alone[0]["published_at"].to_pylist()))
    one, two = extract_all.fn(sentences, published, 1), extract_all.fn(sentences, published, 2)
    monkeypatch.setattr(extract, "PART_DOCUMENTS", 60)  # more parts than workers: 4 of at most 60 documents
    four = extract_all.fn(sentences, published, 2)
    assert [t.num_rows for t in one] == [t.num_rows for t in two] and min(t.num_rows for t in one) > 0
    assert all(a.equals(b) and a.equals(c) for a, b, c in zip(one, two, four))
    # once the workers run, a small batch (a run's last chunk) goes to them too, where the tagger is loaded and warm
    assert parallel.worth_spreading(2) and not parallel.worth_spreading(1)


def test_an_empty_batch_loads_no_tagger() -> None:
    from akhbar.tasks import ner_crf

    ner_crf.load_tagger.cache_clear()  # a run's empty last chunk loaded it in the run's own process: 50 MB for nothing
    assert ner_crf.with_model_all([]) == []
    assert ner_crf.load_tagger.cache_info().currsize == 0


def test_each_part_runs_in_a_new_worker_started_warm_from_the_fork_server() -> None:
    import os

    from akhbar.tasks.ner_crf import cached_words

    pool = parallel._workers()
    assert pool is not None
    # one task, one worker: four tasks on two cores meet four processes, so none keeps what another part left
    assert len({pool.submit(os.getpid).result() for _ in range(4)}) == 4
    # before any work: the tagger loaded with the commonest words of news, by the fork server it was forked from
    assert pool.submit(cached_words).result() >= 5_000


def test_the_fork_server_imports_no_prefect() -> None:
    """The workers' modules leave Prefect out (61 MB of the fork server's memory, which every worker shares and touches)."""
    import subprocess
    import sys

    stages = ", ".join(repr(module) for module in parallel._STAGES)
    check = f"import importlib, sys\nfor m in ({stages},): importlib.import_module(m)\nprint(sorted(m for m in sys.modules if m.split('.')[0] in {{'prefect', 'torch', 'transformers', 'duckdb'}}))"
    imported = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, check=True).stdout.strip()
    assert imported == "[]"
