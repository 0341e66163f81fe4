"""A region and the town it is named for are two places (`tests/gold/README.md`, "Canonical groups", the rule of
2026-12-07): the name after its kind, its governor or a regional officer is the region, every other mention the town."""

from __future__ import annotations

from articles import mentions


def keys_in_order(text: str) -> list[tuple[str, str]]:
    """Each entity of the one document `text` as (surface, canonical), in order."""
    return [(e["text"], e["canonical"]) for e in mentions(text)[0].to_pylist()]


def keys_of(text: str, name: str) -> list[str]:
    return [key for surface, key in keys_in_order(text) if surface == name]


def test_the_region_after_its_kind_its_governor_or_a_regional_officer_and_the_town_elsewhere() -> None:
    text = ("بنزرت 5 أفريل (وات) - بلغت صابة الحبوب بولاية بنزرت 20 ألف طن هذا الموسم. وأكد والي بنزرت أن التجميع سيتواصل. "
            "وأفاد المدير الجهوي للفلاحة ببنزرت أن الأمطار كانت كافية. وتراجعت الأسعار في الأسواق الأسبوعية ببنزرت.")
    dateline, kind, governor, officer, market = keys_of(text, "بنزرت")
    assert kind == governor == officer != dateline == market
    assert kind == "اقليم " + dateline
    # a regional officer's title however long (`wire47.json`), not another title's (`مدير عام الآثار بأسوان`: the town)
    text = ("نابل 17 أكتوبر (وات) - أفاد المدير الجهوي للصناعة والمؤسسات الصغرى والمتوسطة بنابل أن الإنتاج ارتفع. "
            "وأوضح مدير عام الشركة بنابل أن التصدير تواصل.")
    dateline, officer, director = keys_of(text, "نابل")
    assert officer == "اقليم " + dateline and director == dateline


def test_every_name_of_a_list_after_a_dual_or_plural_kind_is_a_region() -> None:
    text = ("الخرطوم 3 مارس (سونا) - انطلقت في ولايتي كسلا والقضارف حملة تطعيم. "
            "وقال مسؤول إن الحملة ستبلغ مدينة كسلا يوم الخميس.")
    keys = dict(keys_in_order(text)[::-1])  # each name's first key
    assert keys["كسلا"].startswith("اقليم ") and keys["القضارف"].startswith("اقليم ")
    assert keys_of(text, "كسلا")[1] == keys["كسلا"].removeprefix("اقليم ")  # `مدينة كسلا`: the town


def test_an_emirate_and_its_city_and_saudi_arabia_s_regions() -> None:
    emirate, city = keys_of("أبوظبي في 2 مايو / وام / أعلنت وزارة الصحة أن إمارة أبوظبي سجلت أعلى معدل.", "أبوظبي")[::-1]
    assert emirate == "اقليم " + city
    assert keys_of("جدة 4 مايو (واس) - انطلق المهرجان بمنطقة جازان أمس.", "جازان")[0].startswith("اقليم ")
    # the heir is of the emirate as its ruler is
    city, heir = keys_of("دبي في 3 مارس / وام / شهد الشيخ حمدان بن محمد ولي عهد دبي السباق.", "دبي")
    assert heir == "اقليم " + city


def test_a_place_no_region_is_named_for_an_area_and_no_list_of_states() -> None:
    # `منطقة` outside Saudi Arabia is an area of the town, not a region
    assert not keys_of("الكويت - 5 - 3 (كونا) -- افتتحت البلدية حديقة في منطقة الجهراء وأخرى في الجهراء القديمة.",
                       "الجهراء")[0].startswith("اقليم ")
    # a region named for no town keeps one key (`محافظة ظفار`, `ظفار`)
    assert len(set(keys_of("مسقط في 2 يونيو /العمانية/ بدأ موسم الخريف في محافظة ظفار، ويتوقع أن تستقبل ظفار مليون زائر.",
                           "ظفار"))) == 1
    # nor one the list of places named like common words calls a region (`أبين`, I make clear)
    assert len(set(keys_of("عدن 3 مايو (سبأ) - ضبطت قوات خفر السواحل قاربا قبالة سواحل أبين، في مديرية أحور بمحافظة أبين.",
                           "أبين"))) == 1
    # nor a state abroad no list knows (this spelling), placed in its country by the list it is in
    text = "ودفع الإعصار حكام ولايات فرجينيا ونورث كارولاينا إلى إعلان الطوارئ. وضرب الإعصار سواحل نورث كارولاينا أمس."
    assert keys_of(text, "نورث كارولاينا")[0] == "نرث كرلن@US"
    # `الولايات` of `الولايات المتحدة` lists no states
    assert not any(key.startswith("اقليم ") for key in keys_of("وتستقطب الهيئة إنتاجات من الولايات المتحدة وفرنسا والهند.", "فرنسا"))
