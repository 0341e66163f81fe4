"""Gulf and Maghreb wires' speakers, names and dates that `tests/gold/gulf.json` found missing (issue 16): each rule
tested on sentences of its own, not the gold's."""

from __future__ import annotations


def _mentions(*texts: str):
    from articles import articles

    from akhbar.tasks.clean import clean_documents, segment_sentences
    from akhbar.tasks.extract import find_mentions

    documents, _ = clean_documents.fn(articles(*texts))
    return find_mentions(segment_sentences.fn(documents))


def _speakers(*texts: str) -> list[tuple[str, str | None]]:
    _, quotes = _mentions(*texts)
    return [(q["quote"], q["speaker"]) for q in quotes.to_pylist()]


def test_an_honorific_title_is_no_speaker() -> None:
    # `معالي`, `سعادة`, `سمو`: Gulf titles before a name, which speaks (the title alone did).
    assert _speakers('وقال معالي الدكتور راشد بن خليفة الظاهري إن "الخطة تسير وفق الجدول".',
                     'وصرح سعادة السيد حمد بن ناصر الكعبي بأن العمل مستمر.') == [
        ("الخطة تسير وفق الجدول", "راشد بن خليفة الظاهري"), ("العمل مستمر", "حمد بن ناصر الكعبي")]


def test_a_participle_reports_for_its_clauses_subject() -> None:
    # `مشيرة إلى أن` speaks for the organisation that warned, not for the last speaker of the document.
    speakers = _speakers("وقال الوزير سامي الدريدي إن الوضع مستقر.",
                         "وكانت منظمة الأغذية والزراعة قد حذرت في تقرير من الجفاف، مشيرة إلى أن المحاصيل ستتراجع.")
    assert speakers[-1] == ("المحاصيل ستتراجع", "منظمة الأغذية والزراعة")


def test_an_organisation_right_after_the_verb_speaks_not_a_person_later() -> None:
    speakers = _speakers("أعلنت جمعية المصارف، إثر اجتماع عقده مجلس إدارتها اليوم مع والي بنك المغرب رياض الجواهري، أن "
                         "المصارف ستعيد فتح أبوابها.")
    assert speakers == [("المصارف ستعيد فتح أبوابها", "جمعية المصارف")]  # was the governor


def test_marks_that_open_a_report_going_on_with_wa_anna_are_part_of_it() -> None:
    # `أن "…"، وأن …`: one report of two clauses, the first in marks; it was the marked words alone.
    text = 'وكان المحافظ قد أكد أن "الودائع آمنة"، وأن البنك يملك احتياطات كافية.'
    assert [q for q, _ in _speakers(text)] == ['"الودائع آمنة"، وأن البنك يملك احتياطات كافية']
    assert [q for q, _ in _speakers('وقال المحافظ إن "الودائع آمنة"، مضيفا أن العمل مستمر.')] == ["الودائع آمنة", "العمل مستمر"]
