"""Canonical entity keys: one key for every spelling of a name, computed from the name alone.

The key is deterministic, so the same person or place gets the same key in every document and
every run; only a surname standing alone needs its document (`ميستورا` → the full name's key).
"""

from __future__ import annotations

from functools import lru_cache

from akhbar.tasks.arabic import fold_hamza_seats, norm


def word_key(word: str) -> str:
    """Key of one normalised word (`normalize_arabic`): first letter, then no long vowels or final `ه`.

    Transliterations differ in their long vowels: `ستافان`/`ستيفان`/`ستفان` → `ستفن`,
    `ميستورا`/`مستورا` → `مستور`, `أستانة`/`أستانا` → `استن`.
    """
    if word.startswith("ال") and len(word) > 3:  # the article comes and goes: `الناتو` / `ناتو`
        word = word[2:]
    if len(word) > 2 and word.endswith("ه"):  # `أستانة` / `أستانا`: final ta marbuta ≈ final alef
        word = word[:-1]
    rest = word[1:].replace("ا", "").replace("و", "").replace("ي", "").replace("ء", "")  # faster than translate
    skeleton = word[:1] + rest
    return skeleton or word


@lru_cache(maxsize=1 << 15)
def canonical_key(name: str) -> str:
    """The key shared by every spelling of `name`: `ستيفان دي ميستورا` → `ستفن د مستر`.

    Marks go, alef and hamza forms fold to their bare letter, `ة`→`ه`, `ى`→`ي` (`norm`, `fold_hamza_seats`).
    """
    words = fold_hamza_seats(norm(name)).split()
    return " ".join(word_key(word) for word in words)


def place_key(name: str, country_code: str | None) -> str:
    """A gazetteer place's key: its spelling's key and its country, `الكويت` → `كت@KW`.

    The spelling key drops long vowels, so short names of different places meet (`الكويت`,
    `كيتو` Quito, `الكوت` Kut are all `كت`); the country keeps them apart, and spellings of
    one place (`أستانة`/`أستانا` → `استن@KZ`) still share it.
    """
    key = canonical_key(name)
    return f"{key}@{country_code}" if country_code else key
