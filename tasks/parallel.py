"""Pure, CPU-bound stage work spread over the machine's cores, in worker processes.

With the thread runner a run is one process, and Python runs one thread of it at a time: clean and
extract (pure Python) kept one core busy while the others idled. `spread` maps a pure function
over parts of a batch in a pool of worker processes, one per core, each part in a new worker (`max_tasks_per_child=1`).
The workers are started by a fork server (`forkserver`): from a clean process, not
forked from one running threads (Prefect's, CTranslate2's), which can deadlock a child; it warms them
once (`extract_warm`), so a new worker starts warm. Work under
`MIN_ITEMS` items stays in this process while no worker runs, where starting them would cost more than it saves; the
Dask runner spreads batches itself, and its workers (daemons) could not start children anyway.
"""

from __future__ import annotations

import concurrent.futures
import concurrent.futures.process
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from typing import Any

import pyarrow as pa

MIN_ITEMS = 200  # documents (or articles) a batch needs before it is spread

# Arrow's buffers from the C library's malloc, unless ARROW_DEFAULT_MEMORY_POOL names a pool: Arrow's default, mimalloc,
# kept what a chunk's stages freed, and a run's peak grew by it. `benchmarks/archive.py`, 1,000 ANT articles in one run:
# the `akhbar run` process's peak PSS 453 → 366 MB (the peak was in publish, which writes a file per day from 4 threads),
# the process tree's 1,124 → 1,011 MB. Here, in a module that a run's own process (`flows.pipeline`) and the fork server
# (`extract_documents`) both import, and the command line does not (`akhbar --help` never needs Arrow).
if "ARROW_DEFAULT_MEMORY_POOL" not in os.environ:
    pa.set_memory_pool(pa.system_memory_pool())

_pool: concurrent.futures.ProcessPoolExecutor | None = None
_broken = False
_lock = threading.Lock()


def worth_spreading(items: int) -> bool:
    """Whether a batch of `items` goes to the workers: `MIN_ITEMS` or more, or any batch of two or more once the workers run
    (a run's last, small chunk: the workers have the tagger loaded and warm, where this process would load it for it)."""
    return items >= MIN_ITEMS or (items > 1 and _pool is not None)


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def spread(fn: Callable[..., Any], parts: Sequence[Any], *args: Any) -> list[Any]:
    """`[fn(part, *args) for part in parts]`, each part in a worker process; in this process when there is one part or one core."""
    pool = _workers() if len(parts) > 1 and cores() > 1 else None
    if pool is not None:
        try:
            return list(pool.map(fn, parts, *([arg] * len(parts) for arg in args)))
        except concurrent.futures.process.BrokenProcessPool as error:  # a worker could not start or died: this process does it
            _disable(error)
    return [fn(part, *args) for part in parts]


def warm_up() -> None:
    """Start the fork server and the workers now (the server imports the stages and warms their caches: about five seconds),
    so that the first chunk does not wait for them."""
    pool = _workers() if cores() > 1 else None
    if pool is not None:
        for _ in range(cores()):
            pool.submit(os.getpid)


def _disable(error: BaseException) -> None:
    """No more workers in this process: say why once, and leave the work to this process."""
    global _pool, _broken
    with _lock:
        if not _broken:
            logging.getLogger("akhbar").warning("worker processes unavailable (%s); clean and extract run in this process", error)
        _broken = True
        if _pool is not None:
            _pool.shutdown(wait=False, cancel_futures=True)
            _pool = None


def _workers() -> concurrent.futures.ProcessPoolExecutor | None:
    global _pool
    with _lock:
        if _broken:
            return None
        if _pool is None:
            context = multiprocessing.get_context("forkserver")
            # The fork server imports the stages once and each worker is forked from it with them: a worker
            # importing them itself cost each about 2 s of CPU (Prefect then, Arrow and pandas), while this process
            # read its first chunk on the same cores. `__main__` stays first, as multiprocessing's own default.
            context.set_forkserver_preload(["__main__", *_STAGES])
            # One part, one worker: a worker keeps what a part's analyses fragmented (its caches of the words met, up to
            # 1 << 16 each, and the allocator's pages) until it stops, so a worker kept for a run grew with it (the
            # process tree's peak PSS 1,052 MB on 1,000 ANT articles, 1,596 MB on 10,000), and one kept for a chunk with
            # the chunk's text. A new one forks from the warm server in about 10 ms (`extract.PART_DOCUMENTS`).
            _pool = concurrent.futures.ProcessPoolExecutor(cores(), mp_context=context, max_tasks_per_child=1)
        return _pool


# What the workers run, and their warm start (`extract_warm`: the tagger and the commonest words, for every worker to share).
_STAGES = ("akhbar.tasks.clean_text", "akhbar.tasks.extract_documents", "akhbar.tasks.extract_warm")


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


