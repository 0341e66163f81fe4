"""Dates in Arabic news: absolute dates, weekdays, relative days and periods, resolved against publication.

Months come in four naming traditions, all in use: Egyptian/Gulf (`مارس`), Levantine/Iraqi (`آذار`, often
both: `آذار/مارس`), Algerian/Tunisian (`جوان`) and Moroccan (`يوليوز`, `غشت`, `دجنبر`). A month name alone
counts only after `شهر` or a time word, or with `المقبل`/`الماضي` (`في مارس`, `نهاية دجنبر`, `شهر ماي`):
elsewhere `مارس` is also the verb `practised`. A month or a day without a year is the occurrence nearest
publication (`31 جانفي` in a December article is next January) unless `المقبل` or `الماضي` says which.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache

from hijridate import Gregorian, Hijri

from akhbar.tasks.extract_names import future_verb
from akhbar.tasks.extract_text import TOKEN, Tokenised, token_forms
from akhbar.tasks.extract_text import tokens as tokenise
from akhbar.tasks.extract_words import KANA, given_names

_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
    "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
    "اغشت": 8, "دجمبر": 12,  # Mauritania's (AMI): `16 دجمبر 2024`, `5 أغشت`
}  # fmt: skip
MONTHS = frozenset(_MONTHS) | {"كانون", "تشرين", "الاول", "الثاني"}  # month words, for the amount finder
# Levantine months of two words: `كانون الثاني` (January), `تشرين الأول` (October).
_TWO_WORD_MONTHS = {("كانون", "الثاني"): 1, ("كانون", "الاول"): 12, ("تشرين", "الاول"): 10, ("تشرين", "الثاني"): 11}
# Hijri months, one word or two (`ربيع الأول`, `ذو القعدة`): only with a day (`30 صفر 1441 هـ`, `الخامس من رمضان`), after
# `شهر` or with where it lies from publication (`رمضان المقبل`), since alone they are words (`صفر` zero) and names
# (`رمضان`, `رجب`).
_HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10}
_NAMES_TOO = frozenset({2, 7})  # `صفر` (zero) and `رجب` (`في رجب طيب أردوغان`) stay words after a word of time too
_HIJRI_TWO_WORDS = {("ربيع", "الاول"): 3, ("ربيع", "الثاني"): 4, ("ربيع", "الاخر"): 4, ("جمادي", "الاولي"): 5,
                    ("جمادي", "الاول"): 5, ("جمادي", "الاخره"): 6, ("جمادي", "الثانيه"): 6, ("جمادي", "الاخر"): 6,
                    ("ذو", "القعده"): 11, ("ذي", "القعده"): 11, ("ذو", "الحجه"): 12, ("ذي", "الحجه"): 12}
_WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
WEEKDAYS = frozenset("ال" + day for day in _WEEKDAYS)  # as a word writes them: `الخميس`
_RELATIVE = {"اليوم": 0, "امس": -1, "البارحه": -1, "غدا": 1}
_NEXT = {"المقبل", "القادم", "المقبله", "القادمه"}
# `المنقضي` (Gulf, Maghreb) and `الفارط` (Tunisia) are `past` too: `شهر جوان المنقضي`.
_LAST = {"الماضي", "المنصرم", "الفائت", "الماضيه", "المنصرمه", "الفائته", "المنقضي", "المنقضيه", "الفارط", "الفارطه"}
_THIS = {"الجاري", "الحالي", "الجاريه", "الحاليه"}  # `جوان الجاري`: this June
# Periods named from publication (`العام المقبل`, `الأسبوع الماضي`), by the word after the article.
_PERIODS = {"عام": "year", "سنه": "year", "اسبوع": "week", "شهر": "month"}
# Words after which a bare month or a year is a date: `في 2019`, `منذ ٢٠١٨`, `نهاية دجنبر`, `مواليد 1995`.
_TIME_WORDS = {"في", "منذ", "قبل", "بعد", "حتي", "خلال", "مطلع", "نهايه", "اواخر", "اوائل", "بدايه", "منتصف"}
_TIME_WORDS |= {"اواسط", "مواليد", "موسم", "غضون", "حلول", "موفي", "افق", "غايه", "عامي", "سنتي", "ابتداء"}
# `متم`: the end of, as Morocco writes it (`عند متم يونيو`); `دورة 2024`, `نسخة 1998`: a session's, an edition's year
_TIME_WORDS |= {"اعتبارا", "انطلاقا", "شهري", "متم", "دوره", "نسخه", "طبعه"}
_YEAR_SEASONS = {"صيف", "شتاء", "ربيع", "خريف", "صائفه"}
_TIME_WORDS |= _YEAR_SEASONS  # `صيف 2020`: the season is no date, its year is
_TIME_WORDS |= {"افاق", "المالي", "الماليه", "الماليتين"}  # `في آفاق 2024`, `للعام المالي 2022`, `للسنة المالية 2024`
_SEASONS = {"موسم", "دوره", "نسخه"}  # before what the season, session or edition is of, then its year
_PART_ORDINALS = {"الاول", "الثاني", "الثالث", "الرابع", "الاخير"}  # a part of a year, then `من` and the year
_THE_SAME_PERIOD = {"نفسها", "ذاتها", "عينها", "نفسه", "ذاته", "عينه"}  # `الفترة [نفسها] من 2023`
_PERIOD_NOUNS = {"فتره", "مده", "شهر", "فصل", "موسم", "ربع", "نصف"}
_YEAR_CLITICS = {"ل", "ب", "لـ", "بـ"}  # `ل2019`, `بـ2017`: the clitic cut from the year it was glued to
_AND = {"و", "او", "الي", "حتي"}  # `مواليد 1995 و1998`, `من 2010 إلى 2015`: the next year of a list
_FORWARD = {"حتي", "غايه"}  # `حتى مساء السبت`: until, so the weekday ahead
# `اعتبارا من الاثنين`, `بداية من الخميس`: starting from, so the weekday ahead (22 of 27 such weekdays on 5,000 ANT
# articles were; the others a past measure's start, `ودخلت الخطوة حيز التنفيذ اعتبارا من يوم الاثنين`).
_STARTING = {"ابتداء", "اعتبارا", "بدايه", "انطلاقا", "بدءا"}
_PARTS_OF_DAY = {"يوم", "مساء", "صباح", "ظهر", "ليله", "عشيه", "فجر", "ليل", "منتصف", "نهايه"}  # `إلى غاية [منتصف] ليل الخميس`
# Month words that are mostly other words alone: `أب` (father). They need a number or `شهر`.
_AMBIGUOUS_MONTHS = {"اب"}
# `اليوم الأول` is `the first day`, not `today`: an adjective after `اليوم` takes it.
_DAY_ADJECTIVES = {"الاول", "الثاني", "الثالث", "الاخير", "التالي", "نفسه", "ذاته", "الذي", "العالمي", "الوطني"}
# Words that may open a date (numbers aside): months, weekdays, `أمس`, `يوم`, `عام`, `أول أمس`, `بعد غد`.
# A day of the month written as an ordinal, then `من` and the month: `السابع من تشرين الأول`, `الخامس عشر من آب`,
# `الحادي والعشرين من مارس` (Levantine and Gulf wires). Units, then `عشر` (11-19), `والعشرين`, `والثلاثين`.
_ORDINAL_UNITS = {"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
                  "الثامن": 8, "التاسع": 9, "العاشر": 10}
_ORDINAL_TENS = {"عشر": 10, "والعشرين": 20, "والثلاثين": 30}
_ORDINAL_ROUND = {"العشرين": 20, "الثلاثين": 30}
_ORDINALS = frozenset(_ORDINAL_UNITS) | frozenset(_ORDINAL_ROUND)
_STARTS = frozenset(_MONTHS) | {w for w, _ in _TWO_WORD_MONTHS} | set(_WEEKDAYS) | set(_RELATIVE)
_STARTS |= {"امس", "غدا", "غد", "يوم", "عام", "سنه", "اول", "بعد", "شهر", "الشهر", "اسبوع", "هذا", "هذه", "غره"}
_STARTS |= set(_HIJRI_MONTHS) | {w for w, _ in _HIJRI_TWO_WORDS}  # `رمضان المقبل`, `ذي القعدة الماضي`
_PARTS_OF_TOMORROW = frozenset({"مساء", "صباح", "ظهر", "ليله", "فجر", "عشيه"})  # before `غد`: a part of tomorrow
_STARTS |= _PARTS_OF_TOMORROW
DATE_WORDS = frozenset(_STARTS | set(MONTHS) | {"غد"})  # for a quick look before tokenising
# Day, month, year: `15/3/2017`, `15-03-2017`, and spaced around `/` with the era's `م` after (`(08 /07 /2015م)`); not a
# Hijri year (`30 / 9 / 1439ه`), below 1700.
_NUMERIC = re.compile(r"\b(\d{1,2})(?:\s?/\s?|[.-])(\d{1,2})(?:\s?/\s?|[.-])(1[7-9]\d\d|2\d\d\d)(?!\d)(?!\s?ه(?!\w))")
# KUNA's dateline: `الكويت - 22 - 11 (كونا) --`, day and month before the agency's bracket.
_DATELINE = re.compile(r"(?<![\w/.-])(\d{1,2}) ?- ?(\d{1,2})(?= ?\([^()\d]{2,20}\))")
# A clitic glued to digits: `ب650 ألف`, `ل2019`, `بـ2017`, `و1998`; or the article (`ال750 مليون ليرة`, `بال3%`): the
# tokeniser reads one word.
_GLUED = re.compile(r"(?<!\w)(?:[وفبلك]{0,2}ال|[وفبلك]{1,2})ـ?(?=\d)")


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int  # offsets within the sentence
    end: int
    kind: str  # absolute | weekday | relative
    granularity: str  # day | week (its Monday) | month | year
    resolved: dt.date | None


def unglue(text: str, tokenised: Tokenised) -> Tokenised:
    """The tokens with a clitic glued to digits cut off, so the number is read whole: `ب650` → `ب` `650`."""
    if not _GLUED.search(text):
        return tokenised
    spans, pos = [], 0
    while m := TOKEN.search(text, pos):
        glued = _GLUED.match(text, m.start())
        end = glued.end() if glued and not m.group()[0].isdigit() else m.end()
        spans.append((m.start(), end))
        pos = end
    raw = [text[s:e] for s, e in spans]
    forms = [token_forms(w) for w in raw]
    return spans, raw, [f[0] for f in forms], [f[1] for f in forms], [f[2] for f in forms]


@lru_cache(maxsize=1 << 16)  # called for every token of every sentence; news repeats its words
def _definite(word: str) -> str | None:
    """A normalised word's noun when it has the article, behind any clitic: `والعام`, `للعام`, `لالعام` → `عام`."""
    for clitic in ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"):
        if word.startswith(clitic + "ال") and len(word) > len(clitic) + 3:
            return word[len(clitic) + 2 :]
    for clitic in ("", "و", "ف"):
        if word.startswith(clitic + "لل") and len(word) > len(clitic) + 3:
            return word[len(clitic) + 2 :]
    return None


