"""Places: gazetteer names (`وروسيا` → `روسيا`) and places named after their kind (`مدينة بالو` → `بالو`,
`شاطئ بيكون`, `في ناشفيل، تينيسي`)."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from akhbar.tasks.arabic import latin_digits, normalize_arabic, strip_marks
from akhbar.tasks.extract_canonical import canonical_key, place_key
from akhbar.tasks.extract_dates import MONTHS
from akhbar.tasks.extract_gazetteer import (
    Gazetteer,
    Place,
    countries_by_word,
    country_keys,
    hamza_seated,
    is_country,
    load_gazetteer,
    load_local_places,
    load_towns,
    nationalities,
    not_names,
)
from akhbar.tasks.extract_names import (
    DEFINITE,
    closes_name,
    common,
    conjoined,
    future_verb,
    place_end,
    prepositional,
    relational,
    subject_word,
    tafil,
)
from akhbar.tasks.extract_orgs import arabic_adjective, name_in_marks, present_verb, purpose_end
from akhbar.tasks.extract_tokens import K_LOCATIVE, K_PLACE, K_PLACE_HEAD, Found, Tokens, Word, clitic_readings, skip_letters
from akhbar.tasks.extract_words import (
    ADJECTIVE_PLACES,
    AFTER_PREPOSITION_ONLY,
    AREA_NOUNS,
    BODIES_OF_EVERY_COUNTRY,
    CLUB_CONTEXT,
    CLUB_HEADS,
    CLUB_RESULTS,
    CLUB_VERBS,
    DIRECTIONS,
    EVENT_HEADS,
    GENERIC_ADJECTIVES,
    HAJJ_SITES,
    HAJJ_WORDS,
    HAMLET_HEADS,
    HEADS,
    INTERNATIONAL_WORDS,
    LOCATIVES,
    NAMED_PLACE_HEADS,
    ORDINALS,
    PEST_COLLISIONS,
    PLACE_HEADS,
    PLACE_PHRASES,
    PLANT_COLLISIONS,
    PLANT_WORDS,
    PREPOSITIONS,
    REGIONAL_COLLISIONS,
    ROLES,
    TOPONYM_PREFIXES,
    TOWN_ADJECTIVE_HEADS,
    VERB_FORMS,
    given_names,
)

# Kinds of place that name one in marks right after them (`حقل "الشاهين"`), where the word alone is too common a noun
# (`في حقل التعليم`, the field of education) to name a place after it unmarked.
_MARKED_PLACE_HEADS = frozenset({"حقل", "حقول"})
_VILLAGE_KINDS = PLACE_HEADS | HAMLET_HEADS  # before a village's name opening with a word (`TOPONYM_PREFIXES`)


# Kinds of place before a listed place that stay out of its span: the port, island, stadium or mine of a town is named by
# the town (`ميناء رادس` → `رادس`); with an adjective of its own it is one whole (`مطار القاهرة الدولي`).
_KIND_OUTSIDE = frozenset({"ميناء", "جزيره", "ملعب", "منجم"})
# Kinds of place whose own name after them is a definite word, else a known town's (`قلعة عجلون`): an indefinite word after
# them describes one (`قلعة حصينة`, a stronghold; `قلعة كرة القدم`, a football stronghold).
_DEFINITE_NAMES_ONLY = frozenset({"قلعه"})


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
    if _AMBIGUOUS_COUNTRY.search(tokens.text):
        for place, i in _ambiguous_countries(tokens, taken, gazetteer):
            found.append(place)
            taken |= {i}
        found.sort(key=lambda e: e.start)
    if _CENTRAL.search(tokens.text):
        for bank, i in _central_banks(tokens, taken, gazetteer):
            found.append(bank)
            taken |= {i, i + 1}
        found.sort(key=lambda e: e.start)
    return found, taken


# A central bank named by its adjectives alone, as news shortens it after naming it in full: `وقال [المركزي العماني] في
# بيان`, `توقعات [المركزي المصري]`, keyed as its full name (`بنك مركز@OM`); not where a definite noun before takes them as
# its own (`الجهاز المركزي المصري`, `المجلس المركزي الفلسطيني`), nor where a clitic is on it (`والمركزي`: one of a list).
_CENTRAL = re.compile("المركزي")
_CENTRAL_BANK = "البنك المركزي"


def _central_banks(tokens: Tokens, taken: frozenset[int], gazetteer: Gazetteer) -> Iterator[tuple[Found, int]]:
    words = tokens.words
    for i in range(len(words) - 1):
        if i in taken or i + 1 in taken or words[i].norm != "المركزي" or not _of_nationality(tokens, i + 1, _CENTRAL_BANK):
            continue
        if i > 0 and not words[i - 1].breaks and DEFINITE.match(words[i - 1].skel):
            continue
        full = f"{_CENTRAL_BANK} {words[i + 1].norm}"
        country = countries_by_word().get(words[i + 1].norm.removeprefix("ال"))
        if full in gazetteer.places:
            canonical = gazetteer.key(full)
        elif country:
            canonical = f"{gazetteer.key(_CENTRAL_BANK)}@{country}"
        else:
            continue
        yield Found(words[i].start, words[i + 1].end, "ORG", canonical, "gazetteer", None, i), i


# Countries named like a common word, which the gazetteer lists only whole (`جمهورية مالي`, `جمهورية بنين`): `مالي` is
# also financial, `بنين` sons. Where a word of state or place is right before them, they are the country: `رئيس [بنين]
# باتريس تالون`, `سفيرة [بنين] لدى اليونسكو`, `في [مالي]`, `شمال [مالي]`; not `دعم مالي`, `مدرسة بنين`.
_AMBIGUOUS_COUNTRIES = ("مالي", "بنين")
_AMBIGUOUS_COUNTRY = re.compile("|".join(_AMBIGUOUS_COUNTRIES))
OF_A_STATE = frozenset({"رئيس", "رئيسه", "ملك", "سفير", "سفيره", "سفاره", "حكومه", "شعب", "عاصمه", "دوله", "منتخب", "وزير",
                         "وزيره", "رئاسه", "برلمان", "جيش", "في", "الي", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط",
                         "شمالي", "جنوبي", "شرقي", "غربي"})


def and_a_place(word: str) -> bool:
    """A word that is `و` and the first word of a gazetteer place: `والنيجر`, `وبوركينا`."""
    return _and_a_place(word, load_gazetteer())


def _and_a_place(word: str, gazetteer: Gazetteer) -> bool:
    return word.startswith("و") and word[1:] in gazetteer.first_words and word[1:] not in _AMBIGUOUS_COUNTRIES


def _ambiguous_countries(tokens: Tokens, taken: frozenset[int], gazetteer: Gazetteer) -> Iterator[tuple[Found, int]]:
    """`_AMBIGUOUS_COUNTRIES` after a word of state or place (`OF_A_STATE`), keyed as the gazetteer's `جمهورية` of them."""
    words = tokens.words
    for i in range(len(words)):
        if i in taken or words[i].norm not in _AMBIGUOUS_COUNTRIES:
            continue
        before = words[i - 1].norm if i and not words[i - 1].breaks else ""
        listed = i + 1 < len(words) and not words[i].breaks and _and_a_place(words[i + 1].norm, gazetteer)
        if before not in OF_A_STATE and before[1:] not in OF_A_STATE - {"في", "الي"} and not listed:  # (`ورئيس`, `لسفارة`)
            continue  # … or listed with countries: `تلتقي فيها [مالي] والنيجر`, `قوة الساحل - [مالي] وبوركينا فاسو`
        place = gazetteer.places.get("جمهوريه " + words[i].norm)
        if place is not None:
            yield Found(words[i].start, words[i].end, "LOC", place_key(words[i].norm, place.country_code), "gazetteer",
                        place.country_code, i), i


def _dateline(tokens: Tokens, end: int) -> bool:
    """The sentence opens with a wire's dateline, a place then a date or its agency: `تونس 5 أفريل (وات) -`,
    `الجزائر - (واج) -`, `الكويت - 22 - 11 (كونا) --`, `النعمة، 15 مايو 2023 (و م أ) -` (AMI's comma). A dateline names
    a city."""
    words = tokens.words
    after = tokens.text[words[end - 1].end : words[end].start if end < len(words) else len(tokens.text)].strip().lstrip("،,").strip()
    return after[:1] in ("-", "–", "—", "(") or after[:1].isdigit() or (end < len(words) and words[end].norm[:1].isdigit())


# An island is named without its kind, as ANERcorp and the gold sets tag it (`جزيرة [سقطرى]`), though the gazetteer lists it
# with it (`جزيرة سقطرى`: `سقطرى` alone may be a name too); islands in the plural name a country or a group (`جزر القمر`).
_ISLAND = frozenset({"جزيره"})


BARE_ALEF_ONLY = frozenset({"وام"})  # gazetteer names that a hamza on the alef makes other words


