"""Names found again in a document: surnames alone, and names found elsewhere by their context."""

from __future__ import annotations

from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_repeats import find_repeats, find_surnames
from akhbar.tasks.extract_tokens import Found, tokenise

NONE: frozenset[int] = frozenset()


def test_a_surname_alone_of_a_full_name() -> None:
    full = canonical_key("ستافان دي ميستورا")
    names = {canonical_key("ميستورا"): full, canonical_key("دي ميستورا"): full}
    text = "وقال ميستورا إن العمل مستمر، وأكد دي ميستورا ذلك."
    found = find_surnames(tokenise(text), NONE, names, [])
    assert [(text[p.start : p.end], p.source) for p in found] == [("ميستورا", "surname"), ("دي ميستورا", "surname")]
    assert find_surnames(tokenise(text), frozenset({1}), names, []) != found  # a taken word is no surname


def test_a_surname_never_overlaps_what_the_sentence_found() -> None:
    names = {canonical_key("ميستورا"): canonical_key("ستافان دي ميستورا")}
    text = "وقال ميستورا إن العمل مستمر."
    mention = Found(0, text.index(" إن"), "PERSON", "", "speaker", None, 0)
    assert find_surnames(tokenise(text), NONE, names, [mention]) == []


def test_a_name_found_once_is_found_again_elsewhere() -> None:
    simpson = Found(0, 7, "PERSON", canonical_key("سيمبسون"), "role", None, 0)
    text = "وقعت مشادة بين سيمز وسيمبسون."
    found = find_repeats(tokenise(text), NONE, {("سيمبسون",): simpson}, [])
    assert [(text[e.start : e.end], e.label, e.source) for e in found] == [("سيمبسون", "PERSON", "document")]


def test_a_preposition_spelled_like_a_name_is_not_that_name() -> None:
    matti = Found(0, 3, "PERSON", canonical_key("متي"), "speaker", None, 0)
    text = "وقال متي إن موعد الاجتماع لم يحدد، ولا أحد يعرف متى."  # `متى` (when) normalises to `متي`
    found = find_repeats(tokenise(text), NONE, {("متي",): matti}, [])
    assert [(e.start, e.end) for e in found] == [(text.index("متي"), text.index("متي") + 3)]


def test_a_body_or_office_is_no_surname_but_a_common_word_may_be_one() -> None:
    # a bad full name the model found (`عمار الحكومة`) makes no person of every `الحكومة`; `يوسف الشاهد` makes `الشاهد` one
    text = "وقالت الحكومة إن الشاهد سيحضر."
    names = {"ال " + canonical_key("حكومة"): canonical_key("عمار الحكومة"), "ال " + canonical_key("شاهد"): canonical_key("يوسف الشاهد")}
    assert [text[p.start : p.end] for p in find_surnames(tokenise(text), NONE, names, [])] == ["الشاهد"]


def test_a_month_is_no_surname_but_the_maghreb_may_may_be_one() -> None:
    text = "وفي مارس الماضي قالت ماي إن الاتفاق قريب."
    names = {canonical_key("مارس"): canonical_key("محمد مرسي"), canonical_key("ماي"): canonical_key("تيريزا ماي")}
    assert [text[p.start : p.end] for p in find_surnames(tokenise(text), NONE, names, [])] == ["ماي"]
