"""Organisations by their short names: acronyms in Arabic letters and aliases in brackets."""

from __future__ import annotations

from akhbar.tasks.extract_acronyms import find_acronyms, find_aliases
from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_tokens import Found, tokenise


def acronyms(text: str) -> list[str]:
    return [text[a.start : a.end] for a in find_acronyms(tokenise(text), frozenset())[0]]


def test_letters_spelled_in_arabic() -> None:
    text = "وذكرت سي بي أس أن الرئيس وصل."
    found, taken = find_acronyms(tokenise(text), frozenset())
    assert [(text[a.start : a.end], a.label, a.source) for a in found] == [("سي بي أس", "ORG", "acronym")]
    assert taken == {1, 2, 3}


def test_common_words_at_either_end_are_the_sentences_own() -> None:
    # `إم` and `في` are words too (`أم`, `في`): trailing, they are dropped, so the acronym ends at `إس`.
    assert acronyms("وقال مراسل دبليو إس إم في في ناشفيل إن الطريق مغلق.") == ["دبليو إس"]
    assert acronyms("وقال إن في المدينة أزمة.") == []  # `إن في`: two common words, no acronym


def test_an_alias_in_brackets_after_an_organisation() -> None:
    text = "أعلنت منظمة الطفولة (يونيسف) عن برنامج."
    org = Found(text.index("منظمة"), text.index(" ("), "ORG", "", "head", None, 1)
    place = Found(org.start, org.end, "LOC", "", "gazetteer", None, 1)
    names = find_aliases(tokenise(text), [org])  # the names given, and the aliases after them
    assert [(text[a.start : a.end], a.label, a.anchor) for a in names] == [("منظمة الطفولة", "ORG", 1), ("يونيسف", "ORG", 1)]
    assert names[0].canonical == names[1].canonical == canonical_key("يونيسف")  # one body, keyed by its short name
    assert find_aliases(tokenise(text), [place]) == [place]  # only an organisation has an alias


def test_a_two_letter_first_letter_behind_a_clitic_opens_the_acronym() -> None:
    # `لبي`: the tokeniser reads no clitic off a two-letter word, so `لبي بي سي` ("told the BBC") came out as `بي سي`.
    assert acronyms("وقال وائل شوقي لبي بي سي إن المعرض تأجل.") == ["بي بي سي"]
    assert acronyms("وأكد في تصريح لبي بي سي وسي إن إن أن الموعد ثابت.")[0] == "بي بي سي"
    assert acronyms("وقال لبنان إن سي بي أس أخطأت.") == ["سي بي أس"]  # a word that only starts like `ل` + letter: not one
