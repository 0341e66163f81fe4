"""Rules of the twentieth session (2026-12-07), read from the wrong groups of the unseen sets before it and from the
unseen sets of this one after their first scores, each on sentences of its own, each failing on the code before it
(but the guard parts, which say so)."""

from __future__ import annotations

import datetime as dt

from articles import entity_keys, entity_labels, mentions, speakers

from akhbar.tasks.extract_dates import find_dates_in


def test_a_red_crescent_society_is_its_country_s_red_crescent() -> None:
    keys = entity_keys("وأكدت جمعية الهلال الأحمر الكويتي أنها وزعت الطرود على الأسر. وقال الهلال الأحمر الكويتي إن العمل مستمر.")
    assert keys["جمعية الهلال الأحمر الكويتي"] == keys["الهلال الأحمر الكويتي"]
    keys = entity_keys("أعلنت هيئة الهلال الأحمر الإماراتي توزيع المساعدات. وقال الهلال الأحمر الإماراتي إن القافلة وصلت.")
    assert keys["هيئة الهلال الأحمر الإماراتي"] == keys["الهلال الأحمر الإماراتي"]
    # named without its country in a wire, it is the dateline's: the country's own
    keys = entity_keys("الكويت - 10 - 3 (كونا) -- أعلنت جمعية الهلال الأحمر توزيع الطرود. وقال الهلال الأحمر الكويتي إن العمل مستمر.")
    assert keys["جمعية الهلال الأحمر"] == keys["الهلال الأحمر الكويتي"]
    # guard (it held before): two countries' societies stay two
    keys = entity_keys("ووقعت جمعية الهلال الأحمر القطري اتفاقية مع الهلال الأحمر التركي لدعم المتضررين.")
    assert keys["جمعية الهلال الأحمر القطري"] != keys["الهلال الأحمر التركي"]


def test_a_vessel_named_in_marks_after_its_kind_with_the_article() -> None:
    labels = entity_labels('وفاز القارب "الجليلة" بالمركز الأول في السباق، فيما حل القارب "الريم" ثانيا.')
    assert ("الجليلة", "MISC") in labels and ("الريم", "MISC") in labels
    assert ("أكواريوس", "MISC") in entity_labels('وأنقذت السفينة "أكواريوس" 141 مهاجرا قبالة السواحل الليبية.')
    # guard: what was said of a boat is no name (four words at most after the article)
    assert entity_labels('وقال المصدر إن القارب "كان يقوده مواطن يحمل الجنسية الإسبانية" عند توقيفه.') == []


def test_a_sports_federation_named_short_is_the_one_named_in_full() -> None:
    keys = entity_keys("أعلن الاتحاد المصري لكرة القدم تعيين مدرب جديد للمنتخب. وقال رئيس اتحاد كرة القدم إن القرار نهائي.")
    assert keys["اتحاد كرة القدم"] == keys["الاتحاد المصري لكرة القدم"]
    keys = entity_keys("وفاز العداء ببطولة الاتحاد الجزائري لألعاب القوى، وقال اتحاد ألعاب القوى إنه فخور بالنتيجة.")
    assert keys["اتحاد ألعاب القوى"] == keys["الاتحاد الجزائري لألعاب القوى"]
    # guard (it held before): another sport's federation is another body
    keys = entity_keys("وأكد الاتحاد الكويتي لكرة اليد مشاركته في البطولة، فيما قال اتحاد كرة القدم إن الاستعدادات جارية.")
    assert keys["اتحاد كرة القدم"] != keys["الاتحاد الكويتي لكرة اليد"]


def test_a_maghreb_given_name_with_the_article_in_apposition_speaks() -> None:
    text = "وأوضح المدير الفني للجامعة، المعز الحرباوي، أن المنتخب سيضم 5 لاعبين."
    assert speakers(text) == ["المعز الحرباوي"]


def test_a_charity_run_named_for_its_patron() -> None:
    assert ("ماراثون زايد الخيري", "MISC") in entity_labels("وتنطلق يوم الجمعة المقبل فعاليات ماراثون زايد الخيري في أبوظبي.")
    # guard (it held before): a charity fair of a kind of thing is no name
    assert not any("الكتاب" in name for name, _ in entity_labels("ونظمت الجمعية معرض الكتاب الخيري في المدرسة."))