class _Tokens:
    """A sentence's tokens with their offsets, normalised forms and stems."""

    def __init__(self, tokenised: Tokenised) -> None:
        self.spans, self.raw, self.norm, self.stem, self.value = tokenised
        self.noun = [_definite(w) or s for w, s in zip(self.norm, self.stem)]  # `لالعام` → `عام`

    def after_time_word(self, i: int) -> bool:
        """Whether token `i` follows a word of time (`في`, `وفي`, `منذ`, `نهاية`, `مواليد`, `ابتداء من`)."""
        j = i - 1 if i and self.norm[i - 1] != "من" else i - 2  # `ابتداء من 2019`
        if j < 0:
            return False
        word = self.norm[j]
        if j == i - 2 and word in _PART_ORDINALS:
            return True  # `النصف الثاني من 2024`, `الربع الأول من 2023`
        if j == i - 2 and word in _THE_SAME_PERIOD and i >= 3 and self.stem[i - 3] in _PERIOD_NOUNS:
            return True  # `خلال الفترة نفسها من 2023`, `مقارنة بالفترة ذاتها من 2022`: the year the figure is compared with
        if j == i - 1 and i >= 2 and self.stem[i - 2] in _SEASONS and self.norm[i - 1].startswith("ال"):
            return True  # `لموسم الاصطياف 2024`, `موسم الحج 2023`: the season's kind between it and the year
        if j == i - 1 and word in ("مقارنه", "قياسا") and self.norm[i][:1] == "ب":
            return True  # `مقارنة [بكانون الثاني]`, `قياسا بيناير`: what a figure is compared with
        return word in _TIME_WORDS or word[1:] in _TIME_WORDS and word[0] in "وفل" or self.stem[j] in _TIME_WORDS

    def month(self, i: int) -> tuple[int, int] | None:
        """(month number, tokens taken) at token `i`: `آذار`, `كانون الثاني`, `آذار/مارس`, `نوفمبر/تشرين الثاني`."""
        if i >= len(self.norm):
            return None
        nxt = self.norm[i + 1] if i + 1 < len(self.norm) else ""
        third = self.norm[i + 2] if i + 2 < len(self.norm) else ""
        for word in (self.norm[i], self.stem[i]):  # `كانون` must not lose its `ك` as a clitic
            if (word, nxt) in _TWO_WORD_MONTHS:
                month = _TWO_WORD_MONTHS[(word, nxt)]
                return month, 3 if _MONTHS.get(third) == month else 2  # … or `تشرين الثاني/نوفمبر`
        month = _MONTHS.get(self.norm[i]) or _MONTHS.get(self.stem[i])
        if month is None:
            return None
        if _MONTHS.get(nxt) == month:
            return month, 2
        return month, 3 if _TWO_WORD_MONTHS.get((nxt, third)) == month else 1  # `نوفمبر/تشرين الثاني`

    def hijri_month(self, i: int) -> tuple[int, int] | None:
        """(Hijri month number, tokens taken) at token `i`: `رمضان`, `ذو القعدة`, `ذي الحجة`."""
        if i >= len(self.norm):
            return None
        pair = (self.norm[i], self.norm[i + 1] if i + 1 < len(self.norm) else "")
        if pair in _HIJRI_TWO_WORDS:
            return _HIJRI_TWO_WORDS[pair], 2
        month = _HIJRI_MONTHS.get(self.norm[i])
        return (month, 1) if month else None


