"""The token view: words, offsets, readings, breaks and the finders each word triggers."""

from __future__ import annotations

import pytest

from akhbar.tasks.extract_tokens import K_PLACE, K_ROLE, K_SAYING, K_VERB, Found, clitic_readings, skip_letters, tokenise, without_overlaps


def test_words_slice_back_and_carry_their_forms() -> None:
    text = "وقالَ الوزيرُ، إن «مُحَمَّد» وصل."
    tokens = tokenise(text)
    assert [w.raw for w in tokens.words] == ["وقالَ", "الوزيرُ", "إن", "مُحَمَّد", "وصل"]
    assert all(text[w.start : w.end] == w.raw for w in tokens.words)
    said, minister, that, name, arrived = tokens.words
    assert said.skel == "وقال" and name.norm == "محمد" and that.norm == "ان"
    assert minister.comma and minister.breaks and minister.stop is False  # a comma breaks a phrase, ends no clause
    assert not said.breaks and name.breaks and not name.stop  # quotation marks are soft punctuation
    assert arrived.breaks and arrived.stop  # the sentence's end


def test_latin_words_and_numbers_are_no_punctuation() -> None:
    tokens = tokenise("قالت لمحطة KSWB-TV التلفزيونية إن 27-31 نتيجة")
    assert [w.breaks for w in tokens.words[:3]] == [False, False, False]


def test_triggers_say_which_finders_visit_a_word() -> None:
    tokens = tokenise("وقال الرئيس إن روسيا مستعدة")
    assert tokens.where(K_SAYING) == [0] and tokens.where(K_VERB) == [0]
    assert tokens.where(K_ROLE) == [1]
    assert tokens.where(K_PLACE) == [3]
    assert tokens.where(K_ROLE | K_PLACE) == [1, 3]


def test_words_are_read_only() -> None:
    word = tokenise("مصر").words[0]
    with pytest.raises(AttributeError):
        word.breaks = False  # type: ignore[misc]


def test_clitic_readings() -> None:
    assert clitic_readings("وبسوريا") == [(0, "وبسوريا"), (1, "بسوريا"), (2, "سوريا")]
    assert (1, "الامم") in clitic_readings("للامم")  # the article's alef elided after `ل`
    assert clitic_readings("بر") == [(0, "بر")]  # too short to lose a letter


def test_skip_letters_passes_marks() -> None:
    assert skip_letters("وَروسيا", 1) == 2
    assert skip_letters("وبروسيا", 2) == 2


def test_without_overlaps_keeps_the_longest_then_the_leftmost() -> None:
    def found(start: int, end: int) -> Found:
        return Found(start, end, "LOC", "", "test", None, 0)

    kept = without_overlaps([found(0, 5), found(3, 12), found(10, 14), found(20, 22)])
    assert [(e.start, e.end) for e in kept] == [(3, 12), (20, 22)]
