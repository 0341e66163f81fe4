"""Canonical keys the tenth session of 2026-12-06 mended, each written here in our own words from what the gold sets'
wrong groups (`tests/gold/wire36.json`) and the ANT slice `[3::5]` showed: bodies every country has one of
(a parliament's chambers, the presidency, the government's presidency, the national library) are each country's own."""

from __future__ import annotations

import datetime as dt

from articles import entity_keys, entity_labels, mentions

from akhbar.tasks.extract_amounts import find_amounts_in
from akhbar.tasks.extract_dates import find_dates_in


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


def test_a_union_and_a_school_named_by_their_purpose_are_bodies() -> None:
    # `النقابة`, `المدرسة` had been no heads of a body at all; a school or a union alone with an adjective stays none
    labels = entity_labels("وأكدت النقابة الوطنية للصحفيين التونسيين أن المراسلين تعرضوا لاعتداءات. وسيلتحق الناجحون "
                           "بالمدرسة العليا للتعليم في نواكشوط. ودرس الطفل في المدرسة الابتدائية بالقرية.")
    assert ("النقابة الوطنية للصحفيين التونسيين", "ORG") in labels
    assert ("المدرسة العليا للتعليم", "ORG") in labels
    assert "المدرسة الابتدائية" not in [surface for surface, _ in labels]


def test_an_insurance_fund_keeps_what_it_insures_against_and_its_acronym() -> None:
    # `الصندوق الوطني للتأمين [على المرض] (الكنام)`: the name had ended at `للتأمين`, and `الكنام` alone was no ORG
    keys = entity_keys("وتبلغ ديون المستشفيات العمومية لدى الصندوق الوطني للتأمين على المرض (الكنام) نحو 2ر1 مليار دينار. "
                       "وأفاد المسؤول بأن الكنام سددت جزءا من مستحقاتها.")
    assert keys["الصندوق الوطني للتأمين على المرض"] == keys["الكنام"]


def test_a_body_named_without_the_wires_own_nationality_is_the_same_body() -> None:
    # a TAP dispatch: `الصيدلية المركزية` had a key of its own beside `[لصيدلية] المركزية التونسية`
    keys = entity_keys("تونس 10 جويلية (وات) - أعلن الرئيس المدير العام للصيدلية المركزية التونسية، كمال الحمدي، أن "
                       "المؤسسة ستتسلم شحنة من الأدوية. وتبلغ ديون الصيدلية المركزية 600 مليون دينار.")
    assert keys["لصيدلية المركزية التونسية"] == keys["الصيدلية المركزية"]


def test_another_countrys_adjective_names_another_body() -> None:
    # a guard: the ECB is no short form's full name in a TAP dispatch (the Tunisian central bank is the gazetteer's)
    keys = entity_keys("تونس 3 مارس (وات) - قال الخبير إن البنك المركزي الأوروبي رفع نسبة الفائدة وإن البنك المركزي "
                       "أبقى عليها دون تغيير.")
    assert keys["البنك المركزي الأوروبي"] != keys["البنك المركزي"]


def test_a_ministry_of_two_works_the_second_a_verbal_noun_with_its_hamza_is_whole() -> None:
    # `وزارة التهذيب الوطني [وإصلاح النظام التعليمي]` had ended at `الوطني`, and the headline's short form had its own key
    keys = entity_keys("وزارة التهذيب تعلن نتائج مسابقة اكتتاب المعلمين\nانواكشوط، 8 مايو 2024 (و م أ) - أعلنت وزارة "
                       "التهذيب الوطني وإصلاح النظام التعليمي، مساء أمس، نتائج المسابقة.")
    assert keys["وزارة التهذيب"] == keys["وزارة التهذيب الوطني وإصلاح النظام التعليمي"]
    # a guard: a plural after `و` is another body (`وأركان` is no `إفعال`: no `إ`)
    surfaces = [surface for surface, _ in entity_labels("وقالت وزارة الدفاع وأركان الجيش إن الهجوم فشل.")]
    assert "وزارة الدفاع" in surfaces and "وزارة الدفاع وأركان الجيش" not in surfaces


