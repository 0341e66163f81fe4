"""Towns whose name is also a common word (`data/places_local_ar.tsv`), found where the words around them say place
(`find_local_places`). Sentences of their own, not the gold's."""

from __future__ import annotations

from articles import entity_keys, mentions


def _places(*texts: str) -> list[str]:
    return [e["text"] for e in mentions(*texts)[0].to_pylist() if e["label"] == "LOC"]


def test_a_town_named_like_a_word_is_a_place_in_a_list_of_places() -> None:
    # `العيون` is `the eyes`; after Agadir in a list of markets it is Laayoune, keyed with its country
    assert entity_keys("وشملت المراقبة أسواق أكادير والعيون وطانطان طيلة الأسبوع.")["العيون"] == {"عيون@MA"}


def test_towns_after_a_kind_of_place_in_the_plural_and_in_a_list_of_such_towns() -> None:
    # `البيض` (eggs), `النعامة` (an ostrich), `بشار` (a given name): three Algerian wilayas, none in the gazetteer
    assert _places("وتضررت الطرق في ولايات البيض والنعامة وبشار بسبب السيول.") == ["البيض", "النعامة", "بشار"]
    assert _places("وتوقفت محطتي الزاوية والخمس عن العمل ليلا.") == ["الزاوية", "الخمس"]


def test_a_dateline_places_the_town_and_its_country_the_towns_after_a_locative() -> None:
    dispatch = "الداخلة 12 أبريل 2022 (ومع) - أفاد المندوب الجهوي بأن الإنتاج ارتفع بالداخلة خلال الربع الأول."
    assert _places(dispatch) == ["الداخلة", "الداخلة"]
    # no dateline of its country: `بالداخلة` is left alone (`the inner …`)
    assert _places("أفاد المندوب الجهوي بأن الإنتاج ارتفع بالداخلة خلال الربع الأول.") == []


def test_a_club_named_after_its_town_and_a_verb_after_a_comma_are_no_places() -> None:
    assert "العين" not in _places("وتعادل الوحدة أمام استقلال طهران والعين الإماراتي في الجولة الثالثة.")
    assert "نجد" not in _places("وإذا تجاوزنا حدود السعودية، نجد أن النصر فاز مرتين.")


def test_one_spelling_is_one_place_within_a_document() -> None:
    # the gazetteer places `كردستان` in Iraq only after `إقليم`; its bare mention later takes the document's key,
    # while a document that never places it leaves it without a country
    iraq = "أعيد فتح مطار أربيل في إقليم كردستان العراق أمس. وكان الحظر قد فرض بعد الاستفتاء على استقلال كردستان قبل ستة أشهر."
    assert entity_keys(iraq)["كردستان"] == {"كردستن@IQ"}
    assert entity_keys("فرقت الشرطة المحتجين في غرب كردستان أمس.")["كردستان"] == {"كردستن"}


def test_without_a_dateline_the_country_the_document_is_about_places_its_towns_after_in() -> None:
    article = ("قالت منظمات إغاثة إن الأوضاع الإنسانية في سوريا تتدهور. وأضافت أن آلاف العائلات نزحت من ريف حلب نحو إدلب. "
               "وأفاد سكان بأن القصف تجدد في دوما صباح اليوم، وأن المستشفيات في حماة تعمل فوق طاقتها.")
    assert entity_keys(article)["دوما"] == {"دوما@SY"} and entity_keys(article)["حماة"] == {"حما@SY"}
    # after `من` only a dateline's country places it: `خسارته من العين` is to the club, in an article on the UAE league
    sport = "تصدر الجزيرة الدوري الإماراتي في أبوظبي بعد فوزه في دبي، فيما عاد الوصل بعد خسارته من العين."
    assert "العين" not in _places(sport)


# The Arab world's towns from GeoNames (`data/places_towns_ar.tsv`, `build_towns`): rare words, placed by a locative in any
# country's news, with or without a dateline.

def test_a_town_of_geonames_after_a_locative_is_a_place_keyed_with_its_country() -> None:
    assert entity_keys("وقالت الشرطة إن انفجارا وقع صباح اليوم في أبو غريب غرب العاصمة.")["أبو غريب"] == {"ابغرب@IQ"}
    assert _places("وعاد مئات النازحين أمس إلى تل رفعت بعد أشهر من القتال.") == ["تل رفعت"]
    assert _places("ونقل المصابون من جسر الشغور إلى مستشفى ميداني.") == ["جسر الشغور"]


def test_a_town_behind_a_clitic_and_in_a_list_of_towns() -> None:
    assert _places("ووصلت قوافل المساعدات إلى حمص وجيرود خلال الأسبوع الماضي.") == ["حمص", "جيرود"]
    assert _places("وشهدت بخانقين مظاهرة صغيرة.") == ["خانقين"]


def test_a_town_after_a_kind_of_place_in_the_singular() -> None:
    # `قضاء`, an Iraqi district, and `مديرية`, a Yemeni one, are no place heads of their own (`قضاء الوقت`, spending time)
    assert _places("ويربط النفق المغمور الميناء بقضاء أم قصر جنوبي البلاد.") == ["أم قصر"]
    assert _places("واندلعت اشتباكات عنيفة أمس في مديرية بيت الفقيه.") == ["بيت الفقيه"]


def test_a_geonames_town_is_no_place_where_no_locative_says_so() -> None:
    # `أبو غريب` as the subject of a verb: no locative before it, so the town tier leaves it to the model
    assert "local" not in {e["source"] for e in mentions("شارك أبو غريب في الحفل الختامي للمهرجان.")[0].to_pylist()}


def test_a_word_with_a_clitic_is_no_town_where_news_writes_it_as_a_noun() -> None:
    # `فصيلة` (a species) takes the article in news (`الفصيلة`): no `ف` and a town `صيلة`; `بكسل`, pixels, no town at all
    assert _places("وقال الباحثون إن فصيلة سمكة القرش المسؤولة عن الهجوم غير معروفة.") == []
    assert _places("تبلغ دقة عرض الشاشة 1125 في 2436 بكسل.") == []


def test_a_dateline_town_named_like_a_given_name_is_the_town_throughout_the_dispatch() -> None:
    # `بشار`, a given name, is Béchar in APS's dispatch datelined there: the dateline, and `ببشار` later, not a person
    dispatch = ("بشار 8 فيفري 2026 (واج) - أشرف وزير النقل اليوم الأحد ببشار على تدشين محطة جديدة للقطارات.\n"
                "وأوضح الوزير أن الخط يربط بين بشار وتندوف على مسافة 600 كيلومتر.")
    rows = mentions(dispatch)[0].to_pylist()
    assert [e["label"] for e in rows if e["text"] == "بشار"] == ["LOC", "LOC", "LOC"]
    assert not [e for e in rows if e["label"] == "PERSON" and "بشار" in e["text"]]
