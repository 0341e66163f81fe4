"""Places: gazetteer names (`وروسيا` → `روسيا`) and places named after their kind (`مدينة بالو` → `بالو`,
`شاطئ بيكون`, `في ناشفيل، تينيسي`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_gazetteer import Gazetteer, load_gazetteer, nationalities, not_names
from akhbar.tasks.extract_names import closes_name, common, place_end, relational, subject_word
from akhbar.tasks.extract_orgs import name_in_marks
from akhbar.tasks.extract_tokens import K_LOCATIVE, K_PLACE, K_PLACE_HEAD, Found, Tokens, skip_letters
from akhbar.tasks.extract_words import (
    AFTER_PREPOSITION_ONLY,
    BODIES_OF_EVERY_COUNTRY,
    GENERIC_ADJECTIVES,
    LOCATIVES,
    NAMED_PLACE_HEADS,
    ORDINALS,
    PLACE_HEADS,
    PREPOSITIONS,
    REGIONAL_COLLISIONS,
    ROLES,
)

# Kinds of place that name one in marks right after them (`حقل "الشاهين"`), where the word alone is too common a noun
# (`في حقل التعليم`, the field of education) to name a place after it unmarked.
_MARKED_PLACE_HEADS = frozenset({"حقل", "حقول"})


def find_places(tokens: Tokens) -> tuple[list[Found], frozenset[int]]:
    """Gazetteer names, longest first, clitics outside the span: `وروسيا` → `روسيا`; and the words they take."""
    gazetteer = load_gazetteer()
    found, taken, after = [], frozenset(), 0
    for i in tokens.where(K_PLACE):
        hit = _place_at(tokens, i, gazetteer) if i >= after else None
        if hit:
            if i == 0 and _dateline(tokens, hit[1]):
                hit = replace(hit[0], canonical=gazetteer.city_key(hit[0].canonical)), hit[1]
            found.append(hit[0])
            taken |= set(range(i, i + hit[1]))
            after = i + hit[1]
    return found, taken


def _dateline(tokens: Tokens, end: int) -> bool:
    """The sentence opens with a wire's dateline, a place then a date or its agency: `تونس 5 أفريل (وات) -`,
    `الجزائر - (واج) -`, `الكويت - 22 - 11 (كونا) --`. A dateline names a city."""
    words = tokens.words
    after = tokens.text[words[end - 1].end : words[end].start if end < len(words) else len(tokens.text)].strip()
    return after[:1] in ("-", "–", "—", "(") or after[:1].isdigit() or (end < len(words) and words[end].norm[:1].isdigit())


def _place_at(tokens: Tokens, i: int, gazetteer: Gazetteer) -> tuple[Found, int] | None:
    """The longest gazetteer name starting at word `i`, and how many words it takes."""
    words = tokens.words
    firsts = [(stripped, first) for stripped, first in words[i].readings if first in gazetteer.first_words]
    if not firsts:
        return None
    # Each reading's names, longest first; names never cross punctuation.
    candidates = []
    for stripped, first in firsts:
        name, n = first, 1
        while True:
            if name in gazetteer.places:
                candidates.append((n, stripped, name))
            if i + n >= len(words) or (words[i + n - 1].breaks and not _hyphenated(tokens, i + n - 1)) or n >= gazetteer.max_words:
                break
            name, n = name + " " + words[i + n].norm, n + 1
            if name not in gazetteer.prefixes:
                break
    for n, stripped, name in sorted(candidates, key=lambda c: -c[0]):
        if name in AFTER_PREPOSITION_ONLY and not _after_preposition(tokens, i, stripped):
            continue
        label, country_code, _ = gazetteer.places[name]
        start = words[i].start + skip_letters(words[i].raw, stripped)
        canonical = gazetteer.key(name)
        if n > 1 and name.split(" ", 1)[0] in PLACE_HEADS:  # `ولاية ميلة`, listed whole as `ميلة` alone is a common word:
            start = words[i + 1].start  # the kind of place stays out of the span, as `find_typed_places` leaves it out
        if name in BODIES_OF_EVERY_COUNTRY and _of_nationality(tokens, i + n, name):  # `البنك المركزي التونسي`, not `البنك المركزي`
            n += 1
            canonical = canonical_key(tokens.text[start : words[i + n - 1].end])
        return Found(start, words[i + n - 1].end, label, canonical, "gazetteer", country_code, i), n
    return None


def _of_nationality(tokens: Tokens, j: int, name: str) -> bool:
    """Word `j`, right after `name` (one of `BODIES_OF_EVERY_COUNTRY`), is a nationality adjective agreeing with it: the
    country's own body (`البنك المركزي` + `التونسي`) keeps its country, and its key is no other country's. A masculine
    adjective after a feminine name, or the reverse, belongs to a word before it (`ممثل الأمم المتحدة الأمريكي`); a country's name is no adjective (`… السعودية`)."""
    words = tokens.words
    if j >= len(words) or words[j - 1].breaks or words[j].norm not in nationalities() or not words[j].norm.startswith("ال"):
        return False
    feminine = name.split()[-1].endswith(("ه", "ات"))  # the name's last word agrees with its head: `الأمم المتحدة`
    return words[j].norm.endswith("يه") == feminine and words[j].norm not in load_gazetteer().places


def _hyphenated(tokens: Tokens, k: int) -> bool:
    """Words `k` and `k + 1` joined by a hyphen alone: `درعة-تافيلالت`, a region's name of two words written as one."""
    words = tokens.words
    return k + 1 < len(words) and tokens.text[words[k].end : words[k + 1].start] == "-"


