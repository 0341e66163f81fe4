"""One sentence's entities and quotes: gazetteer places and organisations, organisations by head
noun, people by role, by given name and as speakers, direct and indirect quotes with their speakers.

Offline and rule-based, one pass over each sentence's words. Precision over recall: a person's
name is only taken where the sentence's shape vouches for it (a role phrase, a given name, a
speech verb). Offsets are within the sentence; `akhbar.tasks.extract` makes them document offsets.
"""

from __future__ import annotations

import csv
import gettext
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import pycountry

from akhbar.tasks.extract_canonical import canonical_key, place_key, word_key
from akhbar.tasks.extract_text import fold

_DATA = Path(__file__).parent / "data"

# Harakat, Quranic marks, superscript alef and tatweel: they never change which word it is.
_MARK_RANGES = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_MARKS = "".join(map(chr, [*range(0x610, 0x61B), *range(0x64B, 0x660), 0x670, *range(0x6D6, 0x6EE), 0x640]))
_LETTERS = "\u0621-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06fa-\u06ff"
_WORD = re.compile(f"[{_LETTERS}][{_LETTERS}{_MARK_RANGES}]*")
_WORD_AND_GAP = re.compile(f"({_WORD.pattern})([^{_LETTERS}]*)")
_HAS_MARK = re.compile(f"[{_MARK_RANGES}]")
_QUOTE = re.compile(r'"[^"\n]+"|«[^»\n]+»|“[^”\n]+”')
# Latin words and numbers between Arabic words are no punctuation: `لمحطة KSWB-TV التلفزيونية`, `27-31`.
_LATIN = re.compile(r"[A-Za-z0-9\u0660-\u0669](?:[A-Za-z0-9\u0660-\u0669٪%]|[-/.,'](?=[A-Za-z0-9\u0660-\u0669]))*")
# A name in Latin letters right after a head: `محطة KSWB-TV`, `شركة OpenAI`.
_LATIN_NAME = re.compile(r"\s*([A-Z][A-Za-z0-9&.\-]*(?:\s+[A-Z][A-Za-z0-9&.\-]*){0,3})")
# Punctuation that does not end a clause: `(يونيسف) أن`, `ل«الشرق الأوسط» إنهم`, `، أن`.
_SOFT_PUNCTUATION = "،,()«»“”\"'-–— "
_ALIAS = re.compile(r"\s*\(\s*([^()\s][^()\n]{0,25}?)\s*\)")
_MARK_CHARACTERS = ('"', "«", "“")
_OPENING = re.compile(r'["«“](?=\s*\w)')  # an opening mark: a word follows it
# `أل…` is a word's own letters (`ألكسندر`); only a bare `ال` (after و ف ب ك ل), or `لل`, is the article.
_DEFINITE = re.compile("^[وف]?[بكل]?ال|^[وف]?لل")

_ROLES = {"مبعوث", "رئيس", "وزير", "متحدث", "ناطق", "ممثل", "مندوب", "سفير", "امين", "نائب", "مستشار"}
_ROLES |= {"زعيم", "قائد", "ملك", "امير", "مدير", "منسق", "لاعب", "مدرب", "شيخ", "حاكم", "محافظ", "عمده"}
_ROLES |= {"جنرال", "عقيد", "لواء", "عميد", "رائد", "دكتور", "سيناتور", "مرشح", "قاضي", "مدعي", "بابا", "امام"}
_ROLES |= {"مفتي", "نجم", "مهاجم", "مدافع", "حارس", "قائد", "رئيسه", "سيد", "سيده", "زميل", "كاتب", "صحفي"}
_ROLES |= {"فنان", "مغني", "مخرج", "عضو", "نائبه", "بطل", "باحث", "استاذ", "بروفيسور", "مشتبه", "متهم"}
# Titles that may stand right before a one-word name: `الرئيس ترامب`, `المستشارة ميركل`.
_TITLES = {"رئيس", "ملك", "امير", "شيخ", "سيناتور", "جنرال", "دكتور", "مستشار", "مستشاره", "سيد", "سيده"}
_TITLES |= {"لاعب", "مدرب", "نجم", "مهاجم", "وزير", "وزيره", "رئيسه", "بابا", "امام"}
_ROLES |= {role + "ه" for role in _ROLES}  # feminine: `الوزيرة`, `المتحدثة`
_SPOKESMEN = {"متحدث", "متحدثه", "ناطق", "ناطقه"}  # `أسامة أبو زيد المتحدث باسم …`: the name comes first
_TAIL_PREPOSITIONS = {"الي", "في", "لدي", "باسم", "لشؤون", "عن"}  # `المبعوث الأممي إلى سوريا`
_TAIL_PRONOUNS = {"به", "بها", "بهم", "فيه", "فيها", "عليه", "عليها"}  # `المشتبه به دايتون سيمبسون`
_PARTICLES = {"دي", "دا", "دو", "ديل", "فان", "فون", "ابو", "ابي", "ابا", "بن", "ابن", "بنت", "عبد", "ال", "ولد"}
# `قال … إن …`, `أكد أنه …`: what follows is what was said (a pronoun may hang on the particle).
_COMPLEMENTIZERS = {p + "ان" + s for p in ("", "ب") for s in ("", "ه", "ها", "هم", "هما", "نا", "ني", "ي", "كم")}
_COMPLEMENTIZERS |= {"انني", "اننا", "قوله", "قولها", "قولهم", "قولهما"}
_SPEECH_VERBS = ["قال", "ذكر", "اكد", "اضاف", "اعلن", "صرح", "اوضح", "تابع", "شدد", "اشار", "افاد", "اعتبر"]
_SPEECH_VERBS += ["لفت", "كشف", "اردف", "حذر", "نقل", "اخبر", "غرد", "كتب", "زعم", "ادعي", "نفي"]
_SPEECH_VERBS += ["اعترف", "اوضحت", "بين", "اكدت", "قالوا", "اكدوا", "اضافوا", "ذكروا"]
_VERB_FORMS = {c + v + t for c in ("", "و", "ف") for v in _SPEECH_VERBS for t in ("", "ت")}  # `وأكدت`
_VERB_FORMS |= {c + v for c in ("", "و", "ف") for v in ("يقول", "تقول", "يضيف", "تضيف", "يؤكد", "تؤكد")}
_VERB_FORMS |= {c + v for c in ("", "و", "ف") for v in ("يقولون", "يري", "تري", "يشير", "تشير", "يعتقد", "تعتقد")}
# Participles and verbs that report too: `قائلة إنه`, `ووصف الخطوة بأنها`, `وعلّق`.
_VERB_FORMS |= {c + v for c in ("", "و", "ف") for v in ("قائلا", "قائله", "قائلين", "وصف", "وصفت", "علق", "علقت")}
# `…، مشيرة إلى أن …`, `مؤكدا أن …`: a participle opens a new report by the same speaker.
_VERB_FORMS |= {p + s for p in ("مشير", "مؤكد", "مضيف", "موضح", "معتبر", "لافت") for s in ("ا", "ه", "ين")}
_VERB_FORMS -= {"بين", "وبين", "فبين", "راي", "وراي", "يري"}  # `بين` is mostly `between`, `رأي` `opinion`
# `وفقا لما ذكره دان بينيت`: a speech verb with its object pronoun, before a name.
_REPORTED = {v + s for v in _SPEECH_VERBS for s in ("ه", "ته", "ها", "تها")}
# `… سيمز وهو لاعب`: the pronoun of an apposition between a name and its role.
_HE_IS = {"وهو", "وهي", "هو", "هي"}
# First halves of given names in `… الدين`: `نور الدين`, `صلاح الدين`, `عز الدين`.
_DIN_NAMES = {"نور", "عز", "صلاح", "علاء", "سيف", "جمال", "بدر", "شمس", "محي", "تاج", "خير", "فخر", "ضياء", "عماد", "بهاء"}
# Spellings of function words that normalise to a name: `على` (on) is not `علي`.
_FUNCTION_SPELLINGS = {"على", "إلى", "الى", "لدى"}
# Where a reported clause stops and the narrator goes on: `…، وفقا لما ذكرته …`, `…، حسبما قال …`.
_NARRATOR = {"وفقا", "وفق", "حسبما", "بحسب", "حسب", "طبقا", "نقلا"}
# `…، مطالبا الاتحاد بمراجعة …`: a participle of the narrator's after the reported clause.
_NARRATOR |= {p + e for p in ("مطالب", "داعي", "معرب", "متوقع", "محذر", "منتقد", "مستنكر") for e in ("ا", "ه", "ين")}
# `عدم كشف اسمه`, `بعد إعلان …`: the verb's letters as a noun, after these, report nothing.
_NOUN_BEFORE = {"عدم", "بعد", "قبل", "دون", "اثر", "عقب", "حين"}
# `وكانت هيئة السوق قد أعلنت أن …`: the subject between `كان` and `قد`.
_KANA = {c + v for c in ("", "و", "ف") for v in ("كان", "كانت")}
_RELATIVES = {"الذي", "التي", "والذي", "والتي", "الذين"}
# `…، وطالبت بوقف …`: after a comma, a new verb of the narrator's ends the reported clause.
_NARRATOR_VERBS = {c + v for c in ("و", "ف") for v in ("طالب", "طالبت", "دعا", "دعت", "اعلن", "اعلنت", "قال", "قالت")}
# Words that end a speaker phrase: pronouns, relatives, time words (`محطة … وهي تابعة`, `الذي`).
_NOT_IN_PHRASE = {"هو", "هي", "هم", "وهو", "وهي", "وهم", "قد", "كان", "اليوم", "امس", "الذي", "التي", "الذين"}
# Organisations by their head noun, followed by a definite name: `وزارة الخارجية`, `حزب العدالة والتنمية`.
_ORG_HEADS = {"وزاره", "حزب", "حركه", "جامعه", "مجلس", "منظمه", "هيئه", "بنك", "مصرف", "محكمه", "اتحاد"}
_ORG_HEADS |= {"جبهه", "مستشفي", "معهد", "جمعيه", "مؤسسه", "شركه", "نادي", "برلمان", "مكتب", "اداره", "مركز", "شرطه"}
_ORG_HEADS |= {"دائره", "نيابه", "لجنه", "مجموعه", "مفوضيه", "صندوق", "بورصه", "سلطه", "غرفه", "نقابه"}
# Heads that name an organisation only with the place they serve: `سوق دبي المالي`, not `سوق النفط`.
_PLACE_ORG_HEADS = {"سوق", "مطار"}
# Teams are named without their head, even by a definite name: `فريق الوداد` → `الوداد`.
_TEAM_HEADS = {"فريق", "نادي", "منتخب"}
# `مجلس المدينة`, `مجلس الإدارة`: a body of any town or company, not one organisation.
_GENERIC_COMPLEMENTS = {"المدينه", "الاداره", "البلديه", "الامناء", "العمل", "الطيران", "التحرير", "التحقيق", "الشرطه"}
# Definite heads named by their adjectives: `الحزب الجمهوري`, `المحكمة العليا`, `المجلس العسكري`.
_DEFINITE_HEADS = {"الحزب", "المحكمه", "المجلس", "البنك", "البرلمان", "الكونغرس", "الكونجرس", "الاتحاد"}
# Heads of many bodies in one country, named only by an adjective of kind first: `اللجنة الانتخابية`,
# `المعهد الوطني للإحصاء`; `الشركة الأمريكية` (the American company) names none.
_KIND_HEADS = {"اللجنه", "الجبهه", "الشركه", "المعهد", "السوق", "الهيئه", "المنظمه", "الوكاله", "المركز", "المفوضيه"}
_GENERIC_ADJECTIVES = {"الحالي", "السابق", "الماضي", "المقبل", "الجديد", "الكبير", "الحاكم", "الاول", "الثاني", "الذي", "التي"}
# Generic heads whose name follows as a proper noun, the head left out: `فريق ليكرز` → `ليكرز`.
_TYPE_HEADS = {"فريق", "نادي", "شركه", "صحيفه", "مجله", "قناه", "وكاله", "محطه", "موقع", "منتخب"}
_HEADS = frozenset(_ORG_HEADS | _TYPE_HEADS | _PLACE_ORG_HEADS)
# Between an organisation's head and the place it serves: `إدارة شرطة باتون روج`, `شرطة ولاية لويزيانا`.
_SERVICE_WORDS = {"شرطه", "ولايه", "مدينه", "مقاطعه", "بلديه", "جامعه", "محافظه"}
# A kind of place before its name, the word left out: `مدينة بالو` → `بالو`, `ولاية أيوا` → `أيوا`.
_PLACE_HEADS = {"مدينه", "ولايه", "مقاطعه", "بلده", "قريه", "اقليم", "محافظه", "ضاحيه", "بلديه", "مخيم", "منطقه", "حي"}
# … and kinds that belong to the name: `شاطئ بيكون`, `جزيرة بالي`, `جبل طارق`.
_NAMED_PLACE_HEADS = {"شاطئ", "جزيره", "نهر", "جبل", "بحيره", "وادي", "ملعب", "استاد", "مطار", "منجم", "ميناء"}
# Directions after a place: `إقليم أنتوفاغاستا شمالي تشيلي`.
_DIRECTIONS = {"شمالي", "جنوبي", "شرقي", "غربي", "شمال", "جنوب", "شرق", "غرب", "وسط"}
# Latin letters as Arabic spells them: `سي بي أس`, `دبليو إس إم في`, `إف بي آي` are acronyms.
_LETTER_NAMES = {"اي", "ايه", "بي", "سي", "دي", "اف", "جي", "اتش", "اش", "جاي", "كي", "ال", "ام", "ان", "او", "كيو"}
_LETTER_NAMES |= {"ار", "اس", "تي", "يو", "في", "دبليو", "اكس", "واي", "زد", "زي", "اي", "ان", "ايه", "بي"}
# … of which these are also common words (`في`, `أن`, `أو`, `أي`, `أم`, `دي`): an acronym needs another letter.
_WORDLIKE_LETTERS = {"في", "ان", "او", "اي", "ام", "دي", "ال", "اف"}
# Verbs whose subject follows them as a name: `وقال تشاد هاميل لمحطة …`, `أعلن لوك والتون مدرب …`.
_SAYING = {c + v + t for c in ("", "و", "ف") for v in ("قال", "اضاف", "اكد", "ذكر", "اوضح", "صرح", "تابع", "اعلن")
           for t in ("", "ت")}
