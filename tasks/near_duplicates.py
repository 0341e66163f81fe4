"""Near-duplicates: the same article with small edits, found by MinHash LSH and confirmed by exact Jaccard.

A document is a set of word bigrams. Its MinHash signature (60 hashes) is cut into 20 bands
of 3; two documents sharing any band's key are candidates, and a candidate is a near-duplicate
when the Jaccard similarity of the two bigram sets is at least `THRESHOLD`. On NTREX, unrelated
articles stay under 0.08 and an article with five words changed keeps 0.73 or more; a pair at
0.5 becomes a candidate with probability 0.93, at 0.6 with 0.99. The band keys are stored with
each document (`documents.lsh_bands`), so a new document is compared with the warehouse without
reading its texts: only a candidate's text is read, to confirm.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np

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
