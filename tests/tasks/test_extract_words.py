"""The extractor's word lists (`data/extract_words.toml`) and gazetteer: read, normalised, derived."""

from __future__ import annotations

import tomllib
from pathlib import Path

from akhbar.tasks import extract_words
from akhbar.tasks.arabic import normalize_arabic
from akhbar.tasks.extract_gazetteer import load_gazetteer, nationalities, not_names
from akhbar.tasks.extract_words import COMPLEMENTIZERS, DATA, ROLES, SAYING, VERB_FORMS, given_names

LISTS = tomllib.loads((DATA / "extract_words.toml").read_text(encoding="utf-8"))
# Lists of spellings, compared before normalising (`على` the preposition, not `علي` the name).
SPELLINGS = {"function_spellings", "prepositions_like_names", "glued_prepositions", "last_syllables", "last_syllable_pairs"}


def test_every_list_is_read_and_normalised() -> None:
    source = Path(extract_words.__file__).read_text(encoding="utf-8")
    for name, words in LISTS.items():
        assert f'"{name}"' in source, f"{name} is never read"
        assert words and all(isinstance(w, str) and w for w in words), name
        if name not in SPELLINGS:
            assert [normalize_arabic(w) for w in words] == words, f"{name} holds unnormalised words"


def test_derived_forms() -> None:
    assert {"وزير", "وزيره", "متحدثه"} <= ROLES  # feminine forms added
    assert {"قال", "وقالت", "فاكدت", "ويقول", "مشيره", "قائلا"} <= VERB_FORMS
    assert not {"بين", "وبين", "يري"} & VERB_FORMS  # `بين` is mostly `between`
    assert {"ان", "انه", "بانها", "قوله"} <= COMPLEMENTIZERS
    assert {"وقال", "فاعلنت"} <= SAYING and "قائلا" not in SAYING


def test_gazetteer_and_what_follows_from_it() -> None:
    places = load_gazetteer().places
    assert places["سوريا"].country_code == "SY" and places["سوريا"].label == "LOC"
    assert "مالي" not in places and "عمان" not in places  # ambiguous spellings stay out
    assert {"سوريا", "مصر", "رئيس", "وزاره"} <= not_names()
    assert {"السوري", "السوريه", "روسيون", "الامريكي"} <= nationalities()
    assert "محمد" in given_names() and "اسامه" in given_names()
