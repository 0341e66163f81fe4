"""Tagged words → entity spans, for both NER models: the built-in CRF (`ner_crf`) and a transformers one (`extract_model`).

A model tags words (IOB2, BIOES or plain types, as models name them: `B-PERS`, `S-GPE`, `ORG`); here
the tags become akhbar's labels and consecutive words of one entity one span, trimmed to whole words.
Apart from `extract_model`, which imports Prefect and the translation stack, so that the extractor's
worker processes (`parallel`) need neither.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

# Entity types as models name them → akhbar labels; other types (DATE, MONEY, NORP…) are ignored.
LABELS = {
    "PER": "PERSON", "PERS": "PERSON", "PERSON": "PERSON",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "GPE": "LOC",
    "MISC": "MISC",
}
_TAG = re.compile(r"([BIESLU])[-_](.+)")


class Span(NamedTuple):
    """An entity in a text: character offsets within the text, akhbar label, mean word probability."""

    start: int
    end: int
    label: str
    score: float


class Word(NamedTuple):
    """A tokenizer word: its characters and its first piece's tag and probability."""

    start: int
    end: int
    tag: str
    score: float


def parse_tag(tag: str) -> tuple[str, str | None]:
    """Prefix and entity type of a model tag: `B-PERS` → (`B`, `PERS`), `ORG` → (``, `ORG`), `O` → (``, None)."""
    match = _TAG.fullmatch(tag)
    if match:
        return match[1], match[2].upper()
    return "", None if tag.upper() == "O" else tag.upper()


def akhbar_label(tag: str) -> str | None:
    """The akhbar label of a model tag: `B-GPE` → `LOC`, `I-PERS` → `PERSON`, `B-DATE` → None."""
    return LABELS.get(parse_tag(tag)[1] or "")


def _is_word_char(char: str) -> bool:
    """Letters, digits and marks (harakat) belong to words; spaces, punctuation and symbols do not."""
    return unicodedata.category(char)[0] in "LNM"


def whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to whole words with no space or punctuation at either end: `«أستانة،` → `أستانة`."""
    while start < end and (not _is_word_char(text[start]) or start > 0 and _is_word_char(text[start - 1])):
        start += 1
    while end > start and (not _is_word_char(text[end - 1]) or end < len(text) and _is_word_char(text[end])):
        end -= 1
    return start, end


def group_words(text: str, words: list[Word]) -> list[Span]:
    """Tagged words → entity spans: `B-PER I-PER O B-GPE` gives a two-word PERSON and a one-word LOC.

    `B`/`S`/`U` start an entity; `I`/`E`/`L` or a bare type continue one of the same type (or start
    one after `O`, as IOB1 does); `E`/`L`/`S`/`U` end it.
    """
    spans: list[Span] = []
    current: list[Word] = []
    for word in words:
        prefix, kind = parse_tag(word.tag)
        if current and not (prefix in ("I", "E", "L", "") and kind == parse_tag(current[0].tag)[1]):
            spans += _span(text, current)
            current = []
        if LABELS.get(kind or "") is not None:
            current.append(word)
            if prefix in ("E", "L", "S", "U"):
                spans += _span(text, current)
                current = []
    return spans + _span(text, current) if current else spans


def _span(text: str, words: list[Word]) -> list[Span]:
    """The entity of consecutive words, trimmed to whole words; none if no letter is left."""
    start, end = whole_words(text, words[0].start, words[-1].end)
    if not any(unicodedata.category(c)[0] == "L" for c in text[start:end]):
        return []
    return [Span(start, end, LABELS[parse_tag(words[0].tag)[1]], sum(w.score for w in words) / len(words))]
