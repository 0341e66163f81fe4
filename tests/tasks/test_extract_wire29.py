"""What the twenty-ninth unseen gold set (`tests/gold/wire29.json`, TAP, MAP, APS, AMI, QNA, KUNA and BNA style) found
missing at its first score, each written from the dispatch's own sentence: bodies named inside or before brackets, courts
told apart by their ordinal or named for themselves, a regional officer's province, the Maghreb's keeper of the seals; and
the bodies that are none, read with them on ANT's news and ANERcorp's dev split (a management, a group of things)."""

from __future__ import annotations

import pytest
from articles import entity_keys, entity_labels, mentions


def test_a_bodys_bracketed_short_name_is_its_own_not_a_name_inside_it() -> None:
    # `للأمم المتحدة` inside FAO's name had given `(الفاو)` the UN's key
    keys = entity_keys("وتلقت الوزارتان دعما من منظمة الأغذية والزراعة للأمم المتحدة (الفاو) شمل مستلزمات مخبرية.\n"
                       "وقالت الأمم المتحدة إن الوضع صعب.")
    assert keys["الفاو"] == keys["منظمة الأغذية والزراعة للأمم المتحدة"]
    assert keys["الفاو"].isdisjoint(keys["الأمم المتحدة"])


def test_a_unions_football_federation_is_not_the_union() -> None:
    keys = entity_keys("وحصلت الجامعة على موافقة الاتحاد الإفريقي لكرة القدم (كاف) على رفع طاقة المدرجات.\n"
                       "وقال الاتحاد الإفريقي إن القمة ستعقد في أديس أبابا.")
    assert keys["كاف"] == keys["الاتحاد الإفريقي لكرة القدم"]
    assert keys["كاف"].isdisjoint(keys["الاتحاد الإفريقي"])


def test_courts_told_apart_by_their_ordinal_are_two() -> None:
    keys = entity_keys("قضت المحكمة الكبرى الجنائية الأولى اليوم بمعاقبة 3 متهمين بالسجن.\n"
                       "فيما تنظر المحكمة الكبرى الجنائية الثالثة يوم 12 ديسمبر المقبل قضية مماثلة.")
    assert keys["المحكمة الكبرى الجنائية الأولى"].isdisjoint(keys["المحكمة الكبرى الجنائية الثالثة"])
    # a rank is no body: `احتل الفريق المركز الثالث`; nor an ordinal of the other gender, the clause's count (ANT's news)
    assert entity_labels("واحتل الفريق المركز الثالث في الترتيب العام.") == []
    assert ("المنتخب المصري", "ORG") in entity_labels("وكانت المباراة تجربة قبل دخول المنتخب المصري الخامسة مساء الجمعة مباراته.")


def test_a_court_with_a_name_of_its_own_is_where_it_sits_not_of_it() -> None:
    entities = entity_labels("أصدر القطب الجزائي الاقتصادي والمالي لدى محكمة سيدي امحمد بالجزائر العاصمة، اليوم الثلاثاء، حكما.")
    assert ("محكمة سيدي امحمد", "ORG") in entities and ("الجزائر العاصمة", "LOC") in entities
    # a court named by its kind keeps its town (`المحكمة الابتدائية بقفصة`, issue 16)
    assert ("محكمة الاستئناف بنابل", "ORG") in entity_labels("وقررت محكمة الاستئناف بنابل تأجيل القضية.")


def test_a_regional_officers_province_is_his_not_the_ministrys() -> None:
    entities = entity_labels("من جهته، أكد المدير الإقليمي لوزارة التجهيز والماء بإقليم إفران، يونس الحمداوي، في تصريح، أن"
                         " المصالح عبأت 42 كاسحة ثلوج.")
    assert ("وزارة التجهيز والماء", "ORG") in entities and ("إفران", "LOC") in entities


def test_mauritanias_regions_are_places() -> None:
    entities = entity_labels("وستمتد الحملة يوم الاثنين المقبل إلى ولايتي لعصابة والحوض الغربي.")
    assert ("الحوض الغربي", "LOC") in entities