def _year(value: float | None) -> int | None:
    return int(value) if value is not None and value == int(value) and 1900 <= value <= 2100 else None


def _day(value: float | None) -> int | None:
    return int(value) if value is not None and value == int(value) and 1 <= value <= 31 else None


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def _of_year(tokens: _Tokens, k: int, published: dt.date | None) -> tuple[int, int] | None:
    """The year `من عام 2016`, `من العام الماضي`, `من السنة المقبلة` at token `k` gives the month or day before it, and
    the token after it; None for another `من` (or a year of the document's, `من العام نفسه`, which this does not read)."""
    norm = tokens.norm
    if k + 2 >= len(norm) or norm[k] != "من" or norm[k + 1] not in YEAR_WORDS:
        return None
    if (year := _year(tokens.value[k + 2])) is not None and norm[k + 1] in ("عام", "سنه"):
        return year, k + 3
    if published is None or norm[k + 1] not in ("العام", "السنه"):
        return None
    shift = -1 if norm[k + 2] in _LAST else 1 if norm[k + 2] in _NEXT else 0 if norm[k + 2] in _THIS else None
    return (published.year + shift, k + 3) if shift is not None else None


def _step(tokens: _Tokens, end: int) -> tuple[int | None, int]:
    """The direction a modifier at token `end` gives (1 next, -1 last, 0 this, None none) and the token after it."""
    if end >= len(tokens.norm):
        return None, end
    word = tokens.norm[end]
    step = 1 if word in _NEXT else -1 if word in _LAST else 0 if word in _THIS else None
    return step, end + (step is not None)


def _nearest_day(published: dt.date | None, month: int, day: int, step: int | None) -> dt.date | None:
    """The `day` of `month` nearest publication (ties: the past), the first after it (step 1), the last before it (-1)
    or in its year (0): `31 جانفي` in a December article is next January's."""
    if published is None:
        return None
    if step == 0:
        return _safe_date(published.year, month, day)
    return _closest(published, [_safe_date(y, month, day) for y in (published.year - 1, published.year, published.year + 1)], step)


def _closest(published: dt.date, days: list[dt.date | None], step: int | None) -> dt.date | None:
    """Of `days` (None for a date a year lacks), the one nearest publication (ties: the past), the first after it (step
    1) or the last before it (-1)."""
    days = [d for d in days if d is not None and (not step or (d - published).days * step > 0)]
    return min(days, key=lambda d: (abs((d - published).days), d > published)) if days else None


