"""The places and organisations the extractor knows by name, and what follows from them: the words
that are no one's name, and the nationality adjectives (`سوريا` → `السوري`).
"""

from __future__ import annotations

import csv
import gettext
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

import pycountry

from akhbar.tasks.arabic import normalize_arabic
from akhbar.tasks.extract_canonical import aliases, canonical_key, place_key
from akhbar.tasks.extract_words import (
    AMBIGUOUS_PLACES,
    DATA,
    HEADS,
    HONORIFICS,
    NAMED_PLACE_HEADS,
    NATIONALITY_STEMS,
    PLACE_HEADS,
    REGIONAL_COLLISIONS,
    ROLES,
    SERVICE_WORDS,
    WRITTEN_DOCUMENTS,
)

# The Arab League's members and Palestine, ISO 3166 alpha-2.
ARAB_LEAGUE = frozenset("MA DZ TN LY EG SD MR SO DJ KM SY LB JO PS IQ SA YE OM AE QA BH KW".split())


class Place(NamedTuple):
    label: str
    country_code: str | None
    kind: str  # country, capital, city, state, region, organisation, … (`data/places_ar.tsv`)


class Gazetteer(NamedTuple):
    places: dict[str, Place]  # normalised name → what it is
    first_words: frozenset[str]  # first word of every name, to pass over most words at once
    max_words: int
    prefixes: frozenset[str]  # every name's first 1, 2, … words: a longer match is only tried where one may be
    countries: dict[str, str]  # ISO code → the country's first name in `data/places_ar.tsv` (else pycountry's)
    cities: dict[str, str]  # a country's key → its capital's, where the capital is named after it (`تونس العاصمة`)
    spellings: dict[str, str]  # a variant spelling → the name whose key it takes (`same_as`: `انواكشوط` → `نواكشوط`)
    distinct: frozenset[str] = frozenset()  # places whose spelling key another place has (`_distinct_places`)

    def city_key(self, key: str) -> str:
        """A country's key, where the text means its same-named capital (a dateline): `تونس` → `تونس العاصمة`'s."""
        return self.cities.get(key, key)

    def key(self, name: str) -> str:
        """A known place's or organisation's canonical key (`extract_canonical.place_key`); every name of a
        country shares its first name's key: `أمريكا`, `الولايات المتحدة الأمريكية` → `ولت متحد@US`."""
        place = self.places[name]
        name = self.spellings.get(name, name)
        if place.kind == "country" and place.country_code in self.countries:
            name = self.countries[place.country_code]
        if name in self.distinct:  # `برازيليا`, keyed apart from `البرازيل`
            return f"{self.canonical(name)}@{place.country_code}"
        if place.label != "LOC":  # `وات` → `وكالة تونس افريقيا للأنباء` (`data/aliases_ar.tsv`)
            key = canonical_key(self.canonical(name).removeprefix("نادي "))  # `نادي برشلونة`: the club `برشلونة` is
            return aliases().get(key, key)
        return place_key(self.canonical(name), place.country_code)

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
    countries: dict[str, str] = {}
    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        # the short name first, in this order (not a set's, which the process's hash seed orders): `setdefault` below makes
        # the first the country's key, and `ماكاو` had been `ماكاو المنطقة الصينية الإدارية الخاصة` in one run of two
        for english in dict.fromkeys((country.name, getattr(country, "official_name", country.name))):
            name = arabic.gettext(english)
            # `إيران، الجمهورية…` and `المجر (هنغاريا)` are catalogue forms; untranslated ones stay English.
            # `دولة قطر` (State of Qatar): the word `دولة` is a kind before the name, left out as `مدينة` is.
            if name != english and not re.search(r"[،,()\-A-Za-z]", name) and not name.startswith("دولة "):
                places[normalize_arabic(name)] = Place("LOC", country.alpha_2, "country")
                countries.setdefault(country.alpha_2, normalize_arabic(name))
    listed: dict[str, str] = {}
    spellings: dict[str, str] = {}
    for row in _rows("places_ar.tsv"):
        places[normalize_arabic(row["arabic_name"])] = Place(row["label"], row["country_code"] or None, row["kind"])
        if row["same_as"]:
            spellings[normalize_arabic(row["arabic_name"])] = normalize_arabic(row["same_as"])
        if row["kind"] == "country" and row["country_code"]:
            listed.setdefault(row["country_code"], normalize_arabic(row["arabic_name"]))
    places = {name: place for name, place in places.items() if name not in AMBIGUOUS_PLACES}
    countries = {code: name for code, name in (countries | listed).items() if name in places}
    gazetteer = _indexed(places, countries)._replace(spellings=spellings)
    gazetteer = gazetteer._replace(distinct=_distinct_places(gazetteer))
    for name, place in places.items():  # `تونس العاصمة`, `مدينة الكويت`, `الجزائر العاصمة`
        country = countries.get(place.country_code or "")
        if place.kind == "capital" and country and country.removeprefix("ال") in (w.removeprefix("ال") for w in name.split()):
            # (a word of it: not `برازيليا`, Brasília, of `البرازيل`)
            gazetteer.cities[gazetteer.key(country)] = gazetteer.key(name)
    return gazetteer


