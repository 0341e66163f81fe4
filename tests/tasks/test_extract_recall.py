"""Rules written from what every wire set (`tests/gold/wire3.json` to `wire14.json`) still missed, read over all of them at
once: mentions never found, the most common reason a canonical group is wrong. Each on sentences of its own."""

from __future__ import annotations

import pytest
from articles import entity_keys, entity_labels, mentions

from akhbar.tasks.extract_canonical import canonical_key


def test_districts_counted_after_egypt_s_and_yemen_s_kinds_of_district() -> None:
    # Egypt's `مراكز` and Yemen's, Iraq's and Syria's `مديريات`, `أقضية`, `نواحي`: districts no gazetteer row has
    assert entity_labels("وتبدأ حملة التطعيم في مراكز الحامول وبيلا ومطوبس اعتبارا من السبت.")[:3] == [
        ("الحامول", "LOC"), ("بيلا", "LOC"), ("مطوبس", "LOC")]
    assert entity_labels("وشملت الأمطار مديريات دوعن وحجر وساه خلال اليومين الماضيين.") == [
        ("دوعن", "LOC"), ("حجر", "LOC"), ("ساه", "LOC")]
    # police stations and education directorates are no places
    assert [t for t, label in entity_labels("وزار المحافظ مراكز الشرطة والإسعاف، والتقى مديريات التربية والصحة.") if label == "LOC"] == []


def test_spellings_of_one_place_share_its_key() -> None:
    # Mauritania's agency writes `انواكشوط`, others `نواكشوط`; `ج` for `غ` is Egypt's way with foreign names
    keys = entity_keys("انواكشوط، 20 أبريل 2025 (و م أ) - وصل الوفد إلى ازويرات أمس.",
                       "وغادر الوزير نواكشوط إلى الزويرات، ثم زار كيجالي وكيغالي وتامنغست وتمنراست.")
    assert keys["انواكشوط"] == keys["نواكشوط"] == {"نكشط@MR"}
    assert keys["ازويرات"] == keys["الزويرات"]
    assert keys["كيجالي"] == keys["كيغالي"] and keys["تامنغست"] == keys["تمنراست"]


def test_a_purpose_of_two_letters_with_its_adjective_ends_a_body() -> None:
    assert ("المعهد الوطني للطب البيطري", "ORG") in entity_labels("وأكد أن اللقاحات التي أنتجها المعهد الوطني للطب البيطري كافية.")
    assert ("المؤسسة العامة للحي الثقافي", "ORG") in entity_labels("وانطلقت مساء أمس بالمؤسسة العامة للحي الثقافي فعاليات المهرجان.")
    # a verbal noun of two letters is the clause's purpose
    assert ("البرلمان المصري", "ORG") in entity_labels("وأقر البرلمان المصري للحد الأقصى للأجور قانونا جديدا.")


def test_a_national_team_named_by_its_nationality() -> None:
    assert ("المنتخب السعودي", "ORG") in entity_labels("ويخوض المنتخب السعودي أولى مبارياته أمام الأردن يوم الخميس.")
    assert ("المنتخب المغربي لكرة القدم", "ORG") in entity_labels("وتأهل المنتخب المغربي لكرة القدم إلى نهائيات كأس العالم.")
    assert ("المنتخب الألماني", "ORG") in entity_labels("وفاز المنتخب الألماني على السويد بهدفين.")
    # any country's team, and the Olympic one, are no names
    assert [t for t, label in entity_labels("وسيدخل المنتخب الوطني معسكرا مغلقا، وأعلن مدرب المنتخب الأولمبي القائمة.")
            if label == "ORG"] == []


def test_germany_s_and_albania_s_adjectives_are_nationalities() -> None:
    # `ألمانيا` begins with letters that read as the article: `الألمانية` describes the company, as `الفرنسية` would
    assert ("فايفر", "ORG") in entity_labels("وقالت شركة فايفر الألمانية إنها ستغلق مصنعها.")


def test_a_name_found_again_wins_over_a_part_of_it_and_speaks() -> None:
    entities, quotes = mentions("وقعت شركة حفيت للقطارات عقدا مع الحكومة العمانية أمس.\n"
                                "وقالت حفيت للقطارات إن التمويل متوفر بالكامل.")
    assert [(e["text"], e["label"]) for e in entities.to_pylist() if e["sentence_id"] == 1] == [("حفيت للقطارات", "ORG")]
    assert quotes.to_pylist()[0]["speaker"] == "حفيت للقطارات"


def test_a_four_digit_count_after_more_than_or_about_is_no_year() -> None:
    from akhbar.tasks.extract_amounts import find_amounts_in

    def values(text: str) -> list[float]:
        return [a.value for a in find_amounts_in(text)]

    assert values("وتنطلق الدورة بمشاركة أكثر من 2000 دار نشر من 30 دولة.") == [2000.0, 30.0]
    assert values("ويعمل نحو 2000 مهندس في المحطة.") == [2000.0]
    assert values("وفي عام 2000 قرر المجلس تعديل القانون.") == []  # a year


def test_a_month_listed_after_another_and_a_year_after_a_season_s_kind_are_dates() -> None:
    import datetime as dt

    from akhbar.tasks.extract_dates import find_dates_in

    def dates(text: str) -> list[tuple[str, str]]:
        return [(text[d.start : d.end], str(d.resolved)) for d in find_dates_in(text, dt.date(2024, 3, 19))]

    assert dates("واعترضت وحداته 41 قاربا خلال شهري يناير وفبراير، مقابل 17 قاربا.") == [
        ("يناير", "2024-01-01"), ("فبراير", "2024-02-01")]
    assert dates("وأطلقت الوزارة الخطة الأمنية لموسم الاصطياف 2024، بمشاركة الحرس.") == [("2024", "2024-01-01")]
    assert dates("وسجل الفريق 2024 نقطة.") == []


def test_a_university_hospital_named_after_a_man_and_the_professor_in_apposition_speaks() -> None:
    entities, quotes = mentions("وأكد رئيس مصلحة طب الأطفال بالمستشفى الجامعي مصطفى باشا، البروفيسور عبد الكريم زروقي، "
                                "أن الحملة ناجحة.")
    assert ("المستشفى الجامعي مصطفى باشا", "ORG") in [(e["text"], e["label"]) for e in entities.to_pylist()]
    assert quotes.to_pylist()[0]["speaker"] == "عبد الكريم زروقي"
    # the mosque's director, a sheikh: no mosque named after him
    assert "المسجد الأقصى الشيخ عمر" not in [e["text"] for e in mentions("وقال مدير المسجد الأقصى الشيخ عمر الكسواني إن "
                                                                          "الأبواب فتحت.")[0].to_pylist()]


