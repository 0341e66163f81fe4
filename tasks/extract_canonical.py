"""Canonical entity keys: one key for every spelling of a name, computed from the name alone.

The key is deterministic, so the same person or place gets the same key in every document and
every run; only a surname standing alone needs its document (`ميستورا` → the full name's key).
"""

from __future__ import annotations

import re
from functools import lru_cache

from akhbar.tasks.extract_text import fold

# Harakat, Quranic marks, superscript alef and tatweel: they never change which word it is.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Hamza seats and alef forms fold to their bare letter; `ة`→`ه`, `ى`→`ي`.


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
    """The key shared by every spelling of `name`: `ستيفان دي ميستورا` → `ستفن د مستر`."""
    words = fold(_MARKS.sub("", name)).replace("ؤ", "و").replace("ئ", "ي").split()
    return " ".join(word_key(word) for word in words)


def place_key(name: str, country_code: str | None) -> str:
    """A gazetteer place's key: its spelling's key and its country, `الكويت` → `كت@KW`.

    The spelling key drops long vowels, so short names of different places meet (`الكويت`,
    `كيتو` Quito, `الكوت` Kut are all `كت`); the country keeps them apart, and spellings of
    one place (`أستانة`/`أستانا` → `استن@KZ`) still share it.
    """
    key = canonical_key(name)
    return f"{key}@{country_code}" if country_code else key
