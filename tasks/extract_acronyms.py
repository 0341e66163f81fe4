"""Organisations by their short names: acronyms spelled in Arabic letters (`سي بي أس`, `لسي إن إن`) and
aliases in brackets after a full name (`منظمة الأمم المتحدة للطفولة (يونيسف)`)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from akhbar.tasks.arabic import normalize_arabic
from akhbar.tasks.extract_canonical import aliases, canonical_key
from akhbar.tasks.extract_gazetteer import nationalities, not_names
from akhbar.tasks.extract_tokens import K_LETTER, LETTER_PERIOD, Found, Tokens, Word, skip_letters
from akhbar.tasks.extract_words import (
    COMPANY_HEADS,
    LETTER_NAMES,
    ORG_HEADS,
    PROJECT_HEADS,
    RELATIVES,
    VERB_FORMS,
    WORDLIKE_LETTERS,
)

# A wire's own abbreviation in its dateline, between brackets or slashes: `(وات)`, `(ومع)`, `(كونا)`, `/ وام /`.
# Some are words elsewhere (`ومع` "and with", `كونا` "we were", `بترا` the town): only so marked are they agencies.
# NNA (Lebanon) opens its dispatches with its name and a dash: `وطنية - أعلنت …`.
# INA, SUNA, Saba, WAFA too; MAP spelt out as AMI is (`و م ع`)
_AGENCY_MARKS = "وات|ومع|و م ع|واج|كونا|وام|واس|بترا|قنا|بنا|سانا|العمانية|وال|وطنية|أ ش أ|و م أ|واع|سونا|سبأ|وفا"
_DATELINE_AGENCY = re.compile(rf"[(/]\s*({_AGENCY_MARKS})\s*[)/]|^\s*(وطنية)\s*[-–]"
                              rf"|^[^\s\d()]+(?: [^\s\d()]+)? [-–] ({_AGENCY_MARKS}) ?[-–:]")  # … between dashes: `الرباط - ومع -`,
# or a dash and a colon: `الدوحة - قنا:`
# … or behind `ل` where the agency was spoken to: `في تصريح لكونا`, `وقال … لكونا إن`, `ل وات عقب …` (`_spoken_to`).
_TOLD_AGENCY = re.compile(r"(?<!\S)ل\s?(وات|كونا|وام|واس|بترا|قنا|سانا|واج|لعمانية)(?![^\s،,.:؛])")  # ONA by its nisba:
# `للعمانية` (`[لعمانية]`: the span starts after the clitic, `tests/gold/README.md`), a noun, as no adjective takes `ل`
_REPORT_NOUNS = frozenset({"تصريح", "تصريحات", "تصريحه", "تصريحها", "حديث", "حديثه", "حديثها", "مقابله", "اتصال"})
_REPORT_AFTER = frozenset({"ان", "انه", "انها", "انهم", "عقب", "اثر", "بعد", "خلال", "حول", "امس", "اليوم"})
_ALIAS = re.compile(r"\s*\(\s*([^()\s][^()\n]{0,25}?)\s*\)")
# … or one word in marks after a long name: `شركة بترول أبوظبي الوطنية "أدنوك"` (a quotation would be longer).
_LATIN_CODE = re.compile(r"[A-Za-z][A-Za-z0-9&.\-]*")
_MARKED_ALIAS = re.compile(r'\s*["«“]([^"«»“”\s]{3,15})["»”]')
# … or in capitals right after a body's name of two words or more, as Gulf wires write a bank's: `بنك قطر الوطني QNB`.
_BARE_LATIN_ALIAS = re.compile(r" ([A-Z][A-Z0-9&]{2,7})(?![A-Za-z0-9&])")
_LATIN_LETTER = re.compile("[A-Za-z]")
_NAMING_HEADS = COMPANY_HEADS | {"قناه", "محطه", "وكاله"}  # and channels': `قناة [إم بي سي] السعودية`
_OPENING_LETTERS = WORDLIKE_LETTERS - {"ال"}  # of the common words, only `إل` (L) may open an acronym: `إل جي`


def find_acronyms(tokens: Tokens, taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """Acronyms spelled in Arabic letters: `سي بي أس`, `دبليو إس إم في`, `لسي إن إن` → ORG.

    Two letters or more, one of them no common word; `في`/`أن`/`أو` at either end are the
    sentence's own words: `… إم في في ناشفيل` ends at the first `في`. Returns them and the words
    taken, `taken` included.
    """
    words, found, after = tokens.words, [], 0
    for i in tokens.where(K_LETTER):
        if i < after or i + 1 >= len(words) or not words[i + 1].kinds & K_LETTER or words[i].breaks:
            continue  # an acronym has two letters at least
        skip = next((k for k, stem in words[i].readings if stem in LETTER_NAMES), None)
        if skip is None or i in taken:
            continue
        j = i + 1
        while j < len(words) and not words[j - 1].breaks and words[j].norm in LETTER_NAMES and j not in taken:
            j += 1
        letters = [words[i].readings[[k for k, _ in words[i].readings].index(skip)][1]] + [w.norm for w in words[i + 1 : j]]
        begin, end, framed = i, j, _framed(words, i, j)
        dotted = [k for k in range(i, j - 1) if LETTER_PERIOD.fullmatch(tokens.text, words[k].end, words[k + 1].start)]  # letters a
        # period joins are the name's: `سي. إن. إن` (`tokenise`: no break there)
        if not framed:  # between a company's kind and its nationality every letter is the name's
            while begin < j and letters[begin - i] in _OPENING_LETTERS and not (dotted and begin == dotted[0]):
                begin += 1
            while end > begin and letters[end - 1 - i] in WORDLIKE_LETTERS and not (dotted and end <= dotted[-1] + 2):
                end -= 1
        if end - begin >= 2 and (framed or any(w not in WORDLIKE_LETTERS for w in letters[begin - i : end - i])):
            first = words[begin]
            start = first.start + (skip_letters(first.raw, skip) if begin == i else 0)
            if begin == i and _behind_clitic(words, i, taken, after):  # `لبي بي سي`: BBC, after `ل`
                begin, start = i - 1, words[i - 1].start + skip_letters(words[i - 1].raw, 1)
            name = LETTER_PERIOD.sub(" ", tokens.text[start : words[end - 1].end])  # `سي. إن. إن` is keyed as `سي إن إن`
            found.append(Found(start, words[end - 1].end, "ORG", canonical_key(name), "acronym", None, begin))
            taken |= set(range(begin, end))
        after = j
    return found, taken


def _framed(words: Sequence, i: int, j: int) -> bool:
    """Words [i, j) stand between a head that names a company or a channel and a definite nationality: `شركة [أو إم في]
    النمساوية` (OMV) is an acronym whole, where `أو` (or) and `في` (in) would be the sentence's own words elsewhere."""
    if i == 0 or j >= len(words) or words[i - 1].breaks or words[j - 1].breaks:
        return False
    head = not {stem for _, stem in words[i - 1].readings}.isdisjoint(_NAMING_HEADS)
    return head and words[j].norm.startswith("ال") and words[j].norm in nationalities()


