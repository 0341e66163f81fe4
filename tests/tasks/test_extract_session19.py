"""Rules of the nineteenth session (2026-12-07), read from the wrong groups and speakers of the unseen sets before it
(wire68 to wire73) and from the unseen sets of this one after their first scores, each on sentences of its own, each
failing on the code before it (but the guard parts, which say so)."""

from __future__ import annotations

from articles import entity_keys, entity_labels, speakers


def test_a_university_hospital_named_after_a_man_whose_given_name_has_the_article() -> None:
    # `الهادي` ends like an adjective of relation (`الجامعي`), but after the first it opens the namesake's name
    text = "ورصد التقرير نقصا متكررا في الأدوية بالمستشفى الجامعي الهادي شاكر بصفاقس خلال سنة 2022."
    labels = entity_labels(text)
    assert ("الهادي شاكر", "PERSON") not in labels
    assert any(label == "ORG" and name.startswith("المستشفى الجامعي الهادي شاكر") for name, label in labels)


def test_the_director_of_a_body_named_after_a_man_is_no_man() -> None:
    # the role's tail holds the body a finder took; its given name is no holder's (speaker `فرحات` before)
    assert speakers("وأكد مدير المستشفى الجامعي فرحات حشاد أن الوضع الصحي للمصابين مستقر.") == ["مدير المستشفى الجامعي فرحات حشاد"]
    # guard (it held before): a holder named after the body speaks
    assert speakers("وقال رئيس الجمهورية الباجي قائد السبسي إن الانتخابات ستجري في موعدها.") == ["الباجي قائد السبسي"]


def test_why_one_was_taken_to_a_hospital_is_no_part_of_its_name() -> None:
    labels = entity_labels("ونقل المصابون إلى مستشفى الملك فهد لتلقي العلاج اللازم.")
    assert ("مستشفى الملك فهد", "ORG") in labels
    assert not any("لتلقي" in name for name, _ in labels)


def test_a_facility_is_one_place_with_or_without_the_adjective_of_its_kind() -> None:
    keys = entity_keys("وهبطت الطائرة في مطار بنينا الدولي قرب بنغازي مساء أمس. وأعيد فتح مطار بنينا أمام الرحلات الداخلية صباح اليوم.")
    assert keys["مطار بنينا الدولي"] == keys["مطار بنينا"]


def test_a_place_s_name_ends_before_a_prepositional_phrase() -> None:
    labels = entity_labels("وسجل نجم برشلونة، ليونيل ميسي، هدفين في ملعب ويمبلي ليقود فريقه إلى فوز عريض.")
    assert ("ملعب ويمبلي", "LOC") in labels
    # guard (it held before): a Maghreb name in `بو` is no preposition
    assert ("مطار هواري بومدين الدولي", "LOC") in entity_labels("وانطلقت الرحلة الأولى من مطار هواري بومدين الدولي بالجزائر العاصمة.")
