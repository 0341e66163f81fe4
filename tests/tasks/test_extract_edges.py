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


@pytest.mark.parametrize("text, word", [
    ("وشدد وزير الخارجية على أن الحوار هو الطريق الوحيد.", "على"),  # the preposition, read as the given name علي
    ("وأكدت رئيسة وزراء بريطانيا أن المفاوضات ستستمر.", "وزراء"),  # "prime minister": `وزراء` is a plural of ranks
    ("وهذا أول لقاء بين رئيس أمريكي وزعيم كوري شمالي منذ الحرب.", "كوري شمالي"),  # a nationality, no person
    ("وقال المسؤول الكوري الشمالي إن بلاده مستعدة للحوار.", "الكوري الشمالي"),
])
def test_a_word_that_names_no_one_is_no_person(text: str, word: str) -> None:
    found = labelled(text)
    assert word not in {t for _, t in found}, found


def test_a_bare_nationality_may_be_a_given_name() -> None:
    from akhbar.tasks.extract_tokens import Found
    from akhbar.tasks.ner_crf import _not_a_name

    text = "وتبرع تركي آل الشيخ للنادي، وقال المدرب التركي إن الفريق جاهز."
    turki, turkish = text.index("تركي"), text.index("التركي")
    assert not _not_a_name(text, Found(turki, turki + 4, "PERSON", "ترك", "model", None, 1))  # Turki, a given name
    assert _not_a_name(text, Found(turkish, turkish + 6, "PERSON", "ترك", "model", None, 8))  # "the Turkish (coach)"


@pytest.mark.parametrize("text, name", [
    ("وقال الزعيم الكوري الشمالي كيم جونغ-أون إن بلاده مستعدة للحوار.", "كيم جونغ-أون"),
    ("واستقبل الرئيس الكوري الجنوبي مون جي-إن الوفد في سيول.", "مون جي-إن"),
    ("ونقلت الصحيفة عن الملياردير جان-كلود أرنو قوله إن الشركة ستتوسع.", "جان-كلود أرنو"),
])
def test_a_hyphenated_name_is_one_name(text: str, name: str) -> None:
    people = {t for label, t in labelled(text) if label == "PERSON"}
    assert name in people, people


def test_a_dash_is_no_hyphen_between_names() -> None:
    people = {t for label, t in labelled("وانتهت قمة ترامب-كيم في سنغافورة. وقال ترامب-وهو غاضب- إن الأمر انتهى.") if label == "PERSON"}
    assert not any("-" in t for t in people), people


def test_a_hyphenated_name_keys_as_the_spaced_one() -> None:
    keys = entity_keys("وقال كيم جونغ-أون إن القمة ناجحة. وأضاف كيم جونغ أون أن الحوار سيستمر.")
    assert len(keys["كيم جونغ-أون"]) == 1 and keys["كيم جونغ-أون"] == keys["كيم جونغ أون"], keys


def test_a_kinship_noun_is_no_part_of_the_name_it_governs() -> None:
    people = {t for label, t in labelled("وقالت شقيقة شادي إن العائلة تنتظر. وقال نجل الرئيس إن والده بخير.") if label == "PERSON"}
    assert not any(t.startswith(("شقيقة", "نجل")) for t in people), people
