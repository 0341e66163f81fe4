"""A name's edges: function words a rule or the tagger let into a span are cut off it (`ner_crf._without_function_words`), and
a function word alone is no name. Seen on NTREX and ANT news (`وأضاف جايلز بأن الضحية`: a person `جايلز بأن`, then `بأن`, "that",
a person wherever the document said it). The snippets are written here in the same style; none is from a corpus."""

from __future__ import annotations

import pytest
from articles import entity_keys, mentions


def labelled(*texts: str) -> set[tuple[str, str]]:
    return {(e["label"], e["text"]) for e in mentions(*texts)[0].to_pylist()}


def test_that_after_a_speakers_name_is_not_his_surname() -> None:
    found = labelled("وأضاف هاريسون بأن المصابين نقلوا إلى المستشفى. وقال الطبيب بأن حالتهم مستقرة، مؤكدا بأن العلاج بدأ.")
    people = {text for label, text in found if label == "PERSON"}
    assert "هاريسون" in people
    assert not any("بأن" in text for text in people), found


def test_a_relative_pronoun_is_cut_off_an_organisation() -> None:
    found = labelled("وقالت صحيفة الغارديان البريطانية والذي نشر التقرير أمس إن الحكومة سترد.")
    assert not any(text.endswith("والذي") for _, text in found), found


def test_a_conjunction_with_a_preposition_alone_is_no_person() -> None:
    keys = entity_keys("وقال ماكرون في المؤتمر وفي باريس إن فرنسا ستدعم الاتفاق. وعلى الصعيد الداخلي قال ماكرون إن الإصلاح مستمر.")
    assert "وفي" not in keys and "وعلى" not in keys, keys


@pytest.mark.parametrize("text, name", [
    ("والتقى الرئيس الأمين العام للأمم المتحدة بان كي مون في نيويورك.", "بان كي مون"),  # Ban: no hamza, not `بأن`
    ("وقال التقرير، وفقا لما ذكرته صحيفة \"ذا هل\"، إن الكونغرس سيصوت غدا.", "ذا هل"),  # The Hill: `هل` alone spells a syllable
])
def test_a_foreign_name_that_spells_a_function_word_keeps_it(text: str, name: str) -> None:
    found = {t for _, t in labelled(text)}
    assert any(name in t for t in found), found
