"""Rules of the thirteenth session (2026-12-07), each on sentences of its own, each failing on the code before it (but
the guard parts, which say so)."""

from __future__ import annotations

from articles import entity_labels


def test_a_name_in_marks_after_its_kind_and_what_describes_the_kind() -> None:
    # the name in marks is the entity, its kind and description not (on the 3,783-article ANT slice 85 such rows, about 75
    # right: `منظمة "غرينبيس"` had been a PERSON, `المؤسسة العربية للاتصالات الفضائية "عرب سات"` nothing)
    found = entity_labels('وتنظم الرحلة شركة السياحة الإيطالية "فيا مارينا" منذ سنوات.')
    assert ("فيا مارينا", "ORG") in found
    assert ("سنابل الخير", "ORG") in entity_labels('وقالت رئيسة تعاونية "سنابل الخير" إن الإنتاج ارتفع.')
    assert ("رمال الغروب", "MISC") in entity_labels('وعرض المهرجان الفيلم المغربي «رمال الغروب» أمس.')
    assert ("كيو إكس 9", "MISC") in entity_labels('واشترت الشركة 12 طائرة من طراز "كيو إكس 9" العام الماضي.')
    assert ("نبض", "MISC") in entity_labels("ويمكن للمواطنين التسجيل عبر المنصة الرقمية «نبض» منذ أمس.")


def test_marks_after_a_kind_that_hold_no_name() -> None:
    # guards (they held before the rule too): what a body did or is said to be, in marks; a team's nickname; a headline
    found = entity_labels('وأكد المدرب أن الفريق الوطني "أظهر شخصية قوية"، وأن الجمهور ساعده.')
    assert not [t for t, label in found if "أظهر" in t]
    assert not [t for t, label in entity_labels('ونفذت الوحدة عملية إلكترونية "غير مسبوقة" أمس.') if "مسبوقة" in t]
    assert not [t for t, label in entity_labels('وعنونت الصحيفة الخميس "عار على الجميع" على صفحتها الأولى.') if "عار" in t]
    assert not [t for t, label in entity_labels('ويعد منتخب هولندا "الأطول" في البطولة.') if "الأطول" in t]
