"""Canonical keys the tenth session of 2026-12-06 mended, each written here in our own words from what the gold sets'
wrong groups (`tests/gold/wire36.json`) and the ANT slice `[3::5]` showed: bodies every country has one of
(a parliament's chambers, the presidency, the government's presidency, the national library) are each country's own."""

from __future__ import annotations

from articles import entity_keys


def test_each_countrys_house_of_representatives_is_its_own() -> None:
    # BNA's and MAP's `مجلس النواب` had shared one key (`مجلس نواب`), merging Bahrain's chamber with Morocco's
    keys = entity_keys("المنامة في 7 سبتمبر / بنا / ناقش مجلس النواب اليوم مشروع قانون المرور الجديد.",
                       "الرباط 19 دجنبر 2025 (ومع) - صادق مجلس النواب، أمس الخميس، على مشروع قانون المالية.")
    assert len(keys["مجلس النواب"]) == 2


def test_a_chamber_named_with_its_nationality_is_that_countrys() -> None:
    # `مجلس النواب [المصري]`: the adjective had stayed out and the key was every country's
    keys = entity_keys("أقر مجلس النواب المصري الاثنين قانونا جديدا للاستثمار. وقال عضو في مجلس الشيوخ الأمريكي "
                       "إن الاتفاق لن يمر.",
                       "القاهرة في 3 مارس /أ ش أ/ وافق مجلس النواب اليوم على تعديل قانون الضريبة.")
    assert keys["مجلس النواب المصري"] == keys["مجلس النواب"]
    assert "مجلس الشيوخ الأمريكي" in keys and "مجلس الشيوخ" not in keys


def test_the_presidency_of_the_syrian_arab_republic_is_syrias() -> None:
    # `العربية` names no country: the adjective after it says which presidency it is
    keys = entity_keys('ونشرت صفحة "رئاسة الجمهورية العربية السورية" صورا للقاء. وأعلنت رئاسة الجمهورية اللبنانية '
                       "أن الرئيس استقبل الوفد.")
    assert {"رئاسة الجمهورية العربية السورية", "رئاسة الجمهورية اللبنانية"} <= keys.keys()
    assert keys["رئاسة الجمهورية العربية السورية"] != keys["رئاسة الجمهورية اللبنانية"]


def test_a_countrys_national_library_is_no_other_countrys() -> None:
    # NNA's `المكتبة الوطنية` (Lebanon's) and `المكتبة الوطنية الفرنسية` had been one key, or no ORG at all
    keys = entity_keys("بيروت 27 كانون الثاني 2026 /وطنية/ - تسلمت المكتبة الوطنية اليوم 340 مخطوطة، وتطلق ورشة "
                       "لترميمها بالتعاون مع المكتبة الوطنية الفرنسية.")
    assert {"المكتبة الوطنية", "المكتبة الوطنية الفرنسية"} <= keys.keys()
    assert keys["المكتبة الوطنية"] != keys["المكتبة الوطنية الفرنسية"]