def _place_at(tokens: Tokens, i: int, gazetteer: Gazetteer) -> tuple[Found, int] | None:
    """The longest gazetteer name starting at word `i`, and how many words it takes."""
    words = tokens.words
    firsts = [(stripped, first) for stripped, first in words[i].readings if first in gazetteer.first_words]
    if not firsts:
        return None
    if words[i].norm in gazetteer.places:  # `كابل` is Kabul (or a cable, `AFTER_PREPOSITION_ONLY`), never `ك` + `أبل`
        firsts = [(stripped, first) for stripped, first in firsts if "ك" not in words[i].norm[:stripped]]
    # Each reading's names, longest first; names never cross punctuation.
    candidates = []
    for stripped, first in firsts:
        name, n = first, 1
        while True:
            if name in gazetteer.places:
                candidates.append((n, 0, stripped, name))
            numbered = _numbered(tokens, i + n - 1, name)
            if numbered and numbered[0] in gazetteer.places:  # `فرانس 24`, `لفرانس24`: the rules' words hold no digits
                candidates.append((n, numbered[1], stripped, numbered[0]))
            if i + n >= len(words) or (words[i + n - 1].breaks and not _hyphenated(tokens, i + n - 1)) or n >= gazetteer.max_words:
                break
            name, n = name + " " + words[i + n].norm, n + 1
            if name not in gazetteer.prefixes:
                break
    for n, number_end, stripped, name in sorted(candidates, key=lambda c: (-c[0], -c[1])):
        if name in AFTER_PREPOSITION_ONLY and not _after_preposition(tokens, i, stripped):
            continue
        if name in PLANT_COLLISIONS and i > 0 and not words[i - 1].stems.isdisjoint(PLANT_WORDS):
            continue  # `أشجار القرم`: mangroves
        if (name in PEST_COLLISIONS and i + n < len(words) and not words[i + n - 1].breaks
                and not words[i + n].stems.isdisjoint(PLANT_WORDS)):
            continue  # `سوسة النخيل`: the palm weevil, not Sousse
        if n == 1 and in_place_phrase(tokens.text, words[i].start + skip_letters(words[i].raw, stripped), words[i].end):
            continue  # `جوز [الهند]`, the coconut; `[مسقط] رأسه`, his birthplace
        if name in BARE_ALEF_ONLY and "أ" in words[i].raw:
            continue  # `[وأم] قرن`: `و` and `أم`, no WAM (`وام`, the agency, is written with a bare alef)
        if (name in ADJECTIVE_PLACES and not stripped and i > 0 and not words[i - 1].breaks
                and describes_after(words[i - 1].skel, words[i - 1].norm)):
            continue  # `الهيئة [السعودية]`: the adjective
        label, country_code, _ = gazetteer.places[name]
        start = words[i].start + skip_letters(words[i].raw, stripped)
        canonical = gazetteer.key(name)
        # `ولاية ميلة`, listed whole as `ميلة` alone is a common word: the kind of place stays out of the span, as
        # `find_typed_places` leaves it out, and of its key (`ميلة`'s); not from a town named after a man (`مدينة عيسى`)
        if n > 1 and name.split(" ", 1)[0] in PLACE_HEADS | _ISLAND and not _named_after(name):
            start = words[i + 1].start
            canonical = place_key(gazetteer.canonical(name.split(" ", 1)[1]), country_code)
        if name in _BY_PURPOSE_TOO and i + n < len(words) and not words[i + n - 1].breaks and purpose_end(tokens, i + n) > i + n:
            continue  # `الجمعية الوطنية [للأسلحة النارية]` (the NRA), an association named by its purpose, no parliament
        if name in BODIES_OF_EVERY_COUNTRY and _of_nationality(tokens, i + n, name):  # `البنك المركزي التونسي`, not `البنك المركزي`
            n += 1  # keyed as the country's own body: `البنك المركزي التونسي` is `بنك مركز@TN`, as `البنك المركزي` of a TAP wire
            if words[i + n - 1].norm in _ARAB and _of_nationality(tokens, i + n, name):
                n += 1  # `رئاسة الجمهورية العربية السورية`, `الهلال الأحمر العربي السوري`: the country is the second's
            country = countries_by_word().get(words[i + n - 1].norm.removeprefix("ال"))
            canonical = f"{canonical}@{country}" if country else canonical_key(tokens.text[start : words[i + n - 1].end])
        if name in _SCOPED_BODIES and _scope_after(tokens, i + n):  # `مجلس الأمن [القومي]`: a country's council, not the UN's
            n, canonical = n + 1, canonical_key(tokens.text[start : words[i + n].end])
        if (label == "ORG" and name.startswith("الاتحاد ") and i + n < len(words) and not words[i + n - 1].breaks
                and words[i + n].norm in SPORTS and (purpose := purpose_end(tokens, i + n)) > i + n):
            n = purpose - i  # a union's football federation is another body: `الاتحاد الإفريقي [لكرة القدم]` (CAF), not the AU
            canonical = canonical_key(tokens.text[start : words[i + n - 1].end])
        anchor = i
        if name in SOCIETIES and (kind := _society_kind(tokens, i)) is not None:
            start, anchor = kind  # `جمعية الهلال الأحمر الكويتي` is `الهلال الأحمر الكويتي`, its key (a country's, as above)
        end = number_end or words[i + n - 1].end
        if (label == "MISC" and not number_end and name.startswith("دوري ") and i + n < len(words) and not words[i + n - 1].breaks
                and words[i + n].norm in _CATEGORIES):
            n, end = n + 1, words[i + n].end  # whose: `دوري أبطال إفريقيا [للسيدات]`, the women's league, an event of its own
            canonical = canonical_key(tokens.text[start:end])  # (not `[لكرة القدم]`, which the gold sets leave out of a league)
        if (label == "MISC" and not number_end and name.split(" ", 1)[0] in EVENT_HEADS and i + n < len(words)
                and (words[i + n].skel.startswith("لل") or words[i + n].norm == "لكره")  # `كأس العالم [لكرة القدم]`
                and (purpose := purpose_end(tokens, i + n)) > i + n):
            n, end = purpose - i, words[purpose - 1].end  # what it is for: `كأس العالم [للراليات الصحراوية]`, its own event
            while i + n < len(words) and not words[i + n - 1].breaks and relational(tokens, frozenset(), i + n):
                n, end = n + 1, words[i + n].end
            if i + n < len(words) and not words[i + n - 1].breaks and words[i + n].norm in _CATEGORIES:
                n, end = n + 1, words[i + n].end  # whose: `كأس الأمم الأفريقية لكرة القدم [للاعبين المحليين]` (CHAN),
                # `كأس العالم لكرة القدم [للسيدات]`: another event
                if i + n < len(words) and not words[i + n - 1].breaks and words[i + n].norm.startswith("ال") and (
                        words[i + n].norm.endswith(("يين", "يات"))):
                    n, end = n + 1, words[i + n].end  # `[المحليين]`
            if tokens.text[start:end].split()[-2:] != ["لكرة", "القدم"]:
                canonical = canonical_key(tokens.text[start:end])  # football's is the event's own: `كأس العالم لكرة القدم`
        if label == "MISC" and not number_end and (year := _YEAR_AFTER.match(tokens.text, end)):
            end = year.end()  # an edition: `كأس العالم 2026`, `كأس آسيا ٢٠٢٧`, keyed with its year (`كاس علم 2026`): the
            # editions of one event are different events; the event named bare joins the document's one edition
            # (`extract_documents._with_editions`)
            canonical = f"{canonical} {latin_digits(year.group().strip())}"
        if label == "LOC" and not stripped and (bay := _bay_before(tokens, i, i + n)) is not None:
            start, canonical, country_code = bay, canonical_key(tokens.text[bay:end]), None  # `خليج [المكسيك]`: the sea
        return Found(start, end, label, canonical, "gazetteer", country_code, anchor), n
    return None


# Whose an event is, after what it is for: the players it is for make another event (`للاعبين المحليين`, `للسيدات`).
_CATEGORIES = frozenset({"للاعبين", "للمحليين", "للسيدات", "للرجال", "للشباب", "للشابات", "للناشئين", "للناشئات", "للاواسط",
                         "للاشبال", "للاصاغر", "للكبار", "للمعاقين", "للصم"})
_BY_PURPOSE_TOO = frozenset({"الجمعيه الوطنيه"})  # a parliament alone, an association with its purpose
SPORTS = frozenset({"لكره", "لالعاب"})  # `لكرة القدم`, `لكرة اليد`, `لألعاب القوى`


# A country's Red Crescent or Red Cross is as often named with what kind of body it is (a society, or the UAE's and Saudi
# Arabia's authority) as without: `جمعية الهلال الأحمر الكويتي` and `الهلال الأحمر الكويتي` are one (the gold sets group them).
SOCIETIES = frozenset({"الهلال الاحمر", "الصليب الاحمر"})
SOCIETY_KINDS = frozenset({"جمعيه", "هيئه", "منظمه"})


def _society_kind(tokens: Tokens, i: int) -> tuple[int, int] | None:
    """Where the kind of a society named at word `i` begins right before it, a clitic before it left out, and its word:
    `[لجمعية] الهلال الأحمر`. None when no such kind comes before it, or the name has a clitic of its own."""
    words = tokens.words
    if i == 0 or words[i - 1].breaks or words[i].norm.startswith(("و", "ب", "ل", "ف", "ك")):
        return None
    stripped = next((stripped for stripped, stem in words[i - 1].readings if stem in SOCIETY_KINDS), None)
    return None if stripped is None else (words[i - 1].start + skip_letters(words[i - 1].raw, stripped), i - 1)


def _bay_before(tokens: Tokens, i: int, after: int) -> int | None:
    """Where `خليج` begins right before the place at word `i` (a clitic before it left out): a gulf or bay named after a
    country or town is a sea of its own (`خليج المكسيك`, `بخليج السويس`, `خليج الداخلة`); not a body named after one,
    its purpose next (`خليج البحرين [للتكنولوجيا] المالية`)."""
    words = tokens.words
    if i == 0 or words[i - 1].breaks or (after < len(words) and words[after].skel.startswith("لل")):
        return None
    skip = next((k for k, stem in words[i - 1].readings if stem == "خليج"), None)
    return None if skip is None else words[i - 1].start + skip_letters(words[i - 1].raw, skip)


def _named_after(name: str) -> bool:
    """A town named after a man, by its kind and his given name (`مدينة عيسى`, Isa Town; `مدينة حمد`): the kind is part of
    its name, without which it names the man, as the gold sets annotate it."""
    rest = name.split(" ")[1:]
    return len(rest) == 1 and rest[0] in given_names()


# Names the gazetteer lists whose next adjective, unless it says international, names another body: `مجلس الأمن` is the
# UN's, `مجلس الأمن القومي`, `الوطني`, `السيبراني` a country's (as `_without_epithets` keeps them apart).
_SCOPED_BODIES = frozenset({"مجلس الامن"})


def _scope_after(tokens: Tokens, j: int) -> bool:
    """Word `j` is a definite adjective of relation (`القومي`, `السيبرانية`), no nationality and no `international`."""
    words = tokens.words
    if j >= len(words) or words[j - 1].breaks:
        return False
    norm = words[j].norm
    return (norm.startswith("ال") and norm.endswith(("ي", "يه")) and len(norm) > 5 and norm not in nationalities()
            and norm not in INTERNATIONAL_WORDS and norm not in GENERIC_ADJECTIVES)
_NUMBER_AFTER = re.compile(r" ?([0-9]+)(?![\w.,])")
_YEAR_AFTER = re.compile(r" (?:19|20|١٩|٢٠)[0-9٠-٩]{2}(?![\w/-]|[.,][0-9٠-٩])")  # not `2-1`, `2018/2019`, `2018.5`


def _numbered(tokens: Tokens, k: int, name: str) -> tuple[str, int] | None:
    """`name` (ending at word `k`) with the number right after it, as the gazetteer lists such names (`فرانس 24`), and
    where the number ends; None when no number follows."""
    number = _NUMBER_AFTER.match(tokens.text, tokens.words[k].end)
    return (f"{name} {number[1]}", number.end()) if number else None


def _of_nationality(tokens: Tokens, j: int, name: str) -> bool:
    """Word `j`, right after `name` (one of `BODIES_OF_EVERY_COUNTRY`), is a nationality adjective agreeing with it: the
    country's own body (`البنك المركزي` + `التونسي`) keeps its country, and its key is no other country's. A masculine
    adjective after a feminine name, or the reverse, belongs to a word before it (`ممثل الأمم المتحدة الأمريكي`); a country's name is no adjective (`… السعودية`)."""
    words = tokens.words
    if j >= len(words) or words[j - 1].breaks or words[j].norm not in nationalities() or not words[j].norm.startswith("ال"):
        return False
    feminine = name.split()[-1].endswith(("ه", "ات"))  # the name's last word agrees with its head: `الأمم المتحدة`
    agrees = words[j].norm.endswith("يه") == feminine or name.endswith(_BROKEN_PLURALS)  # `خفر السواحل الموريتانية`
    return agrees and words[j].norm not in load_gazetteer().places


# `العربي`, which names no country, before the adjective that does.
_ARAB = frozenset(("العربي", "العربيه"))

# Last words of bodies in a broken plural, which an adjective agrees with in the feminine as in the masculine.
_BROKEN_PLURALS = ("السواحل",)


def _hyphenated(tokens: Tokens, k: int) -> bool:
    """Words `k` and `k + 1` joined by a hyphen alone: `درعة-تافيلالت`, a region's name of two words written as one."""
    words = tokens.words
    return k + 1 < len(words) and tokens.text[words[k].end : words[k + 1].start] == "-"


def _after_preposition(tokens: Tokens, i: int, stripped: int) -> bool:
    """`في سورية`, `بسورية`, `، سورية` are the country; `معارضة سورية` is an adjective. So is the country after a definite
    word, which its adjective would follow with the article (`زار الوفد سورية`; an adjective: `الوفد السوري`), but for a
    feminine or plural one it may be said of (`الحكومة سورية`), and joined by `و` to a place before it (`إيران وسورية`): as
    ANERcorp's news and SANA write the country."""
    words = tokens.words
    if any(c in "بلك" for c in words[i].norm[:stripped]):
        return True
    if i == 0 or words[i - 1].breaks or not words[i - 1].stems.isdisjoint(PREPOSITIONS | _CAPITAL):
        return True  # (`العاصمة كابل`)
    if i > 1 and words[i - 1].norm.startswith("ال") and words[i - 1].norm.endswith("يه") and not words[i - 2].stems.isdisjoint(_CAPITAL):
        return True  # `العاصمة الأفغانية كابل`
    before = words[i - 1]
    if words[i].norm[:stripped] == "و":
        return before.starts_place  # `إيران [و]سورية`: a list of places
    return DEFINITE.match(before.skel) is not None and not before.norm.endswith(("ه", "ات"))  # not `الحكومة سورية` (agrees)


_CAPITAL = frozenset({"العاصمه", "عاصمه"})


def _where_or_why(word: Word) -> bool:
    """A prepositional phrase (`ليقود`, `بغرب`: `prepositional`), which ends a named place's name; not a Maghreb name in
    `بو` (`مطار هواري [بومدين]`)."""
    return prepositional(word) and not word.norm.startswith("بو")


def _led_to(word: Word) -> bool:
    """`وأدى`, the verb `led to`, which folds to `وادي` (a wadi) once its hamza and final `ى` are gone."""
    return "وادي" in word.stems and ("أد" in word.skel or word.skel.endswith("ى"))


_FACILITY_ADJECTIVES = frozenset({"الدولي", "الدوليه"})  # (`nationalities` holds `الدولي` too)
_FACILITIES = frozenset({"مطار"})  # named whole, as every gold set annotates airports: `مطار بورتسودان الدولي` (a stadium, which
# ANERcorp names without its head, is left to the model: 2 places fewer right on its dev split otherwise)


