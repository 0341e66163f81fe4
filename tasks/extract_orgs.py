"""Organisations by their head noun (`وزارة الخارجية الأمريكية`, `فريق ليكرز` → `ليكرز`, `بنك مصر`) and
definite heads with their adjectives of kind (`الحزب الشيوعي الصيني`, `المحكمة العليا`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from akhbar.tasks.arabic import normalize_arabic
from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_dates import WEEKDAYS
from akhbar.tasks.extract_gazetteer import countries_by_word, is_country, load_gazetteer, load_local_places, nationalities, not_names
from akhbar.tasks.extract_names import (
    DEFINITE,
    closes_name,
    common,
    conjoined,
    in_number,
    is_verb,
    name_word,
    place_end,
    relational,
    subject_word,
    tafil,
    titles_a_work,
)
from akhbar.tasks.extract_tokens import K_DEFINITE_HEAD, K_HEAD, K_ROLE, K_TYPE_HEAD, Found, Tokens, Word, skip_letters, trimmed
from akhbar.tasks.extract_words import (
    AGENCY_COMPLEMENTS,
    AGENCY_HEADS,
    AMBIGUOUS_PLACES,
    COMPANY_HEADS,
    CREW_COMPLEMENTS,
    DEFINITE_HEADS,
    DIRECTIONS,
    EVENT_HEADS,
    EVENT_SCOPES,
    GENERIC_ADJECTIVES,
    GENERIC_COMPLEMENTS,
    HEADS,
    KIND_HEADS,
    KINGS_WITH_ARTICLE,
    LETTER_NAMES,
    MARKET_GOODS,
    MOTION_COMPLEMENTS,
    NAMESAKE_ADJECTIVES,
    NAMESAKE_BODY_HEADS,
    NAMESAKE_PLACE_HEADS,
    NAMESAKE_TITLES,
    NATIONAL_NAME_HEADS,
    ORDINALS,
    ORG_HEADS,
    PHRASE_ENDS,
    PLACE_HEADS,
    PLACE_ORG_HEADS,
    PREPOSITIONS,
    PROFESSIONAL_TITLES,
    PROJECT_HEADS,
    REGIONAL_COLLISIONS,
    ROLES,
    SERVICE_COMPLEMENTS,
    SERVICE_WORDS,
    SON_OF,
    STATION_SERVICES,
    SUPERLATIVES,
    TAIL_PREPOSITIONS,
    TEAM_HEADS,
    TYPE_HEADS,
    arabic_names,
    given_names,
)

# A name in Latin letters right after a head: `محطة KSWB-TV`, `شركة OpenAI`.
_LATIN_NAME = re.compile(r"\s*([A-Z][A-Za-z0-9&.\-]*(?:\s+[A-Z][A-Za-z0-9&.\-]*){0,3})")
_MARKED_NAME = re.compile(r'\s*["«“]([^"«»“”\n]{2,40})["»”]')
# A national plan named by its horizon: `رؤية المملكة 2030`, `رؤية قطر الوطنية 2030`, `رؤية 2030` (a clitic outside).
# … its year in either digits (`رؤية البحرين الاقتصادية ٢٠٣٠`)
_VISION = re.compile(r'(?:(?<=\s)|^)[وبلف]?(رؤي[ةه](?: [^\s\d٠-٩،,.؛:"«»()]+){0,3} (?:19|20|١٩|٢٠)[\d٠-٩]{2})(?![\d٠-٩])')
_NOT_IN_VISION = frozenset({"لعام", "عام", "سنة", "لسنة", "حتى", "في", "الى", "إلى", "افق", "أفق", "من", "بحلول"})
_SERVING_HEADS = ORG_HEADS | PLACE_ORG_HEADS  # heads that may be followed by the place they serve
_HEADS_OF_DEFINITE = DEFINITE_HEADS | KIND_HEADS
# A room, an apparatus, unless named by its purpose: `الغرفة الجهوية للفلاحة`, `الجهاز المركزي للمناقصات العامة`
# (`الجهاز الأمني` is any security apparatus).
# `الجمعية المهنية للبنوك`; `الجمعية العمومية` is any general meeting; `النقابة الوطنية للتعليم الأساسي`, where `النقابة
# الوطنية` alone is any country's union; a brigade or a troupe (`الفرقة الوطنية للشرطة القضائية`, `الفرقة الوطنية
# للموسيقى`; `الفرقة الموسيقية` is any band), an inspectorate (`المفتشية العامة للمالية`).
_PURPOSE_HEADS = frozenset({"الغرفه", "الجهاز", "الجمعيه", "النقابه", "الفرقه", "المفتشيه"})
# A hospital, unless named by its purpose or its town: `المستشفى الجهوي بطبرقة` (`المستشفى الميداني` is any field hospital);
# a school likewise (`المدرسة العليا للتعليم`; `المدرسة الابتدائية` is any primary school).
_SEATED_HEADS = frozenset({"المستشفي", "المنطقه", "المدرسه"})
# Heads that name a body only with one of these words next and more after it: a general or central directorate by its
# purpose (`الإدارة العامة للغابات`, `الإدارة المركزية للإحصاء`, Tunisia's regional ones with their town, `الإدارة الجهوية للتجارة
# بالقصرين`; `الإدارة الأمريكية` is a government, `الإدارة المحلية`
# any administration, as read on ANT), an airline by its country (`الخطوط الجوية القطرية`; `الخطوط الأمامية` are front
# lines), a central or national agency
# (`الجهاز المركزي للمحاسبات`; `الجهاز التنفسي للضحايا` is their respiratory system).
_ONLY_WITH = {"الاداره": {"العامه", "المركزيه", "الجهويه"}, "الخطوط": {"الجويه"}, "الجهاز": {"المركزي", "الوطني"}, "المنطقه": {"الحره"}}
# … of which a free zone is one with its town too: `المنطقة الحرة مصراتة`, `المنطقة الحرة بملوسة` (`_SEATED_HEADS`).
# A group named by its country or purpose: `المجمع الكيميائي التونسي`; `المجمع السكني` is any housing compound. A market
# likewise: `السوق المالية السعودية`, `السوق الأوروبية المشتركة`; `السوق العالمية`, `السوق المحلي`, `السوق الرئيسية` (of a
# stock exchange) name none (8 of 9 such ORGs on 2,958 ANT articles).
_NATIONAL_OR_PURPOSE = frozenset({"المجمع", "السوق"})
# A national team, named by its nationality alone: `المنتخب السعودي`, `المنتخب المغربي لكرة القدم` (a team is an ORG,
# `tests/gold/README.md`); `المنتخب الوطني`, `المنتخب الأولمبي` are any country's. 1,800 of 2,658 `منتخب` on 7,958 ANT
# articles (the 2018 World Cup) are one of the first kind; `منتخب مصر` stays the country, as metonymy keeps its type.
_NATIONAL_TEAMS = frozenset({"المنتخب"})
# A league's division is the competition, MISC: `الرابطة المحترفة [الأولى]` (Ligue 1), as wire14 annotates it.
_DIVISIONS = frozenset({"الاولي", "الثانيه"})
# … and a university, or the Maghreb's federation (`الجامعة`): `الجامعة الأردنية`, `الجامعة الأمريكية في بيروت`, `الجامعة
# اللبنانية`, where `الشركة الأمريكية` is any American company.
_NATIONAL_NAMES = frozenset({"الجامعه"})
# A site, which names a website only by a name of its own after it, never by a definite word (206 ORGs such as `موقع
# الحادث`, the scene of an accident, on 3,000 ANT articles).
_SITE_HEADS = frozenset({"موقع"})
_SOCIAL = ("التواصل", "الاجتماعي")


def _social_network(words: Sequence, i: int) -> bool:
    """`موقع التواصل الاجتماعي` (a social network) from word `i`, a site head, its name in marks after it."""
    return (not words[i].stems.isdisjoint(_SITE_HEADS) and i + 2 < len(words)
            and (words[i + 1].norm, words[i + 2].norm) == _SOCIAL and not words[i].breaks and not words[i + 1].breaks)


def _news_agency(words: Sequence, i: int) -> bool:
    """`وكالة الأنباء` (a news agency) from word `i`, its name in marks after it: `وكالة الأنباء "شينخوا"` is Xinhua,
    and `وكالة الأنباء` alone names no agency (it had been keyed as one, every agency so written under one key)."""
    return (not words[i].stems.isdisjoint(_AGENCY_HEADS) and i + 1 < len(words) and words[i + 1].norm == "الانباء"
            and not words[i].breaks)


_AGENCY_HEADS = frozenset({"وكاله"})


# Heads that name a body only with the place it serves: `مصفاة الدقم`, `إذاعة صفاقس`; `إذاعة البرنامج` is a broadcast.
_ONLY_SERVING = frozenset({"مصفاه", "اذاعه"})
_NATIONAL = frozenset({"الوطني", "الوطنيه"})  # what names a government (`NATIONAL_NAME_HEADS`): `حكومة الوحدة الوطنية`
_NATIONAL_ONLY = frozenset({"وزاره"})  # a country's own: `وزارة البلدية` is one ministry where `مجلس البلدية` is any town's
_PRIZE_HEADS = frozenset({"جائزه"})  # a prize named after a person, MISC: `جائزة الملك فيصل`, `جائزة الشيخ زايد للكتاب`
# Bodies named after a ruler only with his title, as the word alone is as often `his office`, `his house` (`مكتبه`,
# `داره`): `مكتبة الملك عبدالعزيز العامة`, `دارة الملك عبدالعزيز`.
_TITLED_BODY_HEADS = frozenset({"مكتبه", "داره"})
_NAMESAKE_HEADS = NAMESAKE_PLACE_HEADS | NAMESAKE_BODY_HEADS | _PRIZE_HEADS | _TITLED_BODY_HEADS
_NAME_LINKS = SON_OF | {"ال", "عبد", "ابو", "ابي", "ام"}  # `بن`, `آل` and a name's first half: a name word follows
# Heads after `لل` that name another body, not a purpose: `… [للجنة] الأولمبية الدولية`, `التابعة [للاتحاد] الأوروبي`;
# `للإدارة العامة` is what a centre is for (public administration).
_OTHER_BODIES = ORG_HEADS - {"اداره"}
_GREATER = frozenset({"الكبري"})  # a town's council for the town and its suburbs: `بلدية عمان الكبرى`


_MARKED_NAME_HEADS = TYPE_HEADS | COMPANY_HEADS  # kinds whose name may follow in marks: `مجموعة "تو ذا ستارز أكاديمي"`


# What `دائرة` is a circle of where it names no department (`دائرة الجمارك`, `دائرة مكافحة الإرهاب`): on the ANT slice
# `[3::5]` 15 of its ORG rows were these, none a department.
_CIRCLES_OF = frozenset(normalize_arabic(word) for word in (
    "ضوء", "نزاع", "صراع", "حرب", "قلق", "خطر", "شك", "اتهام", "استهداف", "تخمين", "تيه", "عنف", "فقر", "جدل", "اهتمام",
    "مشاهدة", "تطرف", "انتقاد", "مفرغة", "اختصاص", "نار", "فوضى", "أزمة", "تهديد", "خوف", "انتظار", "ضغط", "تأثير"))
_DISTRICTS = frozenset({"مديريه", "قضاء", "ناحيه"})  # districts that are no `PLACE_HEADS` (a directorate is also a body)
_PANELS = frozenset({"الدفاع", "المحكمه", "التحكيم", "المحلفين"})  # what `هيئة` is a panel of, no body's name


def find_orgs(tokens: Tokens, places: list[Found], taken: frozenset[int]) -> tuple[list[Found], list[Found], frozenset[int]]:
    """Organisations by head noun: `وزارة الخارجية الأمريكية`, `حزب العدالة والتنمية`, `فريق ليكرز` → `ليكرز`.

    `places` are the gazetteer's. Returns the organisations, `places` with the teams named for a place
    relabelled ORG (`فريق ليفربول`), and the words taken, `taken` included.

    An organisation's name hides the places inside it (`جامعة القاهرة`) from this finder's later
    lookups, not from the sentence's places: the longer span wins in `without_overlaps` at the end.
    A team relabelled after such a hide is relabelled for the lookups only; the single-class
    extractor this was split from did so, and its output is kept byte for byte.
    """
    words, text, found = tokens.words, tokens.text, []
    places, taken = _un_bodies(tokens, places, taken)
    # `seen`: the places this finder's lookups see; `kept`: those it returns. Lists are replaced, never changed.
    seen, kept, hidden = places, places, False
    for i in tokens.where(K_TYPE_HEAD | K_HEAD):
        if i in taken or words[i].stems.isdisjoint(_MARKED_NAME_HEADS):
            continue
        if words[i].skel.startswith(("ال", "وال")):  # `الشركة "رفضت كل مقترحاتنا"`: the company said it; but its
            if _national_kind(tokens, i) and (named := _brand_in_marks(tokens, _after_describing(tokens, i + 2))) is not None:
                found.append(Found(*named, "ORG", canonical_key(text[named[0] : named[1]]), "head", None, i))  # nationality
            continue  # names one: `والشركة النمساوية "[فيربوند]"`, `المجمع الإيطالي "[سنام]"`, `الشركة الفرنسية المشغلة
            # "[سيتيبارك]"`; `شركة "…"`, `مجموعة "…"` name one
        named = name_in_marks(tokens, i) or _latin_name(tokens, i)
        if named is None and _social_network(words, i):
            named = name_in_marks(tokens, i + 2)  # `موقع التواصل الاجتماعي "تويتر"`: the network is its name
        # but a company's kind before a definite word in marks: `مجموعة "الموت"` is a tournament's group of death
        if named and not (words[i].stems.isdisjoint(TYPE_HEADS) and DEFINITE.match(text[named[0] : named[1]])):
            found.append(Found(*named, "ORG", canonical_key(text[named[0] : named[1]]), "head", None, i))
            if not words[i].stems.isdisjoint(MEDIA_HEADS):  # `صحيفة "[القدس]"`: the paper, not the city it is named for
                seen = kept = [p for p in kept if not (named[0] <= p.start and p.end <= named[1])]
    for i, word in enumerate(words):  # `شركتي "[ستراباغ]" النمساوية و"[أوزكار]" التركية`: two companies, whatever the
        if i not in taken and word.norm in _DUAL_COMPANY_HEADS and (named := name_in_marks(tokens, i, 3)):  # model reads
            found += [Found(*span, "ORG", canonical_key(text[span[0] : span[1]]), "marks", None, i)
                      for span in (named, _second_in_marks(tokens, named[1])) if span is not None]
    for i in tokens.where(K_HEAD):
        word = words[i]
        if i in taken or word.breaks or i + 1 >= len(words):
            continue
        head = next((stem for _, stem in word.readings if stem in HEADS), None)
        if head is None or (head == "حركه" and words[i + 1].norm in MOTION_COMPLEMENTS):
            continue
        if _news_agency(words, i) and name_in_marks(tokens, i + 1):
            continue  # `وكالة الأنباء "شينخوا"`: the agency is its name in marks (`find_kinds_in_marks`)
        if head == "مركز" and (words[i + 1].norm in _RANKS or words[i + 1].norm.isdigit()):
            continue  # a rank, no centre: `تحتل [مركز الصدارة]`, `في المركز الأول`, `المركز 32 عالميا`
        if head == "موقع" and any(words[k].norm in _OF_THE_PAST for k in range(i + 2, min(i + 5, len(words)))
                                  if not any(words[j].breaks for j in range(i, k))):
            continue  # a site, no website: `موقع أوتيك [الأثري]`, `موقع جرش الأثري` (the gold sets tag the town inside)
        if head == "محطه" and words[i + 1].norm in STATION_SERVICES:
            continue  # `محطة القطارات`, `محطة توليد الكهرباء`: a facility of its kind, no body
        if (head == "سوق" and words[i + 1].norm in MARKET_GOODS
                and not (i + 2 < len(words) and not words[i + 1].breaks and words[i + 2].norm in nationalities())):
            continue  # `سوق الأسهم`: a trade, no body; but a country's is its exchange (`سوق الأسهم السعودية`, Tadawul)
        if head == "اداره" and not words[i + 1].stems.isdisjoint(COMPANY_HEADS) and not DEFINITE.match(words[i + 1].skel):
            continue  # `مجلس إدارة [شركة المها للصناعات الغذائية]`: the company's board, the company named from its own head
        if head == "اداره" and words[i + 1].norm in HEADS and i > 0 and "مجلس" in words[i - 1].stems:
            continue  # `مجلس إدارة [وكالة الإمارات للفضاء]`, `[اتحاد الجمعيات التعاونية]`: as much the body's board
        if head == "اداره" and _administering(tokens, i):
            continue  # what the body before manages: `الدائرة التنفيذية [لإدارة] النفايات الصلبة` (`purpose_end`)
        if head == "اداره" and _managed(tokens, seen, i + 1):
            continue  # the management of a club, a town or a thing, no body of its own: `إدارة [برشلونة]`, `إدارة [المعرض]`
        served_town = _service_of_town(tokens, seen, i + 1) if head == "مديريه" else None
        if head == "مديريه" and (not words[i + 1].skel.startswith(("ال", "ل")) and served_town is None
                                 or i > 0 and "مركز" in words[i - 1].stems):
            continue  # Yemen's `مديرية [أحور]` is a district, its name the place (a directorate is of something: `مديرية الصحة`,
            # Syria's `مديرية صحة حمص`); so is one with a seat (`مركز مديرية [التحيتا]`)
        if head == "بلديه" and _where(tokens, i):
            continue  # a town the words before place things in (`مصنع [ببلدية] أقبو`, `في بلدية الفجوج`): the town, its kind
            # outside (`find_typed_places`), as the gold sets annotate 21 of 21; the council acts (`أعلنت بلدية مسقط`)
        if head == "دائره" and not words[i + 1].stems.isdisjoint(_CIRCLES_OF):
            continue  # a circle of something, no department: `دائرة [الضوء]`, `دائرة النزاع`, `دائرة مفرغة`, `دائرة الفقر`
        if head == "مركز" and not words[i + 1].stems.isdisjoint(PLACE_HEADS | _DISTRICTS):
            continue  # `مركز مدينة عفرين`, `مركز مديرية التحيتا`: the town's centre, a place (`find_typed_places` names it);
            # `مركز [المديرية]`, the district's seat
        if head == "اداره" and words[i + 1].skel.startswith("ال") and words[i + 1].norm[2:] in HEADS:
            continue  # `مجلس إدارة [الهيئة العامة لسوق المال]`: as much the body's board, named from its own head
        complements = SERVICE_COMPLEMENTS if head == "مصلحه" else AGENCY_COMPLEMENTS
        if head in AGENCY_HEADS and words[i + 1].norm.removeprefix("ال").removeprefix("و") not in complements:
            continue  # `جهاز المخابرات` is an agency, `جهاز الآيفون` a device; `مصلحة الجمارك` a service, `مصلحة الوطن` none
        if head in _SITE_HEADS and DEFINITE.match(words[i + 1].skel):
            continue  # `موقع الحادث` is the scene, `موقع التواصل الاجتماعي` any social network; `موقع سبوتنك` a website
        skip = next(k for k, stem in word.readings if stem == head)
        if head in TEAM_HEADS and word.skel[:skip].endswith("ك") and words[i + 1].skel.startswith("و"):
            continue  # `نفوز [كفريق] ونخسر كفريق`: as a team, any team (but `أندية [كفريق] الوحدة`: such as)
        if skip == 0 and text[max(word.start - 8, 0) : word.start].rstrip()[-1:].isdigit():
            continue  # right after a number the head is counted: `من بين 1500 [جامعة] شملها التصنيف` (not `الاجتماع 39 لمجلس`)
        if head in _ONLY_SERVING and _served_place_end(tokens, seen, taken, i + 1, town=True) is None:
            continue
        if head == "فريق" and (words[i + 1].norm in CREW_COMPLEMENTS or (DEFINITE.match(words[i + 1].norm) and tafil(words[i + 1].norm[2:]))):
            continue  # a crew, a squad or a rank: `فريق [الدفاع]`, `فريق [العمل]`, `الفريق أول [ركن]`; a work of the pattern
            # تفعيل is what the crew does (`فريق [الترميم]`, `فريق [التحقيق]`), where clubs are named `الاتحاد`, `التعاون`
        if head in COMPANY_HEADS and (end := _name_before_nationality(tokens, taken, i + 1)) is not None:
            name = text[words[i + 1].start : words[end - 1].end]
            found.append(Found(words[i + 1].start, words[end - 1].end, "ORG", canonical_key(name), "head", None, i + 1))
            taken |= set(range(i, end + 1))
            # the nationality is no place: `شركة معادن [السعودية]` is Saudi, not Saudi Arabia
            seen, kept = [p for p in seen if p.anchor != end], [p for p in kept if p.anchor != end]
            continue
        if head in NATIONAL_NAME_HEADS and (town := _governed_town(tokens, seen, i + 1)) is not None:
            begin = word.start + skip_letters(word.raw, skip)  # `حكومة الفجيرة`, `حكومة دبي`: an emirate's or a city's own
            found.append(Found(begin, town.end, "ORG", canonical_key(text[begin : town.end]), "head", None, i))
            taken |= {n for n in range(i, len(words)) if words[n].start < town.end}
            seen = [p for p in seen if p is not town]
            continue
        j = served_town or _construct_end(tokens, seen, i + 1, company=head in COMPANY_HEADS) or i + 1
        worked = False  # a second work ends the name: `وزارة … وموارد المياه [لتعزيز] الأمن المائي` is the plan's purpose
        while j < len(words) and j < i + (7 if worked else 5) and not words[j - 1].breaks:  # and the adjective of the second
            # work's object: `وزارة التهذيب الوطني وإصلاح النظام [التعليمي]`
            if _org_word(tokens, j) and not _past_adjectives(tokens, i, j):
                j += 1
            elif head in _TWO_WORKS_HEADS and _joined_work(tokens, j):
                j, worked = j + 2, True  # a second work and what it is of, however long the name before it: `[وموارد المياه]`
            else:
                break
        j = governed_end(tokens, j) if j > i + 1 else j  # `مركز النهوض [بالصادرات]`, `جهاز مكافحة الهجرة [غير الشرعية]`
        brand = False  # a company's foreign name, its kind outside it: `شركة [ميرسك]`, `شركة [سبيس إكس]` (`tests/gold/README.md`)
        if j == i + 1 and head in _SERVING_HEADS and j < len(words):
            served = _served_place_end(tokens, seen, taken, j, town=head in PLACE_ORG_HEADS)
            foreign = None if served or head not in ORG_HEADS else _foreign_org_end(tokens, taken, j)
            brand = foreign is not None and head in _BRAND_KINDS and not _common_noun(words[j])  # a bank keeps its kind: `بنك وربة`
            j = served or foreign or j
        if head in NATIONAL_NAME_HEADS and words[j - 1].norm not in _NATIONAL:
            continue
        if j == i + 2 and head == "هيئه" and words[i + 1].norm in _PANELS:
            continue  # `هيئة [الدفاع]`, `هيئة [المحكمة]`: the lawyers of a case, the judges of a bench (nine in the gold, none
            # a name), where `هيئة الدفاع المدني` names one
        if j == i + 2 and head == "دائره" and (any(p.anchor == i + 1 and p.label == "LOC" for p in seen)
                                                or words[i + 1].norm in load_local_places().places):
            continue  # `الفائز عن دائرة [الوكرة]`: a constituency, the town's name its own (`دائرة الجمارك` names a body)
        if j > i + 1 and head not in NATIONAL_NAME_HEADS and not worked and not _town_university(tokens, head, i, j):
            j = purpose_end(tokens, j, i)  # `وكالة المغرب العربي للأنباء`, `مؤسسة دبي لتنمية الاستثمار` (`حكومة الوحدة
            # الوطنية [للمصادقة]` is what it is for)
        if j > i + 1 and head in _COURT_HEADS and all(DEFINITE.match(words[n].norm) for n in range(i + 1, j)):
            # `محكمة الاستئناف [بنابل]`: as `المحكمة الابتدائية بقفصة` (`find_definite_orgs`); a court with a name of its own
            # is where it is, not of it (`محكمة سيدي امحمد [بالجزائر العاصمة]`)
            j = _seat_end(tokens, seen, j)
        if j > i + 2 and head not in TEAM_HEADS and _proper_then_country(words, i + 1, j):
            j -= 1  # `جامعة توبنغن [الألمانية]`, `مستشفى بوجون [الفرنسي]`: the country describes the name, not of it
        if j == i + 2 and head in TEAM_HEADS and words[i + 1].norm == "العاصمه":
            continue  # `شباك نادي العاصمة`: the capital's club, Roma, no name (`اتحاد العاصمة` is the gazetteer's)
        if j > i + 1 and head in TEAM_HEADS and (j > i + 2 or words[i + 1].norm not in GENERIC_COMPLEMENTS):  # `فريق [العمل]`
            name = text[words[i + 1].start : words[j - 1].end]  # `فريق الوداد الرياضي` → `الوداد الرياضي`, `نادي مضر` → `مضر`
            # (as ANERcorp has it 23 times of 32; the gold sets here write `نادي` in 37 of 39; its key is without it either
            # way, `ORG_KINDS`)
            found.append(Found(words[i + 1].start, words[j - 1].end, "ORG", canonical_key(name), "head", None, i + 1))
            taken |= set(range(i + 1, j))
        elif j > i + 1 and (words[i + 1].norm not in GENERIC_COMPLEMENTS or head in _NATIONAL_ONLY
                            or any(not _describing(words[n].norm) for n in range(i + 2, j))):
            begin = words[i + 1].start if brand else word.start + skip_letters(word.raw, skip)
            name = text[begin : words[j - 1].end]
            venue = head == "مجمع" and words[j - 1].norm == "الرياضي"  # `مجمع صور الرياضي`: a sports complex is a venue, as a
            found.append(Found(begin, words[j - 1].end, "LOC" if venue else "ORG", canonical_key(name), "head", None, i))  # stadium
            taken |= set(range(i, j))
            seen, hidden = [p for p in seen if not begin <= p.start < words[j - 1].end], True
        elif j == i + 1 and head in TYPE_HEADS and (team := _team_for_place(tokens, taken, seen, j)) is not None:
            k, team_org, nickname = team
            seen = [*seen[:k], team_org, *seen[k + 1 :]]
            kept = seen if not hidden else kept
            if nickname is not None:
                taken |= {nickname}
        elif (j == i + 1 and head in TYPE_HEADS and name_word(tokens, taken, j, True) and not common(words[j])
              and (len(words[j].norm) > 2 or _seldom_in_news(words[j]))  # `محطة [ضخ]`: a pumping station; `شركة [شل]`
              and words[j].norm not in PREPOSITIONS and not purpose_end(tokens, j) > j  # `للشركة إلى`, `شركة لتوظيف الأموال`
              and not arabic_adjective(words[j].norm)  # `قناة [خاصة]`, `شركة [تابعة] لـ`: a kind of channel or company
              and not _usually_definite(words[j])  # `محطة [وقود]`, `شركة [طيران]`: a kind of station or company
              and not (head in TEAM_HEADS and _common_noun(words[j]))  # `منتخب [جيد] جدا`: a good team, no club's name
              and not her_past(words[j].norm)):  # `شركة [فازت] بالعقد`: what the company did
            alone = words[j].breaks or not name_word(tokens, taken, j + 1, True) or common(words[j + 1])
            end = j + 1 if alone and not _kind_described(words, j + 1) else None
            if (end is not None and end < len(words) and not words[j].breaks and words[end].skel.startswith("لل")
                    and words[end].norm not in _NOT_PURPOSE):  # (`فريق بارما [للمركز] الثاني`, a team's rank)
                end = max(purpose_end(tokens, end), end + 1)  # `شركة سحاب للحوسبة`, `شركة هانوا للهندسة والإنشاءات`
                while end > j + 2 and words[end - 1].norm in nationalities():
                    end -= 1  # `… [الكورية]`: the company's nationality describes it
            if end is not None and words[j].norm not in given_names():
                name = text[words[j].start : words[end - 1].end]
                found.append(Found(words[j].start, words[end - 1].end, "ORG", canonical_key(name), "head", None, j))
                taken |= set(range(j, end))
    return found, kept, taken


_YEAR_BETWEEN = re.compile(r"\s+(?:19|20)\d\d\s+")  # a year between two words: `إكسبو [2020] دبي`
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d(?!\d)")  # … or after the last: `معرض الخليج للتعليم والتدريب [2006]`


def _of_a_place(norm: str) -> bool:
    """`الخليلي` (of Hebron, `الخليل`), `الطائفي` (of Taif): the adjective of a listed place, the place and `ي`."""
    entry = load_gazetteer().places.get(norm[:-1]) if norm.startswith("ال") and norm.endswith("ي") and len(norm) > 5 else None
    return entry is not None and entry.label == "LOC"


_HEADS_OF_SOMEONE = frozenset({"مبادره", "قمه", "اسبوع"})  # events a role after them makes someone's (`find_events`)


def find_events(tokens: Tokens, places: Sequence[Found], taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """Events by their head noun (`EVENT_HEADS`) and the name after it, MISC: `منتدى الأعمال السعودي البريطاني`,
    `ملتقى عمان للسياحة المستدامة`, `إكسبو 2020 دبي`, `مهرجان قرطاج الدولي`. The name holds a place, a nationality, a
    year or a purpose (`للسياحة`); without one it is any congress or fair (`مؤتمر الحزب`, `معرض الكتاب`, `مؤتمر صحافي`)
    and none. Returns the events and the words taken, `taken` included."""
    words, text, found = tokens.words, tokens.text, []
    adjectives = nationalities()
    for i, word in enumerate(words):
        if i in taken or word.breaks or word.stems.isdisjoint(EVENT_HEADS):
            continue
        if word.skel.startswith(("ال", "وال", "لل", "بال")):
            if (event := _definite_event(tokens, i)) is not None:
                found.append(event)
                taken |= set(range(i, event.anchor))
            continue
        if not word.stems.isdisjoint(PROJECT_HEADS):
            if (project := _project(tokens, places, i)) is not None:
                found.append(project)
                taken |= set(range(i, project.anchor))
            continue
        if (honoured := _honoured_end(tokens, i + 1)) is not None:  # `كأس سمو الأمير`, `كأس سمو ولي العهد [لكرة اليد]`
            if (purpose := purpose_end(tokens, honoured)) > honoured:
                honoured = _event_purpose_end(tokens, purpose)
            found.append(_headed_event(tokens, i, words[honoured - 1].end))
            taken |= set(range(i, honoured))
            continue
        j, named = i + 1, False
        if j < len(words) and words[j].kinds & K_ROLE and not word.stems.isdisjoint(_HEADS_OF_SOMEONE):
            continue  # `مبادرة [الرئيس] الأمريكي`, `قمة الرئيس …`: someone's initiative or summit, no name (not `كأس الملك`)
        if j < len(words) and words[j].skel.startswith("و") and not words[j].stems.isdisjoint(EVENT_HEADS):
            j += 1  # two heads, one event: `معرض ومؤتمر أبوظبي الدولي للبترول`
        if _cup_of_a_federation(words, i, adjectives):
            j, named = i + 3, True  # `كأس [الاتحاد الآسيوي]`, `كأس الاتحاد الإنجليزي`: the cup, not the federation the
            # head finder took (`without_overlaps` keeps the longer name)
        while j < len(words) and j < i + 8 and not words[j - 1].breaks:
            if _YEAR_BETWEEN.fullmatch(text, words[j - 1].end, words[j].start):
                named = True
            elif text[words[j - 1].end : words[j].start].strip():
                break  # a mark or a number that is no year
            end = place_end(tokens, places, j)  # a place is taken, but the event's name holds it (`إكسبو 2020 دبي`)
            body = _gazetteer_body_end(tokens, places, j) if end is None and j == i + 1 and "مهرجان" in word.stems else None
            if end is None and body is None and j in taken:
                break
            if end is not None:
                j, named = end, True
            elif body is not None:
                j = body  # a body's festival, named by its purpose: `مهرجان [كتارا] للمحامل التقليدية` (not `قمة الاتحاد الأفريقي [للإعداد]`)
            elif j == i + 1 and words[j].norm in _SEASONS and place_end(tokens, places, j + 1) is not None:
                j += 1  # a season of a place: `مهرجان [خريف] ظفار`, `مهرجان [شتاء] طنطورة`
            elif words[j].norm in adjectives and words[j].norm.startswith("ال"):
                j, named = j + 1, True  # `الأمني`, `السعودي`; not `مؤتمر دولي` (an international conference)
            elif j > i + 1 and words[j].norm in EVENT_SCOPES:
                j, named = j + 1, True  # `مهرجان غات [الدولي] للسياحة`: a name no gazetteer knows, then its scope
                if words[j - 1].norm in _ARTS and not (j < len(words) and words[j].norm in EVENT_SCOPES):
                    break  # `مهرجان كان السينمائي [العريق]`: what follows an art describes the festival
            elif (j == i + 1 and j + 1 < len(words) and words[j + 1].norm in EVENT_SCOPES and not words[j].breaks
                  and words[j].norm.isalpha() and words[j].norm not in GENERIC_ADJECTIVES and not is_verb(words, j)):
                j += 1  # the name before its scope, a word no finder knows: `رالي [حائل] الدولي`, `مهرجان [غات] الدولي`
            elif (j == i + 1 and j + 1 < len(words) and words[j + 1].norm in _CHARITY and not words[j].breaks
                  and not words[j].norm.startswith("ال") and words[j].norm.isalpha() and not is_verb(words, j)):
                j, named = j + 2, True  # a charity run named for its patron: `ماراثون [زايد] الخيري` (not `معرض الكتاب الخيري`)
            elif j > i + 1 and _of_a_place(words[j].norm):
                j, named = j + 1, True  # a listed town's adjective: `مهرجان العنب [الخليلي]`, `مهرجان الورد [الطائفي]`
            elif (j == i + 1 and j + 1 < len(words) and not words[j].breaks and not DEFINITE.match(words[j].norm)
                  and words[j].norm.isalpha() and purpose_end(tokens, j + 1) > j + 1 and not is_verb(words, j)
                  and _seldom_in_news(words[j]) and not words[j].norm.endswith("ي") and not _in_the_course_of(words, i)):
                j, named = j + 1, True  # a town no list knows, then what the event is for: `معرض [غريان] للكتاب` (not an
                # adjective, `مهرجان [ثقافي] للقصص`)
            elif j == i + 1 and words[j].norm in AMBIGUOUS_PLACES:
                j, named = j + 1, True  # a place the gazetteer leaves to context: `ملتقى عمان`
            elif j == i + 1 and words[j].norm == "الدوله" and "جائزه" in word.stems:
                j, named = j + 1, True  # the state's, as a country's: `جائزة الدولة التقديرية`, `جائزة الدولة التشجيعية`
            elif _org_word(tokens, j) and words[j].norm not in GENERIC_ADJECTIVES and not is_verb(words, j):
                j += 1
            else:
                break
        if j == i + 1:
            continue
        purpose = purpose_end(tokens, j)
        if purpose > j and _YEAR_BETWEEN.fullmatch(text, words[j - 1].end, words[j].start) and tafil(words[j].norm[1:]):
            purpose = j  # after its year, an aim: `أولمبياد لندن 2012 [لتعزيز] الصورة النمطية` (not `… 2019 لكرة اليد`)
        if purpose > j:
            j, named = _event_purpose_end(tokens, purpose), True
        year = _YEAR_AFTER.match(text, words[j - 1].end) if not words[j - 1].breaks else None
        if not named and year is None:
            continue
        found.append(_headed_event(tokens, i, year.end() if year else words[j - 1].end))
        taken |= set(range(i, j))
    return found, taken


def _cup_of_a_federation(words: Sequence[Word], i: int, adjectives: frozenset[str]) -> bool:
    """A cup at word `i` named after a federation and its nationality (`كأس الاتحاد الآسيوي`, the AFC Cup)."""
    return ("كاس" in words[i].stems and i + 2 < len(words) and not words[i + 1].breaks and words[i + 1].norm == "الاتحاد"
            and words[i + 2].norm in adjectives)


def _in_the_course_of(words: Sequence[Word], i: int) -> bool:
    """`في معرض` at word `i` before a verbal noun with its pronoun: `in the course of` (`في معرض [تبريرها] للقرار`, `في معرض
    [سرده] لواقعة`: news writes `سرد` more often), no fair (`في معرض [كارلسروه] للفنون`)."""
    from akhbar.tasks.ner_crf import load_words, word_key  # it imports this module: here, not at the top

    if not (0 < i < len(words) - 1 and words[i - 1].norm in ("في", "وفي") and words[i].norm == "معرض"):
        return False
    after, counts = words[i + 1].norm, load_words().counts
    return after.endswith(("ها", "هم", "هما")) or (after.endswith("ه")
                                                   and counts.get(word_key(after[:-1]), 0) > counts.get(word_key(after), 0))


_SEASONS = frozenset({"ربيع", "صيف", "خريف", "شتاء"})
_CHARITY = frozenset({"الخيري", "الخيريه"})


def _gazetteer_body_end(tokens: Tokens, places: Sequence[Found], k: int) -> int | None:
    """The end (word index) of an organisation the gazetteer names starting at word `k` (`كتارا`), or None."""
    body = next((p for p in places if p.anchor == k and p.label == "ORG" and p.start == tokens.words[k].start), None)
    return None if body is None else next(n + 1 for n in range(k, len(tokens.words)) if tokens.words[n].end == body.end)


def _seldom_in_news(word: Word) -> bool:
    """A word the news the tagger knows writes fewer than `_SELDOM` times (`شل`, Shell, 33; `ضخ`, pumping, 94)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    return load_words().counts.get(word.norm, 0) < _SELDOM


