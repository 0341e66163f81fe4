"""The worker processes' common start: imported by the fork server, which then forks every worker from it.

On import, the extractor runs once over sentences made of the words news uses most (`COMMON_WORDS` of
`data/ner_words.tsv`, the word counts of unlabeled news the NER model was built with): the tagger is
loaded, and the word caches of every finder (tokens and their readings, the tagger's rows of summed
weights, dates' and amounts' forms) hold those words. A worker forked from the server starts with
them, in memory it shares with the server, so that a new worker for each part (`parallel`)
work as fast as old ones would have gone on. Measured on 5,000 ANT articles in ten parts, in CPU
seconds of extraction: one process for all parts 41.6 to 44.6; a new process for each part 54.9 to
56.8 cold, 43.5 forked from this start (43.7 with 30,000 words). It costs the server 1.4 s, once a run.

`gc.freeze` last: the collector then leaves what the server holds alone in the workers, where its
passes would otherwise write to, and so copy, the pages of it.
"""

from __future__ import annotations

import datetime as dt
import gc

import pyarrow as pa

from akhbar.tasks.extract_documents import find_all
from akhbar.tasks.ner_crf import load_words

COMMON_WORDS = 10_000
_PER_SENTENCE = 40


def warm(words: int = COMMON_WORDS) -> None:
    """Extract once from sentences of the `words` commonest words of news (what it finds is dropped)."""
    common = sorted(load_words().counts.items(), key=lambda item: -item[1])[:words]
    texts = [" ".join(word for word, _ in common[k : k + _PER_SENTENCE]) for k in range(0, len(common), _PER_SENTENCE)]
    day = dt.date(2000, 1, 1)
    sentences = pa.table({
        "doc_id": [f"warm-{k // 20}" for k in range(len(texts))],  # documents of 20 sentences, as news has
        "sentence_id": list(range(len(texts))),
        "text": texts,
        "char_start": [0] * len(texts),
        "partition_date": pa.array([day] * len(texts), pa.date32()),
    })  # fmt: skip
    find_all(sentences, {})


warm()
gc.freeze()