def test_a_consultant_is_a_role_and_no_name() -> None:
    quotes = mentions("وأوضحت استشارية أمراض النساء بمجمع السلمانية الطبي الدكتورة مريم الشيراوي أن اللقاح آمن.")[1]
    assert quotes.to_pylist()[0]["speaker"] == "مريم الشيراوي"
    assert [e["text"] for e in mentions("وتعاقدت الوزارة مع شركة استشارية لدراسة المشروع.")[0].to_pylist()] == []


def test_a_university_named_by_its_nationality() -> None:
    assert ("الجامعة الأردنية", "ORG") in entity_labels("وافتتح رئيس الجامعة الأردنية معرضا في عمان.")
    assert ("الجامعة الأمريكية بالقاهرة", "ORG") in entity_labels("ودرس الاقتصاد في الجامعة الأمريكية بالقاهرة.")
    assert [t for t, label in entity_labels("وقالت الشركة الأمريكية إن أرباحها تراجعت.") if label == "ORG"] == []


def test_works_events_and_plans_named_in_marks() -> None:
    found = entity_labels('وتفتتح الجامعة الأردنية معرض "كنوز الأنباط" في متحف الأردن، والافتتاح بمسرحية "ذاكرة الملح".')
    assert ("كنوز الأنباط", "MISC") in found and ("ذاكرة الملح", "MISC") in found
    # the place inside a film's title is no mention of its own
    assert entity_labels('ويعرض فيلم "حيفا في القلب" في الافتتاح.') == [("حيفا في القلب", "MISC")]
    assert ("استراتيجية 2040", "MISC") in entity_labels('وتأتي الخطوة ضمن "استراتيجية 2040" للشركة.')
    assert ("في المرمى", "MISC") in entity_labels('وقال في برنامج "في المرمى": انتهت علاقتي بالنادي.')
    # a slogan, a project named after a place, and a clause in marks are none
    assert entity_labels('ورفع المحتجون شعار "الشعب يريد".') == []
    assert ("نيوم", "LOC") in entity_labels('وقال مدير مشروع "نيوم" إن الأعمال بدأت.')
    assert [label for _, label in entity_labels('ووصف البرنامج بأنه حملة "ناجحة، وإن تأخرت" في رأيه.')] == []


def test_a_participle_ends_a_purpose_and_a_short_name_in_marks_is_the_body_s() -> None:
    found = entity_labels('أعلنت الشركة الكويتية للصناعات البترولية المتكاملة "كيبك" اليوم أن المصفاة تعمل.')
    assert ("الشركة الكويتية للصناعات البترولية المتكاملة", "ORG") in found
    assert ("كيبك", "ORG") in found  # KIPIC, not Quebec
    assert ("المعهد الوطني للطاقة المتجددة", "ORG") in entity_labels("وأعلن المعهد الوطني للطاقة المتجددة عن مشروع جديد.")


def test_a_body_s_latin_short_name_keys_its_every_mention_and_a_directorate_its_purpose() -> None:
    keys = entity_keys("أعلن المكتب الوطني للسكك الحديدية (ONCF) اليوم عن خط جديد.\n"
                       "وقال المكتب الوطني للسكك الحديدية إن الخط سيفتتح قريبا.")
    assert keys["المكتب الوطني للسكك الحديدية"] == keys["ONCF"] == {"ONCF"}
    keys = entity_keys("الرياض 5 مايو (واس) - أعلنت المديرية العامة للدفاع المدني عن خطة جديدة.\n"
                       "وقال المتحدث باسم الدفاع المدني إن الخطة جاهزة.")
    assert keys["الدفاع المدني"] == keys["المديرية العامة للدفاع المدني"]
    # the United Nations is no short form of its General Assembly
    keys = entity_keys("وصوتت الجمعية العامة للأمم المتحدة على القرار، ورحبت الأمم المتحدة بالنتيجة.")
    assert keys["الأمم المتحدة"] != keys["الجمعية العامة للأمم المتحدة"]


def test_an_administration_with_its_adjective_after_and_is_another_body() -> None:
    found = entity_labels("وشاركت في التمرين الإدارة العامة لأمن السواحل وجهاز الإسعاف والطوارئ والإدارة العامة للدفاع المدني.")
    assert ("جهاز الإسعاف والطوارئ", "ORG") in found and ("الإدارة العامة للدفاع المدني", "ORG") in found


def test_festival_days_of_a_town_and_an_art_and_their_short_name() -> None:
    keys = entity_keys("تونس 3 أكتوبر (وات) - كشفت الهيئة المديرة لأيام قرطاج المسرحية عن البرنامج.\n"
                       "وقال المدير إن أيام قرطاج تبقى موعدا مهما.")
    assert keys["أيام قرطاج"] == keys["أيام قرطاج المسرحية"]
    # a span of time before a place
    assert [t for t, label in entity_labels("وقضى الوفد ثلاثة أيام السعودية قبل أن يغادر.") if label == "MISC"] == []


def test_a_festival_named_by_a_word_and_its_art() -> None:
    assert ("مهرجان أجيال السينمائي", "MISC") in entity_labels("وكشفت الإدارة عن برنامج الدورة الثانية عشرة لمهرجان أجيال السينمائي في الدوحة.")
    # over the model's `مهرجان كان السينمائي العريق` (`ner_crf._ends_at_an_art`)
    assert ("مهرجان كان السينمائي", "MISC") in entity_labels("وعرض الفيلم في مهرجان كان السينمائي العريق الشهر الماضي.")


def test_a_coast_guard_is_a_country_s_body() -> None:
    keys = entity_keys("نواذيبو 18 مارس 2024 (و م أ) - اعترضت وحدة تابعة لخفر السواحل قاربا يقل 50 شخصا.")
    assert keys["خفر السواحل"] == {"خفر سحل@MR"}


def test_a_dateline_with_a_comma_gives_the_wire_s_country_and_a_frame_is_no_town() -> None:
    keys = entity_keys("انواكشوط، 19 مارس 2024 (و م أ) - اعترضت وحدة تابعة لخفر السواحل الموريتانية قاربا.\n"
                       "وقال المتحدث باسم خفر السواحل إن القارب غرق.")
    assert keys["خفر السواحل الموريتانية"] == keys["خفر السواحل"] == {"خفر سحل@MR"}
    # `في إطار` (within) is no Atar, however the dateline places the wire
    assert [t for t, label in entity_labels("انواكشوط، 19 مارس 2024 (و م أ) - وقع الطرفان الاتفاق في إطار التعاون.") if label == "LOC"] == [
        "انواكشوط"]
    assert ("أطار", "LOC") in entity_labels("انواكشوط، 19 مارس 2024 (و م أ) - وصل الوزير إلى أطار أمس.")


