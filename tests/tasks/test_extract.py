"""Extract: gazetteer and role entities, direct quotes with speakers, exact document offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from akhbar.schemas import sentences as sentences_schema
from akhbar.tasks.clean import normalize_text, sentence_spans
from akhbar.tasks.extract import ENTITY_COLUMNS, QUOTE_COLUMNS, extract_entities, extract_quotes
from akhbar.tasks.extract_canonical import canonical_key, place_key

SENTENCES = sentences_schema.COLUMNS
DAY = dt.date(2017, 1, 24)
SEED = Path(__file__).parents[2] / "seeds" / "astana-20170124.txt"

# Sentences of the seed article (seeds/astana-20170124.txt).
ASTANA = "بدأت الوفود المشاركة في المفاوضات حول سوريا في العاصمة الكازاخستانية أستانة، بالوصول إلى الفندق لمواصلة الأعمال التي انطلقت أمس الاثنين."
LAVRENTIEV = "ووصل إلى مكان إجراء المفاوضات الوفد الروسي برئاسة المبعوث الخاص للرئيس الروسي إلى سوريا، ألكسندر لافرينتييف."
DE_MISTURA = 'من جانبه، ذكر المبعوث الأممي الخاص إلى سوريا، ستافان دي ميستورا، للصحفيين أن "العمل مستمر"، وهو قد تبادل أطراف الحديث مع رئيس الوفد الإيراني، حسين أنصاري.'
SCARE = 'كما وصل إلى الفندق وفد "المعارضة السورية" المسلحة.'
UN_ENVOY = "وعبر ممثل الأمين العام للأمم المتحدة الخاص بسوريا ستيفان دي ميستوراعن تفاؤله بما ستخرج به اللقاءات."
PARTIES = "وبدأت لقاءات أستانة حول سوريا الاثنين، وتتضمن اللقاءات اليوم اجتماعات مغلقة بين وفدي المعارضة والنظام، إلى جانب حضور ممثلين عن تركيا وروسيا وإيران والولايات المتحدة، وأيضاً دي ميستورا."
JAAFARI = "وكان وفد المعارضة قد عبر أمس عن حالة من الرضا بعد اجتماعت مطولة عقدها مع المبعوث الدولي ستفان دي ميستورا والمفاوضون الروس والأتراك، في حين أن ممثل النظام السوري بشار الجعفري ترك مقر الاجتماعات دون معرفة وجهته."
REUTERS = (
    "ونقلت وكالة رويترز عن مصدر قريب من مفاوضات أستانة قوله إن اليوم الأول من المفاوضات وفر ما يدعو للتفاؤل الحذر بإمكانية تحقيق تقدم."
)
ABU_ZEID = 'وقال أسامة أبو زيد المتحدث باسم وفد الفصائل السورية في أستانا لوكالة الصحافة الفرنسية "إذا نجحت الطاولة نحن مع الطاولة، لكن إذا لم تنجح، للأسف لا يكون لنا خيار غير استمرار القتال".'


def document(*texts: str, doc_id: str = "d1") -> tuple[str, pa.Table]:
    """A document with one sentence a line, and its sentence rows with document offsets."""
    doc, rows, start = "\n".join(texts), [], 0
    for sentence_id, text in enumerate(texts):
        span = {"text": text, "char_start": start, "char_end": start + len(text)}
        rows.append({"doc_id": doc_id, "sentence_id": sentence_id, **span, "partition_date": DAY})
        start += len(text) + 1
    return doc, pa.Table.from_pylist(rows, schema=SENTENCES)


def extract(*texts: str) -> tuple[list[dict], list[dict]]:
    """Entities and quotes of a one-document batch, after checking every offset against the document."""
    doc, sentences = document(*texts)
    entities, quotes = extract_entities.fn(sentences).to_pylist(), extract_quotes.fn(sentences).to_pylist()
    for e in entities:
        assert doc[e["char_start"] : e["char_end"]] == e["text"]
    for q in quotes:
        assert doc[q["char_start"] : q["char_end"]] == q["quote"]
        if q["speaker"] is not None:
            assert doc[q["speaker_start"] : q["speaker_end"]] == q["speaker"]
    return entities, quotes


def found(entities: list[dict]) -> set[tuple[str, str]]:
    return {(e["text"], e["label"]) for e in entities}


def spelled(schema: pa.Schema) -> str:
    return ", ".join(f"{f.name} {f.type}" for f in schema)


def test_seed_quotes_have_their_speakers() -> None:
    _, quotes = extract(DE_MISTURA, SCARE, ABU_ZEID)
    assert [(q["sentence_id"], q["quote"], q["speaker"], q["verb"], q["kind"]) for q in quotes] == [
        (0, "العمل مستمر", "ستافان دي ميستورا", "ذكر", "direct"),
        (2, ABU_ZEID[ABU_ZEID.index('"') + 1 : -2], "أسامة أبو زيد", "وقال", "direct"),
    ]


def test_seed_entities_and_labels() -> None:
    entities, _ = extract(ASTANA, LAVRENTIEV, DE_MISTURA, PARTIES, ABU_ZEID)
    assert found(entities) == {
        ("سوريا", "LOC"),
        ("أستانة", "LOC"),
        ("أستانا", "LOC"),
        ("تركيا", "LOC"),
        ("روسيا", "LOC"),
        ("إيران", "LOC"),
        ("الولايات المتحدة", "LOC"),
        ("وكالة الصحافة الفرنسية", "ORG"),
        ("ألكسندر لافرينتييف", "PERSON"),
        ("ستافان دي ميستورا", "PERSON"),
        ("دي ميستورا", "PERSON"),  # the surname alone, linked to the full name in the same document
        ("حسين أنصاري", "PERSON"),
        ("أسامة أبو زيد", "PERSON"),
    }
    by_text = {e["text"]: e for e in entities}
    assert [by_text[t]["country_code"] for t in ("سوريا", "أستانة", "الولايات المتحدة")] == ["SY", "KZ", "US"]
    assert by_text["وكالة الصحافة الفرنسية"]["country_code"] is None
    assert {by_text[t]["source"] for t in ("سوريا", "وكالة الصحافة الفرنسية")} == {"gazetteer"}
    assert by_text["أسامة أبو زيد"]["source"] == "model"  # the model's span wins over a role rule's (ner_crf.merge)


def test_seed_role_patterns_and_organisations() -> None:
    entities, _ = extract(UN_ENVOY, JAAFARI, REUTERS)
    assert found(entities) == {
        ("ستيفان دي ميستورا", "PERSON"),  # glued to `عن` by the source; cut back to the name
        ("لأمم المتحدة", "ORG"),  # `للأمم`: the preposition ل stays out, the article's ل is the name's
        ("سوريا", "LOC"),
        ("ستفان دي ميستورا", "PERSON"),
        ("بشار الجعفري", "PERSON"),
        ("رويترز", "ORG"),
        ("أستانة", "LOC"),
    }
    assert {e["canonical"] for e in entities if e["label"] == "ORG"} == {canonical_key("الأمم المتحدة"), "رترز"}
    assert len({e["canonical"] for e in entities if e["label"] == "PERSON" and "ميستورا" in e["text"]}) == 1


def test_clitics_stay_outside_the_span() -> None:
    first = "وصل الوفد."
    entities, _ = extract(first, "وصل وفد تركيا وَرُوسيا إلى دمشق وبيروت وللولايات المتحدة.")
    by_text = {e["text"]: e for e in entities}
    assert set(by_text) == {"تركيا", "رُوسيا", "دمشق", "بيروت", "لولايات المتحدة"}
    doc = first + "\n" + "وصل وفد تركيا وَرُوسيا إلى دمشق وبيروت وللولايات المتحدة."
    assert by_text["رُوسيا"]["char_start"] == doc.index("وَرُوسيا") + 2  # و and its fatha
    assert by_text["بيروت"]["char_start"] == doc.index("وبيروت") + 1
    assert by_text["رُوسيا"]["canonical"] == place_key("روسيا", "RU")
    assert by_text["لولايات المتحدة"]["canonical"] == place_key("الولايات المتحدة", "US")


def test_canonical_is_shared_by_spellings() -> None:
    entities, _ = extract("وصل إلى أستانة ثم إلى استانة ثم إلى أسْتانـة.", "وانتقد الناتو وحلف ناتو الاتفاق.")
    # NATO's short name takes its full name's key (`aliases_ar.tsv`), whichever way it is spelled
    assert [e["canonical"] for e in entities] == ["استن@KZ", "استن@KZ", "استن@KZ", "حلف شمل اطلس", "حلف شمل اطلس"]


def test_places_that_spell_alike_keep_apart() -> None:
    # The spelling key drops long vowels: Kuwait, Quito and Kut are all `كت`; their countries differ.
    entities, _ = extract("زار الوفد الكويت ثم كيتو.", "ثم وصل إلى الكوت في العراق.")
    keys = {e["text"]: e["canonical"] for e in entities}
    assert len({keys["الكويت"], keys["كيتو"], keys["الكوت"]}) == 3


def test_scare_quotes_are_not_quotes() -> None:
    _, quotes = extract(SCARE, 'وقال الوزير إن "داعش" يشكل خطرا على المنطقة.')
    # The marked name is part of the reported clause, which is one indirect quote.
    assert [(q["quote"], q["speaker"], q["kind"]) for q in quotes] == [('"داعش" يشكل خطرا على المنطقة', "الوزير", "indirect")]


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        ('"العمل مستمر ولن نتوقف"، قال وزير الخارجية الروسي سيرغي لافروف.', "العمل مستمر ولن نتوقف", "سيرغي لافروف"),
        ("وقالت الأمم المتحدة في بيان «إن المساعدات لم تصل بعد»", "إن المساعدات لم تصل بعد", "الأمم المتحدة"),
        ("وقال لافروف “نحن مستعدون للحوار مع جميع الأطراف”.", "نحن مستعدون للحوار مع جميع الأطراف", "لافروف"),
        ('وقال وزير الخارجية الروسي، سيرغي لافروف، إن "المفاوضات ستستمر".', "المفاوضات ستستمر", "سيرغي لافروف"),
        ('وقال الرئيس، في بيان، إن "الوضع صعب جدا في البلاد".', "الوضع صعب جدا في البلاد", "الرئيس"),
        ('وقال مصدر مطلع لرويترز "لم نتوصل إلى اتفاق حتى الآن".', "لم نتوصل إلى اتفاق حتى الآن", "مصدر مطلع"),
    ],
)
def test_quote_marks_verbs_and_speakers(sentence: str, quote: str, speaker: str | None) -> None:
    entities, quotes = extract(sentence)
    assert [(q["quote"], q["speaker"]) for q in quotes] == [(quote, speaker)]
    people = {e["text"] for e in entities if e["label"] == "PERSON"}
    assert people == ({speaker} if speaker in ("سيرغي لافروف", "لافروف") else set())  # role phrases are no PERSON


def test_common_words_are_not_places() -> None:
    entities, _ = extract("وشاركت معارضة سورية وقوات روسية في اجتماع بعد دعم مالي من القطر السوري.")
    assert entities == []


def test_a_batch_keeps_documents_apart() -> None:
    doc_a, a = document(DE_MISTURA, doc_id="a")
    doc_b, b = document(ASTANA, ABU_ZEID, doc_id="b")
    docs = {"a": doc_a, "b": doc_b}
    entities = extract_entities.fn(pa.concat_tables([a, b]))
    quotes = extract_quotes.fn(pa.concat_tables([a, b]))
    assert all(docs[e["doc_id"]][e["char_start"] : e["char_end"]] == e["text"] for e in entities.to_pylist())
    speakers = [(q["doc_id"], q["sentence_id"], q["speaker"]) for q in quotes.to_pylist()]
    assert speakers == [("a", 0, "ستافان دي ميستورا"), ("b", 1, "أسامة أبو زيد")]
    assert set(entities["partition_date"].to_pylist()) == {DAY}


def test_schemas_are_exact() -> None:
    _, sentences = document(DE_MISTURA)
    assert extract_entities.fn(sentences).schema == ENTITY_COLUMNS
    assert extract_quotes.fn(sentences).schema == QUOTE_COLUMNS
    assert spelled(ENTITY_COLUMNS) == (
        "doc_id string, sentence_id int32, text string, label string, char_start int32, char_end int32, "
        "canonical string, source string, country_code string, name_en string, partition_date date32[day]"
    )
    assert spelled(QUOTE_COLUMNS) == (
        "doc_id string, sentence_id int32, sentence_id_end int32, quote string, speaker string, kind string, char_start int32, "
        "char_end int32, verb string, speaker_start int32, speaker_end int32, speaker_canonical string, quote_en string, partition_date date32[day]"
    )


def test_empty_input_gives_empty_tables() -> None:
    empty = SENTENCES.empty_table()
    entities, quotes = extract_entities.fn(empty), extract_quotes.fn(empty)
    assert (entities.num_rows, entities.schema) == (0, ENTITY_COLUMNS)
    assert (quotes.num_rows, quotes.schema) == (0, QUOTE_COLUMNS)


def pipeline_sentences(raw: str, doc_id: str = "d1") -> tuple[str, pa.Table]:
    """A raw article cleaned and segmented as the pipeline does it (normalize_text, sentence_spans)."""
    text = normalize_text(raw)
    rows = [
        {"doc_id": doc_id, "sentence_id": k, "text": text[s:e], "char_start": s, "char_end": e, "partition_date": DAY}
        for k, (s, e) in enumerate(sentence_spans(text))
    ]
    return text, pa.Table.from_pylist(rows, schema=SENTENCES)


def checked(text: str, sentences: pa.Table) -> tuple[list[dict], list[dict]]:
    """Entities and quotes of one cleaned document, every span sliced back from the text."""
    entities, quotes = extract_entities.fn(sentences).to_pylist(), extract_quotes.fn(sentences).to_pylist()
    assert all(text[e["char_start"] : e["char_end"]] == e["text"] for e in entities)
    assert all(text[q["char_start"] : q["char_end"]] == q["quote"] for q in quotes)
    assert all(text[q["speaker_start"] : q["speaker_end"]] == q["speaker"] for q in quotes if q["speaker"])
    return entities, quotes


def test_seed_spellings_share_one_canonical() -> None:
    text, sentences = pipeline_sentences(SEED.read_text(encoding="utf-8"))
    entities, _ = checked(text, sentences)
    mistura = {e["text"]: e["canonical"] for e in entities if "ستورا" in e["text"]}
    assert {"ستافان دي ميستورا", "ستيفان دي ميستورا", "ستفان دي ميستورا", "دي ميستورا", "ميستورا"} <= set(mistura)
    assert len(set(mistura.values())) == 1
    astana = {e["text"]: e["canonical"] for e in entities if e["text"] in ("أستانة", "أستانا")}
    assert set(astana) == {"أستانة", "أستانا"} and len(set(astana.values())) == 1


def test_canonical_keys_are_the_same_in_every_document() -> None:
    # No document context: the full name's key is computed from the name alone.
    assert canonical_key("ستافان دي ميستورا") == canonical_key("ستيفان دي مستورا") == canonical_key("ستفان دي ميستورا")
    assert canonical_key("أَسْتانة") == canonical_key("أستانا") == canonical_key("استانه")
    assert canonical_key("الناتو") == canonical_key("ناتو")
    assert canonical_key("ستافان دي ميستورا") != canonical_key("بشار الجعفري")


def test_seed_indirect_quotes_have_speakers() -> None:
    text, sentences = pipeline_sentences(SEED.read_text(encoding="utf-8"))
    _, quotes = checked(text, sentences)
    indirect = [(q["speaker"], q["verb"]) for q in quotes if q["kind"] == "indirect"]
    assert ("ميستورا", "وقال") in indirect
    # `نقلت وكالة رويترز عن مصدر … قوله إن`: the source, not the agency, with what places it
    assert ("مصدر قريب من مفاوضات أستانة", "ونقلت") in indirect
    assert ("مصدر قريب من مفاوضات أستانة", "وأضاف") in indirect  # `وأضاف المصدر`: the source named before
    assert len(indirect) >= 4
    assert {q["speaker"] for q in quotes if q["kind"] == "direct"} == {"ستافان دي ميستورا", "أسامة أبو زيد"}


def test_speakers_that_are_entities_carry_their_canonical() -> None:
    text, sentences = pipeline_sentences(SEED.read_text(encoding="utf-8"))
    entities, quotes = checked(text, sentences)
    mistura = {e["canonical"] for e in entities if "ستورا" in e["text"]}
    by_speaker = {q["speaker"]: q["speaker_canonical"] for q in quotes}
    assert by_speaker["ميستورا"] == by_speaker["ستافان دي ميستورا"] and {by_speaker["ميستورا"]} == mistura
    assert by_speaker["مصدر قريب من مفاوضات أستانة"] is None  # a role phrase is no entity


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        ("وقال وزير الخارجية سامح شكري إن المحادثات كانت بناءة.", "المحادثات كانت بناءة", "سامح شكري"),
        ("وأكدت الوزارة في بيان أن الحادث لم يسفر عن إصابات.", "الحادث لم يسفر عن إصابات", "الوزارة"),
        ("وأشار المتحدث إلى أن الوفد سيعود غدا.", "الوفد سيعود غدا", "المتحدث"),
        ("وأوضح مسؤولون أمريكيون أنهم يراقبون الوضع عن كثب.", "يراقبون الوضع عن كثب", "مسؤولون أمريكيون"),
    ],
)
def test_indirect_quotes_and_their_speakers(sentence: str, quote: str, speaker: str) -> None:
    _, quotes = extract(sentence)
    assert [(q["quote"], q["speaker"], q["kind"]) for q in quotes] == [(quote, speaker, "indirect")]


def test_a_bare_verb_or_pronoun_speaks_as_the_last_speaker() -> None:
    _, quotes = extract(
        "وقال رئيس الوزراء اللبناني نجيب ميقاتي إن الحكومة ستجتمع الأسبوع المقبل.",
        "وأضاف أن الأولوية هي للكهرباء.",
        'وتابع: "لن نسمح بالانهيار".',
        "من جهته، قال إنه متفائل بالنتائج.",
    )
    assert [(q["kind"], q["speaker"]) for q in quotes] == [("indirect", "نجيب ميقاتي")] * 2 + [
        ("direct", "نجيب ميقاتي"),
        ("indirect", "نجيب ميقاتي"),
    ]
    assert len({(q["speaker_start"], q["speaker_end"]) for q in quotes}) == 1  # the mention that names him


def test_people_by_given_name_without_a_role() -> None:
    entities, _ = extract("والتقى محمد بن سلمان بجون كيري في الرياض، فيما غاب أحمد أبو الغيط عن الاجتماع.")
    assert {e["text"] for e in entities if e["label"] == "PERSON"} == {"محمد بن سلمان", "جون كيري", "أحمد أبو الغيط"}


def test_function_words_are_not_names() -> None:
    entities, _ = extract("وحصل على دعم كبير على الرغم من الصعوبات، وقال الأمين العام إن على الجميع التعاون.")
    assert [e for e in entities if e["label"] == "PERSON"] == []


def test_organisations_by_head_noun() -> None:
    entities, _ = extract("وأعلنت وزارة الخارجية الأمريكية وحزب العدالة والتنمية وجامعة القاهرة موقفها، ولعب فريق ليكرز مباراته.")
    assert {(e["text"], e["label"]) for e in entities} == {
        ("وزارة الخارجية الأمريكية", "ORG"),
        ("حزب العدالة والتنمية", "ORG"),
        ("جامعة القاهرة", "ORG"),
        ("ليكرز", "ORG"),  # the type word `فريق` stays out
    }


ECONOMY = """مصر ترفع الفائدة لكبح التضخم
القاهرة (رويترز) - قرّر البنك المركزي المصري يوم الخميس رفع أسعار الفائدة الرئيسية بمقدار ٢٠٠ نقطة أساس، في خطوة تهدف إلى كبح التضخم الذي بلغ ٣٢٫٥٪ في ديسمبر ٢٠٢٣.
وقال محافظ البنك حسن عبد الله في مؤتمر صحفي إنّ «السياسة النقدية ستبقى مشددة حتى يتراجع التضخم».
وأضاف أن الحكومة تتوقع تدفقات بقيمة ثلاثة مليارات دولار خلال الأشهر المقبلة.
من جهتها، أكدت وزيرة التخطيط هالة السعيد أن الاقتصاد المصري «قادر على تجاوز الأزمة» رغم الضغوط.
وتراجع الجنيــــه المصري أمام الدولار إلى ٤٩ جنيهاً في تعاملات اليوم، بحسب بيانات بنك مصر."""

SPORTS = """ليفربول يهزم ريال مدريد
فاز فريق ليفربول على ضيفه ريال مدريد بثلاثة أهداف مقابل هدف، مساء أمس السبت، في دوري أبطال أوروبا.
وقال المدرب الألماني يورغـن كلـوب بعد المباراة: «قدّمنا أداءً رائعاً، واللاعبون يستحقون الفوز».
وسجّل النجم المصري محمد صلاح هدفين، ليرفع رصيده إلى ٢٥ هدفاً هذا الموسم.
وأشار صلاح إلى أن الفريق سيقاتل حتى النهاية من أجل اللقب."""


def test_an_unseen_economy_article() -> None:
    text, sentences = pipeline_sentences(ECONOMY)
    entities, quotes = checked(text, sentences)
    assert {(e["text"], e["label"]) for e in entities} >= {
        ("القاهرة", "LOC"),
        ("رويترز", "ORG"),
        ("البنك المركزي المصري", "ORG"),
        ("حسن عبد الله", "PERSON"),
        ("هالة السعيد", "PERSON"),
        ("بنك مصر", "ORG"),
    }
    assert [(q["kind"], q["speaker"]) for q in quotes] == [
        ("direct", "حسن عبد الله"),
        ("indirect", "حسن عبد الله"),  # `وأضاف أن`: the governor goes on
        ("indirect", "هالة السعيد"),  # marks around a fragment stay inside the reported clause
    ]
    assert quotes[2]["quote"] == "الاقتصاد المصري «قادر على تجاوز الأزمة» رغم الضغوط"


def test_an_unseen_sports_article_with_tatweel_and_diacritics() -> None:
    text, sentences = pipeline_sentences(SPORTS)
    assert "ـ" not in text
    entities, quotes = checked(text, sentences)
    people = {e["text"]: e["canonical"] for e in entities if e["label"] == "PERSON"}
    assert set(people) == {"يورغن كلوب", "محمد صلاح", "صلاح"}
    assert people["صلاح"] == people["محمد صلاح"]
    assert ("ليفربول", "ORG") in {(e["text"], e["label"]) for e in entities}  # `فريق ليفربول`: the club
    assert [(q["kind"], q["speaker"], q["quote"]) for q in quotes] == [
        ("direct", "يورغن كلوب", "قدّمنا أداءً رائعاً، واللاعبون يستحقون الفوز"),
        ("indirect", "صلاح", "الفريق سيقاتل حتى النهاية من أجل اللقب"),
    ]


POLITICS = """الرئيس التونسي يُقيل رئيس الحكومة
تونس - أعلنت الرئاسة التونسية، مساء الثلاثاء، أن الرئيس قيس سعيّد أقال رئيس الحكومة أحمد الحشاني، وعيّن وزير الشؤون الاجتماعية كمال المدوري خلفاً له.
وفي بروكسل، قالت المفوضية الأوروبية إنها تتابع التطورات عن كثب، مشيرة إلى أن الاتحاد الأوروبي قدّم لتونس مساعدات بقيمة ١٠٥ ملايين يورو.
من جهته، اعتبر الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي أن "الأزمة أعمق من تغيير الأشخاص".
وأضاف الطبوبي أن النقابة ستعقد اجتماعاً طارئاً يوم ٥ آب/أغسطس المقبل."""


def test_an_unseen_politics_article() -> None:
    text, sentences = pipeline_sentences(POLITICS)
    entities, quotes = checked(text, sentences)
    people = {e["text"]: e["canonical"] for e in entities if e["label"] == "PERSON"}
    assert set(people) == {"قيس سعيّد", "أحمد الحشاني", "كمال المدوري", "نور الدين الطبوبي", "الطبوبي"}
    assert people["الطبوبي"] == people["نور الدين الطبوبي"]
    assert {("المفوضية الأوروبية", "ORG"), ("الاتحاد الأوروبي", "ORG"), ("بروكسل", "LOC")} <= {(e["text"], e["label"]) for e in entities}
    assert [(q["kind"], q["speaker"]) for q in quotes] == [
        ("indirect", "الرئاسة التونسية"),
        ("indirect", "المفوضية الأوروبية"),
        ("indirect", "المفوضية الأوروبية"),  # `مشيرة إلى أن`: a new report by the same speaker
        ("direct", "نور الدين الطبوبي"),
        ("indirect", "الطبوبي"),
    ]