def _nearest_month(published: dt.date | None, month: int, step: int | None) -> dt.date | None:
    """The first day of `month` nearest publication by months (six either way: the past), next after it (step 1),
    last before it (-1) or in its year (0): `جوان المقبل` in June is next year's."""
    if published is None:
        return None
    delta = (month - published.month) % 12  # 0..11 months ahead
    if step == 1:
        delta = delta or 12
    elif step == -1:
        delta = delta - 12
    elif step == 0:
        delta = month - published.month
    elif delta >= 6:
        delta -= 12
    months = published.year * 12 + published.month - 1 + delta
    return dt.date(months // 12, months % 12 + 1, 1)


def _absolute(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`١٥ مارس ٢٠١٧`, `15 آذار/مارس`, `مارس 2017`, `6 نونبر الماضي`, `غرة جانفي` at token `i`, and the tokens it takes."""
    day = 1 if tokens.norm[i] == "غره" else _day(tokens.value[i])  # `غرة`: the first of a month
    m = tokens.month(i + 1 if day else i)
    if m is None and day and i + 3 < len(tokens.norm) and tokens.value[i] is not None:
        return _listed_day(tokens, i, day, published)
    if m is None:
        return None
    month, taken = m
    j = (i + 1 if day else i) + taken
    if day:
        return _day_of(tokens, i, j, month, day, published)
    year, j = _year_at(tokens, j)
    if not year:
        return None  # `مارس` alone may be the verb
    return FoundDate(tokens.spans[i][0], tokens.spans[j][1], "absolute", "month", dt.date(year, month, 1)), j + 1


def _listed_day(tokens: _Tokens, i: int, day: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """A day in digits whose month comes later: the first of two days (`يومي [12] و13 أغسطس`), or one written as an
    ordinal with the article apart, then `من` and the month (`في ال [19] من حزيران`): the day alone, resolved as the month
    and year after it say."""
    if tokens.norm[i + 1] == "و" and (second := _day(tokens.value[i + 2])) and second > day:
        after = _absolute(tokens, i + 2, published)  # `13 أغسطس`, with its year or where it lies
    elif i and tokens.norm[i - 1] == "ال" and tokens.norm[i + 1] == "من" and tokens.month(i + 2) is not None:
        month, taken = tokens.month(i + 2)
        return _day_of(tokens, i, i + 2 + taken, month, day, published)  # the number to the month (and year)
    else:
        return None
    if after is None:
        return None
    found, _ = after
    resolved = _safe_date(found.resolved.year, found.resolved.month, day) if found.resolved else None
    return FoundDate(tokens.spans[i][0], tokens.spans[i][1], "absolute", "day", resolved), i + 1


def _year_at(tokens: _Tokens, j: int) -> tuple[int | None, int]:
    """The year at token `j`, or after `عام`/`سنة` there (`12 فبراير عام 2015`), and the token that holds it."""
    if j + 1 < len(tokens.value) and tokens.norm[j] in YEAR_WORDS and _year(tokens.value[j + 1]):
        return _year(tokens.value[j + 1]), j + 1
    return (_month_year(tokens, j) if j < len(tokens.value) else None), j


def _month_year(tokens: _Tokens, j: int) -> int | None:
    """The year right after a month's name: any of four digits from 1000 on (`فبراير/شباط 1878`, a history's), not only
    the years `_year` takes alone, after a month no verb is spelt as (`مارس 1500 طبيب`: practised); the month is no
    relative one then (it had been February of the publication's year)."""
    value = tokens.value[j]
    return _year(value) or (int(value) if value is not None and value == int(value) and len(tokens.raw[j]) == 4
                            and 1000 <= value < 1900 and tokens.norm[j - 1] not in _AMBIGUOUS_MONTHS | {"مارس"} else None)


YEAR_WORDS = frozenset({"عام", "سنه", "العام", "السنه"})  # a year named as such after them (`speakers` too)


def _day_of(tokens: _Tokens, first: int, j: int, month: int, day: int, published: dt.date | None) -> tuple[FoundDate, int]:
    """A day of `month` written from token `first`, with the year at token `j` (`١٥ مارس ٢٠١٧`) or else where it lies from
    publication (`6 نونبر الماضي`) or the nearest; and the tokens it takes."""
    year, k = _year_at(tokens, j)
    if year:
        return FoundDate(tokens.spans[first][0], tokens.spans[k][1], "absolute", "day", _safe_date(year, month, day)), k + 1
    if (of_year := _of_year(tokens, j, published)) is not None:  # `19 ديسمبر من عام 2016`, `التاسع من مايو من العام الماضي`
        kind = "absolute" if tokens.value[j + 2] is not None else "relative"
        resolved = _safe_date(of_year[0], month, day)
        return FoundDate(tokens.spans[first][0], tokens.spans[of_year[1] - 1][1], kind, "day", resolved), of_year[1]
    step, end = _step(tokens, j)
    if step is None and (year := _range_year(tokens, first, end, month)) is not None:
        return FoundDate(tokens.spans[first][0], tokens.spans[end - 1][1], "absolute", "day", _safe_date(year, month, day)), end
    if step is None and first > 0 and tokens.norm[first - 1] in _SINCE and published is not None:
        # `منذ غرة جانفي`: since a day, which has come (publication's own day included)
        since = _safe_date(published.year, month, day)
        resolved = since if since is not None and since <= published else _nearest_day(published, month, day, -1)
        return FoundDate(tokens.spans[first][0], tokens.spans[end - 1][1], "absolute", "day", resolved), end
    return FoundDate(tokens.spans[first][0], tokens.spans[end - 1][1], "absolute", "day", _nearest_day(published, month, day, step)), end


_SINCE = frozenset({"منذ", "ومنذ"})


def _range_year(tokens: _Tokens, first: int, end: int, month: int) -> int | None:
    """The year a range's end gives its start, which news writes without one: `من غرة جانفي إلى موفى شهر أكتوبر 2025`
    (`من` before the day, `إلى` within four tokens after it, a year within five after that, no earlier month than this)."""
    if first == 0 or tokens.norm[first - 1] not in ("من", "ومن"):
        return None
    until = next((k for k in range(end, min(end + 4, len(tokens.norm))) if tokens.norm[k] in ("الي", "حتي")), None)
    if until is None:
        return None
    for k in range(until + 1, min(until + 6, len(tokens.norm))):
        if (year := _year(tokens.value[k])) and (m := tokens.month(k - 1)) is not None and m[0] >= month:
            return year
    return None


_PARTS_OF_A_SPAN = frozenset({"النصف", "الاسبوع", "الربع", "الثلث", "العشر", "العقد", "الشطر"})


def _ordinal_day(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`السابع من تشرين الأول المقبل`, `الخامس عشر من آب الماضي`, `السادس من شباط 2023` at token `i`: the day as an
    ordinal, `من`, the month, and a year or where it lies from publication (else the nearest)."""
    norm, k = tokens.norm, i + 1
    if norm[i] in _ORDINAL_ROUND:
        day = _ORDINAL_ROUND[norm[i]]
    elif norm[i] in _ORDINAL_UNITS:
        day = _ORDINAL_UNITS[norm[i]]
        if k < len(norm) and norm[k] in _ORDINAL_TENS and (norm[k] != "عشر" or day < 10):
            day, k = day + _ORDINAL_TENS[norm[k]], k + 1
        elif norm[i] == "الحادي":
            return None  # `الحادي` alone is no day
    else:
        return None
    if day > 31 or k + 1 >= len(norm) or norm[k] != "من":
        return None
    if i > 0 and norm[i - 1] in _PARTS_OF_A_SPAN:
        return None  # `النصف [الثاني من] أيلول`, `الأسبوع الثاني من`: a part of the month, no day of it
    if (m := tokens.month(k + 1)) is None:
        hijri = tokens.hijri_month(k + 1) if day <= 30 else None
        return _hijri_day_of(tokens, i, k + 1 + hijri[1], hijri[0], day, published) if hijri else None  # `النصف الأول من 2024`
    month, taken = m
    return _day_of(tokens, i, k + 1 + taken, month, day, published)


def _weekday(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`أمس الاثنين`, `غدا الثلاثاء`, `يوم غد الخميس`, `بعد غد الجمعة`, `يوم الخميس المقبل`, `الأحد الماضي` at token `i`."""
    first, shift = i, None
    if tokens.stem[i] == "يوم" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] in ("غد", "غدا", "امس"):
        i += 1  # `يوم غد الخميس`: tomorrow, Thursday
    if tokens.norm[i] == "بعد" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] == "غد":
        shift, i = 2, i + 2
    elif tokens.norm[i] == "غد" or tokens.norm[i] in _RELATIVE or tokens.stem[i] in ("امس", "غدا"):
        shift, i = _RELATIVE.get(tokens.norm[i], _RELATIVE.get(tokens.stem[i], 1)), i + 1
    elif tokens.stem[i] == "يوم":
        i += 1
    if i >= len(tokens.norm) or not tokens.norm[i].lstrip("وف").startswith("ال"):
        return None
    weekday = _WEEKDAYS.get(tokens.stem[i])
    if weekday is None:
        return None
    end, direction = i + 1, 0
    if end < len(tokens.norm) and (tokens.norm[end] in _NEXT or tokens.norm[end] in _LAST):
        direction, end = (1 if tokens.norm[end] in _NEXT else -1), end + 1
    resolved = None
    if published is not None:
        # With `غدا`/`أمس` the weekday decides, as with `المقبل` (a late or early publication time shifts the day):
        # `غداً الأحد` is the next Sunday after publication, `أمس الاثنين` the last Monday before it.
        if shift == 0:
            resolved = published
        elif (shift or direction) > 0:
            resolved = published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
        elif shift is not None or direction < 0:  # `الخميس الماضي` on a Thursday is the week before's (`tests/gold/README.md`)
            resolved = published - dt.timedelta(days=(published.weekday() - weekday) % 7 or 7)
        elif (after := _after_listed_weekday(tokens, first, published)) is not None:
            resolved = after + dt.timedelta(days=(weekday - after.weekday()) % 7 or 7)  # `يومي الجمعة [والسبت]`: the day after
        elif _until(tokens, first) or _future(tokens, first):  # `حتى مساء السبت`, `سيواجه يوم الأحد`: the coming one, today included
            resolved = published + dt.timedelta(days=(weekday - published.weekday()) % 7)
        else:  # news reports the past: the latest such day up to publication
            resolved = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    return FoundDate(tokens.spans[first][0], tokens.spans[end - 1][1], "weekday", "day", resolved), end


def _after_listed_weekday(tokens: _Tokens, i: int, published: dt.date | None) -> dt.date | None:
    """The day of the weekday before token `i` where `i` goes on with `و` (`يومي الجمعة [والسبت]`, `الأحد [والاثنين]`):
    listed days follow one another, so the second lies after the first, whichever way the first was read."""
    if i == 0 or not tokens.norm[i].startswith("وال") or _WEEKDAYS.get(tokens.stem[i - 1]) is None:
        return None
    before = _weekday(tokens, i - 1, published)
    return before[0].resolved if before is not None else None


def _future(tokens: _Tokens, i: int) -> bool:
    """A verb in the future among the twelve tokens before token `i`: `سوف`, or `س` before a present tense the words of
    news know without it (`سيواجه`, `وستنطلق`, `فسنسمح`; not `سيارة`, `سياسة`, `ستة`), and no relative pronoun, `لم` or
    `بعد` between, which open a clause of the past (`سيلتقي روما بحسب القرعة التي سحبت يوم الجمعة`). On 5,000 ANT
    articles 95 weekdays follow one within six tokens, nearly all of them ahead (`ستجرى يوم الاثنين`, `سيغادر المستشفى
    صباح الجمعة`); from seven to twelve tokens 41 more, of which 36 ahead."""
    for k in range(i - 1, max(0, i - 12) - 1, -1):
        word = tokens.norm[k]
        if word in _PAST_CLAUSE and tokens.norm[k + 1] != "ظهر":  # not `بعد ظهر السبت`, in the afternoon
            return False  # `سيلتقي روما بحسب القرعة [التي] سحبت يوم الجمعة`: a clause of the past between
        if word in _PLANNED and any(w in KANA for w in tokens.norm[max(0, k - 3) : k]):
            return False  # `وكان من المقرر أن يجري التصويت الجمعة، لكنه تأجل`: what had been planned, before
        if word in ("سوف", "وسوف", "لعقد") or word in _PLANNED or word == "عقد" and k and tokens.norm[k - 1] == "الي":
            return True  # (and what is planned: `من المقرر`, `المزمع`, `دعت إلى عقد جلسة طارئة يوم الاثنين`, `وصلا إلى
            # سنغافورة لعقد قمة، الثلاثاء`)
        if future_verb(word[1:] if word[:1] in "وف" else word):
            return True
    return False


# (not `مقرر` bare, also a rapporteur: `مقرر الأمم المتحدة الخاص`)
# … and what is expected (`من المتوقع أن`, `يتوقع أن`, `الضباب مرشح للتكون مجددا مساء الأربعاء`: a forecast; not bare
# `متوقع`, mostly `كما هو متوقع`, as expected, of what happened: `كما هو متوقع، أعربت السعودية وقطر السبت عن تأييدهما`).
_PLANNED = frozenset({"المقرر", "المزمع", "المرتقب", "مرتقب", "المرتقبه", "يعتزم", "تعتزم", "المتوقع", "يتوقع", "ويتوقع",
                      "تتوقع", "وتتوقع", "مرشح", "مرشحه"})
_PAST_CLAUSE = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "لم", "بعد", "وبعد"})