def test_a_country_s_body_with_its_nationality_is_keyed_as_its_country_s() -> None:
    keys = entity_keys("تونس 3 أكتوبر (وات) - قرر البنك المركزي التونسي رفع الفائدة.\nوقال البنك المركزي إن التضخم تراجع.")
    assert keys["البنك المركزي التونسي"] == keys["البنك المركزي"] == {"بنك مركز@TN"}


def test_the_football_world_cup_whole_with_its_year_keyed_as_the_world_cup() -> None:
    keys = entity_keys("وستعمل المحطة قبل انطلاق منافسات كأس العالم لكرة القدم 2030، ويستضيف المغرب كأس العالم.")
    assert keys["كأس العالم لكرة القدم 2030"] == keys["كأس العالم"]
    assert ("البترا", "LOC") in entity_labels("وتعد البترا من عجائب الدنيا السبع.")


def test_a_latin_short_name_in_capitals_after_a_bank_and_written_again_alone() -> None:
    entities = mentions("الدوحة 15 يناير (قنا) - أعلنت مجموعة بنك قطر الوطني QNB عن أرباح صافية.\n"
                        "وتعد QNB أكبر مؤسسة مالية في المنطقة.")[0].to_pylist()
    keys = {(e["text"], e["sentence_id"]): e["canonical"] for e in entities}
    assert keys[("QNB", 0)] == keys[("QNB", 1)] == keys[("بنك قطر الوطني", 0)]


def test_a_relative_clause_between_commas_does_not_end_a_reported_clause() -> None:
    quotes = mentions("وأوضح مدير المعهد، عبد الجليل بوزوكار، أن الفريق المشترك، الذي يضم 22 باحثا من البلدين، كشف عن "
                      "أرضيات جديدة.")[1].to_pylist()
    assert quotes[0]["quote"] == "الفريق المشترك، الذي يضم 22 باحثا من البلدين، كشف عن أرضيات جديدة"


def test_a_name_in_apposition_before_a_colon_speaks() -> None:
    quotes = mentions("من جهته، قال رئيس الاتحاد الجهوي للفلاحة والصيد البحري بباجة، عبد الستار الرياحي: «الموسم جيد هذا العام».")[1]
    assert quotes.to_pylist()[0]["speaker"] == "عبد الستار الرياحي"


def test_apps_platforms_and_cards_named_in_marks() -> None:
    assert ("نسك", "MISC") in entity_labels('وقال إن المنظومة تعتمد على بطاقة "نسك" الذكية.')
    assert ("صحتي", "MISC") in entity_labels('ويمكن الحجز عبر تطبيق "صحتي" التابع للوزارة.')
    # a company the gazetteer knows stays one
    assert ("فيسبوك", "ORG") in entity_labels('وحذف الحساب من منصة "فيسبوك" أمس.')


def test_the_two_holy_mosques_are_places() -> None:
    assert ("المسجد الحرام", "LOC") in entity_labels("وأدى آلاف المعتمرين صلاة الجمعة في المسجد الحرام بمكة المكرمة.")
    assert ("المسجد النبوي", "LOC") in entity_labels("وتوافد الزوار على المسجد النبوي في المدينة المنورة.")


def test_an_incubator_is_a_body() -> None:
    keys = entity_keys('وأطلقت الشركة المنصة بالشراكة مع حاضنة قطر للأعمال "QBIC" اليوم.')
    assert keys["حاضنة قطر للأعمال"] == keys["QBIC"]


def test_despite_ends_a_name() -> None:
    found = entity_labels('وقال إن النقابة "لم تجد آذانا صاغية" لدى إدارة صوملك رغم مراسلتها ثلاث مرات، وإن خالد رغم تعبه واصل.')
    assert not any("رغم" in text for text, _ in found)


def test_a_short_form_of_a_coded_body_takes_its_code() -> None:
    keys = entity_keys("انواكشوط، 19 مارس 2024 (و م أ) - أعلن الصندوق الوطني للضمان الاجتماعي (CNSS) زيادة المعاشات.\n"
                       "وأوضح الصندوق الوطني للضمان الاجتماعي أن الزيادة تشمل 40 ألف متقاعد.\n"
                       "وقال مدير صندوق الضمان الاجتماعي إن الصرف يبدأ الشهر المقبل.")
    assert keys["صندوق الضمان الاجتماعي"] == keys["CNSS"] == {"CNSS"}


def test_an_arabic_adjective_or_a_verb_after_a_head_is_no_foreign_name() -> None:
    assert [t for t, label in entity_labels("وأكد أن لجنة فنية ستتابع الأشغال، وصنفتها منظمة إرهابية.") if label == "ORG"] == []
    assert [t for t, label in entity_labels("وكشف الفريق عن مجمع حمامات يعود إلى القرن الثالث.") if label == "ORG"] == []
    assert ("مستشفى رادي للأطفال", "ORG") in entity_labels("ونقل المصاب إلى مستشفى رادي للأطفال.")
    assert [t for t, label in entity_labels("وافتتح الوزير مركز تجاري ومجمع سكني في المدينة.") if label == "ORG"] == []
    assert ("ديزني", "ORG") in entity_labels("وأعلنت شركة ديزني عن فيلم جديد.")  # a brand, its kind outside (as the gold sets)
    assert [t for t, label in entity_labels("وشكلت الحكومة لجنة مستقلة، وضمت مجموعة صغيرة من الخبراء.") if label == "ORG"] == []


def test_a_lone_arabic_adjective_after_a_kind_is_no_name() -> None:
    found = entity_labels("ويبث المنتدى عبر قناة خاصة على تلغرام، وهي شركة تابعة لمؤسسة حكومية.")
    assert not any(text in ("خاصة", "تابعة") for text, _ in found)
    # the letters of an acronym spelt out are no adjective (`إيه`, A, folds like one)
    assert any(label == "ORG" and "إيه" in text for text, label in entity_labels("وقالت قناة إيه بي سي الأمريكية إن المقابلة ستبث."))