def test_the_royal_navy_is_its_country_s() -> None:
    keys = entity_keys("طرفاية 5 يوليوز 2026 (ومع) - أنقذت وحدة تابعة للبحرية الملكية 52 مهاجرا، وفق ما أعلنته البحرية الملكية."
                       " وأرسلت البحرية الملكية البريطانية فرقاطة إلى الخليج.")
    assert keys["البحرية الملكية"] == keys["لبحرية الملكية"]
    assert keys["البحرية الملكية"] != keys["البحرية الملكية البريطانية"]
    assert ("القوات الملكية الجوية", "ORG") in entity_labels("وشاركت القوات الملكية الجوية في عملية الإنقاذ قبالة الداخلة.")


def test_a_placing_is_no_body() -> None:
    labels = entity_labels("وحافظت إيران على مركز الصدارة في القارة، وأصبحت في المركز 32 عالميا.")
    assert not any("مركز" in name or "المركز" in name for name, _ in labels)
    labels = entity_labels("أحرز نادي مولودية الجزائر المرتبة الأولى في الترتيب العام للبطولة الوطنية للجيدو.")
    assert ("مولودية الجزائر", "ORG") in labels
    # guard (it held before): a centre named for what it does is a body
    assert ("المركز الوطني للأرصاد", "ORG") in entity_labels("وأعلن المركز الوطني للأرصاد أن الحرارة سترتفع غدا.")


def test_bab_al_bahrain_is_a_landmark_not_the_country() -> None:
    labels = entity_labels("أطلقت البلدية نظام المواقف الذكية في محيط باب البحرين بالعاصمة المنامة.")
    assert ("باب البحرين", "LOC") in labels and ("البحرين", "LOC") not in labels


def test_a_numbered_road_is_a_place() -> None:
    labels = entity_labels("وقع الحادث على مستوى الطريق الوطني رقم 9 الرابط بين سطيف وبجاية، فيما أغلق جزء من الطريق السيار أ1.")
    assert ("الطريق الوطني رقم 9", "LOC") in labels and ("الطريق السيار أ1", "LOC") in labels
    assert ("الطريق الوطنية رقم ٥", "LOC") in entity_labels("وتمت صيانة الطريق الوطنية رقم ٥.")
    # guard (it held before): a kind of road is no place
    assert entity_labels("وسلك السائق الطريق السريع نحو الشمال.") == []


def test_a_participle_goes_on_from_the_body_that_opens_its_sentence() -> None:
    text = ("تونس 17 ديسمبر (وات) - دعت وزارة المالية، اليوم الثلاثاء، المطالبين بالأداء إلى تسوية وضعياتهم قبل انقضاء الآجال،"
            " مؤكدة أن هذه الآجال لن يتم التمديد فيها.")
    assert speakers(text) == ["وزارة المالية"]
    # guard (it held before): a body that is the verb's object is no subject
    assert speakers("استقبل وزير الخارجية وفد البنك الدولي، مؤكدا أن التعاون مستمر.") != ["البنك الدولي"]


def test_a_breeder_named_with_his_trade_speaks_as_his_name() -> None:
    text = "من جهته، قال المنمي سيدي محمد ولد اعل، صاحب الناقة الفائزة: «هذا الفوز ثمرة سنوات من العناية»."
    assert speakers(text) == ["سيدي محمد ولد اعل"]


def test_one_sense_per_document_stops_at_an_adjective() -> None:
    text = ("أزمور - 5 يونيو 2024 (ومع) - خضعت القنطرة الجديدة المشيدة على وادي أم الربيع لاختبار الحمولة، بحضور عامل إقليم"
            " الجديدة. ويربط الطريق بين الجديدة والدار البيضاء.")
    found = [(e["text"], e["char_start"]) for e in mentions(text)[0].to_pylist() if e["text"] == "الجديدة"]
    bridge = text.index("القنطرة الجديدة") + len("القنطرة ")
    assert bridge not in [start for _, start in found]
    # guard (it held before): the town itself, between two towns, is still found
    assert text.index("بين الجديدة") + len("بين ") in [start for _, start in found]


def test_a_man_named_in_an_aside_does_not_take_over_the_participle() -> None:
    text = ("الجزائر 22 أكتوبر 2024 (واج) - استمعت لجنة المالية، اليوم الثلاثاء، إلى عرض قدمه وزير الصحة، محمد الأمين بوعلام، حول"
            " ميزانية قطاعه.\nوأوضح الوزير، خلال الجلسة التي ترأسها رئيس اللجنة عبد القادر مبروكي، أن ميزانية التسيير تستحوذ على"
            " 912 مليار دج، مضيفا أن اعتمادات التجهيز ستوجه لاستكمال إنجاز 14 مستشفى جديدا.")
    assert speakers(text)[-2:] == ["محمد الأمين بوعلام", "محمد الأمين بوعلام"]
    # guard (it held before): the speaker named inside the first quote's phrase goes on
    text = "يقول مراسل بي بي سي في باريس هيو سكوفيلد إن هذا يشير إلى تغيير، مضيفا أن الرئاسة لم تعلق."
    assert speakers(text)[-1] == "هيو سكوفيلد"


