"""Word clusters for the NER model, learnt from unlabeled Arabic news (ANT multi-source, 2018): training only.

A cheap, deterministic stand-in for Brown clusters: each frequent word is described by the words
seen just before and just after it (positive PMI over 2 × `CONTEXTS` context words), reduced to
`DIMENSIONS` dimensions by truncated SVD, and grouped by k-means at three granularities. Words that
behave alike (`واشنطن` and `موسكو`; `باموك` and `ساراماغو`) share clusters; the CRF learns what the
clusters mean from ANERcorp, and meets words ANERcorp never had through them. Also kept: each
word's count, as rare words in news are often foreign names. Nothing here runs in the pipeline:
`ner_crf` reads the table `write_clusters` leaves in `tasks/data`.
"""

from __future__ import annotations

import re
import tarfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from akhbar.tasks.clean import normalize_text
from akhbar.tasks.ner_crf import word_key

ANT = "ant-multisource/ant-multisource-v2.1.tar.gz"
VOCABULARY = 80_000  # words given clusters: every word seen at least MIN_COUNT times, the most frequent first
MIN_COUNT = 3
CONTEXTS = 4_000  # the most frequent words serve as contexts, on each side
DIMENSIONS = 96
GRANULARITIES = (64, 256, 1024)
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def ant_texts(corpora: Path) -> Iterator[str]:
    """The clean text of every ANT article, member by member from the archive as distributed (no unpacking)."""
    with tarfile.open(corpora / ANT, "r:gz") as archive:
        for member in archive:
            if not member.isfile() or not member.name.endswith(".txt"):
                continue
            raw = archive.extractfile(member).read().decode("utf-8", errors="replace")
            for body in _TEXT.findall(raw):
                yield normalize_text(body)


def sequences(texts: Iterator[str]) -> Iterator[list[str]]:
    """Each line's tokens as cluster keys (`word_key`), punctuation and numbers kept as their own tokens."""
    keys: dict[str, str] = {}
    for text in texts:
        for line in text.split("\n"):
            tokens = _TOKEN.findall(line)
            yield [keys.get(t) or keys.setdefault(t, word_key(t)) for t in tokens]


def learn_clusters(lines: list[list[str]], seed: int = 0) -> tuple[list[str], np.ndarray, np.ndarray]:
    """(words, counts, cluster ids [word, granularity]) of the frequent words of `lines`."""
    from scipy import sparse
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.preprocessing import normalize
    from threadpoolctl import threadpool_limits

    counts = Counter(t for line in lines for t in line)
    ranked = sorted((w for w, c in counts.items() if c >= MIN_COUNT), key=lambda w: (-counts[w], w))[:VOCABULARY]
    index = {w: i for i, w in enumerate(ranked)}
    rows, cols = [], []
    for line in lines:
        ids = np.array([index.get(t, -1) for t in line], dtype=np.int64)
        if len(ids) < 2:
            continue
        left, right = ids[:-1], ids[1:]
        # word right, context on its left (column c); word left, context on its right (column CONTEXTS + c)
        keep = (right >= 0) & (left >= 0) & (left < CONTEXTS)
        rows.append(right[keep]), cols.append(left[keep])
        keep = (left >= 0) & (right >= 0) & (right < CONTEXTS)
        rows.append(left[keep]), cols.append(right[keep] + CONTEXTS)
    r, c = np.concatenate(rows), np.concatenate(cols)
    matrix = sparse.coo_matrix((np.ones(len(r), np.float64), (r, c)), shape=(len(ranked), 2 * CONTEXTS)).tocsr()
    matrix.sum_duplicates()
    # Positive PMI, contexts smoothed (power 0.75) as in Levy, Goldberg & Dagan 2015.
    total = matrix.sum()
    word_p = np.asarray(matrix.sum(axis=1)).ravel() / total
    context = np.asarray(matrix.sum(axis=0)).ravel() ** 0.75
    context_p = context / context.sum()
    coo = matrix.tocoo()
    pmi = np.log(coo.data / total / (word_p[coo.row] * context_p[coo.col]))
    ppmi = sparse.csr_matrix((np.maximum(pmi, 0), (coo.row, coo.col)), shape=matrix.shape)
    ppmi.eliminate_zeros()
    with threadpool_limits(1):  # one thread: sums in one order, the same clusters on every machine
        vectors = TruncatedSVD(DIMENSIONS, algorithm="randomized", n_iter=5, random_state=seed).fit_transform(ppmi)
        vectors = normalize(vectors)
        ids = [KMeans(k, n_init=1, max_iter=40, random_state=seed).fit_predict(vectors) for k in GRANULARITIES]
    return ranked, np.array([counts[w] for w in ranked]), np.stack(ids, axis=1)


def write_clusters(path: Path, words: list[str], counts: np.ndarray, ids: np.ndarray) -> None:
    """The table `ner_crf.load_words` reads: word, count, then one cluster id per granularity, tab-separated."""
    with path.open("w", encoding="utf-8", newline="\n") as f:
        f.write("# word\tcount\t" + "\t".join(f"c{k}" for k in GRANULARITIES) + "\n")
        for word, count, row in zip(words, counts, ids):
            f.write(f"{word}\t{count}\t" + "\t".join(str(int(x)) for x in row) + "\n")