def test_a_body_inside_another_or_with_its_town_is_one_name() -> None:
    # a committee of a parliament, a department of a ministry, a ministry of a government: one name, as wire5, wire9,
    # wire11, wire15 and wire16 annotate them
    assert ("لجنة المالية بمجلس النواب", "ORG") in entity_labels("وناقشت لجنة المالية بمجلس النواب مشروع الميزانية أمس.")
    assert ("الإدارة العامة للجمارك بوزارة المالية", "ORG") in entity_labels(
        "وأعلنت الإدارة العامة للجمارك بوزارة المالية حجز شحنة من السجائر.")
    assert ("وزارة الصحة بحكومة الوحدة الوطنية", "ORG") in entity_labels("وأطلقت وزارة الصحة بحكومة الوحدة الوطنية حملة تطعيم.")
    # a university, a hospital or a directorate with its town
    assert ("جامعة محمد الخامس بالرباط", "ORG") in entity_labels("وحلت جامعة محمد الخامس بالرباط في المرتبة الأولى وطنيا.")
    assert ("مستشفى الملك خالد بتبوك", "ORG") in entity_labels("ونقل المصابون إلى مستشفى الملك خالد بتبوك لتلقي العلاج.")
    assert ("المديرية العامة للزراعة بمحافظة ظفار", "ORG") in entity_labels(
        "وبدأت المديرية العامة للزراعة بمحافظة ظفار توزيع البذور على المزارعين.")
    # not a country after a body (where it is), a ministry in a council, nor a national company's plant (where it works)
    found = entity_labels("ودرس في جامعة القاهرة بمصر، ثم أشادت وزارة الخارجية بمجلس الأمن.")
    assert ("جامعة القاهرة بمصر", "ORG") not in found and ("وزارة الخارجية بمجلس الأمن", "ORG") not in found


@pytest.mark.xfail(strict=True, reason="the NER model retrained with the wire gold sets (train_ner.GOLD_TRAIN) reads a national company with the town of its plant as one name, as the gold does a university's; better on real ANT news in two blind paired audits (docs/extraction.md), this sentence not mended by a rule yet")
def test_a_national_company_s_name_ends_before_the_town_it_works_in() -> None:
    assert ("الشركة التونسية للكهرباء والغاز", "ORG") in entity_labels("وأكدت الشركة التونسية للكهرباء والغاز بقابس عودة التيار.")


def test_a_body_without_its_town_or_the_body_it_is_in_is_its_short_form() -> None:
    keys = entity_keys("وأطلقت وزارة الداخلية بحكومة الوحدة الوطنية منظومة جديدة.\n"
                       "وقالت وزارة الداخلية إن المنظومة تشمل كل البلديات.")
    assert keys["وزارة الداخلية"] == keys["وزارة الداخلية بحكومة الوحدة الوطنية"]


def test_a_body_s_name_runs_through_a_second_work_and_its_adjectives() -> None:
    # a ministry's second work in the plural, however long its name before (wire4, wire9, wire10, wire11, wire16)
    assert entity_labels("وأعلنت وزارة الثروة الزراعية والسمكية وموارد المياه بدء موسم الحصاد.") == [
        ("وزارة الثروة الزراعية والسمكية وموارد المياه", "ORG")]
    # and ends there: what follows is the plan's purpose, not the ministry's
    assert entity_labels("ضمن خطة وزارة الثروة الزراعية والسمكية وموارد المياه لتعزيز الأمن المائي.") == [
        ("وزارة الثروة الزراعية والسمكية وموارد المياه", "ORG")]
    assert ("الوكالة الوطنية لتحسين السكن وتطويره", "ORG") in entity_labels("وسلمت الوكالة الوطنية لتحسين السكن وتطويره المفاتيح أمس.")
    assert ("الهيئة العامة لإدارة وتطوير الغاب", "ORG") in entity_labels("وبدأت الهيئة العامة لإدارة وتطوير الغاب حملة التشجير.")
    assert ("الهيئة العامة للمناطق الاقتصادية الخاصة والمناطق الحرة", "ORG") in entity_labels(
        "ووقعت الهيئة العامة للمناطق الاقتصادية الخاصة والمناطق الحرة اتفاقية جديدة.")
    assert ("الكونفدرالية العامة لعمال موريتانيا", "ORG") in entity_labels("ودعت الكونفدرالية العامة لعمال موريتانيا إلى الإضراب.")
    # two bodies stay two
    assert [t for t, label in entity_labels("وشاركت وزارة الداخلية وقوات الأمن في التمرين.") if label == "ORG"] == ["وزارة الداخلية"]


def test_an_autonomous_port_is_the_body_that_runs_it() -> None:
    # as wire8 and wire17 annotate it; a port alone stays a place
    assert entity_labels("وأعلن ميناء نواذيبو المستقل ارتفاع حركة السفن، فيما استقبل الميناء المستقل لنواكشوط باخرتين.") == [
        ("ميناء نواذيبو المستقل", "ORG"), ("الميناء المستقل لنواكشوط", "ORG")]
    assert entity_labels("ووصلت الشحنة إلى ميناء صفاقس أمس.") == [("صفاقس", "LOC")]


def test_a_national_body_keeps_its_country_not_its_town() -> None:
    assert ("الهيئة الوطنية للمحامين بتونس", "ORG") in entity_labels("وقررت الهيئة الوطنية للمحامين بتونس مقاطعة الجلسات.")
    assert ("المجمع الكيميائي التونسي", "ORG") in entity_labels("واستأنف المجمع الكيميائي التونسي بقابس الإنتاج.")


def test_a_mission_of_a_body_of_nations_in_a_country() -> None:
    assert entity_labels("وقال رئيس بعثة الأمم المتحدة للدعم في ليبيا إن الانتخابات جرت بهدوء.")[0] == (
        "بعثة الأمم المتحدة للدعم في ليبيا", "ORG")
    assert ("البعثة الأممية للدعم في ليبيا", "ORG") in entity_labels("ورحبت البعثة الأممية للدعم في ليبيا بالنتائج.")
    # a mission alone, or a country's archaeological one, is no name
    assert [t for t, label in entity_labels("وقالت البعثة الأممية إن الوضع هادئ.") if label == "ORG"] == []
    assert [t for t, label in entity_labels("وكشفت البعثة الكويتية الدنماركية المشتركة في فيلكا عن آثار.") if label == "ORG"] == []


def test_a_venue_named_after_a_day_keeps_its_year() -> None:
    assert ("ملعب 5 جويلية 1962", "LOC") in entity_labels("وتقام المباراة النهائية على ملعب 5 جويلية 1962 بالعاصمة.")
    assert ("ملعب 8 ماي 1945", "LOC") in entity_labels("وتدرب الفريق أمس بملعب 8 ماي 1945 بسطيف.")


