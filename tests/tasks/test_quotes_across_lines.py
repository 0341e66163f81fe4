"""A quotation over several sentences keeps its document's own text between them, a line break as much as a space."""

from __future__ import annotations

from articles import articles

from akhbar.tasks.clean import clean_documents, segment_sentences
from akhbar.tasks.extract import find_mentions, quotes_in_documents
from akhbar.tasks.validate import validate_tables

# As an NTREX article has it: a quotation opened at a line's start runs on over the next line (its closing mark is
# missing; the next mark opens another). The sentences table cannot tell those line breaks from spaces.
TEXT = ('قال أحد المزارعين إن الخنازير لا تكون عدوانية عادة.\n"إنهم متسمون بالود.\nإنهم صغار وفضوليون جدا.\n'
        'وقال "يجب عليك التعبير عن احترامهم بقدر صحيح.')


def test_a_quotation_across_a_line_break_slices_back_to_its_document() -> None:
    documents, _ = clean_documents.fn(articles(TEXT))
    sentences = segment_sentences.fn(documents)
    _, found = find_mentions(sentences)
    spanning = [q for q in found.to_pylist() if q["sentence_id_end"] != q["sentence_id"]]
    assert spanning, "the quotation should run over two sentences"
    text = documents["text"][0].as_py()
    assert any(q["quote"] != text[q["char_start"] : q["char_end"]] for q in spanning)  # the guessed space

    exact = quotes_in_documents(found, documents)
    assert all(q["quote"] == text[q["char_start"] : q["char_end"]] for q in exact.to_pylist())
    assert "\n" in next(q["quote"] for q in exact.to_pylist() if q["sentence_id_end"] != q["sentence_id"])
    _, rejects = validate_tables.fn({"documents": documents, "sentences": sentences, "quotes": exact})
    assert rejects.num_rows == 0
