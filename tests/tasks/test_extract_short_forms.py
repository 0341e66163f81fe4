"""One entity, one key within a document: a body's name shortened to how it begins, after the full name
(`extract_documents._short_forms`, `_leading_part`), and a town named as an organisation, its club throughout
(`_towns_as_orgs`). Sentences of their own, not the gold's."""

from __future__ import annotations

from articles import entity_keys, mentions

from akhbar.tasks.extract_documents import _bare_words, _joined_on, _leading_part, _org_words


def test_a_body_named_by_its_first_words_after_its_full_name_takes_its_key() -> None:
    keys = entity_keys("أعلنت الإدارة العامة للجوازات والهجرة عن نظام إلكتروني جديد للتأشيرات.\n"
                       "وقالت الإدارة العامة للجوازات إن النظام يبدأ العمل الشهر المقبل.")
    assert keys["الإدارة العامة للجوازات"] == keys["الإدارة العامة للجوازات والهجرة"]
    keys = entity_keys("وقع سوق الكويت للأوراق المالية اتفاقية مع شركة أجنبية.\n"
                       "وأوضح سوق الكويت في بيان أن الاتفاقية تشمل تبادل البيانات.")
    assert keys["سوق الكويت"] == keys["سوق الكويت للأوراق المالية"]


def test_an_adjective_after_the_short_form_names_another_body() -> None:
    # the European Central Bank is no long form of a central bank named alone
    keys = entity_keys("رفع البنك المركزي الأوروبي أسعار الفائدة أمس.\nوقال البنك المركزي المصري إنه يراقب الأسواق.")
    assert keys["البنك المركزي الأوروبي"] != keys["البنك المركزي المصري"]


def test_what_follows_is_a_purpose_or_a_conjoined_word_not_a_name_s_own_letter() -> None:
    def leads(short: str, full: str) -> bool:  # as `_short_forms` reads the two names
        return _leading_part(_org_words(short), _org_words(full), _bare_words(full, ()))

    assert leads("سوق الكويت", "سوق الكويت للأوراق المالية")
    assert leads("الإدارة العامة للمرور", "الإدارة العامة للمرور والتراخيص")
    assert _joined_on("لكرة") and _joined_on("لصون") and _joined_on("والتراخيص")
    assert not _joined_on("ليون") and not _joined_on("لندن")  # `أولمبيك ليون`: the name's own `ل`
    assert not leads("البنك المركزي", "البنك المركزي الأوروبي")


def test_a_team_s_rank_or_match_is_no_purpose_of_its_name() -> None:
    orgs = [e["text"] for e in mentions("وأعاد هذا التعادل فريق بارما للمركز الثاني في الترتيب.",
                                        "ويستعد المنتخب السعودي لخوض المباراة الودية الأخيرة.")[0].to_pylist() if e["label"] == "ORG"]
    assert "بارما" in orgs and "المنتخب السعودي" in orgs


def test_a_town_named_as_an_organisation_is_its_club_throughout_the_document() -> None:
    # `موقع ليستر`: the club's website, an organisation; so `ليستر` hosting a match is the club too, not the city
    article = ("ونشر موقع ليستر على الإنترنت صورا للاعبين الجدد خلال التدريب.\n"
               "ويحل ليستر ضيفا على توتنهام في الجولة الأخيرة من الدوري.")
    rows = [e for e in mentions(article)[0].to_pylist() if e["text"] == "ليستر"]
    assert len(rows) == 2 and {e["label"] for e in rows} == {"ORG"} and len({e["canonical"] for e in rows}) == 1
