"""Canonical entity keys: one key for every spelling of a name, computed from the name alone.

The key is deterministic, so the same person or place gets the same key in every document and
every run; only a surname standing alone needs its document (`ميستورا` → the full name's key).
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from akhbar.tasks.arabic import fold_hamza_seats, norm
from akhbar.tasks.extract_words import DATA, KIND_KEPT_BEFORE, ORG_KINDS, arabic_names

_KINDS = frozenset(fold_hamza_seats(norm(word)) for word in ORG_KINDS)
_ARABIC_NAMES = frozenset(fold_hamza_seats(norm(name)) for name in arabic_names())
_KEPT_BEFORE = frozenset(fold_hamza_seats(norm(word)) for word in KIND_KEPT_BEFORE)
# A crossing, port, airport or reserve is one place with or without the adjective of its kind after its name (the gold
# sets group `مطار بنينا الدولي` with `مطار بنينا`); not `ميناء الصيد البحري`, whose adjective is what it serves.
_FACILITIES = frozenset({"مطار", "معبر", "منفذ", "ميناء", "محميه"})
_FACILITY_ADJECTIVES = frozenset({"الدولي", "الدوليه", "البري", "الحدودي", "الطبيعي", "الطبيعيه"})


def word_key(word: str) -> str:
    """Key of one normalised word (`normalize_arabic`): first letter, then no long vowels or final `ه`.

    Transliterations differ in their long vowels: `ستافان`/`ستيفان`/`ستفان` → `ستفن`,
    `ميستورا`/`مستورا` → `مستور`, `أستانة`/`أستانا` → `استن`. An Arabic name is spelled one way and its vowels
    tell it from another (`صالح`/`صلاح`, `حسن`/`حسين`): it is kept whole (`arabic_names`).
    """
    if word.startswith("ال") and len(word) > 3:  # the article comes and goes: `الناتو` / `ناتو`
        word = word[2:]
    if word in _ARABIC_NAMES:  # one spelling, and only the vowels tell `صالح` from `صلاح`, `حسن` from `حسين`
        return word
    if len(word) > 2 and word.endswith("ه"):  # `أستانة` / `أستانا`: final ta marbuta ≈ final alef
        word = word[:-1]
    rest = word[1:].replace("ا", "").replace("و", "").replace("ي", "").replace("ء", "")  # faster than translate
    skeleton = word[:1] + rest
    # Two letters are too few to tell names apart without their vowels: `علاوي`, `علياء` and the
    # preposition `على` all thin to `عل`, `كيم` and `كم` meet; such words keep their vowels. So do the family names that
    # thin to `عبد` (`العبادي`, `العبيدي`, `العابد`, `عبيد`): `عبد` is the first half of a compound (`عبد الله`), a surname
    # too weak to stand for a full name (`WEAK_SURNAMES`), so `حيدر العبادي` was never found again in `العبادي` (54 mentions
    # of the 6,300-article ANT slice apart from the 59 of his full name), and every Abadi and Obeidi shared one key.
    return skeleton if len(skeleton) > 2 and (skeleton != "عبد" or word == skeleton) else word


# A period and a space after a letter of an acronym spelled out: `سي. إن. إن` is keyed as `سي إن إن`.
_LETTER_PERIODS = re.compile(r"(?<=[\u0621-\u064a])\.\s+(?=[\u0621-\u064a])")


@lru_cache(maxsize=1 << 15)
def canonical_key(name: str) -> str:
    """The key shared by every spelling of `name`: `ستيفان دي ميستورا` → `ستفن دي مستر`.

    A movement's or company's kind before its name is no part of the key (`ORG_KINDS`): `حركة نداء تونس`,
    `حزب نداء تونس` and `نداء تونس` are one party; but `حزب الله` is keyed whole, as `الله` alone is no party
    (`KIND_KEPT_BEFORE`). `أبو` or `عبد` and the word after it are one (`_kunya_joined`). Marks go, alef and hamza forms fold to their bare letter,
    `ة`→`ه`, `ى`→`ي` (`norm`, `fold_hamza_seats`).
    """
    words = fold_hamza_seats(norm(_LETTER_PERIODS.sub(" ", name))).split()
    kind = None
    if (len(words) > 1 and words[0] in _KINDS and words[1] not in _KEPT_BEFORE and words[1] not in _FACILITIES
            and not _club_of_a_people(words)):
        kind, words = words[0], words[1:]  # `تنظيم داعش` / `داعش`, not `حزب الله`, nor `شركة مطار البحرين` (the airport's company)
    if len(words) == 2 and words[1] == "الرياضي" and (kind in _CLUBS or kind is None and words[0].startswith("ال")):
        words = words[:1]  # a club's full name is its name: `نادي الريان الرياضي`, `الوداد الرياضي`, `نادي كاظمة الرياضي`
        # are `الريان`, `الوداد`, `كاظمة`, as the gold sets group them; not a venue's or a council's (`مجمع صور الرياضي`)
    if len(words) > 2 and words[0] in _FACILITIES and words[-1] in _FACILITY_ADJECTIVES:
        words = words[:-1]  # `مطار بنينا الدولي` / `مطار بنينا`, `معبر رفح البري` / `معبر رفح`: one place
    return " ".join(word_key(word) for word in _kunya_joined(words))


_CLUBS = frozenset({"نادي", "النادي"})


def _club_of_a_people(words: list[str]) -> bool:
    """`النادي` and a nationality's adjective, a club named for a people or a continent: `النادي الإفريقي` keeps its
    `النادي`, or its key would be `إفريقيا`'s (`النادي الأهلي`, `نادي الخليج` are `الأهلي`, `الخليج`)."""
    from akhbar.tasks.extract_gazetteer import nationalities  # which keys its names with this module

    return len(words) == 2 and words[0] == "النادي" and words[1] in nationalities()


