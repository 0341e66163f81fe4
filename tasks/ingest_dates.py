"""Publication dates as news archives write them: ISO 8601, RFC 2822, day-first numbers, Arabic month names.

The rule for numeric dates: day before month (`05/03/2017` is 5 March), as Arab sources write
them, unless the string starts with a four-digit year (`2017/03/05` is 5 March too) or the source
is declared month-first (`--month-first`). Month names in Arabic count in all three families:
the Egyptian and Gulf names (يناير، فبراير …), the Levantine and Iraqi ones (كانون الثاني، شباط …)
and the Maghreb ones (جانفي، فيفري …), in Western or Arabic-Indic digits. A string that is no date
with a year gives no date: never a guess. When the archive's own field is missing or unreadable,
a date written in the document id or file name (`JA-culture-101-20150517`,
`AFP_ARB_20010101.0001`) is used, read as YYYYMMDD and checked to be a real day.
"""

from __future__ import annotations

import email.utils
import re
from datetime import datetime, timedelta, timezone, tzinfo

from dateutil import parser as dateparser

_UTC_NAMES = frozenset({"UTC", "GMT", "UT", "Z"})
# `٢٠١٧-٠٣-٠٥` (Arabic-Indic digits, Persian ones too) → `2017-03-05`, which the date parsers understand.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_NO_YEAR = datetime(1, 1, 1)  # dateutil fills missing parts from this; year 1 means "no year given"

# Written with bare alef (أ إ آ folded before matching), longest first where one name starts another (ماي, مايو).
_MONTHS = {
    1: ("يناير", "كانون الثاني", "جانفي"),
    2: ("فبراير", "شباط", "فيفري"),
    3: ("مارس", "اذار"),
    4: ("ابريل", "نيسان", "افريل"),
    5: ("مايو", "ايار", "ماي"),
    6: ("يونيو", "يونيه", "حزيران", "جوان"),
    7: ("يوليو", "يوليه", "تموز", "جويلية"),
    8: ("اغسطس", "اب", "اوت"),
    9: ("سبتمبر", "ايلول"),
    10: ("اكتوبر", "تشرين الاول"),
    11: ("نوفمبر", "تشرين الثاني"),
    12: ("ديسمبر", "كانون الاول"),
}
_ENGLISH = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NAME_TO_MONTH = {name: _ENGLISH[number - 1] for number, names in _MONTHS.items() for name in names}
_MONTH_NAME = re.compile(
    r"(?<![\u0621-\u064a])(" + "|".join(sorted(map(re.escape, _NAME_TO_MONTH), key=len, reverse=True)) + r")(?![\u0621-\u064a])"
)
_ALEFS = str.maketrans("أإآ", "ااا")
# صباحا / مساء, or ص / م after a time: AM / PM.
_MERIDIEM = re.compile(r"(?<=\d)\s*(ص|صباحا|م|مساء|مساءا)(?![\u0621-\u064a])")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669]*[\u0621-\u064a][\u0621-\u064a]*")
# What is left around the words dropped (`نشر في: 12 …`, `الثلاثاء، 5 …`): a colon not inside a time, Arabic commas, a lone dash.
_LOOSE_PUNCTUATION = re.compile(r"(?<!\d):|:(?!\d)|[،؛]|(?<!\S)[-–—|](?!\S)")
# `Wed, 09 May 2018 15:15:11 GMT` with a UTC name or a numeric offset (a zone name like `EST` is dateutil's to refuse).
_RFC_2822 = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                       r"\d\d:\d\d(?::\d\d)? (?:GMT|UTC|UT|[+-]\d{4})\Z")
_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})\Z")  # ANT's `17/05/2015`
# YYYYMMDD standing alone in an id or file name: `…-20150517`, `AFP_ARB_20010101.0001`.
_ID_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")


def parse_date(raw: str | None, month_first: bool = False) -> tuple[datetime | None, str | None]:
    """(naive UTC datetime, None), or (None, raw) when `raw` is not a date with a year."""
    if raw is None:
        return None, None
    try:
        parsed = _parse_datetime(_western(raw), month_first)
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(timezone.utc).replace(tzinfo=None)
        if parsed.year == 1:  # a time or day without a year must not become a fake date
            raise ValueError("no year")
    except (ValueError, ArithmeticError):  # dateutil on `12:777777777…` raises decimal.InvalidOperation
        return None, raw
    return parsed, None


def date_in_name(*names: str | None) -> datetime | None:
    """The first real YYYYMMDD day in a document id or file name, at midnight; None when none has one."""
    for name in names:
        for match in _ID_DATE.finditer(name or ""):
            try:
                return datetime(*map(int, match.groups()))
            except ValueError:  # 20150231: no such day
                continue
    return None


def _western(raw: str) -> str:
    """Arabic digits, month names and AM/PM in the form dateutil reads; other Arabic words (day names) dropped."""
    text = raw.translate(_DIGITS)
    if not re.search(r"[\u0621-\u064a]", text):
        return text
    text = _MONTH_NAME.sub(lambda m: f" {_NAME_TO_MONTH[m.group(1)]} ", text.translate(_ALEFS))
    text = _MERIDIEM.sub(lambda m: " AM" if m.group(1).startswith("ص") else " PM", text)
    text = _LOOSE_PUNCTUATION.sub(" ", _ARABIC_WORD.sub(" ", text))
    return " ".join(text.split())


def _parse_datetime(text: str, month_first: bool) -> datetime:
    """ISO 8601 first; then the common forms by dateutil, day before month unless led by a year or `month_first`."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    # The two forms archives write most, read without dateutil (a millisecond a date, most of ingest's time on TREC files);
    # anything else, or a day these would get wrong, goes on to it.
    if match := _RFC_2822.match(text):
        return email.utils.parsedate_to_datetime(match.group(0))
    if match := _DAY_MONTH_YEAR.match(text):
        day, month, year = map(int, match.groups())
        try:
            return datetime(year, day, month) if month_first else datetime(year, month, day)
        except ValueError:  # `05/17/2015`: dateutil sees that 17 is no month
            pass
    # dayfirst would also swap `2017/03/05` into 3 May, so only strings not led by a year get it.
    dayfirst = not month_first and not re.match(r"\s*\d{4}", text)
    return dateparser.parse(text, dayfirst=dayfirst, default=_NO_YEAR, tzinfos=_tzinfo)


def _tzinfo(name: str | None, offset: int | None) -> tzinfo | None:
    """dateutil hook: offsets and UTC names resolve; an unknown zone name (`EST`) fails the parse."""
    if offset is not None:
        return timezone(timedelta(seconds=offset))
    if name is None:
        return None
    if name.upper() in _UTC_NAMES:
        return timezone.utc
    raise ValueError(f"unknown time zone {name}")