def _until(tokens: _Tokens, i: int) -> bool:
    """Whether `حتى` (or `إلى غاية`) comes before token `i`, over parts of the day: `حتى مساء السبت`, `حتى يوم الأحد`."""
    i -= 1
    while i >= 0 and tokens.norm[i] in _PARTS_OF_DAY:
        i -= 1
    if i >= 1 and tokens.norm[i] == "من" and (tokens.norm[i - 1] in _STARTING or tokens.norm[i - 1][1:] in _STARTING):
        return True  # `اعتبارا من الاثنين`, `وابتداء من يوم الأحد`
    return i >= 0 and (tokens.norm[i] in _FORWARD or tokens.norm[i][1:] in _FORWARD and tokens.norm[i][0] in "وف")


def _this_month(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`جوان الجاري` (this June), `شهر مارس المقبل`, `أفريل المنقضي`, `شهر ماي`, `نهاية دجنبر`: a month named alone, with
    where it lies from publication or else the nearest, after `شهر` or a word of time (alone it may be a verb)."""
    first = i
    if tokens.stem[i] == "شهر":
        i += 1
    m = tokens.month(i)
    if m is None:
        return _hijri_month(tokens, first, i, published)
    month, taken = m
    year = _month_year(tokens, i + taken) if i + taken < len(tokens.value) and len(tokens.raw[i + taken]) == 4 else None
    if year and first < i:  # `شهر يونيو 2013`
        return FoundDate(tokens.spans[first][0], tokens.spans[i + taken][1], "absolute", "month", dt.date(year, month, 1)), i + taken + 1
    of_year = _of_year(tokens, i + taken, published)  # `يناير من العام الماضي`, `يوليو من عام 2016`: that year's
    step, end = _step(tokens, i + taken) if of_year is None else (None, of_year[1])
    listed = i and tokens.norm[i].startswith("و") and tokens.month(i - 1) is not None  # `شهري يناير [وفبراير]`
    ranged = _range_start(tokens, first, i + taken, month, published) if step is None and of_year is None else None
    if (step is None and of_year is None and first == i and not listed and ranged is None and not _range_end(tokens, first)
            and (not tokens.after_time_word(i) or tokens.norm[i] in _AMBIGUOUS_MONTHS)):
        return None
    resolved = _nearest_month(published, month, step) if of_year is None else dt.date(of_year[0], month, 1)
    resolved = ranged or resolved
    if step is None and of_year is None and first > 0 and tokens.norm[first - 1] in _SINCE and published is not None:
        # `منذ جانفي`: since a month, which has come (publication's own month included), as `منذ غرة جانفي`
        resolved = dt.date(published.year - (month > published.month), month, 1)
    glued = first == i and tokens.norm[i][:1] == "ب" and tokens.after_time_word(i)  # `مقارنة [ب]كانون الثاني`
    start = tokens.spans[first][0] + (1 if (listed or glued) and first == i else 0)  # `و`, `ب` stay out
    kind = "absolute" if of_year is not None and tokens.value[i + taken + 2] is not None else "relative"
    return FoundDate(start, tokens.spans[end - 1][1], kind, "month", resolved), end


def _range_start(tokens: _Tokens, first: int, end: int, month: int, published: dt.date | None) -> dt.date | None:
    """`من جانفي إلى سبتمبر الماضي`, `من يناير حتى مارس 2024`: a month named alone after `من`, right before `إلى` or `حتى`
    and another month, opens a range; it is that month of the year of the range's last month (the year before where it
    comes later in the year), the last month read as it would be alone (`_month_year`, `_step`, or the nearest)."""
    if first == 0 or tokens.norm[first - 1] not in ("من", "ومن") or end + 1 >= len(tokens.norm) or tokens.norm[end] not in ("الي", "حتي"):
        return None
    k = end + 1 + (tokens.norm[end + 1] in _RANGE_END_PARTS)  # `من يناير حتى [نهاية] سبتمبر الماضي`
    k += k < len(tokens.norm) and tokens.stem[k] == "شهر"
    last = tokens.month(k)
    if last is None or published is None:
        return None
    after = k + last[1]
    year = _month_year(tokens, after) if after < len(tokens.value) and len(tokens.raw[after]) == 4 else None
    to = dt.date(year, last[0], 1) if year else _nearest_month(published, last[0], _step(tokens, after)[0])
    return dt.date(to.year - (month > to.month), month, 1) if to else None


_RANGE_END_PARTS = frozenset({"نهايه", "متم", "موفي", "اواخر", "منتصف", "غايه"})  # the part of the last month a range ends in


def _range_end(tokens: _Tokens, first: int) -> bool:
    """Whether the month at token `first` closes a range `_range_start` opens: `من يناير إلى [أغسطس]` (read alone then)."""
    if first < 3 or tokens.norm[first - 1] != "الي":
        return False
    for j in range(max(0, first - 6), first - 2):
        k = j + 1 + (tokens.stem[j + 1] == "شهر")
        if tokens.norm[j] in ("من", "ومن") and (m := tokens.month(k)) is not None and k + m[1] == first - 1:
            return True
    return False


def _period(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`العام المقبل`, `السنة المنقضية`, `لالعام الجاري`, `الأسبوع الماضي`, `الشهر الجاري`, `هذا العام`, `هذه السنة`: a year,
    week (its Monday) or month counted from publication."""
    first = i
    if tokens.stem[i] in ("هذا", "هذه") and i + 1 < len(tokens.norm) and _definite(tokens.norm[i + 1]) in _PERIODS:  # `لهذا العام`
        step, i, end = 0, i + 1, i + 2
    elif _definite(tokens.norm[i]) in _PERIODS and not _general(tokens, i):
        step, end = _step(tokens, i + 1)
        if step is None:
            return None
    else:
        return None
    granularity = _PERIODS[_definite(tokens.norm[i])]
    resolved = None
    if published is not None and granularity == "year":
        resolved = dt.date(published.year + step, 1, 1)
    elif published is not None and granularity == "week":
        resolved = published - dt.timedelta(days=published.weekday() - 7 * step)
    elif published is not None:  # `الشهر المقبل`: the month after publication's
        months = published.year * 12 + published.month - 1 + step
        resolved = dt.date(months // 12, months % 12 + 1, 1)
    return FoundDate(tokens.spans[first][0], tokens.spans[end - 1][1], "relative", granularity, resolved), end


def _general(tokens: _Tokens, i: int) -> bool:
    """Whether `العام` at token `i` is the adjective `general` of the masculine definite noun before it (`الأمين العام
    الحالي`); after a feminine or plural noun (`الانتخابات البلدية العام المقبل`) or behind a clitic it is the year."""
    if tokens.norm[i] != "العام" or i == 0 or _definite(tokens.norm[i - 1]) is None:
        return False
    if i + 1 < len(tokens.norm) and tokens.norm[i + 1] in _LAST | _NEXT and tokens.stem[i - 1] not in _GENERAL_OFFICES:
        return False  # `عائدات القطاع [العام الماضي]`: the year past, which no public sector is
    return not tokens.norm[i - 1].endswith(("ه", "ات"))


# Offices `العام` makes general, whose holder may be the last or the next (`الأمين العام المقبل`): `العام` stays theirs.
_GENERAL_OFFICES = frozenset({"امين", "مدير", "نائب", "مدعي", "مفتش", "مراقب", "قنصل", "منسق", "مقرر", "محامي"})


def _bare_year(tokens: _Tokens, i: int) -> tuple[FoundDate, int] | None:
    """`في 2019`, `منذ ٢٠١٨`, `ل2019`, `مطلع 2020`, `مواليد 1995 و1998`: four digits of a year after a word of time, a
    clitic or another year. Followed by what it counts it is an amount (`2074 قائمة`, `2000 طن`), as the amount finder
    reads it: a number is one or the other."""
    from akhbar.tasks.extract_amounts import counts, measures  # the amount finder's own tests; it imports this module

    year = _year(tokens.value[i])
    # after `منذ` a noun is no more what the year counts (`منذ 2007 [محطة] أمغدول`: since 2007, the station), a unit still
    # is (`منذ 2000 عام`, two thousand years ago)
    since = i > 0 and tokens.norm[i - 1] in _SINCE
    # after a season the year is its year whatever follows (`سجلت صيف [2024] درجات حرارة قياسية`: not 2,024 degrees)
    seasonal = i > 0 and tokens.norm[i - 1] in _YEAR_SEASONS
    if (year is None or len(tokens.raw[i]) != 4
            or i + 1 < len(tokens.raw) and counts(tokens.raw[i + 1]) and not (since and not measures(tokens.raw[i + 1]))
            and not seasonal):
        return None
    glued = i and tokens.norm[i - 1] in _YEAR_CLITICS and tokens.spans[i - 1][1] == tokens.spans[i][0]
    listed = i > 1 and tokens.norm[i - 1] in _AND and _year(tokens.value[i - 2]) and len(tokens.raw[i - 2]) == 4
    ranged = i and _year(tokens.value[i - 1]) and tokens.spans[i][0] - tokens.spans[i - 1][1] == 1  # `2018-2019`
    if not (glued or listed or ranged or tokens.after_time_word(i) or _opens_years(tokens, i)):
        return None
    return FoundDate(tokens.spans[i][0], tokens.spans[i][1], "absolute", "year", dt.date(year, 1, 1)), i + 1


def _opens_years(tokens: _Tokens, i: int) -> bool:
    """The year at token `i` opens a range of years the next one closes: `بين [2017] و2020`, `من [2015] إلى 2019`,
    `[2017]-2020` (the second is a date as the next of a list, `_bare_year`'s `listed` and `ranged`); not where the second
    counts something (`بين 2000 و3000 دولار`)."""
    from akhbar.tasks.extract_amounts import counts  # as `_bare_year`

    n = len(tokens.raw)
    if i + 1 < n and tokens.spans[i + 1][0] - tokens.spans[i][1] == 1 and tokens.raw[i + 1].isdigit():
        second = i + 1  # `2017-2020`, `2017/2018`: one mark between (the mark is no token)
    elif i and tokens.norm[i - 1] in ("بين", "وبين", "من", "ومن") and i + 2 < n and tokens.norm[i + 1] in _AND:
        second = i + 2
    else:
        return False
    return (_year(tokens.value[second]) is not None and len(tokens.raw[second]) == 4
            and not (second + 1 < n and counts(tokens.raw[second + 1])))


_WHOLE_OR_GENERIC_DAY = frozenset({"مدار", "عالم", "شباب", "جيل"})  # not `طوال اليوم`: as often that one day


def _relative(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`اليوم`, `أمس`, `غداً`, `أول أمس`, `بعد غد` at token `i`."""
    if tokens.norm[i] == "اول" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] == "امس":
        shift, end = -2, i + 2
    elif tokens.norm[i] == "بعد" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] == "غد":
        shift, end = 2, i + 2
    elif tokens.stem[i] == "يوم" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] in ("غد", "غدا"):
        shift, end = 1, i + 2  # `يوم غد`; a bare `غد` is also `the future` (`الغد`)
    elif (tokens.stem[i] in _PARTS_OF_TOMORROW and i + 1 < len(tokens.norm) and tokens.norm[i + 1] in ("غد", "غدا")
          and not (i + 2 < len(tokens.norm) and tokens.stem[i + 2] in _WEEKDAYS)):
        # `مساء غد`: tomorrow, the part of the day outside the span as the gold sets write it (`مساء [أمس]`); with a weekday
        # after it, `غد الخميس` is the weekday's (`_weekday`)
        i += 1
        shift, end = 1, i + 1
    elif tokens.norm[i] in _RELATIVE or tokens.stem[i] in ("امس", "غدا"):
        if tokens.norm[i] == "اليوم" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] in _DAY_ADJECTIVES:
            return None
        if tokens.norm[i] == "اليوم" and i and tokens.norm[i - 1] in _WHOLE_OR_GENERIC_DAY:
            return None  # `على مدار [اليوم]` (all day long), `عالم اليوم` (today's world): no day
        shift, end = _RELATIVE.get(tokens.norm[i], _RELATIVE.get(tokens.stem[i], 0)), i + 1
    else:
        return None
    resolved = published + dt.timedelta(days=shift) if published else None
    return FoundDate(tokens.spans[i][0], tokens.spans[end - 1][1], "relative", "day", resolved), end


def _year_only(tokens: _Tokens, i: int) -> tuple[FoundDate, int] | None:
    """`عام ٢٠١٧`, `سنة 2020`: a year named as such; one of four digits from 1000 on, the word says year (`عام 1898`)."""
    if tokens.stem[i] not in ("عام", "سنه") or i + 1 >= len(tokens.value):
        return None
    value = tokens.value[i + 1]
    if i + 2 < len(tokens.norm) and tokens.norm[i + 2] in _HIJRI_ERA and value is not None and value == int(value):
        # `سنة 1073ه`, `عام 1439 هجرية`: a Hijri year, from its first day (1 Muharram), as a Hijri month is resolved;
        # before the calendar's tables, no date (not the Gregorian year 1073)
        start = _from_hijri(int(value), 1, 1) if 1300 <= value <= 1600 else None
        return FoundDate(tokens.spans[i][0], tokens.spans[i + 2][1], "absolute", "year", start), i + 3
    year = _year(value) or (int(value) if value is not None and value == int(value) and len(tokens.raw[i + 1]) == 4
                            and 1000 <= value < 1900 else None)
    if year is None:
        return None
    return FoundDate(tokens.spans[i][0], tokens.spans[i + 1][1], "absolute", "year", dt.date(year, 1, 1)), i + 2


_HIJRI_ERA = frozenset({"ه", "هجريه", "هجري", "للهجره"})  # after a year: `1073ه`, `1073 هـ` (ـ goes in `norm`)


def find_dates_in(text: str, published: dt.date | None, tokenised: Tokenised | None = None) -> list[FoundDate]:
    """Every date in one sentence, leftmost-longest, none overlapping; `tokenised` is `tokens(text)`."""
    found = [_numeric(m) for m in _NUMERIC.finditer(text)] + [_dateline(m, published) for m in _DATELINE.finditer(text)]
    found = [f for f in found if f is not None]
    tokens, i = _Tokens(unglue(text, tokenised or tokenise(text))), 0
    while i < len(tokens.norm):
        if tokens.value[i] is None and not {tokens.stem[i], tokens.norm[i], tokens.noun[i]} & _STARTS and tokens.norm[i] not in _ORDINALS:
            i += 1
            continue
        hit = (
            _hijri(tokens, i, published)
            or _ordinal_day(tokens, i, published)
            or _absolute(tokens, i, published)
            or _this_month(tokens, i, published)
            or _period(tokens, i, published)
            or _weekday(tokens, i, published)
            or _relative(tokens, i, published)
            or _year_only(tokens, i)
            or _bare_year(tokens, i)
        )
        if hit and all(hit[0].end <= f.start or hit[0].start >= f.end for f in found):
            found.append(hit[0])
        i = hit[1] if hit else i + 1
    return _corresponding(text, _joined(text, [_without_conjunction(text, f) for f in sorted(found, key=lambda f: f.start)]))


def _without_conjunction(text: str, date: FoundDate) -> FoundDate:
    """A date without the `و`/`ف` glued to its first word's article: `[و]الجمعة الماضية`, `يومي الخميس [و]الجمعة`,
    `[و]العام الماضي`, as a listed month's (`_this_month`)."""
    if text[date.start : date.start + 1] in ("و", "ف") and text[date.start + 1 : date.start + 3] == "ال":
        return dataclasses.replace(date, start=date.start + 1)
    return date


def _hijri(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`30 صفر 1441 هـ`, `1 ذو الحجة 1440`: a Hijri day, month and year at token `i`, resolved by the tabular calendar
    (Umm al-Qura's, which Saudi wires use, may differ by a day: `_corresponding` takes the Gregorian date written next to it)."""
    day = _day(tokens.value[i])
    if day is None or day > 30 or (m := tokens.hijri_month(i + 1)) is None:
        return None
    j = i + 1 + m[1]
    # With no year, a day needs a word of time before it or where it lies after it (`في 15 شعبان`, `5 رمضان المقبل`);
    # `صفر` (zero) the latter: `فاز 3 صفر` is a score.
    dated = _step(tokens, j)[0] is not None or (tokens.after_time_word(i) and m[0] != _HIJRI_MONTHS["صفر"])
    return _hijri_day_of(tokens, i, j, m[0], day, published if dated else None)


def _hijri_day_of(tokens: _Tokens, first: int, j: int, month: int, day: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """A Hijri day of `month` written from token `first`, with the year at token `j` (`30 صفر 1441`), or else where it
    lies from publication (`الخامس من رمضان المقبل`) or the nearest (`الثامن من ذي الحجة`); None without either."""
    value = tokens.value[j] if j < len(tokens.value) else None
    if value is not None and value == int(value) and 1300 <= value <= 1600:
        return FoundDate(tokens.spans[first][0], tokens.spans[j][1], "absolute", "day", _from_hijri(int(value), month, day)), j + 1
    if published is None:
        return None  # `15 رمضان` with no year and no publication date: a number and a name as far as anyone knows
    step, end = _step(tokens, j)
    return FoundDate(tokens.spans[first][0], tokens.spans[end - 1][1], "absolute", "day", _nearest_hijri(published, month, day, step)), end


def _hijri_month(tokens: _Tokens, first: int, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`شهر رمضان المقبل`, `شهر ذي القعدة الماضي`, `رمضان الجاري`: a Hijri month after `شهر` or with where it lies from
    publication, resolved as the first day of that month."""
    m = tokens.hijri_month(i)
    if m is None:
        return None
    month, taken = m
    value = tokens.value[i + taken] if i + taken < len(tokens.value) else None
    if value is not None:  # `لشهر شعبان 1390ه`: that year's month; `شهر رمضان 2018`, the one of that Gregorian year
        if (gregorian := _year(value)) and len(tokens.raw[i + taken]) == 4:
            first_year = round((gregorian - 622) * 365.2425 / 354.367)  # the Hijri year on 1 January, or the one before
            starts = [d for y in range(first_year, first_year + 3) if (d := _from_hijri(y, month, 1)) and d.year == gregorian]
            resolved = starts[0] if starts else None
        elif value == int(value) and 1300 <= value <= 1600:
            resolved = _from_hijri(int(value), month, 1)
        else:
            return None  # `شهر صفر 487ه`: before the calendar's tables, no date
        return FoundDate(tokens.spans[first][0], tokens.spans[i + taken][1], "absolute", "month", resolved), i + taken + 1
    step, end = _step(tokens, i + taken)
    if step is None and first == i and not (month not in _NAMES_TOO and tokens.after_time_word(i) and not _named_on(tokens, i + taken)):
        return None  # `رمضان` alone is a name as often; after a word of time a month (`منذ بداية رمضان`, `في رمضان`)
    resolved = _nearest_hijri(published, month, 1, step, whole_month=True)
    return FoundDate(tokens.spans[first][0], tokens.spans[end - 1][1], "relative", "month", resolved), end


def _named_on(tokens: _Tokens, j: int) -> bool:
    """The word at `j` goes on a name the month's word began: a given name or a title after it (`في رمضان [صبحي]`, the
    footballer; `في محرم [بك]`, Alexandria's district)."""
    return j < len(tokens.norm) and (tokens.norm[j] in given_names() or tokens.norm[j] in ("بك", "باشا"))


def _from_hijri(year: int, month: int, day: int) -> dt.date | None:
    """A Hijri date's Gregorian day by the Umm al-Qura calendar (`hijridate`: Saudi Arabia's official one, which the Gulf's
    wires write; 1343–1500 AH), else by the tabular calendar, which may differ by a day or two."""
    try:
        return Hijri(year, month, day).to_gregorian()
    except OverflowError:
        days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _HIJRI_EPOCH
        return dt.date.fromordinal(days)
    except ValueError:  # the 30th of a month of 29 days by Umm al-Qura: the wire's month had 30 (`30 صفر 1441` is 29 October 2019)
        return Hijri(year, month, 29).to_gregorian() + dt.timedelta(days=1) if day == 30 else None


def _nearest_hijri(published: dt.date | None, month: int, day: int, step: int | None, whole_month: bool = False) -> dt.date | None:
    """`_nearest_day` for a Hijri day (or a `whole_month`, its first day) without its year: the nearest publication, the
    first after it (step 1), the last before it (-1), or in publication's Hijri year (0). `رمضان الماضي` written in
    Ramadan is last year's, as `جوان الماضي` in June is."""
    if published is None:
        return None
    try:
        today = Gregorian(published.year, published.month, published.day).to_hijri()
    except OverflowError:
        return None
    year = today.year
    if step == 0 or (whole_month and step == -1 and month == today.month):
        return _from_hijri(year - (step == -1), month, day)
    return _closest(published, [_from_hijri(y, month, day) for y in (year - 1, year, year + 1)], step)


_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal() - 1  # the day before 1 Muharram 1 AH (16 July 622 Julian), as an ordinal


_RANGE_WORDS = {"الى", "إلى", "حتى", "حتي", "و", "-", "–"}
_WITH_YEAR = re.compile(r"(?:19|20|١٩|٢٠)[0-9٠-٩]{2}$")


def _joined(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """Dates that are one, or share a year: a weekday right before the date it names is that date (`يوم السبت 10 أغسطس
    المقبل`; after a comma, two dates in apposition, as the gold sets have them: `يوم الجمعة المقبل، الثامن من ذي الحجة`); the first day of a range takes the year the range ends with (`من 10 يناير إلى 28 فبراير 2023`; a December
    before a January, the year before)."""
    out: list[FoundDate] = []
    for date in found:
        last = out[-1] if out else None
        between = text[last.end : date.start].strip(" ،,") if last else None
        if last and last.kind == "weekday" and date.kind == "absolute" and date.granularity == "day" and not text[last.end : date.start].strip():
            out[-1] = FoundDate(last.start, date.end, "absolute", "day", date.resolved)
            continue
        if (last and last.kind == "absolute" and last.granularity == date.granularity == "day" and between in _RANGE_WORDS
                and last.resolved and date.resolved and not _WITH_YEAR.search(text[last.start : last.end])
                and _WITH_YEAR.search(text[date.start : date.end])):
            year = date.resolved.year - (last.resolved.month > date.resolved.month)
            out[-1] = FoundDate(last.start, last.end, last.kind, last.granularity, _safe_date(year, last.resolved.month, last.resolved.day))
        out.append(date)
    return out


def _corresponding(text: str, found: list[FoundDate]) -> list[FoundDate]:
    """A Hijri date followed by `الموافق` and a Gregorian date resolves to that date: the wire says which day it meant."""
    for k in range(len(found) - 1):
        between = text[found[k].end : found[k + 1].start].replace("ـ", "").split()
        if found[k].resolved and between and between[-1] in ("الموافق", "الموافقة", "الموافق:") and set(between[:-1]) <= {"ه", "هـ"}:
            if found[k + 1].granularity == "day" and found[k + 1].resolved:
                found[k] = FoundDate(found[k].start, found[k].end, found[k].kind, "day", found[k + 1].resolved)
    return found


def _dateline(m: re.Match[str], published: dt.date | None) -> FoundDate | None:
    """`الكويت - 22 - 11 (كونا) --`: a wire's dateline, day then month, in the year of publication (the nearest)."""
    day, month = int(m.group(1)), int(m.group(2))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return FoundDate(m.start(), m.end(), "absolute", "day", _nearest_day(published, month, day, None))


def _numeric(m: re.Match[str]) -> FoundDate | None:
    """`15/3/2017`, `15-03-2017`: day first, as Arabic news writes it."""
    resolved = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return FoundDate(m.start(), m.end(), "absolute", "day", resolved) if resolved else None
