"""Evaluate NER on a CoNLL BIO file (one token and its tag a line, a blank line between sentences), as conlleval scores a tagger.

conlleval's rules (hand-written here: seqeval, which implements them too, would bring scikit-learn and
scipy into every install): an entity is a chunk of tokens that `B-X` starts, or `I-X` after a
token of another type or `O`; it is found when the prediction has a chunk with the same tokens and
type. Precision, recall and F1 are over chunks, per type and overall. Types are akhbar's labels:
ANERcorp's `PERS` counts as `PERSON`.

`tag_file` runs the same finders as the pipeline (rules and NER model merged, `extract_documents.find_entities`)
over the file's sentences, their tokens joined by spaces, grouped into documents of a few sentences.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa

from akhbar.tasks.evaluate_extraction import LABELS, prf
from akhbar.tasks.extract_spans import akhbar_label, parse_tag

Sentence = list[tuple[str, str]]  # (token, tag)


def read_conll(path: str | Path) -> list[Sentence]:
    """The sentences of a BIO file: the first and last whitespace-separated fields of each line are token and tag."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        fields = line.split()
        if not fields or fields[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
            current = []
            continue
        if len(fields) < 2:
            raise ValueError(f"{path}:{number}: a token without a tag: {line!r}")
        current.append((fields[0], fields[-1]))
    if current:
        sentences.append(current)
    return sentences


def chunks(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """conlleval's chunks of a tag sequence as (first token, last token + 1, akhbar label); other types are left out.

    `B-PERS I-PERS O I-LOC B-LOC` → (0, 2, PERSON), (3, 4, LOC), (4, 5, LOC).
    """
    found: set[tuple[int, int, str]] = set()
    start, kind = None, None
    for i, tag in enumerate([*tags, "O"]):
        prefix, this = parse_tag(tag)
        continues = kind is not None and this == kind and prefix in ("I", "E", "L", "")
        if start is not None and not continues:
            label = akhbar_label("B-" + kind)
            if label:
                found.add((start, i, label))
            start, kind = None, None
        if this is not None and start is None:
            start, kind = i, this
        if prefix in ("E", "L", "S", "U") and start is not None:  # BIOES ends its chunk on the tag itself
            label = akhbar_label("B-" + kind)
            if label:
                found.add((start, i + 1, label))
            start, kind = None, None
    return found


def score_tags(gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]]) -> dict[str, Any]:
    """Chunk precision, recall and F1 per akhbar label and overall, over pairs of tag sequences."""
    counts = {label: [0, 0, 0] for label in LABELS}  # matched, predicted, gold
    for g, p in zip(gold, predicted, strict=True):
        gold_chunks, predicted_chunks = chunks(g), chunks(p)
        for chunk in gold_chunks & predicted_chunks:
            counts[chunk[2]][0] += 1
        for chunk in predicted_chunks:
            counts[chunk[2]][1] += 1
        for chunk in gold_chunks:
            counts[chunk[2]][2] += 1
    totals = [sum(column) for column in zip(*counts.values())]
    return {"overall": prf(*totals), "labels": {label: prf(*c) for label, c in counts.items()}}


def sentence_text(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """The tokens joined by single spaces, and each token's (start, end) in that text."""
    spans, position = [], 0
    for token in tokens:
        spans.append((position, position + len(token)))
        position += len(token) + 1
    return " ".join(tokens), spans


def tags_of(spans: Sequence[tuple[int, int]], entities: Iterable[tuple[int, int, str]]) -> list[str]:
    """BIO tags of tokens from character spans: a token sharing a character with an entity takes its label
    (`وإسرائيل` is B-LOC though the span leaves `و` out), the first such token B, the rest I."""
    tags = ["O"] * len(spans)
    for start, end, label in sorted(entities):
        inside = [i for i, (s, e) in enumerate(spans) if s < end and start < e and tags[i] == "O"]
        for n, i in enumerate(inside):
            tags[i] = ("B-" if n == 0 else "I-") + label
    return tags


def sentences_table(sentences: Sequence[Sentence], per_document: int) -> tuple[pa.Table, list[list[tuple[int, int]]]]:
    """The `sentences` table of the file, `per_document` sentences a document, and each sentence's token spans."""
    from akhbar.schemas import sentences as sentences_schema

    rows, token_spans, offsets = [], [], {}
    for n, sentence in enumerate(sentences):
        text, spans = sentence_text([token for token, _ in sentence])
        doc_id = f"d{n // per_document}"
        start = offsets.get(doc_id, 0)
        rows.append({"doc_id": doc_id, "sentence_id": n % per_document, "text": text, "char_start": start,
                     "char_end": start + len(text), "partition_date": None})
        offsets[doc_id] = start + len(text) + 1  # sentences of a document one space apart
        token_spans.append(spans)
    return pa.Table.from_pylist(rows, schema=sentences_schema.COLUMNS), token_spans


def tag_file(sentences: Sequence[Sentence], per_document: int = 12) -> list[list[str]]:
    """Each sentence's tags as the pipeline's extractor finds its entities (rules and NER model)."""
    from akhbar.tasks import extract_documents as extract  # here: scoring alone never loads the extractor's resources

    table, token_spans = sentences_table(sentences, per_document)
    found = extract.find_entities(table)
    by_sentence: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
    starts = dict(zip(zip(table["doc_id"].to_pylist(), table["sentence_id"].to_pylist()), table["char_start"].to_pylist()))
    for row in found.select(["doc_id", "sentence_id", "char_start", "char_end", "label"]).to_pylist():
        key = (row["doc_id"], row["sentence_id"])
        base = starts[key]
        by_sentence.setdefault(key, []).append((row["char_start"] - base, row["char_end"] - base, row["label"]))
    keys = list(zip(table["doc_id"].to_pylist(), table["sentence_id"].to_pylist()))
    return [tags_of(spans, by_sentence.get(key, [])) for key, spans in zip(keys, token_spans)]


def evaluate_ner(path: str | Path, per_document: int = 12) -> dict[str, Any]:
    """Score the pipeline's entity finders on a CoNLL BIO file: chunks per label and overall."""
    sentences = read_conll(path)
    predicted = tag_file(sentences, per_document)
    scores = score_tags([[tag for _, tag in s] for s in sentences], predicted)
    return {"conll": str(path), "sentences": len(sentences), "tokens": sum(map(len, sentences)), **scores}
