"""Clean's work on texts: normalise Arabic text, identify its language, hash it, and find its sentences with exact offsets.

The stage, its Prefect tasks over tables, is `clean`. This module imports nothing of Prefect's: the worker
processes (`parallel`) run `prepare_texts`, and the fork server that starts them imports it.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterator

from akhbar.tasks import near_duplicates
from akhbar.tasks.arabic import CLEAN_LETTERS, HARAKAT, SCRIPT_LETTERS, TATWEEL, norm

# Bidi embeddings/overrides/isolates and marks (LRM, RLM, ALM) reorder or hide text
# when displayed; they carry no meaning in stored news text. ZWJ/ZWNJ are kept: they
# change how Arabic letters join.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# Invisible format characters: BOM/ZWNBSP (anywhere), soft hyphen, word joiner, Mongolian vowel separator.
_INVISIBLE = "\ufeff\u00ad\u2060\u180e"
_DROP = str.maketrans("", "", _BIDI + _INVISIBLE + TATWEEL)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"[^\S\n]+")  # any whitespace but newline (NBSP, tabs, thin spaces …)
# `والنظام.والتقى` → `والنظام. والتقى`: a terminator glued between two Arabic letters; not after a lone
# letter, which is an initial (`أ.ف.ب`, the AFP credit).
_GLUED = re.compile(f"(?<=[{CLEAN_LETTERS}][{CLEAN_LETTERS}{HARAKAT}])([.!؟؛])(?=[{CLEAN_LETTERS}])")
# `اللقاءات .` → `اللقاءات.` and `الاثنين ،` → `الاثنين،`: no space before punctuation.
_SPACE_BEFORE_PUNCT = re.compile(f"(?<=[{CLEAN_LETTERS}{HARAKAT}]) +([.!؟؛،:])")

_TERMINATORS = frozenset(".!?؟؛")
_ARABIC_LETTER_RE = re.compile(f"[{CLEAN_LETTERS}]")
_QUOTE_PAIRS = {"«": "»", "“": "”", "„": "“"}
_AFTER_STOP = ")]»”’"  # closing brackets and marks that a stop may come before
# What `_sentences` looks at: a line break, an opening or closing mark (every closer is one), a stop.
_DECIDING = re.compile("[\n\"" + re.escape("".join(_QUOTE_PAIRS) + "".join(_QUOTE_PAIRS.values()) + "".join(_TERMINATORS)) + "]")
# A longer run without a sentence end (a page pasted as one line) is cut at a clause or word boundary.
MAX_SENTENCE_CHARS = 1000
_CLAUSE_ENDS = "،,؛;:"

# Language identification (py3langid) on the first characters; ar, arz (Egyptian) and ary (Moroccan) are Arabic.
_LANGUAGE_SAMPLE = 2000
_ARABIC_CODES = frozenset({"ar", "arz", "ary"})
# Under this many letters no classifier can tell: the script decides.
_MIN_LETTERS = 20
_ARABIC_LETTERS = re.compile(f"[{SCRIPT_LETTERS}]")
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script (str.isalpha, counted in C)
_ARABIC_SCRIPT_LANGUAGES = ("ar", "arz", "ary", "fa", "ur", "ps", "ug", "sdh", "ku")
# Letters of the script that Arabic does not use and each other language of it does (Persian پ چ ژ گ ک ی, Urdu ٹ ڈ ڑ ں ے ھ,
# Pashto ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې, Uyghur ۆ ۇ ۈ ۋ ې, Kurdish ڕ ڵ ێ ۆ …): a text with none of them is Arabic without asking the
# classifier, which takes a millisecond an article (most of `clean`'s time on an archive), and a second to load. A few such
# letters do occur in Arabic news (ڤ for v in ڤيينا, ٱ in a Quranic quotation, a Persian name): under 1% of the letters (Persian
# writes ی alone in about one letter in twelve) is Arabic still.
_OTHER_SCRIPT_LANGUAGES = frozenset(chr(c) for c in (*range(0x0671, 0x06D4), *range(0x06FA, 0x0700), *range(0x0750, 0x0780),
                                                      *range(0x08A0, 0x0900), 0x0620, *range(0x063B, 0x0640), 0x066E, 0x066F))
_OTHER_LETTERS = re.compile("[" + "".join(sorted(_OTHER_SCRIPT_LANGUAGES)) + "]")
_OTHER_LETTERS_SHARE = 0.01

def normalize_text(raw: str) -> str:
    """Return the clean form of an article: NFKC, no controls/bidi/tatweel, tidy spaces.

    Diacritics stay (`مُحَمَّد` keeps its harakat); `كـتـاب` → `كتاب`; `ﻻ` → `لا`;
    `والنظام.والتقى` → `والنظام. والتقى`; `الاثنين ،` → `الاثنين،`.
    """
    text = unicodedata.normalize("NFKC", raw.replace("\r\n", "\n").replace("\r", "\n"))
    # NFC again: a dropped mark can leave the harakat around it out of canonical order.
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", text.translate(_DROP)))
    text = _SPACES.sub(" ", text)
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _GLUED.sub(r"\1 ", text)
    lines = (line.strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def identify_language(text: str) -> str:
    """ISO 639 code of the text's language: `ar` for Arabic (and its dialects), `und` when it has no letters.

    Text mostly in Arabic script is told apart from Persian, Urdu and the other languages
    written in it; any other text gets the classifier's best guess (`en`, `fr`, …).
    """
    sample = text[:_LANGUAGE_SAMPLE]
    letters = len(_LETTER.findall(sample))
    script = len(_ARABIC_LETTERS.findall(sample))
    arabic_script = 2 * script >= letters
    if letters < _MIN_LETTERS:
        return "ar" if letters and arabic_script else "und"
    if arabic_script and len(_OTHER_LETTERS.findall(sample)) < _OTHER_LETTERS_SHARE * script:
        return "ar"  # (almost) only the letters Arabic uses: no other language of the script writes with them
    code, _ = _identifier(arabic_script).classify(sample)
    return "ar" if code in _ARABIC_CODES else code


@functools.cache
def _identifier(arabic_script: bool):
    """py3langid's model, restricted to the languages of Arabic script when the text is in it."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    if arabic_script:
        identifier.set_languages(_ARABIC_SCRIPT_LANGUAGES)
    return identifier


