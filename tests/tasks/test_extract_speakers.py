"""Who speaks: a mention after the verb, a subject before it, a bare name or a noun phrase."""

from __future__ import annotations

from akhbar.tasks.extract_speakers import phrase, speaker
from akhbar.tasks.extract_tokens import Found, tokenise

NONE: frozenset[int] = frozenset()


def test_a_noun_phrase_up_to_a_preposition() -> None:
    text = "وقال مصدر مطلع لرويترز إن المفاوضات صعبة."
    tokens = tokenise(text)
    found = speaker(tokens, NONE, [], 0, 4)  # verb `وقال`, stop at `إن`
    assert (text[found.start : found.end], found.label) == ("مصدر مطلع", "PHRASE")


def test_the_one_after_an_when_reported_through_qawluh() -> None:
    text = "ونقلت الوكالة عن مصدر قريب قوله إن اليوم حاسم."
    tokens = tokenise(text)
    found = phrase(tokens, 1, 5)  # stop at `قوله`
    assert text[found.start : found.end] == "مصدر قريب"


def test_a_bare_name_right_after_the_verb() -> None:
    text = 'وقال لافروف "العمل مستمر".'
    found = speaker(tokenise(text), NONE, [], 0, 2)  # stop at the quote's first word
    assert (text[found.start : found.end], found.label) == ("لافروف", "PERSON")
    assert speaker(tokenise(text), NONE, [], 0, 1) is None  # nothing between the verb and the stop


def test_a_person_after_the_verb_wins_unless_a_preposition_governs_it() -> None:
    text = "وقالت الوزيرة مع رئيس الوفد أحمد علي إن الاتفاق قريب."
    tokens = tokenise(text)
    ahmad = Found(text.index("أحمد"), text.index(" إن"), "PERSON", "احمد عل", "role", None, 3)
    governed = Found(ahmad.start, ahmad.end, "PERSON", ahmad.canonical, "role", None, 3)
    assert speaker(tokens, NONE, [governed], 0, 7).label == "PHRASE"  # anchored after `مع`: no subject
    free = Found(ahmad.start, ahmad.end, "PERSON", ahmad.canonical, "role", None, 4)
    assert speaker(tokens, NONE, [free], 0, 7).label == "PHRASE"  # … nor past `مع` after the role that speaks: whom she met
    text = "وقال مع ذلك رئيس الوفد أحمد علي إن الاتفاق قريب."  # no role first: the person after the verb is its subject
    free = Found(text.index("أحمد"), text.index(" إن"), "PERSON", ahmad.canonical, "role", None, 3)
    assert speaker(tokenise(text), NONE, [free], 0, 7) == free


def test_a_subject_between_kana_and_qad() -> None:
    text = "وكانت هيئة السوق قد أعلنت أن الأسهم ارتفعت."
    tokens = tokenise(text)
    org = Found(text.index("هيئة"), text.index(" قد"), "ORG", "ه سق", "head", None, 1)
    assert speaker(tokens, NONE, [org], 4, 5) == org
    found = speaker(tokens, NONE, [], 4, 5)  # no mention there: the words between are the phrase
    assert (text[found.start : found.end], found.label) == ("هيئة السوق", "PHRASE")


def _speakers(text: str) -> list[tuple[str | None, str]]:
    from articles import mentions

    return [(q["speaker"], q["quote"]) for q in mentions(text)[1].to_pylist()]


def test_a_newspaper_or_company_speaks_by_its_name_not_its_kind() -> None:
    assert _speakers('وذكرت صحيفة "لوموند" الفرنسية أن الحكومة ستؤجل الإصلاح.') == [("لوموند", "الحكومة ستؤجل الإصلاح")]
    # the name in marks after its kind is no quotation; the group's name found by the model speaks
    assert _speakers('وقالت مجموعة "سبايس ستار ميديا" إن الإيرادات تضاعفت.') == [("سبايس ستار ميديا", "الإيرادات تضاعفت")]
    # a word the head rule reads as a company's whole name may be one word of it: the phrase speaks
    assert _speakers("وقالت شركة طيران السماء البحرينية إنها ألغت الرحلات.")[0][0] == "شركة طيران السماء البحرينية"
    # a company the gazetteer knows speaks by its name
    assert _speakers("وقالت شركة طيران الخليج البحرينية إنها ألغت الرحلات.")[0][0] == "طيران الخليج"


def test_a_name_in_apposition_after_a_title_and_his_excellency_go_on() -> None:
    # the name after the office opens with a title
    assert _speakers("وأوضح والي ولاية سطيف، السيد كمال عبلة، خلال زيارة تفقدية أمس، أن الأشغال ستنتهي قريبا.") == [
        ("كمال عبلة", "الأشغال ستنتهي قريبا")]
    # `سعادته` is no one new: the minister before goes on
    said = _speakers("وقال وزير البلدية ماجد المهيري إن المشروع سيكتمل قريبا.\nوأوضح سعادته أن الكلفة بلغت 30 مليون ريال.")
    assert [speaker for speaker, _ in said] == ["ماجد المهيري", "ماجد المهيري"]


def test_a_given_name_with_a_clitic_s_first_letter_keeps_it() -> None:
    # `فالح`, a farmer too, so no given name of the lexicon; the model's person keeps its `ف`
    assert _speakers("وقال الشيخ فالح بن سعد آل خليفة وزير الإسكان إن الموسم جيد.")[0][0] == "فالح بن سعد آل خليفة"
