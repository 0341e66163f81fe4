"""Places and bodies named after a person (`find_namesakes`): the head, the namesake and the place's adjectives are one
name, not a person inside a truncated body (`مطار الملك` ORG + `خالد` PERSON, as before). Sentences of their own, not
the gold's."""

from __future__ import annotations

from articles import entity_keys, entity_labels


def _labelled(*texts: str) -> list[tuple[str, str]]:
    return entity_labels(*texts)


def test_a_place_named_after_a_king_is_one_place_with_its_adjective() -> None:
    assert _labelled("وصل الوفد مساء أمس إلى مطار الملك خالد الدولي قادما من القاهرة.") == [
        ("مطار الملك خالد الدولي", "LOC"), ("القاهرة", "LOC")]
    assert ("سد الملك فهد", "LOC") in _labelled("ارتفع منسوب المياه في سد الملك فهد بعد الأمطار الأخيرة.")


def test_a_full_name_without_a_title_names_a_place_or_a_body() -> None:
    assert ("شارع جمال عبد الناصر", "LOC") in _labelled("أغلقت الشرطة شارع جمال عبد الناصر أمام حركة السير.")
    assert ("جامعة محمد الخامس", "ORG") in _labelled("تخرج الباحث في جامعة محمد الخامس قبل عشرين عاما.")
    assert ("ميناء خليفة بن سلمان", "LOC") in _labelled("رست السفينة في ميناء خليفة بن سلمان بكلفة تشغيل أقل.")


def test_a_body_named_after_a_person_keeps_what_it_is_for_and_its_short_form_joins_it() -> None:
    text = ("وزع مركز الملك سلمان للإغاثة والأعمال الإنسانية سلالا غذائية على الأسر النازحة. "
            "وقال مسؤول إن مركز الملك سلمان سيواصل توزيع المساعدات.")
    keys = entity_keys(text)
    assert "سلمان" not in keys
    assert keys["مركز الملك سلمان"] == keys["مركز الملك سلمان للإغاثة والأعمال الإنسانية"]


def test_the_facility_s_adjective_is_left_out_of_its_key() -> None:
    keys = entity_keys("هبطت الطائرة في مطار الملك خالد الدولي. ويشهد مطار الملك خالد ازدحاما كبيرا.")
    assert keys["مطار الملك خالد الدولي"] == keys["مطار الملك خالد"]


def test_one_given_name_an_owner_or_a_cut_name_is_no_namesake() -> None:
    # `مكتبه على` is `his office` then `on`, not a library named for `علي`; a name that may go on is not cut short.
    assert _labelled("وكان يذهب إلى مكتبه على الدراجة الهوائية كل صباح.") == []
    assert ("هاري ترومان", "PERSON") in _labelled("وقال موظف في مكتبة الرئيس هاري ترومان إن الوثائق محفوظة.")


def test_a_un_body_is_named_with_what_it_is_for() -> None:
    # The gazetteer knows `منظمة الأمم المتحدة`; what follows makes it UNESCO or UNICEF, not the UN.
    assert ("منظمة الأمم المتحدة للتربية والعلم والثقافة", "ORG") in _labelled(
        "ودعت منظمة الأمم المتحدة للتربية والعلم والثقافة إلى حماية المخطوطات.")
    assert ("مفوضية الأمم المتحدة السامية لشؤون اللاجئين", "ORG") in _labelled(
        "وقدرت مفوضية الأمم المتحدة السامية لشؤون اللاجئين عدد الفارين بالآلاف.")


def test_affairs_after_a_deputy_are_the_deputy_s_not_the_ministry_s() -> None:
    assert ("وزارة الصحة", "ORG") in _labelled("وقال وكيل وزارة الصحة لشؤون المستشفيات إن الأسرة متوفرة.")


def test_a_body_named_after_sidi_joins_its_full_name() -> None:
    # `سيدي` is a title without the article: `جامعة سيدي محمد بن عبد الله` shortened keeps the key of its full name
    keys = entity_keys("وتصدرت جامعة سيدي محمد بن عبد الله بفاس الترتيب. وقال رئيس جامعة سيدي محمد إن النتائج مشجعة.")
    assert keys["جامعة سيدي محمد"] == keys["جامعة سيدي محمد بن عبد الله بفاس"]  # the university with its town (`join_bodies`)
