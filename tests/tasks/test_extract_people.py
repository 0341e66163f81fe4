"""People by role, title, apposition and as the subject of a speech verb."""

from __future__ import annotations

from akhbar.tasks.extract_people import find_appositions, find_people, find_subjects
from akhbar.tasks.extract_tokens import tokenise

NONE: frozenset[int] = frozenset()


def people(find, text: str, taken: frozenset[int] = NONE) -> list[str]:
    return [text[p.start : p.end] for p in find(tokenise(text), taken)]


def test_a_role_and_its_modifiers_then_the_name() -> None:
    text = "ممثل النظام السوري بشار الجعفري ترك المقر."
    found = find_people(tokenise(text), NONE)
    assert [(text[p.start : p.end], p.label, p.anchor) for p in found] == [("بشار الجعفري", "PERSON", 0)]


def test_a_title_right_before_one_name_word() -> None:
    assert people(find_people, "وقال الرئيس ترامب إن الاقتصاد قوي.") == ["ترامب"]


def test_a_name_between_commas_after_a_role() -> None:
    text = "من جانبه، ذكر المبعوث الأممي الخاص إلى سوريا، ستافان دي ميستورا، للصحفيين أن العمل مستمر."
    assert people(find_people, text) == ["ستافان دي ميستورا"]


def test_a_spokesman_is_named_before_his_role() -> None:
    assert people(find_people, "وقال أسامة أبو زيد المتحدث باسم الوفد إن المفاوضات صعبة.") == ["أسامة أبو زيد"]


def test_a_name_and_its_role_joined_by_a_pronoun() -> None:
    assert people(find_people, "وقالت لوايد سيمز وهو لاعب كرة السلة إن الفريق جاهز.") == ["لوايد سيمز"]


def test_a_kind_of_player_is_no_name() -> None:
    assert people(find_people, "وقال لاعب كرة السلة إن الفريق جاهز.") == []


def test_no_name_runs_through_a_place_or_organisation() -> None:
    text = "ممثل النظام السوري بشار الجعفري ترك المقر."
    assert people(find_people, text, frozenset({4})) == ["بشار"]  # `الجعفري` is inside another name
    assert people(find_people, "وقال الرئيس ترامب إن الاقتصاد قوي.", frozenset({2})) == []


def test_the_subject_of_a_speech_verb() -> None:
    text = "وقال لافروف إن الاتفاق صامد."
    found = find_subjects(tokenise(text), NONE)
    assert [(text[p.start : p.end], p.source) for p in found] == [("لافروف", "speaker")]


def test_an_apposition_after_a_role_with_its_nationality_left_out() -> None:
    assert people(find_appositions, "وقال مدرب الوداد، البرتغالي روي ماتوس، إن الفريق جاهز.") == ["روي ماتوس"]
    # Without a role or speech verb before the comma, two words between commas are no one's name.
    assert people(find_appositions, "في الصباح، روي ماتوس، ثم المساء.") == []


def test_a_portfolio_after_and_is_no_given_name_behind_the_article() -> None:
    # `عمران` is a given name, `والعمران` (and urbanism) a minister's second portfolio; `الباجي` is listed with its article
    text = "وقال وزير الإسكان والعمران والمدينة، عبد الحميد بوزيد، إن البرنامج تأخر."
    assert people(find_people, text) == []
    assert people(find_people, "وقال رئيس الجمهورية الباجي قائد السبسي إن الحوار مستمر.") == ["الباجي قائد السبسي"]


def test_a_number_is_no_word_of_a_name() -> None:
    from articles import mentions

    rows = mentions("وسجل اللاعب 19 نقطة لصاحب الأرض، وأضاف فيكتور أولاديبو 16 نقطة في الربع الأخير.")[0].to_pylist()
    people = [e["text"] for e in rows if e["label"] == "PERSON"]
    assert "فيكتور أولاديبو" in people and not any(c.isdigit() for name in people for c in name)