def _after_preposition(tokens: Tokens, i: int, stripped: int) -> bool:
    """`في سورية`, `بسورية`, `، سورية` are the country; `معارضة سورية` is an adjective."""
    words = tokens.words
    if any(c in "بلك" for c in words[i].norm[:stripped]):
        return True
    return i == 0 or words[i - 1].breaks or not words[i - 1].stems.isdisjoint(PREPOSITIONS)


def find_typed_places(tokens: Tokens, places: Sequence[Found], taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """Places named after a kind of place: `مدينة بالو` → `بالو`, `شاطئ بيكون`, `في ناشفيل، تينيسي`.

    `places` are the sentence's places and organisations so far; a named place found here hides
    those inside it (`مطار القاهرة الدولي` swallows `القاهرة`) from this finder's later lookups.
    Returns the places found and the words taken, `taken` included.
    """
    words, found, seen = tokens.words, [], places
    for i, word in enumerate(words):
        if i not in taken and not word.stems.isdisjoint(_MARKED_PLACE_HEADS) and (named := name_in_marks(tokens, i)):
            # `حقل "أم الشيف"`: an oil field named in marks; the name alone, as `شركة "…"` gives the company's
            start, end = named
            found.append(Found(start, end, "LOC", canonical_key(tokens.text[start:end]), "place-head", None, i))
            taken |= {n for n in range(i + 1, len(words)) if words[n].start < end}
    for i in tokens.where(K_PLACE_HEAD | K_LOCATIVE):
        word = words[i]
        if i in taken or i + 1 >= len(words):
            continue
        named = not word.stems.isdisjoint(NAMED_PLACE_HEADS)
        served = place_end(tokens, seen, i + 1) if named and not word.breaks else None
        if served is not None:
            end = served + 1 if served < len(words) and not words[served - 1].breaks and relational(tokens, taken, served) else served
            skip = next((k for k, stem in word.readings if stem in NAMED_PLACE_HEADS), 0)
            begin = word.start + skip_letters(word.raw, skip)  # `مطار القاهرة الدولي` swallows `القاهرة`
            found.append(
                Found(begin, words[end - 1].end, "LOC", canonical_key(tokens.text[begin : words[end - 1].end]), "place-head", None, i)
            )
            seen = [p for p in seen if not begin <= p.start < words[end - 1].end]
            taken |= set(range(i, end))
        elif not word.breaks and not {stem for _, stem in word.readings}.isdisjoint(PLACE_HEADS | NAMED_PLACE_HEADS):
            # the head as read, without an article: a name follows `بلدية`, never `البلدية` (`إن البلدية خصصت 12 مليون
            # دينار` was a place)
            end = i + 1
            while end < len(words) and end < i + 4 and subject_word(tokens, taken, end, end == i + 1) and end not in taken:
                end += 1
                if words[end - 1].breaks:
                    break
            if end == i + 1 and _definite_place_name(tokens, taken, i):
                end += 1  # `معتمدية المتلوي`, `مخيم اليرموك`
            if end > i + 1 and (closes_name(words, end) or words[end - 1].norm in REGIONAL_COLLISIONS):
                skip = next((k for k, stem in word.readings if stem in NAMED_PLACE_HEADS), 0)
                begin = word.start + skip_letters(word.raw, skip) if named else words[i + 1].start
                name = tokens.text[begin : words[end - 1].end]
                found.append(Found(begin, words[end - 1].end, "LOC", canonical_key(name), "place-head", None, i))
                taken |= set(range(i + 1, end))
        elif word.norm in LOCATIVES and not word.breaks and any(w.comma for w in words[i + 1 : i + 4]):
            # `في ناشفيل، تينيسي`: a town, then the state or country it lies in.
            end = i + 1
            while end < len(words) and end < i + 4 and subject_word(tokens, taken, end, end == i + 1) and not words[end - 1].breaks:
                end += 1
            if end > i + 1 and words[end - 1].comma and end < len(words) and _place_word(tokens, seen, end):
                name = tokens.text[words[i + 1].start : words[end - 1].end]
                found.append(Found(words[i + 1].start, words[end - 1].end, "LOC", canonical_key(name), "place-head", None, i + 1))
                taken |= set(range(i + 1, end))
    return found, taken


def _definite_place_name(tokens: Tokens, taken: frozenset[int], i: int) -> bool:
    """After a kind of place in the construct state (`معتمدية`, not `المعتمدية`), a name with the article: Maghreb towns
    (`المتلوي`, `الرديف`, `الحامة`) and camps (`اليرموك`). A common noun there (`منطقة النزاع`) is no name, nor is what
    the model is sure is none (`ner_crf._vetoed`, as for every place-head entity)."""
    words, k = tokens.words, i + 1
    if words[i].norm.startswith("ال") or k in taken or not words[k].norm.startswith("ال") or len(words[k].norm) < 5:
        return False
    word = words[k]
    if word.norm in REGIONAL_COLLISIONS:
        return True  # `مدينة السلط`: the town, where the word alone is Tunisia's `the authorities`
    if common(word) or word.norm in not_names() or word.norm in nationalities() or not word.stems.isdisjoint(ROLES):
        return False
    if word.norm.endswith("يه") or word.norm in GENERIC_ADJECTIVES or word.norm in ORDINALS:
        return False  # an adjective or an ordinal: `المنطقة … الترفيهية`, `الحي السادس`
    return closes_name(words, k + 1)



def _place_word(tokens: Tokens, places: Sequence[Found], j: int) -> bool:
    """A place of `places`, of any length, starts at word `j`: `تينيسي` after `في ناشفيل،`."""
    return any(p.anchor == j and p.label == "LOC" for p in places)
