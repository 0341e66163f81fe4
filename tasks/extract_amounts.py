"""Amounts in Arabic news: numbers in digits or words, with currency, percent and what they count.

Number words agree with what they count, so each has several forms: `ثلاث`/`ثلاثة`, `اثنان`/`اثنين`,
and the dual of a scale is the number two: `مليونا دولار`/`مليوني دولار` = 2,000,000 dollars.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from akhbar.tasks.arabic import HARAKAT_CHARACTERS, normalize_arabic
from akhbar.tasks.extract_dates import FoundDate, find_dates_in, unglue
from akhbar.tasks.extract_text import Tokenised, token_forms
from akhbar.tasks.extract_text import tokens as tokenise
from akhbar.tasks.extract_words import PRONOUN_PREPOSITION, SPEECH_PARTICIPLES

_ONES = {"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2, "ثلاث": 3, "ثلاثه": 3, "اربع": 4}
_ONES |= {"اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6, "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمان": 8}
_ONES |= {"ثمانيه": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10, "احد": 1, "احدي": 1}
_TWO_OF_TWELVE = {"اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2}  # only before `عشر`: `اثنا عشر وزيرا`, twelve
_ONES |= _TWO_OF_TWELVE
# Ordinals a `عشر` after them makes eleventh to nineteenth (`الثانية عشرة`, `السادس عشر`): no amount of ten.
_ORDINAL_UNITS = frozenset(a + w + e for w in ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
                           for a in ("", "ال", "و", "وال") for e in ("", "ه"))  # `[والتاسع] عشر`
_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "اربعون": 40, "اربعين": 40, "خمسون": 50}
_TENS |= {"خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80}
_TENS |= {"تسعون": 90, "تسعين": 90}
_HUNDREDS = {"مئه": 100, "مائه": 100, "مئتان": 200, "مئتين": 200, "مئتي": 200, "مائتان": 200, "مائتين": 200}
_HUNDREDS |= {"مائتي": 200}
# `خمسمئة`, `ثلاثمائة`: hundreds written as one word.
_HUNDREDS |= {unit + h: value * 100 for unit, value in _ONES.items() if 3 <= value <= 9 for h in ("مئه", "مائه")}
# Scales: singular, plural, and the dual in its three spellings (2 × the scale).
_SCALES = {"الف": 1e3, "الاف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9}
_SCALES |= {"تريليون": 1e12, "تريليونات": 1e12, "ترليون": 1e12, "ترليونات": 1e12, "بلايين": 1e9}
SCALE_WORDS = frozenset(_SCALES)  # `ألف`, `ملايين`: what a number before a noun may end in (`ner_crf`: what it counts)
_DUALS = {"الفان": 2e3, "الفين": 2e3, "الفا": 2e3, "الفي": 2e3, "مليونان": 2e6, "مليونين": 2e6, "مليونا": 2e6}
_DUALS |= {"مليوني": 2e6, "ملياران": 2e9, "مليارين": 2e9, "مليارا": 2e9, "ملياري": 2e9}
# Words that only count when something follows them: `أحد المسؤولين` is `one of the officials`.
_WEAK = {"احد", "احدي", "واحد", "واحده", "ست", "سبع", "عشر", "خمس"}
_CURRENCIES = {"دولار": "USD", "يورو": "EUR", "جنيه": None, "ريال": None, "درهم": None, "دينار": None}
_CURRENCIES |= {"ليره": None, "روبل": "RUB", "ين": "JPY", "يوان": "CNY", "روبيه": None, "فرنك": None}
_CURRENCIES |= {"استرليني": "GBP", "شيكل": "ILS", "ليرات": None, "دولارات": "USD", "جنيهات": None}
_CURRENCIES |= {"دنانير": None, "دراهم": None, "ريالات": None, "كرونه": None, "كرونات": None}  # the Nordic krona, whose
# country the sentence seldom names (`غرامة قدرها ألف كرونة`)
# A currency word that names no country alone (`دينار`, `ريال`, `ليرة`) → its countries' codes, for the document's places to
# say which (`extract_documents.with_document_currencies`): `ليرة` beside Turkey is the Turkish lira. ISO 3166 → ISO 4217.
SHARED_CURRENCIES = {
    "دينار": {"TN": "TND", "DZ": "DZD", "KW": "KWD", "BH": "BHD", "JO": "JOD", "IQ": "IQD", "LY": "LYD", "RS": "RSD"},
    "ريال": {"SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER", "IR": "IRR", "BR": "BRL"},
    "درهم": {"AE": "AED", "MA": "MAD", "LY": "LYD"},  # (Libya's thousandth of a dinar: `750 درهما`)
    "جنيه": {"EG": "EGP", "SD": "SDG", "SS": "SSP", "GB": "GBP"},
    "ليره": {"TR": "TRY", "LB": "LBP", "SY": "SYP"},
    "روبيه": {"IN": "INR", "PK": "PKR", "LK": "LKR", "NP": "NPR", "ID": "IDR"},
    "كرونه": {"SE": "SEK", "NO": "NOK", "DK": "DKK", "IS": "ISK", "CZ": "CZK"},
    "فلس": {"KW": "KWD", "BH": "BHD", "JO": "JOD", "AE": "AED", "IQ": "IQD"},
    "قرش": {"JO": "JOD", "EG": "EGP", "SY": "SYP", "LB": "LBP"},
    "سنتيم": {"DZ": "DZD", "MA": "MAD"},
    "مليم": {"TN": "TND", "EG": "EGP"},
    "اوقيه": {"MR": "MRU"},  # (also an ounce: `دولار للأوقية`, whose amount is in dollars)
}
# Abbreviations and spellings of the Maghreb and the Levant (`250 مليار دج`, Algeria's dinars; `أورو`; `شيقل`), and the
# hundredths and thousandths wires count in (`500 فلس`, `200 بيسة`, `75 قرشا`, `50 سنتيما`, `800 مليم`): the sub-unit
# is the unit, its country's currency the code (for the shared ones, from the document: `SHARED_CURRENCIES`).
_CURRENCIES |= {"دج": "DZD", "اورو": "EUR", "شيقل": "ILS", "بيسه": "OMR", "فلس": None, "قرش": None, "سنتيم": None, "مليم": None}
# Mauritania's ouguiya, which AMI writes with its issue since the 2018 redenomination (`أوقية جديدة`, MRU; `أوقية قديمة`, MRO)
_CURRENCIES |= {"اوقيه": None}
_ISSUES = {"اوقيه": {"جديد": "MRU", "قديم": "MRO"}}
# Broken plurals, so that the unit is the singular: `ثلاثة دنانير` → `دينار`.
_CURRENCIES |= {"فلوس": None, "قروش": None, "شواقل": "ILS", "اواق": None, "اوقيات": None}  # (plurals)
_SINGULAR = {"دنانير": "دينار", "دراهم": "درهم", "ريالات": "ريال", "ليرات": "ليره", "جنيهات": "جنيه", "دولارات": "دولار",
             "كرونات": "كرونه", "قروش": "قرش", "فلوس": "فلس", "دج": "دينار", "اورو": "يورو", "شيقل": "شيكل", "شواقل": "شيكل",
             "اواق": "اوقيه", "اوقيات": "اوقيه"}  # (and spellings)
CURRENCY_WORDS = frozenset(_CURRENCIES)  # for the NER model: a currency alone is an amount's unit, not an entity
# `ريال سعودي`, `جنيه مصري`: the adjective names the currency.
_QUALIFIED = {"سعودي": "SAR", "قطري": "QAR", "اماراتي": "AED", "مغربي": "MAD", "مصري": "EGP", "اردني": "JOD"}
_QUALIFIED |= {"كويتي": "KWD", "بحريني": "BHD", "عماني": "OMR", "عراقي": "IQD", "تونسي": "TND", "جزائري": "DZD"}
_QUALIFIED |= {"ليبي": "LYD", "لبناني": "LBP", "سوري": "SYP", "تركي": "TRY", "ايراني": "IRR", "امريكي": "USD"}
_QUALIFIED |= {"اميركي": "USD", "كندي": "CAD", "استرالي": "AUD", "سويسري": "CHF", "استرليني": "GBP"}
_PERCENT_WORDS = {("في", "المئه"), ("في", "المائه"), ("بالمئه",), ("بالمائه",)}
# Nouns a number after labels, as an ordinal would: `الجولة 22` (round 22), `الفصل 49` (article 49), `الدقيقة 75`.
_LABELS = frozenset({"جوله", "دوره", "فصل", "ماده", "بند", "مرتبه", "مركز", "رقم", "طبعه", "نسخه", "دقيقه", "صفحه", "حلقه", "مرحله",
                     "قرار"})  # `القرار 2216`: a resolution's number
# … of which these label whatever follows: a minute or a rank counts no word after it (`الدقيقة 90 سجل`, `المرتبة 70 عالميا`).
_RANKING_LABELS = frozenset({"دقيقه", "مرتبه", "رقم", "ساعه"})  # and the hour: `الساعة 10 مساء`
_LINE_KINDS = frozenset({"الاخضر", "الموحد", "المجاني", "الساخن", "المختصر"})
_NOT_OBJECTS = {"في", "من", "الي", "علي", "عن", "مع", "او", "و", "ثم", "حتي", "منذ", "الف", "الاف", "بين", "قد", "خلال",
                "مقابل", "بعد", "قبل", "عند", "لدي", "نحو", "حوالي", "هو", "هي", "هم", "وهو", "وهي", "وهم",
                # how often, no thing counted: `تمنح نحو 700 مليون [سنويا] للحزب`
                "سنويا", "شهريا", "يوميا", "اسبوعيا", "سنويه", "شهريه", "يوميه", "اسبوعيه",
                # `كان` and its sisters, which begin the clause after a number: `14 مصعدا من أصل 18 [باتت] جاهزة`
                "كان", "كانت", "باتت", "اصبح", "اصبحت", "ظل", "ظلت", "صار", "صارت", "بقي", "بقيت"}  # (not `بات`: the baht too)
# Makers and series whose numbers name a model, not an amount: `طائرة بوينغ [707]`, `سيارات فورمولا [3]`, `من طراز [T-72]`.
_DESIGNATIONS = frozenset({"بوينغ", "بوينج", "ايرباص", "فورمولا", "طراز", "موديل"})
_WEST = frozenset({"هام", "بروميتش", "فرجينيا", "بوينت"})  # `وست هام`: West, no six
_MODEL_SUFFIXES = frozenset({"اكس", "برو", "بلس", "ماكس", "لايت", "الترا"})  # `ميت 20 [إكس]`, `غلاكسي إس 10 [بلس]`
# A plural scale with no number before it counts no exact amount: `[آلاف] المشجعين` is thousands of them, not 1,000.
_PLURAL_SCALES = frozenset({"الاف", "ملايين", "مليارات", "بلايين", "تريليونات", "ترليونات"})
# A fraction of a scale: `[نصف] مليون دولار` is 500,000 dollars, `[ربع] مليون شخص` 250,000 (20 on 3,783 ANT articles, each
# read as the whole scale before).
_FRACTIONS = {"نصف": 0.5, "ربع": 0.25, "ثلث": 1 / 3}
_SINGULAR_SCALES = frozenset({"الف", "مليون", "مليار"})


# Units of measure, by their lemma (plurals and abbreviations too).
_MEASURES = {w: lemma for lemma, forms in {
    "طن": ("طن", "اطنان"), "كيلومتر": ("كلم", "كم", "كيلومتر", "كيلومترات"), "متر": ("متر", "امتار", "م"),
    "هكتار": ("هكتار", "هكتارات", "هك"), "كيلوغرام": ("كغ", "كلغ", "كيلوغرام", "كيلوغرامات", "كيلو", "كيلوجرام"), "لتر": ("لتر", "لترات"),
    "ميغاواط": ("ميغاواط", "ميجاوات", "ميغاوات"), "برميل": ("برميل", "براميل"), "درجه": ("درجه", "درجات"),
    "كيلوواط": ("كيلوواط", "كيلووات"), "غيغاواط": ("غيغاواط", "جيجاوات", "غيغاوات", "جيغاواط"), "تيراواط": ("تيراواط", "تيراوات"),
    # durations: `خمس سنوات`, `ثلاثة أشهر`
    "سنة": ("سنه", "سنوات", "سنين", "عام", "اعوام"), "شهر": ("شهر", "اشهر", "شهور"), "يوم": ("يوم", "ايام"),
    "أسبوع": ("اسبوع", "اسابيع"), "ساعة": ("ساعه", "ساعات"), "دقيقة": ("دقيقه", "دقائق"),
    "مليمتر": ("مليمتر", "ملليمتر", "مليمترات", "ملم", "مم"), "سنتيمتر": ("سنتيمتر", "سنتيمترات", "سم"),
    "غرام": ("غرام", "غرامات", "جرام"), "ميل": ("ميل", "اميال"), "ثانية": ("ثانيه", "ثوان", "ثواني"),
    "فدان": ("فدان", "افدنه"), "قنطار": ("قنطار", "قناطير"),  # the Maghreb's quintal, 100 kg: `30 قنطارا في الهكتار`
}.items() for w in forms}  # fmt: skip
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_WIRE_DECIMAL = re.compile(r"[ر٫]([0-9٠-٩۰-۹]+)")
_THREE_DECIMALS = re.compile(r"\d{1,3},\d{3}")

NUMBER_WORDS = frozenset(w for table in (_ONES, _TENS, _HUNDREDS, _SCALES, _DUALS) for w in table)
# First three letters of every number word: most tokens are passed over on this alone.
_PREFIXES = frozenset(w[:3] for table in (_ONES, _TENS, _HUNDREDS, _SCALES, _DUALS) for w in table)


@dataclass(frozen=True, slots=True)
class FoundAmount:
    start: int  # offsets within the sentence
    end: int
    value: float
    unit: str | None
    currency: str | None
    object: str | None


def _word_value(word: str) -> tuple[str, float] | None:
    """What a number word is and is worth: `خمسمئة` → ('hundreds', 500), `مليوني` → ('dual', 2e6)."""
    for kind, table in (("ones", _ONES), ("tens", _TENS), ("hundreds", _HUNDREDS), ("scale", _SCALES), ("dual", _DUALS)):
        if word in table:
            return kind, table[word]
    return None


def measures(raw: str) -> bool:
    """Whether a word after a number is a currency, unit, scale or percent (`counts`' first test): `2000 [عام]`."""
    norm, stem, _ = token_forms(raw)
    return bool(raw in ("%", "٪") or norm in _MEASURES or stem in _MEASURES or _word_value(norm) or norm in ("بالمئه", "بالمائه")
                or _currency(norm) or _currency(stem))


def counts(raw: str, loose: bool = False) -> bool:
    """Whether a word after a number is what the number counts, so that the number is an amount and not a year: a
    currency, unit, scale or percent, or an indefinite noun in `-ة` or `-اً` (`2074 قائمة`, `2000 طن`, `1950 مشاركاً`);
    a verb (`في 2018 قتل`), a definite word, a conjunction (`منذ 2004 والبلاد`) or an adverb (`أيضا`) is not. `loose`
    takes any word in `-ا` too (`على 2040 مقترحا`), for a number no word of time makes a year."""
    norm, stem, _ = token_forms(raw)
    if measures(raw):
        return True
    if norm.startswith(("ال", "و", "ف", "ب", "ل")) or norm in _NOT_OBJECTS:
        return False
    return raw.endswith(("ة", "اً")) or loose and raw.endswith("ا") and not raw.endswith("وا") and len(raw) > 3


class _Tokens:
    def __init__(self, tokenised: Tokenised, text: str = "") -> None:
        self.spans, self.raw, self.norm, self.stem, self.digits = (list(part) for part in tokenised)
        self._join_wire_decimals()
        self._join_comma_decimals(text)

    def _join_comma_decimals(self, text: str) -> None:
        """`6،4 مليار يورو` as 6.4 billion: an Arabic comma between digits, with no space, before a scale, is the decimal
        mark some wires (AFP's Arabic service) write; the tokeniser cuts the number in two, put back together here."""
        i = 0
        while i + 2 < len(self.raw):
            if (self.digits[i] is not None and self.digits[i + 1] is not None and self.raw[i].isdigit() and self.raw[i + 1].isdigit()
                    and text[self.spans[i][1] : self.spans[i + 1][0]] == "،" and self.norm[i + 2] in _SCALES):
                whole, fraction = self.raw[i].translate(_DIGITS), self.raw[i + 1].translate(_DIGITS)
                raw = text[self.spans[i][0] : self.spans[i + 1][1]]
                self._join(i, raw, raw, raw, float(f"{whole}.{fraction}"))
            i += 1

    def _join(self, i: int, raw: str, norm: str, stem: str, value: float) -> None:
        """Tokens `i` and `i + 1` as one number of this value, spelt `raw`."""
        self.spans[i : i + 2] = [(self.spans[i][0], self.spans[i + 1][1])]
        self.raw[i : i + 2] = [raw]
        self.norm[i : i + 2] = [norm]
        self.stem[i : i + 2] = [stem]
        self.digits[i : i + 2] = [value]

    def _join_wire_decimals(self) -> None:
        """`3ر2195` as one number, 2195.3: the wires' (TAP's, MAP's) decimal mark `ر`, the fraction written before it.
        The tokeniser cuts it into `3` and `ر2195`; they are put back together here."""
        i = 0
        while i + 1 < len(self.raw):
            wire = _WIRE_DECIMAL.fullmatch(self.raw[i + 1])
            if self.digits[i] is not None and wire and self.spans[i][1] == self.spans[i + 1][0] and self.raw[i].isdigit():
                fraction, whole = self.raw[i].translate(_DIGITS), wire.group(1).translate(_DIGITS)
                self._join(i, self.raw[i] + self.raw[i + 1], self.norm[i] + self.norm[i + 1], self.stem[i] + self.stem[i + 1],
                           float(f"{whole}.{fraction}"))
            i += 1

    def value(self, i: int, first: bool) -> tuple[str, float] | None:
        """Token `i` as a number: digits, or a number word (after `و` when it continues one)."""
        if self.raw[i][0].isdigit():
            v = self.digits[i]
            return ("digits", v) if v is not None and first else None
        w = self.norm[i]
        if not first and w.startswith("و"):
            w = w[1:]
        elif first and (bare := _without_clitic(w)) != w:
            w = bare  # `بخمسة`, `ولثلاثة` rarely; `وخمسون` starts a number after a digit-less `و`
            if w == "ست" and (self.norm[i][:1] == "ل" and (i + 1 >= len(self.norm) or self.raw[i + 1].endswith(("ا", "اً"))
                                                           or PRONOUN_PREPOSITION.fullmatch(self.norm[i + 1]))
                              or i + 1 < len(self.norm) and self.norm[i + 1] in _WEST):
                return None  # `[لست] واثقا`, `لست معه` "I am not sure, with him", `[وست] هام` West Ham: no six
        return _word_value(w)


def _number_at(tokens: _Tokens, i: int) -> tuple[float, int] | None:
    """The number starting at token `i` and the token after it: `ثلاثة آلاف` → (3000, i+2)."""
    total, current, j, words, last_scale = 0.0, 0.0, i, 0, None
    if tokens.norm[i] in ("عشر", "عشره") and i and tokens.norm[i - 1] in _ORDINAL_UNITS:
        return None  # `الدورة الثانية [عشرة]`: an ordinal
    two = tokens.norm[i] in _TWO_OF_TWELVE or tokens.norm[i][:1] in "وبل" and tokens.norm[i][1:] in _TWO_OF_TWELVE
    if two and (i + 1 >= len(tokens.norm) or tokens.norm[i + 1] not in ("عشر", "عشره")):
        return None  # `وأثنى` (and he praised) is spelled so too
    if _fraction_of_scale(tokens, i):
        current, j, words = _FRACTIONS[_without_clitic(tokens.norm[i])], i + 1, 1
    while j < len(tokens.raw):
        hit = tokens.value(j, first=j == i)
        if hit is None:
            if j == i:
                return None
            break
        kind, value = hit
        if (kind == "digits" and j + 1 < len(tokens.raw) and _THREE_DECIMALS.fullmatch(tokens.raw[j].translate(_DIGITS))
                and tokens.norm[j + 1] in _SCALES):
            value /= 1000  # a comma before three digits and a scale is a decimal mark: `1,638 مليون عاطل` is 1.638 million
            # (MAP), `6,265 مليار ريال` 6.265 billion (SPA); no thousands are counted in millions
        if kind == "dual" and current:
            value /= 2  # after a number a dual spelling is the singular's accusative: `61 ألفا` is 61,000
        if kind in ("scale", "dual"):
            if last_scale is not None and not current and value >= last_scale:
                break  # a larger scale alone after a smaller one is a second number: `بين 500 ألف [ومليون] أوقية`
            last_scale = value if kind == "scale" else last_scale
            current = (current or 1.0) * value  # `ثلاثة آلاف` = 3 × 1000; `مليوني` alone = 2e6
            total, current = total + current, 0.0
        elif kind == "hundreds" and current and current < 10:
            current *= 100  # `ثلاث مئة`
        elif kind == "ones" and tokens.norm[j] in ("عشر", "عشره") and 0 < current < 10:
            current += 10  # `ثلاثة عشر`
        elif kind == "ones" and (value < 10 and 0 < current % 100 < 10 or 10 <= value < 100 and current % 100 >= 10
                                 or value == 10 and current and tokens.norm[j][:1] == "و"):
            break  # a unit after a unit, tens after tens, `وعشر` after anything: two numbers (`بين خمسة [وتسعة] أمتار`,
            # `بين ثلاث [وعشر] سنوات`), not `خمسة وعشرون` (ten joins a unit without `و`: `ثلاثة عشر`)
        else:
            current += value
        j, words = j + 1, words + 1
    fraction = j < len(tokens.raw) and tokens.norm[j][:1] == "و" and tokens.norm[j][1:] in _FRACTIONS
    if fraction and last_scale is None and j == i + 1 and tokens.value(i, True)[0] == "dual":
        last_scale = total / 2  # `مليونين [ونصف]` is 2.5 million; `مليونا [ونصف]` 1.5, the accusative singular, no dual
        total = last_scale if tokens.norm[i].endswith("ا") else total
    if fraction and last_scale is not None:
        total += _FRACTIONS[tokens.norm[j][1:]] * last_scale  # `3 ملايين [ونصف]` is 3.5 million, `مليون ونصف المليون` 1.5
        j += 1
        if j < len(tokens.raw) and tokens.norm[j].removeprefix("ال") in _SINGULAR_SCALES:
            j += 1  # the scale said again: `ونصف [المليون]`
    bare = _without_clitic(tokens.norm[i])
    if words == 1 and bare in _WEAK and not _counts_plural(tokens, j, bare):
        return None  # `[بأحد] المستشفيات`, `[لإحدى] الشركات`: one of them, behind a clitic too
    if words == 1 and bare in _PLURAL_SCALES:
        return None  # `وآلاف المشجعين`, `لآلاف الأسر`: thousands, no number
    return float(f"{total + current:.15g}"), j  # `16.6 مليار` is 16,600,000,000, not 16,600,000,000.000002


def _and_a_fraction(tokens: _Tokens, j: int) -> tuple[float, int] | None:
    """`ونصف`, `وربع` after a measure (token `j`), with the measure said again or not: `6 سنوات [ونصف السنة]`,
    `ثلاث سنوات [ونصف سنة]`, `5 كيلومترات [ونصف]`: the fraction and the token after it."""
    if tokens.norm[j][:1] != "و" or tokens.norm[j][1:] not in _FRACTIONS:
        return None
    end = j + 1
    if end < len(tokens.raw) and tokens.digits[end] is None and (measure := _measure(tokens, end)) is not None:
        end = measure[1]  # `السنة`, `ساعة`
    return _FRACTIONS[tokens.norm[j][1:]], end


def _fraction_of_scale(tokens: _Tokens, i: int) -> bool:
    """Token `i` is a fraction (`نصف`, `ربع`, `ثلث`, behind a clitic too) right before a scale in the singular."""
    return (_without_clitic(tokens.norm[i]) in _FRACTIONS and i + 1 < len(tokens.norm)
            and tokens.norm[i + 1] in _SINGULAR_SCALES)


def _without_clitic(word: str) -> str:
    """A normalised word without the `و`, `ب` or `ل` before it (`بخمسة` → `خمسه`, `لآلاف` → `الاف`, `وخمسون` → `خمسون`),
    unless it is a number word as written (`واحد`)."""
    return word[1:] if word[:1] in ("و", "ب", "ل") and _word_value(word) is None else word


def _counts_plural(tokens: _Tokens, j: int, word: str) -> bool:
    """Whether a weak number word (`خمس`, `عشر`, `ست`) counts the word after it: a unit (`خمس سنوات`) or an
    indefinite noun (`سبع دول`); `خمس الميزانية` is a fifth, and `أحد` needs another number (`أحد المسؤولين`)."""
    if j >= len(tokens.raw) or word in ("احد", "احدي", "واحد", "واحده") or tokens.digits[j] is not None:
        return False
    nxt = tokens.norm[j]
    return _measure(tokens, j) is not None or len(nxt) > 2 and not nxt.startswith(("ال", "وال")) and nxt not in _NOT_OBJECTS


def _measure(tokens: _Tokens, j: int) -> tuple[str, int] | None:
    """A unit of measure after a number (`طن`, `كلم`, `هكتار`): the amount's unit, not what it counts; with its power
    (`مترا [مكعبا]`, `كيلومتر [مربع]`) and its rate (`متر مكعب [في الثانية]`), and `جزء في المليون` (ppm)."""
    if tokens.norm[j : j + 3] == ["جزء", "في", "المليون"]:
        return "جزء في المليون", j + 3
    if _dated(tokens, j):
        return None  # `11 ألفا [سنة] 2010`: the year's word, no duration
    for word in (tokens.norm[j], tokens.stem[j]):
        # with its accusative ending too, after a number from 11 on: `20 [عاما]`, `15 يوما`, `300 طنا`
        for form in (word, word[:-1] if len(word) >= 3 and word.endswith("ا") else None):
            if form in _MEASURES:
                base = lemma = _MEASURES[form]
                end = j + 1
                if (base in _POWERED and end < len(tokens.norm) and _joined(tokens, end)
                        and tokens.norm[end].removesuffix("ا") in _POWERS):
                    lemma, end = f"{lemma} {_POWERS[tokens.norm[end].removesuffix('ا')]}", end + 1
                if base in _POWERED | _RATED and _joined(tokens, end) and (per := _PER.get(tuple(tokens.norm[end : end + 2]))):
                    lemma, end = f"{lemma} {per}", end + 2
                elif base in _WATTS and _joined(tokens, end) and tokens.norm[end] == "ساعه":
                    lemma, end = f"{lemma} ساعة", end + 1  # energy: `900 غيغاواط ساعة`, `600 كيلوواط ساعة`
                return lemma, end
    return None


# Units with a power and a rate after them (as `tokens.norm` spells them).
_POWERED = frozenset({"متر", "كيلومتر", "سنتيمتر"})
_POWERS = {"مكعب": "مكعب", "مربع": "مربع"}
_RATED = frozenset({"لتر", "برميل", "طن", "قنطار"})
_WATTS = frozenset({"كيلوواط", "ميغاواط", "غيغاواط", "تيراواط"})  # power, and energy with `ساعة` after them
# Not `في الهكتار`, a yield: `wire25.json` and `wire35.json` end the amount at its unit (`68 طنا`), `wire40.json` not.
_PER = {("في", "الثانيه"): "في الثانية", ("في", "الساعه"): "في الساعة", ("في", "اليوم"): "في اليوم", ("في", "الدقيقه"): "في الدقيقة"}


def _joined(tokens: _Tokens, k: int) -> bool:
    """Token `k` goes on from the one before, no mark between: not `100 [كيلومتر)] في الساعة`."""
    return 0 < k < len(tokens.raw) and tokens.spans[k][0] - tokens.spans[k - 1][1] == 1  # a space alone between


def _unit_at(tokens: _Tokens, j: int) -> tuple[str | None, str | None, int]:
    """Percent or currency after a number: (unit, ISO code, next token): `دولار أمريكي`, `في المئة`, `%`."""
    if j < len(tokens.raw) and tokens.raw[j] in ("%", "٪"):
        return "%", None, j + 1
    for words in _PERCENT_WORDS:
        if tuple(tokens.norm[j : j + len(words)]) == words:
            return "%", None, j + len(words)
    if j >= len(tokens.raw):
        return None, None, j
    lemma = _currency(tokens.norm[j]) or _currency(tokens.stem[j])
    if lemma is None and tokens.norm[j] == "د" and j and _THREE_DECIMALS.fullmatch(tokens.raw[j - 1].translate(_DIGITS)):
        return "دينار", None, j + 1  # `2,500 د`: the dinar abbreviated after its millimes (`د` alone is also `Dr.`)
    if lemma is None:
        return None, None, j
    code, end, lemma = _CURRENCIES[lemma], j + 1, _SINGULAR.get(lemma, lemma)
    if end < len(tokens.raw):
        # the adjective's stem, or the word whole (`كويتي`, `كندي`: the stem cuts their `ك` as a clitic), less the feminine's
        # `ة` or the accusative's alef (`دينارا أردنيا`)
        forms = [form.removesuffix(ending) for form in (tokens.stem[end], tokens.norm[end]) for ending in ("ه", "ا")]
        qualifier = next((form for form in forms if form in _QUALIFIED), forms[0])
        if qualifier in _QUALIFIED:
            code, end = _QUALIFIED[qualifier], end + 1
        elif qualifier in _ISSUES.get(lemma, {}):
            code, end = _ISSUES[lemma][qualifier], end + 1
    return lemma, code, end


def _currency(word: str) -> str | None:
    """The currency word `word` is, with a case ending or suffix (`دولارا`, `دينارات`); tried on the word before its stem,
    which takes `ل` for a clitic: `ليرة` is the lira, not `ل` + `يرة`."""
    return next((c for c in _CURRENCIES if word == c or (len(c) > 2 and c not in _WHOLE_ONLY and word.startswith(c)
                                                         and len(word) - len(c) <= 2)), None)


_WHOLE_ONLY = frozenset({"اورو"})  # `أورو` with no ending: `[أوروبا]`, `الأوروبي` begin with it


def _in_date(text: str, tokens: _Tokens, i: int, dated: list[tuple[int, int]]) -> bool:
    """A number that the date finder reads as part of a date counts nothing (`١٥ مارس`, `مارس ٢٠١٧`, `في 2019`,
    `الكويت - 22 - 11 (كونا)`), nor do two numbers one character apart (`3/2/2017`, a score `27-31`)."""
    if tokens.digits[i] is None:
        return False
    start = tokens.spans[i][0]
    return any(s <= start < e for s, e in dated) or _glued(text, tokens, i - 1, i) or _glued(text, tokens, i, i + 1)


def _is_year(text: str, tokens: _Tokens, i: int, unit: str | None) -> bool:
    """A bare four-digit number from 1900 to 2100 with no currency or percent and nothing it counts after it is a year,
    not an amount (`منذ 2004 والبلاد`), though only a year after a word of time is a date; `2074 قائمة` is an amount, not
    `العام الحالي 2018، مقارنة` (a comma between)."""
    if unit is not None or not tokens.raw[i].isdigit() or len(tokens.raw[i]) != 4 or _approximated(tokens, i):
        return False
    if (i + 2 < len(tokens.raw) and (tokens.digits[i + 2] or 0) >= (tokens.digits[i] or 0) and not _between(text, tokens, i + 2).strip()
            and _range_end(text, tokens, i + 1)[0] is not None):
        return False  # the first of a range whose second has a unit: `بين [2000] و3000 دولار` (not `اليمن 2015 إلى 4 مليارات`)
    counted = (i + 1 < len(tokens.raw) and counts(tokens.raw[i + 1], loose=True) and not _between(text, tokens, i).strip()
               and _word_value(_without_clitic(tokens.norm[i + 1])) is None  # not the next number: `في 1917 [واحدة] من`
               and not _speaking(tokens.norm[i + 1]))  # `كأس آسيا 2027 [مؤكدا] أن`: who speaks next
    return 1900 <= (tokens.digits[i] or 0) <= 2100 and not counted


def _between(text: str, tokens: _Tokens, i: int) -> str:
    """The text between token `i` and the next."""
    return text[tokens.spans[i][1] : tokens.spans[i + 1][0]] if i + 1 < len(tokens.spans) else ""


# What only a count comes after: `أكثر من [2000] دار نشر`, `نحو [2000] مهندس` (a masculine noun, which `counts` cannot tell
# from a verb); `أكثر من 2018` is no way to write a year.
_APPROXIMATORS = frozenset({"نحو", "حوالي", "قرابه", "زهاء", "اكثر من", "اقل من", "يقارب", "يناهز", "يزيد علي", "يربو علي"})


def _approximated(tokens: _Tokens, i: int) -> bool:
    return i >= 1 and (tokens.norm[i - 1] in _APPROXIMATORS or (i >= 2 and f"{tokens.norm[i - 2]} {tokens.norm[i - 1]}" in _APPROXIMATORS))


def _range_end(text: str, tokens: _Tokens, j: int) -> tuple[str | None, str | None, float]:
    """The unit and scale of the second number of a range, which the first shares: `بين 60 و70 دولارا`, `بين 3 و4
    ملايين دولار` (3 million), `من 5 إلى 7 سنوات`, `بين 3 - 5 سنوات`: (unit, ISO code, scale). The scale only where the
    first number is not ten times the second or more: `بين 500 و5 آلاف دينار` is 500 dinars to 5,000 (`222 و180 مليون يورو على
    التوالي`, a list, 222 million and 180 million)."""
    first = tokens.digits[j - 1]
    if j < len(tokens.raw) and tokens.digits[j] is not None and _between(text, tokens, j - 1).strip() in ("-", "–"):
        j -= 1  # the dash is no token: the second number follows the first
    elif j + 1 >= len(tokens.raw) or tokens.norm[j] not in ("و", "الي", "او", "حتي") or tokens.digits[j + 1] is None:
        return None, None, 1.0
    second = _number_at(tokens, j + 1)
    if second is None:
        return None, None, 1.0
    unit, code = _second_unit(tokens, second[1])
    if not tokens.digits[j + 1] or (first is not None and first >= 10 * tokens.digits[j + 1]):
        return unit, code, 1.0
    return unit, code, second[0] / tokens.digits[j + 1]


def _second_unit(tokens: _Tokens, j: int) -> tuple[str | None, str | None]:
    """The unit (currency or measure) and ISO code after a range's second number, ending at token `j`."""
    unit, code, end = _unit_at(tokens, j)
    if unit is None and end < len(tokens.raw) and (measure := _measure(tokens, end)):
        unit = measure[0]
    return unit, code


def _worded_range_end(tokens: _Tokens, j: int) -> tuple[str | None, str | None, float] | None:
    """The unit and scale of a range's second number in words, glued to its `و`, which the first shares: `بين خمسة
    [وسبعة مليارات جنيه]` → (جنيه, None, 1e9); None where the second has no scale."""
    if j >= len(tokens.raw) or not tokens.norm[j].startswith("و") or (worded := _word_value(tokens.norm[j][1:])) is None:
        return None
    bare = worded[1]
    if not bare:
        return None
    second = _number_at(tokens, j)
    if second is None or second[1] == j + 1:
        return None
    return *_second_unit(tokens, second[1]), second[0] / bare


def _decimal_comma(raw: str, value: float, code: str | None, unit: str | None) -> float:
    """`15,000 دينار` in Tunisian news is 15 dinars: the dinar has three decimals (millimes) and the Maghreb writes a decimal
    comma. A single comma before exactly three digits, with the dinar unqualified or Tunisian, is a decimal mark there;
    elsewhere (`15,000 دولار`) it separates thousands, as the tokeniser read it."""
    if unit == "دينار" and code in (None, "TND") and _THREE_DECIMALS.fullmatch(raw.translate(_DIGITS)):
        return value / 1000
    return value


def _object_word(norm: str, raw: str) -> bool:
    """The word after a number may be what it counts: not a particle, nor a preposition with its pronoun (`١٨ [منها]`;
    not `بي`, a letter's name as often: `إف بي آي`), nor a verb in the past plural (`58 [حضروا] الجلسة`)."""
    pronoun = len(norm) > 2 and PRONOUN_PREPOSITION.fullmatch(norm) and not raw.startswith("آ")  # `آلية` is no `إليه`
    return (len(norm) > 1 and norm not in _NOT_OBJECTS and not pronoun and not raw.startswith(("ال", "وال", "فال", "لل"))
            and not (len(norm) > 4 and norm.endswith("وا"))  # a counted noun is indefinite: `العمر 57 [الذي]`, `1 [والخير] 2`,
            # `المادة 24 [للمرسوم]` (of the decree)
            and not _speaking(norm)  # `كأس آسيا 2027 [مؤكدا] أن`: who speaks next, nothing counted
            and not _and_a_verb(norm)  # `فيما عارضه 9 [وامتنع] 5`: the next clause
            and _word_value(_without_clitic(norm)) is None)  # nor the next number: `بين خمسة [وتسعة] أمتار`


def _and_a_verb(norm: str) -> bool:
    """`و` and a word news writes often and hardly ever with the article, the whole never so: the next clause's verb
    (`وامتنع`, `وأضاف`, `وحتى`), where a noun counted that opens with `و` takes the article whole (`الوحدة`, `الولاية`,
    `الوسائل`)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module's package: here, not at the top

    if not norm.startswith("و") or len(norm) < 4 or norm.endswith("ه"):
        return False  # (a feminine noun: `550 مليون [وردة]`, roses, which news seldom writes with the article)
    counts = load_words().counts
    rest, whole = norm[1:], norm.removesuffix("ا")  # (the accusative's alef: `186 [ورشا]` is `الورش`'s)
    often, definite = counts.get(rest, 0), counts.get("ال" + rest, 0) + counts.get("ال" + whole, 0)
    return often >= _OFTEN and definite * _DEFINITE_SHARE < often


_OFTEN = 10  # times in the 9.1M tokens of ANT news the NER model's word table counts
_DEFINITE_SHARE = 20  # a word written with the article less than once in this many times is no noun


def _dated(tokens: _Tokens, k: int) -> bool:
    """Word `k` is a year's word before its year, no thing counted: `أكثر من 11 ألفا [سنة] 2010`."""
    return (tokens.norm[k] in ("سنه", "عام") and k + 1 < len(tokens.raw) and len(tokens.raw[k + 1]) == 4
            and tokens.digits[k + 1] is not None and 1900 <= tokens.digits[k + 1] <= 2100)


def _speaking(norm: str) -> bool:
    """A participle of saying in the accusative, which opens a report (`مؤكدا`, `مشيرا`), not a noun counted: `5366 مضيفة
    طيران` are flight attendants."""
    return norm.endswith("ا") and norm in SPEECH_PARTICIPLES


def _glued(text: str, tokens: _Tokens, a: int, b: int) -> bool:
    """Two numbers one character apart: `3/2/2017`, a score `27-31`, `3-صفر`; or a draw, the same number twice a dash apart
    (`1 - 1`, which no range is): no amounts. Not before a scale, which no score or date has."""
    if a < 0 or b >= len(tokens.raw):
        return False
    sides = [tokens.digits[k] is not None or tokens.norm[k] == "صفر" for k in (a, b)]
    gap = tokens.spans[b][0] - tokens.spans[a][1]
    if (gap == 1 and _between(text, tokens, a).strip() in ("-", "–") and b + 1 < len(tokens.raw)
            and (scale := tokens.value(b + 1, first=False)) is not None and scale[0] in ("scale", "dual")):
        return False  # a range before its scale, no score: `بين 150-200 مليون يورو` (`_range_end`)
    return all(sides) and (gap == 1 or (gap <= 3 and tokens.digits[a] is not None and tokens.digits[a] == tokens.digits[b]))


def find_amounts_in(text: str, tokenised: Tokenised | None = None, dates: list[FoundDate] | None = None) -> list[FoundAmount]:
    """Every amount in one sentence, numbers of dates aside (`١٥ مارس ٢٠١٧` counts nothing); `dates` are the
    sentence's, where the caller found them already (their spans do not depend on the publication day)."""
    tokenised = tokenised or tokenise(text)
    dated = [(d.start, d.end) for d in (find_dates_in(text, None, tokenised) if dates is None else dates)]
    tokens, found, i = _Tokens(unglue(text, tokenised), text), [], 0
    while i < len(tokens.raw):
        start = tokens.spans[i][0]
        maybe = tokens.digits[i] is not None or tokens.norm[i].lstrip("وبل")[:3] in _PREFIXES or _fraction_of_scale(tokens, i)
        hit = (None if not maybe or _in_date(text, tokens, i, dated) or _designation(text, tokens, i) or _list_number(text, tokens, i)
               or _match_number(text, tokens, i) else _number_at(tokens, i))
        if hit is None:
            i += 1
            continue
        value, j = hit
        if tokens.digits[i] is None and _word_value(tokens.norm[i]) is None and tokens.norm[i] not in _FRACTIONS:
            start += 1 + sum(1 for c in tokens.raw[i][1:3] if c in HARAKAT_CHARACTERS)  # `بثلاثة`: `ب` stays out
        unit, code, end = _unit_at(tokens, j)
        if unit is None and j == i + 1 and i and tokens.raw[i - 1].endswith("ال") and tokens.spans[i - 1][1] == start:
            i += 1
            continue  # a number glued to the article is mostly an ordinal (`الدورة ال29`, `مجموعة ال20`) unless money
            # or a scale follows (`ال750 مليون ليرة`, `ال80 ألف فرصة`)
        if unit is None and j == i + 1 and (_labelled(tokens, i, _RANKING_LABELS) or _gmt(tokens, j)):
            i += 1
            continue  # `الدقيقة 90 سجل`: the minute the goal came, no count of the word after it
        if j == i + 1 and _is_year(text, tokens, i, unit):
            i += 1
            continue
        if unit is None and tokens.digits[i] is None and i and tokens.norm[i - 1] in _YEAR_WORDS and 1900 <= value <= 2100:
            i = j
            continue  # `عام [ألفين وخمسة عشر]`: a year in words (as a broadcast's transcript writes it), no amount
        if j == i + 1 and tokens.digits[i] is not None:
            value = _decimal_comma(tokens.raw[i], value, code, unit)
        if unit is None and end < len(tokens.raw) and (measure := _measure(tokens, end)):
            unit, end = measure
            if unit == "متر" and tokens.norm[end - 1] == "م" and _year_ce(text, tokens, i, j):
                i += 1
                continue  # `سنة 1890م`: the year of the common era, no metres
        if unit is None and j == i + 1 and tokens.digits[i] is not None:
            unit, code, scale = _range_end(text, tokens, j)
            value = _decimal_comma(tokens.raw[i], value * scale, code, unit)  # `بين 24,500 و38,800 دينارا`: 24.5
        elif unit is None and j == i + 1 and i and tokens.norm[i - 1] in ("بين", "وبين") and (ranged := _worded_range_end(tokens, j)):
            unit, code, scale = ranged
            value *= scale  # `بين خمسة وسبعة مليارات جنيه`: five billion
        if unit is not None and unit != "%" and code is None and end < len(tokens.raw) and (half := _and_a_fraction(tokens, end)):
            value, end = value + half[0], half[1]  # `6 سنوات [ونصف السنة]` is 6.5 years
        obj = None
        if unit == "%" and end + 1 < len(tokens.raw) and tokens.norm[end] == "من":
            obj = tokens.raw[end + 1]  # `30% من الناخبين`: a share of the voters
        counted = (unit is None and end < len(tokens.raw) and not tokens.raw[end][0].isdigit()
                   and not text[tokens.spans[end - 1][1] : tokens.spans[end][0]].strip())  # `54 ملياراً[،] لتصبح`: none
        if counted and _object_word(tokens.norm[end], tokens.raw[end]) and not _dated(tokens, end):
            obj, end = tokens.raw[end], end + 1
        if unit is None and obj is None and j == i + 1 and _labelled(tokens, i):
            i += 1
            continue  # `الجولة 22`; but `في الدورة 300 عداء`: the round had 300 runners
        if unit is None and obj is None and j == i + 1 and (_of_an_era(tokens, j) or _alone_in_marks(text, start, tokens.spans[i][1])):
            i += 1
            continue  # `المتوفى 1790 للميلاد`: a year; `الرويلي "59"`: the minute of a goal, a label in marks
        found.append(FoundAmount(start, tokens.spans[end - 1][1], value, unit, code, obj))
        i = end
    return _compounded(text, found)


def _compounded(text: str, found: list[FoundAmount]) -> list[FoundAmount]:
    """An amount in two scales joined by `و` is one: `21 مليارا و265 مليون دولار` is 21,265 million dollars, `3 آلاف
    و500 شخص` 3,500 people, its unit and object the second part's. Only where the first is bare (no unit, object) and
    ends in a scale larger than the second."""
    out: list[FoundAmount] = []
    for amount in found:
        last = out[-1] if out else None
        scale = _joined_scale(text, last, amount) if last is not None else None
        if scale is None:
            out.append(amount)
            continue
        # `مليونا و221 ألفا`: a scale alone before `و` is one of it in the accusative, not the dual it looks like
        alone = scale in _DUALS and scale.endswith("ا") and scale[:-1] in _SCALES and " " not in text[last.start : last.end].strip()
        value = _SCALES[scale[:-1]] if alone else last.value
        out[-1] = FoundAmount(last.start, amount.end, value + amount.value, amount.unit, amount.currency, amount.object)
    return out


def _joined_scale(text: str, last: FoundAmount, amount: FoundAmount) -> str | None:
    """The scale `last` ends in, where `amount` is its smaller second part after `و` (`_compounded`); else None. Not a
    range's two ends (`بين مليون و500 ألف`)."""
    joint = text[last.end : amount.start].strip()
    if (last.unit is not None or last.currency is not None or last.object is not None or amount.value >= last.value
            or joint not in ("و", "") or not (joint == "و" or text[amount.start : amount.start + 1] == "و")):
        return None
    scale = _without_clitic(normalize_arabic(text[last.start : last.end].split()[-1]))
    if not (scale in _SCALES or scale[:-1] in _SCALES or scale in _DUALS):
        return None
    ranged = normalize_arabic(text[: last.start]).split()[-1:] in (["بين"], ["وبين"])
    return None if ranged else scale


def _designation(text: str, tokens: _Tokens, i: int) -> bool:
    """A number in a model's name: joined by a hyphen to the word before it (`إف-35`, `كوفيد-19`, `ميغ-29`), after a
    maker or series (`_DESIGNATIONS`: `بوينغ 707`, `فورمولا 3`), or before a model's suffix (`ميت 20 إكس`)."""
    if tokens.digits[i] is None:
        return False
    start = tokens.spans[i][0]
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalpha():
        return True
    return i > 0 and tokens.norm[i - 1] in _DESIGNATIONS or i + 1 < len(tokens.norm) and tokens.norm[i + 1] in _MODEL_SUFFIXES


def _list_number(text: str, tokens: _Tokens, i: int) -> bool:
    """A list's number opening its line: `2- إيما واتسون`, `5) الفهد`, `3. …`: an item's rank, no amount."""
    if i or tokens.digits[i] is None:
        return False
    after = text[tokens.spans[i][1] : tokens.spans[i][1] + 2]
    return after[:1] in ("-", ")", ".") and after[1:2] in (" ", "")


def _year_ce(text: str, tokens: _Tokens, i: int, j: int) -> bool:
    """A year written with `م` (ميلادي) after it, not metres: four digits after a word for the year or a date's `/`."""
    if j != i + 1 or not tokens.raw[i].isdigit() or not 1000 <= (tokens.digits[i] or 0) <= 2100:
        return False
    return text[: tokens.spans[i][0]].rstrip().endswith("/") or i > 0 and tokens.norm[i - 1] in _YEAR_WORDS


def _of_an_era(tokens: _Tokens, j: int) -> bool:
    """Word `j`, after a number, names its era: `1790 [للميلاد]`, `[قبل] الميلاد`, `1439 [هجرية]`: a year, no amount."""
    if j >= len(tokens.raw):
        return False
    return tokens.norm[j] in _ERAS or (tokens.norm[j] == "قبل" and j + 1 < len(tokens.raw) and tokens.norm[j + 1] == "الميلاد")


_ERAS = frozenset({"للميلاد", "ميلادي", "ميلاديه", "هجري", "هجريه", "للهجره"})


def _alone_in_marks(text: str, start: int, end: int) -> bool:
    """A bare number alone in marks (`عبدالمجيد الرويلي "59"`: the minute of his goal, as sports pages write it), a label."""
    return text[start - 1 : start] in '"«“' and text[end : end + 1] in '"»”' and start > 0


_YEAR_WORDS = frozenset({"سنه", "عام", "العام", "لعام", "بعام", "وعام", "منذ", "عامي", "سنتي"})


def _match_number(text: str, tokens: _Tokens, i: int) -> bool:
    """A score or a minute of a match report (`_FOOTBALL`), no amount: `فوزه المثير 3 - 2 على ضيفه` (two small numbers a
    spaced dash apart, nothing counted after them: not `بين 3 - 5 سنوات`, `15 - 20 شخصا`), `حارس المرمى دافيد سوريا (34)`
    (a bare number in brackets)."""
    if tokens.digits[i] is None and tokens.norm[i] != "صفر":
        return False
    start, end = tokens.spans[i]
    bracketed = (text[start - 1 : start] == "(" and text[end : end + 1] == ")" and tokens.raw[i].isdigit()
                 and (tokens.digits[i] or 0) <= 130)
    if bracketed and i + 1 < len(tokens.raw) and (_unit_at(tokens, i + 1)[0] is not None or _measure(tokens, i + 1)):
        bracketed = False  # `(7) ساعات`: a count after all
    if not (bracketed or _score(text, tokens, i) or i and _score(text, tokens, i - 1)):
        return False
    return not (_FOOTBALL.isdisjoint(tokens.norm) and _FOOTBALL.isdisjoint(norm[1:] for norm in tokens.norm if norm[:1] in "وفبل"))


def _score(text: str, tokens: _Tokens, i: int) -> bool:
    """Tokens `i` and `i + 1` read as a score: small whole numbers (or `صفر`) a spaced dash apart, nothing counted after."""
    if i + 1 >= len(tokens.raw) or not all(tokens.digits[k] is not None or tokens.norm[k] == "صفر" for k in (i, i + 1)):
        return False  # (`صفر - 3`: nil)
    if _between(text, tokens, i).strip() not in ("-", "–") or " " not in _between(text, tokens, i):
        return False
    if not all(tokens.norm[k] == "صفر" or tokens.raw[k].isdigit() and (tokens.digits[k] or 0) <= 20 for k in (i, i + 1)):
        return False
    k = i + 2
    if k >= len(tokens.raw) or tokens.norm[k] in ("يوم", "اليوم"):
        return True  # `2 - 1 يوم السبت`: when it was played
    return not _object_word(tokens.norm[k], tokens.raw[k]) and _unit_at(tokens, k)[0] is None and not _measure(tokens, k)


# Words of a match report (normalised, without `و`, `ف`, `ب`, `ل`): `سجل`, `هدف`, `الشوط`, `مرمى`, `فوزه`.
_FOOTBALL = frozenset({"سجل", "هدف", "اهداف", "هدفا", "هدفين", "الشوط", "مرمي", "مرماه", "ركله", "الدقيقه", "فاز", "فوز",
                       "فوزه", "فوزا", "الفوز", "تعادل", "خسر", "تغلب", "هزيمه", "الهزيمه", "المباراه", "مباراه", "نتيجه"})


def _gmt(tokens: _Tokens, j: int) -> bool:
    """A clock time the wires give in GMT after it: `(06,00 ت غ)`, AFP's Arabic `توقيت غرينتش`, abbreviated."""
    return j + 1 < len(tokens.norm) and tokens.norm[j] == "ت" and tokens.norm[j + 1] == "غ"


@functools.cache
def _with_duals(labels: frozenset[str]) -> frozenset[str]:
    """Labels and the duals of those ending in `ة` (normalised `ه`): `دقيقه`, `دقيقتين`, `دقيقتان`."""
    return labels | frozenset(label[:-1] + ending for label in labels if label.endswith("ه") for ending in ("تين", "تان"))


def _labelled(tokens: _Tokens, i: int, labels: frozenset[str] = _LABELS) -> bool:
    """A number right after a definite noun it labels counts nothing: `الجولة 22`, `وفق الفصل 80 من الدستور`."""
    if i == 0 or tokens.digits[i] is None:
        return False
    word = tokens.norm[i - 1]
    if word in ("رقم", "برقم", "ورقم") and "رقم" in labels:
        return True  # `قرار مجلس الأمن رقم 1373`: a number, with or without the article
    if i >= 2 and word in _LINE_KINDS and tokens.norm[i - 2] in ("الرقم", "بالرقم", "والرقم", "الخط", "بالخط"):
        return True  # a telephone line: `الرقم الأخضر 80101919`, `الرقم الموحد 199099`, `الخط الساخن 184`
    if word == "و" and i >= 2 and tokens.spans[i - 1][0] - tokens.spans[i - 2][1] <= 1 and _labelled(tokens, i - 2, labels):
        return True  # `الدقيقتين 35 [و71]`: the second of two labelled (not past a comma: `المركز 18، و8 عن`)
    for clitic in ("", "و", "ف", "ب", "ل", "وب", "ول"):
        if word.startswith(clitic + "ال") and word[len(clitic) + 2 :] in _with_duals(labels):
            return True
    return word.startswith("لل") and word[2:] in labels