def _distinct_places(gazetteer: Gazetteer) -> frozenset[str]:
    """Places whose spelling key (long vowels dropped, `extract_canonical.place_key`) another place of their country has,
    which are no spelling of it: a capital and its country (`برازيليا`, `البرازيل`), a region and a town (`برقة`,
    `البريقة`; `القصيم`, `القيصومة`). All but the first listed of such a key get keys of their own; spellings of one place
    stay together (`_same_spelling`)."""
    groups: dict[str, list[str]] = {}
    for name, place in gazetteer.places.items():  # in the order listed: pycountry's, then `data/places_ar.tsv`'s
        if place.label == "LOC" and place.country_code and name not in gazetteer.spellings:
            groups.setdefault(gazetteer.key(name), []).append(name)
    distinct = set()
    for names in groups.values():
        kept = [names[0]]
        for name in names[1:]:
            if any(_same_spelling(gazetteer.places[name].kind, name, gazetteer.places[k].kind, k) for k in kept):
                kept.append(name)
            else:
                distinct.add(name)
    return frozenset(distinct)


def _same_spelling(kind: str, name: str, other_kind: str, other: str) -> bool:
    """Two names of one key that may be spellings of one place: names of a kind, as a town's spellings are (`ميونخ`,
    `ميونيخ`; `جازان`, `جيزان`). Places of two kinds are two places (a capital and its country, a region and a town). Two
    towns of one key stay one (`الحراش`, `الحروش`): their letters alone do not tell them from two spellings."""
    return kind == other_kind


@lru_cache(maxsize=1)
def load_local_places() -> Gazetteer:
    """The towns whose name is also a common word (`data/places_local_ar.tsv`: `العيون`, eyes, Laayoune), which
    `load_gazetteer` leaves out: `extract_places.find_local_places` reads them where the context says place."""
    places = {normalize_arabic(row["arabic_name"]): Place("LOC", row["country_code"] or None, row["kind"])
              for row in _rows("places_local_ar.tsv")}
    return _indexed(places, {})


@lru_cache(maxsize=1)
def load_towns() -> Gazetteer:
    """The Arab world's towns by their Arabic names (`data/places_towns_ar.tsv`, GeoNames, `build_towns`), which neither
    `load_gazetteer` nor `load_local_places` holds: `extract_places.find_local_places` reads them where the words around
    say place, in any country's news."""
    places = {normalize_arabic(row["arabic_name"]): Place("LOC", row["country_code"], "town") for row in _rows("places_towns_ar.tsv")}
    return _indexed(places, {})


@lru_cache(maxsize=1)
def hamza_seated() -> dict[str, str]:
    """The local towns listed because their name folds to a common word's (`also`: `folds to إطار, a frame`), as written:
    `اطار` → `أطار` (Atar), which `extract_places` reads only so seated."""
    return {normalize_arabic(row["arabic_name"]): row["arabic_name"] for row in _rows("places_local_ar.tsv")
            if row["also"].startswith("folds to")}


def _rows(name: str) -> Iterator[dict[str, str]]:
    """The rows of a tab-separated table in `data/`, its `#` lines of comment left out."""
    with (DATA / name).open(encoding="utf-8") as f:
        yield from csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")


def _indexed(places: dict[str, Place], countries: dict[str, str]) -> Gazetteer:
    """`places` with the indexes `_place_at` looks them up by: first words, word prefixes, the longest name's words."""
    first_words = frozenset(name.split(" ")[0] for name in places)
    prefixes = frozenset(" ".join(name.split(" ")[:n]) for name in places for n in range(1, name.count(" ") + 2))
    return Gazetteer(places, first_words, max(name.count(" ") + 1 for name in places), prefixes, countries, {}, {})

