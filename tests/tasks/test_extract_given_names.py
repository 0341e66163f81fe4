"""People whose name opens with a known given name."""

from __future__ import annotations

from akhbar.tasks.extract_given_names import find_named, given_name_end
from akhbar.tasks.extract_tokens import tokenise

NONE: frozenset[int] = frozenset()


def named(text: str) -> list[str]:
    return [text[p.start : p.end] for p in find_named(tokenise(text), NONE)]


def test_a_given_name_and_a_surname() -> None:
    text = "وأكد محمد صلاح أن الفريق جاهز."
    found = find_named(tokenise(text), NONE)
    assert [(text[p.start : p.end], p.source) for p in found] == [("محمد صلاح", "lexicon")]


def test_a_given_name_alone_or_a_preposition_spelled_like_one_is_no_name() -> None:
    assert named("وقال سعيد إن الفريق جاهز.") == []  # `سعيد` alone may be `happy`
    assert named("وضع الكتاب على الطاولة.") == []  # `على` (on) normalises to `علي` (Ali)


def test_a_plural_after_two_names_is_no_third_name() -> None:
    assert named("سجل محمد صلاح هدفين.") == ["محمد صلاح"]


def test_two_word_given_names_and_particles() -> None:
    assert named("وقال نور الدين الطبوبي إن الإضراب قائم.") == ["نور الدين الطبوبي"]
    assert named("والتقى فهد بن عبد الله الدوسري بالوفد.") == ["فهد بن عبد الله الدوسري"]


def test_given_name_end_stops_at_taken_words() -> None:
    tokens = tokenise("والتقى فهد بن عبد الله الدوسري بالوفد.")
    assert given_name_end(tokens, NONE, 1) == 6
    assert given_name_end(tokens, frozenset({5}), 1) == 5  # `الدوسري` inside another name
