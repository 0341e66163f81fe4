"""Text helpers shared by the date and amount finders: digits in any script, word tokens."""

from __future__ import annotations

import re
from functools import lru_cache

from akhbar.tasks.arabic import ARABIC_INDIC_DIGITS, PERSIAN_DIGITS, TOKEN_MARKS, latin_digits, norm

_DIGIT = f"[0-9{ARABIC_INDIC_DIGITS}{PERSIAN_DIGITS}]"
# A token: a number (digits with `.`/`,` inside) or an Arabic/Latin word with its marks.
TOKEN = re.compile(rf"{_DIGIT}+(?:[.,٫٬]{_DIGIT}+)*|[\w{TOKEN_MARKS}]+|[%٪]")


def number(text: str) -> float | None:
    """The value of a number in digits: `1,500` → 1500.0, `2.5` → 2.5, `١٥` → 15.0."""
    digits = latin_digits(text)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
        digits = digits.replace(",", "")
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


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
