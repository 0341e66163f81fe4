"""Organisations by head noun and definite heads with adjectives of kind."""

from __future__ import annotations

import pytest

from akhbar.tasks.extract_orgs import find_definite_orgs, find_orgs
from akhbar.tasks.extract_places import find_places
from akhbar.tasks.extract_sentence import analyse_sentence
from akhbar.tasks.extract_tokens import tokenise


def orgs(text: str) -> list[str]:
    tokens = tokenise(text)
    places, taken = find_places(tokens)
    found, _, _ = find_orgs(tokens, places, taken)
    return [text[o.start : o.end] for o in found]


def test_head_and_definite_name() -> None:
    assert orgs("أعلنت جمعية الأطباء الشبان إضرابا.") == ["جمعية الأطباء الشبان"]


def test_a_team_is_named_without_its_head() -> None:
    assert orgs("فاز فريق الوداد على منافسه.") == ["الوداد"]


def test_a_type_head_before_a_proper_noun_or_a_name_in_marks_or_latin() -> None:
    assert orgs("أطلقت شركة سحاب للحوسبة خدمة جديدة.") == ["سحاب للحوسبة"]
    assert orgs('نشرت صحيفة "ذا هل" التقرير.') == ["ذا هل"]
    assert orgs("قالت محطة KSWB-TV إن الطريق مغلق.") == ["KSWB-TV"]


def test_a_team_named_for_a_place_turns_the_place_into_an_org() -> None:
    text = "فاز فريق ليفربول على منافسه."
    tokens = tokenise(text)
    places, taken = find_places(tokens)
    found, relabelled, taken_after = find_orgs(tokens, places, taken)
    assert found == []
    assert [(text[p.start : p.end], p.label) for p in relabelled] == [("ليفربول", "ORG")]
    assert [p.label for p in places] == ["LOC"]  # the input is left as it was
    assert taken_after == taken == {2}


def test_definite_heads_need_an_adjective_of_kind() -> None:
    def definite(text: str) -> list[str]:
        return [text[o.start : o.end] for o in find_definite_orgs(tokenise(text), frozenset())[0]]

    assert definite("قضت المحكمة العليا بالحكم.") == ["المحكمة العليا"]
    assert definite("عقد المجلس الجديد اجتماعه الأول.") == []  # `الجديد` is an adjective of time
    assert definite("قالت الشركة الأمريكية إن الأرباح ارتفعت.") == []  # a company, not one body
    assert find_definite_orgs(tokenise("قضت المحكمة العليا بالحكم."), frozenset({1}))[0] == []  # `المحكمة` is taken


@pytest.mark.parametrize("sentence, name", [
    ("وناقشت لجنة الصحة والشؤون الاجتماعية والتشغيل المشروع.", "لجنة الصحة والشؤون الاجتماعية والتشغيل"),
    ("وأعلنت الشركة الوطنية لتوزيع البترول عن زيادة.", "الشركة الوطنية لتوزيع البترول"),
    ("وقال مدير مؤسسة قطر للتربية والعلوم إن البرنامج بدأ.", "مؤسسة قطر للتربية والعلوم"),
    ("ونشرت المديرية العامة للأمن الوطني بيانا.", "المديرية العامة للأمن الوطني"),
    ("وأفادت المندوبية السامية لقدماء المقاومين بذلك.", "المندوبية السامية لقدماء المقاومين"),
    ("وصادق مجلس شورى الدولة على التعديل.", "مجلس شورى الدولة"),
])  # fmt: skip
def test_names_of_institutions_run_to_their_purpose(sentence: str, name: str) -> None:
    assert named(sentence) == [name]


def test_a_purpose_alone_or_a_company_that_speaks_names_no_organisation() -> None:
    assert named("وأودع أمواله في شركة لتوظيف الأموال.") == []
    assert named('وقالت إن الشركة "رفضت كل العروض".') == []


def named(text: str) -> list[str]:
    """The organisations of every finder of a sentence's analysis."""
    return [text[e.start : e.end] for e in analyse_sentence(text).entities if e.label == "ORG"]


def test_a_market_or_world_index_is_named_after_its_place_or_purpose() -> None:
    def misc(text: str) -> list[str]:
        return [text[e.start : e.end] for e in analyse_sentence(text).entities if e.label == "MISC"]

    assert misc("وانخفض مؤشر أبوظبي بنسبة 0,6 بالمئة إلى 4845 نقطة.") == ["مؤشر أبوظبي"]
    assert misc("وأظهر المؤشر العالمي للعبودية أن ملايين الأشخاص يعيشون في ظروف قاسية.") == ["المؤشر العالمي للعبودية"]
    # an indicator of something, and an index's move, name nothing
    assert misc("وهذا مؤشر على تحسن أداء الاقتصاد خلال الربع الأول.") == []
    assert "مؤشر الدولار للانخفاض" not in misc("وهو ما دفع مؤشر الدولار للانخفاض 0.2 بالمئة.")


def test_a_national_league_is_an_event_and_a_league_body_an_organisation() -> None:
    def found(text: str) -> list[tuple[str, str]]:
        return [(text[e.start : e.end], e.label) for e in analyse_sentence(text).entities]

    assert ("الدوري الإسباني", "MISC") in found("وفاز الفريق بلقب الدوري الإسباني للمرة الثالثة على التوالي.")
    assert ("الدوري الأوروبي", "MISC") in found("وتأهل الفريق إلى نهائي الدوري الأوروبي بعد فوزه الكبير.")
    # `رابطة` heads a body's name, as `نقابة` does
    assert ("رابطة اللاعبين المحترفين", "ORG") in found("وأعلنت رابطة اللاعبين المحترفين فوز المهاجم بجائزة أفضل لاعب.")
    assert ("رابطة العالم الإسلامي", "ORG") in found("وقال الأمين العام لرابطة العالم الإسلامي إن المؤتمر ناجح.")


def test_a_cooperative_is_named_after_its_head() -> None:
    text = "وأكدت رئيسة تعاونية تاركانت بجماعة تامري أن الإنتاج ارتفع هذا الموسم."
    assert ("تعاونية تاركانت", "ORG") in [(text[e.start : e.end], e.label) for e in analyse_sentence(text).entities]


def test_a_national_side_s_sport_is_no_nickname_and_its_country_stays_a_country() -> None:
    from articles import mentions

    text = "فاز منتخب فرنسا لكرة القدم على بلجيكا.\nوقضى اللاعب طفولته في جنوب فرنسا قبل انتقاله إلى باريس."
    rows = mentions(text)[0].to_pylist()
    assert not [e for e in rows if e["text"].endswith("لكرة")]  # `[فرنسا لكرة] القدم` was one name
    assert [e["label"] for e in rows if e["text"] == "فرنسا"][-1] == "LOC"  # `جنوب فرنسا`: no club


def test_a_town_s_centre_is_no_organisation() -> None:
    text = "وسيطرت القوات على مركز مدينة عفرين صباح الأحد، فيما تقدمت نحو مركز المحافظة."
    found = [(text[e.start : e.end], e.label) for e in analyse_sentence(text).entities]
    assert not [name for name, label in found if label == "ORG"] and ("عفرين", "LOC") in found