def test_wire_names_of_bodies_the_gazetteer_now_knows() -> None:
    # Algeria's football federation by its French acronym; UNSMIL by its Arabic one; a central bank called `المصرف`,
    # keyed as the dateline country's; Tunisia's prosecution, which other wires call `النيابة العامة`
    keys = entity_keys("الجزائر 24 جوان 2025 (واج) - أعلنت الفاف برنامج الكأس، وقال محافظ المصرف المركزي إن التضخم تراجع. "
                       "وأذنت النيابة العمومية بفتح تحقيق، وكانت النيابة العامة قد أحالت الملف.")
    assert keys["الفاف"] == {canonical_key("الاتحادية الجزائرية لكرة القدم")}
    assert keys["المصرف المركزي"] == {"بنك مركز@DZ"}
    assert keys["النيابة العمومية"] == keys["النيابة العامة"]
    assert entity_labels("ودعت أونسميل الأطراف إلى الحوار.") == [("أونسميل", "ORG")]


def test_a_ruler_s_title_ends_a_body_s_name_and_the_family_name_ends_the_person_s() -> None:
    found = entity_labels("وقال الرئيس التنفيذي لبورصة البحرين الشيخ خليفة بن إبراهيم آل خليفة في تصريح إن البورصة ستطلق منصة.")
    assert ("بورصة البحرين", "ORG") in found and ("خليفة بن إبراهيم آل خليفة", "PERSON") in found
    assert ("تميم بن حمد آل ثاني", "PERSON") in entity_labels("واستقبل الشيخ تميم بن حمد آل ثاني الوفد أمس.")


def test_and_opens_a_clause_not_a_name() -> None:
    # after a role or a comma, `و` and a common word (wire17); a foreign name in `و` stays a name
    assert [label for _, label in entity_labels("وأذنت النيابة العمومية بالاحتفاظ بالمشتبه به وفتح بحث تحقيقي في الاعتداء.")] == ["ORG"]
    assert entity_labels("وسجلت الجهات المختصة 120 بلاغا عن مركبات علقت في الأودية، وتبقى رسالتنا واحدة.") == []
    assert ("ويلبور روس", "PERSON") in entity_labels("وقال وزير التجارة الأمريكي ويلبور روس إن الرسوم ستبقى.")
    # a given name that is also a verb, after `أنها`: the verb
    assert entity_labels("وأكدت المديرية العامة للدفاع المدني أنها رفعت جاهزية فرقها.") == [("المديرية العامة للدفاع المدني", "ORG")]


def test_kinds_of_league_and_company_named_by_adjectives_without_nisba() -> None:
    assert ("الرابطة المحترفة لكرة القدم", "ORG") in entity_labels("وأعلنت الرابطة المحترفة لكرة القدم برنامج الجولة.")
    assert ("الرابطة المحترفة الأولى", "MISC") in entity_labels("وتوج الفريق بلقب الرابطة المحترفة الأولى أمس.")  # the division
    assert ("الشركة العربية المتحدة للملاحة", "ORG") in entity_labels("واندمجت معها الشركة العربية المتحدة للملاحة عام 2017.")
    # a board, a department of any body, container traffic: no names
    assert entity_labels("وكان مجلس الهيئة قد قرر، وأوضح مدير إدارة العمليات أن حركة الحاويات ارتفعت.") == []


def test_wire18_an_airport_is_a_place_a_brand_keeps_its_kind_outside() -> None:
    # airports LOC, as heldout, wire11, wire12 and wire18 annotate them; a company's foreign name without `شركة`, a bank
    # with `بنك`, a common noun after `شركة` no brand
    found = entity_labels("واستأنفت الشركة رحلاتها بين مطار بورتسودان الدولي ومطار القاهرة الدولي أمس.")
    assert ("مطار بورتسودان الدولي", "LOC") in found and ("مطار القاهرة الدولي", "LOC") in found
    assert ("هانوا للهندسة والإنشاءات", "ORG") in entity_labels("وأعلنت شركة هانوا للهندسة والإنشاءات الكورية بدء الأعمال.")
    assert ("بنك وربة", "ORG") in entity_labels("وأعلن بنك وربة اليوم أنه وقع اتفاقية تمويل.")
    assert ("طيران", "ORG") not in entity_labels("وقال إنه يتفاوض مع شركة طيران لتسيير رحلتين.")


def test_wire18_embassies_new_towns_boards_and_districts() -> None:
    assert ("سفارة مملكة إسبانيا", "ORG") in entity_labels("وأعلنت سفارة مملكة إسبانيا استئناف عملها في دمشق.")
    assert ("العلمين الجديدة", "LOC") in entity_labels("وتعقد القمة في مدينة العلمين الجديدة الشهر المقبل.")
    assert ("تونس", "LOC") in entity_labels("وقال إن تونس الجديدة ممكنة.")  # a country's `الجديدة` is no new town
    assert ("وكالة الإمارات للفضاء", "ORG") in entity_labels("وقال رئيس مجلس إدارة وكالة الإمارات للفضاء إن المهمة نجحت.")
    # Yemen's `مديرية` and a name is a district, no directorate
    assert [label for _, label in entity_labels("وضبطت الشحنة قبالة سواحل مديرية أحور بمحافظة أبين.") if label == "ORG"] == []
    assert ("فريق العمل", "ORG") not in entity_labels("وقال إن فريق العمل أنجز المهمة.")


def test_wire18_marks_media_agencies_and_sudanese_names() -> None:
    assert ("القدس", "ORG") in entity_labels('يذكر أن صحيفة "القدس" تصدر يوميا منذ 1951.')  # the paper, not the city
    assert ("درع الساحل", "MISC") in entity_labels('وضبطت الشحنة ضمن عملية "درع الساحل" أمس.')
    assert ("طموح-1", "MISC") in entity_labels('وأعلن المركز أن القمر الاصطناعي "طموح-1" سيطلق الشهر المقبل.')
    assert ("تلفزيون لبنان", "ORG") in entity_labels("وأعلن تلفزيون لبنان أنه سيبدأ البث بالدقة العالية.")
    assert ("سبأ", "ORG") in entity_labels("عدن 22 سبتمبر 2024 (سبأ) - أعلنت مصلحة خفر السواحل ضبط شحنة.")
    assert ("أحمد دفع الله بابكر", "PERSON") in entity_labels("وقال الوزير، أحمد دفع الله بابكر، إن المطار جاهز.")
    assert ("المصرف العقاري", "ORG") in entity_labels("ووقع المصرف العقاري مذكرة تفاهم مع الصندوق.")


def test_a_syndicate_s_head_and_an_editor_in_chief_speak_by_their_names() -> None:
    quotes = mentions("وقال نقيب الصحفيين، جمال عودة الله، في تصريح إن الصحافة ليست ترفا.\n"
                      "فيما قالت رئيسة تحرير صحيفة \"الأيام\"، رنا عبد الهادي، إن الصحيفة تدرس إصدار نسخة رقمية.")[1].to_pylist()
    assert [q["speaker"] for q in quotes] == ["جمال عودة الله", "رنا عبد الهادي"]


