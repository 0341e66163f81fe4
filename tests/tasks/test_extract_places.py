"""Places: gazetteer names and places named after their kind."""

from __future__ import annotations

from akhbar.tasks.extract_places import find_places, find_typed_places
from akhbar.tasks.extract_tokens import tokenise


def places(text: str) -> list[tuple[str, str]]:
    found, _ = find_places(tokenise(text))
    return [(text[p.start : p.end], p.label) for p in found]


def test_gazetteer_names_longest_first_without_their_clitics() -> None:
    text = "وصل الوفد إلى وروسيا ثم إلى الولايات المتحدة."
    found, taken = find_places(tokenise(text))
    assert [(text[p.start : p.end], p.country_code) for p in found] == [("روسيا", "RU"), ("الولايات المتحدة", "US")]
    assert taken == {3, 6, 7}  # both words of `الولايات المتحدة`
    assert found[0].canonical.endswith("@RU")


def test_ambiguous_spellings_need_their_context() -> None:
    assert places("قال مسؤول مالي إن الأسعار ارتفعت.") == []  # `مالي`: financial, not Mali
    assert places("وقالت المعارضة في سورية إن معارضة سورية تشكلت.") == [("سورية", "LOC")]  # the second is an adjective


def test_a_kind_of_place_names_the_word_after_it() -> None:
    text = "ضرب الإعصار بلدة كروتون الصغيرة."
    tokens = tokenise(text)
    found, taken = find_typed_places(tokens, [], frozenset())
    assert [(text[p.start : p.end], p.label, p.source) for p in found] == [("كروتون", "LOC", "place-head")]
    assert taken == {3}


def test_a_town_before_its_state() -> None:
    text = "وقع الحادث في كروتون، نيويورك."
    tokens = tokenise(text)
    gazetteer, taken = find_places(tokens)
    found, taken = find_typed_places(tokens, gazetteer, taken)
    assert [text[p.start : p.end] for p in found] == ["كروتون"]
    assert taken == {3, 4}
    # Without `نيويورك` known as a place, `كروتون،` is just a word.
    assert find_typed_places(tokens, [], frozenset())[0] == []


def test_typed_places_skip_taken_words_and_leave_their_inputs_alone() -> None:
    tokens = tokenise("ضرب الإعصار بلدة كروتون الصغيرة.")
    before: list = []
    assert find_typed_places(tokens, before, frozenset({2}))[0] == []  # `بلدة` is inside another name
    assert before == []