def _port_authority(head: Word, last: Word) -> bool:
    """An autonomous port is the body that runs it, ORG: `ميناء نواكشوط [المستقل]` (as wire8 and wire17 annotate it), found
    by its head as a body's name is (source `head`: the model's `نواذيبو` inside it does not win)."""
    return "ميناء" in head.stems and last.norm == "المستقل"


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
    for i, word in enumerate(words[:-2]):
        if (word.breaks or words[i + 1].breaks or words[i + 1].norm not in TOPONYM_PREFIXES
                or not {i, i + 1, i + 2}.isdisjoint(taken) or not any(stem in _VILLAGE_KINDS for _, stem in word.readings)):
            continue  # (the kind without its article: `حاكم [المدينة] ولد مودو` is the town's governor, a man)
        name = words[i + 2]  # `بجماعة [عين عائشة]`, `دوار [آيت ويرة]`: the opening word and the next, a word of a name
        if name.norm.isalpha() and name.norm not in VERB_FORMS and name.norm not in PREPOSITIONS and not conjoined(name):
            start, end = words[i + 1].start, name.end
            found.append(Found(start, end, "LOC", canonical_key(tokens.text[start:end]), "place-head", None, i + 1))
            seen = [p for p in seen if not start <= p.start < end]
            taken |= {i, i + 1, i + 2}
    for i in tokens.where(K_PLACE_HEAD | K_LOCATIVE):
        word = words[i]
        if i in taken or i + 1 >= len(words) or _led_to(word):
            continue
        if "الميناء" in word.stems and words[i + 1].norm == "المستقل" and not words[i + 1].breaks:
            served = place_end(tokens, seen, i + 2, clitic=True)  # `الميناء المستقل [لنواذيبو]`: the port authority
            if served is not None and words[i + 2].norm.startswith("ل"):
                skip = next((k for k, stem in word.readings if stem == "الميناء"), 0)
                begin = word.start + skip_letters(word.raw, skip)
                name = tokens.text[begin : words[served - 1].end]
                found.append(Found(begin, words[served - 1].end, "ORG", canonical_key(name), "head", None, i))
                seen = [p for p in seen if not begin <= p.start < words[served - 1].end]
                taken |= set(range(i, served))
                continue
        named = not word.stems.isdisjoint(NAMED_PLACE_HEADS)
        served = place_end(tokens, seen, i + 1) if named and not word.breaks else None
        if served is not None and not word.stems.isdisjoint(_FACILITIES) and served < len(words) and not words[served - 1].breaks:
            second = place_end(tokens, seen, served)  # an airport of two towns: `مطار تونس [قرطاج] الدولي`, `مطار توزر [نفطة]
            if second is not None and second < len(words) and not words[second - 1].breaks and relational(tokens, taken, second):
                served = second  # الدولي`, whole where its adjective follows
        if served is not None:
            end = served + 1 if served < len(words) and not words[served - 1].breaks and relational(tokens, taken, served) else served
            if end == served and not word.stems.isdisjoint(_KIND_OUTSIDE) and not (i > 0 and words[i - 1].norm == "شبه"):
                continue  # `بميناء [صفاقس]`, `جزيرة [قرقنة]`: the place, its kind outside (`tests/gold/README.md`); a peninsula whole
            skip = next((k for k, stem in word.readings if stem in NAMED_PLACE_HEADS), 0)
            begin = word.start + skip_letters(word.raw, skip)  # `مطار القاهرة الدولي` swallows `القاهرة`
            described = words[end - 1].norm in nationalities() and words[end - 1].norm not in _FACILITY_ADJECTIVES
            if _port_authority(word, words[end - 1]):
                label, source = "ORG", "head"
            elif not word.stems.isdisjoint(_FACILITIES) and not described:
                # an airport around a known town: its whole wins over the model's town (`ner_crf.WHOLE_NAMES_FIRST`)
                label, source = "LOC", "place-whole"
            else:
                label, source = "LOC", "place-head"  # a port is its town where the model says so (`ميناء [نواذيبو] المعدني`)
            found.append(
                Found(begin, words[end - 1].end, label, canonical_key(tokens.text[begin : words[end - 1].end]), source, None, i)
            )
            seen = [p for p in seen if not begin <= p.start < words[end - 1].end]
            taken |= set(range(i, end))
        elif not word.breaks and not {stem for _, stem in word.readings}.isdisjoint(PLACE_HEADS | NAMED_PLACE_HEADS):
            # the head as read, without an article: a name follows `بلدية`, never `البلدية` (`إن البلدية خصصت 12 مليون
            # دينار` was a place)
            if not word.stems.isdisjoint(_DEFINITE_NAMES_ONLY) and not words[i + 1].norm.startswith("ال"):
                continue  # `قلعة [الجاهلي]`, but `قلعة [حصينة]`, `قلعة [كرة] القدم` name none (a known town's: above)
            end = i + 1
            while end < len(words) and end < i + 4 and subject_word(tokens, taken, end, end == i + 1) and end not in taken:
                if named and end > i + 1 and (words[end].norm.startswith("و") or present_verb(words[end], RARE_IN_NEWS)
                                              or _where_or_why(words[end])):
                    break  # `وادي تانزوفت [ورحلات]`: `و` opens the next item of a list; `جبل جيس [يستقبل]`, a verb; `ملعب
                    # ويمبلي [ليقود]`, what was done there
                if (end > i + 1 and words[end].norm in DIRECTIONS and words[end - 1].norm not in DIRECTIONS
                        and _place_follows(words, end + 1)):
                    break  # `منطقة حرة لونير [شمال] محافظة ينبع`: north of the next place (`ولاية جنوب غرب الصومال` whole)
                end += 1
                if words[end - 1].breaks:
                    break
            if end == i + 1 and _definite_place_name(tokens, taken, i):
                end += 1  # `معتمدية المتلوي`, `مخيم اليرموك`
            if (named and i + 1 < end < len(words) and not words[end - 1].breaks and words[end].norm in _FACILITY_KINDS
                    and closes_name(words, end + 1)):
                end += 1  # the facility's adjective: `محمية العريق [الطبيعية]`, `مطار بنينا [الدولي]`
            if (not words[i + 1].norm.startswith("ال") and not words[i + 1].starts_place
                    and words[i + 1].norm.endswith(("ي", "يه")) and words[i + 1].norm not in MONTHS
                    and arabic_adjective(words[i + 1].norm) and (named or common_nisba(words[i + 1].norm, words[i + 1].raw))):
                continue  # a kind of it, no name: `في محمية [طبيعية]`, `قصر [ملكي]`, `في حي [سكني]`, `منطقة [صناعية]` (not
                # `مطار حماة`, `جبل العمري`)
            if end > i + 1 and (closes_name(words, end) or words[end - 1].norm in REGIONAL_COLLISIONS
                                or (named and end < len(words) and _where_or_why(words[end]))):
                skip = next((k for k, stem in word.readings if stem in NAMED_PLACE_HEADS), 0)
                # `جزيرة [سولاويسي]`: an island's kind outside, as above (a stadium's or a port's name here keeps it)
                outside = "جزيره" in word.stems and not (i > 0 and words[i - 1].norm == "شبه")
                begin = word.start + skip_letters(word.raw, skip) if named and not outside else words[i + 1].start
                stop = words[end - 1].end
                if named and words[end - 1].norm in MONTHS and (year := _YEAR_AFTER.match(tokens.text, stop)):
                    stop = year.end()  # a venue named after a day keeps its year: `ملعب 5 جويلية [1962]`
                name = tokens.text[begin:stop]
                found.append(Found(begin, stop, "LOC", canonical_key(name), "place-head", None, i))
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


# What kind of facility a named place is, after its name (`مطار بنينا [الدولي]`, `محمية العريق [الطبيعية]`): part of its
# name, as the gold sets annotate airports and reserves; not what it serves (`ميناء الصيد [البحري]`), nor `العسكري`, which
# says what an airport is used for (`مطار بنينا العسكري` is Benina International: judged so blind, `/work/audit46`).
_FACILITY_KINDS = frozenset({"الدولي", "الدوليه", "الطبيعي", "الطبيعيه", "الاولمبي", "الملكي", "الملكيه"})