_SELDOM = 50


# `أيام قرطاج المسرحية`, `أيام الشارقة المسرحية`, `أيام بيروت السينمائية`: festivals named `days of` a town and an art;
# `أيام` before a place is otherwise a span of time (`خلال ثلاثة أيام السعودية وإسرائيل`).
FESTIVAL_ARTS = frozenset({"السينمائيه", "المسرحيه", "الموسيقيه", "الشعريه", "الكوريغرافيه", "الثقافيه", "التراثيه", "الادبيه"})


def find_festival_days(tokens: Tokens, places: Sequence[Found], taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """A head, a town and an art (`FESTIVAL_ARTS`): festivals named `days of` them, MISC (`لأيام [قرطاج] المسرحية`), and
    troupes, ORG (`لفرقة [الدوحة] المسرحية`, `فرقة قطر المسرحية`). Returns them and the words taken, `taken` included."""
    words, found = tokens.words, []
    for i, word in enumerate(words):
        head = next((stem for stem in _TOWN_ART_HEADS if stem in word.stems), None)
        if head is None or word.breaks or i + 2 >= len(words) or i in taken:
            continue
        end = place_end(tokens, places, i + 1)
        if end is None or end >= len(words) or words[end - 1].breaks or words[end].norm not in FESTIVAL_ARTS:
            continue
        skip = next((k for k, stem in word.readings if stem == head), 0)
        begin = word.start + skip_letters(word.raw, skip)
        name = tokens.text[begin : words[end].end]
        found.append(Found(begin, words[end].end, _TOWN_ART_HEADS[head], canonical_key(name), "head", None, i))
        taken |= set(range(i, end + 1))
    return found, taken


_TOWN_ART_HEADS = {"ايام": "MISC", "فرقه": "ORG"}
_ARTS = frozenset({"السينمائي", "المسرحي", "الموسيقي"})  # the arts of `EVENT_SCOPES`
EVENT_ARTS = _ARTS | FESTIVAL_ARTS  # an art ends an event's name: what follows describes it (`ner_crf._ends_at_an_art`)


def _headed_event(tokens: Tokens, i: int, end: int) -> Found:
    """The event whose head is word `i` (its clitics left out) and whose name ends at character `end`, MISC."""
    word = tokens.words[i]
    skip = next((k for k, stem in word.readings if stem in EVENT_HEADS), 0)
    begin = word.start + skip_letters(word.raw, skip)
    return Found(begin, end, "MISC", canonical_key(tokens.text[begin:end]), "head", None, i)


def _event_purpose_end(tokens: Tokens, end: int) -> int:
    """An event's purpose, ending at word `end`, takes its feminine adjectives: `للسياحة [المستدامة]`, `[الصحراوية]`."""
    words = tokens.words
    while end < len(words) and not words[end - 1].breaks and _org_word(tokens, end) and words[end].norm.endswith("ه"):
        end += 1
    return end


def _definite_event(tokens: Tokens, i: int) -> Found | None:
    """An event named by its head with the article, its scope and its purpose or its edition: `المهرجان الدولي للصحراء`,
    `للمعرض الوطني للتمور` (from the article's `ل`, as `ل[لمديرية …]`), `القمة العربية الثالثة والثلاثين`, MISC, its
    `anchor` the word after it; `المعرض الدولي` alone, or `المهرجان` alone, is any fair or festival."""
    words = tokens.words
    j = i + 1
    if j >= len(words) or words[i].breaks or words[j].norm not in EVENT_SCOPES or words[j].breaks:
        return None
    edition = _ordinal_end(tokens, j + 1) or j + 1  # `القمة العربية [الثالثة والثلاثين]`, `المعرض الدولي [الثالث] للكتاب`
    end = purpose_end(tokens, edition)
    if end > edition:
        end = _event_purpose_end(tokens, end)
    elif edition == j + 1:
        return None
    skip = next(k for k, stem in words[i].readings if stem.removeprefix("ال") in EVENT_HEADS and stem.startswith("ال"))
    begin = words[i].start + skip_letters(words[i].raw, skip)
    name = tokens.text[begin : words[end - 1].end]
    elided = not words[i].skel[skip:].startswith("ال")  # `للمهرجان`: keyed as `المهرجان …`, as written elsewhere
    return Found(begin, words[end - 1].end, "MISC", canonical_key("ا" + name if elided else name), "head", None, end)


def _honoured_end(tokens: Tokens, j: int) -> int | None:
    """After an event's head, an honorific and the ruler's title it is named for, the end of them: `كأس [سمو الأمير]`,
    `كأس [سمو أمير البلاد]`, `بطولة [سمو ولي العهد]`, `كأس [جلالة الملك]`; or None."""
    words, k = tokens.words, j
    while k < len(words) and k < j + 2 and words[k].norm.removeprefix("ال") in _TROPHY_HONORIFICS and not words[k].breaks:
        k += 1  # `سمو`, `صاحب السمو`, `جلالة`
    if k == j or k >= len(words):
        return None
    if words[k].norm in ("ولي", "امير") and k + 1 < len(words) and not words[k].breaks and words[k + 1].norm in ("العهد", "البلاد"):
        return k + 2
    return k + 1 if words[k].norm in NAMESAKE_TITLES and words[k].norm not in ("الشيخ", "الشيخه", "الشهيد") else None


_TROPHY_HONORIFICS = frozenset({"سمو", "صاحب", "جلاله", "فخامه"})


def _ordinal_end(tokens: Tokens, j: int) -> int | None:
    """The end of an edition's ordinal at word `j`: `الثالثة`, `الحادية عشرة`, `الثالثة والثلاثين`, `العشرون`; or None."""
    words = tokens.words
    if j >= len(words) or (words[j].norm not in _EDITIONS and words[j].norm not in _TENS):
        return None
    end = j + 1
    if end < len(words) and not words[end - 1].breaks and words[j].norm in _EDITIONS:
        if words[end].norm in ("عشر", "عشره") or (words[end].norm[:1] == "و" and words[end].norm[1:] in _TENS):
            end += 1  # `الحادية عشرة`, `الثالثة والثلاثين`
    return end


_OF_THE_PAST = frozenset({"الاثري", "الاثريه", "التاريخي", "التاريخيه"})  # `موقع جرش [الأثري]`: a site, no website
_RANKS = ORDINALS | {"الصداره", "الوصيف", "الاخير", "المتقدم", "المتاخر"}  # `مركز الصدارة`, `المركز الأخير`
# Editions, as `normalize_arabic` spells them: `الأول`/`الأولى` … `العاشرة`, `الحادي`, and the tens (`العشرين`).
_EDITIONS = ORDINALS | {o + "ه" for o in ORDINALS} | {"الاولي", "الحادي", "الحاديه"}
_TENS = frozenset(f"ال{t}{e}" for t in ("عشر", "ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "تسع") for e in ("ون", "ين"))


def _project(tokens: Tokens, places: Sequence[Found], i: int) -> Found | None:
    """`مشروع البحر الأحمر`, `مشروع جدة التاريخية`: a project named by a place that is no country, and the place's own
    adjective (MISC, its `anchor` the word after it); `مشروع إيران النووي` is a country's programme, `مشروع القانون` a bill."""
    words, text = tokens.words, tokens.text
    end = place_end(tokens, places, i + 1) if not words[i].breaks else None
    if end is None:
        return None
    place = " ".join(word.norm for word in words[i + 1 : end])
    if is_country(place):
        return None
    if end < len(words) and not words[end - 1].breaks and words[end].norm.startswith("ال") and words[end].norm.endswith(("ي", "يه")) \
            and words[end].norm not in nationalities():
        end += 1  # `التاريخية`
    skip = next((k for k, stem in words[i].readings if stem in PROJECT_HEADS), 0)
    begin = words[i].start + skip_letters(words[i].raw, skip)
    return Found(begin, words[end - 1].end, "MISC", canonical_key(text[begin : words[end - 1].end]), "head", None, end)


def _construct_end(tokens: Tokens, places: Sequence[Found], j: int, company: bool = False) -> int | None:
    """After a head, a noun in construct and what it is of, a definite word or a place: `مجلس [نواب الشعب]`,
    `حركة [نداء تونس]`, `هيئة [كبار العلماء]`, or two nouns joined by `و`, `غرفة [تجارة وصناعة دبي]`, or a work and
    what it works on, `هيئة [تنظيم قطاع الطاقة]` (not after a `company` head: `شركة تصنيع أشباه الموصلات TSMC` is
    named by its brand): the word after its first definite word (more may follow) or after the place; None where word
    `j` is no such noun (`مجلس إدارة الشركة` is any company's board)."""
    words = tokens.words
    if j + 1 >= len(words) or words[j - 1].breaks or words[j].breaks or not _construct_noun(tokens, j):
        return None
    if (j + 2 < len(words) and not words[j + 1].breaks and words[j + 1].skel.startswith("و") and len(words[j + 1].norm) > 3
            and _construct_noun(tokens, j + 1, conjoined=True) and _abstract_noun(words[j + 1].norm[1:])
            and place_end(tokens, places, j) is None):  # `اتحاد جدة وكريم …`: two things, not one name
        j += 1  # `تجارة [وصناعة] دبي`, `كهرباء [ومياه] أبوظبي`, `غوث [وتشغيل] اللاجئين`
    elif (not company and j + 2 < len(words) and not words[j + 1].breaks and _works_on(words[j].norm) and _construct_noun(tokens, j + 1)
          and not words[j + 1].kinds & K_ROLE and _org_word(tokens, j + 2)):
        j += 1  # a work and what it works on: `هيئة تنظيم [قطاع] الطاقة`, `مركز استهداف [تمويل] الإرهاب`; not a role
        # (`سلطة تعيين [رئيس] الحكومة` is a power, no body)
    if _org_word(tokens, j + 1):
        return j + 2
    return place_end(tokens, places, j + 1)


def _service_of_town(tokens: Tokens, places: Sequence[Found], j: int) -> int | None:
    """Word `j` is a public service in construct before a town (`صحة [حمص]`, `زراعة [حماة]`, `تربية [دمشق]`), as Syria names
    its directorates: a feminine noun, then a place, or a word that may be one, no adjective in `-ية` (the gazetteer leaves
    `حماة` out, also a common word): the end of the town, or None."""
    words = tokens.words
    if not (j + 1 < len(words) and not words[j].breaks and words[j].norm.endswith("ه") and _construct_noun(tokens, j)):
        return None
    if (end := place_end(tokens, places, j + 1)) is not None:
        return end
    town = words[j + 1]
    return j + 2 if (_construct_noun(tokens, j + 1) and not town.norm.endswith("يه") and town.norm not in not_names()
                     and (town.breaks or j + 2 >= len(words) or not _construct_noun(tokens, j + 2))) else None


def _abstract_noun(norm: str) -> bool:
    """A noun of what a body does, as a name joins two with `و`: feminine (`صناعة`, `مياه`) or a verbal noun of the
    pattern تفعيل (`تشغيل`); not a name (`وطور الباحة`, `وكريم العريبي`), nor a word that starts with `و` (`وادي`)."""
    return len(norm) >= 3 and (norm.endswith("ه") or tafil(norm))


def _works_on(norm: str) -> bool:
    """A verbal noun of the pattern تفعيل or استفعال (`تنظيم`, `استهداف`), which a body's name may follow with what it
    works on in construct; not إفعال, which normalised is spelt as the plural أفعال (`إنفاذ` as `أنباء`, `أركان`)."""
    return tafil(norm) or istifal(norm)


def _national_kind(tokens: Tokens, i: int) -> bool:
    """Word `i`, a definite kind of company (`الشركة`, `المجمع`), is followed by its nationality: `الشركة [النمساوية]`."""
    words = tokens.words
    return (i + 1 < len(words) and not words[i].breaks
            and any(stem.startswith("ال") and stem[2:] in COMPANY_HEADS for _, stem in words[i].readings)
            and words[i + 1].norm.startswith("ال") and words[i + 1].norm in nationalities())


def _after_describing(tokens: Tokens, j: int) -> int:
    """Word `j - 1`, or `j` where word `j` describes the body (`_describing`: `الشركة الفرنسية [المشغلة] "سيتيبارك"`)."""
    words = tokens.words
    return j if j < len(words) and not words[j - 1].breaks and _describing(words[j].norm) else j - 1


# Company heads in the dual, construct before two names in marks: `شركتي "ستراباغ" النمساوية و"أوزكار" التركية`.
_DUAL_COMPANY_HEADS = frozenset({"شركتي", "مجموعتي"})
_SECOND_IN_MARKS = re.compile(r'["»”](?:\s+[^\s"«»“”]+)?\s+و\s?["«“]([^"«»“”\n]{2,40})["»”]')


def _second_in_marks(tokens: Tokens, end: int) -> tuple[int, int] | None:
    """The second name in marks of two, after the first's end (and a word, its nationality): `و"[أوزكار]"`."""
    m = _SECOND_IN_MARKS.match(tokens.text, end)
    if m is None or len(m.group(1).split()) > 4:
        return None
    start, stop = trimmed(tokens.text, m.start(1), m.end(1))
    return (start, stop) if start < stop else None


def _brand_in_marks(tokens: Tokens, i: int) -> tuple[int, int] | None:
    """A company's name in marks after word `i`: up to three words, the first one news seldom writes otherwise (`"سنام"`,
    `"فيربوند"`), not a quotation (`"إننا نرفض القرار"`)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    named = name_in_marks(tokens, i, 3)
    if named is None:
        return None
    first = tokens.text[named[0] : named[1]].split()[0]
    return named if load_words().counts.get(normalize_arabic(first), 0) < _BRAND_SEEN else None


_BRAND_SEEN = 500  # `توتال` 143, `أرامكو` 271 times in the news the tagger was built with; `إننا` 1,055, `نحن` 1,888


def _describing(norm: str) -> bool:
    """A definite feminine participle, which describes a body without naming it: `لجنة التحكيم [المكونة] من`; not an
    adjective of relation, which may name one (`جبهة التحرير [الوطني]`)."""
    return norm.startswith("الم") and norm.endswith("ه") and not norm.endswith("يه")


def _takes_object(norm: str) -> bool:
    """A verbal noun of the patterns مفاعلة, تفعيل, إفعال or استفعال, as normalised (`محاربه`, `مكافحه`, `تعزيز`): a definite
    word in `-ية` after it is its object (`لمحاربة [الأمية]`, `لتعزيز [الهوية]`), not an adjective."""
    return _verbal_noun(norm) or (len(norm) == 6 and norm[0] == "م" and norm[2] == "ا" and norm[5] == "ه")


def _mafail(norm: str) -> bool:
    """A plural of the pattern مفاعيل, as normalised (`مشاريع`, `مواضيع`): a verbal noun's object in construct
    (`اللجنة الولائية لمتابعة [مشاريع] الاستثمار`)."""
    return len(norm) == 6 and norm[0] == "م" and norm[2] == "ا" and norm[4] == "ي"


def _verbal_noun(norm: str) -> bool:
    """A verbal noun of the patterns تفعيل, إفعال or استفعال, as normalised: `تأهيل`, `إدماج`, `استثمار`."""
    return tafil(norm) or (len(norm) == 5 and norm[0] == "ا" and norm[3] == "ا") or istifal(norm)


def istifal(norm: str) -> bool:
    """A verbal noun of the pattern استفعال, as normalised: `استثمار`, `استهداف`."""
    return len(norm) == 7 and norm.startswith("است") and norm[5] == "ا"


def _construct_noun(tokens: Tokens, j: int, conjoined: bool = False) -> bool:
    """Word `j` may be a noun in construct inside a name: indefinite, no clitic (`conjoined`: after `و`), no verb, particle
    or given name."""
    words = tokens.words
    word, norm = words[j], words[j].norm[1:] if conjoined else words[j].norm
    skel = words[j].skel[1:] if conjoined else words[j].skel
    return not (skel.startswith(("ال", "و", "ل", "ب")) or len(norm) < 3 or not norm.isalpha() or is_verb(words, j)
                or word.norm in PHRASE_ENDS or norm in PHRASE_ENDS or norm in PREPOSITIONS or norm in given_names()
                or "ال" + norm in GENERIC_COMPLEMENTS)


# Four letters with `ل` that are no noun of purpose: `لأنه` (because), `لذلك`, `لعدم`, `لكنه`.
_AFFAIRS = frozenset({"لشؤون"})  # `لشؤون`: a role's tail (`وزير الدولة لشؤون …`), and a body's purpose
_DEPUTIES = frozenset({"وكيل", "وكيله", "مساعد", "مساعده"})  # roles before a body, with its purpose their own
_NOT_PURPOSE = frozenset({"لانه", "لانها", "لانهم", "لذلك", "لعدم", "لكنه", "لكنها", "لهذا", "لهذه", "لدينا", "لديه", "لديها",
                          "للمره", "لمره",  # `بطولة الدوري الأوروبي [للمرة] الثالثة`: for the third time
                          "لصالح", "لحساب",  # `البرلمان البلجيكي [لصالح] تخفيض …`: in favour of, on behalf of
                          "للحصول",  # `أكاديمي في جامعة كمبردج [للحصول] على البيانات`: in order to get
                          "للمساهمين",  # `الجمعية العامة العادية [للمساهمين]`: a company's general meeting
                          "لمنطقه",  # `شركة يوتونغ [لمنطقة] الشرق الأوسط`: its regional branch, no purpose
                          # a team's rank or match: `أعاد فريق بارما [للمركز]`, `يستعد المنتخب السعودي [لخوض] المباراة`
                          # (not `لمواجهة`: `المجلس الأعلى لمواجهة الإرهاب`)
                          "للمركز", "للمرتبه", "للصداره", "لخوض", "لملاقاه", "للتاهل",
                          # a market's move: `دفع مؤشر الدولار [للانخفاض]`
                          "للانخفاض", "للارتفاع", "للتراجع", "للصعود", "للهبوط",
                          # a budget's year: `ميزانية بلدية الكويت [للسنة] المالية`
                          "للسنه", "للعام", "للموسم",
                          # why one went there: `نقل إلى مستشفى الملك فهد [لتلقي] العلاج`
                          "لتلقي"})


def _un_bodies(tokens: Tokens, places: list[Found], taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """A UN body the gazetteer knows by its head and `الأمم المتحدة` alone (`منظمة الأمم المتحدة`), with the rest of its
    name: `منظمة الأمم المتحدة [للتربية والعلم والثقافة]` (UNESCO), `… [للطفولة]` (UNICEF), each a body of its own; and a
    union's federation of a sport (`الاتحاد الإفريقي [لكرة القدم]`: CAF, not the African Union)."""
    words, kept = tokens.words, []
    for place in places:
        last = next((n for n in range(place.anchor, len(words)) if words[n].end == place.end), None)
        un = last is not None and last >= place.anchor + 2 and (words[last - 1].norm, words[last].norm) == ("الامم", "المتحده")
        sport = (last is not None and words[place.anchor].norm == "الاتحاد" and last + 1 < len(words) and not words[last].breaks
                 and words[last + 1].norm in _SPORTS)
        if place.label != "ORG" or place.source != "gazetteer" or not (un or sport):
            kept.append(place)
            continue
        end = last + 1
        while end < len(words) and end < last + 3 and not words[end - 1].breaks and relational(tokens, taken, end):
            end += 1  # `السامية`
        purpose = purpose_end(tokens, end, place.anchor)
        if purpose == end:
            kept.append(place)
            continue
        name = tokens.text[place.start : words[purpose - 1].end]
        kept.append(Found(place.start, words[purpose - 1].end, "ORG", canonical_key(name), "head", None, place.anchor))
        taken |= set(range(last + 1, purpose))
    return kept, taken


# What a union's sports federation is for: `الاتحاد الأوروبي لكرة القدم`, `الاتحاد الآسيوي لألعاب القوى`.
_SPORTS = frozenset({"لكره", "للكره", "لالعاب", "للالعاب", "للسباحه", "للتنس", "للملاكمه", "للجودو", "للفروسيه", "للدراجات",
                     "للمصارعه", "للرياضات", "للسيارات", "للجمباز", "للرمايه", "للكاراتيه", "للتايكواندو", "للشطرنج"})


# What `إدارة` manages, read as a body's management or the act of managing, not as an administration's name: `إدارة
# [المعرض] أغلقت`, `إدارة [الأزمات]`, `إدارة [البلاد]` (ANT's news, and the gold's `إدارة الشركة`, `إدارة السوق`).
_MANAGED = frozenset({"المعرض", "الشركه", "المدرسه", "المهرجان", "النادي", "الفريق", "السجن", "المباراه", "البلاد", "الاعمال",
                      "الازمات", "الازمه", "المشروع", "المستشفي", "الجامعه", "الملف", "الحرب", "الدوله", "المدينه", "التطبيق",
                      "المنصه", "السوق", "المطار", "الملعب", "المصنع", "الموسسه", "الحكومه", "الاتحاد", "المنتخب", "الحمله",
                      "الموقع", "الشان", "الوقت", "الصراع", "الاقتصاد", "الانتخابات", "الجلسه", "الحوار"})


def _managed(tokens: Tokens, places: Sequence[Found], j: int) -> bool:
    """`إدارة` before a thing it manages (`_MANAGED`), a town or country (`إدارة برشلونة`: its club's board; `إدارة
    البحرين`), or a sports club's name (`إدارة الترجي الرياضي التونسي`): the club, the town, the thing are named by their
    own finders, and the management is no body of its own."""
    words, gazetteer = tokens.words, load_gazetteer().places
    if words[j].norm in _MANAGED:
        return True
    town = next((p for p in places if p.label == "LOC" and p.start == words[j].start), None)
    if town is not None and (place := gazetteer.get(normalize_arabic(tokens.text[town.start : town.end]))) is not None:
        return place.kind in ("city", "capital", "country")  # (not a region: `إدارة الشرق الأوسط`, a ministry's department)
    return (j + 2 < len(words) and not words[j].breaks and not words[j + 1].breaks
            and words[j + 1].norm in ("الرياضي", "الرياضيه") and words[j + 2].norm in nationalities())


def _purpose_word(norm: str) -> bool:
    """`ل` and a noun of four letters or more: `لتنمية`, `لكرة` (`الجامعة التونسية لكرة القدم`), not `له`, `لذلك`, nor
    another body (`منظمة … لحزب العمال`, `مجلس … لحزب الله`: of the party, not for it). `لفن`, of three, is one too:
    `المهرجان الوطني [لفن] العيطة`, an art's festival (the tagger had read `لفن العيطة` as a man)."""
    return (len(norm) > 3 or norm == "لفن") and norm not in _NOT_PURPOSE and norm[1:] not in ORG_HEADS and norm[1:] not in MEDIA_HEADS


# Kinds of outlet spoken to: `وزارة التجارة [لوكالة] الأنباء العراقية` is the ministry, then the agency it told.
MEDIA_HEADS = frozenset({"وكاله", "صحيفه", "جريده", "قناه", "اذاعه", "مجله", "محطه", "موقع", "شبكه"})


def _police_branch(tokens: Tokens, j: int) -> bool:
    """`للشرطة` and its branch (`القضائية`, `الجنائية`) is what a brigade or a commission is for, no body it serves:
    `الفرقة الوطنية [للشرطة القضائية]`, `المنظمة الدولية [للشرطة الجنائية]` (Interpol)."""
    words = tokens.words
    return (words[j].norm == "للشرطه" and j + 1 < len(words) and not words[j].breaks
            and words[j + 1].norm in ("القضائيه", "الجنائيه"))


def purpose_end(tokens: Tokens, j: int, head: int | None = None) -> int:
    """An organisation's name may end in what it is for (from word `j`): `للأنباء`, `للشغل`, `للكهرباء والغاز`,
    or `ل` and a verbal noun with its object, `لتنمية الاستثمار`, `لمكافحة الإرهاب`, `لاستغلال وتوزيع المياه`. With the
    body's `head` word, also `لشؤون` and its object (`مفوضية … لشؤون اللاجئين`), unless a role comes before the body:
    `وكيلة وزارة الخزانة [لشؤون الإرهاب]` is her office's purpose, not the ministry's."""
    words = tokens.words
    affairs = head is not None and (head == 0 or words[head - 1].stems.isdisjoint(ROLES | _DEPUTIES))

    def joined(k: int) -> bool:
        return k < len(words) and not words[k - 1].breaks

    if (joined(j) and words[j].skel.startswith("لل") and words[j].norm not in _NOT_PURPOSE
            and not (words[j].norm in _TO_WORK and joined(j + 1) and words[j + 1].norm in PREPOSITIONS)
            and (len(words[j].norm) > 4 or (len(words[j].norm) == 4 and _nisba_after(tokens, j)))):
        if (words[j].norm[2:] in _OTHER_BODIES or words[j].norm[1:] in _OTHER_BODIES) and not _police_branch(tokens, j):
            return j  # another body, the one this serves or belongs to: `اللجنة الأولمبية الوطنية [للجنة] الأولمبية الدولية`
        j += 1
    elif (joined(j) and words[j].skel.startswith("ل") and (_purpose_word(words[j].norm) or _managing(tokens, j)) and not is_verb(words, j)
          and not words[j].skel.endswith("ه")  # `المجلس [لقبوله] الشكوى`: his, a pronoun's `ه`, where a purpose ends in `ة`
          and (words[j].norm not in TAIL_PREPOSITIONS or (affairs and words[j].norm in _AFFAIRS))):
        k, construct = j + 1, False
        if joined(k) and words[k].skel.startswith("و") and not words[k].skel.startswith("وال"):
            k += 1  # `لاستغلال وتوزيع المياه`
        elif (joined(k) and joined(k + 1) and not words[k].skel.startswith("ال") and words[k + 1].skel.startswith("ال")
              and (_verbal_noun(words[k].norm) or words[k].raw.endswith("ة")
                   or (_takes_object(words[j].norm[1:]) and _mafail(words[k].norm)))
              and not words[k].raw.startswith("أ")):
            # (`أفعال` is a plural: `أوراق`); a feminine noun too: `لمراقبة [جودة] الأدوية` (not a pronoun's `ه`: `مباراته`)
            k, construct = k + 1, True  # the verbal noun's own verbal noun: `لإعادة [إدماج] السجناء`, `لإعادة [تأهيل] المدمنين`
        if joined(k) and _country(words[k]):
            return k + 1  # whose: `الكونفدرالية العامة [لعمال موريتانيا]`
        if not (joined(k) and words[k].skel.startswith("ال") and len(words[k].norm) > 3) or (
                words[k].norm.endswith(("ي", "يه")) and words[k].skel != "القوى" and not construct
                and not (k == j + 1 and _takes_object(words[j].norm[1:]) and not words[k].starts_place)):  # `لمحاربة
            # [الأمية]`: its object, no adjective (but `لتحرير [الساقية الحمراء]`, a place's name, which the body's name ends before)
            # (`لمراقبة جودة [الأدوية]`: a noun in construct; `لألعاب [القوى]`: powers, no adjective in `ي`, as `الأقصى` is)
            return j  # an adjective follows a name, not a verbal noun: `موقع لاكيرز الرسمي`
        j = k + 1
    elif not (j > 0 and words[j - 1].skel.startswith("لل")):  # found already: `مؤسسة قطر للتربية [والعلوم]`
        return j
    while joined(j) and ((words[j].skel.startswith("وال") and not _another_body(words[j], words[j + 1] if joined(j + 1) else None)) or (len(words[j].norm) > 4 and words[j].norm.startswith("ال") and (
            words[j].norm.endswith(("ي", "يه", "يين", "يون"))  # `للعمال [الجزائريين]`, `للمنتجين [السينمائيين]`
            or words[j].norm in SUPERLATIVES or words[j].norm in _PURPOSE_ADJECTIVES
            or words[j].norm == "العرب"  # `للباحثين [العرب]`, `للأدباء والكتاب [العرب]`
            or _participle(words[j].norm)
            or _paired_adjectives(words[j].norm, words[j + 1].norm if joined(j + 1) else "")))):
        j += 1  # `والغاز`, `للدفاع المدني`, `للمشاريع الصغيرة والمتوسطة`, `للمناقصات العامة`
    if (j > 0 and words[j - 1].norm.endswith(("ي", "يه")) and joined(j) and joined(j + 1) and words[j].skel.startswith("لل")
            and words[j].norm not in _NOT_PURPOSE and words[j].norm[2:] not in _OTHER_BODIES and words[j + 1].norm.startswith("ال")
            and words[j + 1].norm.endswith(("ي", "يه"))):
        j += 2  # what the purpose is of, with its adjective: `للإيداع المركزي [للأوراق المالية]`
    j = governed_end(tokens, j)  # `مركز النهوض [بالصادرات]`, `للعناية [بشؤون] …`, `الإشراف [على التأمين]`
    if head is not None and joined(j) and _joined_work(tokens, j):
        j += 2  # a second work after the purpose: `المندوبية العامة للتضامن الوطني [ومكافحة الإقصاء]`
    elif head is not None and joined(j) and words[j].skel.startswith("و") and _with_pronoun(words[j]):
        j += 1  # `لتحسين السكن [وتطويره]`
    elif j > 0 and joined(j) and words[j - 1].skel.startswith("لل") and words[j].norm in _ITS_PRODUCTS:
        j += 1  # `الديوان الوطني المهني للحليب [ومشتقاته]`: what the purpose yields, its own
    return j


# `للعمل` before a preposition is what the body does next, not its purpose: `مركز استهداف تمويل الإرهاب [للعمل] على وقف …`.
_TO_WORK = frozenset({"للعمل"})
_ITS_PRODUCTS = frozenset(c + noun + p for c in ("و",) for noun in ("مشتقات", "منتجات") for p in ("ه", "ها"))


# Verbal nouns whose object follows a preposition, inside a body's name: `مركز النهوض [بالصادرات]`, `الهيئة العامة للعناية
# [بشؤون المسجد الحرام]`, `هيئة الإشراف [على التأمين]`; `غير` and an adjective after a noun (`الهجرة [غير الشرعية]`).
_GOVERNING = {"النهوض": "ب", "للنهوض": "ب", "العنايه": "ب", "للعنايه": "ب", "الاشراف": "علي", "للاشراف": "علي", "التزويد": "ب",
              "للتزويد": "ب",  # `للتزويد [بالماء] الشروب`
              "التامين": "علي", "للتامين": "علي"}  # `الصندوق الوطني للتأمين [على المرض]`, `المؤسسة العامة للتأمين [على الودائع]`


def governed_end(tokens: Tokens, j: int) -> int:
    """Past the object of the name's last word where it takes a preposition (`_GOVERNING`): `ب` and a definite word, or an
    indefinite one and the definite word it is in construct with; `على` and a definite word; and past `غير` and its
    adjective after a definite noun."""
    words = tokens.words
    if j >= len(words) or j == 0 or words[j - 1].breaks:
        return j
    last, word = words[j - 1].norm, words[j]
    preposition = _GOVERNING.get(last)
    if preposition == "ب" and word.skel.startswith("ب") and len(word.norm) > 3:
        if word.skel.startswith("بال"):
            return j + 1
        return j + 2 if j + 1 < len(words) and not word.breaks and words[j + 1].skel.startswith("ال") else j
    if preposition == "علي" and word.norm == "علي" and j + 1 < len(words) and not word.breaks and words[j + 1].skel.startswith("ال"):
        return j + 2
    if (word.norm == "غير" and last.startswith("ال") and j + 1 < len(words) and not word.breaks
            and words[j + 1].norm.startswith("ال") and words[j + 1].norm.endswith(("ي", "يه"))):
        return j + 2  # `جهاز مكافحة الهجرة [غير الشرعية]`
    return j


# `للمناطق الاقتصادية [الخاصة] والمناطق [الحرة]`, `للقوى [العاملة]`, `لحفظ القرآن [الكريم]`
_PURPOSE_ADJECTIVES = frozenset({"الخاصه", "الحره", "العامله", "الكريم"})


def _managing(tokens: Tokens, j: int) -> bool:
    """`لإدارة` and a second verbal noun after `و`: management, not another body (`الهيئة العامة [لإدارة وتطوير] الغاب`);
    or, after a body's adjective (`administering`, `_administering`), what it manages (`المندوبية العامة [لإدارة] السجون`)."""
    words = tokens.words
    if words[j].norm[1:] != "اداره" or j + 1 >= len(words) or words[j].breaks:
        return False
    if words[j + 1].skel.startswith("ال"):
        return _administering(tokens, j)
    return words[j + 1].skel.startswith("و") and not words[j + 1].skel.startswith("وال") and _abstract_noun(words[j + 1].norm[1:])


def _administering(tokens: Tokens, j: int) -> bool:
    """Word `j` is `لإدارة` right after a body's or plan's definite adjective: what it manages, not another body
    (`الدائرة التنفيذية [لإدارة] النفايات الصلبة`, `المندوبية العامة [لإدارة] السجون`, `الاستراتيجية الوطنية [لإدارة] …`);
    not after `التابعة`, where it is the body something belongs to (`التابعة لإدارة الجمارك`)."""
    words = tokens.words
    if j == 0 or words[j - 1].breaks or words[j].norm != "لاداره":
        return False
    before = words[j - 1].norm
    return before.startswith("ال") and (before.endswith(("ي", "يه")) or before in ("العام", "العامه"))


def _common_noun(word: Word) -> bool:
    """A word news also writes with the article, a noun (`طيران`, `الطيران`): no company's brand (`ميرسك`, `هانوا`)."""
    from akhbar.tasks.ner_crf import load_words  # the words of news the tagger was built with; it imports this module

    return load_words().counts.get("ال" + word.norm, 0) >= 20


_NAMED_FOR = frozenset({"الملك", "الامير", "الشيخ", "السلطان", "الامام"})  # `جامعة الملك عبدالعزيز`: a person's name


def _proper_then_country(words: Sequence[Word], start: int, end: int) -> bool:
    """Words `start` to `end - 1` are a proper name (no article, no purpose: `توبنغن`, `خليفة`, `الملك عبدالعزيز`) and then
    a country's adjective: the adjective describes the name (`جامعة خليفة الإماراتية`, as the gold sets annotate it,
    `tests/gold/README.md`). A descriptive name keeps its country (`جامعة العلوم والتكنولوجيا الأردنية`, `بنك التصدير
    والاستيراد السعودي`), as does the gazetteer's (`أرامكو السعودية`); `الدولية` is of no country (`صندوق أوبك للتنمية
    الدولية`). A club's is the caller's to keep (`نادي روما الإيطالي`: there it tells the club from the town)."""
    last = words[end - 1].norm
    if words[end - 2].breaks or not last.endswith(("ي", "يه")) or last not in nationalities():
        return False  # (`شركة طيران [الهند]`: a country's name is of the name)
    if countries_by_word().get(last[2:]) is None or " ".join(w.norm for w in words[start:end]) in load_gazetteer().places:
        return False  # (`شركة [أرامكو السعودية]`: the gazetteer's name, Saudi Aramco)
    name = words[start : end - 1]
    return all(not (w.skel.startswith(("ال", "لل")) or w.skel[:1] == "و") or (k == 0 and w.norm in _NAMED_FOR)
               for k, w in enumerate(name))


def _usually_definite(word: Word) -> bool:
    """A word news writes more often with the article than without, a common noun (`وقود`: `الوقود` 364 times to 92 in
    the words the tagger was built with): no brand, which seldom takes it (`فيسبوك` 2,904 to 55, `أرسنال` 743 to 42)."""
    from akhbar.tasks.ner_crf import load_words  # as `_common_noun`

    counts = load_words().counts
    return counts.get("ال" + word.norm, 0) > counts.get(word.norm, 0)


def _country(word: Word, clitic: bool = False) -> bool:
    """A country's name as written (`موريتانيا`), or after a one-letter clitic (`بتونس`)."""
    return is_country(word.norm[1:] if clitic else word.norm)


def _participle(norm: str) -> bool:
    """A feminine participle of a derived verb, an adjective after a purpose's plural noun: `للصناعات البترولية
    [المتكاملة]`, `للطاقة [المتجددة]`, `للتنمية [المستدامة]` (`المت…ة`, `المست…ة`)."""
    return norm.startswith(("المت", "المست")) and norm.endswith("ه") and len(norm) > 6


def _definite_nisba(word: Word) -> bool:
    """A definite adjective of relation (`البيطري`, `الجامعي`), not a superlative in `ى` that folds like one (`الأقصى`)."""
    return word.norm.startswith("ال") and word.norm.endswith(("ي", "يه")) and not word.raw.endswith("ى")


def _nisba_after(tokens: Tokens, j: int) -> bool:
    """A purpose of two letters (`للطب`, `للحي`) is a noun where a definite adjective of relation follows it: `المعهد الوطني
    [للطب البيطري]`, `المؤسسة العامة [للحي الثقافي]`; alone it is mostly a verbal noun, a clause's purpose (`البرلمان [للرد]
    على`, `المحكمة [للبت] في`, `للحد الأقصى`)."""
    words = tokens.words
    return j + 1 < len(words) and not words[j].breaks and len(words[j + 1].norm) > 4 and _definite_nisba(words[j + 1])


_GOVERNED_KINDS = frozenset({"city", "region"})  # not a capital: `حكومة بكين` is China's


def _governed_town(tokens: Tokens, places: Sequence[Found], j: int) -> Found | None:
    """The town or region a government's head is of, right after it: `حكومة [الفجيرة]`, `حكومة [إقليم كردستان]` (a
    country's government is named by its nationality, `الحكومة التونسية`: `NATIONAL_NAME_HEADS`)."""
    if j >= len(tokens.words) or tokens.words[j - 1].breaks:
        return None
    place = next((p for p in places if p.label == "LOC" and p.start == tokens.words[j].start), None)
    known = load_gazetteer().places.get(normalize_arabic(tokens.text[place.start : place.end])) if place else None
    return place if known is not None and known.kind in _GOVERNED_KINDS else None

def _kind_described(words: Sequence, k: int) -> bool:
    """Word `k` is an indefinite nationality, which describes a kind of body, not a name: `شركة تأمين [إيرانية]` is an
    Iranian insurance company, `شركة قابضة [صينية]` a Chinese holding company."""
    return (k < len(words) and words[k].norm in nationalities() and not words[k].norm.startswith("ال")
            and words[k].norm not in DIRECTIONS)  # `جبهة حام [غربي] الجوف`: west of, a place follows


def _name_before_nationality(tokens: Tokens, taken: frozenset[int], j: int) -> int | None:
    """After a company's head, a name of one to three words that are no Arabic word, then a nationality: `مجمع [إيني]
    الإيطالي`, `شركة [إكسون موبيل] الأمريكية`: the end of the name (the head and the nationality describe it), or None."""
    words, end = tokens.words, j
    while end < len(words) and end < j + 3 and not words[end - 1].breaks and subject_word(tokens, taken, end, end == j):
        end += 1
    if (end == j or end >= len(words) or words[end - 1].breaks or words[end].norm not in nationalities()
            or not words[end].norm.startswith("ال")):
        return None  # definite, as it agrees with a name: `شركة تأمين إيرانية` is an Iranian insurance company
    return None if any(words[n].norm in given_names() or common(words[n]) for n in range(j, end)) else end


def find_namesakes(tokens: Tokens, taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """Places, bodies and prizes named after a person, the head in the span: `سد الملك طلال`, `مطار الملك حسين الدولي` (LOC),
    `جامعة محمد الخامس`, `مركز الملك سلمان للإغاثة والأعمال الإنسانية` (ORG), `جائزة الشيخ زايد للكتاب` (MISC). Before the people's finders, which would
    take the namesake for a person (`الملك [طلال]`), and before `find_orgs`, which would end the name at the title
    (`مطار الملك`). The name must be a namesake's, not an owner's: a title, or two words of a name (`_namesake`);
    `مستشفى خليفة` alone stays out. No taken word (a gazetteer place) lies inside. Returns the names found and the words
    taken, `taken` included."""
    words, text, found = tokens.words, tokens.text, []
    for i, word in enumerate(words):
        if i in taken or word.breaks or i + 2 > len(words) or word.stems.isdisjoint(_NAMESAKE_HEADS):
            continue
        reading = next(((k, stem) for k, stem in word.readings if stem in _NAMESAKE_HEADS), None)
        if reading is not None and reading[1] in _TITLED_BODY_HEADS and words[i + 1].norm not in NAMESAKE_TITLES:
            continue
        body_first = None
        if reading is not None and reading[1] in NAMESAKE_PLACE_HEADS and i > 0 and tafil(words[i - 1].norm):
            # what a body does to the place is its name: `هيئة تطوير [محمية الإمام تركي بن عبدالله الملكية]`, the body's
            # whole from its head (the body finder would end it at the title: `هيئة تطوير محمية`)
            if not (i > 1 and not words[i - 2].stems.isdisjoint(ORG_HEADS) and not words[i - 2].breaks
                    and not words[i - 1].breaks and {i - 2, i - 1}.isdisjoint(taken)):
                continue
            body_first = i - 2
        end = _namesake(tokens, taken, i + 1) if reading is not None else None
        definite = next(((k, stem[2:]) for k, stem in word.readings if stem.startswith("ال") and stem[2:] in _NAMESAKE_HEADS), None)
        if reading is None and definite is not None and (after := _described(tokens, i)) > i + 1:
            reading, end = definite, _namesake(tokens, taken, after)  # `المستشفى الجامعي [مصطفى باشا]`
        if end is None and reading is not None and reading[1] in _PRIZE_HEADS:
            end = _prize_name_end(tokens, taken, i + 1)  # `جائزة [شومان] للباحثين العرب`
        if end is None:
            continue
        skip, head = reading
        body, prize = head in NAMESAKE_BODY_HEADS or head in _TITLED_BODY_HEADS, head in _PRIZE_HEADS
        if prize and words[i + 1].norm in NAMESAKE_TITLES and i + 3 < end and words[i + 3].norm not in SON_OF:
            end = i + 3  # a title and one name: `جائزة الملك فيصل [أسماء] الفائزين` is what it announced
        purpose = purpose_end(tokens, end) if body or prize or head == "مركب" else end  # `مركب محمد السادس [لكرة القدم]`
        full = purpose
        while full < len(words) and not words[full - 1].breaks and words[full].norm in NAMESAKE_ADJECTIVES and full < purpose + 2:
            full += 1
        if any(n in taken for n in range(i, full)):
            continue
        begin = word.start + skip_letters(word.raw, skip)
        if body_first is not None:
            head = words[body_first]
            begin = head.start + skip_letters(head.raw, next((k for k, stem in head.readings if stem in ORG_HEADS), 0))
            found.append(Found(begin, words[full - 1].end, "ORG", canonical_key(text[begin : words[full - 1].end]), "head", None, body_first))
            taken |= set(range(body_first, full))
            continue
        # `مطار الملك خالد` is `مطار الملك خالد الدولي`, `مركب محمد السادس` is `مركب محمد السادس لكرة القدم`
        key = canonical_key(text[begin : words[(purpose if body or prize else end) - 1].end])
        found.append(Found(begin, words[full - 1].end, "MISC" if prize else "ORG" if body else "LOC", key, "head", None, i))
        taken |= set(range(i, full))
    return found, taken


# Kinds of company left out of a foreign name's span, as the gold sets annotate them: `شركة [ميرسك]`, `مجمع [صيدال]`,
# `مجموعة [أرسيلور ميتال]` (a bank keeps its kind: `بنك وربة`).
_BRAND_KINDS = frozenset({"شركه", "مجمع", "مجموعه"})


def _prize_name_end(tokens: Tokens, taken: frozenset[int], j: int) -> int | None:
    """A prize's one-word name from word `j`, a name's word, where what the prize is for follows (`جائزة [شومان] للباحثين
    العرب`, `جائزة [زايد] للكتاب`): the end of that word. Not an adjective (`جائزة مالية للفائزين`) nor a common word."""
    words = tokens.words
    if (j + 1 >= len(words) or words[j - 1].breaks or words[j].breaks or j in taken or not name_word(tokens, taken, j, True)
            or common(words[j]) or words[j].norm.endswith(("ي", "يه", "ه", "ات")) or arabic_adjective(words[j].norm)
            or not words[j + 1].skel.startswith("لل") or purpose_end(tokens, j + 1) == j + 1):
        return None
    return j + 1


def _described(tokens: Tokens, i: int) -> int:
    """The word after a definite head's adjectives of kind (`المستشفى [الجامعي]`, `المركز [الاستشفائي الجامعي]`), up to
    two, where a namesake's name may follow, as Algeria names its university hospitals; `i + 1` where there are none."""
    words, k = tokens.words, i + 1
    while (k < len(words) and k < i + 3 and not words[k - 1].breaks and _definite_nisba(words[k])
           and words[k].norm not in nationalities() and not (k > i + 1 and words[k].norm in given_names())):
        k += 1  # not `الأقصى`: `مدير المسجد الأقصى الشيخ عمر الكسواني` is the mosque's director; after the first, a given
        # name opens the namesake's name (`المستشفى الجامعي [الهادي] شاكر`)
    return k if k == i + 1 or k >= len(words) or words[k].norm not in NAMESAKE_TITLES else i + 1


def _native_before_given(tokens: Tokens, taken: frozenset[int], k: int) -> bool:
    """Word `k` is an Arabic given name the lexicon leaves out as a common word too (`صالح`, valid; `arabic_names`), and a
    given name follows it: two words of a name (`معهد [صالح عزيز]`)."""
    words = tokens.words
    return (words[k].norm in _native_names() and k + 1 < len(words) and not words[k].breaks and k + 1 not in taken
            and words[k + 1].norm in given_names())


@functools.cache
def _native_names() -> frozenset[str]:
    return frozenset(normalize_arabic(name) for name in arabic_names())


def _namesake(tokens: Tokens, taken: frozenset[int], j: int) -> int | None:
    """The end of a namesake's name from word `j`: a title and a name, or a name of two words or more (`[الملك فهد بن
    عبدالعزيز]`, `[محمد الخامس]`, `[جمال عبد الناصر]`); None where none starts, or where it may go on past the words
    this reads."""
    words = tokens.words
    k = j
    while k < len(words) and k < j + 2 and words[k].norm in NAMESAKE_TITLES and not words[k].breaks and k not in taken:
        k += 1
    titled = k > j
    if k >= len(words) or k in taken:
        return None
    son_of = k + 1 < len(words) and words[k + 1].norm in SON_OF
    # a nationality is no name, unless a title and `بن` say it is one: `محمية الإمام [تركي] بن عبدالله الملكية`
    named = name_word(tokens, taken, k, True) and (not common(words[k]) or (titled and son_of and not DEFINITE.match(words[k].norm)))
    regnal = words[k].norm in KINGS_WITH_ARTICLE and k + 1 < len(words) and words[k + 1].norm in ORDINALS
    if words[k].skel == "على" or not (words[k].norm in given_names() or (named and (titled or son_of)) or regnal
                                       or (words[k].norm in ("عبد", "ابن") and not words[k].breaks)
                                       or _native_before_given(tokens, taken, k)):
        return None  # a given name (not `على`, `علي` once normalised); after a title, any name; a name then `بن`; `عبد`…;
        # `ابن` and a scholar's name (`المستشفى الجامعي [ابن رشد]`, `مدرسة [ابن خلدون]`)
    end, linked = k + 1, words[k].norm in _NAME_LINKS
    while end < len(words) and end < k + 6 and not words[end - 1].breaks and end not in taken:
        word = words[end]
        if linked:  # after `بن`, `آل`, `عبد`: any word of a name
            if not name_word(tokens, taken, end, False) or common(word):
                break
        elif regnal and end == k + 1:
            pass  # the king's number, though `الثاني` is also an adjective of time: `جائزة الحسن [الثاني] للغولف`
        elif word.norm in NAMESAKE_ADJECTIVES or word.norm in GENERIC_ADJECTIVES or word.norm in nationalities():
            break
        elif not (word.norm in _NAME_LINKS or (word.norm in given_names() and name_word(tokens, taken, end, False)) or word.norm in ORDINALS
                  or (word.norm.startswith("ال") and name_word(tokens, taken, end, False) and not common(word)
                      and not (titled and word.norm.endswith(("ي", "يه"))))
                  or ((end == k + 1 and words[k].norm in given_names() or end == k + 2 and words[k].norm == "عبد")
                      and not titled and name_word(tokens, taken, end, False) and not common(word)
                      and not conjoined(word))):
            break  # a family name with the article (`صباح الأحمد`), or without it after a given name (`الشاذلي [زويتن]`,
            # `عبد الحميد [شومان]`), not `و` and a word (`مدينة حمد [وعالي]`, a list); after a title, a word in `ي` is an adjective
        linked = word.norm in _NAME_LINKS
        end += 1
    if linked:
        end -= 1  # a dangling `بن`
    if (not any(words[n].skel in arabic_names() for n in range(k, end)) and not closes_name(words, end, strict=True)
            and name_word(tokens, taken, end, True) and not common(words[end]) and words[end].stems.isdisjoint(not_names())
            and len(words[end].readings) == 1):
        return None  # a foreign name may go on (`مكتبة الرئيس هاري [ترومان]`), unless a clitic opens a phrase (`[بكلفة]`)
    described = end == k + 1 and end < len(words) and not words[k].breaks and words[end].norm in NAMESAKE_ADJECTIVES
    return end if titled or end > k + 1 or (described and words[k].norm in given_names()) else None  # `مؤسسة [حمد]
    # الطبية`: one given name, then the body's adjective (`مستشفى خليفة` alone stays out)


def _paired_adjectives(first: str, second: str) -> bool:
    """`الصغيرة والمتوسطة`, `المعاصر والتجريبي`: two adjectives of one noun, `و` between, agreeing in gender (`المتحدة
    والمعني` is the end of one name and the start of a phrase)."""
    return second.startswith("وال") and len(second) > 4 and first.endswith("ه") == second.endswith("ه")


def name_in_marks(tokens: Tokens, i: int, most: int = 4) -> tuple[int, int] | None:
    """`صحيفة "ذا هل"`, `قناة «الجزيرة»`, `حقل "أم الشيف"`: up to `most` words in marks right after word `i`, a head."""
    after = tokens.words[i].end
    m = _MARKED_NAME.match(tokens.text[after:])
    if m is None or len(m.group(1).split()) > most:
        return None
    start, end = trimmed(tokens.text, after + m.start(1), after + m.end(1))
    if normalize_arabic(tokens.text[start:end]) in _BETWEEN_MARKS:
        return None  # a closing mark and the next opening one: `شركات "سوفت بنك[" و"]فيسبوك"`
    return (start, end) if start < end else None


_BETWEEN_MARKS = frozenset({"و", "او", "ثم", "مع", "من", "في", "الي", "علي", "عن"})


def _latin_name(tokens: Tokens, i: int) -> tuple[int, int] | None:
    """`محطة KSWB-TV`: a name in capitals after a type head."""
    m = _LATIN_NAME.match(tokens.text, tokens.words[i].end)
    return (m.start(1), m.end(1)) if m else None


# Words that end a body's name where they stand after it: `known as`, which opens the body's other name (`ميناء نواكشوط
# المستقل [المعروف] بميناء الصداقة`). Not in `not_names`: after a role it describes the person named next (`نجمة المجتمع
# البريطانية المعروفة جيميما غولدسميث`).
_KNOWN_AS = frozenset({"المعروف", "المعروفه"})
# `stipulating`, which opens what a body decided after its name: `محكمة القضاء الإداري [القاضي] بوقف …`, `قرار بلدية
# الحمامات [القاضي] بـ`; right after the head it is the judge a body is named after (`جامعة القاضي عياض`).
_STIPULATING = frozenset({"القاضي", "القاضيه"})


# Titles that name a person and no body (where `الملك`, `الأمير` also name universities and airports: `جامعة الملك سعود`).
_PERSONAL_TITLES = PROFESSIONAL_TITLES | {"سيد", "سيده", "استاذ", "استاذه", "بروفيسور"}


_COURT_HEADS = frozenset({"محكمه", "نيابه"})  # a court's name keeps its seat after `ب`: every town has one of each kind
# Heads that open a second body after `و` (`الاتحاد العام التونسي للشغل [والاتحاد] التونسي للصناعة …`); not those that
# are also a name's work or medium (`المعهد العالي للتصرف [والإدارة]`, `مؤسسة التلفزة [والإذاعة]`, `للسياحة [والسوق] الحرة`,
# `هيئة المعلومات [والحكومة] الإلكترونية`).
_SECOND_BODY_HEADS = HEADS - {"اداره", "اذاعه", "سوق", "موقع", "مجمع", "قناه", "حكومه"}


def _another_body(word: Word, after: Word | None = None) -> bool:
    """`و` and another body's definite head (`[والاتحاد] الوطني للمرأة`, `[والهيئة] العامة …`), an administration with
    `العامة` after it (`جهاز الإسعاف والطوارئ [والإدارة] العامة للدفاع المدني`; `والإدارة` alone is what a body is for),
    or a body the gazetteer names in one word (`مفوضية اللاجئين [والأونروا]`): the name before it ends."""
    if not word.skel.startswith("وال"):
        return False
    if word.norm == "والاداره" and after is not None and after.norm in ("العامه", "الجهويه", "المركزيه"):
        return True
    known = load_gazetteer().places.get(word.norm[1:])
    return word.norm[3:] in _SECOND_BODY_HEADS or (known is not None and known.label == "ORG")


# Bodies in the plural, which no body's name holds after `و` and its portfolio (its portfolios are what it does:
# `والتجارة`, `والشؤون الإسلامية`): `وزارة الصناعة والتجارة [والمجالس] البلدية`, `وزارة الصحة [والجهات] المعنية` are two
# parties. What a body is for may name them (`الجامعة العامة للبنوك [والمؤسسات] المالية`: `_org_word` is not asked there).
_BODIES_PLURAL = frozenset(normalize_arabic(word) for word in (
    "مجالس", "مؤسسات", "جهات", "هيئات", "وزارات", "شركات", "منظمات", "جمعيات", "دوائر", "إدارات", "مديريات", "سلطات",
    "أجهزة", "بلديات", "نقابات", "اتحادات", "أحزاب", "جامعات", "مستشفيات", "أندية", "بنوك", "مصارف", "لجان", "مراكز"))


_TENURE = frozenset({"السابق", "السابقه", "الاسبق", "الحالي", "الحاليه"})


def _org_word(tokens: Tokens, j: int) -> bool:
    """A word of an organisation's name after its head: definite (`الخارجية`) or `و`+definite (`والتنمية`), not another
    body's head (`_another_body`)."""
    word = tokens.words[j]
    if word.norm in _TENURE:
        return False  # `مدرب منتخب تشيلي [السابق]`: the holder's former office, no word of the body's name
    if word.skel.startswith("ال") and len(word.skel) > 3:
        if _verbal_noun_after_adjective(tokens, j) or not word.stems.isdisjoint(_PERSONAL_TITLES) or _member_title(tokens, j):
            return False  # `أمين عام وزارة الثقافة [الدكتور] رامي الشوبكي`: the title opens the person's name
        if (word.norm in NAMESAKE_TITLES and not word.breaks and j + 1 < len(tokens.words)
                and not tokens.words[j + 1].skel.startswith("ال")):
            return False  # `الرئيس التنفيذي لبورصة البحرين [الشيخ] خليفة`: so does a ruler's title before a name
        stipulating = word.norm in _STIPULATING and not tokens.words[j - 1].kinds & K_HEAD
        return (word.norm not in not_names() or word.norm in load_gazetteer().places) and word.norm not in _KNOWN_AS and not stipulating
    return (word.skel.startswith("وال") and word.norm != "والله" and j > 0  # `والتخطيط والتنمية`; not an oath (`والله`)
            and tokens.words[j - 1].skel.startswith(("ال", "وال")) and word.norm[3:] not in _BODIES_PLURAL
            and not _another_body(word, tokens.words[j + 1] if j + 1 < len(tokens.words) and not word.breaks else None))


def _past_adjectives(tokens: Tokens, head: int, j: int) -> bool:
    """Word `j`, a definite noun after an adjective of the name, is past its end: the verb's object or a description
    (`وزارة المالية [اللوم]`, `حزب الحرية اليميني [المتطرف]`, `مجلس الشورى [المؤسسة] العامة …`). Adjectives follow
    adjectives (`الإمارات العربية المتحدة`), and `و` joins another (`التعليم العالي [والبحث] العلمي`)."""
    words = tokens.words
    return (j > head + 1 and _adjective(words[j - 1].norm) and not _adjective(words[j].norm)
            and not words[j].skel.startswith("وال"))


def _adjective(norm: str) -> bool:
    """A definite adjective of kind or place: `الدولي`, `العامة`, `العليا`; the genitive chain of a name ends at one."""
    return norm.startswith("ال") and (norm.endswith(("ي", "يه")) or norm in SUPERLATIVES or norm in _NAMING_ADJECTIVES)


# Adjectives and numbers that end names without `-ي`: `الإمارات العربية [المتحدة]`, `مجموعة الدول الصناعية [السبع]`,
# `صحيفة العربي [الجديد]`, `المنطقة [الحرة]`.
_NAMING_ADJECTIVES = frozenset({"المتحده", "الكبري", "الجديد", "الجديده", "السبع", "الثماني", "العشرين", "الخمس", "الحر",
                                "الحره"})


def _member_title(tokens: Tokens, j: int) -> bool:
    """Word `j` is `النائب`, a member of parliament's title before his name (`في مجلس الأمة [النائب] فهد العتيبي`), not
    the public prosecutor (`مكتب النائب العام`) nor a first deputy (`النائب الأول`)."""
    words = tokens.words
    return (words[j].norm in ("النائب", "النائبه") and not words[j].breaks and j + 1 < len(words)
            and words[j + 1].norm not in ("العام", "العامه", "الاول", "الاولي"))


# Bodies whose names join two works with `و` (`وزارة التجارة وتنمية الصادرات`); after other heads it was two things far more
# often than one name on ANT (`إدارة الميناء وتوفير الأمن`, `سوق الصرف وتعويم الجنيه`, `حزب العمل وكتلة المعسكر الصهيوني`).
_TWO_WORKS_HEADS = frozenset({"وزاره", "صندوق", "هيئه"})


def _joined_work(tokens: Tokens, j: int) -> bool:
    """Word `j` is `و` and a second work of the body, in construct with the definite word after it: `وزارة التجارة
    [وتنمية] الصادرات`, `صندوق القروض [ومساعدة] الجماعات المحلية`, `وزارة الزراعة [واستصلاح] الأراضي`. A verbal noun or a
    feminine one (`_abstract_noun`, or of the patterns استفعال and إفعال), never another body's head (`وزارة الصحة [ووزارة] التعليم`)
    nor a plural (`وزارة الداخلية [وقوات] الأمن`: two bodies)."""
    words = tokens.words
    if not (words[j].skel.startswith("و") and not words[j].skel.startswith("وال") and words[j - 1].skel.startswith(("ال", "وال", "لل"))):
        return False  # (after a purpose too: `للتأمين [وإعادة] التأمين`)
    if words[j].breaks or j + 1 >= len(words) or not words[j + 1].skel.startswith("ال"):
        return False
    norm = words[j].norm[1:]
    if norm in _JOINED_PLURALS:
        return True  # `وزارة الثروة الزراعية والسمكية [وموارد] المياه`, `وزارة الخارجية [وشؤون] المغتربين`
    work = (_abstract_noun(norm) or (len(norm) == 7 and norm.startswith("است") and norm[5] == "ا")
            or (len(norm) == 5 and norm[3] == "ا" and words[j].raw.startswith("وإ")))  # إفعال written with its `إ`, which
    # the plural أفعال has not: `وزارة التهذيب الوطني [وإصلاح] النظام التعليمي`, not `[وأركان] الجيش`
    return (work and not norm.endswith(("ات", "اه")) and not _with_pronoun(words[j]) and norm not in HEADS
            and words[j].stems.isdisjoint(HEADS) and norm not in _PEOPLE_PLURALS)


# Plurals of people in `ة`, which the fold of `ة` makes look like a body's work: `هيئة الأركان العامة للجيش [وقادة] الدفاع`.
_PEOPLE_PLURALS = frozenset({"قاده", "ساده", "طلبه", "رعاه", "قضاه", "دعاه", "حماه", "ولاه", "رماه"})


# Plurals a ministry's second work opens with, unlike `[وقوات] الأمن`; and the loanword of a field (`وزارة الاتصالات
# [وتكنولوجيا] المعلومات`), no verbal noun.
_JOINED_PLURALS = frozenset({"موارد", "شوون", "تكنولوجيا"})


def _with_pronoun(word: Word) -> bool:
    """A verbal noun of the pattern تفعيل with the pronoun `ـه` (`وتطويره`, `وتأهيله`): it ends a name, its object is the
    name's own (`الوكالة الوطنية لتحسين السكن [وتطويره]`); the fold of `ة` to `ه` makes it look feminine."""
    stem = word.skel[1:-1] if word.skel.startswith("و") else word.skel[:-1]
    return word.skel.endswith("ه") and tafil(stem)


def _verbal_noun_after_adjective(tokens: Tokens, j: int) -> bool:
    """Word `j` is a verbal noun after a name's relative adjective: the object of the sentence's verb, not the name
    (`قرر بنك الكويت المركزي [الإبقاء] على …`, `البنك المركزي التونسي [الترفيع] في …`). Verbal nouns of the derived
    forms open with `ا` or `ت` and have five letters or more (`إبقاء`, `ترفيع`, `استثمار`); the adjectives that may follow
    a relative one do not (`الحر`, `الأعلى`, `المستقلة`, `التونسية`)."""
    words = tokens.words
    before, stem = words[j - 1].norm, words[j].norm.removeprefix("ال")
    adjective = before.startswith("ال") and before.endswith(("ي", "يه")) and len(before) > 4
    return adjective and stem[:1] in "ات" and len(stem) >= 5 and not stem.endswith(("ي", "يه"))


def _served_place_end(tokens: Tokens, places: Sequence[Found], taken: frozenset[int], j: int, town: bool = False) -> int | None:
    """After a head, the place it serves, through service words: `بنك [مصر]`, `إدارة شرطة [باتون روج]`,
    `شرطة ولاية [لويزيانا]`: the end of the place, or None. `town`: the head serves a town only (`بلدية`, `سوق`), so a
    word the gazetteer leaves out for its other sense is the town: `بلدية [السلط] الكبرى` (al-Salt, not `the authorities`)."""
    words, k = tokens.words, j
    while k < len(words) and k < j + 2 and words[k].norm in SERVICE_WORDS and not words[k - 1].breaks:
        k += 1
    if k == j and k + 1 < len(words) and not words[k].breaks and not words[k].skel.startswith("ال"):
        if words[k].norm not in PHRASE_ENDS and not is_verb(words, k) and place_end(tokens, places, k + 1):
            k += 1  # `حزب مؤتمر ملاوي`, `محكمة جنايات القاهرة`
    if k >= len(words) or words[k - 1].breaks:
        return None
    end = place_end(tokens, places, k)
    if end is None and town and words[k].norm in REGIONAL_COLLISIONS:
        end = k + 1
    if end is None:
        return None
    if end < len(words) and not words[end - 1].breaks and town and words[end].norm in _GREATER:
        end += 1  # `بلدية عمان [الكبرى]`
    if end < len(words) and not words[end - 1].breaks:
        if place_end(tokens, places, end):
            end = place_end(tokens, places, end)  # `وكالة تونس أفريقيا للأنباء`
        if (end < len(words) and not words[end - 1].breaks and words[end].norm not in _STIPULATING
                and (relational(tokens, taken, end) or words[end].skel.startswith("لل"))):
            end += 1  # `سوق دبي المالي`, `بورصة لندن للمعادن`; not `بلدية سوسة [القاضي] بـ`
    return end


_AUXILIARIES = frozenset({"تم", "تمت", "كان", "كانت"})  # verbs news writes after any subject, no word of a name


def _foreign_org_end(tokens: Tokens, taken: frozenset[int], j: int) -> int | None:
    """After a head, a name that is no Arabic word, and the org's own adjective: `مستشفى [رادي للأطفال]`,
    `مركز [فاندربيلت الطبي]`, `شرطة جامعة [ساوثرن]`: the end of the name, or None."""
    words, k = tokens.words, j
    while k < len(words) and k < j + 1 and words[k].norm in SERVICE_WORDS | ORG_HEADS and not words[k - 1].breaks:
        k += 1
    end = k
    while (end < len(words) and end < k + 2 and not words[end - 1].breaks and subject_word(tokens, taken, end, end == k)
           and not (end > k and len(words[end].norm) >= 4 and present_verb(words[end], _VERB_AFTER_NAME_SEEN))  # `[يعود] إلى`
           and not (end > k and (her_past(words[end].norm) or words[end].norm in _AUXILIARIES))):  # `بشركة موبايلي
        # [تمت] بالتنسيق`: a verb after the name
        end += 1
    if end == k or any(words[n].norm in given_names() for n in range(k, end)) or arabic_adjective(words[k].norm):
        return None  # `لجنة فنية`, `مركز تجاري`: an Arabic adjective, a technical committee, no foreign name
    if any(_feminine_adjective(words[n].norm) for n in range(k + 1, end)):
        return None  # nor a kind of thing a feminine adjective describes: `مجموعة طوابع [تذكارية]`, `شركة طيران [حكومية]`,
        # `حركة نزوح [واسعة]`
    if "\u064b" in words[k].raw:
        return None  # a word with tanween is Arabic: `مجموعة [مستقبلاً]`
    if her_past(words[k].norm):
        return None  # the feminine head's verb: `محكمة [قضت] بسجنه`, `شركة [فازت] بالعقد`, `مجموعة [سميت] فيرتا`
    if _kind_described(words, end):
        return None
    if end < len(words) and not words[end - 1].breaks:
        if relational(tokens, taken, end) or words[end].skel.startswith("لل") and words[end].norm not in _NOT_PURPOSE:
            end += 1  # `الطبي`, `للأطفال`; not `[للحصول] على`
    return end if (closes_name(words, end, strict=True) or (end < len(words) and in_number(tokens, end))
                   or (end < len(words) and words[end].norm in _AUXILIARIES)) else None


def _feminine_adjective(norm: str) -> bool:
    """A feminine adjective (`arabic_adjective`): one in `-ية` whose masculine news writes too (`تذكارية`: `تذكاري` 12 times
    in the words the tagger was built with; not the noun `محمية`, a reserve: `محمي` 4), or one in `-ة` news writes often
    (`واسعة`); not one in `-ي`, which a foreign name may end in (`محكمة أولد [بيلي]`)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    if norm.endswith("يه"):
        return load_words().counts.get(norm[:-1], 0) >= _MASCULINE_SEEN
    return not norm.endswith("ي") and arabic_adjective(norm)


_MASCULINE_SEEN = 10


def her_past(norm: str) -> bool:
    """A verb of the past with a feminine subject, as news writes it often, and the verb without `ت` more often still
    (`فازت`: `فاز` 1,172 times; `قضت`: `قضى`; `سميت`: `سمى`): no foreign name (`فيات`: `فيا` is rare)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    counts = load_words().counts
    if len(norm) < 3 or not norm.endswith("ت") or norm.endswith("ات") or counts.get(norm, 0) < 20 or norm in given_names():
        return False  # (a plural in `ات` is a noun: `شركة [اتصالات]`, Etisalat)
    stem = norm[:-1]  # of three letters, only a verb whose last letter falls (`قضت`: `قضى`; `جامعة [كنت]` is Kent)
    return max(counts.get(stem, 0) if len(norm) > 3 else 0, counts.get(stem + "ي", 0)) >= 50


def arabic_adjective(norm: str) -> bool:
    """An adjective of relation, feminine (`فنيه`) or masculine where news writes its feminine often (`تجاري`: `تجاريه`);
    not a foreign name in `-ي` (`ديزني`, `سانوفي`), whose feminine news never writes, nor `بني` of a tribe's or town's name
    (`إدارة بني ياس`; `بنيه`, a structure, is common). Names whose feminine is a word are lost to it (`مستشفى غاي`: `غايه`)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    if norm in LETTER_NAMES:
        return False  # a letter of an acronym spelt out: `إيه` (A), `بي` (B) of `إيه بي سي`
    counts = load_words().counts
    return (norm.endswith("يه") or (norm.endswith("ي") and norm != "بني" and counts.get(norm + "ه", 0) >= _FEMININE_SEEN)
            or (norm.endswith("ه") and counts.get(norm, 0) >= _COMMON_FEMININE)  # `مجموعة [صغيرة]`, `لجنة [مستقلة]`
            or (len(norm) == 6 and norm[0] == "م" and norm[3] == "و" and norm[5] == "ه"))  # `مفعولة`: `شركة [مملوكة] للدولة`


_FEMININE_SEEN = 50
_COMMON_FEMININE = 100  # a word in `-ة` news writes this often is Arabic (`صغيرة` 675, `مشتركة` 483), no foreign name


def _town_university(tokens: Tokens, head: str, i: int, j: int) -> bool:
    """A university named by its town (`جامعة الشارقة`), then `ل` and a verbal noun without the article: what is done
    there, no part of its name (`نعمل مع … وجامعة الشارقة [لاحتضان] المشاريع الطلابية`); `للعلوم` may be (`جامعة نايف
    العربية للعلوم الأمنية`)."""
    words = tokens.words
    return (head == "جامعه" and j == i + 2 and words[i + 1].starts_place and j < len(words) and not words[i + 1].breaks
            and words[j].norm.startswith("ل") and not words[j].norm.startswith("لل"))


def present_verb(word: Word, seen: int) -> bool:
    """A word news uses at least `seen` times that opens like a verb in the present, `ي` (`يستقبل`, `يعود`), and is no
    given name (`يوسف`): no word of a name after its first. Not `ت`, which opens as many foreign names (`ترافورد` of
    `استاد أولد ترافورد`)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    return word.norm.startswith("ي") and load_words().counts.get(word.norm, 0) >= seen and word.norm not in given_names()


_VERB_AFTER_NAME_SEEN = 200  # after a foreign body's name (`مجمع حمامات [يعود]`), a verb news uses this often


def _team_for_place(tokens: Tokens, taken: frozenset[int], places: Sequence[Found], j: int) -> tuple[int, Found, int | None] | None:
    """`فريق ليفربول`, `نادي برشلونة`: the place at word `j` names the club, so its mention is an ORG.

    Returns the place's index in `places`, the ORG it becomes, and the word of the club's own name
    it takes beyond the place (`فريق لوس أنجلوس ليكرز`), if any; None where no place starts at `j`.
    """
    words = tokens.words
    for k, place in enumerate(places):
        if place.anchor == j and place.label == "LOC" and place.start == words[j].start:
            end = next(n + 1 for n in range(j, len(words)) if words[n].end == place.end)
            nickname = (end < len(words) and not words[end - 1].breaks and subject_word(tokens, taken, end, True)
                        and not words[end].norm.startswith(("لل", "لكره")))  # a sport, no nickname: `منتخب فرنسا [لكرة] القدم`
            if nickname and closes_name(words, end + 1):
                name = tokens.text[place.start : words[end].end]
                return k, Found(place.start, words[end].end, "ORG", canonical_key(name), "head", None, j), end
            return k, Found(place.start, place.end, "ORG", place.canonical, "head", None, j), None
    return None


def _seat_end(tokens: Tokens, places: Sequence[Found], j: int) -> int:
    """A body of many towns keeps its town: `المحكمة الابتدائية [بقفصة]`, `الهيئة الجهوية [بصفاقس]` (from word `j`);
    without it every court of first instance would share one key."""
    words = tokens.words
    if j < len(words) and not words[j - 1].breaks and words[j].norm in _OF_A_REGION and not words[j].breaks:
        return place_end(tokens, places, j + 1) or j  # `الغرفة الفلاحية [لولاية قالمة]`, `… [بولاية نابل]`
    if j >= len(words) or words[j - 1].breaks or not words[j].norm.startswith("ب"):
        return j
    return place_end(tokens, places, j, clitic=True) or j


# A region's kind behind `ل`/`ب`, before the region a body of many regions serves (`الغرفة الفلاحية لولاية قالمة`).
_OF_A_REGION = frozenset(c + kind for c in ("ل", "ب") for kind in ("ولايه", "محافظه", "اقليم", "معتمديه", "مقاطعه", "جهه"))


_ALSO_ADJECTIVES = frozenset({"الاتحاديه"})  # a head that is also an adjective after a definite noun (`federal`)


def find_definite_orgs(tokens: Tokens, taken: frozenset[int], places: Sequence[Found] = ()) -> tuple[list[Found], frozenset[int]]:
    """A definite head and its relational adjectives: `الحزب الشيوعي الصيني`, `المحكمة العليا`.

    Only heads that name one body in a country, and only `-ي`/`-ية` adjectives (or `العليا`, `المستقلة`):
    `المجلس الجديد` (the new council) is not a name. `places` are the sentence's, for a town after `ب`.
    Returns them and the words taken, `taken` included.
    """
    words, found = tokens.words, []
    for i in tokens.where(K_DEFINITE_HEAD):
        word = words[i]
        head = next((stem for k, stem in word.readings if stem in _HEADS_OF_DEFINITE), None)
        if head is None or i in taken or word.breaks or i + 1 >= len(words):
            continue
        allowed = _ONLY_WITH.get(head)
        if allowed is not None and words[i + 1].norm not in allowed:
            continue
        if head in _NATIONAL_TEAMS and words[i + 1].norm not in nationalities():
            continue
        if (head in _ALSO_ADJECTIVES and i and words[i - 1].norm.startswith("ال") and not words[i - 1].breaks
                and word.skel.startswith("ال")):
            continue  # `الموازنة [الاتحادية] العامة`, `الحكومة الاتحادية`: federal, no federation (but behind a clitic no
            # adjective: `المدير الفني الوطني [بالاتحادية] الجزائرية للسباحة`)
        if head in KIND_HEADS and allowed is None and not relational(tokens, taken, i + 1):
            continue
        j = i + 1 if allowed is None else i + 2  # `الحرة` is no adjective of kind but after `المنطقة`
        while j < len(words) and j < i + 4 and not words[j - 1].breaks and relational(tokens, taken, j):
            j += 1
        purpose = purpose_end(tokens, j, i)  # `المعهد الوطني للإحصاء`, `الشركة التونسية للكهرباء والغاز`
        if (head in KIND_HEADS and ((words[i + 1].norm in nationalities() and head not in _NATIONAL_NAMES) or head in _PURPOSE_HEADS)
                and purpose == j and (head not in _PURPOSE_HEADS or _seat_end(tokens, places, j) == j)):
            continue  # `الشركة الأمريكية`, `الغرفة الأمنية` name none; `الجامعة التونسية لكرة القدم`, `الغرفة الفلاحية لولاية قالمة` do
        if allowed is not None and j == i + 2 and purpose == j:  # the head and its word alone name none
            served = place_end(tokens, places, j) if head in _SEATED_HEADS else None
            if served is not None:
                purpose = served  # `المنطقة الحرة مصراتة`: the zone, then its town
            elif head not in _SEATED_HEADS:
                continue  # (a seated head may still have its town after `ب`: below)
        if head in _SEATED_HEADS and purpose == j and _seat_end(tokens, places, j) == j:
            continue
        if (head in _NATIONAL_OR_PURPOSE and purpose == j and j < len(words) and not words[j - 1].breaks
                and words[j].norm in nationalities()):
            purpose = j = j + 1  # `السوق المالية [السعودية]`: the adjective the gazetteer took for the country
        if head in _NATIONAL_OR_PURPOSE and purpose == j and not any(w.norm in nationalities() for w in words[i + 1 : j]):
            continue
        j = purpose
        if j > i + 1:
            seat = _seat_end(tokens, places, j)  # `المحكمة الابتدائية بقفصة`
            national = any(w.norm in nationalities() or w.norm in _NATIONAL for w in words[i + 1 : j])
            if not national or (seat > j and _country(words[j], clitic=True)):
                j = seat  # a national body's town is where it works, not which it is; its country is its name's
            skip = next(k for k, stem in word.readings if stem == head)
            begin = word.start + skip_letters(word.raw, skip)
            # Keyed from the head as read, not as written: after `ل` the article's alef is not written (`للهيئة العامة`,
            # its span from the second `ل`), and `لهيئة …` would be keyed apart from `الهيئة …`.
            key = canonical_key(head + tokens.text[word.end : words[j - 1].end])
            division = head == "الرابطه" and any(w.norm in _DIVISIONS for w in words[i + 1 : j])
            found.append(Found(begin, words[j - 1].end, "MISC" if division else "ORG", key, "head", None, i))
            taken |= set(range(i, j))
    return found, taken


def find_days(tokens: Tokens, taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """International and national days, MISC: `اليوم العالمي للمرأة`, `باليوم العالمي للصحافة`, `الأسبوع العالمي
    للرضاعة الطبيعية`, `اليوم الوطني الكويتي`: a day, week or month of the world, the nations or a country, then what it
    is for or the country's adjective (`اليوم الوطني` alone is any country's). Returns them and the words taken."""
    words, found = tokens.words, []
    for i, word in enumerate(words[:-2]):
        if "يوم" in word.stems and (day := _day_of(tokens, taken, i)) is not None:
            found.append(day)
            taken |= {i, i + 1, i + 2}
            continue
        if word.stems.isdisjoint(_OBSERVANCES):
            continue  # most words: one set test, as `find_namesakes`
        reading = next(((k, stem) for k, stem in word.readings if stem in _OBSERVANCES), None)
        if reading is None or i in taken or i + 1 in taken or word.breaks or words[i + 1].norm not in _OF_THE_WORLD:
            continue
        end = purpose_end(tokens, i + 2, i)
        if end == i + 2 and not words[i + 1].breaks and words[i + 2].norm in nationalities():
            end = i + 3  # `اليوم الوطني الكويتي`
        if end == i + 2 or any(n in taken for n in range(i, end)):
            continue
        begin = word.start + skip_letters(word.raw, reading[0])
        found.append(Found(begin, words[end - 1].end, "MISC", canonical_key(tokens.text[begin : words[end - 1].end]), "head", None, i))
        taken |= set(range(i, end))
    return found, taken


def _day_of(tokens: Tokens, taken: frozenset[int], i: int) -> Found | None:
    """A day of someone, the world's or a nation's, at word `i` (`يوم`, its clitics left out): `يوم المرأة العالمي`, `بيوم
    المرأة البحرينية`, `يوم الشهيد الإماراتي`; not a day of the week (`يوم الأحد السعودي`)."""
    words = tokens.words
    if (any(n in taken for n in (i, i + 1, i + 2)) or words[i].breaks or words[i + 1].breaks or not words[i + 1].norm.startswith("ال")
            or words[i + 1].norm in WEEKDAYS):
        return None
    adjective, skip = words[i + 2].norm, next((k for k, stem in words[i].readings if stem == "يوم"), None)
    if skip is None or (adjective not in _OF_THE_WORLD and not (adjective.startswith("ال") and adjective in nationalities())):
        return None  # (`يوم` among the stems only: `يومي`, daily)
    begin = words[i].start + skip_letters(words[i].raw, skip)
    return Found(begin, words[i + 2].end, "MISC", canonical_key(tokens.text[begin : words[i + 2].end]), "head", None, i)


_OBSERVANCES = frozenset({"اليوم", "الاسبوع", "الشهر", "العام"})  # `العام الدولي للأسرة`
_OF_THE_WORLD = frozenset({"العالمي", "الدولي", "الوطني", "العربي"})


# Kinds of work, event and plan whose name the news writes in marks after them (the kind outside the name, as
# `tests/gold/README.md` leaves type words out): `مسرحية "ذاكرة الملح"`, `معرض "كنوز الأنباط"`, `فيلم "حيفا في القلب"`,
# `حملة "صحتك أولا"`. Not with the article (`المشروع "…"`, `البرنامج "…"`: a phrase about it, often a quote), nor a slogan
# (`شعار "…"`, a quotation).
_WORK_HEADS = frozenset({"معرض", "مسرحيه", "فيلم", "روايه", "كتاب", "فعاليه", "برنامج", "مبادره", "استراتيجيه", "مسلسل",
                         "البوم", "اغنيه", "مهرجان", "مسابقه", "حمله", "وثائقي",  # not `مشروع "نيوم"`: a place
                         "تطبيق", "منصه", "بطاقه",  # apps, platforms, cards: `تطبيق "صحتي"`, `منصة "نسك"`
                         "عمليه", "صاروخ", "مسبار", "الاصطناعي",  # `عملية "مرحبا"`, `القمر الاصطناعي "طموح-1"`
                         "منظومه", "تمرين", "عرض",  # `تمرين "رماح النصر"`, `بعرض "المتاهة"`
                         "اوبرا", "باليه", "اوبريت", "سمفونيه", "سيمفونيه"})  # `بأوبرا "عايدة"`, `باليه "بحيرة البجع"`
# Vessels, whose name in marks follows their kind with or without its article (`السفينة "أكواريوس"`, `القارب "الجليلة"`,
# `الزورق "غرانما"`), as an indefinite work's does; not `مركب`, as often a sports or housing compound. Four words at most
# after the article (`القارب "كان يقوده مواطن …"` is what was said of it).
_VESSELS = frozenset({"سفينه", "زورق", "قارب", "يخت", "باخره", "ناقله"})
_NETWORKS = frozenset({"اكس", "انستغرام", "انستجرام", "يوتيوب", "تيك توك", "تيكتوك", "سناب شات", "تلغرام", "تيليغرام", "واتساب",
                       "لينكد ان", "ثريدز"})
# … and kinds of plan that open a name in marks: `ضمن "استراتيجية 2040"`, `ضمن "مبادرة ترجم"`.
_PLAN_HEADS = frozenset({"استراتيجيه", "مبادره", "برنامج", "خطه", "رؤيه"})
_MARKS_OPENING = re.compile('["«“]')


def find_marked_works(tokens: Tokens, taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """Works, events and plans named in marks, MISC: after their kind (`بمسرحية "[ذاكرة الملح]"`, `معرض «[كنوز الأنباط]»`),
    or opening with it (`ضمن "[استراتيجية 2040]"`). Up to four words (`name_in_marks`), none a word another finder took.
    Returns them and the words taken, `taken` included."""
    words, text, found, gazetteer = tokens.words, tokens.text, [], load_gazetteer().places
    if "(" in text:
        found, taken = _bracketed_apps(tokens, taken, gazetteer)
    if not _MARKS_OPENING.search(text):
        return found, taken  # most sentences: no marks, no title
    for i, word in enumerate(words):
        if i in taken or not (_work_head(word) or titles_a_work(words, i)) or text[word.end : word.end + 1] == '"':
            continue  # (a mark right after the kind closes a quote around it, and opens nothing: `"هامش مناورة" يلائم …`)
        # after its kind a title may be longer (`كتابه "ذاكرة المدن في بلاد الشام"`), a vessel's not (`_VESSELS`)
        named = name_in_marks(tokens, i, 4 if _vessel(word) else 6)
        if named is None or not _titled(text[named[0] : named[1]]) or normalize_arabic(text[named[0] : named[1]]) in gazetteer:
            continue  # a company or place the gazetteer knows is its own entity: `تطبيق "فيسبوك"`, `منصة "أريد"`
        inside = {k for k in range(i + 1, len(words)) if named[0] <= words[k].start < named[1]}
        # a social network is its company, as `فيسبوك`: `منصة "إكس"` (a letter elsewhere: `أشعة إكس`, so not the gazetteer's)
        label = "ORG" if normalize_arabic(text[named[0] : named[1]]) in _NETWORKS else "MISC"
        if inside and taken.isdisjoint(inside):
            found.append(Found(*named, label, canonical_key(text[named[0] : named[1]]), "marks", None, i + 1))
            taken |= inside
    for m in _MARKED_NAME.finditer(text):
        start, end = trimmed(text, m.start(1), m.end(1))
        first = next((k for k, w in enumerate(words) if w.start == start), None)
        if (first is None or first in taken or normalize_arabic(words[first].raw) not in _PLAN_HEADS or len(m.group(1).split()) > 4
                or len(m.group(1).split()) < 2 or not _titled(text[start:end])):
            continue
        inside = {k for k in range(first, len(words)) if start <= words[k].start < end}
        if taken.isdisjoint(inside):
            found.append(Found(start, end, "MISC", canonical_key(text[start:end]), "marks", None, first))
            taken |= inside
    return found, taken


def find_kinds_in_marks(tokens: Tokens, taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """A name in marks after its kind and the words that describe the kind, the name the entity, not the kind: `شركة
    الرحلات الفرنسية "[بوان أفريك]"`, `دار المجوهرات الفرنسية "[ميزون لوران]"`, `المنصة الرقمية «[حليبي]»`, `صندوق العمل
    "[تمكين]"`, `الفيلم الهندي «[رمال الصمت]»`, `تعاونية "[خروب الأطلس]"`, `من طراز "[أوربيتال إكس 7]"`. A body's kind
    (`_KINDS_OF_BODIES`, a team's not) names an ORG, a work's (`_WORK_HEADS`) a MISC, and `طراز` a numbered model, MISC.
    Between the kind and the marks up to three words that describe it (`_describes_kind`: no title, weekday, ordinal, place
    or site); a definite kind needs one (`الشركة "رفضت …"`: the company said it). A body's name is up to four words, its
    first one news seldom writes otherwise (`_brand_in_marks`: not `"نحن نرفض"`); none a word another finder took, a name
    the gazetteer knows (its own entity), a person's name, or what the thing is said to be (`_described_in_marks`); after
    `أن`, marks that end the clause are what the body did. Where the kind is right before the marks `find_orgs` and
    `find_marked_works` name them already, but for kinds they do not read (`تعاونية`, `صندوق`, `طراز`). Returns them and
    the words taken, `taken` included."""
    words, text, found = tokens.words, tokens.text, []
    if not _MARKS_OPENING.search(text):
        return found, taken
    gazetteer = load_gazetteer().places
    said = {k + 1 for k, w in enumerate(words) if w.norm in _THAT and not w.breaks}
    roles = set(tokens.where(K_ROLE))  # `دار الجنرال "داماس"`: the general's house, the name his
    for i, word in enumerate(words):
        stems = {stem.removeprefix("ال") for _, stem in word.readings}
        body = not stems.isdisjoint(_KINDS_OF_BODIES)
        if i in taken or not (body or not stems.isdisjoint(_WORK_HEADS | _VESSELS | _MODEL_HEADS)):
            continue
        definite = DEFINITE.match(word.skel) is not None
        named, e = None, i
        while e < min(i + 4, len(words)):  # the kind, then up to three words that describe it, then the marks
            if e > i and (e in taken or not _describes_kind(words[e], body) or e in roles):
                break
            if e > i or not (definite or not stems.isdisjoint(_DIRECT_KINDS)):  # right after the kind: `find_orgs`' and
                named = name_in_marks(tokens, e)  # `find_marked_works`' (and a definite kind alone names nothing)
            if named is not None or words[e].breaks:
                break
            e += 1
        e += 1
        if named is not None and body:
            named = _brand_in_marks(tokens, e - 1)
        elif named is not None and not stems.isdisjoint(_MODEL_HEADS) and not any(c.isdigit() for c in text[named[0] : named[1]]):
            continue  # a model is numbered (`طراز "إف-15"`, `"إليوشن آي إل 76"`); `طراز "سوبر بوست باناماكس"` is a size
        if named is not None and i in said and not _WORD_AFTER_MARK.match(text, named[1]):
            continue  # `أن الفريق الجزائري "أظهر كفاءة عالية"،`: what the body did, in marks (but `أن تطبيق الشركة الذكي
            # "مياهي" استقبل`: the app's name, its verb after it)
        j = e
        if named is not None:
            named = (named[0], len(text[: named[1]].rstrip(".")))  # `«صرخات من سوريا.»`: the title, not the stop
        if (named is None or not _titled(text[named[0] : named[1]]) or normalize_arabic(text[named[0] : named[1]]) in gazetteer
                or _described_in_marks(text[named[0] : named[1]])
                or _person_named(text[named[0] : named[1]])):
            continue
        inside = {k for k in range(j, len(words)) if named[0] <= words[k].start < named[1]}
        if inside and taken.isdisjoint(inside):
            found.append(Found(*named, "ORG" if body else "MISC", canonical_key(text[named[0] : named[1]]), "marks", None, j))
            taken |= inside
    return found, taken


# Kinds of body whose name may stand in marks after them and their description (`دار المجوهرات الفرنسية "…"`).
# Not a team's (`منتخب الدنمارك "الأضخم"`, `فريق العلماء "السمكة الفأر"`: what it is called, in marks).
_KINDS_OF_BODIES = (COMPANY_HEADS | TYPE_HEADS | frozenset({"دار", "تعاونيه", "جمعيه", "منظمه", "وحده", "صندوق", "مؤسسه"})) - TEAM_HEADS
_MODEL_HEADS = frozenset({"طراز"})  # a product's model, numbered: `طائرة من طراز "إس بي-7"`
# Kinds whose name right after them in marks `find_orgs` and `find_marked_works` read already.
_DIRECT_KINDS = TYPE_HEADS | COMPANY_HEADS


_SITES = frozenset({"الاثري", "التاريخي", "السياحي"})
_WORD_AFTER_MARK = re.compile(r'["»”]\s*[^\W\d_]')  # a closing mark, then a word (no stop, comma or end)
_THAT = frozenset({"ان", "بان", "لان", "وان", "فان"})  # after them a body is a clause's subject, its marks what it did


def _person_named(name: str) -> bool:
    """A given name and more: a person in marks after a body, its head (`لصندوق النقد الدولي "كريستين لاغارد"`), not a
    body named for one word of a name (`منظمة "بدر"`)."""
    words = name.split()
    return len(words) > 1 and normalize_arabic(words[0]) in given_names()


def _described_in_marks(name: str) -> bool:
    """Marks around what the thing is said to be, not its name: `عملية إلكترونية "[غير مسبوقة]"`, `البرنامج البالستي
    "[هجوميا]"` (an adjective, in the accusative)."""
    first = normalize_arabic(name.split()[0])
    return first == "غير" or (" " not in name and (arabic_adjective(first) or (first.endswith("يا") and arabic_adjective(first[:-1]))))


def _describes_kind(word: Word, body: bool) -> bool:
    """A word between a kind and its name in marks that describes the kind: what it is for (`للألبان`), a nationality or
    an adjective (`الرقمية`, `الوطنية`), or, after a body's kind, what it is of (`دار [المجوهرات]`, `وكالة [الأسفار]`); not
    after a work's, which is as often a verbal noun and its object (`تطبيق [الخطة] "خطوة بخطوة"`: applying the plan)."""
    norm = word.norm
    if norm.startswith("لل") or norm in nationalities():
        return True
    if norm in WEEKDAYS or norm in ORDINALS or norm[:-1] in ORDINALS or norm in load_gazetteer().places or norm in _SITES:
        return False  # `الصحيفة [الخميس] "عار على القضاء"`, `المجموعة [الرابعة] "عار"`, `منتخب [الدنمارك]`, `الموقع
        # [الأثري] "عين كشاتوت"` (a site, no website)
    return norm.startswith("ال") and (body or norm.endswith(("ي", "يه")) or norm[2:] in _KINDS_OF_BODIES)  # (or whose
    # work it is: `تطبيق [الشركة] الذكي "مياهي"`)


def _bracketed_apps(tokens: Tokens, taken: frozenset[int], gazetteer: dict) -> tuple[list[Found], frozenset[int]]:
    """Apps and platforms named in brackets after their kind, as Gulf agencies write them: `عبر تطبيق ([سهل])`, MISC as in
    marks. Only these kinds: after others a bracket as often says what the thing is (`حزب الشعب (يسار الوسط)`)."""
    words, text, found = tokens.words, tokens.text, []
    for i, word in enumerate(words):
        if i in taken or not any(stem in _APP_HEADS for _, stem in word.readings) or not (m := _BRACKETED.match(text, word.end)):
            continue
        start, end = m.span(1)
        inside = {k for k in range(i + 1, len(words)) if start <= words[k].start < end}
        if inside and taken.isdisjoint(inside) and _titled(m.group(1)) and normalize_arabic(m.group(1)) not in gazetteer:
            found.append(Found(start, end, "MISC", canonical_key(m.group(1)), "marks", None, i + 1))
            taken |= inside
    return found, taken


_APP_HEADS = frozenset({"تطبيق", "منصه"})
_BRACKETED = re.compile(r"\s*\(\s*([^()\d\s][^()\d]{0,30}?)\s*\)")  # up to a few words, no number (`تطبيق (2)`)


def _work_head(word: Word) -> bool:
    """A kind of work (`_WORK_HEADS`), its clitics read off (no article), or with the pronoun of its author: `كتابه`, `روايتها`;
    or a vessel, with or without its article (`_vessel`)."""
    if any(stem in _WORK_HEADS for _, stem in word.readings) or _vessel(word):
        return True
    norm = word.norm
    return any(norm.endswith(pronoun) and (norm[: -len(pronoun)] in _AUTHORED or (norm[: -len(pronoun)].endswith("ت")
                                                                                 and norm[: -len(pronoun) - 1] + "ه" in _AUTHORED))
               for pronoun in ("ه", "ها"))


def _vessel(word: Word) -> bool:
    """A kind of vessel (`_VESSELS`), its clitics and article read off: `السفينة`, `للقارب`, `زورق`."""
    return any(stem.removeprefix("ال") in _VESSELS for _, stem in word.readings)


# Works with an author, the kinds `_work_head` reads with his pronoun (not `عرضه "…"`, `برنامجه "…"`: as often what he said).
_AUTHORED = frozenset({"كتاب", "روايه", "فيلم", "مسرحيه", "مسلسل", "البوم", "اغنيه"})


def _titled(name: str) -> bool:
    """A title in marks reads as one: it opens with a letter or digit and holds no clause's punctuation (`، وإنشاء`, `ناجحة،
    وإن تأخرت` are a sentence's pieces)."""
    return name[:1].isalnum() and not any(mark in name for mark in "،,:؛;")


def find_plans(tokens: Tokens, taken: frozenset[int]) -> list[Found]:
    """National plans named by their horizon year, MISC: `ضمن رؤية المملكة 2030`, `رؤية عمان 2040`; not `رؤية الحكومة لعام
    2030` (a year the view is for) nor words a place or organisation holds."""
    found = []
    for m in _VISION.finditer(tokens.text):
        if any(word in _NOT_IN_VISION for word in m.group(1).split()[1:-1]):
            continue
        inside = [k for k, w in enumerate(tokens.words) if m.start(1) <= w.start < m.end(1)]
        if inside and not taken.intersection(inside[:1]):
            found.append(Found(m.start(1), m.end(1), "MISC", canonical_key(m.group(1)), "head", None, inside[0]))
    return found


def find_national_plans(tokens: Tokens, taken: frozenset[int]) -> tuple[list[Found], frozenset[int]]:
    """A country's strategy, programme or plan named by what it is for, MISC: `الاستراتيجية الوطنية للأمن السيبراني`,
    `الاستراتيجية الوطنية للأمن الغذائي ٢٠٥١`, `البرنامج الوطني للتزويد بالماء الشروب … 2020-2027` (its horizon kept);
    not `البرنامج الوطني` alone, any country's. Returns them and the words taken, `taken` included."""
    words, found = tokens.words, []
    for i, word in enumerate(words[:-2]):
        if word.stems.isdisjoint(_NATIONAL_PLAN_HEADS) or i in taken or word.breaks or words[i + 1].norm not in _NATIONAL:
            continue
        end = purpose_end(tokens, i + 2)
        if end == i + 2 or any(n in taken for n in range(i, end)):
            continue
        skip = next((k for k, stem in word.readings if stem in _NATIONAL_PLAN_HEADS), 0)
        begin, last = word.start + skip_letters(word.raw, skip), words[end - 1].end
        key = canonical_key(tokens.text[begin:last])
        if not words[end - 1].breaks and (horizon := _HORIZON.match(tokens.text, last)):
            last = horizon.end()
        found.append(Found(begin, last, "MISC", key, "head", None, i))
        taken |= set(range(i, end))
    return found, taken


def find_models(tokens: Tokens) -> list[Found]:
    """A model of aircraft, vehicle or machine in Latin letters and digits after `طراز` (model), MISC: `من طراز [A321neo]`,
    `طراز [777-300ER]`. Not a model written in Arabic (`من طراز "سوبر بوست باناماكس"`, which wire6 leaves unannotated)."""
    found = []
    for m in _MODEL.finditer(tokens.text):
        anchor = next((k for k, w in enumerate(tokens.words) if w.start <= m.start() < w.end), 0)
        found.append(Found(m.start(1), m.end(1), "MISC", canonical_key(m.group(1)), "head", None, anchor))
    return found


_LATIN_WORD = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_MODEL = re.compile(rf"(?<!\S)[وب]?طراز\s+({_LATIN_WORD}(?: {_LATIN_WORD}){{0,2}})(?![A-Za-z0-9-])")  # `ATR 72-500`
_NATIONAL_PLAN_HEADS = frozenset({"الاستراتيجيه", "البرنامج", "الخطه"})
_HORIZON = re.compile(r" (?:19|20|١٩|٢٠)[0-9٠-٩]{2}(?:-(?:19|20|١٩|٢٠)[0-9٠-٩]{2})?(?![\w/.,])")  # ` 2051`, ` 2020-2027`


# One body inside another, or a body of many towns with its town, is one name: `لجنة الطاقة [بمجلس النواب]`, `الإدارة العامة
# للمباحث [بوزارة الداخلية]`, `وزارة الداخلية [بحكومة الوحدة الوطنية]`; `جامعة محمد الخامس [بالرباط]`, `مستشفى الملك فهد
# التخصصي [بالدمام]`, `المديرية العامة للثروة السمكية [بمحافظة مسقط]` (as `المحكمة الابتدائية بقفصة`, `_seat_end`).
_PART_HEADS = frozenset({"اداره", "لجنه", "مركز", "دائره", "مديريه", "قسم", "مصلحه", "وحده", "كليه", "فرقه", "شعبه", "مكتب"})
_WHOLE_HEADS = frozenset({"وزاره", "مجلس", "جامعه", "هيئه", "رئاسه", "حكومه"})
_SEATED_BODIES = frozenset({"جامعه", "مستشفي", "كليه", "مديريه", "دائره", "هيئه", "مندوبيه"})
# `[بمحافظة] مسقط`: the town's kind before it; not `بمدينة`, which says where (`جامعة الإمارات العربية المتحدة [بمدينة] العين`)
_SEAT_KINDS = frozenset({"محافظه", "ولايه", "اماره", "اقليم"})


def join_bodies(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """`names` with each body joined to the body it is part of, or to its town, after `ب` (`_PART_HEADS`, `_SEATED_BODIES`).

    A ministry is part of a government only (`وزارة الصحة بحكومة …`, never `… بمجلس`); a town is a place that is no
    country (`جامعة القاهرة بمصر` is the university and where it is)."""
    words = tokens.words
    at = {word.start: n for n, word in enumerate(words)}
    by_start = {name.start: name for name in names}
    joined, dropped = [], set()
    for name in sorted(names, key=lambda n: n.start):
        if name.label != "ORG" or id(name) in dropped or name.anchor >= len(words):
            continue
        last = next((n for n in range(len(words)) if words[n].end == name.end), None)
        if last is None or last + 1 >= len(words) or words[last].breaks or not words[last + 1].norm.startswith(("ب", "ل")):
            continue
        nxt, heads = last + 1, words[name.anchor].stems
        of = words[nxt].norm.startswith("ل")  # Algeria's `لولاية [تيزي وزو]`, a chamber's `لصفاقس`: the seat after `ل`
        whole = by_start.get(words[nxt].start + 1) if not of or "غرفه" in heads else None
        if whole is None and words[nxt].norm[1:] in _SEAT_KINDS and nxt + 1 < len(words) and not words[nxt].breaks:
            whole = by_start.get(words[nxt + 1].start)  # `بمحافظة [مسقط]`
            if whole is not None and whole.label != "LOC":
                whole = None
        if whole is None or id(whole) in dropped or (of and whole.label != "LOC"):
            continue
        if whole.label == "ORG":
            whole_heads = words[at[whole.start]].stems if whole.start in at else words[nxt].stems
            if whole.start not in at:
                whole_heads = frozenset(stem[1:] for stem in whole_heads if stem.startswith("ب"))
            if heads.isdisjoint(_PART_HEADS | {"وزاره"}) or whole_heads.isdisjoint(_WHOLE_HEADS):
                continue
            if "وزاره" in heads and heads.isdisjoint(_PART_HEADS) and "حكومه" not in whole_heads:
                continue
        elif whole.label == "LOC":
            if (heads.isdisjoint(_SEATED_BODIES) and not of) or is_country(normalize_arabic(tokens.text[whole.start : whole.end])):
                continue
        else:
            continue
        text = tokens.text[name.start : whole.end]
        joined.append(Found(name.start, whole.end, "ORG", canonical_key(text), name.source, name.country_code, name.anchor))
        dropped |= {id(name), id(whole)}
    return [name for name in names if id(name) not in dropped] + joined


def join_foreign_universities(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """`names` with a university named for a foreign nation joined to the place after `في` it is named with: `الجامعة
    الأمريكية في بيروت`, `في القاهرة`, `في الشارقة` are three universities, each one name (as the gold sets annotate
    them); not `الجامعة العربية`, the League."""
    words = tokens.words
    by_start = {name.start: name for name in names if name.label == "LOC"}
    joined, dropped = [], set()
    for name in names:
        if name.label != "ORG" or normalize_arabic(tokens.text[name.start : name.end]) not in _FOREIGN_UNIVERSITIES:
            continue
        last = next((n for n in range(len(words)) if words[n].end == name.end), None)
        if last is None or last + 2 >= len(words) or words[last].breaks or words[last + 1].norm != "في" or words[last + 1].breaks:
            continue
        place = by_start.get(words[last + 2].start)
        if place is None:
            continue
        text = tokens.text[name.start : place.end]
        joined.append(Found(name.start, place.end, "ORG", canonical_key(text), name.source, None, name.anchor))
        dropped |= {id(name), id(place)}
    return [name for name in names if id(name) not in dropped] + joined


_FOREIGN_UNIVERSITIES = frozenset("الجامعه " + nation for nation in ("الامريكيه", "الاميركيه", "البريطانيه", "الفرنسيه",
                                                                   "الالمانيه", "الكنديه", "الروسيه", "الاستراليه"))


# Words before a kind of place that say where (`في بلدية الفجوج`), and `ب` as its clitic (`ببلدية أقبو`); not `إلى`
# (`أحالت الشكوى إلى بلدية الكويت`, the council) nor `من` (`بدعم من بلدية دبي`) but after a comma, where someone is from
# (`محمد زغدي، من بلدية حاسي خليفة،`).
_WHERE = frozenset({"في", "وفي", "قرب", "داخل", "بمحاذاه"})


def _where(tokens: Tokens, i: int) -> bool:
    """Word `i`, a kind of place, says where: after `_WHERE`, or with `ب` as its clitic."""
    words = tokens.words
    if words[i].norm.startswith(("بب", "وبب")):
        return True
    if i == 0 or words[i - 1].breaks:
        return False
    return words[i - 1].norm in _WHERE or (words[i - 1].norm == "من" and i > 1 and words[i - 2].comma)


_MISSIONS = frozenset({"بعثه", "البعثه"})
_OF_THE_UN = frozenset({"الامميه", "الاوروبيه", "الافريقيه"})  # `البعثة [الأممية]`, the mission of a body of nations


def join_missions(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """A mission of a body of nations in a country is one name, through what it is for and `في` its country: `بعثة الأمم
    المتحدة للدعم في ليبيا`, `بعثة الأمم المتحدة في ليبيا`, `البعثة الأممية للدعم في ليبيا`; not a mission alone (`البعثة
    الأممية`), nor one of a country's (`البعثة الكويتية الدنماركية`)."""
    words, result = tokens.words, list(names)
    for i, word in enumerate(words[:-3]):
        if word.stems.isdisjoint(_MISSIONS) or word.breaks:
            continue
        body = next((n for n in result if n.label == "ORG" and n.start == words[i + 1].start), None)
        if body is not None:
            j = next(n + 1 for n in range(i + 1, len(words)) if words[n].end >= body.end)
        elif "البعثه" in word.stems and words[i + 1].norm in _OF_THE_UN:
            j = i + 2
        else:
            continue
        j = purpose_end(tokens, j, i)
        if j + 1 >= len(words) or words[j - 1].breaks or words[j].norm != "في":
            continue
        place = next((p for p in result if p.label == "LOC" and p.start == words[j + 1].start), None)
        if place is None:
            continue
        skip = next((k for k, stem in word.readings if stem in _MISSIONS), 0)
        begin = word.start + skip_letters(word.raw, skip)
        result = [n for n in result if not (begin <= n.start and n.end <= place.end)]
        result.append(Found(begin, place.end, "ORG", canonical_key(tokens.text[begin : place.end]), "head", None, i))
    return result


def join_embassies(tokens: Tokens, names: Sequence[Found]) -> list[Found]:
    """A country's embassy is a body, ORG: `سفارة جمهورية العراق`, `سفارة مملكة إسبانيا`, `سفارة الجمهورية الجزائرية
    الديمقراطية الشعبية` (as wire4 and wire18 annotate them); not the definite `السفارة` alone nor its nationality
    (`السفارة الإسبانية`, a description)."""
    words, result = tokens.words, list(names)
    for i, word in enumerate(words[:-1]):
        if "سفاره" not in word.stems or word.skel.startswith(("ال", "وال", "بال", "لل")) or word.breaks:
            continue
        country = next((n for n in result if n.label == "LOC" and n.start == words[i + 1].start), None)
        if country is None or not is_country(normalize_arabic(tokens.text[country.start : country.end])):
            continue
        skip = next((k for k, stem in word.readings if stem == "سفاره"), 0)
        begin = word.start + skip_letters(word.raw, skip)
        name = tokens.text[begin : country.end]
        result = [n for n in result if n is not country]
        result.append(Found(begin, country.end, "ORG", canonical_key(name), "head", None, i))
    return result
