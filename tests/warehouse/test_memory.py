"""The translation memory shared by processes: Dask workers open a new memory file together."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from akhbar.warehouse.memory import TranslationMemory

WORKERS = 8
ROUNDS = 40

_fork = multiprocessing.get_context("fork")


def _first_use(path: Path, i: int, together: multiprocessing.synchronize.Barrier, outcomes: multiprocessing.Queue) -> None:
    """What a worker does first with the memory it was handed, all workers at the same moment: look up, then store."""
    memory = TranslationMemory(path)
    together.wait()
    try:
        memory.recall(["a", "b"])
        memory.remember({f"key-{i}": {"text_en": str(i)}})
    except Exception as error:  # reported, not raised: the test shows every worker's outcome
        outcomes.put(repr(error))
    else:
        outcomes.put("ok")


def _rounds(folder: Path, failures: multiprocessing.Queue) -> None:
    """Every round's workers meet a new memory; the first round where one of them failed is reported, or None."""
    for round in range(ROUNDS):
        path = folder / f"memory-{round}.sqlite"
        together, outcomes = _fork.Barrier(WORKERS), _fork.Queue()
        workers = [_fork.Process(target=_first_use, args=(path, i, together, outcomes)) for i in range(WORKERS)]
        for worker in workers:
            worker.start()
        results = [outcomes.get(timeout=120) for _ in workers]
        for worker in workers:
            worker.join()
        if results != ["ok"] * WORKERS or len(TranslationMemory(path)) != WORKERS:
            failures.put(f"round {round}: {results}, {len(TranslationMemory(path))} stored")
            return
    failures.put(None)


def test_processes_meeting_a_new_memory_together_all_use_it(tmp_path: Path) -> None:
    # Before the fix, switching a new file to WAL in several processes at once failed some with
    # "database is locked" (the Dask test in CI): here one worker of 8 failed within the first 10 rounds, most times.
    # The workers are forked from a process started for them: forked from the test's own process, which holds what
    # other tests loaded (over a GB in the suite), their 320 starts took 21 s where they take 4.
    spawn = multiprocessing.get_context("spawn")
    failures = spawn.Queue()
    driver = spawn.Process(target=_rounds, args=(tmp_path, failures))
    driver.start()
    failure = failures.get(timeout=600)
    driver.join()
    assert failure is None, failure
    assert driver.exitcode == 0
