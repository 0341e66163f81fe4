"""Rules of the sixteenth session (2026-12-07), read from a blind audit of an unread ANT slice (`i % 25 == 6`) and the
unseen set wire58, each on sentences of its own, each failing on the code before it (but the guard parts, which say so)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from articles import entity_keys, entity_labels, labelled, mentions, speakers

from akhbar.tasks.extract_amounts import find_amounts_in
from akhbar.tasks.extract_dates import find_dates_in


def test_a_brigade_of_the_judicial_police_is_one_body() -> None:
    # `للشرطة` had read as another body the brigade serves, and the name was lost
    found = entity_labels("وأحيل المشتبه فيه على الفرقة الوطنية للشرطة القضائية بالدار البيضاء لتعميق البحث معه.")
    assert ("الفرقة الوطنية للشرطة القضائية", "ORG") in found
    assert ("المنظمة الدولية للشرطة الجنائية", "ORG") in entity_labels("وأصدرت المنظمة الدولية للشرطة الجنائية مذكرة توقيف بحقه.")


def test_a_committee_s_purpose_with_a_plural_in_construct_is_its_name() -> None:
    found = entity_labels("وعقدت اللجنة الولائية لمتابعة مشاريع الاستثمار اجتماعها الدوري بمقر الولاية.")
    assert ("اللجنة الولائية لمتابعة مشاريع الاستثمار", "ORG") in found


def test_and_a_half_after_a_measure_or_a_scale_counts() -> None:
    found = [(a.value, a.unit, a.currency) for a in find_amounts_in(
        "قضت المحكمة بسجنه لمدة 6 سنوات ونصف السنة، وعلى الآخرين ثلاث سنوات ونصف سنة، وقطع 5 كيلومترات ونصف.")]
    assert found == [(6.5, "سنة", None), (3.5, "سنة", None), (5.5, "كيلومتر", None)]
    found = [(a.value, a.currency) for a in find_amounts_in(
        "وبلغت الخسائر 3 ملايين ونصف دولار، ومليار ونصف المليار دولار، ومليونين ونصف المليون دولار، ومليونا ونصف المليون دولار.")]
    assert found == [(3.5e6, "USD"), (1.5e9, "USD"), (2.5e6, "USD"), (1.5e6, "USD")]
    # guard (it held before): a dual alone is two of its scale
    assert [a.value for a in find_amounts_in("ووصل المبلغ إلى مليونا دولار.")] == [2e6]


def test_a_weekday_after_a_meeting_held_for_it_is_the_coming_one() -> None:
    # published on Monday 11 June 2018: the summit `لعقد قمة، الثلاثاء` is the next day, not the Tuesday before
    text = "وصل الرئيس الأميركي دونالد ترامب إلى سنغافورة لعقد قمة، الثلاثاء، قد تمهد لإنهاء المواجهة."
    assert [d.resolved for d in find_dates_in(text, dt.date(2018, 6, 11))] == [dt.date(2018, 6, 12)]


def test_however_that_opens_no_report() -> None:
    # `إلا أنه` (however) after `أعلن … ركلة جزاء` had made the referee's change of mind his statement
    quotes = mentions("وفي الدقيقة 17 أعلن الحكم الصربي مازيش ركلة جزاء للسنغال بعد عرقلة مانيه، إلا أنه تراجع عن قراره بعد "
                      "لجوئه إلى تقنية الفيديو.")[1].to_pylist()
    assert quotes == []
    # a report that follows the contrast is found with its own verb and speaker
    quotes = mentions("وكشف الإعلان عن تورط حمادة هلال في جريمة قتل، إلا أنه شدد على أن هناك أكثر من أمر سيتورط به البطل.")[1]
    assert [(q["speaker"], q["verb"]) for q in quotes.to_pylist()] == [("حمادة هلال", "شدد")]


def test_a_news_agency_named_in_marks_is_its_name_alone() -> None:
    # `وكالة الأنباء` had been an ORG of its own, one key for every agency so written
    found = entity_labels('وبحسب ما نقلت وكالة الأنباء "شينخوا"، فإن اللجنة المركزية تقدمت بالطلب.')
    assert ("شينخوا", "ORG") in found and ("وكالة الأنباء", "ORG") not in found
    quotes = mentions('وقالت وكالة الأنباء "بترا" إن الملك استقبل الوفد.')[1].to_pylist()
    assert [q["speaker"] for q in quotes] == ["بترا"]
    # guard (it held before): an agency named by its country is a name
    assert ("وكالة الأنباء الألمانية", "ORG") in entity_labels("ونقلت وكالة الأنباء الألمانية عن مصدر قوله.")


def test_the_capital_s_club_is_no_name() -> None:
    found = entity_labels("ولم يتمكنا من الوصول إلى شباك نادي العاصمة، ثم نجح صاحب الأرض في التسجيل.")
    assert not [surface for surface, label in found if label == "ORG"]
    # guard (it held before): the Algiers club of that name is one
    assert ("اتحاد العاصمة", "ORG") in entity_labels("ويلعب اتحاد العاصمة ضد وفاق سطيف.")


def test_the_players_a_cup_is_for_make_another_event() -> None:
    keys = entity_keys("وفاز المغرب بكأس الأمم الأفريقية لكرة القدم للاعبين المحليين.",
                       "وتأهل المنتخب إلى نهائيات كأس الأمم الأفريقية لكرة القدم.")
    assert "كأس الأمم الأفريقية لكرة القدم للاعبين المحليين" in keys
    assert keys["كأس الأمم الأفريقية لكرة القدم للاعبين المحليين"].isdisjoint(keys["كأس الأمم الأفريقية لكرة القدم"])


def test_a_source_at_a_body_written_with_a_glued_preposition_keeps_the_body() -> None:
    assert speakers("وقال مصدر بالرئاسة الفرنسية إن مقاتلات شاركت في الضربات.") == ["مصدر بالرئاسة الفرنسية"]
    assert speakers("وقال أعلى مسؤول في الاتحاد الأوروبي إن الأزمة تهدد الاستقرار.") == ["أعلى مسؤول في الاتحاد الأوروبي"]


def test_reminding_that_reports_and_reminding_someone_does_not() -> None:
    quotes = mentions("وقال الوزير إن الوضع مستقر، مذكرا بأن لجنة الطعون كانت قد رفضت الملفات.")[1].to_pylist()
    assert [(q["speaker"], q["verb"]) for q in quotes] == [("الوزير", "وقال"), ("الوزير", "مذكرا")]
    # guards: whom one reminds is no speaker, and words in marks before `مذكرا` are no quotation of it
    assert mentions("ورد تيتي على سخرية الرئيس الأمريكي، دونالد ترامب، مذكراً إياه بأن البرازيل لديها خمسة ألقاب.")[1].num_rows == 0
    assert mentions('طلب ليبرمان من روسيا "رد الجميل"، بانتهاج سياسة أكثر دعما، مذكرا بقرار حكومته.')[1].num_rows == 0


def test_a_member_named_after_his_body_is_a_person_of_his_own() -> None:
    text = "وشهد الاجتماع نقاشا إذ قال عضو الجمعية العمومية عبدالرحمن فهد المطيري «وعدنا بأن يكون الاستاد جاهزا»."
    assert ("عبدالرحمن فهد المطيري", "PERSON") in entity_labels(text)
    assert speakers(text) == ["عبدالرحمن فهد المطيري"]


def test_a_name_in_marks_inside_the_speaker_s_phrase_is_no_quotation() -> None:
    text = 'من جهته، قال مالك سفينة الصيد "الفجر"، المبروك أبوشعالة: "أنفقنا أكثر من 900 ألف دينار على تجهيز السفينة".'
    quotes = mentions(text)[1].to_pylist()
    assert [(q["quote"][:6], q["speaker"]) for q in quotes] == [("أنفقنا", "المبروك أبوشعالة")]
    # guard (it held before): a quotation in marks before another's words stays one
    quotes = mentions('حيث قال مستخدم إن "المخلوقات الفضائية قادمة"، بينما تساءل آخر مازحا: "هل الطبق الطائر يغادر؟".')[1]
    assert len(quotes) == 2


def test_the_customs_official_is_the_official_named_before() -> None:
    text = ("وأوضح المدير العام للجمارك، محمد ولد أحمد سالم، أن العائدات ارتفعت. / وقال المسؤول الجمركي: «لن نتساهل مع "
            "شبكات التهريب»")
    assert speakers(text.replace(" / ", "\n\n")) == ["محمد ولد أحمد سالم", "محمد ولد أحمد سالم"]


def test_a_first_name_no_lexicon_knows_before_a_father_s_given_name_after_a_role_is_the_name_s() -> None:
    assert ("جبار علي اللعيبي", "PERSON") in entity_labels('وقال وزير النفط جبار علي اللعيبي إن "التزام المنتجين ساهم في إنقاذ السوق".')
    assert ("مي علي ندى", "PERSON") in entity_labels("وفي هذه الحلقة تبتكر الفنانة المصرية مي علي ندى طريقة جديدة للرسم.")
    # guards: a word with a clitic or a pronoun, or after a preposition, stays outside
    assert ("أنطونيو غوتيريس", "PERSON") in entity_labels("كما دعا الأمين العام للمنظمة أنطونيو غوتيريس دول العالم إلى التحرك.")
    assert ("جون ستونز", "PERSON") in entity_labels("ويلعب هندرسون في الوسط المدافع إلى جوار جون ستونز في المباراة.")


def test_a_weekday_in_a_forecast_is_the_coming_one() -> None:
    # published on Tuesday 14 January 2025: the fog expected `مساء الأربعاء وصباح يوم الخميس` is the next days'
    text = "وأضاف أن الضباب مرشح للتكون مجددا مساء الأربعاء وصباح يوم الخميس، مع انخفاض درجات الحرارة."
    assert [d.resolved for d in find_dates_in(text, dt.date(2025, 1, 14))] == [dt.date(2025, 1, 15), dt.date(2025, 1, 16)]
    text = "ومن المتوقع أن يعقد مجلس الاحتياطي مؤتمرا صحفيا الأربعاء."
    assert [d.resolved for d in find_dates_in(text, dt.date(2018, 6, 11))] == [dt.date(2018, 6, 13)]
    # guard: `كما هو متوقع` (as expected) tells of what happened
    text = "وكما هو متوقع، أعربت السعودية وقطر السبت عن تأييدهما للضربات."
    assert [d.resolved for d in find_dates_in(text, dt.date(2018, 4, 15))] == [dt.date(2018, 4, 14)]


def test_a_mission_is_no_one_s_name_after_a_role() -> None:
    text = 'وقالت رئيسة بعثة المنظمة الدولية للهجرة في موريتانيا، آنا لوسيا ماركيز، إن البرنامج "يقدم بديلا آمنا".'
    assert speakers(text) == ["آنا لوسيا ماركيز"]


def test_a_ministry_of_communications_and_information_technology_is_one() -> None:
    found = entity_labels("أعلنت وزارة الاتصالات وتكنولوجيا المعلومات اليوم أن المسرعة ستقبل 20 شركة.")
    assert ("وزارة الاتصالات وتكنولوجيا المعلومات", "ORG") in found


def test_a_name_to_the_father_takes_the_family_nisba_that_agrees_with_it() -> None:
    assert speakers("وقالت الزائرة مريم بنت علي البلوشية إن الكتب كثيرة.") == ["مريم بنت علي البلوشية"]
    # guard: an adjective of another gender is no family name (`محمد بن سلمان [الانفتاحية]`: his policies)
    found = entity_labels("وتشمل سياسات ولي العهد محمد بن سلمان الانفتاحية قطاع الترفيه.")
    assert ("محمد بن سلمان", "PERSON") in found


def test_a_maghreb_given_name_with_the_article_in_apposition_speaks() -> None:
    text = "من جهته، أفاد رئيس اتحاد الناشرين التونسيين، الطيب الورتاني، بأن كلفة الورق ارتفعت."
    assert speakers(text) == ["الطيب الورتاني"]


def test_a_governorate_after_and_is_the_region_not_its_town() -> None:
    keys = entity_keys("الرابط بين الرياض ومحافظة القريات بمنطقة الجوف.", "وتبدأ الرحلة بين الرياض والقريات من 150 ريالا.")
    assert len(keys["القريات"]) == 2  # `و` before the kind had hidden it: one key for the governorate and the town


def test_an_upper_dam_is_another_dam() -> None:
    keys = entity_keys("وتتواصل أشغال تعلية سد ملاق العلوي بولاية الكاف، فيما يشهد سد ملاق تراجعا في مخزونه.")
    assert "سد ملاق العلوي" in keys and keys["سد ملاق العلوي"].isdisjoint(keys["سد ملاق"])


def test_communes_counted_after_their_kind_may_open_with_a_pass_and_end_before_a_future_verb() -> None:
    found = labelled("وقال إن هذا الخط سيفك العزلة عن بلديات ثنية الحد ولرجام وخميستي، وسيسهل تنقل الطلبة.", "LOC")
    assert found == ["ثنية الحد", "لرجام", "خميستي"]


def test_a_budget_s_year_is_no_purpose_of_the_body() -> None:
    keys = entity_keys("ووافق المجلس على ميزانية بلدية الكويت للسنة المالية المقبلة.", "وقال المدير العام لبلدية الكويت إن العمل مستمر.")
    assert ("بلدية الكويت" in keys and "بلدية الكويت للسنة المالية" not in keys)


def test_since_a_month_is_the_last_such_month_up_to_publication() -> None:
    # published on 3 September 2024: `منذ جانفي` is January 2024 (the nearest January had been read, 2025)
    assert [d.resolved for d in find_dates_in("صدر المركب 47 شحنة منذ جانفي.", dt.date(2024, 9, 3))] == [dt.date(2024, 1, 1)]
    assert [d.resolved for d in find_dates_in("ارتفعت الأسعار منذ شهر ديسمبر.", dt.date(2024, 1, 10))] == [dt.date(2023, 12, 1)]


def test_a_range_in_words_shares_its_second_number_s_scale_and_unit() -> None:
    found = [(a.value, a.unit) for a in find_amounts_in("وسيتكلف الاستاد بين خمسة وسبعة مليارات جنيه.")]
    assert found == [(5e9, "جنيه"), (7e9, "جنيه")]
    # guard (it held before): without a scale the first is itself
    assert [a.value for a in find_amounts_in("وأصيب بين ثلاثة وخمسة أشخاص.")] == [3.0, 5.0]


def test_a_club_s_management_is_the_club() -> None:
    keys = entity_keys("وأعلنت إدارة نادي الهلال تعاقدها مع المدرب الجديد، وقال نادي الهلال إن العقد لموسمين.")
    assert set(keys) == {"نادي الهلال"}


def test_a_category_in_brackets_is_no_short_name() -> None:
    keys = entity_keys("كرة اليد/كأس الجزائر (أكابر رجال): مولودية الجزائر يتوج باللقب على حساب جمعية الأبيار.")
    assert "أكابر رجال" not in keys and keys["كأس الجزائر"].isdisjoint({"اكبر رجل"})


def test_a_club_named_by_a_word_and_its_town_is_that_word_with_the_article_alone() -> None:
    # the handball cup final of wire61 (`tests/gold/wire61.json`), as written: the club named in full, then `المولودية`
    gold = json.loads((Path(__file__).parents[1] / "gold" / "wire61.json").read_text(encoding="utf-8"))
    text = next(d["text"] for d in gold["documents"] if d["id"].startswith("wire61-04"))
    keys = entity_keys(text)
    assert keys["المولودية"] == keys["مولودية الجزائر"]


def test_a_month_of_a_year_named_after_it_is_that_year_s() -> None:
    text = "فرضت حالة الطوارئ منذ يوليو/تموز من عام 2016، وتراجعت الأسعار في يناير من العام الماضي."
    found = [(d.start, d.end, d.resolved) for d in find_dates_in(text, dt.date(2018, 5, 10))]
    assert [(text[s:e], r) for s, e, r in found] == [("يوليو/تموز من عام 2016", dt.date(2016, 7, 1)),
                                                      ("يناير من العام الماضي", dt.date(2017, 1, 1))]
    text = "وقع الهجوم في 19 ديسمبر من عام 2016، وأقيل في التاسع من مايو من العام الماضي."
    found = [(text[d.start : d.end], d.resolved) for d in find_dates_in(text, dt.date(2018, 5, 10))]
    assert found == [("19 ديسمبر من عام 2016", dt.date(2016, 12, 19)), ("التاسع من مايو من العام الماضي", dt.date(2017, 5, 9))]
