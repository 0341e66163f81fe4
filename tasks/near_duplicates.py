"""Near-duplicates: the same article with small edits, found by MinHash LSH and confirmed by exact Jaccard.

A document is a set of word bigrams. Its MinHash signature (60 hashes) is cut into 20 bands
of 3; two documents sharing any band's key are candidates, and a candidate is a near-duplicate
when the Jaccard similarity of the two bigram sets is at least `THRESHOLD`. On NTREX, unrelated
articles stay under 0.08 and an article with five words changed keeps 0.73 or more; a pair at
0.5 becomes a candidate with probability 0.93, at 0.6 with 0.99. The band keys are stored with
each document (`documents.lsh_bands`), so a new document is compared with the warehouse without
reading its texts: only a candidate's text is read, to confirm. The warehouse only stores and
returns the keys and texts (the `PublishedDocuments` port); every similarity is computed here.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
import pyarrow as pa

from akhbar.tasks.ports import PublishedDocuments

THRESHOLD = 0.5
BANDS, ROWS = 20, 3
_WORD = re.compile(r"\w+")
_SEEDS = np.random.default_rng(20261129).integers(0, 2**63, size=BANDS * ROWS, dtype=np.uint64)
_CHUNK = 50_000  # shingles hashed against all seeds at once: 50k × 60 × 8 bytes = 24 MB


def shingles(text: str) -> np.ndarray:
    """Sorted unique 64-bit hashes of the word bigrams of `text` (of its one word, for a one-word text)."""
    words = _WORD.findall(text)
    grams = (f"{a} {b}" for a, b in zip(words, words[1:])) if len(words) > 1 else iter(words)
    hashes = np.fromiter((_hash64(gram.encode("utf-8")) for gram in grams), dtype=np.uint64)
    return np.unique(hashes)


def lsh_bands(hashes: np.ndarray) -> list[int]:
    """The document's band keys (signed 64-bit, band number mixed in); none for a text without words."""
    if hashes.size == 0:
        return []
    signature = np.full(BANDS * ROWS, np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, hashes.size, _CHUNK):
        mixed = _mix(hashes[start : start + _CHUNK, None] ^ _SEEDS[None, :])
        np.minimum(signature, mixed.min(axis=0), out=signature)
    return [_hash64(bytes([band]) + signature[band * ROWS : (band + 1) * ROWS].tobytes(), signed=True) for band in range(BANDS)]


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Jaccard similarity of two `shingles` sets."""
    if a.size == 0 or b.size == 0:
        return 0.0
    common = np.intersect1d(a, b, assume_unique=True).size
    return common / (a.size + b.size - common)


def within(doc_ids: Sequence[str], hashes: Sequence[np.ndarray], bands: Sequence[list[int]]) -> list[str | None]:
    """For each document, the earliest earlier one of the same batch it nearly repeats, else None."""
    earlier: dict[int, list[int]] = defaultdict(list)
    found: list[str | None] = []
    for i, keys in enumerate(bands):
        candidates = sorted({j for key in keys for j in earlier.get(key, ())})
        found.append(next((doc_ids[j] for j in candidates if jaccard(hashes[i], hashes[j]) >= THRESHOLD), None))
        for key in keys:
            earlier[key].append(i)
    return found


def best_match(hashes: np.ndarray, candidates: Iterable[tuple[str, str]]) -> str | None:
    """The doc_id of the most similar (doc_id, text) candidate at or over the threshold, else None."""
    scored = sorted((-jaccard(hashes, shingles(text)), doc_id) for doc_id, text in candidates)  # ties: lowest doc_id
    return scored[0][1] if scored and -scored[0][0] >= THRESHOLD else None


def _hash64(data: bytes, signed: bool = False) -> int:
    """The first 8 bytes of BLAKE2b, as an integer."""
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little", signed=signed)


def _mix(z: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, elementwise (uint64 arithmetic wraps): one hash function per seed."""
    z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return z ^ (z >> np.uint64(31))


def flag_published(documents: pa.Table, published: PublishedDocuments) -> pa.Table:
    """Set `near_duplicate_of` on each document that nearly repeats a published one (the most similar).

    Candidates come from the band keys alone; only their texts are read, to confirm. Documents
    of this batch are left to `clean`, which links each to the earliest of them it repeats.
    """
    batch = set(documents["doc_id"].to_pylist())
    exploded = documents.select(["doc_id", "lsh_bands"]).to_pylist()
    bands = pa.table(
        {"doc_id": pa.array([row["doc_id"] for row in exploded for _ in row["lsh_bands"]], pa.string()),
         "band": pa.array([band for row in exploded for band in row["lsh_bands"]], pa.int64())}
    )
    pairs = [(doc, candidate) for doc, candidate in zip(*published.sharing_bands(bands).to_pydict().values()) if candidate not in batch]
    if not pairs:
        return documents
    texts = published.read_published("documents", ["doc_id", "text"], [candidate for _, candidate in pairs])
    text_of = dict(zip(texts["doc_id"].to_pylist(), texts["text"].to_pylist()))
    candidates: dict[str, list[tuple[str, str]]] = {}
    for doc, candidate in pairs:
        candidates.setdefault(doc, []).append((candidate, text_of[candidate]))
    flags = documents["near_duplicate_of"].to_pylist()
    for i, (doc, text) in enumerate(zip(documents["doc_id"].to_pylist(), documents["text"].to_pylist())):
        if doc in candidates:
            flags[i] = best_match(shingles(text), candidates[doc]) or flags[i]
    column = documents.schema.get_field_index("near_duplicate_of")
    return documents.set_column(column, "near_duplicate_of", pa.array(flags, pa.string()))
