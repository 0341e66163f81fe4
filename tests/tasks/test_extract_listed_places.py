"""Places no gazetteer row or model knows, found by the list of places they are named in (`find_listed_places`).
Sentences of their own, not the gold's."""

from __future__ import annotations

from articles import entity_keys, entity_labels


def _labelled(*texts: str) -> list[tuple[str, str]]:
    return entity_labels(*texts)


def test_a_town_between_two_places_is_a_place_keyed_with_their_country() -> None:
    # `الخبر` is also `the news`, which is why no gazetteer row has it; between Dammam and Qatif it is the town.
    assert ("الخبر", "LOC") in _labelled("وتنظم الجمعية حملات في الدمام والخبر والقطيف طوال الشهر.")
    assert entity_keys("وتنظم الجمعية حملات في الدمام والخبر والقطيف طوال الشهر.")["الخبر"] == {"خبر@SA"}


def test_two_places_after_a_dual_kind_of_place() -> None:
    assert _labelled("اندلعت حرائق في منطقتي الشحانية والغويرية أمس.") == [("الشحانية", "LOC"), ("الغويرية", "LOC")]


def test_a_named_place_after_two_others_ends_the_list_unless_the_model_is_sure_it_is_a_word() -> None:
    assert ("الوليدية", "LOC") in _labelled("وتساقطت الأمطار على برشيد وسيدي بنور والوليدية إلى غاية المساء.")
    # `المجاورة` (neighbouring) last in a list: the model is sure it is no name, and is left to say so
    assert ("المجاورة", "LOC") not in _labelled("وتساقطت الأمطار على برشيد وسيدي بنور والمجاورة لهما إلى غاية المساء.")
    # El Jadida, also `the new`, is a town named like a word (`find_local_places`): after two towns, it is the town
    assert ("الجديدة", "LOC") in _labelled("وتساقطت الأمطار على برشيد وسيدي بنور والجديدة إلى غاية المساء.")


def test_a_side_a_verb_or_a_common_word_in_a_list_is_no_place() -> None:
    assert _labelled("ووقعت اتفاقيات مع كوريا الشمالية والجنوبية صباح اليوم.") == [("كوريا الشمالية", "LOC")]
    assert not any(label == "LOC" and text not in ("مصر", "الأردن", "تونس") for text, label in
                   _labelled("وتراجعت الأسعار في مصر والأردن والعالم خلال العام، وسجلت ارتفاعا في تونس."))