def test_places_every_gold_set_met_and_no_row_had() -> None:
    found = entity_labels("وزار الوفد براكة ثم المنطقة الشرقية وسد الوحدة، على تخوم الصحراء الكبرى.")
    assert [t for t, label in found if label == "LOC"] == ["براكة", "المنطقة الشرقية", "سد الوحدة", "الصحراء الكبرى"]


def test_companies_by_the_names_the_wires_use() -> None:
    keys = entity_keys("وأعلنت لارام تسيير رحلة جديدة، فيما عادت سودانير إلى القاهرة، ووقعت قطارات الاتحاد وأسياد اتفاقية.")
    assert keys["لارام"] == {canonical_key("الخطوط الملكية المغربية")}
    assert keys["سودانير"] == {canonical_key("الخطوط الجوية السودانية")}
    assert "قطارات الاتحاد" in keys and "أسياد" in keys


def test_a_given_name_the_model_left_out_opens_the_name() -> None:
    # the model read `يوسف الأحمد`; the lexicon's `علي` (also `على` as ANERcorp writes it) opens the name between commas
    assert ("علي يوسف الأحمد", "PERSON") in entity_labels("وقال المدير العام للمصرف التجاري السوري، علي يوسف الأحمد، إن المصرف جاهز.")


def test_wire19_a_body_s_name_through_what_its_work_governs() -> None:
    assert ("مركز النهوض بالصادرات", "ORG") in entity_labels("وبرمجت الغرفة بعثة بالتعاون مع مركز النهوض بالصادرات.")
    assert ("لجنة الإشراف على التأمينات", "ORG") in entity_labels("وبلغ رقم الأعمال، حسب أرقام لجنة الإشراف على التأمينات، مليارا.")
    assert ("جهاز مكافحة الهجرة غير الشرعية", "ORG") in entity_labels("وأعلن جهاز مكافحة الهجرة غير الشرعية ترحيل مهاجرين.")
    assert ("الهيئة العامة للقوى العاملة", "ORG") in entity_labels("ووقعت الهيئة العامة للقوى العاملة مذكرة تفاهم.")
    assert ("الشركة الجزائرية للتأمين وإعادة التأمين", "ORG") in entity_labels("وستعوض الشركة الجزائرية للتأمين وإعادة التأمين الفلاحين.")
    # a plural of people after the purpose is a second party
    assert ("هيئة الأركان العامة للجيش", "ORG") in entity_labels("وقال رئيس هيئة الأركان العامة للجيش وقادة الدفاع إن الوضع هادئ.")


def test_wire19_a_seat_after_li_and_opec_plus() -> None:
    assert ("مديرية الحماية المدنية لولاية تيزي وزو", "ORG") in entity_labels(
        "وأوضح المكلف بالإعلام لدى مديرية الحماية المدنية لولاية تيزي وزو أن الحريق أخمد.")
    assert ("غرفة التجارة والصناعة لصفاقس", "ORG") in entity_labels("وبرمجت غرفة التجارة والصناعة لصفاقس بعثة إلى الخارج.")
    assert ("وزارة الخارجية", "ORG") in entity_labels("وزار الوفد وزارة الخارجية لتونس.")  # a ministry's `ل` is no seat
    keys = entity_keys("والعراق ملتزم بحصته في أوبك+ وفق اتفاق تحالف أوبك بلس، فيما قالت أوبك إن الطلب قوي.")
    assert keys["أوبك+"] == keys["أوبك بلس"] != keys["أوبك"]


def test_a_name_of_abd_in_apposition_after_a_body_s_code_speaks() -> None:
    quotes = mentions("وأشار المدير العام لبنك الفلاحة والتنمية الريفية (بدر)، عبد الحق مزيان، إلى أن البنك سيمول الفلاحين.")[1]
    assert quotes.to_pylist()[0]["speaker"] == "عبد الحق مزيان"


def test_a_national_service_named_by_what_it_is_of() -> None:
    found = entity_labels("وأعلنت مصلحة الجمارك المصرية إطلاق المنظومة، فيما أكدت لجنة من مصلحة الطرق والجسور جودة الأشغال.")
    assert ("مصلحة الجمارك المصرية", "ORG") in found and ("مصلحة الطرق والجسور", "ORG") in found
    # the interest of the country, a directorate's department: no names
    assert entity_labels("وذلك في مصلحة الوطن، كما قال رئيس مصلحة حماية النباتات بالمديرية.") == []


def test_wire20_a_factory_names_no_one_and_a_university_named_by_its_nation_is_its_own() -> None:
    assert [label for _, label in entity_labels("وقال المدير العام لمصنع ستيلانتيس بالقنيطرة إن الإنتاج ارتفع.")].count("PERSON") == 0
    # `الجامعة الأردنية` (the University of Jordan) is no short form of the university of sciences and technology
    keys = entity_keys("وفاز باحث من الجامعة الأردنية وآخر من جامعة العلوم والتكنولوجيا الأردنية بالجائزة.")
    assert keys["الجامعة الأردنية"] != keys["جامعة العلوم والتكنولوجيا الأردنية"]


def test_wire20_a_country_s_security_council_is_not_the_un_s() -> None:
    keys = entity_keys("وأطلق مجلس الأمن السيبراني المرحلة الثانية، فيما اجتمع مجلس الأمن الوطني، وعقد مجلس الأمن الدولي جلسة.")
    assert len({frozenset(keys[n]) for n in ("مجلس الأمن السيبراني", "مجلس الأمن الوطني", "مجلس الأمن الدولي")}) == 3


def test_wire20_troupes_works_in_marks_and_days_of_a_nation() -> None:
    found = entity_labels('وفازت مسرحية "حكاية الرمل" لفرقة الدوحة المسرحية بجائزة أفضل عرض.')
    assert ("فرقة الدوحة المسرحية", "ORG") in found and ("حكاية الرمل", "MISC") in found
    assert ("رماح النصر", "MISC") in entity_labels('وأعلنت الوزارة أن تمرين "رماح النصر" يختتم الأسبوع المقبل.')
    assert ("ثاد", "MISC") in entity_labels('ووقعت الشركة اتفاقية لتصنيع مكونات منظومة "ثاد" محليا.')
    assert ("ذاكرة المدن في بلاد الشام", "MISC") in entity_labels('وفاز الباحث عن كتابه "ذاكرة المدن في بلاد الشام" بالجائزة.')
    assert ("المتاهة", "MISC") in entity_labels('واختتم المهرجان بعرض "المتاهة" لفرقة شبابية.')
    assert ("يوم المرأة البحرينية", "MISC") in entity_labels("وتحتفل المملكة اليوم بيوم المرأة البحرينية.")
    assert ("يوم المرأة العالمي", "MISC") in entity_labels("وأقيم الحفل بمناسبة يوم المرأة العالمي.")
    assert [label for _, label in entity_labels("وزار الوفد المصنع يوم الخميس الماضي.")].count("MISC") == 0


