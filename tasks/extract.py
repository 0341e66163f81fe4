"""Extract: entities (gazetteer places/organisations, people by role) and direct quotes with speakers.

Offline and rule-based, one pass over each sentence's words. Precision over recall: a person's
name is only taken where the sentence's shape vouches for it (a role phrase, a speech verb).
"""

from __future__ import annotations

import csv
import gettext
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pyarrow as pa
import pycountry
from prefect import task

from akhbar.schemas import entities, quotes

# The tables' columns live with their pandera models in schemas/.
ENTITY_COLUMNS = entities.COLUMNS
QUOTE_COLUMNS = quotes.COLUMNS

_DATA = Path(__file__).parent / "data"

# Harakat, Quranic marks, superscript alef and tatweel: they never change which word it is.
_MARK_RANGES = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_MARKS = "".join(map(chr, [*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE), 0x640]))
_LETTERS = "\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
_WORD = re.compile(f"[{_LETTERS}][{_LETTERS}{_MARK_RANGES}]*")
_WORD_AND_GAP = re.compile(f"({_WORD.pattern})([^{_LETTERS}]*)")
_STRIP = str.maketrans("", "", _MARKS)
_UNIFY = str.maketrans("أإآٱةى", "ااااهي")
_QUOTE = re.compile(r'"[^"\n]+"|«[^»\n]+»|“[^”\n]+”')
# `أل…` is a word's own letters (`ألكسندر`); only a bare `ال` (after و ف ب ك ل), or `لل`, is the article.
_DEFINITE = re.compile("^[وف]?[بكل]?ال|^[وف]?لل")

_ROLES = {"مبعوث", "رئيس", "وزير", "متحدث", "ناطق", "ممثل", "مندوب", "سفير", "امين", "نائب", "مستشار"}
_ROLES |= {"زعيم", "قائد", "ملك", "امير", "مدير", "منسق"}
_ROLES |= {role + "ه" for role in _ROLES}  # feminine: `الوزيرة`, `المتحدثة`
_SPOKESMEN = {"متحدث", "متحدثه", "ناطق", "ناطقه"}  # `أسامة أبو زيد المتحدث باسم …`: the name comes first
_TAIL_PREPOSITIONS = {"الي", "في", "لدي", "باسم", "لشؤون", "عن"}  # `المبعوث الأممي إلى سوريا`
_PARTICLES = {"دي", "دا", "دو", "ديل", "فان", "فون", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "عبد", "ال", "ولد"}
_COMPLEMENTIZERS = {"ان", "انه", "انها", "بان", "بانه"}  # `قال … إن …`: what follows is what was said
_SPEECH_VERBS = ["قال", "ذكر", "اكد", "اضاف", "اعلن", "صرح", "اوضح", "تابع", "شدد", "اشار", "افاد", "اعتبر"]
_SPEECH_VERBS += ["لفت", "كشف", "اردف", "حذر"]
_VERB_FORMS = {c + v + t for c in ("", "و", "ف") for v in _SPEECH_VERBS for t in ("", "ت")}  # `وأكدت`
_VERB_FORMS |= {c + v for c in ("", "و", "ف") for v in ("يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد")}
# Same letters, other words: `مالي` (financial/Mali), `بنين` (sons/Benin), `عمان` (Oman/Amman),
# `صربية` (Serbian, feminine). Their unambiguous forms (`جمهورية مالي`, `سلطنة عمان`) stay.
_AMBIGUOUS = {"مالي", "بنين", "عمان", "صربيه"}
# `معارضة سورية` (a Syrian opposition) spells the country `سورية`: only after a preposition.
_AFTER_PREPOSITION_ONLY = {"سوريه"}
_PREPOSITIONS = {"في", "الي", "من", "عن", "علي", "حول", "داخل", "مع", "بين", "ان", "تجاه", "ضد"}
_PREPOSITIONS |= {"شمال", "جنوب", "شرق", "غرب", "وسط"}


