"""Arabic text: its character classes and the normalisations every stage shares, each defined once.

Character classes are regex class bodies (`re.compile(f"[{MARKS}]")`), so each stage builds the
pattern it needs from them. Where stages look at different sets of letters on purpose, each set has
its own name here and says why it differs: a changed range would change stored text, doc ids or
figures.
"""

from __future__ import annotations

import re

# --- Marks -------------------------------------------------------------------------------------

TATWEEL = "\u0640"  # the joining stroke that stretches a word: `كـتـاب` is `كتاب`
# The eight short-vowel signs, fathatan to sukun: `مُحَمَّد`.
HARAKAT = "\u064b-\u0652"
# Everything that never changes which word it is: honorific signs (0610–061A), harakat and their
# extensions (064B–065F), superscript alef (0670), Quranic annotation signs (06D6–06ED), tatweel.
MARKS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed" + TATWEEL
# MARKS without the Quranic annotation signs: the date and amount tokenizer keeps only these inside a
# token (those signs, absent from news, end one); kept so that dates' and amounts' offsets stay as they are.
TOKEN_MARKS = "\u0610-\u061a\u064b-\u065f\u0670" + TATWEEL

# --- Letters: five sets, one per use ------------------------------------------------------------

# The extractor's words: hamza to yeh, dotless beh and qaf (066E, 066F), the extended letters and
# ae (06D5); tatweel is a mark there, stripped with the harakat, not a letter.
WORD_LETTERS = "\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
# Clean's spacing and initial rules (`والنظام.والتقى`, `أ.ف.ب`): hamza to yeh with tatweel inside the
# range, then the extended letters. Clean's output, and so every doc_id (its hash), depends on it.
CLEAN_LETTERS = "\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"
# Letters of Arabic script in any of its languages (the Supplement and Extended-A blocks for Persian,
# Urdu, African languages): the language identifier checks the script before choosing its languages.
SCRIPT_LETTERS = "\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
# Any character of the script's blocks, presentation forms included, not the byte-order mark FEFF:
# ingest scores a legacy code page's decoding by how much of it is Arabic.
SCRIPT_BLOCKS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
# The blocks `arabic_share` counts: no Extended-A (08A0–08FF). The stored `translations.arabic_share`
# figures and the `arabic_left` flag's threshold were set on this range.
SHARE_BLOCKS = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"

# --- Digits -------------------------------------------------------------------------------------

ARABIC_INDIC_DIGITS = "\u0660-\u0669"  # ٠ to ٩
PERSIAN_DIGITS = "\u06f0-\u06f9"  # ۰ to ۹, the extended Arabic-Indic digits
# Both read as Latin digits; `٫` is the decimal point, `٬` groups thousands.
_LATIN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")

# --- Folding ------------------------------------------------------------------------------------

ALEF_FORMS = "أإآٱ"  # hamza above, hamza below, madda, wasla
TA_MARBUTA = "ة"
ALEF_MAQSURA = "ى"
_MARKS = re.compile(f"[{MARKS}]")
_VARIANTS = re.compile(f"[{ALEF_FORMS}{TA_MARBUTA}{ALEF_MAQSURA}]")
_LETTER = re.compile(r"[^\W\d_]")
_SHARE = re.compile(f"[{SHARE_BLOCKS}]")


def characters(ranges: str) -> frozenset[str]:
    """The characters of a class body: `characters(HARAKAT)` holds `َ` (fatha) and `ْ` (sukun), not `ا`."""
    chars, i = set(), 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            chars.update(map(chr, range(ord(ranges[i]), ord(ranges[i + 2]) + 1)))
            i += 3
        else:
            chars.add(ranges[i])
            i += 1
    return frozenset(chars)


MARK_CHARACTERS = characters(MARKS)
HARAKAT_CHARACTERS = characters(HARAKAT)


def strip_marks(text: str) -> str:
    """No harakat, Quranic marks or tatweel (MARKS): `مُحَمَّـد` → `محمد`, `القرآنۖ` → `القرآن`."""
    return _MARKS.sub("", text)


def fold_alef(text: str) -> str:
    """Alef with hamza, madda or wasla as a bare alef: `إسلام آباد` → `اسلام اباد`, `أحمد` → `احمد`."""
    for form in ALEF_FORMS:
        text = text.replace(form, "ا")
    return text


def fold_ta_marbuta(text: str) -> str:
    """Final `ة` as `ه`, the two spellings of one word: `أستانة` → `أستانه`."""
    return text.replace(TA_MARBUTA, "ه")


def fold_alef_maqsura(text: str) -> str:
    """`ى` as `ي`, the two spellings of one word: `مصطفى` → `مصطفي`, `على` → `علي`."""
    return text.replace(ALEF_MAQSURA, "ي")


def fold_hamza_seats(text: str) -> str:
    """Hamza on waw or yeh as the bare letter, for canonical keys only: `مسؤول` → `مسوول`, `رئيس` → `رييس`."""
    return text.replace("ؤ", "و").replace("ئ", "ي")


def fold(text: str) -> str:
    """One alef, `ة`→`ه`, `ى`→`ي` (marks kept): `أستانة` → `استانه`, `إلى` → `الي`.

    `str.replace` runs in C for any string; `str.translate` with a table is ~20× slower on Arabic.
    """
    if not _VARIANTS.search(text):
        return text
    return fold_alef_maqsura(fold_ta_marbuta(fold_alef(text)))


def norm(word: str) -> str:
    """Orthographic key of a word: no marks or tatweel, one alef, `ة`→`ه`, `ى`→`ي`: `أَسْتانة` → `استانه`."""
    return fold(strip_marks(word))


def normalize_arabic(text: str) -> str:
    """Orthographic key of a text: each word's `norm`, one space between words: `أَسْتانةـ  إلى` → `استانه الي`."""
    return " ".join(norm(text).split())


def latin_digits(text: str) -> str:
    """Arabic-Indic and Persian digits as Latin ones: `١٥٫٥` → `15.5`, `٣٬٠٠٠` → `3,000`, `۲۰` → `20`."""
    return text.translate(_LATIN_DIGITS)


def arabic_share(text: str) -> float:
    """Share of the letters in Arabic script (SHARE_BLOCKS): `The talks in أستانة` → 6/16; none → 0.0."""
    letters = _LETTER.findall(text)
    return sum(1 for ch in letters if _SHARE.match(ch)) / len(letters) if letters else 0.0