def test_wire20_prosecution_prizes_and_foundations_named_after_people() -> None:
    assert ("الادعاء العام", "ORG") in entity_labels("وأحال الجهاز 43 قضية إلى الادعاء العام خلال العام.")
    found = entity_labels("أعلنت مؤسسة عبد الحميد شومان أسماء الفائزين بجائزة شومان للباحثين العرب.")
    assert ("مؤسسة عبد الحميد شومان", "ORG") in found and ("جائزة شومان للباحثين العرب", "MISC") in found
    assert not any(label == "PERSON" for _, label in found)  # `أسماء الفائزين`: the names of the winners


def test_wire20_a_group_s_brand_a_jury_a_state_company_and_a_ministry_s_verb() -> None:
    assert ("صيدال", "ORG") in entity_labels("وأعلن المدير العام لمجمع صيدال، رضا بوخالفة، عن دخول وحدة جديدة.")
    assert ("مجموعة موانئ أبوظبي", "ORG") in entity_labels("وتدرس مجموعة موانئ أبوظبي تطوير محطة.")  # an Arab name keeps its kind
    assert entity_labels("وقال رئيس لجنة التحكيم إن المستوى مرتفع، وشملت الرقابة شركة مملوكة للدولة.") == []
    assert entity_labels("وأكد الوزير أن الوزارة رفعت مخصصات الصندوق.") == []  # raised, not the name Rifaat
    assert ("رفعت الأسد", "PERSON") in entity_labels("والتقى الرئيس رفعت الأسد.")


def test_wire20_a_role_s_name_through_its_surname_and_muhammad_al_amin() -> None:
    assert ("يزن خليل العمري", "PERSON") in entity_labels("وفاز الدكتور يزن خليل العمري من جامعة اليرموك.")
    assert ("أحمدو ولد محمد الأمين", "PERSON") in entity_labels(
        "وأوضح قائد الوحدة البحرية والمينائية، أحمدو ولد محمد الأمين، أن الزورق أنقذ 12 بحارا.")
    assert ("محمد", "PERSON") in entity_labels("وقال محمد الأمين العام للحزب إن الاجتماع انتهى.")  # the secretary-general


def test_wire20_national_strategies_units_and_katara() -> None:
    assert ("الاستراتيجية الوطنية للأمن السيبراني", "MISC") in entity_labels("وأطلق المجلس الاستراتيجية الوطنية للأمن السيبراني.")
    assert ("الاستراتيجية الوطنية للأمن الغذائي ٢٠٥١", "MISC") in entity_labels("وتستهدف الاستراتيجية الوطنية للأمن الغذائي ٢٠٥١ رفع الإنتاج.")
    assert [label for _, label in entity_labels("وأضيفت لقاحات إلى البرنامج الوطني خلال العام.")] == []  # any country's
    assert ("وحدة تنظيم التأمين", "ORG") in entity_labels("وأعلنت وحدة تنظيم التأمين نتائج السوق.")
    assert entity_labels("وأنتجت وحدة التحلية ألف متر مكعب.") == []  # a plant's unit
    assert ("الحي الثقافي كتارا", "LOC") in entity_labels("وتنطلق العروض يوم 5 ديسمبر في الحي الثقافي كتارا بعرض جديد.")


def test_wire21_what_a_body_manages_or_rehabilitates_is_its_purpose() -> None:
    assert ("المندوبية العامة لإدارة السجون وإعادة الإدماج", "ORG") in entity_labels(
        "ويشرف على البرنامج المندوبية العامة لإدارة السجون وإعادة الإدماج.")
    assert ("مؤسسة محمد السادس لإعادة إدماج السجناء", "ORG") in entity_labels("بشراكة مع مؤسسة محمد السادس لإعادة إدماج السجناء.")
    assert ("إدارة الجمارك", "ORG") in entity_labels("وقال مدير إدارة الجمارك إن الشحنة ضبطت.")
    assert ("البرلمان البلجيكي", "ORG") in entity_labels("وصوت البرلمان البلجيكي لصالح تخفيض المخصص الشهري.")  # in favour of


def test_wire21_namesakes_visions_agencies_and_brands_in_marks() -> None:
    found = entity_labels("ونظمته الهيئة بالشراكة مع دارة الملك عبدالعزيز ومكتبة الملك عبدالعزيز العامة.")
    assert ("دارة الملك عبدالعزيز", "ORG") in found and ("مكتبة الملك عبدالعزيز العامة", "ORG") in found
    assert entity_labels("وعاد إلى مكتبه الملك في القصر.") == []  # his office
    assert ("رؤية البحرين الاقتصادية ٢٠٣٠", "MISC") in entity_labels("بما يدعم أهداف رؤية البحرين الاقتصادية ٢٠٣٠.")
    assert ("ومع", "ORG") in entity_labels("الرباط - ومع - أصدر الملك عفوا على 2476 شخصا.")
    found = entity_labels('ووقعت سوناطراك مع المجمع الإيطالي "سنام" والشركة النمساوية "فيربوند" اتفاقية.')
    assert ("سنام", "ORG") in found and ("فيربوند", "ORG") in found
    assert entity_labels('وقالت الشركة الأمريكية "إننا نرفض القرار بشدة".') == []  # a quotation
    assert entity_labels("وقال رئيس لجنة التحكيم المكونة من خمسة أعضاء إن المستوى جيد.") == []
    assert ("جبهة التحرير الوطني", "ORG") in entity_labels("وانتقد النائب عن جبهة التحرير الوطني التأخر.")


def test_wire21_feasts_amman_camels_and_clara() -> None:
    keys = entity_keys("ويحتفل المسلمون بعيد الأضحى المبارك يوم الجمعة، وعيد الأضحى عطلة رسمية.")
    assert keys["عيد الأضحى المبارك"] == keys["عيد الأضحى"]
    keys = entity_keys("وقالت أمانة عمان الكبرى إن المشروع يشمل ماركا وطبربور، وأكدت أمانة عمان التزامها.")
    assert keys["أمانة عمان الكبرى"] == keys["أمانة عمان"] and "ماركا" in keys and "طبربور" in keys
    assert not any(label == "PERSON" for _, label in entity_labels("وتتنافس الهجن في الميدان، وقال مالك الهجن إن السباق صعب."))
    assert ("كلارا نوفاكوفا", "PERSON") in entity_labels("وتأهلت التشيكية كلارا نوفاكوفا إلى النهائي.")