_SAYING |= {c + v + t for c in ("", "و", "ف") for v in ("اعترف", "غرد", "كتب", "علق", "اخبر", "شدد", "لفت", "وصف") for t in ("", "ت")}
# Same letters, other words: `مالي` (financial/Mali), `بنين` (sons/Benin), `عمان` (Oman/Amman),
# `صربية` (Serbian, feminine). Their unambiguous forms (`جمهورية مالي`, `سلطنة عمان`) stay.
_AMBIGUOUS = {"مالي", "بنين", "عمان", "صربيه"}
# `معارضة سورية` (a Syrian opposition) spells the country `سورية`: only after a preposition.
_AFTER_PREPOSITION_ONLY = {"سوريه"}
_PREPOSITIONS = {"في", "الي", "من", "عن", "علي", "حول", "داخل", "مع", "بين", "ان", "تجاه", "ضد"}
_PREPOSITIONS |= {"شمال", "جنوب", "شرق", "غرب", "وسط"}
# Where a speaker phrase stops: `مصدر مطلع [لرويترز]`, `الوزير [في] بيان`, `محطة … [وهي] تابعة`.
_PHRASE_ENDS = frozenset(_PREPOSITIONS | _COMPLEMENTIZERS | _NARRATOR | _NOT_IN_PHRASE | {"خلال", "امام", "عبر"})


def normalize_arabic(text: str) -> str:
    """Orthographic key: no diacritics or tatweel, one alef, `ة`→`ه`, `ى`→`ي`: `أَسْتانةـ` → `استانه`."""
    return " ".join(fold(_HAS_MARK.sub("", text)).split())


def clitic_readings(norm: str) -> list[tuple[int, str]]:
    """Ways to read a normalised word as clitics + stem: `وبسوريا` → `وبسوريا`, `بسوريا`, `سوريا`.

    Each reading is (letters stripped, stem). `للأمم` is ل + الأمم with the article's alef elided,
    so it also reads as (1, `الامم`): the name starts at its second letter.
    """
    readings = [(0, norm)]
    for conj in ("", "و", "ف"):
        if not norm.startswith(conj):
            continue
        rest = norm[len(conj) :]
        if conj and len(rest) >= 2:
            readings.append((len(conj), rest))
        if rest[:1] in ("ب", "ل", "ك") and len(rest) >= 4:
            readings.append((len(conj) + 1, rest[1:]))
        if rest.startswith("لل") and len(rest) >= 4:
            readings.append((len(conj) + 1, "ال" + rest[2:]))
    return readings


class Place(NamedTuple):
    label: str
    country_code: str | None
    kind: str  # country, capital, city, state, region, organisation, … (`data/places_ar.tsv`)