def normalize_arabic(text: str) -> str:
    """Orthographic key: no diacritics or tatweel, one alef, `ة`→`ه`, `ى`→`ي`: `أَسْتانةـ` → `استانه`."""
    return " ".join(text.translate(_STRIP).translate(_UNIFY).split())


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


class Place(NamedTuple):
    label: str
    country_code: str | None


class Gazetteer(NamedTuple):
    places: dict[str, Place]  # normalised name → what it is
    first_words: frozenset[str]  # first word of every name, to pass over most words at once
    max_words: int

    def canonical(self, name: str) -> str:
        """Drop a leading `ال`/`و` where the rest is the same known entity: `الناتو` → `ناتو`."""
        for clitic in ("ال", "و"):
            if name.startswith(clitic) and name[len(clitic) :] in self.places:
                return name[len(clitic) :]
        return name


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """pycountry's Arabic country names, overridden by the curated `data/places_ar.tsv`."""
    places: dict[str, Place] = {}
    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        for english in {country.name, getattr(country, "official_name", country.name)}:
            name = arabic.gettext(english)
            # `إيران، الجمهورية…` and `المجر (هنغاريا)` are catalogue forms; untranslated ones stay English.
            if name != english and not re.search(r"[،,()\-A-Za-z]", name):
                places[normalize_arabic(name)] = Place("LOC", country.alpha_2)
    with (_DATA / "places_ar.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            places[normalize_arabic(row["arabic_name"])] = Place(row["label"], row["country_code"] or None)
    places = {name: place for name, place in places.items() if name not in _AMBIGUOUS}
    first_words = frozenset(name.split(" ")[0] for name in places)
    return Gazetteer(places, first_words, max(name.count(" ") + 1 for name in places))


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words never part of a person's name: `data/not_names_ar.txt`, role words, one-word places."""
    lines = (_DATA / "not_names_ar.txt").read_text(encoding="utf-8").splitlines()
    listed = {normalize_arabic(line) for line in lines if line.strip() and not line.startswith("#")}
    return frozenset(listed | _ROLES | {name for name in load_gazetteer().places if " " not in name})


@dataclass(slots=True)
class _Word:
    start: int  # offsets within the sentence
    end: int
    raw: str
    skel: str  # without marks, hamza forms kept
    norm: str
    readings: tuple[tuple[int, str], ...]
    stems: frozenset[str]  # readings, with and without the article
    breaks: bool  # punctuation (or the sentence end) follows
    comma: bool  # `،` follows


@lru_cache(maxsize=1 << 16)
def _forms(raw: str) -> tuple[str, str, tuple[tuple[int, str], ...], frozenset[str]]:
    """skel, norm, clitic readings and stems of a word; cached, as news reuses a small vocabulary."""
    skel = raw.translate(_STRIP)
    norm = skel.translate(_UNIFY)
    readings = clitic_readings(norm)
    stems = {stem for _, stem in readings}
    stems |= {stem[2:] for stem in stems if stem.startswith("ال") and len(stem) > 4}
    return skel, norm, tuple(readings), frozenset(stems)


@dataclass(frozen=True, slots=True)
class _Found:
    start: int  # offsets within the sentence
    end: int
    label: str
    canonical: str
    source: str
    country_code: str | None
    anchor: int  # word where its evidence starts (role word, name, place), for finding speakers


@dataclass(frozen=True, slots=True)
class _Quote:
    start: int
    end: int
    verb: str
    speaker: _Found | None


class _Sentence:
    """One sentence's words and what they name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[_Word] = []
        for m in _WORD_AND_GAP.finditer(text):
            gap = m.group(2).strip()
            comma = gap.startswith(("،", ","))
            self.words.append(_Word(m.start(), m.end(1), m.group(1), *_forms(m.group(1)), bool(gap), comma))
        if self.words:
            self.words[-1].breaks = True
        self.in_place: set[int] = set()  # words inside a place or organisation name
        self.places = self._find_places(load_gazetteer())
        people = self._find_people()
        self.quotes = self._find_quotes(sorted(self.places + people, key=lambda e: (e.anchor, e.start)))
        self.entities = _without_overlaps(self.places + people + [q.speaker for q in self.quotes if q.speaker])

    def _find_places(self, gazetteer: Gazetteer) -> list[_Found]:
        """Gazetteer names, longest first, clitics outside the span: `وروسيا` → `روسيا`."""
        found, i = [], 0
        while i < len(self.words):
            hit = self._place_at(i, gazetteer)
            if hit:
                found.append(hit[0])
                self.in_place.update(range(i, i + hit[1]))
            i += hit[1] if hit else 1
        return found

    def _place_at(self, i: int, gazetteer: Gazetteer) -> tuple[_Found, int] | None:
        """The longest gazetteer name starting at word `i`, and how many words it takes."""
        words = self.words
        firsts = [(stripped, first) for stripped, first in words[i].readings if first in gazetteer.first_words]
        if not firsts:
            return None
        run = 1  # names never cross punctuation
        while run < gazetteer.max_words and i + run < len(words) and not words[i + run - 1].breaks:
            run += 1
        for n in range(run, 0, -1):
            rest = "".join(" " + w.norm for w in words[i + 1 : i + n])
            for stripped, first in firsts:
                name = first + rest
                if name not in gazetteer.places:
                    continue
                if name in _AFTER_PREPOSITION_ONLY and not self._after_preposition(i, stripped):
                    continue
                label, country_code = gazetteer.places[name]
                start = words[i].start + _skip_letters(words[i].raw, stripped)
                canonical = gazetteer.canonical(name)
                return _Found(start, words[i + n - 1].end, label, canonical, "gazetteer", country_code, i), n
        return None

    def _after_preposition(self, i: int, stripped: int) -> bool:
        """`في سورية`, `بسورية`, `، سورية` are the country; `معارضة سورية` is an adjective."""
        if any(c in "بلك" for c in self.words[i].norm[:stripped]):
            return True
        return i == 0 or self.words[i - 1].breaks or not self.words[i - 1].stems.isdisjoint(_PREPOSITIONS)

    def _name_word(self, i: int, first: bool) -> bool:
        """Could word `i` be part of a person's name? Later words may carry the article: `بشار الجعفري`."""
        word = self.words[i]
        if i in self.in_place or word.norm in _VERB_FORMS or not word.stems.isdisjoint(_not_names()):
            return False
        return not _DEFINITE.match(word.skel) or (not first and word.skel.startswith("ال"))

    def _name_after(self, n: int, min_words: int = 2) -> int | None:
        """End of a name starting at word `n`: `بشار الجعفري`, `ستفان دي ميستورا`, `أسامة أبو زيد`.

        Up to three plain words, then `دي`/`أبو`/`بن` + word pairs, then one `ال` surname. Without a
        particle or surname to vouch for its end, the name must be followed by punctuation or a
        non-name word: `رجب طيب أردوغان` cut to `رجب طيب` is worse than nothing.
        """
        words, i, sure = self.words, n, False

        def more() -> bool:
            return i < len(words) and (i == n or not words[i - 1].breaks)

        while more() and i < n + 3 and words[i].norm not in _PARTICLES and self._name_word(i, i == n):
            if i > n and words[i].skel.startswith("ال"):
                break
            i += 1
        while more() and i + 1 < len(words) and words[i].norm in _PARTICLES and not words[i].breaks:
            if not self._name_word(i + 1, False):
                break
            i, sure = i + 2, True
        if i > n and more() and words[i].skel.startswith("ال") and self._name_word(i, False):
            i, sure = i + 1, True
        if i - n < min_words:
            return None
        return i if sure or words[i - 1].breaks or not self._name_word(i, True) else None

    def _name_before(self, i: int) -> int | None:
        """Start of the name right before word `i`: `وقال [أسامة أبو زيد] المتحدث باسم`."""
        words, start = self.words, i
        while start > 0 and i - start < 4 and not words[start - 1].breaks and self._name_word(start - 1, False):
            start -= 1
        if i - start < 2 or not self._name_word(start, True):
            return None
        before = words[start - 1] if start else None
        if before is None or before.breaks or before.norm in _VERB_FORMS or not before.stems.isdisjoint(_not_names()):
            return start
        return None

    def _tail_end(self, i: int) -> int:
        """Skip a role's modifiers: `المبعوث [الأممي الخاص إلى سوريا]، …`, `ممثل [النظام السوري] بشار`."""
        words, j = self.words, i + 1
        while j < len(words) and j <= i + 8 and not words[j - 1].breaks:
            if words[j].norm in _TAIL_PREPOSITIONS and j + 1 < len(words) and not words[j].breaks:
                j += 2
            elif _DEFINITE.match(words[j].skel) and words[j].norm not in _not_names():
                j += 1
            else:
                break
        return j

    def _find_people(self) -> list[_Found]:
        """People named by a role: `ممثل النظام السوري بشار الجعفري`, `المبعوث …، ستافان دي ميستورا،`."""
        words, found = self.words, []
        for i, word in enumerate(words):
            if word.stems.isdisjoint(_ROLES) or i in self.in_place:
                continue
            if not word.stems.isdisjoint(_SPOKESMEN) and i + 1 < len(words) and words[i + 1].norm == "باسم":
                start = self._name_before(i)
                if start is not None:
                    found.append(self._person(start, i, anchor=start))
            j = self._tail_end(i)
            if j >= len(words) or (words[j - 1].breaks and not words[j - 1].comma):
                continue
            end = self._name_after(j)
            # After `،` the name is the whole apposition, up to the next punctuation.
            if end is not None and (not words[j - 1].breaks or words[end - 1].breaks):
                found.append(self._person(j, end, anchor=i))
        return found

    def _person(self, start: int, end: int, anchor: int) -> _Found:
        """A PERSON over words [start, end)."""
        first, last = self.words[start], self.words[end - 1]
        canonical = normalize_arabic(self.text[first.start : last.end])
        return _Found(first.start, last.end, "PERSON", canonical, "role", None, anchor)

    def _find_quotes(self, entities: list[_Found]) -> list[_Quote]:
        """Quotes in marks with a speech verb in the sentence: `وقال فلان "…"`; scare quotes are skipped."""
        words = self.words
        marks = [(m.start(), m.end()) for m in _QUOTE.finditer(self.text)]
        verbs = [i for i, w in enumerate(words) if w.norm in _VERB_FORMS and not any(s < w.start < e for s, e in marks)]
        quotes = []
        for opening, closing in marks:
            start, end = _trimmed(self.text, opening + 1, closing - 1)
            before = [i for i in verbs if words[i].end <= opening]
            after = [i for i in verbs if words[i].start >= closing]
            if start == end or not (before or after) or _is_scare_quote(self.text, opening, closing):
                continue
            # `قال X "…"`: the speaker sits between verb and quote; `"…"، قال X`: after the verb.
            verb = before[-1] if before else after[0]
            limit = opening if before else next((s for s, _ in marks if s > words[verb].start), len(self.text))
            later = range(verb + 1, len(words))
            stop = next((i for i in later if words[i].start >= limit or words[i].norm in _COMPLEMENTIZERS), len(words))
            quotes.append(_Quote(start, end, words[verb].raw, self._speaker(entities, verb, stop)))
        return quotes

    def _speaker(self, entities: list[_Found], verb: int, stop: int) -> _Found | None:
        """Who speaks, between the speech verb and word `stop` (the quote, or `أن`).

        A person anchored there (`ذكر المبعوث الأممي …، ستافان دي ميستورا، للصحفيين أن "…"`), else a
        place or organisation right after the verb (`وقالت الأمم المتحدة "…"`), else a bare name
        right after it (`وقال لافروف "…"`).
        """
        for entity in entities:
            if entity.label == "PERSON" and verb < entity.anchor < stop:
                return entity
        after = verb + 1
        for entity in entities:
            if entity.label != "PERSON" and entity.anchor == after < stop and entity.start == self.words[after].start:
                return entity
        if after < stop and not self.words[verb].breaks:
            end = self._name_after(after, min_words=1)
            if end is not None and end <= stop:
                return self._person(after, end, anchor=after)
        return None


def _skip_letters(raw: str, n: int) -> int:
    """Index in `raw` after its first `n` letters and their marks: `وَروسيا`, 1 → 2."""
    i = 0
    for _ in range(n):
        i += 1
        while i < len(raw) and raw[i] in _MARKS:
            i += 1
    return i


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace: `" العمل "` → `العمل`."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_scare_quote(text: str, opening: int, closing: int) -> bool:
    """A short term in marks that the clause runs on from: `وفد "المعارضة السورية" المسلحة`.

    A quote ends its clause: punctuation or a new `و`/`ف` clause follows (`أن "الجنود بخير" وقال`).
    """
    follows = text[closing:].lstrip()
    runs_on = bool(_WORD.match(follows)) and not follows.startswith(("و", "ف"))
    return len(text[opening:closing].split()) <= 3 and runs_on and not text[:opening].rstrip().endswith(":")


def _without_overlaps(found: list[_Found]) -> list[_Found]:
    """Longest span first, then leftmost; a span overlapping a kept one is dropped."""
    kept: list[_Found] = []
    for entity in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        if all(entity.end <= k.start or entity.start >= k.end for k in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e.start)


def _read(sentences: pa.Table) -> Iterator[tuple[dict, _Sentence]]:
    """Each sentence row with what it names."""
    for row in sentences.select(["doc_id", "sentence_id", "text", "char_start", "partition_date"]).to_pylist():
        yield row, _Sentence(row["text"])


def _append(rows: dict[str, list], row: dict, **values: object) -> None:
    """One output row: `values`, and the sentence's own doc_id, sentence_id and partition_date."""
    for name, column in rows.items():
        column.append(values[name] if name in values else row[name])


def find_entities(sentences: pa.Table) -> pa.Table:
    """Places, organisations and people in every sentence, with offsets into the document text."""
    rows: dict[str, list] = {name: [] for name in ENTITY_COLUMNS.names}
    for row, sentence in _read(sentences):
        base = row["char_start"]
        for e in sentence.entities:
            span = {"text": row["text"][e.start : e.end], "char_start": base + e.start, "char_end": base + e.end}
            found = {"label": e.label, "canonical": e.canonical, "source": e.source, "country_code": e.country_code}
            _append(rows, row, **span, **found)
    return pa.table(rows, schema=ENTITY_COLUMNS)


def find_quotes(sentences: pa.Table) -> pa.Table:
    """Direct quotes with their speech verb and speaker, with offsets into the document text."""
    rows: dict[str, list] = {name: [] for name in QUOTE_COLUMNS.names}
    for row, sentence in _read(sentences):
        base = row["char_start"]
        for q in sentence.quotes:
            s = q.speaker
            span = {"quote": row["text"][q.start : q.end], "char_start": base + q.start, "char_end": base + q.end}
            who = {"speaker": None, "speaker_start": None, "speaker_end": None}
            if s:
                who = {
                    "speaker": row["text"][s.start : s.end],
                    "speaker_start": base + s.start,
                    "speaker_end": base + s.end,
                }
            _append(rows, row, **span, **who, kind="direct", verb=q.verb)
    return pa.table(rows, schema=QUOTE_COLUMNS)


extract_entities = task(find_entities, name="extract-entities")
extract_quotes = task(find_quotes, name="extract-quotes")
