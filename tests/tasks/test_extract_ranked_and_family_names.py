"""Names the ANT slice showed cut or split under the commonest keys of its people: a given name after a rank that reads as
a nationality (`العقيد الركن تركي المالكي`, 94 rows of `المالكي` alone), and names whose family name comes first
(`كيم جونغ أون`: 93 rows cut to `كيم جونغ`, 199 of `كيم` alone under a key of its own)."""

from __future__ import annotations

import pytest
from articles import entity_keys, entity_labels


def test_a_word_between_a_rank_and_a_name_opens_the_name() -> None:
    # `تركي` after the definite `العقيد الركن` is no adjective of it (`التركي` would be): the coalition spokesman's name
    keys = entity_keys("وقال المتحدث باسم التحالف العقيد الركن تركي المالكي، إن الدفاعات اعترضت صاروخا. وأضاف المالكي أن الصاروخ أطلق من صعدة.")
    assert keys["تركي المالكي"] == {"ترك ملك"}
    assert keys["المالكي"] == {"ترك ملك"}  # the surname alone joins him


@pytest.mark.parametrize("text", [
    "وغاب عن المباراة نجوم الفريق مثل ليونيل ميسي وسيرجيو أغويرو.",  # ANT: `[مثل ليونيل ميسي]`
    "وشكر الاتحاد المصري لكرة القدم الجهاز الفني للفريق بقيادة هيكتور كوبر، الذي حقق إنجازات للمنتخب.",  # ANT
])
def test_the_team_is_no_rank_before_a_common_word(text: str) -> None:
    # `الفريق` is a general's rank and the team: after it only a listed given name opens the name
    names = {surface for surface, label in entity_labels(text) if label == "PERSON"}
    assert names and not any(surface.startswith(("مثل", "بقيادة")) for surface in names)


def test_a_first_rank_word_is_no_name() -> None:
    # `الفريق أول`: an ordinal of the rank, never the name's first word
    names = {surface for surface, label in entity_labels("واستقبل الوزير الفريق أول ركن فياض الرويلي في مكتبه.") if label == "PERSON"}
    assert not any(surface.startswith(("أول", "ركن")) for surface in names)


def test_a_korean_name_keeps_its_last_syllable_and_its_family_name_alone_joins_it() -> None:
    text = "ويلتقي زعيم كوريا الشمالية كيم جونغ أون الرئيس الأمريكي دونالد ترامب. وقال كيم إن القمة ناجحة، بينما صافح ترامب كيم في سنغافورة."
    keys = entity_keys(text)
    assert keys["كيم جونغ أون"] == {"كيم جنغ اون"} and keys["كيم"] == {"كيم جنغ اون"}
    assert "كيم جونغ" not in keys


def test_a_family_name_alone_joins_no_one_where_two_share_it() -> None:
    # Kim Jong-un and his sister in one document: `كيم` alone may be either
    keys = entity_keys("وحضرت كيم يو جونغ شقيقة الزعيم كيم جونغ أون الحفل. وقال كيم إن الحفل كان ناجحا.")
    assert keys.get("كيم", {"كيم"}) == {"كيم"}


@pytest.mark.parametrize(("text", "name"), [
    ("وقال الرئيس الكوري الجنوبي مون جاي إن إن القمة ناجحة.", "مون جاي إن"),
    ("وقال سفير الصين لدى الأمم المتحدة وانغ غوانغيا إن مرشح كوريا هو الأوفر حظا.", "وانغ غوانغيا"),  # ANERcorp's dev: `إن` says
])
def test_the_last_syllable_only_after_a_syllable(text: str, name: str) -> None:
    # `إن` is Moon Jae-in's last syllable after the one-syllable `جاي`; after `غوانغيا`, a given name of two, it is `that`
    assert name in {surface for surface, label in entity_labels(text) if label == "PERSON"}


def test_a_word_of_a_surname_s_key_is_no_surname_unless_spelt_as_it() -> None:
    # a surname alone with the article is found again where the document spells it as the full name does: `الحوثية` has
    # the key of `عبدالملك الحوثي`'s surname (ANT ×5); 38 such rows on the ANT slice were no one (`قوات الدفاع [الملكي]`,
    # royal, after `تركي المالكي`; `[الأسير]`, `[الأوزبك]`, `تيار [الحكمة]` after `عمار الحكيم`)
    text = "وقال عبدالملك الحوثي إن الحرب مستمرة، فيما أعلنت الميليشيات الحوثية التعبئة."
    assert ("الحوثية", "PERSON") not in entity_labels(text)


def test_a_surname_spelt_as_the_full_name_is_still_found_alone() -> None:
    keys = entity_keys("وقال الرئيس بشار الأسد إن الحرب انتهت. وأضاف الأسد أن الإعمار سيبدأ.")
    assert keys["الأسد"] == keys["بشار الأسد"]
