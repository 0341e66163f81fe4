"""The token view every finder reads: a sentence's words with their offsets, normalised forms, clitic
readings, the finders they trigger and the punctuation after them. Built once per sentence, never
changed; what the finders find is passed between them explicitly (`extract_sentence`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from akhbar.tasks.arabic import ARABIC_INDIC_DIGITS, MARK_CHARACTERS, MARKS, WORD_LETTERS, fold, strip_marks
from akhbar.tasks.extract_gazetteer import load_gazetteer
from akhbar.tasks.extract_words import (
    DEFINITE_HEADS,
    DIN_NAMES,
    HEADS,
    KIND_HEADS,
    LETTER_NAMES,
    LOCATIVES,
    NAMED_PLACE_HEADS,
    PLACE_HEADS,
    ROLES,
    SAYING,
    TYPE_HEADS,
    VERB_FORMS,
    given_names,
)

_WORD = re.compile(f"[{WORD_LETTERS}][{WORD_LETTERS}{MARKS}]*")
_WORD_AND_GAP = re.compile(f"({_WORD.pattern})([^{WORD_LETTERS}]*)")
# Latin words and numbers between Arabic words are no punctuation: `لمحطة KSWB-TV التلفزيونية`, `27-31`.
_D = ARABIC_INDIC_DIGITS
_LATIN = re.compile(rf"[A-Za-z0-9{_D}](?:[A-Za-z0-9{_D}٪%]|[-/.,'](?=[A-Za-z0-9{_D}]))*")
# Punctuation that does not end a clause: `(يونيسف) أن`, `ل«الشرق الأوسط» إنهم`, `، أن`.
_SOFT_PUNCTUATION = "،,()«»“”\"'-–— /"  # `/` marks a wire (`/قنا/`), as brackets do

# What a word may start, worked out once per spelling (`_forms`), so each finder visits only its words.
K_ROLE, K_GIVEN, K_SAYING, K_LETTER, K_PLACE_HEAD, K_LOCATIVE, K_TYPE_HEAD, K_HEAD, K_DEFINITE_HEAD, K_VERB, K_PLACE = (
    1 << n for n in range(11)
)


def clitic_readings(norm: str) -> list[tuple[int, str]]:
    """Ways to read a normalised word as clitics + stem: `وبسوريا` → `وبسوريا`, `بسوريا`, `سوريا`.

    Each reading is (letters stripped, stem). `للأمم` is ل + الأمم with the article's alef elided,
    so it also reads as (1, `الامم`): the name starts at its second letter.
    """
    readings = [(0, norm)]
    for conj in ("", "و", "ف"):
        if not norm.startswith(conj):
            continue
        rest = norm[len(conj) :]
        if conj and len(rest) >= 2:
            readings.append((len(conj), rest))
        if rest[:1] in ("ب", "ل", "ك") and len(rest) >= 4:
            readings.append((len(conj) + 1, rest[1:]))
        if rest.startswith("لل") and len(rest) >= 4:
            readings.append((len(conj) + 1, "ال" + rest[2:]))
    return readings


@lru_cache(maxsize=1)
def _triggers() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Word → K_* bits, for whole words, any reading (clitics stripped) and any stem (article too)."""
    whole: dict[str, int] = {}
    reading: dict[str, int] = {}
    stem: dict[str, int] = {}
    for table, words, kind in (
        (whole, SAYING, K_SAYING), (whole, VERB_FORMS, K_VERB), (whole, DIN_NAMES, K_GIVEN), (whole, LOCATIVES, K_LOCATIVE),
        (reading, LETTER_NAMES, K_LETTER), (reading, DEFINITE_HEADS | KIND_HEADS, K_DEFINITE_HEAD),
        (stem, ROLES, K_ROLE), (stem, given_names(), K_GIVEN), (stem, PLACE_HEADS | NAMED_PLACE_HEADS, K_PLACE_HEAD),
        (stem, TYPE_HEADS, K_TYPE_HEAD), (stem, HEADS, K_HEAD),
    ):  # fmt: skip
        for word in words:
            table[word] = table.get(word, 0) | kind
    return whole, reading, stem


def _kinds(norm: str, readings: list[tuple[int, str]], stems: set[str]) -> int:
    """The finders a word triggers, as bits: `الرئيس` → K_ROLE, `وقال` → K_SAYING, `لشركة` → K_HEAD | K_TYPE_HEAD."""
    whole, reading, stem = _triggers()
    kinds = whole.get(norm, 0)
    for _, form in readings:
        kinds |= reading.get(form, 0)
    for form in stems:
        kinds |= stem.get(form, 0)
    return kinds


class Word(NamedTuple):
    start: int  # offsets within the sentence
    end: int
    raw: str
    skel: str  # without marks, hamza forms kept
    norm: str
    readings: tuple[tuple[int, str], ...]
    stems: frozenset[str]  # readings, with and without the article
    starts_place: bool  # a reading is the first word of a gazetteer name
    kinds: int  # K_* bits: the finders this word triggers
    breaks: bool  # punctuation (or the sentence end) follows
    comma: bool  # `،` follows
    stop: bool  # a full stop, colon or the like follows: not a comma, bracket or quotation mark