def content_hash(text: str) -> str:
    """Stable document id: the first 16 hex digits of SHA-256 over the clean text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def sentence_spans(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence; never split on `،`; a quotation may hold several sentences.

    `قال: "نجحنا. لكن العمل مستمر." ثم غادر.` is two sentences, `قال: "نجحنا.` and `لكن العمل مستمر."`,
    then `ثم غادر.`: the marks closing right after a stop end its sentence. Initials (`د.`, `أ.ف.ب`) and
    decimal points (`3.5`) end nothing.
    A sentence longer than `max_chars` is cut into pieces at its last clause end (`،`, `؛`, `:`)
    or space before each limit, so one endless line cannot become one endless sentence.
    """
    for start, end in _sentences(text):
        while end - start > max_chars:
            cut = _cut(text, start, start + max_chars)
            yield from _trimmed(text, start, cut)
            start = cut
        yield from _trimmed(text, start, end)


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut `text[start:limit]`: after the last clause end in its second half, else at its last space."""
    half = start + (limit - start) // 2
    clause = max(text.rfind(mark, half, limit) for mark in _CLAUSE_ENDS)
    if clause >= 0:
        return clause + 1
    space = max(text.rfind(" ", half, limit), text.rfind("\n", half, limit))
    return space if space > start else limit


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, of any length."""
    start, closers = 0, []
    n = len(text)
    # Only line breaks, quotation marks and stops decide anything: the scan jumps from one to the next
    # (a loop over every character cost the stage three quarters of its time).
    match = _DECIDING.search(text)
    while match:
        i = match.start()
        ch = text[i]
        if ch == "\n":
            yield from _trimmed(text, start, i)
            start, closers = i + 1, []  # quotes never span lines: a stray mark can't swallow the rest
        elif closers and ch == closers[-1]:
            closers.pop()
        elif ch == '"':
            closers.append('"')
        elif ch in _QUOTE_PAIRS:
            closers.append(_QUOTE_PAIRS[ch])
        elif (ch in _TERMINATORS and not _is_decimal_point(text, i) and not _is_initial(text, i) and not _is_inner(text, i)
              and not _is_spelled_letter(text, i)):
            while i + 1 < n and text[i + 1] in _TERMINATORS:  # `...` and `؟!` end once
                i += 1
            # The marks that close right after the stop end with it: `… انتهى.»`, `(… انتهى.)`; a quotation
            # still open goes on in the next sentence.
            while i + 1 < n and (closers and text[i + 1] == closers[-1] or text[i + 1] in _AFTER_STOP):
                if closers and text[i + 1] == closers[-1]:
                    closers.pop()
                i += 1
            yield from _trimmed(text, start, i + 1)
            start = i + 1
        match = _DECIDING.search(text, i + 1)
    yield from _trimmed(text, start, n)