def test_oman_news_agency_told_by_its_nisba_after_lam() -> None:
    # `للعمانية`: the model had read `سدح للعمانية` as one place; an adjective never takes `ل`
    entities, quotes = mentions("وقال الصياد سالم بن مسلم الكثيري من ولاية سدح للعمانية: «ننتظر هذا الموسم طوال العام». "
                                "وأكدت المرأة العمانية حضورها في سوق العمل.")
    rows = {(e["text"], e["label"]): e["canonical"] for e in entities.to_pylist()}
    assert rows.get(("لعمانية", "ORG")) == entity_keys("وقال لوكالة الأنباء العمانية إن البحر هادئ.")["وكالة الأنباء العمانية"].pop()
    assert ("سدح", "LOC") in rows and not any(surface == "العمانية" for surface, _ in rows)
    assert [q["speaker"] for q in quotes.to_pylist()] == ["سالم بن مسلم الكثيري"]


def test_an_airport_named_for_two_towns_is_whole() -> None:
    # `مطار تونس [قرطاج] الدولي` had been `مطار تونس` and Carthage alone
    labels = entity_labels("وتصل الأدوية عبر ميناء رادس ومطار تونس قرطاج الدولي خلال الأسبوع المقبل.")
    assert ("مطار تونس قرطاج الدولي", "LOC") in labels and ("قرطاج", "LOC") not in labels


def test_towns_and_regions_the_gazetteer_lacked() -> None:
    # Kiffa, a Mauritanian regional capital (read where a place is, as `كيفة` is also news' misspelling of `كيفية`), and
    # the towns listed with it; `الأغوار` is the Jordan Valley; Greater Tunis;
    # the Quran radio station, which had been the MISC `القرآن الكريم`
    keys = entity_keys("انواكشوط، 8 مايو 2024 (و م أ) - سيلتحق المعلمون بمدارس التكوين في كيفة والعيون وأطار. وقال إن "
                       "إنتاج الأغوار وفير مع دخول إنتاج "
                       "وادي الأردن ذروته. ويعالج المرضى في المستشفيات الجامعية بتونس الكبرى. وتبثها إذاعة القرآن الكريم "
                       "من الرياض.")
    assert {"كيفة", "العيون", "أطار", "تونس الكبرى", "إذاعة القرآن الكريم"} <= keys.keys()
    assert keys["الأغوار"] == keys["وادي الأردن"]
    assert "القرآن الكريم" not in keys


def test_the_same_official_before_a_relative_clause_speaks() -> None:
    # `قدمها المسؤول نفسه، الذي أفاد بأن …`: the speaker had been the fund's acronym named earlier in the sentence
    _, quotes = mentions("وقال المدير العام للصيدلية المركزية، كمال الحمدي، إن الوضعية دقيقة. وتبلغ ديون المستشفيات لدى "
                         "الصندوق الوطني للتأمين على المرض (الكنام) قرابة 2ر1 مليار دينار، وفق معطيات قدمها المسؤول نفسه، "
                         "الذي أفاد بأن الكنام سددت جزءا من ديونها.")
    speakers = {q["quote"]: q["speaker"] for q in quotes.to_pylist()}
    assert speakers["الكنام سددت جزءا من ديونها"] in ("الحمدي", "كمال الحمدي")


def test_a_gulf_named_after_a_country_or_town_is_a_sea_of_its_own() -> None:
    # `خليج [المكسيك]`: 10 LOC rows on the ANT slice had been Mexico, the country, in hurricane and oil reports
    keys = entity_keys("وتحركت العاصفة عبر خليج المكسيك باتجاه ولاية لويزيانا. وتعمل الشركة في ثلاثة قطاعات بخليج السويس. "
                       "وزار الوزير المكسيك الشهر الماضي.")
    assert "خليج المكسيك" in keys and "خليج السويس" in keys
    assert keys["خليج المكسيك"] != keys["المكسيك"]


# From wire38's misses, read after its first score.


def test_a_ministrys_short_form_before_its_second_work_and_that_works_object() -> None:
    # `وزارة الاتصالات` in the headline had a key of its own beside `وزارة الاتصالات [وتقنية] المعلومات`
    keys = entity_keys("وزارة الاتصالات تمنح شركة جديدة ترخيصا لتشغيل الهاتف النقال\nعدن 4 أغسطس 2025 (سبأ) - منحت وزارة "
                       "الاتصالات وتقنية المعلومات، اليوم الاثنين، شركة جديدة ترخيصا لتشغيل خدمات الجيل الرابع.")
    assert keys["وزارة الاتصالات"] == keys["وزارة الاتصالات وتقنية المعلومات"]