def test_census_areas_are_no_places() -> None:
    assert entity_labels("وشرعت الفرق في تحديد مناطق العد وترقيم المباني في كامل التراب الوطني.") == []


def test_an_archaeological_site_is_no_website() -> None:
    labels = entity_labels("ويستقبل موقع جرش الأثري آلاف الزوار سنويا.")
    assert ("جرش", "LOC") in labels and not any(label == "ORG" for _, label in labels)


def test_a_women_s_league_is_its_own_event() -> None:
    labels = entity_labels("أحرز الجيش الملكي لقب دوري أبطال إفريقيا للسيدات سنة 2022.")
    assert ("دوري أبطال إفريقيا للسيدات", "MISC") in labels


def test_a_season_s_year_is_a_date_whatever_follows_it() -> None:
    found = [(d.resolved, d.granularity) for d in find_dates_in("يذكر أن موريتانيا سجلت صيف 2024 درجات حرارة قياسية.", dt.date(2025, 6, 1))]
    assert found == [(dt.date(2024, 1, 1), "year")]
    # guard (it held before): a number that counts degrees is no year
    assert find_dates_in("وسجلت المحطة 2024 درجة في المجموع.", dt.date(2025, 6, 1)) == []


def test_a_fair_named_for_a_town_no_list_knows() -> None:
    assert ("معرض غريان للكتاب", "MISC") in entity_labels("وافتتح معرض غريان للكتاب أمس بمشاركة 40 دار نشر.")
    # guard (it held before): a fair of common things is no name, nor `في معرض` (in the course of) a justification
    assert entity_labels("ونظمت الجمعية معرض صور للفنانين الشباب في المدرسة.") == []
    assert entity_labels("وقالت الوزيرة في معرض تبريرها للقرار إن الظروف تغيرت.") == []


def test_a_governor_named_after_his_province_speaks_as_his_name() -> None:
    text = "وكان عامل إقليم الحسيمة، عبد الإله بوزيان، قد أكد خلال اجتماع تنسيقي أن الاستعدادات جارية."
    assert speakers(text) == ["عبد الإله بوزيان"]


def test_a_mosque_named_by_a_word_of_its_own_is_a_place() -> None:
    assert ("مسجد الصفح", "LOC") in entity_labels("وأنجز المشروع ترميم مسجد الصفح في منطقة الباحة.")
    # guard: what a mosque is for is no name
    assert not any("مسجد" in name for name, _ in entity_labels("لكن الأقصى قبل كل شيء مسجد للعبادة والتقرب."))


def test_oman_s_royal_forces_are_found_whole() -> None:
    labels = entity_labels("مسقط في 10 نوفمبر /العمانية/ تواصل وحدات من الجيش السلطاني العماني والحرس السلطاني العماني"
                           " وقوات السلطان المسلحة التدريبات استعدادا للعرض العسكري.")
    for name in ("الجيش السلطاني العماني", "الحرس السلطاني العماني", "قوات السلطان المسلحة"):
        assert (name, "ORG") in labels


def test_a_cup_named_after_a_federation_is_the_cup() -> None:
    keys = entity_keys("وفاز أرسنال بكأس الاتحاد الإنجليزي بعد فوزه على تشيلسي. وقال الاتحاد الإنجليزي إن النهائي سيقام في ويمبلي.")
    assert keys["كأس الاتحاد الإنجليزي"] != keys["الاتحاد الإنجليزي"]
    assert ("كأس الاتحاد الآسيوي", "MISC") in entity_labels("ويشارك المحرق في كأس الاتحاد الآسيوي هذا الموسم.")


def test_a_rank_s_ordinal_is_no_part_of_the_name() -> None:
    text = "وأوضح المكلف بالإعلام، الملازم الأول عبد القادر بلعربي، أن الحادث وقع ليلا. وأضاف الملازم الأول بلعربي أن الوضع هادئ."
    assert speakers(text) == ["عبد القادر بلعربي", "بلعربي"]


def test_oman_s_and_saudi_arabia_s_bodies_are_keyed_with_their_country() -> None:
    keys = entity_keys("وافق البنك المركزي العماني على الاندماج، فيما قال البنك المركزي السعودي إن الصفقة تعزز القطاع.")
    assert keys["البنك المركزي العماني"] == {"بنك مركز@OM"} and keys["البنك المركزي السعودي"] == {"بنك مركز@SA"}
