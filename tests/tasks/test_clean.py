"""Clean: normalisation rules and sentence segmentation with exact offsets."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from articles import articles

from akhbar.tasks.clean import clean_documents, content_hash, normalize_text, segment_sentences, sentence_spans

SEED = Path(__file__).parents[2] / "seeds" / "astana-20170124.txt"


def spans(text: str) -> list[str]:
    return [text[start:end] for start, end in sentence_spans(text)]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("كـتـاب", "كتاب"),  # tatweel
        ("\u202bنص\u202c \u200fعربي", "نص عربي"),  # bidi embedding and RLM
        ("مُحَمَّد", "مُحَمَّد"),  # diacritics stay
        ("والنظام.والتقى", "والنظام. والتقى"),  # missing space after a full stop
        ("الاثنين ، وتتضمن", "الاثنين، وتتضمن"),  # space before the Arabic comma
        ("ﻻ", "لا"),  # presentation-form ligature
        ("سطر\r\n\r\n  ثان\t\tهنا\u00a0", "سطر\nثان هنا"),
        ("نص\x07مع\x00تحكم", "نص مع تحكم"),
        ("النسبة 3.5 بالمئة", "النسبة 3.5 بالمئة"),  # a decimal point is not glued punctuation
        ("ز\u200dو", "ز\u200dو"),  # zero-width joiner kept
        ("می\u200cخواهم", "می\u200cخواهم"),  # zero-width non-joiner kept
        ("سطر\r\nثان\rثالث", "سطر\nثان\nثالث"),  # Windows and old Mac line endings
        ("عام ٢٠٢٤ و۱۴۰۳", "عام ٢٠٢٤ و۱۴۰۳"),  # Arabic-Indic and Persian digits stay
        ("ب\u0651\u061c\u064e", "ب\u064e\u0651"),  # shadda and fatha reordered once the ALM between them goes
    ],
)
def test_normalize_text(raw: str, clean: str) -> None:
    assert normalize_text(raw) == clean


@pytest.mark.parametrize(
    "control",
    [
        "\u200e\u200f\u061c",  # LRM, RLM, ALM
        "\u202a\u202b\u202c\u202d\u202e",  # LRE, RLE, PDF, LRO, RLO
        "\u2066\u2067\u2068\u2069",  # LRI, RLI, FSI, PDI
        "\ufeff",  # BOM / zero-width no-break space, anywhere in the text
        "\u00ad",  # soft hyphen
        "\u2060",  # word joiner
        "\u180e",  # Mongolian vowel separator
    ],
)
def test_normalize_drops_bidi_and_invisible_format_controls(control: str) -> None:
    assert normalize_text(f"{control}نص{control}عربي{control}") == "نصعربي"


def test_normalize_is_idempotent_on_the_seed() -> None:
    once = normalize_text(SEED.read_text(encoding="utf-8"))
    assert normalize_text(once) == once


def test_split_on_terminators_and_lines_not_on_comma() -> None:
    text = "قال الوزير، في بيان، إن العمل مستمر. هل انتهى؟ نعم!\nسطر جديد؛ وآخر"
    assert spans(text) == ["قال الوزير، في بيان، إن العمل مستمر.", "هل انتهى؟", "نعم!", "سطر جديد؛", "وآخر"]


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("«", "»"), ("“", "”")])
def test_a_quotation_splits_at_its_stops_and_its_closing_mark_ends_with_the_stop(opening: str, closing: str) -> None:
    text = f"وقال المتحدث: {opening}نجحنا. لكن العمل مستمر.{closing} ثم غادر. وانتهى"
    assert spans(text) == [f"وقال المتحدث: {opening}نجحنا.", f"لكن العمل مستمر.{closing}", "ثم غادر.", "وانتهى"]


def test_a_short_term_in_quotes_splits_nothing() -> None:
    assert spans('وفد "المعارضة السورية" المسلحة وصل. ثم غادر') == ['وفد "المعارضة السورية" المسلحة وصل.', "ثم غادر"]


def test_unclosed_quote_ends_at_the_line() -> None:
    assert spans('قال "بلا إغلاق. هنا\nسطر. آخر') == ['قال "بلا إغلاق.', "هنا", "سطر.", "آخر"]


def test_decimals_ellipses_initials_and_addresses() -> None:
    assert spans("ارتفع 3.5 بالمئة... ثم هبط؟!") == ["ارتفع 3.5 بالمئة... ثم هبط؟!"]  # an ellipsis pauses
    assert spans("قال د. محمد (أ.ف.ب) إن الموقع LiverpoolFC.com مغلق. وانتهى") == [
        "قال د. محمد (أ.ف.ب) إن الموقع LiverpoolFC.com مغلق.", "وانتهى"]
    assert spans("أصبح الأمر أكثر تعقيدًا. تشق السفينة طريقها (منذ أمس.) ثم") == [
        "أصبح الأمر أكثر تعقيدًا.", "تشق السفينة طريقها (منذ أمس.)", "ثم"]  # a word ending in a mark is no initial


def test_clean_documents_ids_partitions_and_rejects() -> None:
    published = [dt.datetime(2017, 1, 24, 9, 30), None, None, None]
    table = articles("نص أول.", "نص ثان.", "  \u200f ", "نص أول.", published=published)
    documents, rejects = clean_documents.fn(table)
    assert documents["doc_id"].to_pylist() == [content_hash("نص أول."), content_hash("نص ثان.")]
    assert documents["partition_date"].to_pylist() == [dt.date(2017, 1, 24), dt.date(2024, 5, 6)]
    assert rejects["reason"].to_pylist() == ["empty: no text left after cleaning", f"duplicate_of:{content_hash('نص أول.')}"]
    assert rejects["source_uri"].to_pylist() == ["file:///in/2.txt", "file:///in/3.txt"]


def test_seed_gives_one_document_and_sentences_that_slice_back() -> None:
    documents, rejects = clean_documents.fn(articles(SEED.read_text(encoding="utf-8")))
    sentences = segment_sentences.fn(documents)
    text = documents["text"][0].as_py()
    assert documents.num_rows == 1 and rejects.num_rows == 0
    assert 14 <= sentences.num_rows <= 18
    assert sentences["sentence_id"].to_pylist() == list(range(sentences.num_rows))
    for row in sentences.to_pylist():
        assert text[row["char_start"]:row["char_end"]] == row["text"]
    assert "والنظام. والتقى" in text
