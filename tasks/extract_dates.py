"""Dates in Arabic news: absolute dates, weekdays and relative days, resolved against publication.

Months come in three naming traditions, all in use: Egyptian/Gulf (`مارس`), Levantine/Iraqi
(`آذار`, often both: `آذار/مارس`) and Maghrebi (`جوان`). A month name only counts next to a number
(`١٥ مارس`, `مارس ٢٠١٧`): alone, `مارس` is also the verb `practised`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from akhbar.tasks.extract_text import Tokenised
from akhbar.tasks.extract_text import tokens as tokenise

_MONTHS = {
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6, "يوليو": 7,
    "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7, "اب": 8, "ايلول": 9,
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
}  # fmt: skip
MONTHS = frozenset(_MONTHS) | {"كانون", "تشرين", "الاول", "الثاني"}  # month words, for the amount finder
# Levantine months of two words: `كانون الثاني` (January), `تشرين الأول` (October).
_TWO_WORD_MONTHS = {("كانون", "الثاني"): 1, ("كانون", "الاول"): 12, ("تشرين", "الاول"): 10, ("تشرين", "الثاني"): 11}
_WEEKDAYS = {"اثنين": 0, "ثلاثاء": 1, "اربعاء": 2, "خميس": 3, "جمعه": 4, "سبت": 5, "احد": 6}
_RELATIVE = {"اليوم": 0, "امس": -1, "البارحه": -1, "غدا": 1}
_NEXT = {"المقبل", "القادم", "المقبله", "القادمه"}
_LAST = {"الماضي", "المنصرم", "الفائت", "الماضيه"}
_THIS = {"الجاري", "الحالي"}  # `جوان الجاري`: this June
# `اليوم الأول` is `the first day`, not `today`: an adjective after `اليوم` takes it.
_DAY_ADJECTIVES = {"الاول", "الثاني", "الثالث", "الاخير", "التالي", "نفسه", "ذاته", "الذي", "العالمي", "الوطني"}
# Words that may open a date (numbers aside): months, weekdays, `أمس`, `يوم`, `عام`, `أول أمس`, `بعد غد`.
_STARTS = frozenset(_MONTHS) | {w for w, _ in _TWO_WORD_MONTHS} | set(_WEEKDAYS) | set(_RELATIVE)
_STARTS |= {"امس", "غدا", "غد", "يوم", "عام", "سنه", "اول", "بعد", "شهر", "الشهر"}
DATE_WORDS = frozenset(_STARTS | set(MONTHS) | {"غد"})  # for a quick look before tokenising
_NUMERIC = re.compile(r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")


@dataclass(frozen=True, slots=True)
class FoundDate:
    start: int  # offsets within the sentence
    end: int
    kind: str  # absolute | weekday | relative
    granularity: str  # day | month | year
    resolved: dt.date | None


class _Tokens:
    """A sentence's tokens with their offsets, normalised forms and stems."""

    def __init__(self, tokenised: Tokenised) -> None:
        self.spans, _, self.norm, self.stem, self.value = tokenised

    def month(self, i: int) -> tuple[int, int] | None:
        """(month number, tokens taken) at token `i`: `آذار`, `كانون الثاني`, `آذار/مارس`."""
        if i >= len(self.norm):
            return None
        nxt = self.norm[i + 1] if i + 1 < len(self.norm) else ""
        for word in (self.norm[i], self.stem[i]):  # `كانون` must not lose its `ك` as a clitic
            if (word, nxt) in _TWO_WORD_MONTHS:
                return _TWO_WORD_MONTHS[(word, nxt)], 2
        month = _MONTHS.get(self.norm[i]) or _MONTHS.get(self.stem[i])
        if month is None:
            return None
        taken = 2 if i + 1 < len(self.norm) and _MONTHS.get(self.norm[i + 1]) == month else 1
        return month, taken


def _year(value: float | None) -> int | None:
    return int(value) if value is not None and value == int(value) and 1900 <= value <= 2100 else None


def _day(value: float | None) -> int | None:
    return int(value) if value is not None and value == int(value) and 1 <= value <= 31 else None


def _safe_date(year: int | None, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day) if year else None
    except ValueError:
        return None