def test_a_continental_football_federation_is_not_the_continents_union() -> None:
    # `الاتحاد الإفريقي [لكرة القدم] (كاف)`: the gazetteer's African Union had been matched, and its purpose left out
    keys = entity_keys("وحضر الاجتماع ممثلون عن الاتحاد الإفريقي لكرة القدم (كاف) والاتحاد الأفريقي لألعاب القوى. "
                       "وقال الاتحاد الأفريقي إن القمة المقبلة ستعقد في أديس أبابا.")
    assert keys["الاتحاد الإفريقي لكرة القدم"] == keys["كاف"]
    assert "الاتحاد الأفريقي لألعاب القوى" in keys
    assert keys["الاتحاد الأفريقي"] != keys["الاتحاد الإفريقي لكرة القدم"]


def test_a_national_assembly_is_a_parliament_and_an_association_keeps_its_purpose() -> None:
    # `الجمعية الوطنية` alone had been no ORG (a `الجمعية` needed its purpose); France's keeps its adjective and country
    keys = entity_keys("ويحال مشروع القانون على الجمعية الوطنية خلال دورتها الطارئة. وصوتت الجمعية الوطنية الفرنسية على "
                       "النص. وطالبت الجمعية الوطنية للأسلحة النارية بتعديله.")
    assert {"الجمعية الوطنية", "الجمعية الوطنية الفرنسية", "الجمعية الوطنية للأسلحة النارية"} <= keys.keys()
    assert keys["الجمعية الوطنية"] != keys["الجمعية الوطنية الفرنسية"]


def test_last_weekday_named_on_that_weekday_is_the_week_before() -> None:
    # `الخميس الماضي` in a dispatch of Thursday 23 January 2025 had been the day itself (wire38); on the ANT slice 25
    # such dates moved a week back, every one checked against the event (Khashoggi entered the consulate on Tuesday
    # 2 October 2018, in an article of Tuesday the 9th)
    text = "وكانت الوزارة قد وقعت، الخميس الماضي بالرباط، اتفاقية تعاون، ووصل الوفد الأربعاء الماضي."
    found = {text[d.start : d.end]: d.resolved for d in find_dates_in(text, dt.date(2025, 1, 23))}
    assert found == {"الخميس الماضي": dt.date(2025, 1, 16), "الأربعاء الماضي": dt.date(2025, 1, 22)}


def test_a_unit_keeps_its_power_and_its_rate() -> None:
    # `60 مترا [مكعبا في الثانية]` had been `60 مترا`, under half the gold span (wire38); on the ANT slice 74 amounts grew
    # (`130 كيلومترا في الساعة` of hurricanes, `64 مليار متر مكعب` of gas, `266 ألف كيلومتر مربع`)
    text = ("وزادت الوزارة الإطلاقات إلى 60 مترا مكعبا في الثانية، وبلغت الملوحة 4500 جزء في المليون، ورياح تصل إلى 65 ميلا "
            "(100 كيلومتر) في الساعة.")
    found = {text[a.start : a.end]: a.unit for a in find_amounts_in(text)}
    assert found["60 مترا مكعبا في الثانية"] == "متر مكعب في الثانية"
    assert found["4500 جزء في المليون"] == "جزء في المليون"
    assert found["100 كيلومتر"] == "كيلومتر"  # a bracket between: the rate is the miles' too


def test_a_year_before_a_participle_of_saying_is_no_amount() -> None:
    # `كأس آسيا 2027 [مؤكدا] أن`: a year counted `مؤكدا` (wire38); `5366 مضيفة طيران` still counts flight attendants
    text = "وتحدث عن كأس آسيا 2027 مؤكدا أن الاتحاد جاهز. وشملت الدراسة 5366 مضيفة طيران."
    found = {text[a.start : a.end] for a in find_amounts_in(text)}
    assert found == {"5366 مضيفة"}


