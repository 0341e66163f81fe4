"""Extract: gazetteer and role entities, direct quotes with speakers, exact document offsets."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from akhbar.tasks.extract import ENTITY_COLUMNS, QUOTE_COLUMNS, extract_entities, extract_quotes

SENTENCES = pa.schema(
    [
        ("doc_id", pa.string()),
        ("sentence_id", pa.int32()),
        ("text", pa.string()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("partition_date", pa.date32()),
    ]
)
DAY = dt.date(2017, 1, 24)

# Sentences of the seed article (seeds/000_5b42712cb21a55ef.txt).
ASTANA = "بدأت الوفود المشاركة في المفاوضات حول سوريا في العاصمة الكازاخستانية أستانة، بالوصول إلى الفندق لمواصلة الأعمال التي انطلقت أمس الاثنين."
LAVRENTIEV = (
    "ووصل إلى مكان إجراء المفاوضات الوفد الروسي برئاسة المبعوث الخاص للرئيس الروسي إلى سوريا، ألكسندر لافرينتييف."
)
DE_MISTURA = 'من جانبه، ذكر المبعوث الأممي الخاص إلى سوريا، ستافان دي ميستورا، للصحفيين أن "العمل مستمر"، وهو قد تبادل أطراف الحديث مع رئيس الوفد الإيراني، حسين أنصاري.'
SCARE = 'كما وصل إلى الفندق وفد "المعارضة السورية" المسلحة.'
UN_ENVOY = "وعبر ممثل الأمين العام للأمم المتحدة الخاص بسوريا ستيفان دي ميستوراعن تفاؤله بما ستخرج به اللقاءات."
PARTIES = "وبدأت لقاءات أستانة حول سوريا الاثنين، وتتضمن اللقاءات اليوم اجتماعات مغلقة بين وفدي المعارضة والنظام، إلى جانب حضور ممثلين عن تركيا وروسيا وإيران والولايات المتحدة، وأيضاً دي ميستورا."
JAAFARI = "وكان وفد المعارضة قد عبر أمس عن حالة من الرضا بعد اجتماعت مطولة عقدها مع المبعوث الدولي ستفان دي ميستورا والمفاوضون الروس والأتراك، في حين أن ممثل النظام السوري بشار الجعفري ترك مقر الاجتماعات دون معرفة وجهته."
REUTERS = "ونقلت وكالة رويترز عن مصدر قريب من مفاوضات أستانة قوله إن اليوم الأول من المفاوضات وفر ما يدعو للتفاؤل الحذر بإمكانية تحقيق تقدم."
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
        ("حسين أنصاري", "PERSON"),
        ("أسامة أبو زيد", "PERSON"),
    }
    by_text = {e["text"]: e for e in entities}
    assert [by_text[t]["country_code"] for t in ("سوريا", "أستانة", "الولايات المتحدة")] == ["SY", "KZ", "US"]
    assert by_text["وكالة الصحافة الفرنسية"]["country_code"] is None
    assert {by_text[t]["source"] for t in ("سوريا", "وكالة الصحافة الفرنسية")} == {"gazetteer"}
    assert by_text["أسامة أبو زيد"]["source"] == "role"


def test_seed_role_patterns_and_organisations() -> None:
    entities, _ = extract(UN_ENVOY, JAAFARI, REUTERS)
    assert found(entities) == {
        ("لأمم المتحدة", "ORG"),  # `للأمم`: the preposition ل stays out, the article's ل is the name's
        ("سوريا", "LOC"),
        ("ستفان دي ميستورا", "PERSON"),
        ("بشار الجعفري", "PERSON"),
        ("رويترز", "ORG"),
        ("أستانة", "LOC"),
    }
    assert {e["canonical"] for e in entities if e["label"] == "ORG"} == {"الامم المتحده", "رويترز"}


def test_clitics_stay_outside_the_span() -> None:
    first = "وصل الوفد."
    entities, _ = extract(first, "وصل وفد تركيا وَرُوسيا إلى دمشق وبيروت وللولايات المتحدة.")
    by_text = {e["text"]: e for e in entities}
    assert set(by_text) == {"تركيا", "رُوسيا", "دمشق", "بيروت", "لولايات المتحدة"}
    doc = first + "\n" + "وصل وفد تركيا وَرُوسيا إلى دمشق وبيروت وللولايات المتحدة."
    assert by_text["رُوسيا"]["char_start"] == doc.index("وَرُوسيا") + 2  # و and its fatha
    assert by_text["بيروت"]["char_start"] == doc.index("وبيروت") + 1
    assert by_text["رُوسيا"]["canonical"] == "روسيا"
    assert by_text["لولايات المتحدة"]["canonical"] == "الولايات المتحده"


def test_canonical_is_shared_by_spellings() -> None:
    entities, _ = extract("وصل إلى أستانة ثم إلى استانة ثم إلى أسْتانـة.", "وانتقد الناتو وحلف ناتو الاتفاق.")
    assert [e["canonical"] for e in entities] == ["استانه", "استانه", "استانه", "ناتو", "ناتو"]


def test_scare_quotes_are_not_quotes() -> None:
    _, quotes = extract(SCARE, 'وقال الوزير إن "داعش" يشكل خطرا على المنطقة.')
    assert quotes == []


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        ('"العمل مستمر ولن نتوقف"، قال وزير الخارجية الروسي سيرغي لافروف.', "العمل مستمر ولن نتوقف", "سيرغي لافروف"),
        ("وقالت الأمم المتحدة في بيان «إن المساعدات لم تصل بعد»", "إن المساعدات لم تصل بعد", "الأمم المتحدة"),
        ("وقال لافروف “نحن مستعدون للحوار مع جميع الأطراف”.", "نحن مستعدون للحوار مع جميع الأطراف", "لافروف"),
        ('وقال وزير الخارجية الروسي، سيرغي لافروف، إن "المفاوضات ستستمر".', "المفاوضات ستستمر", "سيرغي لافروف"),
        ('وقال الرئيس، في بيان، إن "الوضع صعب جدا في البلاد".', "الوضع صعب جدا في البلاد", None),
        ('وقال مصدر مطلع لرويترز "لم نتوصل إلى اتفاق حتى الآن".', "لم نتوصل إلى اتفاق حتى الآن", None),
    ],
)
def test_quote_marks_verbs_and_speakers(sentence: str, quote: str, speaker: str | None) -> None:
    entities, quotes = extract(sentence)
    assert [(q["quote"], q["speaker"]) for q in quotes] == [(quote, speaker)]
    people = {e["text"] for e in entities if e["label"] == "PERSON"}
    assert people == ({speaker} if speaker and speaker != "الأمم المتحدة" else set())


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
        "canonical string, source string, country_code string, partition_date date32[day]"
    )
    assert spelled(QUOTE_COLUMNS) == (
        "doc_id string, sentence_id int32, quote string, speaker string, kind string, char_start int32, "
        "char_end int32, verb string, speaker_start int32, speaker_end int32, partition_date date32[day]"
    )


def test_empty_input_gives_empty_tables() -> None:
    empty = SENTENCES.empty_table()
    entities, quotes = extract_entities.fn(empty), extract_quotes.fn(empty)
    assert (entities.num_rows, entities.schema) == (0, ENTITY_COLUMNS)
    assert (quotes.num_rows, quotes.schema) == (0, QUOTE_COLUMNS)