def common_nisba(norm: str, raw: str = "") -> bool:
    """An adjective of relation news writes in both genders (`سكني`/`سكنية`, `شعبي`), as a town's name in `-ية` is not
    (`بلدة [حمورية]`, `أنصارية`: `حموري` is no word): after a kind of place it says what kind, no name."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    if not norm.endswith(("ي", "يه")) or raw.endswith("ى"):
        return False  # (`مدينة [بصرى] الشام`: `ى` is no nisba's `ي`)
    counts = load_words().counts
    masculine, feminine = (norm[:-1], norm) if norm.endswith("يه") else (norm, norm + "ه")
    seen = counts.get(masculine, 0), counts.get(feminine, 0)
    return min(seen) >= _NISBA_EACH and sum(seen) >= _NISBA_BOTH


_NISBA_EACH, _NISBA_BOTH = 5, 20  # `ساحلي` 10 and `ساحلية` 14 times in the word counts; `حموري` never, `أنصارية` never


def _place_follows(words: Sequence[Word], k: int) -> bool:
    """Word `k` opens a place, its kind, `the country`, or a direction before one (`شمال [غربي] اليمن`), where a direction
    before it says where (`حرة لونير شمال [محافظة] ينبع`)."""
    if k >= len(words) or words[k - 1].breaks:
        return False
    if words[k].norm in DIRECTIONS and k + 1 < len(words) and not words[k].breaks:
        k += 1
    return words[k].starts_place or not words[k].stems.isdisjoint(PLACE_HEADS) or words[k].norm == "البلاد"


def _definite_place_name(tokens: Tokens, taken: frozenset[int], i: int) -> bool:
    """After a kind of place in the construct state (`معتمدية`, not `المعتمدية`), a name with the article: Maghreb towns
    (`المتلوي`, `الرديف`, `الحامة`) and camps (`اليرموك`). A common noun there (`منطقة النزاع`) is no name, nor is what
    the model is sure is none (`ner_crf.vetoed`, as for every place-head entity)."""
    words, k = tokens.words, i + 1
    if words[i].norm.startswith("ال") or k in taken or not words[k].norm.startswith("ال") or len(words[k].norm) < 5:
        return False
    word = words[k]
    if word.norm in REGIONAL_COLLISIONS:
        return True  # `مدينة السلط`: the town, where the word alone is Tunisia's `the authorities`
    if (common(word) or word.norm in not_names() or word.norm in nationalities() or not word.stems.isdisjoint(ROLES)
            or word.norm in AREA_NOUNS):  # `منطقة [اليورو]`, `منطقة [الجزاء]`
        return False
    if word.norm.endswith("يه") or word.norm in GENERIC_ADJECTIVES or word.norm in ORDINALS:
        return False  # an adjective or an ordinal: `المنطقة … الترفيهية`, `الحي السادس`
    return closes_name(words, k + 1)


def _place_word(tokens: Tokens, places: Sequence[Found], j: int) -> bool:
    """A place of `places`, of any length, starts at word `j`: `تينيسي` after `في ناشفيل،`."""
    return any(p.anchor == j and p.label == "LOC" for p in places)


# A kind of place in the dual, then the two places: `في محافظتي [الجهراء] و[الأحمدي]`, `منطقتي [الزروق] و[السكت]`.
_DUAL_PLACE_HEADS = frozenset({"منطقتي", "محافظتي", "ولايتي", "مدينتي", "اقليمي", "بلديتي", "معتمديتي", "قريتي", "جزيرتي"})
# Sides, which coordinate with a place without being one: `كوريا الشمالية و[الجنوبية]`.
_SIDES = frozenset({"الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الشمالي", "الجنوبي", "الشرقي", "الغربي"})


def find_listed_places(tokens: Tokens, entities: Sequence[Found], vetoed: Callable[[Found], bool] = lambda _: False) -> list[Found]:
    """Places that neither the gazetteer nor the model knows, named in a list of places (`entities`: the sentence's,
    the model's among them): between two (`بالدمام و[الخبر] والقطيف`), after two (`برشيد وسيدي بنور و[الوليدية]`), after
    a kind of place in the dual (`في محافظتي [الجهراء] و[الأحمدي]`), or after one a locative opens the list with
    (`find_places_after_opening`). One word each, none a common word, a nationality or a side (`كوريا الشمالية
    و[الجنوبية]`). A town's name is often a word too (`الخبر`, the news; `العقبة`, the obstacle), which the gazetteer
    leaves out; between two places it is the town, elsewhere only where `vetoed` (the model sure it is no name:
    `و[العالم]`, `و[المناطق] الغربية`) does not say otherwise. LOC, source `list`."""
    words = tokens.words
    spans, unkeyed, occupied, first_of, last_of = _list_context(tokens, entities)
    found = _after_opening_place(tokens, first_of, last_of, occupied, vetoed)
    for place in found:
        first_of[place.anchor] = place
        last_of[place.anchor] = (place, place.anchor)
        occupied.add(place.anchor)
    for i, word in enumerate(words):
        if i in occupied or i == 0 or not word.norm.startswith("و") or (words[i - 1].breaks and not words[i - 1].comma):
            continue
        dual = i >= 2 and words[i - 2].norm in _DUAL_PLACE_HEADS and not words[i - 2].breaks and not words[i - 1].breaks
        before = last_of.get(i - 1)
        between = before is not None and i + 1 in first_of and words[i + 1].norm.startswith("و") and not word.breaks
        after_two = before is not None and _after_place(words, last_of, before[1])
        if not (dual or between or after_two):
            continue
        neighbours = [e for e in (before and before[0], first_of.get(i + 1) if between else None) if e is not None]
        if after_two:
            neighbours.append(last_of[before[1] - 1][0])
        country = _one_country(neighbours)
        listed = []
        if dual and i - 1 not in occupied and _listed_word(words[i - 1], 0):
            listed.append(_listed(tokens, i - 1, 0, country))
        if _listed_word(word, 1) and (dual or between or word.norm.startswith("وال")):
            listed.append(_listed(tokens, i, 1, country))  # after two, only a name with the article: `وسجلت` is a verb
        sure = between and not words[i - 1].comma  # `إيران، و[جهود] واشنطن`: a new phrase after the comma
        found += [place for place in listed if ((sure and place.anchor == i) or not vetoed(place))
                  and _free_or_unkeyed(place, spans, unkeyed)]
    return found


def capitals_in_city_lists(tokens: Tokens, entities: Sequence[Found]) -> list[Found]:
    """`entities` with a country named like its capital (`تونس`, `الجزائر`, `جيبوتي`) keyed as the capital where it is
    listed with cities and no other kind of place the gazetteer knows: `رحلات إلى إسطنبول وعمان و[تونس]` (Tunis), not
    `إسبانيا والمغرب والجزائر و[تونس]` (Tunisia). A list: places one word after another, each joined to the last by
    `و` (after a comma a new phrase may begin: `بنيويورك، الجمهورية الجزائرية`); by the country's short name only."""
    gazetteer, words = load_gazetteer(), tokens.words
    places = [(e, _word_range(words, e)) for e in entities if e.label == "LOC"]
    if not any(e.canonical in gazetteer.cities for e, _ in places):
        return list(entities)
    lists: list[list[Found]] = []
    last = -2
    for e, (first, end) in places:
        joined = first == last + 1 and tokens.text[words[first].start : e.start].endswith("و")
        if lists and joined:
            lists[-1].append(e)
        else:
            lists.append([e])
        last = end
    capitals = {}
    for members in lists:
        kinds = {gazetteer.places[name].kind for m in members if m.canonical not in gazetteer.cities
                 and (name := normalize_arabic(tokens.text[m.start : m.end])) in gazetteer.places}
        if kinds and kinds <= {"city", "capital"}:  # not `لاس فيغاس وكاليفورنيا و[جيبوتي]`: a state, bases in a country
            capitals |= {(m.start, m.end): gazetteer.city_key(m.canonical) for m in members if m.canonical in gazetteer.cities
                         and normalize_arabic(tokens.text[m.start : m.end]) in gazetteer.countries.values()}
    return [replace(e, canonical=capitals[(e.start, e.end)]) if (e.start, e.end) in capitals else e for e in entities]


def _list_context(tokens: Tokens, entities: Sequence[Found]) -> tuple[
        list[tuple[Found, tuple[int, int]]], set[tuple[int, int]], set[int], dict[int, Found], dict[int, tuple[Found, int]]]:
    """The entities with their words, the model's unkeyed places, the words the others take, and the places by their
    first and by their last word."""
    spans = [(e, _word_range(tokens.words, e)) for e in entities]
    # a place the model tagged with no key of the gazetteer's is listed again, to be keyed with its list's country
    # (`والخبر`: `خبر@SA`); the caller keeps the listed one of the two
    unkeyed = _unkeyed_places(entities)
    occupied = {n for e, (first, last) in spans if (e.start, e.end) not in unkeyed for n in range(first, last + 1)}
    first_of = {first: e for e, (first, _) in spans if e.label == "LOC"}
    last_of = {last: (e, first) for e, (first, last) in spans if e.label == "LOC"}
    return spans, unkeyed, occupied, first_of, last_of


def find_places_after_opening(tokens: Tokens, entities: Sequence[Found], vetoed: Callable[[Found], bool] = lambda _: False) -> list[Found]:
    """`find_listed_places`' places listed after one a locative opens the list with, alone: for the places found after
    the model's merge (`find_local_places`: `في [الرفاع] و[عوالي]`), where the other lists were read already."""
    _, _, occupied, first_of, last_of = _list_context(tokens, entities)
    return _after_opening_place(tokens, first_of, last_of, occupied, vetoed)


def _after_opening_place(tokens: Tokens, first_of: dict[int, Found], last_of: dict[int, tuple[Found, int]], occupied: set[int],
                         vetoed: Callable[[Found], bool]) -> list[Found]:
    """Places listed by `و` after a place a locative opens the list with, up to the list's end: `في [الرفاع] و[عوالي]
    والزلاق ومدينة عيسى،`, `في [مدينة حمد] و[عالي] و[البديع].` Each a word news seldom writes (`_rare_name`); the list ends
    at a place already found, or, two such words at least, where the sentence or a clause does (a comma); never at a word
    going on (`في بغداد [وسنقوم] بـ`: a clause, not a place), nor after one word (`في بيزيي [وتساءلت]:`)."""
    words, found = tokens.words, []
    for last, (place, first) in sorted(last_of.items()):
        if not _opens_list(tokens, first, place) or words[last].breaks:
            continue
        items, i = [], last + 1
        while (i < len(words) and words[i].norm.startswith("و") and i not in occupied and i not in first_of
               and _rare_name(words[i]) and _listed_word(words[i], 1)):
            items.append(i)
            if words[i].breaks:
                break
            i += 1
        at_place = bool(items) and items[-1] + 1 in first_of and words[items[-1] + 1].norm.startswith("و")
        between = len(items) == 1 and first > 0 and words[first - 1].norm in _BETWEEN and _a_town(tokens, place)  # `بين أطار
        # [وشنقيط]`: a pair of towns (not `بين إسرائيل [وجيوش] نظامية`, `بين أوروبا [والفرانكفونية]`: of countries, anything)
        ended = at_place or between or (len(items) >= 2 and (words[items[-1]].breaks or items[-1] + 1 == len(words)))
        country = None if between and not at_place else _one_country([place])  # (`بين واشنطن [ومكسيكو]`: two countries)
        listed = [_listed(tokens, k, 1, country) for k in items] if ended else []
        if listed and not any(vetoed(p) for p in listed):
            found += listed
    return found


def _opens_list(tokens: Tokens, first: int, place: Found) -> bool:
    """The place at word `first` follows a locative (`في [الرفاع] وعوالي`, `من`, `إلى`, `بين`) or has one as its clitic
    (`ب[الرفاع]`): a list it opens is one of places."""
    words = tokens.words
    before = words[first - 1] if first > 0 and not words[first - 1].breaks else None
    return ((before is not None and before.norm in _LIST_OPENERS)
            or "ب" in tokens.text[words[first].start : place.start])


_BETWEEN = frozenset({"بين", "وبين"})  # it names two: the place after it, and the one after `و`


def _a_town(tokens: Tokens, place: Found) -> bool:
    """`place` is no country or region the gazetteer knows: a town, known or not."""
    entry = load_gazetteer().places.get(normalize_arabic(tokens.text[place.start : place.end]))
    return entry is None or entry.kind in ("city", "capital")
_SEEN_AS_A_WORD = 100  # times in ANT's news a word of a list after a place may have been seen: `عالي` (high), 56; `جدة`, 623


def _rare_name(word: Word) -> bool:
    """`و` and a word news seldom writes (`_SEEN_AS_A_WORD`), no given name, nor a noun with a pronoun (`وريفها`)."""
    from akhbar.tasks.ner_crf import load_words, word_key  # it imports this module: here, not at the top

    stem = word.norm[1:]
    return (load_words().counts.get(word_key(word.raw[1:]), 0) < _SEEN_AS_A_WORD and stem not in given_names()
            and not stem.endswith(("ها", "هم", "هما")))


def _unkeyed_places(entities: Sequence[Found]) -> set[tuple[int, int]]:
    """The spans of the model's (and the lexicon's) places with no gazetteer key: a place finder that finds one of them again
    keys it with its country, in its place (`find_listed_places`, `find_local_places`)."""
    return {(e.start, e.end) for e in entities if e.source in _WEAK_SOURCES and e.label == "LOC" and e.country_code is None}


def _free_or_unkeyed(place: Found, spans: Sequence[tuple[Found, tuple[int, int]]], unkeyed: set[tuple[int, int]],
                     inside: bool = False) -> bool:
    """No entity overlaps the listed place, but one of the model's with no key (`unkeyed`) of the same span, or, where
    the caller puts the place in the place of what it overlaps (`inside`), one inside it: `مدينة [حمد]`, which the town's
    whole name takes in."""
    return all(e.end <= place.start or place.end <= e.start or ((e.start, e.end) in unkeyed and (
        (e.start, e.end) == (place.start, place.end) or (inside and place.start <= e.start and e.end <= place.end)))
        for e, _ in spans)


# Natural and urban features named after their kind by a word news hardly uses (`find_feature_names`): kept whole where the
# gold sets and the gazetteer name them so (`جبل جيس`, `وادي رم`, `ساحة حنيش`, `تل خزنة`), by the name alone
# after an island, plateau, desert, forest or oasis (`جزيرة [فيلكا]`, `هضبة [الأسكرام]`, `غابة [ميزرانة]`); a desert's name
# has the article (`صحراء [النفود]`; `صحراء قاحلة` is a barren one).
def _nisba_of_a_word(norm: str, counts: dict[str, int]) -> bool:
    """An indefinite adjective of relation to a word news uses: `ترفيهي` (`ترفيه`), `حضاري` (`حضارة`), `جليدي` (`الجليد`); not
    `غيزي`. By the noun it derives from, where `common_nisba` wants the adjective itself seen in both genders (`جبل
    [جليدي]`, an iceberg, is seen in one)."""
    if norm.startswith("ال") or not norm.endswith("ي") or len(norm) < 4:
        return False
    return sum(counts.get(article + norm[:-1] + end, 0) for article in ("", "ال") for end in ("", "ه")) >= RARE_IN_NEWS


_FEATURES_WHOLE = frozenset(normalize_arabic(w) for w in ("جبل", "وادي", "ساحة", "تل", "سد", "متحف", "ملعب", "استاد", "ميدان",
                                                         # parks, bridges and creeks are named whole (`حديقة زعبيل`)
                                                         "حديقة", "متنزه", "منتزه", "جسر", "خور", "خليج"))
# … border crossings by their place alone (`منفذ [تيبات]`, `معبر [رأس اجدير]`: `tests/gold/README.md`), and streets, as
# ANERcorp annotates them (`بشارع [السعدون]`, `شارع [المنارة]`: six of six in its train split)
_FEATURES_NAME_ONLY = frozenset(normalize_arabic(w) for w in ("جزيرة", "هضبة", "صحراء", "غابة", "واحة", "منفذ", "معبر", "شارع"))
# Adjectives that go on a feature's name: `صحراء [النفود الكبير]`.
_FEATURE_ADJECTIVES = frozenset(normalize_arabic(w) for w in (
    "الكبير", "الكبرى", "الصغير", "الصغرى", "الأعلى", "الشرقي", "الغربي", "الشمالي", "الجنوبي", "الشرقية", "الغربية",
    "الشمالية", "الجنوبية", "العلوي", "العليا", "السفلي", "السفلى"))  # (`سد ملاق [العلوي]`: another dam than `سد ملاق`)
RARE_IN_NEWS = 30  # a word ANT's 9.1M tokens of news use fewer times than this is a name after a feature's kind


def find_feature_names(tokens: Tokens, entities: Sequence[Found], vetoed: Callable[[Found], bool] = lambda _: False) -> list[Found]:
    """Features no gazetteer or model knows, named after their kind (`_FEATURES_WHOLE`, `_FEATURES_NAME_ONLY`) by one or two
    words news hardly uses (fewer than `RARE_IN_NEWS` times in the NER model's word counts), the second one such too or an
    adjective of size or side (`النفود الكبير`): `جبل [تمبين]`, `ساحة [حنيش]`, `جزيرة [فيلكا]`. The name ends at `و` (the
    next place of a list, `جبل تمبين [وواحة]`), at a word news uses, or at punctuation; a name news uses (`جبل علي`, `رأس
    المال`) is left to the gazetteer and the model. Words other entities cover are passed by, but for a name the model
    or the given-name lexicon read that lies wholly inside (as `find_counted_places`), a place of the model's too: its
    `بوقرون` of `ساحة بوقرون` becomes the square, the caller dropping what a feature overlaps. No adjective is a name
    (`منتزه [ترفيهي]`), nor a thing of someone's (`حديقة [قصره]`). And venues named with `أرينا` after a sponsor's or
    town's name of one or two words (`[مبادلة أرينا]`, `ملعب [أليانز أرينا]`), a stadium's kind in the span, a hall's
    (`صالة`) out. LOC, source `feature`."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    words, found = tokens.words, []
    kinds = _FEATURES_WHOLE | _FEATURES_NAME_ONLY
    arenas = [k for k, word in enumerate(words) if k and word.norm.lstrip('"«') in _ARENAS]
    if not arenas and all(word.stems.isdisjoint(kinds) for word in words):
        return found  # most sentences name no feature
    counts = load_words().counts
    spans, weak, occupied = _overrulable(words, entities, places_too=True)  # the model's places too

    def rare(k: int, first: bool = False) -> bool:
        word = words[k]
        return (word.norm.isalpha() and all(counts.get(stem, 0) < RARE_IN_NEWS for _, stem in word.readings)
                and not word.norm.startswith("و") and word.norm not in VERB_FORMS and not common(word) and word.norm not in not_names()
                and not (first and word.norm.startswith("ي") and word.norm not in given_names())  # `ميدان [يفتخر] به`
                and not (first and (arabic_adjective(word.norm) or _nisba_of_a_word(word.norm, counts)))  # `حديقة [مهجورة]`,
                # `منتزه [ترفيهي]`, `جسر [حضاري]`: a kind of park or bridge
                and not (word.raw.endswith("ه") and counts.get(word.norm[:-1], 0) >= RARE_IN_NEWS))  # `حديقة [قصره]`: his

    for h, head in enumerate(words):
        kind = head.stems & kinds
        if not kind or head.breaks or DEFINITE.match(head.skel) or h + 1 >= len(words) or h in occupied or not rare(h + 1, first=True):
            continue
        if _led_to(head) or ("صحراء" in kind and not words[h + 1].norm.startswith("ال")):
            continue  # `صحراء قاحلة`
        end = h + 2
        if end < len(words) and not words[end - 1].breaks and (rare(end) or words[end].norm in _FEATURE_ADJECTIVES):
            end += 1
        if not occupied.isdisjoint(range(h + 1, end)) or any(h < first < end <= last for first, last in weak.items()):
            continue  # found already, or a name of the model's running on past it
        whole = not kind.isdisjoint(_FEATURES_WHOLE)
        if not whole and any(spans[first][0].label == "LOC" for first in weak if h < first < end):
            continue  # the model's place after an island or plateau is the name alone already
        begin = head.start + skip_letters(head.raw, next(k for k, stem in head.readings if stem in kind)) if whole else words[h + 1].start
        place = Found(begin, words[end - 1].end, "LOC", canonical_key(tokens.text[begin : words[end - 1].end]), "feature", None, h + 1)
        if not vetoed(place):
            found.append(place)
    for k in arenas:  # a venue named by a sponsor or town and `أرينا`: `[مبادلة أرينا]`, `ملعب [أليانز أرينا]`, `[كازان أرينا]`
        first = k - 1
        if words[first].breaks and tokens.text[words[first].end : words[k].start].strip() not in ('"', "«"):
            continue
        if first > 0 and not words[first - 1].breaks and rare(first - 1) and not words[first - 1].stems & _VENUE_KINDS:
            first -= 1  # a name of two words: `[كوكا كولا] أرينا`
        if not occupied.isdisjoint(range(first, k + 1)) or not _sponsor_word(words[first]):
            continue
        if first > 0 and not words[first - 1].stems.isdisjoint(_VENUE_KINDS) and not words[first - 1].breaks:
            first -= 1  # the stadium's kind is in its name, as `ملعب` is (`find_typed_places`); a hall's (`صالة`) is not
        begin, end = words[first].start + (1 if tokens.text[words[first].start] in '"«' else 0), words[k].end
        if tokens.text[begin] == "و" and first == k - 1 and words[first].norm[1:] not in load_gazetteer().places:
            begin += 1  # `[و]مبادلة أرينا`: the conjunction, outside
        end -= 1 if tokens.text[end - 1] in '"»' else 0
        found.append(Found(begin, end, "LOC", canonical_key(tokens.text[begin:end]), "feature", None, first))
    return found


_ARENAS = frozenset({"ارينا"})
_VENUE_KINDS = frozenset({"ملعب", "استاد", "ستاد"})


def _sponsor_word(word: Word) -> bool:
    """A word that may name an arena before `أرينا` (a sponsor's, a town's: `أليانز`, `كازان`, `مبادلة`): no common word,
    verb, function word or number."""
    norm = word.norm.strip('"«')
    return norm.isalpha() and len(norm) > 2 and not common(word) and norm not in VERB_FORMS and norm not in not_names()


# Kinds of place in the plural or dual before the places they count: `في بلديات [حاسي خليفة] و[الرقيبة] و[قمار] و[دبيلة]`,
# `بجماعات [تالوين] و[سيدي حساين]` (Morocco's rural communes), `ببلديتي [إفليسن] و[أيت شافع]`, `بحيي [عين مريم] و[الرمال]`,
# Egypt's `مراكز [الحامول] و[بيلا]`, Yemen's (and Syria's) `مديريات [دوعن] و[حجر]`, Iraq's `أقضية` and `نواحي`. On 5,000 ANT
# articles the districts added 11 places, all right (`مديريات الوازعية وموزع`); `مراكز الشرطة` stays no place. Areas
# (`مناطق`), Amman's `[الشميساني] و[العبدلي]` and Yemen's `[الجراحي] و[زبيد]`: on 6,300 ANT articles 15 places, all right.
_PLURAL_PLACE_HEADS = _DUAL_PLACE_HEADS | frozenset(normalize_arabic(w) for w in (
    "مدن", "محافظات", "ولايات", "بلديات", "معتمديات", "قرى", "أحياء", "أقاليم", "جماعات", "جماعتي", "حيي", "مديريات", "مراكز",
    "أقضية", "نواحي", "مناطق",
    "مقاطعات", "مقاطعتي", "بلدات", "بلدتي", "واحات", "واحتي", "سهلي",  # Mauritania's moughataas, oases, plains
    "دواوير", "مداشر"))  # the Maghreb's hamlets (`دواوير آيت سعيد وتاغزوت وآيت حمو`)
# Finders whose names a list of places or a feature's name may overrule (`find_counted_places`, `find_feature_names`).
_WEAK_SOURCES = frozenset({"model", "lexicon"})


def _overrulable(words: Sequence[Word], entities: Sequence[Found], places_too: bool) -> tuple[
        dict[int, tuple[Found, int]], dict[int, int], set[int]]:
    """The entities by their first word (with their last), the first and last words of those a finder may overrule (the
    model's and the given-name lexicon's; their places only if `places_too`), and the words the others cover."""
    spans = {first: (e, last) for e in entities for first, last in [_word_range(words, e)] if first >= 0}
    weak = {first: last for first, (e, last) in spans.items() if e.source in _WEAK_SOURCES and (places_too or e.label != "LOC")}
    occupied = {n for first, (_, last) in spans.items() if first not in weak for n in range(first, last + 1)}
    return spans, weak, occupied
# First words of towns' two-word names: `حاسي خليفة`, `عين صالح`, `سيدي بوزيد`, `بني ملال`, `منزل تميم`.
_TOWN_OPENERS = frozenset(normalize_arabic(w) for w in (
    "حاسي", "عين", "سيدي", "بني", "بئر", "رأس", "منزل", "حمام", "سوق", "وادي", "دار", "أولاد", "ذراع", "برج", "قصر", "أبو", "أم",
    "أيت", "آيت", "تيزي", "نورث", "ساوث", "نيو", "سان", "بيت", "باب",  # `باب العسة`, `باب الزوار`
    "مولاي", "زاوية", "سي", "جزر", "جنان",  # `مولاي بوعزة`, `زاوية الشيخ`, `سي مصطفى`, `جزر الحلانيات`, `جنان بويه`
    "ثنية"))  # a pass: `ثنية الحد`, `ثنية العابد`


def find_counted_places(tokens: Tokens, entities: Sequence[Found], vetoed: Callable[[Found], bool] = lambda _: False) -> list[Found]:
    """Places no gazetteer or model knows, counted after an indefinite kind of place in the plural (`بلديات`, `قرى`, `مدن`
    …), the list's first right after it: `في بلديات [حاسي خليفة] و[الرقيبة] و[قمار] و[دبيلة]`, `قرى [شقرا] و[الحصان]`. One
    word each, two after a town's opening word (`حاسي`, `عين`, `سيدي` …), none a common word (`_listed_word`); the list runs
    on by `و` past the places found already, and ends at the first word that is none, or that the model is sure is no name
    (`vetoed`) unless a place found already follows it in the list (`بمعتمديات [جمال] وبنبلة وقصر هلال`, `محافظات
    [الظاهرة] و[الداخلية] وجنوب الشرقية`: the found place says the words before it are places too); two places at
    least, found or not. Not after the definite kind (`المدن والقرى الآهلة`: any towns), nor an
    adjective first (`محافظات جنوبية`). LOC, source `list`, keyed with the country of its found places when they share one.

    A name of the model's or the given-name lexicon's, not a place, does not stop the list when it lies wholly inside it
    (`ببلديتي إفليسن [وأيت شافع]` PERSON, `بحيي عين [مريم والرمال]`): the kind of place before the list says what its
    words are, and the caller drops what a listed place overlaps."""
    words, found = tokens.words, []
    spans, weak, occupied = _overrulable(words, entities, places_too=True)
    for h, head in enumerate(words):
        if head.breaks or head.stems.isdisjoint(_PLURAL_PLACE_HEADS) or DEFINITE.match(head.norm) or h + 1 >= len(words):
            continue
        first = words[h + 1]
        if first.norm.startswith("و") or (first.norm.endswith("يه") and not first.norm.startswith("ال") and not _local_name(first, 0)
                                          and first.norm not in _TOWN_OPENERS):
            continue  # `قرى وبلدات`: a second kind; `محافظات جنوبية`: an adjective (not `لبلديات [مغنية] وباب العسة`)
        if any(lo < h <= hi for lo, hi in weak.items()):
            continue  # inside a body's name: `الوكالة الوطنية لتنمية [مناطق] الواحات وشجر الأركان`
        # `مناطق`, areas, also counts kinds of land (`مناطق الأغوار و[المرتفعات]`) and ends at a comma
        areas = "مناطق" in head.stems
        listed, known, local, i = [], [], 0, h + 1
        doubted = None  # how many were listed before the first the model doubts (`vetoed`): a place found later vouches for it
        while i < len(words) and (i == h + 1 or (words[i].norm.startswith("و") and (not words[i - 1].breaks
                                                                                    or (words[i - 1].comma and not areas)))):
            skip = 0 if i == h + 1 else 1
            n = 2 if words[i].norm[skip:] in _TOWN_OPENERS and i + 1 < len(words) and not words[i].breaks else 1
            if i in spans and spans[i][0].label == "LOC" and (i not in weak or _as_listed(words, i, n, skip, spans[i][0])):
                known.append(spans[i][0])
                i = spans[i][1] + 1
                continue
            if n == 1 and i not in occupied and _local_name(words[i], skip):
                local, i = local + 1, i + 1  # a town whose name is also a word (`مغنية`, a singer): `find_local_places` names it
                continue
            if (not occupied.isdisjoint(range(i, i + n)) or not _listed_word(words[i + n - 1], skip if n == 1 else 0)
                    or _common_form(words[i], skip, areas) or future_verb(words[i].norm[skip:])):  # (`وخميستي، [وسيسهل]`)
                break
            begin = words[i].start + skip_letters(words[i].raw, skip)
            place = Found(begin, words[i + n - 1].end, "LOC", canonical_key(tokens.text[begin : words[i + n - 1].end]), "list", None, i)
            if doubted is None and vetoed(place):
                doubted = (len(listed), len(known) + local)
            listed.append(place)
            i += n
        if doubted is not None and len(known) + local == doubted[1]:
            listed = listed[: doubted[0]]  # no place found after the doubted one: the list ended before it
        if len(listed) + len(known) + local < 2 or any(first < i <= last for first, last in weak.items() if first > h):
            continue  # too short, or a name running on past the list's end
        country = _one_country(known)
        found += [replace(p, canonical=f"{p.canonical}@{country}", country_code=country) if country else p for p in listed]
    return found


def _local_name(word: Word, skip: int) -> bool:
    """Word `word`, less `skip` letters, is a town of the local list or the towns' (`load_local_places`, `load_towns`)."""
    stem = word.norm[skip:]
    return stem in load_local_places().places or stem in load_towns().places


def _common_form(word: Word, skip: int, areas: bool) -> bool:
    """Word `word`, less `skip` letters, is a common noun's form, no place's name: a verbal noun behind `ب` or `ل`
    (`مناطق الحشوة، [وبتحرير] هذه المناطق`), or, after `مناطق` (`areas`), which also counts kinds of land, a verbal noun
    (`مناطق العد [وترقيم] المباني`), a definite plural
    in `ات` (`مناطق الأغوار و[المرتفعات]`) or an indefinite accusative, its word without `ا` the commoner (`مناطق الجبل
    [وتوترا] غير مسبوق`). Not after the kinds of district, whose towns may end so (Egypt's `مراكز الحامول [وبيلا]`: `بيل`,
    a bill, is commoner)."""
    from akhbar.tasks.ner_crf import load_words, word_key  # it imports this module: here, not at the top

    stem = word.norm[skip:]
    if stem[:1] in ("ب", "ل") and tafil(stem[1:]):
        return True
    if not areas:
        return False
    if tafil(stem) or DEFINITE.match(stem) and tafil(stem[2:]):
        return True  # a verbal noun: `مناطق العد [وترقيم] المباني` (census areas)
    if DEFINITE.match(stem):
        return stem.endswith("ات")
    if not stem.endswith("ا"):
        return False
    counts, written = load_words().counts, word_key(word.raw)[skip:].rstrip("ًا")
    return counts.get(written, 0) > counts.get(word_key(word.raw)[skip:], 0)


def _as_listed(words: Sequence[Word], i: int, n: int, skip: int, place: Found) -> bool:
    """The model's place at word `i` is the list's `n` words there, less `skip` letters (`و`): the model cuts a name's own
    first letter as a clitic (`بيلا` → `يلا`), keeps the list's `و` (`والمسيردة`) or takes one word of a town of two
    (`وأيت هادي`) where the kind of place before the list says what its words are."""
    return (place.start, place.end) == (words[i].start + skip_letters(words[i].raw, skip), words[min(i + n, len(words)) - 1].end)


def _one_country(places: Sequence[Found]) -> str | None:
    """The country of every place of a list, when they all have one and it is the same: the listed town's."""
    countries = {p.country_code for p in places}
    return countries.pop() if len(countries) == 1 and None not in countries else None


def _word_range(words: Sequence[Word], entity: Found) -> tuple[int, int]:
    """The first and last words an entity covers; (-1, -2) for none. The words are in order and do not overlap, so their
    ends are in order too: two binary searches, not a pass over the sentence per entity."""
    first = bisect_right(words, entity.start, key=_end)  # the first word ending after the entity starts
    last = bisect_left(words, entity.end, key=_start) - 1  # the last word starting before it ends
    return (first, last) if first <= last else (-1, -2)


def _start(word: Word) -> int:
    return word.start


def _end(word: Word) -> int:
    return word.end


def _after_place(words: Sequence[Word], last_of: dict[int, tuple[Found, int]], first: int) -> bool:
    """The place starting at word `first` follows another in the list: `برشيد [وسيدي بنور]`, `الدمام، [الخبر]`."""
    return first - 1 in last_of and (words[first].norm.startswith("و") or words[first - 1].comma)


def _listed_word(word: Word, skip: int) -> bool:
    """Word `word`, less `skip` letters, could be a place's name: no common word, speech verb, nationality or side."""
    stem = word.norm[skip:]
    return (len(stem) >= 3 and not common(word) and word.norm not in VERB_FORMS and stem not in nationalities()
            and stem not in _SIDES and stem not in DIRECTIONS and stem not in not_names() and not any(c.isdigit() for c in stem))


def _listed(tokens: Tokens, i: int, skip: int, country: str | None) -> Found:
    """The listed place at word `i`, less `skip` letters (`و`); keyed with its list's country, as the gazetteer's are
    (`الأحمدي` is `احمد@KW`, no key of a man's name)."""
    word = tokens.words[i]
    begin = word.start + skip_letters(word.raw, skip)
    key = canonical_key(tokens.text[begin : word.end])
    return Found(begin, word.end, "LOC", f"{key}@{country}" if country else key, "list", country, i)


# Kinds of place in the plural or dual before the places they count: `بموانئ [الداخلة] والعيون`, `محطتي [الزاوية] والخمس`.
_COUNTED_PLACE_HEADS = _DUAL_PLACE_HEADS | frozenset(normalize_arabic(w) for w in (
    "مدن", "محافظات", "ولايات", "بلديات", "موانئ", "مناطق", "أقاليم", "معتمديات", "قرى", "أحياء", "محطتي", "محطات", "ميناءي"))
# Words before a place that say it is one: `في`, `من`, `إلى`, `قرب`, `بين`, `نحو` (and the clitic `ب`).
_PLACE_PREPOSITIONS = frozenset({"في", "من", "الي", "قرب", "بين", "نحو"})
_IN_PREPOSITIONS = frozenset({"في", "وفي"})
_LIST_OPENERS = _PLACE_PREPOSITIONS | _IN_PREPOSITIONS  # before a place that opens a list of places (`_opens_list`)


def find_local_places(tokens: Tokens, entities: Sequence[Found], country: str | None = None, inferred: bool = False) -> list[Found]:
    """Towns whose name is also a common word (`extract_gazetteer.load_local_places`: `العيون`, eyes, Laayoune; `البيض`,
    eggs, El Bayadh), where the words around say place: in a list with another place, found or such a town
    (`والمسيلة والأغواط و[البيض]`, `بموانئ الداخلة و[العيون] وطرفاية`), after a kind of place in the plural or dual
    (`بموانئ [الداخلة]`, `محطتي [الزاوية]`), or, in a dispatch datelined in the town's `country`, after a locative
    (`ب`, `في`, `من`, `إلى`; where the `country` is `inferred` from what the document names, `ب` and `في` only: `خسارته
    [من] العين` is to the club); and as a dateline (`العيون 5 مارس (ومع) -`). The Arab world's towns of GeoNames
    (`extract_gazetteer.load_towns`), rare words, are placed so too, and after a locative or a kind of place in the singular
    in any country's news (`في [أبو غريب]`, `بقضاء [أم قصر]`). Words `entities` cover are passed by. LOC, source `local`."""
    local, towns, words = load_local_places(), load_towns(), tokens.words
    # as in `find_listed_places`, a place the model tagged with no key is found again, to be keyed with its country
    unkeyed = _unkeyed_places(entities)
    occupied = {n for e in entities if (e.start, e.end) not in unkeyed for first, last in [_word_range(words, e)]
                for n in range(first, last + 1)}
    spans = [(e, _word_range(words, e)) for e in entities]
    candidates: dict[int, tuple[Found, int]] = {}
    anywhere: set[int] = set()  # towns of `load_towns`, rare words: placed by a locative in any country's news
    for i in range(len(words)):
        if i in occupied:
            continue
        hit = _place_at(tokens, i, local) if not local.first_words.isdisjoint(words[i].stems) else None
        if hit is None and not towns.first_words.isdisjoint(words[i].stems) and (hit := _town_at(tokens, i, towns)):
            anywhere.add(i)
        if (hit and occupied.isdisjoint(range(i, i + hit[1])) and _free_or_unkeyed(hit[0], spans, unkeyed, inside=True)
                and _seated_as_listed(tokens.text[hit[0].start : hit[0].end])):
            candidates[i] = hit
    if not candidates:
        return []
    ends = {_word_range(words, e)[1] for e in entities if e.label == "LOC"}
    starts = {_word_range(words, e)[0] for e in entities if e.label == "LOC"}
    found: dict[int, Found] = {}
    while True:  # a town in a list of such towns is one once another is (`الداخلة والعيون وطرفاية`)
        new = {i: hit[0] for i, hit in candidates.items()
               if i not in found and (_placed(tokens, i, hit, hit[0].country_code if i in anywhere else country, ends, starts,
                                              inferred and i not in anywhere) or (i in anywhere and _after_town_kind(tokens, i)))}
        if not new:
            return [replace(place, source="local") for _, place in sorted(found.items())]
        found |= new
        ends |= {i + candidates[i][1] - 1 for i in new}
        starts |= set(new)


# A kind of place in the singular before a town's name, as the towns of `load_towns` are named (`بقضاء [أم قصر]`, an Iraqi
# district; `ناحية`, its subdistrict; `مديرية`, Yemen's): after it, a rare town's name is the town.
_TOWN_KINDS_BEFORE = frozenset({"قضاء", "ناحيه", "مديريه", "بلده", "قريه", "مدينه", "محافظه", "معتمديه", "مركز"})


def _after_town_kind(tokens: Tokens, i: int) -> bool:
    """Word `i` follows a kind of place in the singular (`_TOWN_KINDS_BEFORE`), clitics and all (`بقضاء`)."""
    before = tokens.words[i - 1] if i > 0 and not tokens.words[i - 1].breaks else None
    return before is not None and not before.stems.isdisjoint(_TOWN_KINDS_BEFORE)


def _town_at(tokens: Tokens, i: int, towns: Gazetteer) -> tuple[Found, int] | None:
    """A town of `load_towns` at word `i`, read behind a clitic only where the word as written is rare in news and never
    takes the article there: `بزيامة`, `وجيرود`; but `فصيلة` (a species, `الفصيلة`) is no `ف` and `صيلة`."""
    from akhbar.tasks.ner_crf import load_words, word_key  # it imports this module: here, not at the top

    hit = _place_at(tokens, i, towns)
    if hit is None or hit[0].start == tokens.words[i].start:
        return hit
    counts, written = load_words().counts, word_key(tokens.words[i].raw)
    return hit if counts.get(written, 0) < RARE_IN_NEWS and counts.get("ال" + written, 0) < _A_NOUN_OF_ITS_OWN else None


_A_NOUN_OF_ITS_OWN = 3  # a word news writes this often with the article is a noun, not a clitic and a name: `الفصيلة`


def _seated_as_listed(name: str) -> bool:
    """A town listed because its name folds to a common word's (`أطار`, Atar, folds to `إطار`, a frame: `في إطار`, within)
    is written with its own hamza seat; any other local town, however written."""
    listed = hamza_seated().get(normalize_arabic(name))
    return listed is None or strip_marks(name).startswith(listed[0])


def about_the_hajj(tokens: Tokens) -> bool:
    """The sentence names the Hajj or its pilgrims (`hajj_words`: `الحج`, `للحجاج`, `المشاعر`)."""
    return any(not word.stems.isdisjoint(HAJJ_WORDS) for word in tokens.words)


def find_hajj_sites(tokens: Tokens, entities: Sequence[Found]) -> list[Found]:
    """The sentence's entities with the sites of the Hajj named alone (`hajj_sites`: `منى`, `عرفات`, `مزدلفة`) the places,
    over what the model read in them (`منى` a woman, `منى وعرفات` one person, `عرفات جهزا` another): for a document about
    the Hajj (`about_the_hajj`, `extract_documents`). Not after a given name (`ياسر عرفات`), nor inside a body's or an
    event's name; a person's span over a site goes with it. LOC, source `local`."""
    local, words = load_local_places(), tokens.words
    sites = []
    for i, word in enumerate(words):
        hit = _place_at(tokens, i, local) if not word.stems.isdisjoint(HAJJ_SITES) else None
        before = words[i - 1] if i > 0 and not words[i - 1].breaks else None
        if hit is None or hit[1] != 1 or (before and before.norm in given_names() and before.stems.isdisjoint(HAJJ_SITES)):
            continue  # `ياسر [عرفات]`; but `عرفات [ومزدلفة]`
        site = hit[0]
        if not any(e.label in ("ORG", "MISC") and e.start < site.end and site.start < e.end for e in entities):
            sites.append(replace(site, source="local"))
    return in_place_of(entities, sites)


def _placed(tokens: Tokens, i: int, hit: tuple[Found, int], country: str | None, ends: set[int], starts: set[int],
            inferred: bool = False) -> bool:
    """The local town `hit` at word `i` stands where a place does (`find_local_places`): in a list with a place, after a
    kind of place in the plural or dual, as a dateline, or in a dispatch of its `country` after a locative or a kind of
    place in the singular."""
    words, (place, n) = tokens.words, hit
    after = i + n
    if after < len(words) and not words[after - 1].breaks and words[after].norm in nationalities():
        return False  # a club named after its town: `استقلال طهران والعين [الإماراتي]`
    clitics = normalize_arabic(words[i].raw[: place.start - words[i].start])  # `و`, `ب`, `وب` …
    listed = after == len(words) or words[after - 1].breaks or words[after].norm.startswith("و")
    joined_before = i > 0 and ("و" in clitics or (words[i - 1].comma and not clitics and listed))  # not `السعودية، [نجد] أن`
    if joined_before and i - 1 in ends:
        return True
    if after in starts and after < len(words) and words[after].norm.startswith("و") and not words[after - 1].breaks:
        return True
    if i > 0 and not words[i - 1].breaks and not words[i - 1].stems.isdisjoint(_COUNTED_PLACE_HEADS):
        return True
    if i == 0 and _dateline(tokens, after):
        return True
    prepositions = _IN_PREPOSITIONS if inferred else _PLACE_PREPOSITIONS
    return country is not None and place.country_code == country and (
        "ب" in clitics or (i > 0 and not words[i - 1].breaks and words[i - 1].norm in prepositions)
        or _after_town_kind(tokens, i)  # `شمال محافظة [ينبع]` in SPA's dispatch: the governorate, not `it springs`
        or n > 1 and words[i].norm.removeprefix("ال") in PLACE_HEADS)  # a kind of place its name opens with says place
        # wherever it stands in its country's news: `تليها [المحافظة الجنوبية] بنسبة 24`, `لمشاريع [المحافظة الجنوبية]` (BNA)


_TOWN_KINDS = frozenset({"city", "capital"})
_IN_TOWN = frozenset({"في", "مدينه", "بمدينه", "وفي", "العاصمه"})
_CLUB_HEADS = frozenset({"فريق", "نادي"})


def _playing(words: Sequence[Word], e: Found) -> bool:
    """The town `e` plays a match: a verb of one in the masculine right before it (a town is feminine: `فازت روما بتنظيم …`
    is the city), or a result right after it (`CLUB_VERBS`, `CLUB_RESULTS`)."""
    first, last = _word_range(words, e)
    before = words[first - 1] if first > 0 and not words[first - 1].breaks else None
    after = words[last + 1] if last + 1 < len(words) and not words[last].breaks else None
    venue = before is not None and before.norm in _VENUE_WORDS  # `على ملعب [سان بطرسبورغ] بنتيجة 2-1`: where it was played
    subject = first >= 0 and words[first].start == e.start  # no clitic: the verb's subject (`يحل [ب]انواكشوط` is where)
    return subject and ((before is not None and before.norm in CLUB_VERBS)
                        or (after is not None and after.norm in CLUB_RESULTS and not venue))


_VENUE_WORDS = frozenset({"ملعب", "استاد", "ستاد", "مدينه", "في", "الي", "من", "بمدينه", "بملعب"})


def club_towns(tokens: Tokens, entities: Sequence[Found]) -> set[str]:
    """Keys of the towns the sentence names as their football clubs: after a player, coach or fans (`مهاجم ليفربول`,
    `club_context`), after `فريق`/`نادي` (`_team_for_place`, keyed as the town; the gazetteer's `نادي برشلونة`), or with
    its own country's masculine adjective after it (`_own_masculine_nationality`): `برشلونة الإسباني` is the club, but
    `ميناء جازان السعودي` the port, `ريف دمشق الجنوبي` the countryside."""
    words, gazetteer, clubs = tokens.words, load_gazetteer(), set()
    for e in entities:
        if e.label not in ("ORG", "LOC"):
            continue
        first, _ = _word_range(words, e)
        before = words[first - 1] if first > 0 and not words[first - 1].breaks else None
        name = normalize_arabic(tokens.text[e.start : e.end])
        if e.label == "ORG" and "@" in e.canonical and before is not None and not before.stems.isdisjoint(_CLUB_HEADS):
            place = gazetteer.places.get(name)
            if place is None or place.kind != "country":  # `فريق فرنسا` is the national side: France stays France elsewhere
                clubs.add(e.canonical)  # `فريق ليفربول`
            continue
        town = name.removeprefix("نادي ") if e.label == "ORG" else name
        if town != name and town in gazetteer.places and gazetteer.places[town].kind in _TOWN_KINDS:
            clubs.add(gazetteer.key(town))  # the gazetteer's `نادي برشلونة`
            continue
        place = gazetteer.places.get(name) if e.label == "LOC" else None
        if place is None or place.kind not in _TOWN_KINDS:
            continue
        if before is not None and not before.stems.isdisjoint(CLUB_CONTEXT):
            clubs.add(e.canonical)
        elif _playing(words, e):
            clubs.add(e.canonical)  # `وفاز [روما] بثلاثية`, `أنهى [برشلونة] الشوط الأول`
        elif _own_masculine_nationality(words, e, place) and (before is None or before.stems.isdisjoint(TOWN_ADJECTIVE_HEADS)):
            clubs.add(e.canonical)  # `حقق [ليون] الفرنسي فوزه`
    return clubs


# Masculine nationality adjectives `countries_by_word` does not derive from a one-word country name.
_MORE_NATIONALITIES = {"انجليزي": "GB", "انكليزي": "GB", "اسكتلندي": "GB", "ويلزي": "GB", "سعودي": "SA", "نمساوي": "AT"}


def _own_masculine_nationality(words: Sequence[Word], town: Found, place: Place) -> bool:
    """The town is followed by its own country's masculine nationality adjective (`ليون الفرنسي`, `روما الإيطالي`): a
    town is feminine in Arabic (`ليون الفرنسية`), so the adjective describes what it stands for, its club, unless a
    masculine head noun before it takes the adjective (`TOWN_ADJECTIVE_HEADS`: `ميناء جازان السعودي`, the caller's).
    A town the news names among its clubs (`club_word`) is its club before any country's (`نجم [برشلونة] الأرجنتيني`)."""
    _, last = _word_range(words, town)
    if last < 0 or last + 1 >= len(words) or words[last].breaks or words[last].end != town.end:
        return False
    country = masculine_nationality(words[last + 1].norm)
    return country is not None and (country == place.country_code or club_word(words[last].norm))


def masculine_nationality(norm: str) -> str | None:
    """The country of a definite masculine nationality adjective (`الإيطالي` → IT, `الإنجليزي` → GB), else None."""
    if not norm.startswith("ال") or not norm.endswith("ي"):
        return None
    adjective = norm.removeprefix("ال")
    return countries_by_word().get(adjective) or _MORE_NATIONALITIES.get(adjective)


def club_word(norm: str) -> bool:
    """A word the news writes as a club's name or its first word: one the clusters of unlabeled news (`ner_clusters`)
    class with `ليفربول` or with `بشكتاش` (`توتنهام`, `فيورنتينا`, `يونايتد`; `مانشستر`, `بايرن`, `تراكتور`); not with the
    article (`السد`, the dam; `الرائد`, the major), nor a kind of team (`منتخب`) or one with a pronoun (`فريقه`, `خصمه`)."""
    from akhbar.tasks.ner_crf import load_words, word_key  # it imports this module: here, not at the top

    lexicon = load_words()
    key = word_key(norm)
    if DEFINITE.match(key) or key in HEADS or key not in lexicon.clusters:
        return False
    if key.endswith("ه") and lexicon.counts.get(key[:-1], 0) >= _COMMON_NOUN:
        return False  # `فريقه`: `فريق` + his
    return lexicon.clusters[key] in _club_classes()


_COMMON_NOUN = 500  # times in the news the tagger knows: `فريق`, `خصم`, `منتخب`; `شالك` (of `شالكه`) seldom if ever


@functools.cache
def _club_classes() -> frozenset[tuple[str, ...]]:
    from akhbar.tasks.ner_crf import load_words, word_key

    clusters = load_words().clusters
    return frozenset(clusters[word_key(w)] for w in ("ليفربول", "بشكتاش") if word_key(w) in clusters)


def find_named_clubs(tokens: Tokens, taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """Clubs named by words of their own (`club_word`) and a masculine nationality adjective, which no feminine town or
    country takes: `[توتنهام] الإنجليزي`, `و[ميلان] الإيطالي`, `[مانشستر يونايتد] الإنجليزي`, `ل[بشكتاش] التركي`; not
    after a masculine head that takes the adjective (`TOWN_ADJECTIVE_HEADS`: `مرفأ فالنسيا الإسباني`). A clitic stands
    only before the first word; source `club`. Returns them and the words taken, `taken` included."""
    words, found, used = tokens.words, [], set(taken)
    for i in range(1, len(words)):
        if masculine_nationality(words[i].norm) is None:
            continue
        first, clitic = i, 0
        while first > 0 and first - 1 not in used and not words[first - 1].breaks and not clitic:
            word = words[first - 1]
            clitic = next((k for k, stem in word.readings if k <= 1 and club_word(stem)
                           and (k == 0 or word.norm[0] in "وبلف")), None)
            if clitic is None:
                break
            first -= 1
        if first == i or (first > 0 and not words[first - 1].stems.isdisjoint(TOWN_ADJECTIVE_HEADS)):
            continue
        start = words[first].start + skip_letters(words[first].raw, clitic or 0)
        found.append(Found(start, words[i - 1].end, "ORG", canonical_key(tokens.text[start : words[i - 1].end]), "club", None, first))
        used.update(range(first, i))
    return found, frozenset(used)


def clubs_of_towns(tokens: Tokens, entities: Sequence[Found]) -> list[Found]:
    """The sentence's entities with a club named "X of <town>" one ORG: `نهضة بركان`, `مولودية وجدة`, `اتحاد طنجة`
    (`club_heads`, indefinite, right before a town: the gazetteer's, or one named like a word, `load_local_places`, read
    whole, so that `وجدة` is Oujda and not `و` + Jeddah); source `club`. The town named alone stays the town."""
    words, gazetteer, local = tokens.words, load_gazetteer(), load_local_places()
    clubs = []
    for h, head in enumerate(words[:-1]):
        # the head with no more clitic letters than it has before its own (`بوروسيا`, `وداد`, `وبوروسيا`)
        clitics = next((k for k in range(3) if head.norm[k:] in CLUB_HEADS and all(c in "وفبل" for c in head.norm[:k])), None)
        if head.breaks or clitics is None or DEFINITE.match(head.norm):
            continue
        hit = _place_at(tokens, h + 1, local)
        end = words[h + hit[1]].end if hit and hit[0].start == words[h + 1].start else None
        if end is None:
            town = next((e for e in entities if e.label == "LOC" and e.start == words[h + 1].start), None)
            place = gazetteer.places.get(normalize_arabic(tokens.text[town.start : town.end])) if town else None
            end = town.end if place is not None and place.kind in _TOWN_KINDS else None
        if end is not None:
            begin = head.start + skip_letters(head.raw, clitics)
            clubs.append(Found(begin, end, "ORG", canonical_key(tokens.text[begin:end]), "club", None, h))
    return in_place_of(entities, clubs)


def in_place_of(entities: Sequence[Found], found: Sequence[Found]) -> list[Found]:
    """`entities` with `found` in place of those they overlap, in order."""
    if not found:
        return list(entities)
    kept = [e for e in entities if all(e.end <= f.start or e.start >= f.end for f in found)]
    return sorted([*kept, *found], key=lambda e: e.start)

def as_clubs(tokens: Tokens, entities: Sequence[Found], clubs: set[str]) -> list[Found]:
    """The sentence's entities with each town of `clubs` (`club_towns`, from anywhere in the document) as its club: an ORG,
    keyed by its name without the town's country, so that the club and the town never share a key; but where the text
    says town, after `في`, `مدينة`, `العاصمة`, a feminine nationality or the clitic `ب` (`في برشلونة`, `العاصمة الإسبانية
    مدريد`; a masculine one is another club's: `ريال مدريد الإسباني و[ليفربول] الإنجليزي`)."""
    words, out = tokens.words, []
    for e in entities:
        if e.canonical in clubs:
            first, _ = _word_range(words, e)
            clitic = tokens.text[words[first].start : e.start]
            before = words[first - 1].norm if first > 0 else ""
            in_town = "ب" in clitic or before in _IN_TOWN or (before in nationalities() and before.endswith("يه"))
            if not (in_town and e.label == "LOC"):
                e = replace(e, label="ORG", canonical=canonical_key(tokens.text[e.start : e.end]), source="club")
        out.append(e)
    return out



_NEW = frozenset({"الجديده", "الجديد"})


def with_new_towns(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """A town followed by `الجديدة` is the new town built beside it, its own place: `العلمين الجديدة`, `بسماية الجديدة`
    (as wire10 and wire18 annotate them); not a country (`تونس الجديدة` is a slogan, `العراق الجديد` a period)."""
    words, result = tokens.words, []
    ends = {word.end: n for n, word in enumerate(words)}
    for name in names:
        n = ends.get(name.end)
        if (name.label == "LOC" and n is not None and n + 1 < len(words) and not words[n].breaks and words[n + 1].norm in _NEW
                and not is_country(normalize_arabic(tokens.text[name.start : name.end]))):
            end = words[n + 1].end
            name = Found(name.start, end, "LOC", canonical_key(tokens.text[name.start : end]), name.source, name.country_code,
                         name.anchor)
        result.append(name)
    return result


def with_republics(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """`names` and the republics named by their nationality, LOC keyed as the country (`الجمهورية التركية` is Turkey,
    `والجمهورية اللبنانية` Lebanon), where no name lies on those two words (`جمهورية السنغال`, `الجمهورية التونسية` are
    gazetteer rows)."""
    words, found = tokens.words, list(names)
    for i, word in enumerate(words[:-1]):
        skip = next((k for k, stem in word.readings if stem == "الجمهوريه"), None)
        if skip is None or word.breaks:
            continue
        adjective = words[i + 1].norm
        code = _country_of(adjective) if adjective.endswith("يه") else None
        begin, end = word.start + skip_letters(word.raw, skip), words[i + 1].end
        if code is None or any(n.start < end and begin < n.end for n in names):
            continue
        found.append(Found(begin, end, "LOC", country_keys().get(code, canonical_key(tokens.text[begin:end])), "gazetteer",
                           code, i))
    return found


def with_museums(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """`names` with a country's or a town's museum a place, LOC, as the gold sets annotate venues: `متحف [قطر] الوطني`,
    `متحف [الأردن]` (the place in it taken in), `المتحف الوطني السعودي` (with its country)."""
    words, found = tokens.words, list(names)
    starts = {name.start: name for name in names}
    for i, word in enumerate(words[:-1]):
        reading = next(((k, stem) for k, stem in word.readings if stem in ("متحف", "المتحف")), None)
        if reading is None or word.breaks:
            continue
        begin = word.start + skip_letters(word.raw, reading[0])
        place = starts.get(words[i + 1].start) if reading[1] == "متحف" else None
        if place is not None and place.label == "LOC":  # `متحف [قطر] الوطني`
            n = _word_range(words, place)[1]
            national = n + 1 < len(words) and not words[n].breaks and words[n + 1].norm == "الوطني"
            end, code = words[n + 1].end if national else place.end, place.country_code
            found = [f for f in found if f is not place]
        elif reading[1] == "المتحف" and i + 2 < len(words) and not words[i + 1].breaks and words[i + 1].norm == "الوطني":
            code, end = _country_of(words[i + 2].norm), words[i + 2].end  # `المتحف الوطني [السعودي]`
            if code is None or any(n.start < end and begin < n.end for n in names):
                continue
        else:
            continue
        found.append(Found(begin, end, "LOC", canonical_key(tokens.text[begin:end]), "head", code, i))
    return found


def with_reserves(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """`names` with a nature reserve named by a word of its own (definite, or one news seldom writes), LOC whole (`محمية
    الريم`, `محمية العريق الطبيعية`, `محمية بيغيتا`, as wire33 annotates them), or by its town alone (`محمية [الذخيرة]`,
    wire11). Not a kind of reserve (`محمية طبيعية`), nor words another name holds (`هيئة تطوير محمية الإمام تركي …`,
    the body's)."""
    from akhbar.tasks.ner_crf import load_words, word_key  # it imports this module: here, not at the top

    words, found = tokens.words, list(names)
    for i, word in enumerate(words[:-1]):
        reading = next((k for k, stem in word.readings if stem == "محميه"), None)
        if reading is None or word.breaks:
            continue
        name = words[i + 1]
        rare = load_words().counts.get(word_key(name.norm), 0) < _RARE_RESERVE_WORD
        named = name.norm.startswith("ال") and len(name.norm) > 4 or rare and name.raw.isalpha() and name.norm[0] not in "لب"
        if not named or common(name) or name.norm.endswith(("ي", "يه")) and arabic_adjective(name.norm) or name.norm in not_names():
            continue
        n = i + 2 if name.breaks or i + 2 >= len(words) or words[i + 2].norm not in _RESERVE_KINDS else i + 3
        # a reserve named by its town is the town, as after `مدينة` (`محمية [الذخيرة]`, wire11); else it is named whole
        # (`محمية الريم`, `محمية العريق الطبيعية`, wire33)
        town = n == i + 2 and any(_place_at(tokens, i + 1, places) for places in (load_gazetteer(), load_local_places(), load_towns()))
        begin, end = name.start if town else word.start + skip_letters(word.raw, reading), words[n - 1].end
        if not closes_name(words, n) or any(f.start < end and begin < f.end for f in names):
            continue
        found.append(Found(begin, end, "LOC", canonical_key(tokens.text[begin:end]), "head", None, i))
    return found


_RARE_RESERVE_WORD = 20  # `بيغيتا`, `فيرونغا`: no word of news
_RESERVE_KINDS = frozenset({"الطبيعيه", "الملكيه", "الوطنيه"})


# A town's or a country's railway or metro, named by it (`مترو [البحرين]`, `قطار [الرياض]`): the line, a work of its own
# (MISC), as the gold sets annotate it; and a temple or a mosque, named by its town or a name of its own (`معبد [الأقصر]`,
# `معبد الكرنك`, `مسجد الصفح`), the place (LOC), as every venue.
_LINE_HEADS = frozenset({"مترو", "قطار", "ترام"})
_TEMPLE_HEADS = frozenset({"معبد", "مسجد"})
_LINE_AND_TEMPLE_HEADS = _LINE_HEADS | _TEMPLE_HEADS


def with_lines_and_temples(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """`names` with a metro or railway named by the place after it (`_LINE_HEADS`: `مترو [الدوحة]`) a MISC of both
    words, and a temple named by one (`معبد [الأقصر]`) or by a word news seldom writes (`معبد الكرنك`) a LOC of both."""
    from akhbar.tasks.ner_crf import load_words, word_key  # it imports this module: here, not at the top

    words, found = tokens.words, list(names)
    starts = {name.start: name for name in names}
    for i, word in enumerate(words[:-1]):
        if word.breaks or word.stems.isdisjoint(_LINE_AND_TEMPLE_HEADS):
            continue  # most words: no reading to try (`stems` also holds a definite word's stem: `المترو`, none here)
        reading = next(((k, stem) for k, stem in word.readings if stem in _LINE_AND_TEMPLE_HEADS), None)
        if reading is None:
            continue
        begin, temple = word.start + skip_letters(word.raw, reading[0]), reading[1] in _TEMPLE_HEADS
        place = starts.get(words[i + 1].start)
        if place is not None and place.label == "LOC" and place.source == "gazetteer":
            end, code = place.end, place.country_code
            found = [f for f in found if f is not place]
        elif (temple and DEFINITE.match(words[i + 1].norm) and not words[i + 1].norm.startswith("لل")  # (`مسجد للعبادة`: for)
              and not any(n.start < words[i + 1].end and begin < n.end for n in names)
              and load_words().counts.get(word_key(words[i + 1].raw), 0) < RARE_IN_NEWS):
            end, code = words[i + 1].end, None  # `معبد [الكرنك]`
        else:
            continue
        label = "LOC" if temple else "MISC"
        found.append(Found(begin, end, label, canonical_key(tokens.text[begin:end]), "head", code, i))
    return found


# A numbered road is a place, its number its name: `الطريق الوطني رقم 9`, `الطريق الوطنية رقم 1`, `الطريق السيارة أ1` (the
# Maghreb's national roads and motorways, as the gold sets tag them); not `الطريق السريع` alone, a kind of road.
_ROADS = frozenset({"طريق", "الطريق", "لطريق"})  # `لطريق`: the article's `ل` after `ل` (`للطريق`), kept as `لاتحاد` is
_ROAD_KINDS = frozenset({"الوطني", "الوطنيه", "السيار", "السياره", "الجهوي", "الجهويه", "الولائي", "الولائيه", "الاقليمي",
                         "الاقليميه", "السريع", "الدولي", "المحلي", "المحليه"})
_RING = "الدائري"
_ROAD_NUMBER = re.compile(r"\s+(?:رقم\s+)?(?:[A-Za-zأ]\s?-?\s?)?[0-9٠-٩]+(?![0-9٠-٩]|[.,٫٬][0-9٠-٩])")


def with_numbered_roads(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """`names` with each numbered road (`_ROADS`, a kind of `_ROAD_KINDS`, then its number, after `رقم` or a letter) a LOC
    of them all, what a finder found inside it left out."""
    words, found = tokens.words, list(names)
    for i, word in enumerate(words[:-1]):
        if word.breaks or (words[i + 1].norm not in _ROAD_KINDS and words[i + 1].norm != _RING) or word.stems.isdisjoint(_ROADS):
            continue
        number = _ROAD_NUMBER.match(tokens.text, words[i + 1].end)
        if (number is None and words[i + 1].norm == _RING and i + 2 < len(words) and not words[i + 1].breaks
                and words[i + 2].norm in ORDINALS):
            number = words[i + 2]  # a ring road is numbered by its ordinal: `طريق الدائري السادس` (Kuwait's seven)
        skip = next((k for k, stem in word.readings if stem in _ROADS), None)
        if number is None or skip is None:
            continue
        begin, end = word.start + skip_letters(word.raw, skip), number.end if isinstance(number, Word) else number.end()
        found = [f for f in found if not (f.start < end and begin < f.end)]
        found.append(Found(begin, end, "LOC", canonical_key(tokens.text[begin:end]), "head", None, i))
    return found


def _country_of(adjective: str) -> str | None:
    """The country a definite nationality adjective names (`التركية` → TR, `السعودي` → SA: `countries_by_word`)."""
    return countries_by_word().get(adjective[2:]) if adjective.startswith("ال") else None


_PLUS = re.compile(r"\s?\+|\s+بلس(?!\w)")


def with_plus(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """OPEC with its allies is its own group: `أوبك+`, `أوبك بلس` (ORG, one key), not OPEC (`أوبك`)."""
    result = []
    for name in names:
        if name.label == "ORG" and normalize_arabic(tokens.text[name.start : name.end]) == "اوبك":
            plus = _PLUS.match(tokens.text, name.end)
            if plus:
                name = Found(name.start, plus.end(), "ORG", "اوبك+", name.source, name.country_code, name.anchor)
        result.append(name)
    return result


def describes_after(skel: str, norm: str) -> bool:
    """A country named like its people's feminine adjective (`ADJECTIVE_PLACES`) is the adjective after the word of this
    skeleton and normal form: a definite one, not of men, whom it cannot describe (`الهيئة [السعودية]`, `القنصلية
    [السعودية]`; not `ويتهم الحوثيون [السعودية]`)."""
    return bool(DEFINITE.match(skel)) and not norm.endswith(("ون", "ين"))


def in_place_phrase(text: str, start: int, end: int) -> bool:
    """The place's name `text[start:end]` inside a common phrase with the word right before or after it (`PLACE_PHRASES`):
    `جوز [الهند]` (the coconut), `[مسقط] رأسه` (his birthplace). For the gazetteer's finder and the model's places alike."""
    name = normalize_arabic(text[start:end])
    before = text[max(0, start - 30) : start].split()[-1:] if text[start - 1 : start] == " " else []
    after = text[end : end + 30].split(None, 1) if text[end : end + 1] == " " else []
    return (bool(before) and any((stem, name) in PLACE_PHRASES for _, stem in clitic_readings(normalize_arabic(before[-1])))
            or bool(after) and (name, normalize_arabic(after[0]).rstrip(".،,:؛)")) in PLACE_PHRASES)
