"""Arabic text: character classes and normalisations, each on words where getting it wrong shows."""

from __future__ import annotations

import re

import pytest

from akhbar.tasks.arabic import (
    CLEAN_LETTERS,
    HARAKAT_CHARACTERS,
    MARK_CHARACTERS,
    SCRIPT_BLOCKS,
    SCRIPT_LETTERS,
    SHARE_BLOCKS,
    TATWEEL,
    TOKEN_MARKS,
    WORD_LETTERS,
    arabic_share,
    characters,
    fold,
    fold_alef,
    fold_alef_maqsura,
    fold_hamza_seats,
    fold_ta_marbuta,
    latin_digits,
    norm,
    normalize_arabic,
    strip_marks,
)


def in_class(ranges: str, char: str) -> bool:
    return re.fullmatch(f"[{ranges}]", char) is not None


@pytest.mark.parametrize(
    ("text", "stripped"),
    [
        ("مُحَمَّدٌ", "محمد"),  # damma, fatha, shadda, dammatan
        ("كـتـاب", "كتاب"),  # tatweel
        ("هٰذا", "هذا"),  # superscript alef
        ("صلى الله عليه وسلمؐ", "صلى الله عليه وسلم"),  # honorific sign (0610)
        ("سُؤال", "سؤال"),  # hamza on waw is a letter, not a mark
    ],
)
def test_strip_marks_drops_marks_and_tatweel_and_keeps_letters(text: str, stripped: str) -> None:
    assert strip_marks(text) == stripped


def test_each_fold_touches_only_its_letters() -> None:
    assert fold_alef("إسلام آباد أحمد ٱلله") == "اسلام اباد احمد الله"
    assert fold_alef("مسؤول رئيس") == "مسؤول رئيس"  # hamza on waw and yeh is no alef
    assert fold_ta_marbuta("أستانة") == "أستانه"
    assert fold_alef_maqsura("مصطفى على") == "مصطفي علي"
    assert fold_hamza_seats("مسؤول رئيس أحمد") == "مسوول رييس أحمد"


def test_fold_is_all_three_folds_and_keeps_marks() -> None:
    assert fold("أستانة إلى") == "استانه الي"
    assert fold("أَحمد") == "اَحمد"  # the fatha stays: `norm` drops marks, `fold` does not
    assert fold("مسؤول") == "مسؤول"  # hamza seats fold for canonical keys only


def test_norm_and_normalize_arabic() -> None:
    assert norm("أَسْتانةـ") == "استانه"
    assert norm("إلى") == norm("الى") == "الي"
    assert normalize_arabic("  أَسْتانةـ   إلى\nمصر ") == "استانه الي مصر"
    # One key for the spellings a name has in news.
    assert normalize_arabic("مُصْطَفَى أحمد") == normalize_arabic("مصطفي احمد")


@pytest.mark.parametrize("word", ["وَأَكَّدَتْ", "الإماراتِ", "آذار", "ٱلرَّحْمَٰن", "مُؤتمر"])
def test_norm_is_idempotent(word: str) -> None:
    assert norm(norm(word)) == norm(word)
    assert not set(norm(word)) & MARK_CHARACTERS


def test_latin_digits_reads_both_arabic_digit_sets() -> None:
    assert latin_digits("١٥٫٥") == "15.5"
    assert latin_digits("٣٬٠٠٠") == "3,000"
    assert latin_digits("۲۰۱۷") == "2017"  # Persian digits
    assert latin_digits("عام 2017") == "عام 2017"


def test_arabic_share_counts_letters_only() -> None:
    assert arabic_share("") == 0.0
    assert arabic_share("The talks began in Astana.") == 0.0
    assert arabic_share("The talks in أستانة") == pytest.approx(6 / 16)
    assert arabic_share("١٢٣ abc") == 0.0  # digits are no letters
    assert arabic_share("ﻻ") == 1.0  # a presentation form is Arabic
    assert arabic_share("ࢠ") == 0.0  # Extended-A is not counted (SHARE_BLOCKS)


def test_characters_reads_ranges_and_single_characters() -> None:
    assert characters("a-c" + TATWEEL) == {"a", "b", "c", TATWEEL}
    assert len(HARAKAT_CHARACTERS) == 8 and "\u064e" in HARAKAT_CHARACTERS  # fatha
    assert "\u0670" not in HARAKAT_CHARACTERS and "\u0670" in MARK_CHARACTERS  # superscript alef
    assert TATWEEL in MARK_CHARACTERS and "ا" not in MARK_CHARACTERS


def test_the_letter_sets_differ_where_their_users_need_it() -> None:
    # Tatweel is a mark to the extractor, inside clean's letter range; ە (06D5) a letter to the extractor only.
    assert not in_class(WORD_LETTERS, TATWEEL) and in_class(CLEAN_LETTERS, TATWEEL)
    assert in_class(WORD_LETTERS, "ە") and not in_class(CLEAN_LETTERS, "ە")
    # Persian and African letters count for the script check, not for clean's rules.
    assert in_class(SCRIPT_LETTERS, "ݐ") and in_class(SCRIPT_LETTERS, "ࢠ") and not in_class(CLEAN_LETTERS, "ݐ")
    # Ingest counts presentation forms but not the byte-order mark; arabic_share skips Extended-A.
    assert in_class(SCRIPT_BLOCKS, "ﻻ") and not in_class(SCRIPT_BLOCKS, "\ufeff")
    assert in_class(SCRIPT_BLOCKS, "ࢠ") and not in_class(SHARE_BLOCKS, "ࢠ")
    # The tokenizer's marks lack the Quranic annotation signs.
    assert not in_class(TOKEN_MARKS, "\u06d6") and in_class(TOKEN_MARKS, "\u064e")
