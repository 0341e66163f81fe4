"""The rule-based extractor's words: the lists of `data/extract_words.toml`, and the forms derived
from them in code (feminine roles, verbs with `و`/`ف` and `ت`, complementizers with their pronouns).

Each list is explained where it is written, in the TOML file.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from akhbar.tasks.arabic import normalize_arabic

DATA = Path(__file__).parent / "data"
with (DATA / "extract_words.toml").open("rb") as _file:
    _LISTS: dict[str, list[str]] = tomllib.load(_file)


def _words(name: str) -> frozenset[str]:
    return frozenset(_LISTS[name])


_CONJUNCTIONS = ("", "و", "ف")  # `قال`, `وقال`, `فقال`
_FEMININE = ("", "ت")  # `قال`, `قالت`
# Participle endings: masculine, feminine, plural (`مشيرا`, `مشيرة`, `مشيرين`).
_PARTICIPLE = ("ا", "ه", "ين")

# People
ROLES = _words("roles") | {role + "ه" for role in _LISTS["roles"]}  # feminine: `الوزيرة`, `المتحدثة`
TITLES = _words("titles")
RANKS = _words("ranks")
FAMILY_FIRST_NAMES = _words("family_first_names")
LAST_SYLLABLES = _words("last_syllables")  # as written (hamza seats kept)
LAST_SYLLABLE_PAIRS = _words("last_syllable_pairs")
PROFESSIONAL_TITLES = _words("professional_titles") | {title + "ه" for title in _LISTS["professional_titles"]}
SON_OF = frozenset({"بن", "ابن", "بنت"})  # a lineage inside a name: `تركي [بن] سعد الشهري`
WITHHELD = frozenset({"اسمه", "اسمها", "اسمهم", "هويته", "هويتها"})  # a name kept back: `طالبا عدم ذكر [اسمه] إن`
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هؤلاء"})  # `هذه المصادر`: the ones named before
# Words for a person's remarks (`تصريحات لزيدان`: his), of the ways a source speaks (`extract_speakers._HOW_SAID`).
REMARKS = frozenset({"تصريح", "تصريحات", "حديث", "مقابله", "كلمه", "تغريده", "رساله", "منشور"})
SPOKESMEN = _words("spokesmen")
# The heads of role phrases that name a holder (`extract_documents._held`), masculine and feminine.
ROLE_HEADS = ROLES | SPOKESMEN | {head + e for head in _LISTS["office_heads"] for e in ("", "ه")}
TAIL_PREPOSITIONS = _words("tail_prepositions")
TAIL_PRONOUNS = _words("tail_pronouns")
PARTICLES = _words("particles")
HE_IS = _words("he_is")
DIN_NAMES = _words("din_names")
ALLAH_NAMES = _words("allah_names")
SURNAME_OPENERS = _words("surname_openers")
FUNCTION_SPELLINGS = _words("function_spellings")
PREPOSITIONS_LIKE_NAMES = _words("prepositions_like_names")
NATIONALITY_STEMS = _words("nationality_stems")

# Speech. `أنه`, `بأنها`: a pronoun may hang on the particle.
_PRONOUNS = ("", "ه", "ها", "هم", "هما", "نا", "ني", "ي", "كم")
COMPLEMENTIZERS = frozenset({p + "ان" + s for p in ("", "ب") for s in _PRONOUNS} | _words("complementizers"))
_speech_verbs = _LISTS["speech_verbs"]
VERB_FORMS = {c + v + t for c in _CONJUNCTIONS for v in _speech_verbs for t in _FEMININE}  # `وأكدت`
VERB_FORMS |= {c + v for c in _CONJUNCTIONS for v in _LISTS["present_speech_verbs"] + _LISTS["reporting_words"]}
VERB_FORMS |= {p + s for p in _LISTS["speech_participles"] for s in _PARTICIPLE}
VERB_FORMS |= {c + v for c in _CONJUNCTIONS for v in _LISTS["present_that_verbs"]}
NESTED_THAT_VERBS = _words("present_that_verbs")  # bare, after another report's `أن` in the sentence, none of their own
VERB_FORMS = frozenset(VERB_FORMS - _words("not_speech_verbs"))
SPEECH_PARTICIPLES = frozenset(p + s for p in _LISTS["speech_participles"] for s in _PARTICIPLE) - _words("not_speech_verbs")  # `مشيرا`
THAT_ONLY_VERBS = frozenset(c + v + t for c in _CONJUNCTIONS for v in _LISTS["that_only_verbs"] + _LISTS["pointing_verbs"]
                            for t in _FEMININE)
POINTING_VERBS = frozenset(c + v + t for c in _CONJUNCTIONS for v in _LISTS["pointing_verbs"] for t in _FEMININE)
ADMITTING_VERBS = frozenset(c + v + t for c in _CONJUNCTIONS for v in _LISTS["admitting_verbs"] for t in _FEMININE)
# `وفقا لما ذكره دان بينيت`: a speech verb with its object pronoun, before a name.
REPORTED = frozenset(v + s for v in _speech_verbs for s in ("ه", "ته", "ها", "تها"))
SAYING = frozenset(c + v + t for c in _CONJUNCTIONS for v in _LISTS["subject_verbs"] for t in _FEMININE)
NARRATOR = _words("narrator") | {p + e for p in _LISTS["narrator_participles"] for e in _PARTICIPLE}
NARRATOR_VERBS = frozenset(c + v for c in ("و", "ف") for v in _LISTS["narrator_verbs"])
NOUN_BEFORE = _words("noun_before")
NATIVE_NAME_WORDS = _words("native_name_words")
KANA = frozenset(c + v for c in _CONJUNCTIONS for v in _LISTS["kana"])
RELATIVES = _words("relatives")
NOT_IN_PHRASE = _words("not_in_phrase")

# Organisations
ORG_HEADS = _words("org_heads")
PLACE_ORG_HEADS = _words("place_org_heads")
NAMESAKE_PLACE_HEADS = _words("namesake_place_heads")
NAMESAKE_BODY_HEADS = _words("namesake_body_heads")
NAMESAKE_TITLES = _words("namesake_titles")
NAMESAKE_ADJECTIVES = _words("namesake_adjectives")
# `محمد الخامس`; `الحادي` of `الحادي عشر`, `الحادي والعشرين`.
ORDINALS = frozenset("الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي".split())
# A king's or a queen's number (`الحسن [الثاني]`, `إليزابيث [الثانية]`, `ماري [الأولى]`), no name alone.
REGNAL_ORDINALS = ORDINALS | frozenset(ordinal + "ه" for ordinal in ORDINALS) | {"الاولي"}
# Kings' given names with the article, before their number: `[الحسن] الثاني`, `[الحسين]`.
KINGS_WITH_ARTICLE = frozenset({"الحسن", "الحسين"})
# Words that say a phrase is the one named before: `المسؤول [ذاته]`, `المصدر [نفسه]`.
THE_SAME = frozenset({"ذاته", "ذاتها", "نفسه", "نفسها"})
# Kin a person is named by (`[ابن] الرئيس`, `قال [والده]`), normalised.
KIN_NOUNS = frozenset(normalize_arabic(w) for w in ("ابن", "ابنة", "أب", "أم", "شقيق", "شقيقة", "أخ", "أخت", "زوج", "زوجة",
                                                    "حفيد", "حفيدة", "جد", "نجل", "والد", "والدة"))
COMPANY_HEADS = _words("company_heads")
AGENCY_HEADS = _words("agency_heads")
AGENCY_COMPLEMENTS = _words("agency_complements")
SERVICE_COMPLEMENTS = _words("service_complements")
TEAM_HEADS = _words("team_heads")
CREW_COMPLEMENTS = _words("crew_complements")
GENERIC_COMPLEMENTS = _words("generic_complements")
MOTION_COMPLEMENTS = _words("motion_complements")
STATION_SERVICES = _words("station_services")
MARKET_GOODS = _words("market_goods")
NATIONAL_NAME_HEADS = _words("national_name_heads")
DEFINITE_HEADS = _words("definite_heads")
KIND_HEADS = _words("kind_heads")
GENERIC_ADJECTIVES = _words("generic_adjectives")
SUPERLATIVES = _words("superlatives")
TYPE_HEADS = _words("type_heads")
EVENT_HEADS = _words("event_heads")
EVENT_SCOPES = _words("event_scopes")
PROJECT_HEADS = _words("project_heads")
KIND_KEPT_BEFORE = _words("kind_kept_before")
HEADS = ORG_HEADS | TYPE_HEADS | PLACE_ORG_HEADS
SERVICE_WORDS = _words("service_words")
LETTER_NAMES = _words("letter_names")
WORDLIKE_LETTERS = _words("wordlike_letters")

# Places
PLACE_HEADS = _words("place_heads")
NAMED_PLACE_HEADS = _words("named_place_heads")
TOPONYM_PREFIXES = _words("toponym_prefixes")
HAMLET_HEADS = _words("hamlet_heads")
LOCATIVES = _words("locatives")
DIRECTIONS = _words("directions")
REGIONAL_COLLISIONS = _words("regional_collisions")
AREA_NOUNS = _words("area_nouns")
PLANT_COLLISIONS = _words("plant_collisions")
PEST_COLLISIONS = _words("pest_collisions")
PLACE_PHRASES = frozenset(tuple(phrase.split(" ")) for phrase in _LISTS["place_phrases"])
CITIES_OF_TWO_COUNTRIES = {row.split(" ")[0]: frozenset(row.split(" ")[1:]) for row in _LISTS["cities_of_two_countries"]}
PLANT_WORDS = _words("plant_words")
HAJJ_SITES = _words("hajj_sites")
HAJJ_WORDS = _words("hajj_words")
PRODUCTS = _words("products")
COMMON_THINGS = _words("common_things")
RANK_PLURALS = _words("rank_plurals")
CLUB_CONTEXT = _words("club_context")
CLUB_VERBS = frozenset(c + v for c in ("", "و", "ف") for v in _LISTS["club_verbs"])
CLUB_RESULTS = _words("club_results")
TITLED_WORKS = _words("titled_works")
TOWN_ADJECTIVE_HEADS = _words("town_adjective_heads")
CLUB_HEADS = _words("club_heads")
CIRCUMSTANTIALS = _words("circumstantials")
SOURCE_NOUNS = _words("source_nouns")
PARTITIVES = _words("partitives")
CALLED = _words("called")
WRITTEN_DOCUMENTS = _words("written_documents")
# `أصدرت`, `ونشر`: the verbs with `و`/`ف` and `ت`, as speech verbs (`VERB_FORMS`).
ISSUING_VERBS = frozenset(c + v + t for c in _CONJUNCTIONS for v in _LISTS["issuing_verbs"] for t in _FEMININE)
CALLING_VERBS = frozenset(c + v for c in _CONJUNCTIONS for v in _LISTS["calling_verbs"])
RECEIVING_VERBS = frozenset(c + v for c in _CONJUNCTIONS for v in _LISTS["receiving_verbs"])
NAMING_NOUNS = _words("naming_nouns") | CALLED
# A preposition carrying a pronoun, as orthographic norms (`فيها`, `به`, `له`, `عليه`, `منهم`, `اليه`, `عنها`): never a name,
# never a speaker (`رسالة كتب فيها "أحتاج المساعدة"`: where it was written, not who wrote it).
PRONOUN_PREPOSITION = re.compile(r"(?:في|ب|ل|من|عن|علي|الي|مع|لدي|عند)(?:ه|ها|هم|هما|هن|ك|كم|كما|ي|نا)")
AMBIGUOUS_PLACES = _words("ambiguous_places") | REGIONAL_COLLISIONS
AFTER_PREPOSITION_ONLY = _words("after_preposition_only")
ADJECTIVE_PLACES = _words("adjective_places")
BODIES_OF_EVERY_COUNTRY = _words("bodies_of_every_country")
NATIONAL_HEADS = _words("national_heads")
INTERNATIONAL_WORDS = _words("international_words")
PREPOSITIONS = _words("prepositions")
# Where a speaker phrase stops: `مصدر مطلع [لرويترز]`, `الوزير [في] بيان`, `محطة … [وهي] تابعة`.
PHRASE_TIMES = _words("phrase_times")
PHRASE_PERIODS = _words("phrase_periods")
PHRASE_ENDS = PREPOSITIONS | COMPLEMENTIZERS | NARRATOR | NOT_IN_PHRASE | _words("phrase_prepositions")
# Words after a name that are never its own (`وعلقت سابادوس [بأن]`, `وقال لافروف [أيضا]`, `خامنئي [أثناء] استقباله`), and
# that end a speaker's phrase too; they close no name (`أبلغ أردوغان [أيضا]` would be one).
NAME_STOPS = COMPLEMENTIZERS | CIRCUMSTANTIALS | _words("name_stops")
SPEAKER_PHRASE_ENDS = PHRASE_ENDS | NAME_STOPS

# Documents
WEAK_SURNAMES = _words("weak_surnames")
ORG_KINDS = _words("org_kinds")
HONORIFICS = _words("honorifics")
PARTICLE_WORDS = _words("particle_words")
JOINING_PARTICLES = _words("joining_particles")
CONTINUING_PARTICLES = _words("continuing_particles")
VERB_GIVEN_NAMES = _words("verb_given_names")
NAMES_WITH_CLITIC_LETTERS = frozenset(normalize_arabic(name) for name in _LISTS["names_with_clitic_letters"])
GLUED_PREPOSITIONS = tuple(_LISTS["glued_prepositions"])


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Given names (`data/given_names_ar.txt`), normalised: a word here may start a person's name."""
    lines = (DATA / "given_names_ar.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_arabic(line) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=2)
def gendered_names(section: str) -> frozenset[str]:
    """The Arabic given names of one section of `data/given_names_ar.txt` (`male` or `female`), normalised: who a verb in
    the feminine cannot be (`وقالت` after `محمد عبده`) or can."""
    names, within = set(), False
    for line in (DATA / "given_names_ar.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):  # the Maghreb's sections are men's names (`لسعد`, `الحبيب`)
            within = line.startswith(f"# Arabic {section} names") or (section == "male" and line.startswith("# Maghreb"))
        elif line.strip() and within:
            names.add(normalize_arabic(line))
    return frozenset(names)


@lru_cache(maxsize=1)
def arabic_names() -> frozenset[str]:
    """Arabic given names, spelled one way (`data/given_names_ar.txt` without its transliterated foreign names, and
    `native_name_words`), as written: their long vowels tell them apart (`صالح`, `صلاح`; `حسن`, `حسين`)."""
    names, foreign = set(NATIVE_NAME_WORDS), False
    for line in (DATA / "given_names_ar.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            foreign = "foreign" in line
        elif line.strip() and not foreign:
            names.add(line.strip())
    return frozenset(names)