def _is_initial(text: str, i: int) -> bool:
    """`د. محمد` (Dr.), `(أ.ف.ب)`: a period after a one-letter Arabic word abbreviates, it ends nothing."""
    return (
        text[i] == "."
        and i > 0
        and _ARABIC_LETTER_RE.match(text[i - 1]) is not None
        and (i == 1 or not (text[i - 2].isalpha() or unicodedata.combining(text[i - 2])))  # `تعقيدًا.`: a mark ends a word
    )


def _is_spelled_letter(text: str, i: int) -> bool:
    """`(جي. آي. إف)`: a period after a Latin letter spelled in Arabic, before another or the closing bracket, abbreviates.
    (A letter's name alone is often a word, `في`, `دي`: one more letter or the bracket must follow.)"""
    from akhbar.tasks.extract_words import LETTER_NAMES  # word lists; imported here, where a spelled letter may stand

    if text[i] != "." or not (word := _LAST_WORD.search(text[max(0, i - 8) : i])) or norm(word.group()) not in LETTER_NAMES:
        return False
    after = _NEXT_WORD.match(text, i + 1)
    return after is not None and (after.group(1) == ")" or norm(after.group(1)) in LETTER_NAMES)


_LAST_WORD = re.compile(r"[^\s(\"«“]+$")  # inside marks too: `قناة "سي. إن. بي. سي"`
_NEXT_WORD = re.compile(r"\s*(\)|[^\s.)\"»”]+)")


def _is_inner(text: str, i: int) -> bool:
    """An ellipsis (`جدًا ... إنهم`) pauses, and a dot inside a Latin name (`LiverpoolFC.com`) is part of it."""
    if text.startswith("..", i) or text.startswith("..", i - 1):
        return True
    return text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isascii() and text[i - 1].isalnum() and text[i + 1].isascii() \
        and text[i + 1].isalnum()


def _is_decimal_point(text: str, i: int) -> bool:
    """`3.5` and `٣.٥` are numbers, not sentence ends."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span without surrounding whitespace, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


def prepare_texts(raw_texts: list[str]) -> list[tuple]:
    """Per article, what needs no other article: (clean text, doc_id, language, word-pair hashes, LSH band keys);
    a text that cleans to nothing gives Nones. Arabic texts only are hashed."""
    rows = []
    for raw in raw_texts:
        text = normalize_text(raw)
        if not text:
            rows.append((text, None, None, None, None))
            continue
        language = identify_language(text)
        shingles = near_duplicates.shingles(text) if language == "ar" else None
        rows.append((text, content_hash(text), language, shingles, near_duplicates.lsh_bands(shingles) if shingles is not None else None))
    return rows
