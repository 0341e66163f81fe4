"""A quotation over several sentences keeps its document's own text between them, and never crosses a paragraph."""

from __future__ import annotations

from articles import articles

from akhbar.tasks.clean import clean_documents, segment_sentences
from akhbar.tasks.extract import find_mentions, quotes_in_documents
from akhbar.tasks.validate import validate_tables

# As an NTREX article has it: a quotation opened at a line's start runs on over the next line (its closing mark is
# missing there; a mark on the next line seems to close it). The sentences table cannot tell those line breaks from spaces.
# (Where the next mark opens another quotation, `وقال "يجب …`, none runs on: `_continued`.)
TEXT = ('قال أحد المزارعين إن الخنازير لا تكون عدوانية عادة.\n"إنهم متسمون بالود.\nإنهم صغار" وفضوليون جدا.\n'
        'وقال "يجب عليك التعبير عن احترامهم بقدر صحيح.')


def test_a_quotation_left_open_ends_at_its_paragraph_and_slices_back_to_its_document() -> None:
    documents, _ = clean_documents.fn(articles(TEXT))
    sentences = segment_sentences.fn(documents)
    _, found = find_mentions(sentences)
    spanning = [q for q in found.to_pylist() if q["sentence_id_end"] != q["sentence_id"]]
    assert spanning, "the open quotation should run over sentences"
    text = documents["text"][0].as_py()
    assert any(q["quote"] != text[q["char_start"] : q["char_end"]] for q in spanning)  # the guessed space

    exact = quotes_in_documents(found, documents, sentences)
    assert all(q["quote"] == text[q["char_start"] : q["char_end"]] for q in exact.to_pylist())
    assert "إنهم متسمون بالود." in [q["quote"] for q in exact.to_pylist()]  # its paragraph only
    assert all("\n" not in q["quote"] for q in exact.to_pylist())
    _, rejects = validate_tables.fn({"documents": documents, "sentences": sentences, "quotes": exact})
    assert rejects.num_rows == 0


def test_a_quotation_over_two_sentences_of_one_paragraph_stays_whole() -> None:
    text = 'وقال الوزير "نجحنا في المرحلة الأولى. لكن العمل مستمر." ثم غادر القاعة.'
    documents, _ = clean_documents.fn(articles(text))
    sentences = segment_sentences.fn(documents)
    _, found = find_mentions(sentences)
    exact = quotes_in_documents(found, documents, sentences).to_pylist()
    assert [(q["quote"], q["sentence_id"], q["sentence_id_end"]) for q in exact] == [("نجحنا في المرحلة الأولى. لكن العمل مستمر.", 0, 1)]