class Gazetteer(NamedTuple):
    places: dict[str, Place]  # normalised name → what it is
    first_words: frozenset[str]  # first word of every name, to pass over most words at once
    max_words: int
    prefixes: frozenset[str]  # every name's first 1, 2, … words: a longer match is only tried where one may be

    def canonical(self, name: str) -> str:
        """Drop a leading `ال`/`و` where the rest is the same known entity: `الناتو` → `ناتو`."""
        for clitic in ("ال", "و"):
            if name.startswith(clitic) and name[len(clitic) :] in self.places:
                return name[len(clitic) :]
        return name


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """pycountry's Arabic country names, overridden by the curated `data/places_ar.tsv`."""
    places: dict[str, Place] = {}
    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        for english in {country.name, getattr(country, "official_name", country.name)}:
            name = arabic.gettext(english)
            # `إيران، الجمهورية…` and `المجر (هنغاريا)` are catalogue forms; untranslated ones stay English.
            if name != english and not re.search(r"[،,()\-A-Za-z]", name):
                places[normalize_arabic(name)] = Place("LOC", country.alpha_2, "country")
    with (_DATA / "places_ar.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            places[normalize_arabic(row["arabic_name"])] = Place(row["label"], row["country_code"] or None, row["kind"])
    places = {name: place for name, place in places.items() if name not in _AMBIGUOUS}
    first_words = frozenset(name.split(" ")[0] for name in places)
    prefixes = frozenset(" ".join(name.split(" ")[:n]) for name in places for n in range(1, name.count(" ") + 2))
    return Gazetteer(places, first_words, max(name.count(" ") + 1 for name in places), prefixes)


# Prepositions that normalise to a name (`على` → `علي`, Ali); a name found once is not repeated on them.
_PREPOSITIONS_LIKE_NAMES = frozenset({"على", "علی", "إلى", "الى", "حتى", "لدى", "متى"})


@lru_cache(maxsize=1)
def _not_names() -> frozenset[str]:
    """Words never part of a person's name: `data/not_names_ar.txt`, role words, one-word places."""
    lines = (_DATA / "not_names_ar.txt").read_text(encoding="utf-8").splitlines()
    listed = {normalize_arabic(line) for line in lines if line.strip() and not line.startswith("#")}
    heads = _HEADS | _SERVICE_WORDS | _PLACE_HEADS | _NAMED_PLACE_HEADS  # `وزارة`, `شرطة`, `مدينة` name no one
    return frozenset(listed | _ROLES | heads | {name for name in load_gazetteer().places if " " not in name})


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """Given names (`data/given_names_ar.txt`), normalised: a word here may start a person's name."""
    lines = (_DATA / "given_names_ar.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_arabic(line) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def _nationalities() -> frozenset[str]:
    """Nationality adjectives derived from one-word country names: `سوريا` → `السوري`, `السورية`, `سوريون`.

    They follow names but are never part of one (`بشار الجعفري` yes, `لافروف الروسي` no).
    """
    stems = {"امريك", "اميرك", "اوروب", "اورب", "عرب", "غرب", "دول", "امم", "اسرائيل", "فلسطين", "خليج"}
    stems |= {"افريق", "اسيو", "اسكتلند", "انجليز", "بريطان", "كور", "سعود", "امارات", "اردن", "كرد"}
    for name, place in load_gazetteer().places.items():
        if place.kind == "country" and " " not in name:  # not cities: `البغدادي`, `الحلي` are surnames
            name = name.removeprefix("ال")
            stems.add(re.sub("(يا|ا|ه)$", "", name))
    endings = ("ي", "يه", "يون", "يين", "يان", "يتان")
    return frozenset(a + stem + e for stem in stems if len(stem) > 1 for a in ("", "ال") for e in endings)


# What a word may start, worked out once per spelling (`_forms`), so each finder visits only its words.
K_ROLE, K_GIVEN, K_SAYING, K_LETTER, K_PLACE_HEAD, K_LOCATIVE, K_TYPE_HEAD, K_HEAD, K_DEFINITE_HEAD, K_VERB, K_PLACE = (1 << n for n in range(11))
_LOCATIVES = {"في", "من", "الي", "قرب"}


@lru_cache(maxsize=1)
def _triggers() -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Word → K_* bits, for whole words, any reading (clitics stripped) and any stem (article too)."""
    whole: dict[str, int] = {}
    reading: dict[str, int] = {}
    stem: dict[str, int] = {}
    for table, words, kind in (
        (whole, _SAYING, K_SAYING), (whole, _VERB_FORMS, K_VERB), (whole, _DIN_NAMES, K_GIVEN), (whole, _LOCATIVES, K_LOCATIVE),
        (reading, _LETTER_NAMES, K_LETTER), (reading, _DEFINITE_HEADS | _KIND_HEADS, K_DEFINITE_HEAD),
        (stem, _ROLES, K_ROLE), (stem, _given_names(), K_GIVEN), (stem, _PLACE_HEADS | _NAMED_PLACE_HEADS, K_PLACE_HEAD),
        (stem, _TYPE_HEADS, K_TYPE_HEAD), (stem, _HEADS, K_HEAD),
    ):
        for word in words:
            table[word] = table.get(word, 0) | kind
    return whole, reading, stem


def _kinds(norm: str, readings: list[tuple[int, str]], stems: set[str]) -> int:
    """The finders a word triggers, as bits: `الرئيس` → K_ROLE, `وقال` → K_SAYING, `لشركة` → K_HEAD | K_TYPE_HEAD."""
    whole, reading, stem = _triggers()
    kinds = whole.get(norm, 0)
    for _, form in readings:
        kinds |= reading.get(form, 0)
    for form in stems:
        kinds |= stem.get(form, 0)
    return kinds


@dataclass(slots=True)
class _Word:
    start: int  # offsets within the sentence
    end: int
    raw: str
    skel: str  # without marks, hamza forms kept
    norm: str
    readings: tuple[tuple[int, str], ...]
    stems: frozenset[str]  # readings, with and without the article
    starts_place: bool  # a reading is the first word of a gazetteer name
    kinds: int  # K_* bits: the finders this word triggers
    breaks: bool  # punctuation (or the sentence end) follows
    comma: bool  # `،` follows
    stop: bool  # a full stop, colon or the like follows: not a comma, bracket or quotation mark


@lru_cache(maxsize=1 << 16)
def _forms(raw: str) -> tuple[str, str, tuple[tuple[int, str], ...], frozenset[str], bool, int]:
    """skel, norm, clitic readings and stems of a word; cached, as news reuses a small vocabulary."""
    skel = _HAS_MARK.sub("", raw)
    norm = fold(skel)
    readings = clitic_readings(norm)
    stems = {stem for _, stem in readings}
    stems |= {stem[2:] for stem in stems if stem.startswith("ال") and len(stem) > 4}
    # Most words start no place name: `_find_places` passes over them on this flag alone.
    starts_place = any(stem in load_gazetteer().first_words for _, stem in readings)
    return skel, norm, tuple(readings), frozenset(stems), starts_place, _kinds(norm, readings, stems) | K_PLACE * starts_place


@lru_cache(maxsize=1 << 12)
def _gap(gap: str) -> tuple[bool, bool, bool]:
    """What the text between two words says: (breaks, comma, stop); cached, as most gaps are one space."""
    punctuation = _LATIN.sub("", gap).strip()
    return bool(punctuation), punctuation[:1] in ("،", ","), bool(punctuation.strip(_SOFT_PUNCTUATION))


@lru_cache(maxsize=1 << 16)
def _surname_keys(norm: str) -> frozenset[str]:
    """Keys of a word's clitic readings, to meet a surname: `والجعفري` → {`ال جعفر`, …}.

    `ال` is kept apart: `الجعفري` may stand for `بشار الجعفري`, but `الشرطة` is not `شرطة`.
    """
    return frozenset(("ال " if stem.startswith("ال") else "") + word_key(stem) for _, stem in clitic_readings(norm))


@dataclass(frozen=True, slots=True)
class Found:
    start: int  # offsets within the sentence
    end: int
    label: str
    canonical: str
    source: str
    country_code: str | None
    anchor: int  # word where its evidence starts (role word, name, place), for finding speakers


@dataclass(frozen=True, slots=True)
class _Quote:
    start: int
    end: int
    verb: str
    speaker: Found | None
    kind: str = "direct"


class Sentence:
    """One sentence's words and what they name."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.words: list[_Word] = []
        first = _WORD.search(text)
        position = first.start() if first else len(text)
        # Each word runs into its gap up to the next word, so offsets add up (faster than match objects).
        for raw, gap in _WORD_AND_GAP.findall(text, position):
            end = position + len(raw)
            self.words.append(_Word(position, end, raw, *_forms(raw), *_gap(gap)))
            position = end + len(gap)
        if self.words:
            self.words[-1].breaks = self.words[-1].stop = True
        self._marked = [(i, w.kinds) for i, w in enumerate(self.words) if w.kinds]
        self.in_place: set[int] = set()  # words inside a place or organisation name
        self.places = self._find_places(load_gazetteer())
        self.places += self._find_orgs()
        self.places += self._find_definite_orgs()
        self.places += self._find_acronyms()
        self.places += self._find_typed_places()
        self.places += self._find_aliases()
        people = without_overlaps(self._find_people() + self._find_named() + self._find_subjects() + self._find_appositions())
        found = sorted(self.places + people, key=lambda e: (e.anchor, e.start))
        self.quotes = self._find_quotes(found)
        indirect = self._find_indirect(found, self.quotes)
        # Marks around a fragment of reported speech belong to the indirect quote: `أن الاقتصاد «قادر …»`.
        self.quotes = [q for q in self.quotes if not any(r.start < q.start - 1 and q.end <= r.end for r in indirect)]
        self.quotes += indirect
        speakers = [q.speaker for q in self.quotes if q.speaker and q.speaker.label != "PHRASE"]
        self.entities = without_overlaps(self.places + people + speakers)

    def _where(self, kind: int) -> list[int]:
        """Indices of the words that trigger `kind` (K_* bits)."""
        return [i for i, kinds in self._marked if kinds & kind]

    def _find_places(self, gazetteer: Gazetteer) -> list[Found]:
        """Gazetteer names, longest first, clitics outside the span: `وروسيا` → `روسيا`."""
        found, after = [], 0
        for i in self._where(K_PLACE):
            hit = self._place_at(i, gazetteer) if i >= after else None
            if hit:
                found.append(hit[0])
                self.in_place.update(range(i, i + hit[1]))
                after = i + hit[1]
        return found

    def _place_at(self, i: int, gazetteer: Gazetteer) -> tuple[Found, int] | None:
        """The longest gazetteer name starting at word `i`, and how many words it takes."""
        words = self.words
        firsts = [(stripped, first) for stripped, first in words[i].readings if first in gazetteer.first_words]
        if not firsts:
            return None
        # Each reading's names, longest first; names never cross punctuation.
        candidates = []
        for stripped, first in firsts:
            name, n = first, 1
            while True:
                if name in gazetteer.places:
                    candidates.append((n, stripped, name))
                if i + n >= len(words) or words[i + n - 1].breaks or n >= gazetteer.max_words:
                    break
                name, n = name + " " + words[i + n].norm, n + 1
                if name not in gazetteer.prefixes:
                    break
        for n, stripped, name in sorted(candidates, key=lambda c: -c[0]):
            if name in _AFTER_PREPOSITION_ONLY and not self._after_preposition(i, stripped):
                continue
            label, country_code, _ = gazetteer.places[name]
            start = words[i].start + _skip_letters(words[i].raw, stripped)
            canonical = place_key(gazetteer.canonical(name), country_code if label == "LOC" else None)
            return Found(start, words[i + n - 1].end, label, canonical, "gazetteer", country_code, i), n
        return None

    def _after_preposition(self, i: int, stripped: int) -> bool:
        """`في سورية`, `بسورية`, `، سورية` are the country; `معارضة سورية` is an adjective."""
        if any(c in "بلك" for c in self.words[i].norm[:stripped]):
            return True
        return i == 0 or self.words[i - 1].breaks or not self.words[i - 1].stems.isdisjoint(_PREPOSITIONS)

    def _name_word(self, i: int, first: bool) -> bool:
        """Could word `i` be part of a person's name? Later words may carry the article: `بشار الجعفري`."""
        word = self.words[i]
        if i in self.in_place or word.norm in _VERB_FORMS or not word.stems.isdisjoint(_not_names()) or len(word.norm) > 12:
            return False  # (a word that long is two glued together: `لولايةماساتشوستس`)
        if not _DEFINITE.match(word.skel):
            return True
        return not first and (word.skel.startswith("ال") or _own_letters(word))

    def _name_after(self, n: int, min_words: int = 2) -> int | None:
        """End of a name starting at word `n`: `بشار الجعفري`, `ستفان دي ميستورا`, `أسامة أبو زيد`.

        Up to three plain words, then `دي`/`أبو`/`بن` + word pairs, then one `ال` surname. Without a
        particle or surname to vouch for its end, the name must be followed by punctuation or a
        non-name word: `رجب طيب أردوغان` cut to `رجب طيب` is worse than nothing.
        """
        words, i, sure = self.words, n, False

        def more() -> bool:
            return i < len(words) and (i == n or not words[i - 1].breaks)

        while more() and i < n + 3 and words[i].norm not in _PARTICLES and self._name_word(i, i == n):
            if i > n and words[i].skel.startswith("ال"):
                break
            i += 1
        while more() and i + 1 < len(words) and words[i].norm in _PARTICLES and not words[i].breaks:
            if not self._name_word(i + 1, False):
                break
            i, sure = i + 2, True
        if i > n and more() and words[i].skel.startswith("ال") and self._name_word(i, False):
            i, sure = i + 1, True
        if i - n < min_words:
            return None
        return i if sure or words[i - 1].breaks or not self._name_word(i, True) else None

    def _name_before(self, i: int) -> int | None:
        """Start of the name right before word `i`: `وقال [أسامة أبو زيد] المتحدث باسم`."""
        words, start = self.words, i
        if i > 0 and words[i - 1].comma:  # `دان بينيت، المتحدث باسم …`
            i -= 1
            start = i + 1
            while start > 0 and i - start < 3 and (start == i + 1 or not words[start - 1].breaks) and self._name_word(start - 1, False):
                start -= 1
            if i + 1 - start < 2 or not self._name_word(start, True) or not self._closes_before(start):
                return None
            return start
        while start > 0 and i - start < 4 and not words[start - 1].breaks and self._name_word(start - 1, False):
            start -= 1
        if i - start < 2 or not self._name_word(start, True):
            return None
        before = words[start - 1] if start else None
        if before is None or before.breaks or before.norm in _VERB_FORMS or not before.stems.isdisjoint(_not_names()):
            return start
        return None

    def _named_before_pronoun(self, pronoun: int) -> list[Found]:
        """`لوايد سيمز وهو لاعب كرة السلة`: two name words, then `وهو`/`وهي` and a role."""
        words, start = self.words, pronoun - 2
        if start < 0 or (start and not words[start - 1].breaks and self._name_word(start - 1, False)):
            return []
        skip = next((k for k, stem in words[start].readings if k <= 1 and stem[:2] != "ال"), None)
        if skip is None or not all(self._subject_word(k, k == start) for k in (start + 1,)) or words[start].breaks:
            return []
        if not words[start].stems.isdisjoint(_not_names()) or self._common(start):
            return []
        return [self._person(start, pronoun, anchor=start, skip=skip, source="role")]

    def _closes_before(self, start: int) -> bool:
        """Word `start` opens a name: the sentence starts or breaks, or a verb, preposition or known word precedes."""
        if start == 0 or self.words[start - 1].breaks:
            return True
        before = self.words[start - 1]
        return before.norm in _VERB_FORMS or before.norm in _REPORTED or not before.stems.isdisjoint(_not_names())

    def _tail_end(self, i: int) -> int:
        """Skip a role's modifiers: `المبعوث [الأممي الخاص إلى سوريا]، …`, `ممثل [النظام السوري] بشار`."""
        words, j = self.words, i + 1
        while j < len(words) and j <= i + 8 and not words[j - 1].breaks:
            if words[j].norm in _TAIL_PREPOSITIONS and j + 1 < len(words) and not words[j].breaks:
                j += 2
            elif words[j].norm in _TAIL_PRONOUNS:
                j += 1
            elif _DEFINITE.match(words[j].skel) and words[j].norm not in _not_names():
                j += 1
            else:
                break
        return j

    def _find_people(self) -> list[Found]:
        """People named by a role: `ممثل النظام السوري بشار الجعفري`, `المبعوث …، ستافان دي ميستورا،`."""
        words, found = self.words, []
        for i in self._where(K_ROLE):
            word = words[i]
            if i in self.in_place:
                continue
            if not word.stems.isdisjoint(_SPOKESMEN) and i + 1 < len(words) and words[i + 1].norm == "باسم":
                start = self._name_before(i)
                if start is not None:
                    found.append(self._person(start, i, anchor=start))
            if i > 1 and words[i - 1].norm in _HE_IS and not words[i - 2].breaks:
                found += self._named_before_pronoun(i - 1)
            j = self._tail_end(i)
            if j >= len(words) or (words[j - 1].breaks and not words[j - 1].comma):
                continue
            given = not words[j].stems.isdisjoint(_given_names())
            if given and not words[j - 1].breaks:
                end: int | None = self._given_name_end(j)
            else:
                end = self._name_after(j, min_words=1 if j == i + 1 and not word.stems.isdisjoint(_TITLES) else 2)
            if end is None:
                continue
            # After `،` the name is the whole apposition, up to the next punctuation; without the comma
            # a name must open with a given name: `لاعب كرة السلة` is a kind of player, not a name.
            apposition = words[j - 1].comma and words[end - 1].breaks
            # Two or three name words closed by punctuation or a preposition: `رئيس الوزراء زوران زئيف،`.
            # Only after the role's own modifiers, which a descriptive phrase (`لاعب كرة قدم`) lacks.
            plain = all(not words[k].skel.startswith("ال") for k in range(j, end))
            bounded = j > i + 1 and end - j >= 2 and plain and self._closes_name(end, strict=True)
            if apposition or (not words[j - 1].breaks and (given or bounded or self._title_name(i, j, end))):
                found.append(self._person(j, end, anchor=i))
        return found

    def _title_name(self, role: int, start: int, end: int) -> bool:
        """A title right before a name ended by punctuation or a non-name word: `الرئيس ترامب إن`."""
        words = self.words
        if start != role + 1 or end != start + 1 or words[role].stems.isdisjoint(_TITLES) or self._common(start):
            return False
        return words[end - 1].breaks or end >= len(words) or not self._name_word(end, True)

    def _person(self, start: int, end: int, anchor: int, skip: int = 0, source: str = "role") -> Found:
        """A PERSON over words [start, end), less `skip` clitic letters of the first: `وأحمد` → `أحمد`."""
        first, last = self.words[start], self.words[end - 1]
        begin = first.start + _skip_letters(first.raw, skip)
        return Found(begin, last.end, "PERSON", canonical_key(self.text[begin : last.end]), source, None, anchor)

    def surnames(self, names: dict[str, str], found: list[Found]) -> list[Found]:
        """Surnames alone of people named in full elsewhere in the document: `وقال ميستورا`, `دي مستورا`."""
        words, taken, people = self.words, [(e.start, e.end) for e in found], []
        for i, word in enumerate(words):
            if names.keys().isdisjoint(_surname_keys(word.norm)):
                continue
            for skip, stem in word.readings:
                key = ("ال " if stem.startswith("ال") else "") + word_key(stem)
                if key not in names or i in self.in_place or stem in _not_names():
                    continue
                start = i - 1 if i and not skip and word_key(words[i - 1].norm) + " " + key in names else i
                person = self._person(start, i + 1, anchor=start, skip=skip if start == i else 0, source="surname")
                if all(person.end <= s or person.start >= e for s, e in taken):
                    people.append(person)
                break
        return people

    def repeats(self, names: dict[tuple[str, ...], Found], found: list[Found], firsts: frozenset[str] | None = None) -> list[Found]:
        """Names found elsewhere in the document, found again here: one sense per discourse.

        `names` maps a name's normalised words to how it was found (`("سيمبسون",)` → a PERSON):
        `بين سيمز وسيمبسون` names both once `دايتون سيمبسون` was found after `المشتبه به`.
        """
        words, taken, again = self.words, [(e.start, e.end) for e in found], []
        longest = max(len(key) for key in names)
        firsts = firsts if firsts is not None else frozenset(key[0] for key in names)
        for i, word in enumerate(words):
            if i in self.in_place or firsts.isdisjoint(word.stems):
                continue
            for skip, stem in word.readings:
                n = next((n for n in range(longest, 0, -1) if self._repeat_key(i, stem, n) in names), 0)
                if not n or (n == 1 and stem in _not_names()):  # a function word named once is not named everywhere
                    continue
                known = names[self._repeat_key(i, stem, n)]
                start = word.start + _skip_letters(word.raw, skip)
                if n == 1 and self.text[start : word.end] in _PREPOSITIONS_LIKE_NAMES:
                    continue  # `على` is `علي` once normalised: the preposition is not the name Ali
                entity = Found(start, words[i + n - 1].end, known.label, known.canonical, "document", known.country_code, i)
                if all(entity.end <= s or entity.start >= e for s, e in taken):
                    again.append(entity)
                    taken.append((entity.start, entity.end))
                break
        return again

    def _repeat_key(self, i: int, stem: str, n: int) -> tuple[str, ...] | None:
        """The normalised words of `n` words from word `i` read as `stem`, none across punctuation."""
        if i + n > len(self.words) or any(w.breaks for w in self.words[i : i + n - 1]):
            return None
        return (stem, *(w.norm for w in self.words[i + 1 : i + n]))

    def _common(self, i: int) -> bool:
        """A word that is no surname: a nationality (`الروسي`) or a noun with a pronoun (`تفاؤله`)."""
        word = self.words[i]
        if word.norm in _nationalities() or (len(word.norm) >= 6 and word.norm.endswith(("يون", "يين"))):
            return True  # `الروسي`; `محليون` (a plural adjective agrees; no surname does)
        if len(word.skel) > 4 and word.skel.startswith(("سي", "ست", "سن")):
            return True  # a future verb: `جيمس سيلعب`
        return len(word.skel) > 4 and word.skel.endswith(("ه", "ها", "هم", "هما")) and not word.skel.endswith("الله")

    def _find_named(self) -> list[Found]:
        """People whose first word is a known given name: `وأكد محمد صلاح`, `التقى جون كيري نظيره`.

        A given name alone is too often a common word (`سعيد`, `أمل`): it needs a second name word.
        """
        words, found, given, after = self.words, [], _given_names(), 0
        for i in self._where(K_GIVEN):
            if i < after:
                continue  # inside the name just found
            word, end = words[i], i + 1
            din = word.norm in _DIN_NAMES and i + 1 < len(words) and words[i + 1].norm == "الدين"
            if (din or not word.stems.isdisjoint(given)) and i not in self.in_place and word.norm not in _VERB_FORMS:
                skip = 0 if din else next((k for k, stem in word.readings if stem in given), None)
                if skip is not None and not word.breaks and word.skel[skip:] not in _FUNCTION_SPELLINGS:
                    end = max(self._given_name_end(i), i + 1)
                    if end - i >= 2:  # the next search starts after the name: `محمد [صلاح هدفين]` is no name
                        found.append(self._person(i, end, anchor=i, skip=skip, source="lexicon"))
            after = end
        return found

    def _given_name_end(self, i: int) -> int:
        """End of a name after its given name: more given names, `دي`/`أبو`/`بن` pairs, one surname."""
        words, given, j = self.words, _given_names(), i + 1

        def ok(k: int) -> bool:
            return k < len(words) and not words[k - 1].breaks and self._name_word(k, False) and not self._common(k)

        if ok(j) and words[j].norm == "الدين" and words[j - 1].norm in _DIN_NAMES:
            j += 1  # `نور الدين الطبوبي`: a given name of two words
        while ok(j) and words[j].norm in given and not words[j].skel.startswith("ال"):
            j += 1  # `محمد حسني مبارك`: a father's name
        particle = False
        while j + 1 < len(words) and ok(j) and words[j].norm in _PARTICLES and ok(j + 1):
            j, particle = j + 2, True  # `ستافان دي ميستورا`, `أحمد أبو الغيط`
            if words[j - 1].norm == "عبد" and ok(j):
                j += 1  # `فهد بن عبد الله`: `عبد` and its word are one name
        if particle and words[j - 2].norm in ("عبد", "بن", "ابن") and words[j - 1].norm in ("الله", "الرحمن") and ok(j):
            j += 1  # `فهد بن عبد الله الدوسري`: the family name after the father's
        # One surname: `جون كيري`, `أحمد الطيب`; after two given names not a dual or plural noun
        # (`محمد صلاح هدفين`), which a third name rarely is.
        plural = j - i >= 2 and words[j].norm.endswith(("ين", "ان", "ون", "ات")) if j < len(words) else False
        if not particle and ok(j) and words[j].norm not in _PARTICLES and not plural:
            j += 1
        return j

    def _closes_name(self, end: int, strict: bool = False) -> bool:
        """Word `end` closes a name before it: punctuation, a preposition, `إن`, a role (`مدرب لاكيرز`,
        `المدير الفني`), or `لـ`/`بـ` and a known word (`لمحطة`, `لرويترز`). Not strict, a definite
        word closes too (`والتون المدير`)."""
        words = self.words
        if end >= len(words) or words[end - 1].breaks:
            return True
        after = words[end]
        if not after.stems.isdisjoint(_PHRASE_ENDS) or after.norm in _VERB_FORMS or not after.stems.isdisjoint(_ROLES):
            return True
        if after.norm in _DIRECTIONS or (after.norm.startswith("ال") and after.norm.endswith(("ي", "يه"))):
            return True
        if after.skel.startswith(("لل", "بال")) or (not strict and after.skel.startswith("ال")):
            return True
        if self._common(end):
            return True  # `وصفت بالين اعتقاله`, `جيمس سيلعب`: an object with its pronoun, a future verb
        known = _not_names() | _HEADS
        return after.norm[:1] in ("ل", "ب") and (after.norm[1:] in known or after.norm[1:] in load_gazetteer().places)

    def _subject_word(self, i: int, first: bool) -> bool:
        """A word of a speech verb's named subject: a name word, no head noun, letter or common word."""
        word = self.words[i]
        own = first and _DEFINITE.match(word.skel) and not word.skel.startswith("ال") and _own_letters(word)  # `وصفت بالين`
        if not (own or self._name_word(i, first)) or self._common(i) or word.skel.startswith("ال"):
            return False
        return word.stems.isdisjoint(_HEADS) and word.norm not in _LETTER_NAMES and word.norm not in _PARTICLES

    def _find_subjects(self) -> list[Found]:
        """People named as the subject of a speech verb: `وقال تشاد هاميل لمحطة …`, `أعلن لوك والتون مدرب …`.

        One to three name words right after the verb, closed as `_closes_name` says. A lone word
        before a definite one is more often the verb's object in a construct (`أعلن مقتل الجندي`),
        so a definite word only closes a name of two words or more.
        """
        words, found = self.words, []
        for v in self._where(K_SAYING):
            if words[v].breaks:
                continue
            start = end = v + 1
            while end < len(words) and end < start + 3 and self._subject_word(end, end == start):
                end += 1
                if words[end - 1].breaks:
                    break
            if end > start and self._closes_name(end, strict=end - start < 2):
                found.append(self._person(start, end, anchor=start, source="speaker"))
        return found

    def _find_appositions(self) -> list[Found]:
        """A name between commas after a role or speech verb: `مدرب الوداد، البرتغالي رُوي مَاتُوس،`,
        `رئيسة اللجنة، القاضية غريس مفولا،`, `كبير الاقتصاديين في بنك أبوظبي الأول، سامر الحلبي:`.

        Two to four name words, the first plain, after an optional nationality or title, closed by
        punctuation; a role or a speech verb must come within the ten words before the comma.
        """
        words, found = self.words, []
        for i in [k + 1 for k, word in enumerate(words[:-1]) if word.comma]:
            if i in self.in_place:
                continue
            k = i
            if words[k].norm in _nationalities() or (words[k].skel.startswith("ال") and words[k].kinds & K_ROLE):
                k += 1  # `البرتغالي`, `القاضية`
            if k >= len(words) or (k > i and words[k - 1].breaks) or not self._subject_word(k, True):
                continue
            context = range(max(0, i - 10), i)
            if not any(words[n].kinds & (K_ROLE | K_VERB) for n in context) or any(words[n].stop for n in context[:-1]):
                continue
            end = k + 1
            while end < len(words) and end < k + 4 and not words[end - 1].breaks and self._name_word(end, False) and not self._common(end):
                end += 1
            if end - k >= 2 and words[end - 1].breaks:
                found.append(self._person(k, end, anchor=k, source="role"))
        return found

    def _find_aliases(self) -> list[Found]:
        """A short name in brackets right after an organisation: `منظمة … للطفولة (يونيسف)`, `(stc)`."""
        found = []
        for org in [p for p in self.places if p.label == "ORG"]:
            m = _ALIAS.match(self.text, org.end)
            if m:
                found.append(Found(m.start(1), m.end(1), "ORG", canonical_key(m.group(1)), "head", None, org.anchor))
        return found

    def _find_acronyms(self) -> list[Found]:
        """Acronyms spelled in Arabic letters: `سي بي أس`, `دبليو إس إم في`, `لسي إن إن` → ORG.

        Two letters or more, one of them no common word; `في`/`أن`/`أو` at either end are the
        sentence's own words: `… إم في في ناشفيل` ends at the first `في`.
        """
        words, found, after = self.words, [], 0
        for i in self._where(K_LETTER):
            if i < after or i + 1 >= len(words) or not words[i + 1].kinds & K_LETTER or words[i].breaks:
                continue  # an acronym has two letters at least
            skip = next((k for k, stem in words[i].readings if stem in _LETTER_NAMES), None)
            if skip is None or i in self.in_place:
                continue
            j = i + 1
            while j < len(words) and not words[j - 1].breaks and words[j].norm in _LETTER_NAMES and j not in self.in_place:
                j += 1
            letters = [words[i].readings[[k for k, _ in words[i].readings].index(skip)][1]] + [w.norm for w in words[i + 1 : j]]
            begin = i
            while begin < j and letters[begin - i] in _WORDLIKE_LETTERS - {"ال"}:
                begin += 1
            end = j
            while end > begin and letters[end - 1 - i] in _WORDLIKE_LETTERS:
                end -= 1
            if end - begin >= 2 and any(w not in _WORDLIKE_LETTERS for w in letters[begin - i : end - i]):
                first = words[begin]
                start = first.start + (_skip_letters(first.raw, skip) if begin == i else 0)
                name = self.text[start : words[end - 1].end]
                found.append(Found(start, words[end - 1].end, "ORG", canonical_key(name), "acronym", None, begin))
                self.in_place.update(range(begin, end))
            after = j
        return found

    def _find_typed_places(self) -> list[Found]:
        """Places named after a kind of place: `مدينة بالو` → `بالو`, `شاطئ بيكون`, `في ناشفيل، تينيسي`."""
        words, found = self.words, []
        for i in self._where(K_PLACE_HEAD | K_LOCATIVE):
            word = words[i]
            if i in self.in_place or i + 1 >= len(words):
                continue
            named = not word.stems.isdisjoint(_NAMED_PLACE_HEADS)
            served = self._place_at_word(i + 1) if named and not word.breaks else None
            if served is not None:
                end = served + 1 if served < len(words) and not words[served - 1].breaks and self._relational(served) else served
                skip = next((k for k, stem in word.readings if stem in _NAMED_PLACE_HEADS), 0)
                begin = word.start + _skip_letters(word.raw, skip)  # `مطار القاهرة الدولي` swallows `القاهرة`
                found.append(Found(begin, words[end - 1].end, "LOC", canonical_key(self.text[begin : words[end - 1].end]), "place-head", None, i))
                self.places = [p for p in self.places if not begin <= p.start < words[end - 1].end]
                self.in_place.update(range(i, end))
            elif not word.breaks and (named or not word.stems.isdisjoint(_PLACE_HEADS)):
                end = i + 1
                while end < len(words) and end < i + 4 and self._subject_word(end, end == i + 1) and end not in self.in_place:
                    end += 1
                    if words[end - 1].breaks:
                        break
                if end > i + 1 and self._closes_name(end):
                    skip = next((k for k, stem in word.readings if stem in _NAMED_PLACE_HEADS), 0)
                    begin = word.start + _skip_letters(word.raw, skip) if named else words[i + 1].start
                    name = self.text[begin : words[end - 1].end]
                    found.append(Found(begin, words[end - 1].end, "LOC", canonical_key(name), "place-head", None, i))
                    self.in_place.update(range(i + 1, end))
            elif word.norm in _LOCATIVES and not word.breaks and any(w.comma for w in words[i + 1 : i + 4]):
                # `في ناشفيل، تينيسي`: a town, then the state or country it lies in.
                end = i + 1
                while end < len(words) and end < i + 4 and self._subject_word(end, end == i + 1) and not words[end - 1].breaks:
                    end += 1
                if end > i + 1 and words[end - 1].comma and end < len(words) and self._place_word(end, any_length=True):
                    name = self.text[words[i + 1].start : words[end - 1].end]
                    found.append(Found(words[i + 1].start, words[end - 1].end, "LOC", canonical_key(name), "place-head", None, i + 1))
                    self.in_place.update(range(i + 1, end))
        return found

    def _find_orgs(self) -> list[Found]:
        """Organisations by head noun: `وزارة الخارجية الأمريكية`, `حزب العدالة والتنمية`, `فريق ليكرز` → `ليكرز`."""
        words, found = self.words, []
        for i in self._where(K_TYPE_HEAD):
            if i in self.in_place:
                continue
            named = self._name_in_marks(i) or self._latin_name(i)
            if named:
                found.append(Found(*named, "ORG", canonical_key(self.text[named[0] : named[1]]), "head", None, i))
        for i in self._where(K_HEAD):
            word = words[i]
            if i in self.in_place or word.breaks or i + 1 >= len(words):
                continue
            head = next((stem for _, stem in word.readings if stem in _HEADS), None)
            if head is None:
                continue
            skip = next(k for k, stem in word.readings if stem == head)
            j = i + 1
            while j < len(words) and j < i + 5 and self._org_word(j) and not words[j - 1].breaks:
                j += 1
            if j == i + 1 and head in _ORG_HEADS | _PLACE_ORG_HEADS and j < len(words):
                j = self._served_place_end(j) or (head in _ORG_HEADS and self._foreign_org_end(j)) or j
            if j > i + 1 and head in _TEAM_HEADS:
                name = self.text[words[i + 1].start : words[j - 1].end]  # `فريق الوداد الرياضي` → `الوداد الرياضي`
                found.append(Found(words[i + 1].start, words[j - 1].end, "ORG", canonical_key(name), "head", None, i + 1))
                self.in_place.update(range(i + 1, j))
            elif j > i + 1 and (j > i + 2 or words[i + 1].norm not in _GENERIC_COMPLEMENTS):
                begin = word.start + _skip_letters(word.raw, skip)
                name = self.text[begin : words[j - 1].end]
                found.append(Found(begin, words[j - 1].end, "ORG", canonical_key(name), "head", None, i))
                self.in_place.update(range(i, j))
                # The org's name swallows the place in it: `جامعة القاهرة` is one ORG, no LOC inside.
                self.places = [p for p in self.places if not begin <= p.start < words[j - 1].end]
            elif j == i + 1 and head in _TYPE_HEADS and self._team_named_for_place(j):
                continue
            elif j == i + 1 and head in _TYPE_HEADS and self._name_word(j, True) and not self._common(j):
                alone = words[j].breaks or not self._name_word(j + 1, True) or self._common(j + 1)
                end = j + 1 if alone else None
                if end is not None and end < len(words) and not words[j].breaks and words[end].skel.startswith("لل"):
                    end += 1  # `شركة سحاب للحوسبة`
                if end is not None and words[j].norm not in _given_names():
                    name = self.text[words[j].start : words[end - 1].end]
                    found.append(Found(words[j].start, words[end - 1].end, "ORG", canonical_key(name), "head", None, j))
                    self.in_place.update(range(j, end))
        return found

    def _name_in_marks(self, i: int) -> tuple[int, int] | None:
        """`صحيفة "ذا هل"`, `قناة «الجزيرة»`: up to four words in marks right after a type head."""
        m = re.match(r'\s*["«“]([^"«»“”\n]{2,40})["»”]', self.text[self.words[i].end :])
        if m is None or len(m.group(1).split()) > 4:
            return None
        start, end = _trimmed(self.text, self.words[i].end + m.start(1), self.words[i].end + m.end(1))
        return (start, end) if start < end else None

    def _latin_name(self, i: int) -> tuple[int, int] | None:
        """`محطة KSWB-TV`: a name in capitals after a type head."""
        m = _LATIN_NAME.match(self.text, self.words[i].end)
        return (m.start(1), m.end(1)) if m else None

    def _find_definite_orgs(self) -> list[Found]:
        """A definite head and its relational adjectives: `الحزب الشيوعي الصيني`, `المحكمة العليا`.

        Only heads that name one body in a country, and only `-ي`/`-ية` adjectives (or `العليا`):
        `المجلس الجديد` (the new council) is not a name.
        """
        words, found = self.words, []
        for i in self._where(K_DEFINITE_HEAD):
            word = words[i]
            head = next((stem for k, stem in word.readings if stem in _DEFINITE_HEADS | _KIND_HEADS), None)
            if head is None or i in self.in_place or word.breaks or i + 1 >= len(words):
                continue
            if head in _KIND_HEADS and (words[i + 1].norm in _nationalities() or not self._relational(i + 1)):
                continue
            j = i + 1
            while j < len(words) and j < i + 4 and not words[j - 1].breaks and self._relational(j):
                j += 1
            if j < len(words) and not words[j - 1].breaks and words[j].skel.startswith("لل") and len(words[j].norm) > 4:
                j += 1  # `المعهد الوطني للإحصاء`, `الشركة التونسية للكهرباء والغاز`
                if j < len(words) and not words[j - 1].breaks and words[j].skel.startswith("وال"):
                    j += 1
            if j > i + 1:
                skip = next(k for k, stem in word.readings if stem == head)
                begin = word.start + _skip_letters(word.raw, skip)
                name = self.text[begin : words[j - 1].end]
                found.append(Found(begin, words[j - 1].end, "ORG", canonical_key(name), "head", None, i))
                self.in_place.update(range(i, j))
        return found

    def _relational(self, j: int) -> bool:
        """`الشيوعي`, `الدستورية`, `العليا`: a definite adjective of kind, not of time or size."""
        norm = self.words[j].norm
        if not norm.startswith("ال") or norm in _GENERIC_ADJECTIVES or j in self.in_place:
            return False
        return norm.endswith(("ي", "يه")) or norm in {"العليا", "الاعلي"}

    def _served_place_end(self, j: int) -> int | None:
        """After a head, the place it serves, through service words: `بنك [مصر]`, `إدارة شرطة [باتون روج]`,
        `شرطة ولاية [لويزيانا]`: the end of the place, or None."""
        words, k = self.words, j
        while k < len(words) and k < j + 2 and words[k].norm in _SERVICE_WORDS and not words[k - 1].breaks:
            k += 1
        if k == j and k + 1 < len(words) and not words[k].breaks and not words[k].skel.startswith("ال"):
            if words[k].norm not in _PHRASE_ENDS and not self._is_verb(k) and self._place_at_word(k + 1):
                k += 1  # `حزب مؤتمر ملاوي`, `محكمة جنايات القاهرة`
        if k >= len(words) or words[k - 1].breaks:
            return None
        end = self._place_at_word(k)
        if end is None:
            return None
        if end < len(words) and not words[end - 1].breaks:
            if self._place_at_word(end):
                end = self._place_at_word(end)  # `وكالة تونس أفريقيا للأنباء`
            if end < len(words) and not words[end - 1].breaks and (self._relational(end) or words[end].skel.startswith("لل")):
                end += 1  # `سوق دبي المالي`, `بورصة لندن للمعادن`
        return end

    def _place_at_word(self, k: int) -> int | None:
        """The end (word index) of a place found in this sentence starting at word `k`, or None."""
        words = self.words
        if k >= len(words):
            return None
        place = next((p for p in self.places if p.anchor == k and p.label == "LOC" and p.start == words[k].start), None)
        return None if place is None else next(n + 1 for n in range(k, len(words)) if words[n].end == place.end)

    def _foreign_org_end(self, j: int) -> int | None:
        """After a head, a name that is no Arabic word, and the org's own adjective: `مستشفى [رادي للأطفال]`,
        `مركز [فاندربيلت الطبي]`, `شرطة جامعة [ساوثرن]`: the end of the name, or None."""
        words, k = self.words, j
        while k < len(words) and k < j + 1 and words[k].norm in _SERVICE_WORDS | _ORG_HEADS and not words[k - 1].breaks:
            k += 1
        end = k
        while end < len(words) and end < k + 2 and not words[end - 1].breaks and self._subject_word(end, end == k):
            end += 1
        if end == k or any(words[n].norm in _given_names() for n in range(k, end)):
            return None
        if end < len(words) and not words[end - 1].breaks:
            if self._relational(end) or words[end].skel.startswith("لل"):
                end += 1  # `الطبي`, `للأطفال`
        return end if self._closes_name(end, strict=True) else None

    def _place_word(self, j: int, any_length: bool = False) -> bool:
        """Word `j` starts a place found in this sentence: one word (`مصر`, `القاهرة`), or more if `any_length`."""
        return any(p.anchor == j and p.label == "LOC" and (any_length or p.end == self.words[j].end) for p in self.places)

    def _team_named_for_place(self, j: int) -> bool:
        """`فريق ليفربول`, `نادي برشلونة`: the place names the club, so its mention is an ORG."""
        words = self.words
        for k, place in enumerate(self.places):
            if place.anchor == j and place.label == "LOC" and place.start == words[j].start:
                end = next(n + 1 for n in range(j, len(words)) if words[n].end == place.end)
                # `فريق لوس أنجلوس ليكرز`: the city and the club's own name.
                nickname = end < len(words) and not words[end - 1].breaks and self._subject_word(end, True)
                if nickname and self._closes_name(end + 1):
                    name = self.text[place.start : words[end].end]
                    self.places[k] = Found(place.start, words[end].end, "ORG", canonical_key(name), "head", None, j)
                    self.in_place.add(end)
                else:
                    self.places[k] = Found(place.start, place.end, "ORG", place.canonical, "head", None, j)
                return True
        return False

    def _org_word(self, j: int) -> bool:
        """A word of an organisation's name after its head: definite (`الخارجية`) or `و`+definite (`والتنمية`)."""
        word = self.words[j]
        if word.skel.startswith("ال") and len(word.skel) > 3:
            return word.norm not in _not_names() or word.norm in load_gazetteer().places
        return word.skel.startswith("وال") and j > 0 and self.words[j - 1].skel.startswith("ال")

    def _find_quotes(self, entities: list[Found]) -> list[_Quote]:
        """Quotes in marks with a speech verb in the sentence: `وقال فلان "…"`; scare quotes are skipped."""
        words = self.words
        if not any(mark in self.text for mark in _MARK_CHARACTERS):
            return []  # most sentences: nothing in marks
        marks = [(m.start(), m.end()) for m in _QUOTE.finditer(self.text)]
        # A mark left open runs to the sentence's end: `قالت: "لقد حان الوقت …`.
        opened = _OPENING.search(self.text, marks[-1][1] if marks else 0)
        if opened:
            marks.append((opened.start(), len(self.text) + 1))
        verbs = [i for i in self._where(K_VERB) if self._is_verb(i) and not any(s < words[i].start < e for s, e in marks)]
        quotes = []
        for opening, closing in marks:
            start, end = _trimmed(self.text, opening + 1, closing - 1)
            before = [i for i in verbs if words[i].end <= opening]
            after = [i for i in verbs if words[i].start >= closing]
            if start == end or _is_scare_quote(self.text, opening, closing) or self._names_org(start, end):
                continue
            if not (before or after):
                # A paragraph of quotation alone goes on with the last speaker: `"لقد قمت بالصياح …"`.
                if not self.text[:opening].strip() and end - start >= 0.6 * len(self.text.strip()):
                    quotes.append(_Quote(start, end, "", None))
                continue
            # `قال X "…"`: the speaker sits between verb and quote; `"…"، قال X`: after the verb.
            verb = before[-1] if before else after[0]
            limit = opening if before else next((s for s, _ in marks if s > words[verb].start), len(self.text))
            later = range(verb + 1, len(words))
            stop = next((i for i in later if words[i].start >= limit or words[i].norm in _COMPLEMENTIZERS), len(words))
            quotes.append(_Quote(start, end, words[verb].raw, self._speaker(entities, verb, stop)))
        return quotes

    def _names_org(self, start: int, end: int) -> bool:
        """The marks hold an organisation's name: `صحيفة "ذا هل"`."""
        return any(p.label == "ORG" and p.start == start and p.end == end for p in self.places)

    def _is_verb(self, i: int) -> bool:
        """Word `i` is a speech verb, not its verbal noun (`عدم كشف اسمه`)."""
        return self.words[i].norm in _VERB_FORMS and not (i and self.words[i - 1].norm in _NOUN_BEFORE)

    def _subject_before(self, entities: list[Found], verb: int) -> Found | None:
        """A subject before its verb: `وكانت [هيئة السوق] قد أعلنت`, `[شركة كوديلكو]، …، التي قالت`."""
        words = self.words
        if verb >= 2 and words[verb - 1].norm == "قد":
            kana = next((k for k in range(verb - 2, max(verb - 9, -1), -1) if words[k].norm in _KANA), None)
            if kana is not None:
                inside = [e for e in entities if kana < e.anchor < verb - 1]
                return next((e for e in inside if e.label == "PERSON"), inside[0] if inside else None) or self._phrase(kana + 1, verb - 1)
        if verb >= 1 and words[verb - 1].norm in _RELATIVES:
            before = [e for e in entities if e.end <= words[verb - 1].start and e.label != "LOC"]
            return max(before, key=lambda e: e.end) if before else None
        return None

    def _speaker(self, entities: list[Found], verb: int, stop: int) -> Found | None:
        """Who speaks, between the speech verb and word `stop` (the quote, or `أن`).

        A person anchored there (`ذكر المبعوث الأممي …، ستافان دي ميستورا، للصحفيين أن "…"`), else a
        place or organisation right after the verb (`وقالت الأمم المتحدة "…"`), else a bare name
        right after it (`وقال لافروف "…"`). A subject before the verb comes first (`_subject_before`).
        """
        subject = self._subject_before(entities, verb)
        if subject is not None:
            return subject
        for entity in entities:
            if entity.label == "PERSON" and verb < entity.anchor < stop and not self._governed(entity):
                return entity
        after = verb + 1
        for entity in entities:
            if entity.label != "PERSON" and entity.anchor == after < stop and entity.start == self.words[after].start:
                return entity
        if after < stop and not self.words[verb].breaks and self._bare_name(after, stop):
            return self._person(after, after + 1, anchor=after)
        return self._phrase(after, stop)

    def _governed(self, entity: Found) -> bool:
        """A mention after a preposition is no subject: `قالت في تجمع لدونالد ترامب`, `مع رئيس الوفد`."""
        word = self.words[entity.anchor]
        inside = word.start < entity.start < word.end  # the mention starts after a clitic: `لدونالد`
        clitic = inside and any(c in "بل" for c in word.raw[: entity.start - word.start])
        return clitic or (entity.anchor > 0 and self.words[entity.anchor - 1].norm in _PREPOSITIONS)

    def _bare_name(self, i: int, stop: int) -> bool:
        """One name word right after the verb, then the quote, `إن` or `لـ`: `وقال لافروف "…"`."""
        words = self.words
        if not self._name_word(i, True) or self._common(i) or words[i].norm in _given_names():
            return False
        following = words[i + 1] if i + 1 < len(words) else None
        return words[i].breaks or i + 1 >= stop or following is None or following.norm in _COMPLEMENTIZERS

    def _phrase(self, start: int, stop: int) -> Found | None:
        """A speaker named by a noun phrase: `وقال مصدر مطلع لرويترز إن` → `مصدر مطلع`.

        Through `نقلت وكالة رويترز عن مصدر … قوله` the speaker is the one after `عن`. The phrase
        stops at a preposition, a comma or `لـ`+known word (`للصحفيين`, `لوكالة`).
        """
        words = self.words
        if stop < len(words) and words[stop].norm.startswith("قول"):
            start = next((k + 1 for k in range(start, stop) if words[k].norm == "عن"), start)
        end = start
        while end < stop and end < start + 6 and self._phrase_word(end, end == start):
            end += 1
            if words[end - 1].breaks:
                break
        if end == start:
            return None
        first, last = words[start], words[end - 1]
        return Found(first.start, last.end, "PHRASE", canonical_key(self.text[first.start : last.end]), "phrase", None, start)

    def _phrase_word(self, i: int, first: bool) -> bool:
        """Part of a speaker phrase: not a preposition, pronoun, complementizer or `لـ`/`بـ`+known word."""
        word = self.words[i]
        if word.norm in _PHRASE_ENDS or word.skel.startswith(("لل", "بال")) or word.norm in _VERB_FORMS:
            return False
        rest = word.norm[1:]
        return not (word.norm[:1] in ("ل", "ب") and (rest in _not_names() or rest in load_gazetteer().places))

    def _find_indirect(self, entities: list[Found], direct: list[_Quote]) -> list[_Quote]:
        """Reported speech: `قال X إن …`, `أشار إلى أن …`, `نقلت … عن X قوله إن …`; to the sentence end."""
        words, quotes = self.words, []
        verbs = [i for i in self._where(K_VERB) if self._is_verb(i)]
        pairs = [(v, c) for v, c in ((v, self._complementizer(v)) for v in verbs) if c is not None and c + 1 < len(words)]
        for n, (v, comp) in enumerate(pairs):
            opener = comp + 1 if words[comp].norm.startswith("قول") and words[comp + 1].norm in _COMPLEMENTIZERS else comp
            # The clause starts right after the particle (`قوله إن`), marks included: `إن "داعش" يشكل خطرا`.
            start = _trimmed(self.text, words[opener].end, len(self.text))[0]
            while start < len(self.text) and self.text[start] in ":، ":  # `وصفت اعتقاله بأنه: "…"`
                start += 1
            end = self._reported_end(start)
            # `… من مسرح الحادث وقالت إنها عثرت …`: the next report ends this one.
            if n + 1 < len(pairs) and words[pairs[n + 1][0]].start > start:
                end = min(end, self._before(words[pairs[n + 1][0]].start, start))
            # A quote in marks right after `أن` is the direct quote itself: `أن "العمل مستمر"`.
            if end - start < 3 or any(q.start - 2 <= start <= q.end for q in direct):
                continue
            if any(q.start <= start < q.end for q in quotes):
                continue
            quotes.append(_Quote(start, end, words[v].raw, self._speaker(entities, v, comp), "indirect"))
        return quotes

    def _before(self, position: int, start: int) -> int:
        """End of the text before `position`, without spaces and the punctuation that separates."""
        while position > start and (self.text[position - 1].isspace() or self.text[position - 1] in "،,.؛:"):
            position -= 1
        return position

    def _complementizer(self, verb: int) -> int | None:
        """The `أن`/`إن` that opens what the verb reports, within a few words and no full stop."""
        words = self.words
        for k in range(verb + 1, min(len(words), verb + 20)):
            if words[k].norm in _COMPLEMENTIZERS:
                return k
            if self._is_verb(k) or words[k - 1].stop:
                return None
        return None

    def _reported_end(self, start: int) -> int:
        """Where the reported clause ends: the sentence end without its full stop, or `، وفقا لـ …`."""
        end = len(self.text)
        for word in self.words:
            narrator = word.norm in _NARRATOR or word.norm in _VERB_FORMS or word.norm in _NARRATOR_VERBS
            if word.start > start and narrator and self.text[: word.start].rstrip().endswith(("،", ",")):
                end = self.text.rindex("،" if "،" in self.text[start : word.start] else ",", start, word.start)
                break
        while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".!?؟؛:"):
            end -= 1
        return end


def _own_letters(word: _Word) -> bool:
    """`بالين`, `والتون`: a name's own letters, not `بـ`/`و` and the article, unless the rest is a known word.

    `بالرئيس`, `والسفير`, `بالقاهرة` read as clitic + known word; `بالمدينة` ends like a feminine noun.
    """
    definite = [stem for _, stem in word.readings if stem.startswith("ال") and len(stem) > 3]
    known = _not_names()
    if not definite or word.norm.endswith("ه") or word.norm.startswith("لل"):  # `للجمهور` is `لـ` + `الجمهور`
        return False
    return all(stem not in known and stem[2:] not in known and stem not in _nationalities() for stem in definite)


def _skip_letters(raw: str, n: int) -> int:
    """Index in `raw` after its first `n` letters and their marks: `وَروسيا`, 1 → 2."""
    i = 0
    for _ in range(n):
        i += 1
        while i < len(raw) and raw[i] in _MARKS:
            i += 1
    return i


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without surrounding whitespace: `" العمل "` → `العمل`."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_scare_quote(text: str, opening: int, closing: int) -> bool:
    """A short term in marks that the clause runs on from: `وفد "المعارضة السورية" المسلحة`.

    A quote ends its clause: punctuation or a new `و`/`ف` clause follows (`أن "الجنود بخير" وقال`).
    """
    follows = text[closing:].lstrip()
    runs_on = bool(_WORD.match(follows)) and not follows.startswith(("و", "ف"))
    return len(text[opening:closing].split()) <= 3 and runs_on and not text[:opening].rstrip().endswith(":")


def without_overlaps(found: list[Found]) -> list[Found]:
    """Longest span first, then leftmost; a span overlapping a kept one is dropped."""
    kept: list[Found] = []
    for entity in sorted(found, key=lambda e: (e.start - e.end, e.start)):
        if all(entity.end <= k.start or entity.start >= k.end for k in kept):
            kept.append(entity)
    return sorted(kept, key=lambda e: e.start)