def test_a_monarch_by_name_and_regnal_number() -> None:
    # `المغفور له [الحسن الثاني]` had been no one (wire39); `الملك عبد الله [الثاني]` had been `عبد الله`; on the ANT slice
    # `الملك الفرعوني رمسيس الثاني`, `البابا تواضروس الثاني` are found now
    labels = entity_labels("أحدثت الجائزة سنة 1971 بمبادرة من جلالة المغفور له الحسن الثاني. ونقلت الوزارة تمثال الملك "
                           "الفرعوني رمسيس الثاني. ووصل العاهل الأردني الملك عبد الله الثاني إلى الرياض.")
    assert {("الحسن الثاني", "PERSON"), ("رمسيس الثاني", "PERSON"), ("عبد الله الثاني", "PERSON")} <= set(labels)


def test_a_regnal_number_alone_is_no_one() -> None:
    # the number alone had been the king's surname, or the tagger's person keyed to him (`المتهم [الثاني]`, George `[الثالث]`
    # on the ANT slice); before the change this fails as the king himself is not found
    labels = entity_labels("وأسس الملك الحسن الثاني الجائزة. وقال المتهم الثاني إنه بريء، وحقق الفريق لقبه في موسميه الأول "
                           "والثاني.")
    assert [surface for surface, label in labels if label == "PERSON"] == ["الحسن الثاني"]


def test_a_prize_named_after_a_king_by_his_regnal_number() -> None:
    # `جائزة الحسن [الثاني] للغولف`: `الثاني` had ended the name as an adjective of time, and the prize was no MISC (wire39)
    labels = entity_labels("وأحرز الأمريكي بن كارتر جائزة الحسن الثاني للغولف بمجموع 279 ضربة.")
    assert ("جائزة الحسن الثاني للغولف", "MISC") in labels


def test_games_national_days_and_a_landmark_the_gazetteer_lacked() -> None:
    # `دورة الألعاب الآسيوية 2030`, Qatar's sport day, the UAE's union day and Dubai's Global Village had been no names
    # (wire39); the winter games are no summer games (`دورة الألعاب الأولمبية [الشتوية]`: 12 rows on the ANT slice)
    labels = entity_labels("وتستعد الدوحة لاستضافة دورة الألعاب الآسيوية 2030، وتنطلق فعاليات اليوم الرياضي للدولة غدا. "
                           "وتتزامن مع احتفالات عيد الاتحاد، وتستقبل القرية العالمية زوارها. وشاركت في دورة الألعاب "
                           "الأولمبية الشتوية.")
    assert {("دورة الألعاب الآسيوية 2030", "MISC"), ("اليوم الرياضي للدولة", "MISC"), ("عيد الاتحاد", "MISC"),
            ("القرية العالمية", "LOC"), ("دورة الألعاب الأولمبية الشتوية", "MISC")} <= set(labels)


def test_a_clitic_before_a_common_noun_or_a_feminine_present_verb_is_no_surname() -> None:
    # `مارتين [تتوج]`, `مارتين [بلقب]` (wire39); on the ANT slice `صلاح [بشكل]`, `نيمار [بنوع]`, `مني [بخسارة]`: 14 junk names
    surfaces = [surface for surface, _ in entity_labels("والإسبانية لوسيا مارتين تتوج بكأس البطولة. وسجل محمد صلاح هدفا، "
                                                        "وتحرك صلاح بشكل رائع. والتقى فلاديمير بوتين رئيس الوزراء.")]
    assert not {"مارتين تتوج", "صلاح بشكل"} & set(surfaces)
    assert "فلاديمير بوتين" in surfaces  # `بوتين` opens with `ب`, but news never writes `وتين`


def test_a_telephone_line_is_no_amount_and_a_quintal_is_a_unit() -> None:
    # `الرقم الأخضر 80101919`, `الرقم الموحد 199099` had been amounts (wire40), and `قنطارا` a thing counted
    text = "ويمكن الإبلاغ عبر الرقم الأخضر 80101919 أو الرقم الموحد 199099. وبلغ الإنتاج 30 قنطارا في الهكتار."
    found = {text[a.start : a.end]: a.unit for a in find_amounts_in(text)}
    assert found == {"30 قنطارا": "قنطار"}