@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Words never part of a person's name: `data/not_names_ar.txt`, role words, one-word places."""
    lines = (DATA / "not_names_ar.txt").read_text(encoding="utf-8").splitlines()
    listed = {normalize_arabic(line) for line in lines if line.strip() and not line.startswith("#")}
    heads = HEADS | SERVICE_WORDS | PLACE_HEADS | NAMED_PLACE_HEADS  # `وزارة`, `شرطة`, `مدينة` name no one
    heads |= WRITTEN_DOCUMENTS - {"خطاب"}  # `ونشر صلاح [تغريدة] جاء فيها`, `وكيل أعمال اللاعب [خطابا]`; not `عمر بن الخطاب`
    return frozenset(listed | ROLES | heads | REGIONAL_COLLISIONS | HONORIFICS | {name for name in load_gazetteer().places if " " not in name})


def is_country(name: str) -> bool:
    """A country's name in the gazetteer, normalised (`موريتانيا`, `مملكة اسبانيا`): not a town, region or body."""
    place = load_gazetteer().places.get(name)
    return place is not None and place.kind == "country"


@lru_cache(maxsize=1)
def nationalities() -> frozenset[str]:
    """Nationality adjectives derived from one-word country names: `سوريا` → `السوري`, `السورية`, `سوريون`.

    They follow names but are never part of one (`بشار الجعفري` yes, `لافروف الروسي` no).
    """
    stems = set(NATIONALITY_STEMS) | set(_country_stems())
    return frozenset(a + stem + e for stem in stems if len(stem) > 1 for a in ("", "ال") for e in _NATIONALITY_ENDINGS)


_NATIONALITY_ENDINGS = ("ي", "يه", "يون", "يين", "يان", "يتان")


def _one_word_countries() -> list[tuple[str, str]]:
    """Each country the gazetteer names in one word, with its ISO code: (`سوريا`, `SY`), (`العراق`, `IQ`)."""
    return [(name, place.country_code) for name, place in load_gazetteer().places.items()
            if place.kind == "country" and " " not in name and place.country_code]


def _stem(name: str) -> str:
    """A country name without its ending, to which a nationality's endings are added: `سوريا` → `سور`."""
    return re.sub("(يا|ا|ه)$", "", name)


def _country_stems() -> dict[str, str]:
    """The stem of each one-word country name → its ISO code: `سوريا` → `سور`, `العراق` → `عراق` (not cities: `البغدادي`,
    `الحلي` are surnames)."""
    stems = {}
    for name, code in _one_word_countries():
        stems.setdefault(_stem(name.removeprefix("ال")), code)
    return stems


@lru_cache(maxsize=1)
def country_keys() -> dict[str, str]:
    """A country's ISO code → the canonical key of its gazetteer name (`TR` → the key of `تركيا`)."""
    gazetteer, keys = load_gazetteer(), {}
    for name, place in gazetteer.places.items():
        if place.kind == "country" and place.country_code:
            keys.setdefault(place.country_code, gazetteer.key(name))
    return keys


@lru_cache(maxsize=1)
def countries_by_word() -> dict[str, str]:
    """One word naming a country, without the article → the country's ISO code: its one-word name (`اندونيسيا`) and the
    nationality adjectives `nationalities` derives from it (`اندونيسي`, `اندونيسيه`; `سعودي` of `السعودية`), so that
    `الرئيس الإندونيسي` and `رئيس جمهورية إندونيسيا` are told to be of one country."""
    countries = _one_word_countries()
    codes = {name.removeprefix("ال"): code for name, code in countries}
    # … and a name whose first letters only look like the article (`ألمانيا`, once normalised `المانيا`): its adjective
    # keeps them (`الألمانية` is `ال` + `المانيه`, not `مانيه`). Written with the article (`العراق`), these never occur.
    stems = [*_country_stems().items(), *((_stem(name), code) for name, code in countries if name.startswith("ال"))]
    for stem, code in stems:
        for ending in _NATIONALITY_ENDINGS:
            codes.setdefault(stem + ending, code)
    for name, code in countries:  # a name that is its people's feminine adjective gives the masculine too: `السعودية` → `سعودي`
        if name.endswith("يه"):
            codes.setdefault(name.removeprefix("ال")[:-1], code)
    return codes | {word: code for word, code in _OMANI.items() if word not in codes}


# Oman's nationality, which no one-word name of it gives (it is `سلطنة عمان`; `عمان` alone is as often Amman): `البنك
# المركزي العماني` is `بنك مركز@OM`.
_OMANI = {"عماني": "OM", "عمانيه": "OM"}