def _absolute(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`١٥ مارس ٢٠١٧`, `15 آذار/مارس`, `مارس 2017` at token `i`, and the tokens it takes."""
    day = _day(tokens.value[i])
    m = tokens.month(i + 1 if day else i)
    if m is None:
        return None
    month, taken = m
    j = (i + 1 if day else i) + taken
    year = _year(tokens.value[j]) if j < len(tokens.value) else None
    if not day and not year:
        return None  # `مارس` alone may be the verb
    end = j + 1 if year else j
    if day:
        resolved = _safe_date(year or (published.year if published else None), month, day)
        return FoundDate(tokens.spans[i][0], tokens.spans[end - 1][1], "absolute", "day", resolved), end
    return FoundDate(tokens.spans[i][0], tokens.spans[end - 1][1], "absolute", "month", dt.date(year, month, 1)), end


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
        if shift is not None:
            resolved = published + dt.timedelta(days=shift)
        elif direction > 0:
            resolved = published + dt.timedelta(days=(weekday - published.weekday()) % 7 or 7)
        else:  # news reports the past: the latest such day up to publication
            resolved = published - dt.timedelta(days=(published.weekday() - weekday) % 7)
    return FoundDate(tokens.spans[first][0], tokens.spans[end - 1][1], "weekday", "day", resolved), end


def _this_month(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`جوان الجاري` (this June), `شهر مارس المقبل`, `أفريل الماضي`: a month named with where it lies from publication."""
    first = i
    if tokens.norm[i] == "الشهر" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] in _THIS | _NEXT | _LAST:
        step = 0 if tokens.norm[i + 1] in _THIS else 1 if tokens.norm[i + 1] in _NEXT else -1  # `الشهر المقبل`: next month
        resolved = None
        if published is not None:
            months = published.year * 12 + published.month - 1 + step
            resolved = dt.date(months // 12, months % 12 + 1, 1)
        return FoundDate(tokens.spans[i][0], tokens.spans[i + 1][1], "relative", "month", resolved), i + 2
    if tokens.stem[i] == "شهر":
        i += 1
    m = tokens.month(i)
    if m is None:
        return None
    month, taken = m
    end = i + taken
    if end >= len(tokens.norm) or tokens.norm[end] not in _THIS | _NEXT | _LAST:
        return None
    resolved = None
    if published is not None:
        year = published.year
        if tokens.norm[end] in _NEXT and month <= published.month:
            year += 1  # `مارس المقبل` in April: next year's
        elif tokens.norm[end] in _LAST and month >= published.month:
            year -= 1
        resolved = dt.date(year, month, 1)
    return FoundDate(tokens.spans[first][0], tokens.spans[end][1], "relative", "month", resolved), end + 1


def _relative(tokens: _Tokens, i: int, published: dt.date | None) -> tuple[FoundDate, int] | None:
    """`اليوم`, `أمس`, `غداً`, `أول أمس`, `بعد غد` at token `i`."""
    if tokens.norm[i] == "اول" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] == "امس":
        shift, end = -2, i + 2
    elif tokens.norm[i] == "بعد" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] == "غد":
        shift, end = 2, i + 2
    elif tokens.stem[i] == "يوم" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] in ("غد", "غدا"):
        shift, end = 1, i + 2  # `يوم غد`; a bare `غد` is also `the future` (`الغد`)
    elif tokens.norm[i] in _RELATIVE or tokens.stem[i] in ("امس", "غدا"):
        if tokens.norm[i] == "اليوم" and i + 1 < len(tokens.norm) and tokens.norm[i + 1] in _DAY_ADJECTIVES:
            return None
        shift, end = _RELATIVE.get(tokens.norm[i], _RELATIVE.get(tokens.stem[i], 0)), i + 1
    else:
        return None
    resolved = published + dt.timedelta(days=shift) if published else None
    return FoundDate(tokens.spans[i][0], tokens.spans[end - 1][1], "relative", "day", resolved), end


def _year_only(tokens: _Tokens, i: int) -> tuple[FoundDate, int] | None:
    """`عام ٢٠١٧`, `سنة 2020`: a year named as such."""
    if tokens.stem[i] not in ("عام", "سنه") or i + 1 >= len(tokens.value):
        return None
    year = _year(tokens.value[i + 1])
    if year is None:
        return None
    return FoundDate(tokens.spans[i][0], tokens.spans[i + 1][1], "absolute", "year", dt.date(year, 1, 1)), i + 2


def find_dates_in(text: str, published: dt.date | None, tokenised: Tokenised | None = None) -> list[FoundDate]:
    """Every date in one sentence, leftmost-longest, none overlapping; `tokenised` is `tokens(text)`."""
    found = [_numeric(m) for m in _NUMERIC.finditer(text)]
    found = [f for f in found if f is not None]
    tokens, i = _Tokens(tokenised or tokenise(text)), 0
    while i < len(tokens.norm):
        if tokens.value[i] is None and tokens.stem[i] not in _STARTS and tokens.norm[i] not in _STARTS:
            i += 1
            continue
        hit = (_absolute(tokens, i, published) or _this_month(tokens, i, published) or _weekday(tokens, i, published)
               or _relative(tokens, i, published) or _year_only(tokens, i))
        if hit and all(hit[0].end <= f.start or hit[0].start >= f.end for f in found):
            found.append(hit[0])
        i = hit[1] if hit else i + 1
    return sorted(found, key=lambda f: f.start)


def _numeric(m: re.Match[str]) -> FoundDate | None:
    """`15/3/2017`, `15-03-2017`: day first, as Arabic news writes it."""
    resolved = _safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return FoundDate(m.start(), m.end(), "absolute", "day", resolved) if resolved else None
