"""Dates and amounts: absolute, weekday and relative dates resolved; numbers in digits and words."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pytest

from akhbar.schemas import amounts, dates
from akhbar.schemas import sentences as sentences_schema
from akhbar.tasks.extract import AMOUNT_COLUMNS, DATE_COLUMNS, extract_amounts, extract_dates

SENTENCES = sentences_schema.COLUMNS
PUBLISHED = dt.date(2017, 1, 24)  # a Tuesday, the seed's day


def sentences(*texts: str, doc_id: str = "d1") -> tuple[str, pa.Table]:
    doc, rows, start = "\n".join(texts), [], 0
    for k, text in enumerate(texts):
        rows.append(
            {
                "doc_id": doc_id,
                "sentence_id": k,
                "text": text,
                "char_start": start,
                "char_end": start + len(text),
                "partition_date": PUBLISHED,
            }
        )
        start += len(text) + 1
    return doc, pa.Table.from_pylist(rows, schema=SENTENCES)


def found_dates(text: str, published: dt.date | dt.datetime | None = PUBLISHED) -> list[tuple[str, str, dt.date | None]]:
    doc, table = sentences(text)
    rows = extract_dates.fn(table, {"d1": published}).to_pylist()
    assert all(doc[r["char_start"] : r["char_end"]] == r["text"] for r in rows)
    return [(r["text"], r["kind"], r["resolved"]) for r in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("انطلقت المحادثات أمس الاثنين في أستانة.", [("أمس الاثنين", "weekday", dt.date(2017, 1, 23))]),
        ("وتستأنف غداً الأربعاء.", [("غداً الأربعاء", "weekday", dt.date(2017, 1, 25))]),
        ("وتتضمن اللقاءات اليوم اجتماعات مغلقة.", [("اليوم", "relative", PUBLISHED)]),
        ("وفر اليوم الأول من المفاوضات ما يدعو للتفاؤل.", []),  # `the first day`, not `today`
        ("وُقّع الاتفاق في ١٥ مارس ٢٠١٧.", [("١٥ مارس ٢٠١٧", "absolute", dt.date(2017, 3, 15))]),
        ("وُقّع الاتفاق في 15 آذار/مارس 2017.", [("15 آذار/مارس 2017", "absolute", dt.date(2017, 3, 15))]),
        ("بدأت الأزمة في كانون الثاني 2016.", [("كانون الثاني 2016", "absolute", dt.date(2016, 1, 1))]),
        ("ويعود في 3 أيار.", [("3 أيار", "absolute", dt.date(2017, 5, 3))]),  # the year of publication
        (
            "وصل الخميس الماضي وسيغادر الجمعة المقبل.",
            [("الخميس الماضي", "weekday", dt.date(2017, 1, 19)), ("الجمعة المقبل", "weekday", dt.date(2017, 1, 27))],
        ),
        ("مارس الضغط على الحكومة.", []),  # `practised`: a month name needs a number beside it
    ],
)
def test_dates_are_found_and_resolved(text: str, expected: list) -> None:
    assert found_dates(text) == expected


def test_dates_resolve_against_a_timestamp_or_stay_unresolved() -> None:
    assert found_dates("وصل أمس.", dt.datetime(2017, 1, 24, 23, 30)) == [("أمس", "relative", dt.date(2017, 1, 23))]
    assert found_dates("وصل أمس الاثنين.", None) == [("أمس الاثنين", "weekday", None)]


def found_amounts(text: str) -> list[tuple[str, float, str | None, str | None, str | None]]:
    doc, table = sentences(text)
    rows = extract_amounts.fn(table).to_pylist()
    assert all(doc[r["char_start"] : r["char_end"]] == r["text"] for r in rows)
    return [(r["text"], r["value"], r["unit"], r["currency"], r["object"]) for r in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خصصت الحكومة مليوني دولار للمساعدات.", [("مليوني دولار", 2e6, "دولار", "USD", None)]),
        ("قُتل خمسمئة شخص.", [("خمسمئة شخص", 500.0, None, None, "شخص")]),
        ("ووصل ثلاثة آلاف لاجئ إلى الحدود.", [("ثلاثة آلاف لاجئ", 3000.0, None, None, "لاجئ")]),
        ("وارتفع التضخم إلى ٣٢٫٥٪ في ديسمبر.", [("٣٢٫٥٪", 32.5, "%", None, None)]),
        ("وصوت نحو 30 في المئة من الناخبين.", [("30 في المئة", 30.0, "%", None, "الناخبين")]),
        ("بلغت الصفقة 2.5 مليار يورو.", [("2.5 مليار يورو", 2.5e9, "يورو", "EUR", None)]),
        ("ودفع 1,500 ريال سعودي.", [("1,500 ريال سعودي", 1500.0, "ريال", "SAR", None)]),
        ("وشارك خمسة وعشرون جنديا.", [("خمسة وعشرون جنديا", 25.0, None, None, "جنديا")]),
        ("وفاز بثلاثة أهداف.", [("ثلاثة أهداف", 3.0, None, None, "أهداف")]),  # the clitic `ب` stays out
        ("وقال أحد المسؤولين في ١٥ مارس ٢٠١٧ إن النتيجة 27-31.", []),  # `one of`, a date, a score
    ],
)
def test_amounts_in_words_and_digits(text: str, expected: list) -> None:
    assert found_amounts(text) == expected


def test_schemas_and_models() -> None:
    _, table = sentences("وصل أمس الاثنين مع مليوني دولار.")
    found_d, found_a = extract_dates.fn(table, {"d1": PUBLISHED}), extract_amounts.fn(table)
    assert (found_d.schema, found_a.schema) == (DATE_COLUMNS, AMOUNT_COLUMNS) == (dates.COLUMNS, amounts.COLUMNS)
    from akhbar.schemas._types import to_pandas

    dates.MODEL.validate(to_pandas(found_d))
    amounts.MODEL.validate(to_pandas(found_a))
    empty = SENTENCES.empty_table()
    assert extract_dates.fn(empty, {}).num_rows == extract_amounts.fn(empty).num_rows == 0