def test_a_curator_is_no_amina_and_her_name_after_the_comma_speaks() -> None:
    # `وأوضحت [أمينة المعرض]، الدكتورة مريم سالم الظاهري، أن`: the curator had been a PERSON `أمينة المعرض` and the speaker
    # (wire40); `أمينة الفارسي` is still a woman named Amina
    entities, quotes = mentions("وأوضحت أمينة المعرض، الدكتورة مريم سالم الظاهري، أن القطع المعارة تشمل مصحفا. وقالت أمينة "
                                "الفارسي إن المشروع ناجح.")
    people = [e["text"] for e in entities.to_pylist() if e["label"] == "PERSON"]
    assert "أمينة المعرض" not in people and "أمينة الفارسي" in people
    assert [q["speaker"] for q in quotes.to_pylist()] == ["مريم سالم الظاهري", "أمينة الفارسي"]


def test_a_capital_spelt_like_its_country_has_a_key_of_its_own() -> None:
    # `برازيليا` (Brasília) had shared `البرازيل`'s key, and `برقة` (Cyrenaica) that of the town `البريقة`: the spelling key
    # drops long vowels; a country and its capital never share a key (issue 16)
    keys = entity_keys("وصل الرئيس إلى برازيليا في أول زيارة إلى البرازيل. وتقع البريقة في إقليم برقة شرقي ليبيا.")
    assert keys["برازيليا"] != keys["البرازيل"]
    assert keys["برقة"] != keys["البريقة"]


def test_the_name_after_a_role_and_a_nationality_in_apposition_speaks() -> None:
    # `أوضح مدير الفعاليات في شركة …، [البريطاني] مارك ستيفنسون، أن` (wire41): the comma before the nationality had kept
    # the role phrase as the speaker; on the ANT slice 21 reports now name the spokesman (`…، العقيد تركي المالكي، أن`)
    _, quotes = mentions("من جهته، أوضح مدير الفعاليات في شركة فارنبرة الدولية، البريطاني مارك ستيفنسون، أن الشركة جاهزة "
                         "لاستقبال العارضين.")
    assert [q["speaker"] for q in quotes.to_pylist()] == ["مارك ستيفنسون"]


def test_the_same_coach_is_no_one_named_the_same() -> None:
    # `وأوضح المدرب [ذاته] أن` (wire41): `ذاته` had been a PERSON after the role, and the speaker
    _, quotes = mentions("وقال المدرب محمد الزياني إن الفريق جاهز. وأوضح المدرب ذاته أن المجموعة خاضت مباريات ودية.")
    assert [q["speaker"] for q in quotes.to_pylist()] == ["محمد الزياني", "محمد الزياني"]


def test_a_body_named_after_one_given_name_and_its_adjective() -> None:
    # `مؤسسة حمد الطبية` had been a PERSON `حمد الطبية` (wire41); `مستشفى خليفة` alone still names no body
    labels = entity_labels("أعلنت مؤسسة حمد الطبية اليوم أن خدمة الإسعاف تحسنت، ونقل المصاب إلى مستشفى خليفة أمس.")
    assert ("مؤسسة حمد الطبية", "ORG") in labels
    assert not any(label == "PERSON" for _, label in labels)


def test_sudans_yemens_iraqs_and_palestines_agencies_by_acronym() -> None:
    # `(سونا)` had a key of its own beside `وكالة السودان للأنباء` (wire41); WAFA, SABA and INA likewise
    keys = entity_keys("بورتسودان 12 مايو 2025 (سونا) - قال الوزير في تصريح لوكالة السودان للأنباء إن الشحنة غادرت.")
    assert keys["سونا"] == keys["وكالة السودان للأنباء"]


def test_a_lieutenant_in_apposition_after_a_role_speaks() -> None:
    # `وأوضح المكلف بالإعلام …، [الملازم الأول] عبد الحكيم بوذراع، … أن` (wire41): `الملازم` was no rank, so the role spoke
    _, quotes = mentions("وأوضح المكلف بالإعلام بمديرية الحماية المدنية لولاية تبسة، الملازم الأول عبد الحكيم بوذراع، في "
                         "تصريح لوأج، أن الانهيار وقع على عمق 40 مترا.")
    assert [q["speaker"] for q in quotes.to_pylist()] == ["عبد الحكيم بوذراع"]
