"""Maghreb, Gulf and Jordanian local places (`data/places_ar.tsv`): delegations, provinces, wilayas and governorates
that wire news names alone are places with their country; names that are also common words stay out."""

from __future__ import annotations

import pytest
from articles import mentions


def places(*texts: str) -> dict[str, set[str]]:
    """Each LOC surface the extractor finds in `texts` → the canonical keys it got."""
    found: dict[str, set[str]] = {}
    for e in mentions(*texts)[0].to_pylist():
        if e["label"] == "LOC":
            found.setdefault(e["text"], set()).add(e["canonical"])
    return found


def assert_in(found: dict[str, set[str]], names: list[str], country: str) -> None:
    for name in names:
        assert name in found, f"{name} not found as a place: {sorted(found)}"
        assert all(key.endswith("@" + country) for key in found[name]), (name, found[name])


def test_tunisian_delegations_behind_clitics() -> None:
    found = places(
        "جندوبة 12 مارس (وات) - تضررت عدة مناطق فلاحية بمعتمديات عين دراهم وغار الدماء وفرنانة وطبرقة وبوسالم "
        "جراء الأمطار الغزيرة التي شهدتها الجهة.",
        "وسجلت المندوبية الجهوية للفلاحة بصفاقس خسائر في جبنيانة والعامرة وساقية الزيت وقرقنة، فيما تواصلت "
        "الاحتجاجات في المتلوي وأم العرائس والمظيلة بالحوض المنجمي.",
    )
    assert_in(found, ["عين دراهم", "غار الدماء", "فرنانة", "طبرقة", "بوسالم"], "TN")
    assert_in(found, ["جبنيانة", "العامرة", "ساقية الزيت", "قرقنة", "المتلوي", "أم العرائس", "المظيلة", "الحوض المنجمي"], "TN")


def test_moroccan_provinces_and_towns() -> None:
    found = places(
        "أعلنت السلطات المحلية بإقليم اشتوكة آيت باها أن التساقطات المطرية غمرت عدة دواوير، كما سجلت "
        "أضرار في تيزنيت وإنزكان وتارودانت.",
        "وأفادت السلطات بأن الحادث وقع بين الفنيدق ومرتيل، فيما نقل المصابون إلى العرائش.",
    )
    assert_in(found, ["اشتوكة آيت باها", "تيزنيت", "إنزكان", "تارودانت"], "MA")
    assert_in(found, ["الفنيدق", "مرتيل", "العرائش"], "MA")


def test_algerian_and_libyan_towns() -> None:
    found = places(
        "وتدخلت وحدات الحماية المدنية لولاية بسكرة في طولقة وسيدي عقبة لإجلاء العائلات المتضررة.",
        "واندلعت اشتباكات في تاجوراء وعين زارة جنوب شرق العاصمة، فيما توقف التصدير من موانئ السدرة والزويتينة.",
    )
    assert_in(found, ["طولقة", "سيدي عقبة"], "DZ")
    assert_in(found, ["تاجوراء", "عين زارة", "السدرة", "الزويتينة"], "LY")


def test_gulf_and_jordanian_governorates_and_towns() -> None:
    found = places(
        "مسقط (العمانية) - أغلقت السلطات الطرق في ولايتي الرستاق وصحم بمحافظتي جنوب الباطنة وشمال الباطنة، "
        "كما تأثرت السواحل في محافظة الوسطى.",
        "الرياض (واس) - شهدت محافظات الخرج والدوادمي وحفر الباطن أمطارا غزيرة.",
        "عمان (بترا) - زار الوزير لواء الشونة الجنوبية ومخيم الزعتري.",
    )
    assert_in(found, ["الرستاق", "صحم", "جنوب الباطنة", "شمال الباطنة", "الوسطى"], "OM")  # the kind of place out of the span
    assert_in(found, ["الخرج", "الدوادمي", "حفر الباطن"], "SA")
    assert_in(found, ["الشونة الجنوبية", "الزعتري"], "JO")


@pytest.mark.parametrize(("text", "word"), [
    ("وفازت الشابة التونسية بالميدالية الذهبية.", "الشابة"),  # La Chebba TN: the young woman
    ("وغادر القطار المحطة متأخرا عن موعده.", "القطار"),  # Gtar TN: the train
    ("وتسلق المغامر أعلى جبل على وجه الأرض.", "جبل على"),  # Jebel Ali AE: folds like `جبل على`
    ("وذرف الحاضرون الدموع في الجنازة.", "وذرف"),  # Oudhref TN: `و` + `ذرف`, shed
    ("وثار بركان كيلاويا مجددا.", "بركان"),  # Berkane MA: a volcano
    ("وحذرت السلطات من الفيضانات على الساحلين الشرقي والغربي.", "الساحلين"),  # Sahline TN: the two coasts
    ("ولعب الفريق الرديف مباراته الأولى.", "الرديف"),  # Redeyef TN: the reserve team
])  # fmt: skip
def test_common_words_are_no_places(text: str, word: str) -> None:
    assert not any(word in name for name in places(text)), places(text)
