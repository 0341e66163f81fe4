"""Text helpers shared by the date and amount finders: digits in any script, word tokens."""

from __future__ import annotations

import re
from functools import lru_cache

# Arabic-Indic (٠-٩) and Persian (۰-۹) digits read as Latin ones; `٫` is the decimal point, `٬` groups.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬", "01234567890123456789.,")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLDS = (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ٱ", "ا"), ("ة", "ه"), ("ى", "ي"))
_VARIANTS = re.compile("[أإآٱةى]")
# A token: a number (digits with `.`/`,` inside) or an Arabic/Latin word with its marks.
TOKEN = re.compile(r"[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*|[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+|[%٪]")


def latin_digits(text: str) -> str:
    """`١٥٫٥` → `15.5`, `٣٬٠٠٠` → `3,000`."""
    return text.translate(_DIGITS)


def number(text: str) -> float | None:
    """The value of a number in digits: `1,500` → 1500.0, `2.5` → 2.5, `١٥` → 15.0."""
    digits = latin_digits(text)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
        digits = digits.replace(",", "")
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


def fold(text: str) -> str:
    """One alef, `ة`→`ه`, `ى`→`ي`: `أستانة` → `استانه`.

    `str.replace` runs in C for any string; `str.translate` with a table is ~20× slower on Arabic.
    """
    if not _VARIANTS.search(text):
        return text
    for variant, letter in _FOLDS:
        text = text.replace(variant, letter)
    return text


def norm(word: str) -> str:
    """Orthographic key of a word: no marks or tatweel, one alef, `ة`→`ه`, `ى`→`ي`: `أَسْتانة` → `استانه`."""
    return fold(_MARKS.sub("", word))


def stem(word: str) -> str:
    """A normalised word without a leading `و`/`ف`/`ب`/`ل`/`ك` clitic or the article: `وبالدولار` → `دولار`."""
    w = norm(word)
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
    if len(w) > 3 and w[0] in "بلك" and not w.startswith("ال"):
        w = w[1:]
    if w.startswith("لل") and len(w) > 4 or w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


@lru_cache(maxsize=1 << 16)
def token_forms(raw: str) -> tuple[str, str, float | None]:
    """(norm, stem, value) of a token; cached, as news reuses a small vocabulary."""
    return norm(raw), stem(raw), number(raw) if raw[0].isdigit() else None


# spans, raw forms, norms, stems and digit values of a sentence's tokens
Tokenised = tuple[list[tuple[int, int]], list[str], list[str], list[str], list[float | None]]


def tokens(text: str) -> Tokenised:
    """A sentence's tokens: spans, raw forms, norms, stems and digit values."""
    spans = [m.span() for m in TOKEN.finditer(text)]
    raw = [text[s:e] for s, e in spans]
    forms = [token_forms(w) for w in raw]
    return spans, raw, [f[0] for f in forms], [f[1] for f in forms], [f[2] for f in forms]
