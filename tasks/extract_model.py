"""Extract, model backend: a transformers token classifier's entities, added where the rules and the built-in model found none.

Optional (`AKHBAR_NER_MODEL`): any hub or local token-classification model with a fast tokenizer
and IOB2, BIOES or plain tags (`B-PER`, `I-PERS`, `S-GPE`, `ORG`). A word takes its first piece's
tag, consecutive words of one entity join, and a rule entity wins every overlap.
"""

from __future__ import annotations

import functools
from bisect import bisect_left
from itertools import accumulate
from pathlib import Path

import pyarrow as pa

from akhbar.schemas.entities import COLUMNS
from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_spans import Span, Word, akhbar_label, group_words
from akhbar.tasks.translate import ModelUnavailable, check_hub_reachable

SOURCE = "ner-model"  # `entities.source` of its rows; the built-in CRF's are `model`
# Sentences per forward pass, and padded tokens per pass (bounds memory on long sentences).
BATCH_SIZE = 32
BATCH_TOKENS = 8192


class Recognizer:
    """A token-classification model and its fast tokenizer, on one device."""

    def __init__(self, model: str, device: str = "cpu") -> None:
        import torch
        from transformers import AutoModelForTokenClassification, AutoTokenizer

        self.tokenizer = _load(AutoTokenizer, model)
        if not self.tokenizer.is_fast:
            raise _unavailable(model, "its tokenizer has no fast version, so no character offsets")
        self.model = _load(AutoModelForTokenClassification, model).to(device).eval()
        config = self.model.config
        self.tags = [config.id2label[i] for i in range(config.num_labels)]
        if not any(akhbar_label(tag) for tag in self.tags):
            raise _unavailable(model, f"none of its labels {self.tags[:8]} is a person, organisation, place or MISC")
        self.model_id, self.device, self._torch = model, device, torch
        self.max_tokens = _max_tokens(self.tokenizer.model_max_length, config)

    def recognize(self, texts: list[str]) -> list[list[Span]]:
        """Entity spans of each text, offsets within the text; past the model's max length nothing is found."""
        unique = list(dict.fromkeys(texts))
        if not unique:
            return []
        encoded = self.tokenizer(unique, truncation=True, max_length=self.max_tokens, return_offsets_mapping=True)
        lengths = [len(ids) for ids in encoded["input_ids"]]
        found: dict[str, list[Span]] = {}
        for batch in _batches(lengths):
            ids = [encoded["input_ids"][i] for i in batch]
            for i, (tags, scores) in zip(batch, self._classify(ids)):
                words = _words(encoded.word_ids(i), encoded["offset_mapping"][i], [self.tags[t] for t in tags], scores)
                found[unique[i]] = group_words(unique[i], words)
        return [found[text] for text in texts]

    def _classify(self, batch: list[list[int]]) -> list[tuple[list[int], list[float]]]:
        """Best tag id and its probability for every token of every (unpadded) input."""
        torch = self._torch
        pad = self.tokenizer.pad_token_id or 0
        width = max(len(ids) for ids in batch)
        input_ids = torch.tensor([ids + [pad] * (width - len(ids)) for ids in batch], device=self.device)
        mask = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids in batch], device=self.device)
        with torch.inference_mode():
            scores, tags = self.model(input_ids=input_ids, attention_mask=mask).logits.softmax(-1).max(-1)
        return [(t[: len(ids)].tolist(), s[: len(ids)].tolist()) for ids, t, s in zip(batch, tags, scores)]


def _words(word_ids: list[int | None], offsets: list[tuple[int, int]], tags: list[str], scores: list[float]) -> list[Word]:
    """Join a text's pieces into words; a word keeps its first piece's tag (special tokens have no word)."""
    words: list[Word] = []
    last = None
    for word_id, (start, end), tag, score in zip(word_ids, offsets, tags, scores):
        if word_id is None:
            continue
        if word_id == last:
            words[-1] = words[-1]._replace(end=max(words[-1].end, end))
        else:
            words.append(Word(start, end, tag, score))
            last = word_id
    return words


def _batches(lengths: list[int]) -> list[list[int]]:
    """Indices sorted by length, cut into batches of at most BATCH_SIZE inputs and BATCH_TOKENS padded tokens."""
    batches: list[list[int]] = []
    for i in sorted(range(len(lengths)), key=lengths.__getitem__):
        if not batches or len(batches[-1]) >= BATCH_SIZE or lengths[i] * (len(batches[-1]) + 1) > BATCH_TOKENS:
            batches.append([])
        batches[-1].append(i)
    return batches