@lru_cache(maxsize=1 << 16)
def _forms(raw: str) -> tuple[str, str, str, tuple[tuple[int, str], ...], frozenset[str], bool, int]:
    """A word's fields from `raw` to `kinds` (skel, norm, clitic readings, stems …); cached, as news reuses a small vocabulary."""
    skel = strip_marks(raw)
    norm = fold(skel)
    readings = clitic_readings(norm)
    stems = {stem for _, stem in readings}
    stems |= {stem[2:] for stem in stems if stem.startswith("ال") and len(stem) > 4}
    # Most words start no place name: `find_places` passes over them on this flag alone.
    starts_place = any(stem in load_gazetteer().first_words for _, stem in readings)
    return raw, skel, norm, tuple(readings), frozenset(stems), starts_place, _kinds(norm, readings, stems) | K_PLACE * starts_place


word_forms = _forms  # the same, for the NER model's lexicon features (`ner_crf`)


@lru_cache(maxsize=1 << 12)
def _gap(gap: str) -> tuple[bool, bool, bool]:
    """What the text between two words says: (breaks, comma, stop); cached, as most gaps are one space."""
    punctuation = _LATIN.sub("", gap).strip()
    # a comma after a closing bracket is the phrase's (`لبنك الفلاحة (بدر)[،] عبد الحق مزيان،`); not one after a closing
    # quotation mark, where a description follows more often than a name (`"مقاتلة"، تتحدى الظروف`)
    comma = punctuation.lstrip(") ")[:1] in ("،", ",")
    return bool(punctuation), comma, bool(punctuation.strip(_SOFT_PUNCTUATION))


class Tokens(NamedTuple):
    """One sentence's words, read by every finder and changed by none."""

    text: str
    words: tuple[Word, ...]
    marked: tuple[tuple[int, int], ...]  # (index, K_* bits) of the words that trigger a finder

    def where(self, kind: int) -> list[int]:
        """Indices of the words that trigger `kind` (K_* bits)."""
        return [i for i, kinds in self.marked if kinds & kind]


_new_tuple = tuple.__new__
LETTER_PERIOD = re.compile(r"\s*\.\s*")  # between two letters of an acronym spelled out: `سي. إن. إن` (also `extract_acronyms`)


def tokenise(text: str) -> Tokens:
    """The words of a sentence: `وقال لافروف "…"` → `وقال`, `لافروف` (a mark follows: it breaks) and the quote's words."""
    words = []
    first = _WORD.search(text)
    position = first.start() if first else len(text)
    # Each word runs into its gap up to the next word, so offsets add up (faster than match objects).
    for raw, gap in _WORD_AND_GAP.findall(text, position):
        end = position + len(raw)
        # The extractor's hottest line: `tuple.__new__` builds a Word in half the time of `Word(…)`.
        words.append(_new_tuple(Word, (position, end) + _forms(raw) + _gap(gap)))
        position = end + len(gap)
    if words:  # the sentence's end breaks every phrase: breaks and stop set, comma as it was
        last = words[-1]
        words[-1] = _new_tuple(Word, last[:9] + (True, last.comma, True))
    # A period between two letters spelled out abbreviates (`سي. إن. إن`): it breaks nothing, as the sentence splitter
    # reads it (`clean_text._is_spelled_letter`). Only where a period stands inside the sentence: this runs on every one.
    for k in range(len(words) - 1) if words and "." in text[: words[-1].start] else ():
        if words[k].stop and words[k].kinds & words[k + 1].kinds & K_LETTER and LETTER_PERIOD.fullmatch(
                text, words[k].end, words[k + 1].start):
            words[k] = _new_tuple(Word, words[k][:9] + (False, False, False))
    return Tokens(text, tuple(words), tuple([(i, w.kinds) for i, w in enumerate(words) if w.kinds]))


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # offsets within the sentence
    end: int
    label: str
    canonical: str
    source: str
    country_code: str | None
    anchor: int  # word where its evidence starts (role word, name, place), for finding speakers


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    verb: str
    speaker: Found | None
    kind: str = "direct"
    no_one: bool = False  # words no one is said to speak (a sign's, a message received): no speaker is looked for


def agreeing_adjective(before: str, word: str) -> bool:
    """`word`, a definite feminine word, is the adjective of `before`, the definite feminine noun right before it: `القنطرة
    [الجديدة]` is the new bridge where the document named El Jadida (`إقليم الجديدة`), and one sense per document (the
    tagger's `propagated`, `extract_repeats.find_repeats`) does not reach it, unless the gazetteer names it (`المملكة
    [السعودية]`: the callers ask)."""
    return (word.startswith("ال") and word.endswith(("ة", "ه")) and before.endswith(("ة", "ه"))
            and before.startswith(("ال", "وال", "بال", "لل", "فال", "كال")))


def skip_letters(raw: str, n: int) -> int:
    """Index in `raw` after its first `n` letters and their marks: `وَروسيا`, 1 → 2."""
    i = 0
    for _ in range(n):
        i += 1
        while i < len(raw) and raw[i] in MARK_CHARACTERS:
            i += 1
    return i


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace: `" العمل "` → `العمل`."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def without_overlaps(found: list[Found]) -> list[Found]:
    """Longest span first, then leftmost; a span overlapping a kept one is dropped."""
    kept: list[Found] = []
    for entity in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        if all(entity.end <= k.start or entity.start >= k.end for k in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e.start)