def test_wire21_republics_museums_competitions_and_plural_verbs() -> None:
    keys = entity_keys("وقدم سفير جمهورية كوريا وسفير الجمهورية التركية أوراق اعتمادهما، وزار الوفد تركيا وكوريا الجنوبية.")
    assert keys["الجمهورية التركية"] == keys["تركيا"] and keys["جمهورية كوريا"] == keys["كوريا الجنوبية"]
    assert ("الجمهورية التركية", "LOC") in entity_labels("وسفير الجمهورية التركية، قدموا أوراق اعتمادهم.")  # a verb, no one
    assert not any(label == "PERSON" for _, label in entity_labels("وسفير الجمهورية التركية، قدموا أوراق اعتمادهم."))
    assert ("هانوا", "ORG") in entity_labels("وأكد مدير المشروع في شركة هانوا أن العمل مستمر.")  # a name in `-wa`
    assert ("متحف قطر الوطني", "LOC") in entity_labels("وأقيم المعرض في متحف قطر الوطني.")
    assert ("المتحف الوطني السعودي", "LOC") in entity_labels("ويقام المعرض في المتحف الوطني السعودي بالرياض.")
    assert ("مسابقة الكويت الكبرى لحفظ القرآن الكريم", "MISC") in entity_labels(
        "وأعلنت الوزارة أسماء الفائزين في مسابقة الكويت الكبرى لحفظ القرآن الكريم.")
    assert ("يوم عرفة", "MISC") in entity_labels("ودعت اللجنة إلى صيام يوم عرفة.")


def test_wire22_associations_laboratories_and_names_with_van_der() -> None:
    assert ("الجمعية المهنية للبنوك", "ORG") in entity_labels("من جهتها، أكدت الجمعية المهنية للبنوك أن الحوار مفتوح.")
    assert entity_labels("وعقدت الجمعية العمومية اجتماعها، وتعقد الجمعية العامة العادية للمساهمين جلستها.") == []
    assert ("المختبر الوطني لمراقبة جودة الأدوية", "ORG") in entity_labels("وأحيلت الأدوية المحجوزة إلى المختبر الوطني لمراقبة جودة الأدوية.")
    assert ("هنري فان دير بيرغ", "PERSON") in entity_labels("على الجنوب إفريقي هنري فان دير بيرغ، سائق الفريق.")
    assert ("دير الزور", "LOC") in entity_labels("فإن دير الزور تشهد معارك.")  # `فإن`, then
    assert ("دانيال هاملتون", "PERSON") in entity_labels("والأسترالي دانيال هاملتون يتوجان بلقبي السباق.")
    assert not any(label == "PERSON" for _, label in entity_labels("وقال المدير الجهوي لأمن روصو إن الشبكة فككت."))
    keys = entity_keys("وقالت الخطوط الجوية الكويتية إن الرحلة تبدأ، وأضافت الخطوط الكويتية أن الطائرات جديدة.")
    assert keys["الخطوط الجوية الكويتية"] == keys["الخطوط الكويتية"]


def test_wire22_an_authority_s_short_form_and_a_company_s_region() -> None:
    keys = entity_keys("وأطلقت هيئة الوثائق والمحفوظات الوطنية منصة جديدة. وقال رئيس هيئة الوثائق إن العمل مستمر.")
    assert keys["هيئة الوثائق"] == keys["هيئة الوثائق والمحفوظات الوطنية"]
    found = entity_labels("وقال نائب رئيس شركة يوتونغ لمنطقة الشرق الأوسط إن الطلب قوي.")
    assert ("يوتونغ", "ORG") in found and ("الشرق الأوسط", "LOC") in found


def test_wire22_a_model_in_latin_letters_after_its_kind() -> None:
    found = entity_labels("وأعلنت الشركة شراء ثماني طائرات من طراز A321neo، واستئجار طائرتين من طراز 777-300ER من بوينغ.")
    assert ("A321neo", "MISC") in found and ("777-300ER", "MISC") in found
    assert ("ATR 72-500", "MISC") in entity_labels("والطائرة المنكوبة من طراز ATR 72-500 بمحركين.")
    assert entity_labels('وركبت الشركة رافعات من طراز "سوبر بوست باناماكس".') == []  # in Arabic: unannotated (wire6)


def test_wire23_a_writer_by_her_title_then_by_her_surname() -> None:
    found = entity_labels('وفازت رواية "ذاكرة البحر" للكاتبة زهيرة الغرياني بالجائزة. وقالت الغرياني إن الرواية كتبت في عامين.')
    assert ("زهيرة الغرياني", "PERSON") in found and ("الغرياني", "PERSON") in found
    assert ("عاصي الحلاني", "PERSON") in entity_labels("وغنى الفنان عاصي الحلاني في الحفل.")
    assert not any(label == "PERSON" for _, label in entity_labels("وعقد في المؤتمر الصحفي المشترك بمقر المركز الإعلامي."))


def test_wire23_a_central_directorate_and_a_proper_name_s_country() -> None:
    assert ("الإدارة المركزية للإحصاء", "ORG") in entity_labels("وأعلنت الإدارة المركزية للإحصاء أن عدد العاملين ارتفع.")
    assert entity_labels("وقالت الإدارة المركزية إن القرار نهائي.") == []
    found = entity_labels("وحلت جامعة خليفة الإماراتية ثالثة، فيما نقل المريض إلى مستشفى بوجون الفرنسي.")
    assert ("جامعة خليفة", "ORG") in found and ("مستشفى بوجون", "ORG") in found
    assert ("جامعة توبنغن", "ORG") in entity_labels("بمشاركة باحثين من جامعة توبنغن الألمانية.")  # `ألمانيا`: no article
    found = entity_labels("وحلت جامعة العلوم والتكنولوجيا الأردنية ثانية، وقالت شركة أرامكو السعودية إن الطلب قوي.")
    assert ("جامعة العلوم والتكنولوجيا الأردنية", "ORG") in found  # a descriptive name keeps its country
    assert any(text.endswith("أرامكو السعودية") for text, _ in found)  # the gazetteer's name
    assert ("روما الإيطالي", "ORG") in entity_labels("وفاز نادي روما الإيطالي على ضيفه.")  # a club keeps it