def _max_tokens(tokenizer_limit: int, config) -> int:
    """Tokens the model reads: the tokenizer's limit, capped by the positions the model has.

    RoBERTa-style models number positions from pad_token_id + 1 (514 positions, 512 usable).
    """
    positions = getattr(config, "max_position_embeddings", None) or 512
    if "roberta" in config.model_type or config.model_type == "camembert":
        positions -= (config.pad_token_id or 0) + 1
    return min(tokenizer_limit, positions)


def _unavailable(model: str, reason: object) -> ModelUnavailable:
    """The one-line error for an NER model that cannot be used."""
    if isinstance(reason, Exception):
        reason = f"{type(reason).__name__}: {str(reason).splitlines()[0][:200] if str(reason) else ''}"
    return ModelUnavailable(
        f"cannot load the NER model {model!r} ({reason}); set AKHBAR_NER_MODEL to a local token-classification "
        "directory or a hub id cached by an online run, or unset it to use the rules alone"
    )


def _load(cls: type, model: str):
    """`cls.from_pretrained(model)`: a local directory, else the hub cache, else the hub if reachable."""
    from huggingface_hub import constants

    try:
        return cls.from_pretrained(model, local_files_only=True)
    except Exception as exc:  # transformers raises OSError, ValueError or TypeError for a missing file
        local = Path(model).expanduser()
        if local.is_dir() or local.is_absolute() or constants.HF_HUB_OFFLINE:
            raise _unavailable(model, exc) from exc
    try:
        check_hub_reachable(constants.ENDPOINT)
        return cls.from_pretrained(model)
    except Exception as exc:
        raise _unavailable(model, exc) from exc


def load_recognizer(model: str, device: str = "cpu") -> Recognizer:
    """The process-wide recognizer for this model and device: loaded once, then reused."""
    return _cached_recognizer(model, device)


@functools.cache
def _cached_recognizer(model: str, device: str) -> Recognizer:
    return Recognizer(model, device)


def merge_model_entities(entities: pa.Table, sentences: pa.Table, recognizer: Recognizer, min_score: float = 0.5) -> pa.Table:
    """The rule entities plus the model's entities that overlap none of them, sorted by document offset."""
    rows = sentences.select(["doc_id", "sentence_id", "text", "char_start", "partition_date"]).to_pylist()
    taken = _taken(entities)
    added: dict[str, list] = {name: [] for name in COLUMNS.names}
    for row, spans in zip(rows, recognizer.recognize([row["text"] for row in rows])):
        for span in spans:
            start, end = row["char_start"] + span.start, row["char_start"] + span.end
            if span.score < min_score or _overlaps(taken.get(row["doc_id"]), start, end):
                continue
            surface = row["text"][span.start : span.end]
            values = {"text": surface, "label": span.label, "char_start": start, "char_end": end,
                      "canonical": canonical_key(surface), "source": SOURCE, "country_code": None}
            for name, column in added.items():  # null for the columns later stages fill (`name_en`)
                column.append(values[name] if name in values else row.get(name))
    merged = pa.concat_tables([entities.select(COLUMNS.names).cast(COLUMNS), pa.table(added, schema=COLUMNS)])
    return merged.sort_by([("doc_id", "ascending"), ("char_start", "ascending")])


def _taken(entities: pa.Table) -> dict[str, tuple[list[int], list[int]]]:
    """Per document: rule entity starts in order, and the furthest end reached up to each of them."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for doc_id, start, end in zip(*(entities[c].to_pylist() for c in ("doc_id", "char_start", "char_end"))):
        spans.setdefault(doc_id, []).append((start, end))
    ordered = {doc_id: sorted(v) for doc_id, v in spans.items()}
    return {doc_id: ([s for s, _ in v], list(accumulate((e for _, e in v), max))) for doc_id, v in ordered.items()}


def _overlaps(taken: tuple[list[int], list[int]] | None, start: int, end: int) -> bool:
    """Whether [start, end) shares a character with any rule entity of the document."""
    if taken is None:
        return False
    starts, furthest = taken
    before = bisect_left(starts, end)  # entities that start before this span ends
    return before > 0 and furthest[before - 1] > start
