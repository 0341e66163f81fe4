"""Direct quotes in marks and reported speech, with verb and speaker."""

from __future__ import annotations

from articles import mentions

from akhbar.tasks.extract_quotes import find_indirect, find_quotes, paired_marks
from akhbar.tasks.extract_tokens import Found, tokenise

NONE: frozenset[int] = frozenset()


def direct(text: str, names: list[Found] | None = None) -> list[tuple[str, str, str | None]]:
    tokens = tokenise(text)
    quotes = find_quotes(tokens, NONE, names or [], [])
    return [(text[q.start : q.end], q.verb, q.speaker and text[q.speaker.start : q.speaker.end]) for q in quotes]


def test_a_quote_in_marks_with_its_verb_and_speaker() -> None:
    assert direct('وقال لافروف "العمل مستمر".') == [("العمل مستمر", "وقال", "لافروف")]
    assert direct("وقال لافروف «العمل مستمر».") == [("العمل مستمر", "وقال", "لافروف")]


def test_a_scare_quote_or_a_name_in_marks_is_no_quote() -> None:
    assert direct('وقال الوفد إن وفد "المعارضة السورية" المسلحة وصل.') == []
    text = 'وقالت صحيفة "ذا هل" إن الاتفاق قريب.'
    paper = Found(text.index("ذا"), text.index('" إن'), "ORG", "ذ هل", "head", None, 1)
    assert direct(text, [paper]) == []


def test_quotes_without_a_verb() -> None:
    assert direct('وصل الوفد "العمل مستمر" ثم غادر.') == []
    # A paragraph of quotation alone goes on with the last speaker (the document's).
    assert direct('"لقد قمت بالصياح طوال الليل".') == [("لقد قمت بالصياح طوال الليل", "", None)]


def test_a_mark_left_open_runs_to_the_end() -> None:
    assert direct('قالت: "لقد حان الوقت') == [("لقد حان الوقت", "قالت", None)]


def test_reported_speech_ends_where_the_narrator_goes_on() -> None:
    text = "وأكد الوزير أن الاقتصاد قوي، وفقا لما ذكرته الوكالة."
    quotes = find_indirect(tokenise(text), NONE, [], [])
    assert [(text[q.start : q.end], q.kind, q.verb, text[q.speaker.start : q.speaker.end]) for q in quotes] == [
        ("الاقتصاد قوي", "indirect", "وأكد", "الوزير")
    ]


def test_a_verbal_noun_reports_nothing() -> None:
    assert find_indirect(tokenise("وذلك بعد كشف أن الاتفاق قريب."), NONE, [], []) == []  # `after the disclosure`
    assert len(find_indirect(tokenise("وكشف الحزب أن الاتفاق قريب."), NONE, [], [])) == 1


def test_the_next_report_ends_this_one() -> None:
    text = "وقال الشاهد إن الشرطة وصلت وقالت إنها عثرت على السلاح."
    quotes = find_indirect(tokenise(text), NONE, [], [])
    assert [text[q.start : q.end] for q in quotes] == ["الشرطة وصلت", "عثرت على السلاح"]


def test_marks_pair_by_nesting_and_kind() -> None:
    # A `"` inside a `"` quotation opens another: one quotation, not `إن حركة` and `لن تشارك`.
    assert direct('وقال الغنوشي "إن حركة "النهضة" لن تشارك".') == [('إن حركة "النهضة" لن تشارك', "وقال", "الغنوشي")]
    assert direct('وقال الوزير «إن "النهضة" لن تشارك» ثم غادر.') == [('إن "النهضة" لن تشارك', "وقال", "الوزير")]
    assert direct("وكتب “لن نقبل بـ«الحلول» المؤقتة”.") == [("لن نقبل بـ«الحلول» المؤقتة", "وكتب", None)]
    # Side by side, two quotations stay two.
    assert [q for q, _, _ in direct('وقال الوزير "الوضع صعب" و"نعمل".')] == ["الوضع صعب", "نعمل"]


def test_paired_marks_never_cross_a_line() -> None:
    text = 'قال "نجحنا\nوفي سياق آخر "انتهى" الاجتماع'
    assert [text[s + 1 : e - 1] for s, e in paired_marks(text)] == ["نجحنا", "انتهى"]


def test_a_name_in_marks_after_a_platform_or_channel_is_no_quote_nor_its_inna_a_report() -> None:
    # `منصة "إكس"` names the platform, whatever follows; `إن` inside `"إن بي سي"` opens no reported speech
    text = 'وكتب الوزير في منشور على منصة "إكس": «نرحب بالاتفاق».'
    assert [quote for quote, _, _ in direct(text)] == ["نرحب بالاتفاق"]
    text = 'وذكرت شبكة "إن بي سي نيوز" الثلاثاء أن المفاوضات تعثرت.'
    reported = find_indirect(tokenise(text), NONE, [], find_quotes(tokenise(text), NONE, [], []))
    assert [text[q.start : q.end] for q in reported] == ["المفاوضات تعثرت"]


def test_a_name_in_marks_after_la_or_two_newspapers_is_no_quotation_and_the_lone_la_no_name() -> None:
    quotes = mentions('وقال ساتكليف لـ"كيه أي أي أي" إن النتائج جيدة.')[1].to_pylist()
    assert [(q["speaker"], q["quote"]) for q in quotes] == [("ساتكليف", "النتائج جيدة")]
    quotes = mentions('وذكرت صحيفتا "بيلد أم سونتاغ" و"دي فيلت" أن المدرب سيرحل.')[1].to_pylist()
    assert [q["quote"] for q in quotes] == ["المدرب سيرحل"]
