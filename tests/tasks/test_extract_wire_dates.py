"""Dates and amounts as Maghreb and Gulf wires write them: bare years, periods, months without a year, datelines,
digits behind a clitic, durations and ranges (issue 16, points 1 and 2). Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from akhbar.tasks.extract_amounts import find_amounts_in
from akhbar.tasks.extract_dates import find_dates_in

PUBLISHED = dt.date(2019, 12, 12)  # a Thursday in December


def dates(text: str, published: dt.date = PUBLISHED) -> list[tuple[str, str, dt.date | None]]:
    return [(text[d.start : d.end], d.granularity, d.resolved) for d in find_dates_in(text, published)]


def amounts(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(text[a.start : a.end], a.value, a.unit, a.currency) for a in find_amounts_in(text)]


def year(y: int) -> dt.date:
    return dt.date(y, 1, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("وتراجعت الصادرات منذ 2011 بشكل لافت", [("2011", "year", year(2011))]),
    ("وسيتم تنفيذ المشروع خلال ٢٠٢١ حسب الوزارة", [("٢٠٢١", "year", year(2021))]),
    ("وتعود الوثيقة إلى مطلع 1987", [("1987", "year", year(1987))]),
    ("وهو مخطط يمتد حتى أفق 2030", [("2030", "year", year(2030))]),
    ("وأعدت الميزانية ل2020 على أساس سعر أدنى", [("2020", "year", year(2020))]),  # the clitic glued
    ("ويضم الفريق لاعبين من مواليد 1999 و2001", [("1999", "year", year(1999)), ("2001", "year", year(2001))]),
    ("وفي 2016 وقعت الحكومة الاتفاق", [("2016", "year", year(2016))]),  # a verb after the year
    ("وصادق المجلس خلال 2019 على 2040 مقترحاً وعلى 1960 وثيقة", [("2019", "year", year(2019))]),  # then amounts
])  # fmt: skip
def test_bare_years_after_a_word_of_time(text: str, expected: list) -> None:
    assert dates(text) == expected


def test_a_number_is_a_date_or_an_amount_never_both() -> None:
    text = "ومنذ 2015 وزعت الجمعية 1980 حقيبة و2100 طن من المساعدات"
    assert dates(text) == [("2015", "year", year(2015))]
    assert [(a, v) for a, v, _, _ in amounts(text)] == [("1980 حقيبة", 1980.0), ("2100 طن", 2100.0)]  # was none
    assert amounts("وارتفع عدد المنخرطين منذ ٢٠١٧ ول2018") == []
    assert [a[:2] for a in amounts("وصادق المجلس على 2040 مقترحا")] == [("2040 مقترحا", 2040.0)]  # no word of time


@pytest.mark.parametrize(("text", "expected"), [
    ("وتنتظم الانتخابات في العام المقبل", [("العام المقبل", "year", year(2020))]),
    ("وتراجع العجز خلال السنة المنقضية", [("السنة المنقضية", "year", year(2018))]),
    ("وهي توقعات البنك لالعام القادم", [("لالعام القادم", "year", year(2020))]),
    ("وسجل الميزان فائضا هذه السنة", [("هذه السنة", "year", year(2019))]),
    ("وعرفت البورصة نموا هذا العام", [("هذا العام", "year", year(2019))]),
    ("وستنعقد الدورة الأسبوع المقبل", [("الأسبوع المقبل", "week", dt.date(2019, 12, 16))]),
    ("واستقبل الوزير الأسبوع الماضي وفدا", [("الأسبوع الماضي", "week", dt.date(2019, 12, 2))]),
    ("وتتواصل الحملة خلال الأسبوع الجاري", [("الأسبوع الجاري", "week", dt.date(2019, 12, 9))]),
    # `العام` after a masculine definite noun is `general`, not after a feminine one
    ("وقدم الأمين العام الحالي استقالته قبل الانتخابات البلدية العام المقبل", [("العام المقبل", "year", year(2020))]),
])  # fmt: skip
def test_relative_years_and_weeks(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتم الإعلان عن النتائج في شهر شتنبر المنقضي", [("شهر شتنبر المنقضي", "month", dt.date(2019, 9, 1))]),
    ("وينطلق الموسم في شهر يوليوز", [("شهر يوليوز", "month", dt.date(2019, 7, 1))]),
    ("وتنتهي الأشغال نهاية فبراير", [("فبراير", "month", dt.date(2020, 2, 1))]),  # the nearest: ahead
    ("وقد تراجعت الأسعار منذ أكتوبر", [("أكتوبر", "month", dt.date(2019, 10, 1))]),
    ("وارتفعت المبيعات في غشت الماضي", [("غشت الماضي", "month", dt.date(2019, 8, 1))]),
    ("وستعرض الحصيلة في دجنبر المقبل", [("دجنبر المقبل", "month", dt.date(2020, 12, 1))]),
])  # fmt: skip
def test_months_alone_or_with_a_modifier(text: str, expected: list) -> None:
    assert dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتنطلق الحملة يوم 15 جانفي", [("15 جانفي", "day", dt.date(2020, 1, 15))]),  # next January, not last
    ("وعقد المؤتمر يوم 20 نونبر", [("20 نونبر", "day", dt.date(2019, 11, 20))]),
    ("وتم توقيف المتهم يوم 9 فبراير الماضي", [("9 فبراير الماضي", "day", dt.date(2019, 2, 9))]),
    ("ويبدأ العمل بالقرار في غرة مارس", [("غرة مارس", "day", dt.date(2020, 3, 1))]),
])  # fmt: skip
def test_a_day_and_month_without_a_year_is_the_nearest(text: str, expected: list) -> None:
    assert dates(text) == expected


def test_a_weekday_after_until_looks_forward() -> None:
    assert dates("وتبقى الطريق مغلقة حتى صباح الاثنين") == [("الاثنين", "day", dt.date(2019, 12, 16))]
    assert dates("ووصل الوفد صباح الاثنين") == [("الاثنين", "day", dt.date(2019, 12, 9))]  # the past, as before


def test_a_kuna_dateline_is_a_day() -> None:
    text = "الرياض - 10 - 12 (كونا) -- أعلنت الهيئة"
    assert dates(text) == [("10 - 12", "day", dt.date(2019, 12, 10))]
    assert amounts(text) == []  # were 10 and 12


@pytest.mark.parametrize(("text", "expected"), [
    ("وبيعت الشحنة ب320 ألف دينار", [("320 ألف دينار", 320000.0, "دينار", None)]),  # was 1000
    ("وقدر الإنتاج ب2.7 مليون برميل", [("2.7 مليون برميل", 2.7e6, "برميل", None)]),
    ("وتبلغ الكلفة ب٤٢ مليار ريال", [("٤٢ مليار ريال", 42e9, "ريال", None)]),
    ("وتراجعت المبيعات ب9 بالمائة", [("9 بالمائة", 9.0, "%", None)]),
    ("وارتفعت الأسعار ب2ر7 بالمائة", [("2ر7 بالمائة", 7.2, "%", None)]),  # the wire's decimal behind `ب`
    ("وبلغ سعر اللتر بـ1,450 دينار", [("1,450 دينار", 1.45, "دينار", None)]),  # three decimals behind `بـ`
    ("وقدمت 412 قائمة و97 قائمة مستقلة", [("412 قائمة", 412.0, None, None), ("97 قائمة", 97.0, None, None)]),
])  # fmt: skip
def test_digits_glued_to_a_clitic(text: str, expected: list) -> None:
    assert amounts(text) == expected


def test_digits_after_a_glued_and() -> None:
    assert [a[:2] for a in amounts("وشارك 35 فريقا و412 لاعبا")] == [("35 فريقا", 35.0), ("412 لاعبا", 412.0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وصدر حكم بالسجن سبع سنوات", [("سبع سنوات", 7.0, "سنة", None)]),
    ("وتمتد الأشغال عشر سنوات", [("عشر سنوات", 10.0, "سنة", None)]),
    ("وأمهلت الشركة أربعة أشهر", [("أربعة أشهر", 4.0, "شهر", None)]),
    ("وقال أحد المسؤولين إن خمس الميزانية يذهب للأجور منذ ست سنوات", [("ست سنوات", 6.0, "سنة", None)]),  # `a fifth`
])  # fmt: skip
def test_durations_are_amounts(text: str, expected: list) -> None:
    assert amounts(text) == expected


def test_a_range_shares_its_unit() -> None:
    assert amounts("ويتراوح السعر بين 40 و55 دينارا") == [("40", 40.0, "دينار", None), ("55 دينارا", 55.0, "دينار", None)]
    assert [a[1:] for a in amounts("بين 3 و4 ملايين دولار")] == [(3e6, "دولار", "USD"), (4e6, "دولار", "USD")]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # wire9 (Petra, SANA): the day as an ordinal word, `من` and the month
    ("وتستمر حتى السابع من تشرين الأول المقبل في المركز.", dt.date(2023, 9, 27), [("السابع من تشرين الأول المقبل", dt.date(2023, 10, 7))]),
    ("أغلقت باب التسجيل في الخامس عشر من آب الماضي.", dt.date(2023, 9, 27), [("الخامس عشر من آب الماضي", dt.date(2023, 8, 15))]),
    ("الزلزال الذي ضرب المنطقة في السادس من شباط 2023، لافتا.", dt.date(2024, 5, 16), [("السادس من شباط 2023", dt.date(2023, 2, 6))]),
    ("ويبدأ في الحادي والعشرين من مارس المقبل.", PUBLISHED, [("الحادي والعشرين من مارس المقبل", dt.date(2020, 3, 21))]),
    ("وارتفع خلال النصف الأول من 2024.", PUBLISHED, [("2024", dt.date(2024, 1, 1))]),  # half a year, no day
    # wire9 (WAM): a range's first day takes the year the range ends with; a December before a January, the year before
    ("نفذت في الفترة من 10 يناير إلى 28 فبراير 2023 حملة.", dt.date(2024, 1, 23),
     [("10 يناير", dt.date(2023, 1, 10)), ("28 فبراير 2023", dt.date(2023, 2, 28))]),
    ("من 20 ديسمبر حتى 5 يناير 2024", dt.date(2024, 3, 1), [("20 ديسمبر", dt.date(2023, 12, 20)), ("5 يناير 2024", dt.date(2024, 1, 5))]),
    # wire9 (SPA): a weekday right before the date it names is that date, not the last such weekday
    ("ويستمر حتى يوم السبت 10 أغسطس المقبل.", dt.date(2024, 7, 31), [("يوم السبت 10 أغسطس المقبل", dt.date(2024, 8, 10))]),
])
def test_ordinal_days_ranges_and_a_weekday_with_its_date(text: str, published: dt.date, expected: list) -> None:
    assert [(t, resolved) for t, _, resolved in dates(text, published)] == expected


# Hijri days and months without their year, by the Umm al-Qura calendar (Ramadan 1441 began on 24 April 2020; 1440's on
# 6 May 2019; Rabi al-Thani 1441 on 28 November 2019).
@pytest.mark.parametrize(("text", "expected"), [
    ("وتستمر الفعاليات حتى العاشر من رمضان المقبل", [("العاشر من رمضان المقبل", "day", dt.date(2020, 5, 3))]),
    ("وتتواصل السوق حتى 10 رمضان المقبل", [("10 رمضان المقبل", "day", dt.date(2020, 5, 3))]),
    ("وارتفعت الأسعار خلال شهر رمضان الماضي", [("شهر رمضان الماضي", "month", dt.date(2019, 5, 6))]),
    ("وقد انطلقت الحملة في شهر ربيع الثاني الجاري", [("شهر ربيع الثاني الجاري", "month", dt.date(2019, 11, 28))]),
    ("في عددها لشهر شعبان 1390 هـ", [("لشهر شعبان 1390", "month", dt.date(1970, 10, 2))]),
    ("وفاز الفريق 3 صفر على ضيفه", []),  # a score
    ("وقال رمضان الشريف إن الموسم جيد", []),  # a man
    ("ويتوقع المنتجون موسما جيدا لهذا العام", [("لهذا العام", "year", year(2019))]),
    ("نواكشوط 16 دجمبر 2024 (و م أ) - افتتح", [("16 دجمبر 2024", "day", dt.date(2024, 12, 16))]),
    ("وانطلقت الحملة في 5 أغشت", [("5 أغشت", "day", dt.date(2019, 8, 5))]),  # the nearest
])
def test_hijri_dates_without_their_year_and_mauritanian_months(text: str, expected: list) -> None:
    assert dates(text) == expected


def test_a_weekday_after_starting_from_is_the_coming_one() -> None:
    # published on Thursday 12 December 2019
    assert dates("وستعلق الشركة رحلاتها اعتبارا من الاثنين") == [("الاثنين", "day", dt.date(2019, 12, 16))]
    assert dates("وتغلق المدارس ابتداء من يوم الخميس") == [("يوم الخميس", "day", dt.date(2019, 12, 12))]
    assert dates("وأغلقت المدارس يوم الاثنين") == [("يوم الاثنين", "day", dt.date(2019, 12, 9))]  # the past, as before


def test_a_dinar_abbreviated_after_its_millimes() -> None:
    assert amounts("وحدد سعر التذكرة ب3,750 د، فيما يبقى الدخول مجانيا للأطفال") == [("3,750 د", 3.75, "دينار", None)]
    assert amounts("وأكد د. سالم أن 3 د قليلة") == [("3", 3.0, None, None)]  # `د` after no millimes says nothing


def test_a_weekday_after_a_verb_in_the_future_is_ahead() -> None:
    # published on a Thursday: the coming Sunday, not the last
    assert dates("وسيواجه الفريق منافسه يوم الأحد على ملعبه.")[0][2] == dt.date(2019, 12, 15)
    assert dates("وسيتم رفع الحظر مساء الاثنين.")[0][2] == dt.date(2019, 12, 16)
    # a lady (`سيدة`) is no verb: the last Sunday
    assert dates("وقالت سيدة من الحي يوم الأحد إن الماء انقطع.")[0][2] == dt.date(2019, 12, 8)
    # the verb ten words before; but a clause of the past between turns back (`التي أجريت`), not the afternoon (`بعد ظهر`)
    assert dates("وسيلتقي المنتخب الوطني في الدور الثاني من التصفيات الإفريقية نظيره المالي يوم الأحد.")[0][2] == dt.date(2019, 12, 15)
    assert dates("وسيلعب الفريق في الدور الثاني وفق القرعة التي أجريت يوم الأحد.")[0][2] == dt.date(2019, 12, 8)
    assert dates("وسيؤدي النواب اليمين بعد ظهر الاثنين.")[0][2] == dt.date(2019, 12, 16)


def test_a_dinar_range_reads_both_numbers_with_three_decimals() -> None:
    assert [a[1] for a in amounts("وتتراوح الزيادة بين 24,500 و38,800 دينارا حسب الأصناف.")] == [24.5, 38.8]
    assert [a[1] for a in amounts("وتراوحت الأسعار بين 2,500 و3,200 دولار.")] == [2500.0, 3200.0]


def test_a_verb_or_a_pronoun_after_a_number_is_not_what_it_counts() -> None:
    assert amounts("وصوت 52 عضوا من أصل 58 حضروا الجلسة.")[1][0] == "58"
    assert amounts("وتلقت المحكمة 24 طعنا فصلت في ١٨ منها.")[1][0] == "١٨"
    assert amounts("وشاركت 14 آلية في إخماد الحريق.")[0][0] == "14 آلية"  # a vehicle, not `إليه`


def test_ten_after_an_ordinal_is_no_amount_twelve_is_twelve() -> None:
    assert amounts("وافتتحت الدورة الحادية عشرة للمهرجان، فيما حل الفريق في المركز السادس عشر.") == []
    assert [a[1] for a in amounts("وشارك اثنا عشر فريقا و اثنتي عشرة دولة.")] == [12.0, 12.0]
    assert amounts("وأثنى المدرب على لاعبيه.") == []  # `أثنى`, praised, is spelled as `اثني`