def _kunya_joined(words: list[str]) -> list[str]:
    """`أبو` and `عبد` joined to the word after them, as half of news writes them: `أبو ظبي`/`أبوظبي`, `أبو بكر`/`أبوبكر`,
    `عبد الملك الحوثي`/`عبدالملك الحوثي`, `عبد الله`/`عبدالله` one key each."""
    if "ابو" not in words[:-1] and "عبد" not in words[:-1]:
        return words
    joined: list[str] = []
    for word in words:
        if joined and joined[-1] in ("ابو", "عبد"):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def place_key(name: str, country_code: str | None) -> str:
    """A gazetteer place's key: its spelling's key and its country, `الكويت` → `كويت@KW`.

    The spelling key drops long vowels, so names of different places may meet; the country keeps them apart, and
    spellings of one place (`أستانة`/`أستانا` → `استن@KZ`) still share it.
    """
    key = canonical_key(name)
    return f"{key}@{country_code}" if country_code else key


@lru_cache(maxsize=1)
def aliases() -> dict[str, str]:
    """Key of a well-known person's or body's short name → its full name's key (`data/aliases_ar.tsv`): `مكرن` → `امنل مكرن`."""
    return {canonical_key(short): canonical_key(full) for short, full in _alias_rows()}


@lru_cache(maxsize=1)
def full_names() -> dict[str, str]:
    """Key of each full name `data/aliases_ar.tsv` lists → the name as written there: `وكل انب امرت` → `وكالة أنباء الإمارات`."""
    return {canonical_key(full): full for _, full in _alias_rows()}


@lru_cache(maxsize=1)
def _alias_rows() -> tuple[tuple[str, str], ...]:
    """The (short, full) names of `data/aliases_ar.tsv`."""
    with (DATA / "aliases_ar.tsv").open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return tuple((row["short"], row["full"]) for row in rows)


def alias_of(key: str, written: str) -> str | None:
    """The full name's key of a well-known short name (`aliases`), where `written` spells it as the list does but for
    alefs and hamzas (`ترمب` and `ترامب`, `نتنياهو` and `نتانياهو`): the key alone holds other names too (`بودن`, Bouden,
    has the key of `بايدن`, Biden)."""
    full = aliases().get(key)
    return full if full is not None and _alias_spelling(written) in _alias_spellings().get(key, ()) else None


def _alias_spelling(name: str) -> str:
    """A name's letters less the article, alefs and hamzas, as `alias_of` compares them: `أردوغان`, `إردوغان` → `ردوغن`;
    `الفيفا`, `فيفا` → `فيف`."""
    name = norm(name)
    return _ALEFS.sub("", name[2:] if name.startswith("ال") and len(name) > 5 else name)  # not `البنا` (a name) for `بنا`


_ALEFS = re.compile("[اءئؤ]")


@lru_cache(maxsize=1)
def _alias_spellings() -> dict[str, frozenset[str]]:
    """Key of each short name of `data/aliases_ar.tsv` → its spellings (`_alias_spelling`)."""
    spellings: dict[str, set[str]] = {}
    for short, _ in _alias_rows():
        spellings.setdefault(canonical_key(short), set()).add(_alias_spelling(short))
    return {key: frozenset(forms) for key, forms in spellings.items()}
