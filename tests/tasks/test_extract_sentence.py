"""One sentence through every finder: places and organisations first, then people, then quotes."""

from __future__ import annotations

from akhbar.tasks.extract_sentence import analyse_sentence


def test_places_people_and_a_quote_with_its_speaker() -> None:
    text = 'من جانبه، ذكر المبعوث الأممي الخاص إلى سوريا، ستافان دي ميستورا، للصحفيين أن "العمل مستمر".'
    sentence = analyse_sentence(text)
    assert sentence.text == text
    assert [(text[e.start : e.end], e.label) for e in sentence.entities] == [("سوريا", "LOC"), ("ستافان دي ميستورا", "PERSON")]
    [quote] = sentence.quotes
    assert (text[quote.start : quote.end], quote.kind, quote.verb) == ("العمل مستمر", "direct", "ذكر")
    assert quote.speaker is not None and text[quote.speaker.start : quote.speaker.end] == "ستافان دي ميستورا"
    assert sentence.taken == {7}  # `سوريا`


def test_an_organisation_takes_its_place_and_the_longer_span_wins() -> None:
    text = "أعلنت جامعة القاهرة أن الامتحانات تأجلت."
    sentence = analyse_sentence(text)
    assert [(text[e.start : e.end], e.label) for e in sentence.entities] == [("جامعة القاهرة", "ORG")]
    assert sentence.taken == {1, 2}


def test_a_phrase_speaks_but_is_no_entity() -> None:
    text = "وقال مصدر مطلع لرويترز إن المفاوضات صعبة."
    sentence = analyse_sentence(text)
    [quote] = sentence.quotes
    assert quote.kind == "indirect" and quote.speaker is not None and quote.speaker.label == "PHRASE"
    assert [text[e.start : e.end] for e in sentence.entities] == ["رويترز"]


def test_marks_inside_reported_speech_belong_to_it() -> None:
    text = "وقال الوزير إن الاقتصاد «قادر على النمو» هذا العام."
    quotes = analyse_sentence(text).quotes
    assert [(text[q.start : q.end], q.kind) for q in quotes] == [("الاقتصاد «قادر على النمو» هذا العام", "indirect")]