def _behind_clitic(words, i: int, taken, after: int) -> bool:
    """The word before `i` is a clitic and a letter of the acronym that `i` goes on (`لبي` of `لبي بي سي`): the
    tokeniser reads no clitic off a word of two letters, so it is no letter word itself. Words before `after` belong
    to the acronym found before."""
    if i == 0 or i - 1 < after or i - 1 in taken or words[i - 1].breaks:
        return False
    norm = words[i - 1].norm
    return norm[:1] in "لوفب" and norm[1:] in LETTER_NAMES and norm[1:] not in WORDLIKE_LETTERS


def find_aliases(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """`names` with the short names in brackets right after an organisation (`منظمة … للطفولة (يونيسف)`, `(stc)`), or in
    marks after a name of three words or more (`شركة بترول أبوظبي الوطنية "أدنوك"`, a quotation would be longer).

    The short name and the full one are one body, keyed by the short name (through `aliases_ar.tsv` where listed): it is
    what the document (`extract_repeats`), the NER model and other documents mostly write alone. A gazetteer name keeps
    its own key, the same in every document.
    """
    found = []
    for org in names:
        # a body, or an event: `معرض ومؤتمر أبوظبي الدولي للبترول "أديبك"`; not a name inside a longer one that the
        # brackets follow (`منظمة الأغذية والزراعة [للأمم المتحدة] (الفاو)`: FAO's, not the UN's)
        named = org.label in ("ORG", "MISC") and not any(
            o.start < org.start and org.end <= o.end and o.label in ("ORG", "MISC") for o in names)
        m = _ALIAS.match(tokens.text, org.end) if named else None
        if m is None and named and len(tokens.text[org.start : org.end].split()) >= 3:
            m = _MARKED_ALIAS.match(tokens.text, org.end)
        name = tokens.text[org.start : org.end]
        if m is None and org.label == "ORG" and " " in name and not _LATIN_LETTER.search(name):
            m = _BARE_LATIN_ALIAS.match(tokens.text, org.end)  # not after a name in Latin letters itself
        if m is None or not any(c.isalpha() for c in m.group(1)) or (
                any(c.isdigit() for c in m.group(1)) and not _LATIN_CODE.fullmatch(m.group(1))) or (
                normalize_arabic(m.group(1).split()[0]) in RELATIVES) or _description(m.group(1)):
            # `(1975-1990)` its years, `مونديال روسيا (19 عاما)` an age, `أبل (1275 تطبيقا)` a count; `(G20)` a short name;
            # `(الذي يرأسه سمير جعجع)` a clause
            found.append(org)
            continue
        key = canonical_key(m.group(1))
        key = org.canonical if org.source == "gazetteer" else aliases().get(key, key)  # a gazetteer key is stable already
        # A body's short name, source `alias`: as sure as the name before it, which the model's reading of the short name
        # alone does not overrule (`وكالة الأنباء الأردنية (بترا)`: Petra the site to the model). An event's stays `head`:
        # `كأس العالم (فيفا)` names its organiser.
        source = "alias" if org.label == "ORG" else "head"
        found += [replace(org, canonical=key), Found(m.start(1), m.end(1), org.label, key, source, None, org.anchor)]
    # A short name is the body's, not the place the gazetteer spells alike: `المتكاملة "[كيبك]"` is KIPIC, not Quebec.
    short = {(f.start, f.end): f.label for f in found if f.source == "alias"}
    return [f for f in found if f.source != "gazetteer" or short.get((f.start, f.end), f.label) == f.label]


def _description(words: str) -> bool:
    """What brackets say of a name rather than call it: where it is, how many, what it is (`جبهة نهم (شرق صنعاء)`,
    `حزب الفدرالية الثورية (سبعة نواب)`, `حزب الحرية (يمين متطرف)`, `منتخب كوستاريكا (متذيل الترتيب)`, `(اضغط هنا)`,
    `(قطاع الثقافة)`): a
    word of place, number, rank or link, or a preposition, in it. A short name holds none (`(مانشافت)`, `(يوروبا ليغ)`,
    `هيئة تحرير الشام (النصرة سابقا)`)."""
    norms = [normalize_arabic(w) for w in words.split()]
    return any(w in _IN_BRACKETS or w in _DESCRIPTION_WORDS for w in norms)


# Words of a description in brackets (as `normalize_arabic` spells them): directions, counts, ranks and standings, a link.
_DESCRIPTION_WORDS = frozenset(normalize_arabic(w) for w in (
    "شرق", "غرب", "شمال", "جنوب", "وسط", "شرقي", "غربي", "شمالي", "جنوبي", "يمين", "يسار", "متطرف",
    "مرتين", "مرات", "ثلاث", "سبعة", "عشرة", "نواب", "مقاعد", "متذيل", "متصدر", "حامل", "صاحب", "بطل", "وصيف", "أول",
    "اضغط", "هنا", "رابط", "شعبوي", "مناهض", "الجنسية", "درجة",
    "المملوك", "المملوكة", "التابع", "التابعة",  # owned by, a part of: `إنستغرام (المملوك لفيسبوك)`
    "قطاع", "فرع",  # which part of it: `وزارة الشباب والثقافة والتواصل (قطاع الثقافة)`, Morocco's ministries' sectors
    "أكابر", "رجال", "سيدات", "أواسط", "أشبال", "أصاغر", "ناشئين", "ناشئات", "إناث", "ذكور"))  # a category: `كأس الجزائر
# (أكابر رجال)`, which had keyed the cup as `أكابر رجال`
_IN_BRACKETS = frozenset({"في", "من", "علي", "الي", "عن", "مع", "لدي", "منذ", "خلال", "بين"})  # (not `دويتشه بان`'s `بان`)


# A Latin short name in brackets or marks right after Arabic words: `(INRH)`, `(UNDP)`, `"OCP"`; two capitals at least
# (`(stc)`, a brand's lower case, is known by the name before it already).
_LATIN_SHORT = re.compile(r'\s*[(«"“]\s*([A-Za-z][A-Za-z&]{1,9})\s*[)»"”]')
_LATIN_OPENING = re.compile(r'[(«"“]\s*[A-Za-z]')  # what `_LATIN_SHORT` starts with: a sentence without it has none
_CODED_HEADS = ORG_HEADS | COMPANY_HEADS | PROJECT_HEADS | {"برنامج"}
_CODED_SPAN = 7  # words from the head to the short name, at most: `المعهد الوطني للبحث في الصيد البحري (INRH)`


def find_coded_bodies(tokens: Tokens, names: list[Found], taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """A body's whole name, vouched for by the Latin short name after it: `المعهد الوطني للبحث في الصيد البحري (INRH)`,
    `برنامج الأمم المتحدة الإنمائي (UNDP)`, `المجمع الشريف للفوسفاط "OCP"`: from the nearest body's head before the short
    name, in one stretch of words, to the short name (which `find_aliases` then makes the body's key). The names found
    inside it (`الأمم المتحدة`, a name cut at `في`) give way to it; a name that runs across its start keeps it out.
    Returns `names` so changed and the words taken, `taken` included."""
    words, text = tokens.words, tokens.text
    if not _LATIN_OPENING.search(text):
        return names, taken  # most sentences: no word-by-word look
    for k, word in enumerate(words):
        m = _LATIN_SHORT.match(text, word.end)
        if m is None or sum(c.isupper() for c in m.group(1)) < 2 or not any("\u0600" <= c <= "\u06ff" for c in word.raw):
            continue
        if any(n.end == word.end and n.label in ("ORG", "MISC") and n.start < word.start for n in names):
            continue  # a body's name ends there already: `find_aliases` has it
        head = next((h for h in range(k, max(k - _CODED_SPAN, -1), -1)
                     if not words[h].stems.isdisjoint(_CODED_HEADS) and (h == k or not words[h].breaks)), None)
        if head is None or head == k or any(words[n].breaks or not _coded_word(words[n + 1]) for n in range(head, k)):
            continue  # `البرنامج [الذي يعرض] عبر شاشة (MBC)`: the channel's short name, not the programme's
        skip = next((n for n, stem in words[head].readings if stem.removeprefix("ال") in _CODED_HEADS), 0)
        start = words[head].start + skip_letters(words[head].raw, skip)
        if any(n.start < start < n.end or (n.start == start and n.source == "gazetteer") for n in names):
            continue  # a name across its head (`[مدينة] مصراتة …`), or a listed name from it (`الاتحاد الأوروبي [بحال] (…)`)
        if all(words[n].norm in nationalities() for n in range(head + 1, k + 1)):
            continue  # a kind and where it is from describe, not name: `الشركة الفرنسية (EDF)`, `للحكومة الصينية (CGTN)`
        key = canonical_key(text[start : word.end])
        names = [n for n in names if not start <= n.start < word.end] + [Found(start, word.end, "ORG", key, "head", None, head)]
        taken |= set(range(head, k + 1))
    return names, taken


def _coded_word(word: Word) -> bool:
    """A word of a body's name before its short name. Not a verb, nor a word `not_names` lists (but `في`, `للبحث [في]
    الصيد`, a nationality, `السعودية`, and a place, `اتحاد الشركات في [بلجيكا]`), nor a noun with a pronoun (`شاشته`), nor
    `ب` and the article (`تطبيق المحادثة الشهير [بالصين] (WeChat)`: a body's name says `ل`, `للصحة`)."""
    listed = word.norm in not_names() and word.norm != "في" and word.norm not in nationalities() and not word.starts_place
    pronoun = len(word.skel) > 4 and word.skel.endswith(("ه", "ها", "هم"))
    return not (listed or pronoun or word.norm.startswith("بال") or word.norm in VERB_FORMS)


def find_wire_agencies(tokens: Tokens, taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """News agencies by their abbreviation between brackets or slashes (`_DATELINE_AGENCY`), or behind `ل` where they were
    spoken to (`_TOLD_AGENCY`, `_spoken_to`), keyed to their full name."""
    found = []
    marked = ((m, m.lastindex or 1) for m in _DATELINE_AGENCY.finditer(tokens.text))
    told = ((m, 1) for m in _TOLD_AGENCY.finditer(tokens.text) if _spoken_to(tokens, m))
    for m, group in itertools.chain(marked, told):
        anchor = next((k for k, w in enumerate(tokens.words) if w.start <= m.start(group) < w.end), None)
        if anchor is None or anchor in taken:
            continue
        name = m.group(group)
        key = canonical_key("ا" + name if name.startswith("لع") else name)  # the article's elided alef (`لعمانية`)
        found.append(Found(m.start(group), m.end(group), "ORG", aliases().get(key, key), "gazetteer", None, anchor))
        taken |= {anchor}
    return found, taken


def _spoken_to(tokens: Tokens, m: re.Match) -> bool:
    """An agency behind `ل` (`_TOLD_AGENCY`) was spoken to: a report noun before it (`في تصريح لكونا`) or the report
    after it (`… لكونا إن`, `لوات عقب الجلسة`, `لكونا: "…"`). Elsewhere `لقنا` is "to Qena" and `لواس` no word at all."""
    words = tokens.words
    before = [w for w in words if w.end <= m.start()]
    after = [w for w in words if w.start >= m.end()]
    spoken = bool(before) and before[-1].norm in _REPORT_NOUNS and not before[-1].breaks
    told = bool(after) and after[0].norm in _REPORT_AFTER and tokens.text[m.end() : after[0].start].strip() == ""
    return spoken or told or tokens.text[m.end() : m.end() + 1] == ":"  # `قال … لكونا: "…"`