def test_the_keeper_of_the_seals_is_a_title_and_the_name_after_it_speaks() -> None:
    text = 'وقال وزير العدل حافظ الأختام، عبد الرشيد طبي، أمس الاثنين: "استرجاع الأموال المنهوبة يبقى أولوية".'
    entities, quotes = mentions(text)
    assert [e["text"] for e in entities.to_pylist() if e["label"] == "PERSON"] == ["عبد الرشيد طبي"]
    assert [q["speaker"] for q in quotes.to_pylist()] == ["عبد الرشيد طبي"]
    assert ("حافظ الأسد", "PERSON") in entity_labels("وقال الرئيس حافظ الأسد إن البلاد بخير.")


@pytest.mark.parametrize(("text", "entity"), [
    ('وفي تدوينة على حسابه في منصة "إكس"، قال الأمير إن الزيارة ناجحة.', ("إكس", "ORG")),  # a network is its company
    ("وسيكرم الفائزون بجائزة الدولة التقديرية هذا العام.", ("جائزة الدولة التقديرية", "MISC")),
    ("وسيكرم الفائزون بجائزة الدولة التشجيعية هذا العام.", ("جائزة الدولة التشجيعية", "MISC")),
])
def test_a_network_in_marks_and_the_states_prizes(text: str, entity: tuple[str, str]) -> None:
    assert entity in entity_labels(text)


@pytest.mark.parametrize(("text", "entities"), [
    ("أعلنت إدارة الترجي الرياضي التونسي، اليوم الخميس، عن طرح 40 ألف تذكرة.", [("الترجي الرياضي التونسي", "ORG")]),
    # ANT's news: what is managed, and the act of managing, name no administration
    ("وقامت إدارة السجن اليوم بتوزيع الطعام على الأسرى.", []),
    ("حصل على شهادة الدراسات العليا في إدارة الأعمال من جامعة مانشستر.", [("جامعة مانشستر", "ORG")]),
    ("وأكد المالكي أن هناك نقصا كبيرا في إدارة الدولة.", [("المالكي", "PERSON")]),
])
def test_the_management_of_a_club_or_a_thing_is_no_body_of_its_own(text: str, entities: list[tuple[str, str]]) -> None:
    assert entity_labels(text) == entities


def test_an_administration_of_a_field_stays_a_body() -> None:
    assert ("إدارة مكافحة المخدرات", "ORG") in entity_labels("وأعلنت إدارة مكافحة المخدرات ضبط شحنة كبيرة.")
    assert ("إدارة معلومات الطاقة", "ORG") in entity_labels("وقالت إدارة معلومات الطاقة الأمريكية إن المخزونات تراجعت.")


@pytest.mark.parametrize("text", [
    "ويمكن مشاهدة البث عبر الانترنت من خلال مجموعة كاميرات مثبتة في مختلف الأماكن .",  # ANERcorp's dev split
    "واتخذت الحكومة مجموعة خطوات مثيرة للجدل خلال الشهر الماضي.",  # ANT's news
])
def test_a_group_of_things_is_no_body(text: str) -> None:
    assert not any(e["label"] == "ORG" for e in mentions(text)[0].to_pylist())


def test_a_bloc_by_its_number_stays_a_body() -> None:
    assert ("مجموعة السبع", "ORG") in entity_labels("واجتمع وزراء مالية مجموعة السبع في كندا.")


@pytest.mark.parametrize(("text", "body"), [
    ("وقال مدير جهاز الاستخبارات السابق إن التهديد قائم.", "جهاز الاستخبارات"),  # ANT's news: the holder's former office
    ("وأعلن رئيس بلدية طرابلس الأسبق ترشحه للانتخابات.", "بلدية طرابلس"),
])
def test_a_former_office_is_the_holders_not_the_bodys_name(text: str, body: str) -> None:
    assert (body, "ORG") in entity_labels(text)
