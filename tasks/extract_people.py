"""People named by a role or title (`ممثل النظام السوري بشار الجعفري`, `الرئيس ترامب`), in an apposition
after one (`رئيسة اللجنة، القاضية غريس مفولا،`) and as the subject of a speech verb (`وقال تشاد هاميل`).

Each finder reads the token view and `taken`, the words inside a place or organisation name.
"""

from __future__ import annotations

from akhbar.tasks.extract_canonical import aliases, canonical_key
from akhbar.tasks.extract_gazetteer import load_gazetteer, nationalities, not_names
from akhbar.tasks.extract_given_names import given_name_end
from akhbar.tasks.extract_names import (
    DEFINITE,
    addressee,
    bodies,
    clitic_cut,
    closes_name,
    common,
    name_word,
    person,
    prepositional,
    subject_word,
    tafil,
)
from akhbar.tasks.extract_orgs import arabic_adjective, her_past, istifal, present_verb
from akhbar.tasks.extract_places import RARE_IN_NEWS
from akhbar.tasks.extract_tokens import K_ROLE, K_SAYING, K_VERB, Found, Tokens, Word
from akhbar.tasks.extract_words import (
    ADMITTING_VERBS,
    CIRCUMSTANTIALS,
    COMPLEMENTIZERS,
    FAMILY_FIRST_NAMES,
    FUNCTION_SPELLINGS,
    HE_IS,
    KINGS_WITH_ARTICLE,
    LAST_SYLLABLE_PAIRS,
    LAST_SYLLABLES,
    ORDINALS,
    PARTICLES,
    PARTITIVES,
    PREPOSITIONS,
    PROFESSIONAL_TITLES,
    RANKS,
    REGNAL_ORDINALS,
    REPORTED,
    ROLES,
    SON_OF,
    SOURCE_NOUNS,
    SPOKESMEN,
    TAIL_PREPOSITIONS,
    TAIL_PRONOUNS,
    TITLES,
    VERB_FORMS,
    VERB_GIVEN_NAMES,
    WITHHELD,
    given_names,
)


def find_people(tokens: Tokens, taken: frozenset[int]) -> list[Found]:
    """People named by a role: `ممثل النظام السوري بشار الجعفري`, `المبعوث …، ستافان دي ميستورا،`."""
    words, found = tokens.words, []
    for i in tokens.where(K_ROLE):
        word = words[i]
        if i in taken or word.skel.endswith("أمام"):
            continue  # `أمام`, written with its hamza above, is `before` (`أمام إطارات الحركة`), not `إمام` the imam
        if not word.stems.isdisjoint(SPOKESMEN) and i + 1 < len(words) and words[i + 1].norm == "باسم":
            start = _name_before(tokens, taken, i)
            if start is not None:
                found.append(person(tokens, start, i, anchor=start))
        if i > 1 and words[i - 1].norm in HE_IS and not words[i - 2].breaks:
            found += _named_before_pronoun(tokens, taken, i - 1)
        j = _tail_end(tokens, i, taken)
        if j >= len(words) or (words[j - 1].breaks and not words[j - 1].comma):
            continue
        if _conjoined(words[j]):
            continue  # `بالمشتبه به [وفتح] بحث`: `و` opens the next clause, not a name
        if (prepositional(words[j]) or present_verb(words[j], _VERB_SEEN) or (len(words[j].norm) > 4 and her_past(words[j].norm))
                or _ifal(words[j])):
            continue  # `ونجح المدرب [بتبديلات] ذكية`, `أصيب الفنان الراحل [بغيبوبة] سكر`: how, not who; `الرئيس [يسأل]`,
            # `السيدة [شوهدت]`: what they did (of five letters and more: `دولت بهتشلي`, `كايت بلانشيت` are names); `قرر
            # النائب العام [إخلاء] سبيل نجل …`: what was decided, a verbal noun
        given = _given(words[j])
        if given and not words[j - 1].breaks:
            end: int | None = given_name_end(tokens, taken, j)
        else:
            end = _name_after(tokens, taken, j, min_words=1 if j == i + 1 and not word.stems.isdisjoint(TITLES) else 2)
        if end is None:
            continue
        # After `،` the name is the whole apposition, up to the next punctuation; without the comma
        # a name must open with a given name: `لاعب كرة السلة` is a kind of player, not a name.
        apposition = words[j - 1].comma and words[end - 1].breaks
        # Two or three name words closed by punctuation or a preposition: `رئيس الوزراء زوران زئيف،`.
        # Only after the role's own modifiers, which a descriptive phrase (`لاعب كرة قدم`) lacks.
        plain = all(not words[k].skel.startswith("ال") for k in range(j, end))
        bounded = j > i + 1 and end - j >= 2 and plain and closes_name(words, end, strict=True)
        if any(c.isdigit() for c in tokens.text[words[j].start : words[end - 1].end]):
            continue  # a number between the words: `النجم المركز الثاني ب 47 نقطة` names no one
        if apposition or (not words[j - 1].breaks and (given or bounded or _title_name(tokens, taken, i, j, end))):
            found.append(person(tokens, j, end, anchor=i))
    return found


def _ifal(word: Word) -> bool:
    """A verbal noun of the pattern إفعال of a weak root, written with its hamza below (`إخلاء`, `إنهاء`, `إجراء`), which no
    name after a role is but `إسراء` (not the strong roots': `إدوار فيليب`, Édouard Philippe, is spelt as `إطلاق` is)."""
    return (word.skel[:1] == "إ" and len(word.norm) == 5 and word.norm[0] == "ا" and word.norm.endswith("اء")
            and word.norm not in given_names() and word.norm != "اسراء")


_FIRST_HALVES = frozenset({"عبد", "ابو"})  # a name's first half, the second after it: `عبد [الله]`, `أبو [بكر]`


def find_titled(tokens: Tokens, taken: frozenset[int]) -> list[Found]:
    """People named right after `الدكتور`, `المهندس`, `الكاتبة` (`professional_titles`): a first name (or two) the lexicon
    may lack, then a surname with the article, then punctuation or a word that ends a name: `رئيس الوزراء الدكتور [بشر
    الخصاونة]،`, `المهندس [بدر الرشيدي] إن`, `للكاتبة [سنية الخميري] بالجائزة`;
    a lineage between them (`بن`, `بنت`, up to three): `المتحدث الرسمي لوزارة الصحة الدكتور [تركي بن سعد الشهري]،`."""
    words, found = tokens.words, []
    for i, word in enumerate(words[:-2]):
        if word.breaks or not any(stem[:2] == "ال" and stem[2:] in PROFESSIONAL_TITLES for _, stem in word.readings):
            continue  # the title with its article, behind a clitic too: `[للكاتبة] سنية الخميري`, `[والدكتور] …`
        j = surname = i + 1
        while surname + 2 < len(words) and surname - j < 8 and words[surname + 1].norm in SON_OF and not words[surname].breaks:
            surname += 2  # `تركي بن سعد`
            if words[surname].norm in _FIRST_HALVES and surname + 1 < len(words) and not words[surname].breaks:
                surname += 1  # `فهد بن عبد الله`
        if surname == j:
            surname = j + 2 if not words[j].breaks and not words[j + 1].skel.startswith("ال") else j + 1  # `محمد علي الحمادي`
        else:
            surname += 1
        if surname >= len(words):
            continue  # the sentence ends before a surname: `الدكتور محمد بن سالم`
        names = [k for k in range(j, surname + 1) if words[k].norm not in SON_OF]
        definite = [k for k in range(j, surname) if words[k].skel.startswith("ال") and words[k - 1].norm not in _FIRST_HALVES]
        if (definite or any(words[k].breaks for k in range(j, surname))
                or not all(name_word(tokens, taken, k, k == j) for k in names)
                or not words[surname].skel.startswith("ال") or not closes_name(words, surname + 1, strict=True)):
            continue
        found.append(person(tokens, j, surname + 1, anchor=i))
    return found


def find_honoured(tokens: Tokens, taken: frozenset[int]) -> list[Found]:
    """People named after the honorific they are addressed with, as Gulf agencies write officials: `برئاسة معالي [صقر
    غباش] رئيس المجلس`, `سعادة [خليفة سعيد سليمان]`; two to four words (a lineage among them: `بن`), the first no article,
    adjective or word another finder took, ending where a name ends (`closes_name`, strictly). Given names the lexicon
    lacks (`صقر`, `حمودة`) are why: after `معالي` the lexicon's own names were found already. One word is not enough
    (`سعادة [غامرة]` is joy)."""
    words, found = tokens.words, []
    for i, word in enumerate(words[:-2]):
        if word.breaks or word.norm not in _HONOURS or i + 1 in taken:
            continue
        first = words[i + 1]
        if (DEFINITE.match(first.skel) or arabic_adjective(first.norm) or first.norm.startswith("و")
                or not name_word(tokens, taken, i + 1, True)):
            continue  # (`أكثر سعادة [وثقة] بأنفسهم`: a second noun)
        end = i + 2
        while end < len(words) and end < i + 5 and not words[end - 1].breaks and (
                words[end].norm in SON_OF or name_word(tokens, taken, end, False)) and words[end].stems.isdisjoint(ROLES) and not (
                DEFINITE.match(words[end].skel) and common(words[end])):  # `سعادة خليفة سعيد سليمان [الوفد]`: the object
            end += 1
        if words[end - 1].norm in SON_OF:
            continue
        if end - (i + 1) >= 2 and closes_name(words, end, strict=True):
            found.append(person(tokens, i + 1, end, anchor=i))
    return found


_HONOURS = frozenset({"معالي", "ومعالي", "سعاده", "وسعاده"})  # Excellency (a minister's, an ambassador's)


def find_regnal(tokens: Tokens, taken: frozenset[int]) -> list[Found]:
    """A monarch or a pope by name and regnal number after the title: `الملك [الحسن الثاني]`, `المغفور له [الحسن الثاني]`,
    `البابا [بنديكت السادس عشر]`, `الملكة [إليزابيث الثانية]`; the name, of one or two words, may be one the lexicon lacks
    or have the article (`الحسن`, `الحسين`), which a given name alone never has."""
    words, found = tokens.words, []
    for i, word in enumerate(words[:-2]):
        title = word.norm in _ROYAL_TITLES or (word.norm in _DECEASED and i and words[i - 1].norm in _THE_LATE)
        if word.breaks or not title:
            continue
        first = i + 2 if i + 2 < len(words) and not words[i + 1].breaks and _described_title(words[i + 1]) else i + 1
        for k in (first + 1, first + 2):  # `الملك [الفرعوني] رمسيس الثاني`: the title's adjective is no name
            if (k < len(words) and words[k].norm in REGNAL_ORDINALS and not any(words[n].breaks for n in range(i + 1, k))
                    and not any(n in taken for n in range(first, k + 1))
                    and all(name_word(tokens, taken, n, n == first) or words[n].norm in KINGS_WITH_ARTICLE for n in range(first, k))):
                end = k + 2 if k + 1 < len(words) and not words[k].breaks and words[k + 1].norm in ("عشر", "عشره") else k + 1
                found.append(person(tokens, first, end, anchor=first, source="role"))
                break
    return found


def _described_title(word: Word) -> bool:
    """A relational adjective after a title (`الفرعوني`, `الأردني`), no name."""
    return word.norm.startswith("ال") and word.norm.endswith("ي") and len(word.norm) > 5 and word.norm not in KINGS_WITH_ARTICLE


_ROYAL_TITLES = frozenset({"الملك", "الملكه", "البابا", "السلطان", "الامبراطور", "الامبراطوره", "والملك", "والملكه", "والبابا"})
_THE_LATE = frozenset({"المغفور", "المرحوم"})  # `جلالة المغفور له`
_DECEASED = frozenset({"له", "لها"})


_RANK_ORDINALS = frozenset({"اول", "ثان", "ثاني"})  # `الفريق [أول]`, `المقدم [ثاني]`: of the rank
# Ranks whose word has a commoner sense (the team, the pioneer, the dean): the word after them opens a name only where
# the lexicon lists it as a given name (`الفريق [ضاحي] خلفان` is missed, `الفريق [خلف] إيدرسون` would be a name).
_RANKS_OF_OTHER_SENSES = frozenset({"فريق", "رائد", "عميد"})


def with_ranked_given_names(tokens: Tokens, entities: list[Found]) -> list[Found]:
    """A person found after a rank and one indefinite word takes the word: `العقيد الركن [تركي] المالكي`, `اللواء [قاسم]
    سليماني`. After a definite rank an indefinite word is no adjective of it (they would agree), so it opens the name:
    `تركي` here is no `Turkish` (`العقيد التركي`). Not a preposition, an ordinal (`الفريق [أول]`), a word a mark ends, or a
    place that is no given name."""
    words, out = tokens.words, list(entities)
    starts = {word.start: k for k, word in enumerate(words)}
    for n, e in enumerate(entities):
        j = starts.get(e.start)
        if e.label != "PERSON" or j is None or j < 2:
            continue
        rank, word = words[j - 2], words[j - 1]
        if (rank.breaks or word.breaks or word.norm.startswith("ال") or not word.raw.isalpha() or len(word.norm) < 3
                or word.norm in PREPOSITIONS or word.norm in FUNCTION_SPELLINGS or word.norm in ORDINALS or word.norm in RANKS
                or word.norm in _RANK_ORDINALS
                or word.norm in load_gazetteer().places and word.norm not in given_names()
                or not (ranks := {stem[2:] for _, stem in rank.readings if stem[:2] == "ال"} & RANKS)):
            continue
        if ranks <= _RANKS_OF_OTHER_SENSES and word.norm not in given_names():
            continue  # `للفريق [بقيادة] …`, `نجوم الفريق [مثل] …`: the team
        text = tokens.text[word.start : e.end]
        out[n] = Found(word.start, e.end, "PERSON", canonical_key(text), e.source, None, e.anchor)
    return out


def with_first_names_before_given(tokens: Tokens, entities: list[Found]) -> list[Found]:
    """A person found from a father's given name right after a role takes the first name before it that no lexicon
    knows: `وزير النفط [جبار] علي اللعيبي`, `الفنانة المصرية [مي] علي ندى` (a name of three, the model's or the
    lexicon's from `علي`). The word is bare, seldom in news (`_FIRST_NAME_RARE`: no verb or common noun, `جبار` 24 times in
    ANT's 9.1M tokens), no place nor another entity's, and a definite role, or a role's complement or nationality, comes
    right before it."""
    from akhbar.tasks.ner_crf import load_words  # the word counts of news, loaded once by the tagger anyway

    words, out, counts = tokens.words, list(entities), load_words().counts
    starts = {word.start: k for k, word in enumerate(words)}
    for n, e in enumerate(entities):
        j = starts.get(e.start)
        if e.label != "PERSON" or j is None or j < 2 or words[j].norm not in given_names() or words[j].end >= e.end:
            continue
        word, before = words[j - 1], words[j - 2]
        if (word.breaks or before.breaks or not word.raw.isalpha() or word.norm.startswith(("ال", "و", "ل", "ب", "ك", "ف"))
                or word.raw.endswith(("ه", "ها", "هم", "هما")) or len(word.norm) < 2  # (a clitic, a pronoun: `[للمنظمة]`,
                # `وزير [خارجيته]`, `المتحدث [باسمه]`)
                or word.norm in PREPOSITIONS or word.norm in FUNCTION_SPELLINGS or word.norm in not_names()
                or counts.get(word.norm, 0) >= _FIRST_NAME_RARE or word.norm in load_gazetteer().places
                or any(o.start < word.end and word.start < o.end for o in entities)):  # (`رئيس [مقدونيا] جورج إيفانوف`)
            continue
        role = not before.stems.isdisjoint(ROLES) or j >= 3 and not words[j - 3].stems.isdisjoint(ROLES) and not words[j - 3].breaks
        definite_role = not before.stems.isdisjoint(ROLES) and before.norm.startswith(("ال", "وال", "لل", "بال", "فال"))
        if before.norm in PREPOSITIONS or not (role and (before.norm in nationalities() or before.norm.startswith("ال")
                                                         or definite_role)):
            continue  # right after a definite role (`[السفير] سونغ كيم`; `رئيس [مقدونيا] جورج إيفانوف` is the role's
            # country), or a role's complement or nationality (`وزير [النفط]`, `الفنانة [المصرية]`)
        out[n] = Found(word.start, e.end, "PERSON", canonical_key(tokens.text[word.start : e.end]), e.source, None, e.anchor)
    return out


def with_family_nisbas(tokens: Tokens, entities: list[Found]) -> list[Found]:
    """A person named to his father (`بن`, `بنت` and the father's name last) takes the family's nisba right after it, as
    the Gulf writes names: `مريم بنت علي [البلوشية]`, `سالم بن علي [البلوشي]`; not a nationality (`… بن علي [السعودي]`)."""
    words, out = tokens.words, list(entities)
    ends = {word.end: k for k, word in enumerate(words)}
    for n, e in enumerate(entities):
        m = ends.get(e.end)
        if e.label != "PERSON" or m is None or m < 2 or words[m - 1].norm not in SON_OF or m + 1 >= len(words):
            continue
        nisba = words[m + 1]
        ending = "يه" if words[m - 1].norm == "بنت" else "ي"  # the family's nisba agrees with its bearer (not `محمد بن سلمان
        # [الانفتاحية]`, his policies)
        if (words[m].breaks or not nisba.norm.startswith("ال") or not nisba.norm.endswith(ending) or len(nisba.norm) < 5
                or nisba.norm in nationalities() or nisba.norm.removesuffix("ه") in nationalities()
                or any(o.start < nisba.end and nisba.start < o.end for o in entities)):
            continue
        out[n] = Found(e.start, nisba.end, "PERSON", canonical_key(tokens.text[e.start : nisba.end]), e.source, None, e.anchor)
    return out


_FIRST_NAME_RARE = 200  # `مي` 158 times (also a letter's name), `يلتقي` and such verbs hundreds


def with_last_syllables(tokens: Tokens, entities: list[Found]) -> list[Found]:
    """A person of a family name written first and one syllable takes the name's last syllable the tagger left out:
    `كيم جونغ [أون]`, `مون جاي [إن]` (`last_syllables`, `last_syllable_pairs`); not `وقال كيم جونغ [إن]`, that."""
    words, out = tokens.words, list(entities)
    starts = {word.start: k for k, word in enumerate(words)}
    for n, e in enumerate(entities):
        j = starts.get(e.start)
        if e.label != "PERSON" or j is None or j + 2 >= len(words) or words[j].norm not in FAMILY_FIRST_NAMES:
            continue
        second, last = words[j + 1], words[j + 2]
        if second.end != e.end or words[j].breaks or second.breaks or len(second.skel) > 4 or not (
                last.skel in LAST_SYLLABLES or f"{second.skel} {last.skel}" in LAST_SYLLABLE_PAIRS):
            continue  # (the middle one a syllable too: not `وانغ غوانغيا [أون]`)
        out[n] = Found(e.start, last.end, "PERSON", canonical_key(tokens.text[e.start : last.end]), e.source, None, e.anchor)
    return out


def with_particle_names(tokens: Tokens, entities: list[Found]) -> list[Found]:
    """A Dutch or German name by its particle, which no Arabic word is: `فان`/`فون`, what follows up to the surname (`دن`,
    `دير`, `در`, `دي`), the surname, and the given name before them where the word there reads as one (`_given_before`):
    `الهولندية [إنغريد فان دن بيرغ]،`; without a given name, only where the tagger found the surname (`يتميز [فان
    دايك]`), as `فان` is also a van and `فإن` written without its hamza. A person the tagger found inside it grows to it;
    any other entity there stands."""
    words, out = tokens.words, list(entities)
    for i in range(len(words) - 1):
        if words[i].skel not in _NAME_PARTICLES or words[i].breaks:
            continue  # (as written: `فإن`, then, folds to `فان`)
        j = i + 1
        while j < len(words) - 1 and words[j].norm in _INNER_PARTICLES and not words[j].breaks:
            j += 1
        last = words[j]
        if not (last.raw.isalpha() and len(last.norm) > 2 and not last.norm.startswith("ال") and last.norm not in not_names()
                and not common(last)) or any(tokens.text[words[k].end : words[k + 1].start].strip(" ") for k in range(i, j)):
            continue  # (no surname takes the article: `… فان [الأمير]` is `فإن` written without its hamza; nor a number)
        skip = _given_before(words[i - 1]) if i and not words[i - 1].breaks else None
        begin = i if skip is None else i - 1
        name = person(tokens, begin, j + 1, anchor=begin, skip=skip or 0, source="particle")
        inside = [e for e in out if e.start < name.end and name.start < e.end]
        if any(e.label != "PERSON" or e.start < name.start or e.end > name.end for e in inside):
            continue
        if skip is None and not any(e.end == last.end and e.canonical not in aliases() for e in inside):
            continue  # without a given name, only a surname the tagger found: `سيارة فان` is a van, `فان ترامب` is `فإن`
        out = [e for e in out if e not in inside] + [name]
    return sorted(out, key=lambda e: e.start)


def _given_before(word: Word) -> int | None:
    """The clitic letters to skip where `word`, before a name's particle, is its given name: a listed given name behind its
    clitics (`[وروبين] فان بيرسي`), or a word news seldom writes in any reading and no verb's (`[إنغريد]`, `[بيرت]`); not
    a verb or a noun (`[يتميز] فان دايك`, `[ولوحة] فان كوخ`: `لوحة` is common)."""
    from akhbar.tasks.ner_crf import load_words, word_key  # the words of news, which the tagger loads; it imports this module

    if word.norm.startswith("ال") or not word.raw.isalpha():
        return None
    for skip, stem in word.readings:
        if stem in given_names() and stem not in VERB_GIVEN_NAMES:
            return skip  # (`رفعت فان أويتفانك`: she raised)
    counts = load_words().counts
    if any(counts.get(word_key(stem), 0) >= _GIVEN_SEEN or stem in not_names() for _, stem in word.readings) or common(word):
        return None
    return 0


_GIVEN_SEEN = 40  # a word news writes this often in some reading is no foreign given name (`بيرت` 33, `يتميز` 79)


_NAME_PARTICLES = frozenset({"فان", "فون"})  # `[إنغريد] فان دن [بيرغ]`, `[أورسولا] فون دير [لاين]`
_INNER_PARTICLES = frozenset({"دن", "دير", "در", "دي"})


_KEEPER_OF_THE_SEALS = ("حافظ", "الاختام")


def _tail_end(tokens: Tokens, i: int, taken: frozenset[int] = frozenset()) -> int:
    """Skip a role's modifiers: `المبعوث [الأممي الخاص إلى سوريا]، …`, `ممثل [النظام السوري] بشار`, and the country a
    finder before took (`سفيرة [مملكة السويد] إنغريد لارسون`, `سفير [جمهورية البيرو] خورخي ميندوزا`)."""
    words, j = tokens.words, i + 1
    while j < len(words) and j <= i + 8 and not words[j - 1].breaks:
        if j == i + 1 and (k := _past_country(tokens, taken, i)) is not None:
            j = k
            continue
        if words[j].norm in TAIL_PREPOSITIONS and j + 1 < len(words) and not words[j].breaks:
            if words[j + 1].norm in COMPLEMENTIZERS:
                break  # `وأشار المدرب البرتغالي [إلى أن] عدم قدرته`: the verb's `إلى أن`, what he said follows, no name
            j += 2
        elif j + 1 < len(words) and (words[j].norm, words[j + 1].norm) == _KEEPER_OF_THE_SEALS and not words[j].breaks:
            j += 2  # `وزير العدل [حافظ الأختام]`: the Maghreb's minister of justice's second title, not Hafez
        elif _given(words[j]) and j in taken and j - 1 in taken:
            while j < len(words) and j in taken and not words[j - 1].breaks:
                j += 1  # the name of a body a finder took, not its holder's: `مدير المستشفى الجامعي [فرحات حشاد]`
            break
        elif _given(words[j]):
            break  # `رئيس الجمهورية [الباجي] قائد السبسي`: a given name with the article starts the name
        elif words[j].norm in TAIL_PRONOUNS or (DEFINITE.match(words[j].skel) and words[j].norm not in not_names()):
            j += 1
        else:
            break
    return j


# Offices named by the country they are of, then the holder's name: `سفيرة مملكة السويد إنغريد لارسون،`, `رئيسة كرواتيا
# كوليندا غرابار كيتاروفيتش،` (not a player's, a prince's or a leader's, whose country is as often followed by the clause:
# `لاعب بيرو [إخفاق] ميسي`, `أمير قطر [الباب] الأميركي`, read on the ANT slices).
_OF_A_COUNTRY = frozenset({"سفير", "سفيره", "رئيس", "رئيسه", "مندوب", "مندوبه", "ممثل", "ممثله", "قنصل", "قنصله"})


def _past_country(tokens: Tokens, taken: frozenset[int], i: int) -> int | None:
    """The word after the country a finder took right after office `i` (`_OF_A_COUNTRY`), where a name closed by
    punctuation follows it (`_named_closed`); None otherwise."""
    words, k = tokens.words, i + 1
    if k not in taken or not words[k].starts_place or words[i].stems.isdisjoint(_OF_A_COUNTRY):
        return None
    while k < len(words) and k in taken and not words[k - 1].breaks:
        k += 1
    return k if k < len(words) and not words[k - 1].breaks and _named_closed(tokens, taken, k) else None


def _named_closed(tokens: Tokens, taken: frozenset[int], k: int) -> bool:
    """A name from word `k`: two to four words, no common word among them, closed by punctuation (`إنغريد لارسون،`,
    `خورخي ميندوزا.`; not `رئيس الزمالك مرتضى منصور [شطب] اسمه`, where a known given name would run on)."""
    words = tokens.words
    if prepositional(words[k]):
        return False
    end = k
    while end < len(words) and end < k + 4 and end not in taken and not common(words[end]):
        end += 1
        if words[end - 1].breaks:
            break
    return end - k >= 2 and words[end - 1].breaks


def _conjoined(word: Word) -> bool:
    """A word behind the conjunction `و`, where news reads it so (`وفتح`, `وتبقى`: the word without `و` is the more common;
    not `وليد`, `وائل`, nor a foreign name, `ونستون`, `ويلبور`) and the word after it is no given name (`وغادة` is a
    second person): it opens a clause."""
    return clitic_cut(word, ("و",)) > 0


_VERB_SEEN = 50  # a verb of the present where a role's name would stand, as often as news writes it


def _feminine_participle(word: Word) -> bool:
    """A participle in `م…ة` news writes often (`مطمئنة`, `مرتفعة`, `مستقرة`), no given name (`منيرة`, `مليكة` are listed):
    said of someone, after a title, not their name."""
    from akhbar.tasks.ner_crf import load_words  # the words of news, which the tagger loads; it imports this module

    norm = word.norm
    return (len(norm) >= 5 and norm.startswith("م") and norm.endswith("ه") and norm not in given_names()
            and load_words().counts.get(norm, 0) >= 10)


def _verbal_noun(word: Word) -> bool:
    """A verbal noun of the pattern تفعيل (`تحرير`, `تطوير`, `تنظيم`), not a given name of that shape (`توفيق`)."""
    return tafil(word.norm) and word.norm not in given_names()


def _given(word: Word) -> bool:
    """A known given name, behind its clitics but not behind the article: `[الباجي]` (listed with it), `[وعمران]`;
    not `والعمران` (and construction, `وزير السكن والعمران`), whose `عمران` is there only once `ال` is cut, as
    `find_named` reads them."""
    given = given_names()
    return any(stem in given and word.skel[k:] not in FUNCTION_SPELLINGS for k, stem in word.readings)  # `على` is no `علي`


# Titles whose noun without the article is followed by what the office is of, not the holder's name (with it, `المدرب X`,
# `الرئيس X`, the name): a team (`مدرب مضر`), a body or a country (`رئيس لائحة حزب الإنصاف`, `ملك أراغون`). Not the
# honorifics, `سيد`, `شيخ`, `دكتور`, `جنرال`, `سيناتور`, which a name follows without the article too, nor `أمير`, `إمام`,
# `بابا`, given names or a name's part as often (`أمير حاتمي`, `عادل إمام`, `بكاري بابا غاساما`).
_CONSTRUCT_TITLES = frozenset({"مدرب", "لاعب", "نجم", "مهاجم", "حارس", "مدافع", "رئيس", "رئيسه", "وزير", "وزيره", "ملك",
                               "مستشار", "مستشاره"})


def _title_name(tokens: Tokens, taken: frozenset[int], role: int, start: int, end: int) -> bool:
    """A title right before a name ended by punctuation or a non-name word: `الرئيس ترامب إن`."""
    words = tokens.words
    if start != role + 1 or end != start + 1 or words[role].stems.isdisjoint(TITLES) or common(words[start]):
        return False
    if not words[role].stems.isdisjoint(_CONSTRUCT_TITLES) and not DEFINITE.match(words[role].skel):
        return False  # `وقال مدرب [مضر]، التونسي سامي السعيدي،`, `رئيس [لائحة] حزب`: without the article, of what
    if _verbal_noun(words[start]):
        return False  # `رئيسة [تحرير] الصحيفة`: what the office is of, no name
    if len(words[start].skel) > 4 and words[start].skel.startswith(("يت", "يست")):
        return False  # a verb of the present, forms V, VI and X, no name: `لاعب [يتألق] مع ناديه`, `[يتحدث]`, `[يستمر]`
    if _feminine_participle(words[start]):
        return False  # what the holder is said to be: `الحالة الصحية للرئيس [مطمئنة]`
    return words[end - 1].breaks or end >= len(words) or not name_word(tokens, taken, end, True)


def _name_after(tokens: Tokens, taken: frozenset[int], n: int, min_words: int = 2) -> int | None:
    """End of a name starting at word `n`: `بشار الجعفري`, `ستفان دي ميستورا`, `أسامة أبو زيد`.

    Up to three plain words, then `دي`/`أبو`/`بن` + word pairs, then one `ال` surname. Without a
    particle or surname to vouch for its end, the name must be followed by punctuation or a
    non-name word: `رجب طيب أردوغان` cut to `رجب طيب` is worse than nothing.
    """
    words, i, sure = tokens.words, n, False

    def more() -> bool:
        return i < len(words) and (i == n or not words[i - 1].breaks)

    while more() and i < n + 3 and words[i].norm not in PARTICLES and name_word(tokens, taken, i, i == n):
        if i > n and words[i].skel.startswith("ال"):
            break
        i += 1
    while more() and i + 1 < len(words) and words[i].norm in PARTICLES and not words[i].breaks:
        if not name_word(tokens, taken, i + 1, False):
            break
        i, sure = i + 2, True
    if i > n and more() and words[i].skel.startswith("ال") and name_word(tokens, taken, i, False):
        i, sure = i + 1, True
    if i - n < min_words:
        return None
    return i if sure or words[i - 1].breaks or not name_word(tokens, taken, i, True) else None


def _name_before(tokens: Tokens, taken: frozenset[int], i: int) -> int | None:
    """Start of the name right before word `i`: `وقال [أسامة أبو زيد] المتحدث باسم`."""
    words, start = tokens.words, i
    if i > 0 and words[i - 1].comma:  # `دان بينيت، المتحدث باسم …`
        i -= 1
        start = i + 1
        while (
            start > 0 and i - start < 3 and (start == i + 1 or not words[start - 1].breaks) and name_word(tokens, taken, start - 1, False)
        ):
            start -= 1
        if i + 1 - start < 2 or not name_word(tokens, taken, start, True) or not _closes_before(tokens, start):
            return None
        return start
    while start > 0 and i - start < 4 and not words[start - 1].breaks and name_word(tokens, taken, start - 1, False):
        start -= 1
    if i - start < 2 or not name_word(tokens, taken, start, True):
        return None
    before = words[start - 1] if start else None
    if before is None or before.breaks or before.norm in VERB_FORMS or not before.stems.isdisjoint(not_names()):
        return start
    return None


def _closes_before(tokens: Tokens, start: int) -> bool:
    """Word `start` opens a name: the sentence starts or breaks, or a verb, preposition or known word precedes."""
    if start == 0 or tokens.words[start - 1].breaks:
        return True
    before = tokens.words[start - 1]
    return before.norm in VERB_FORMS or before.norm in REPORTED or not before.stems.isdisjoint(not_names())


def _named_before_pronoun(tokens: Tokens, taken: frozenset[int], pronoun: int) -> list[Found]:
    """`لوايد سيمز وهو لاعب كرة السلة`: two name words, then `وهو`/`وهي` and a role."""
    words, start = tokens.words, pronoun - 2
    if start < 0 or (start and not words[start - 1].breaks and name_word(tokens, taken, start - 1, False)):
        return []
    skip = next((k for k, stem in words[start].readings if k <= 1 and stem[:2] != "ال"), None)
    if skip is None or not subject_word(tokens, taken, start + 1, False) or words[start].breaks:
        return []
    if not words[start].stems.isdisjoint(not_names()) or common(words[start]):
        return []
    return [person(tokens, start, pronoun, anchor=start, skip=skip, source="role")]


def find_subjects(tokens: Tokens, taken: frozenset[int]) -> list[Found]:
    """People named as the subject of a speech verb: `وقال تشاد هاميل لمحطة …`, `أعلن لوك والتون مدرب …`.

    One to three name words right after the verb, closed as `closes_name` says. A lone word
    before a definite one is more often the verb's object in a construct (`أعلن مقتل الجندي`),
    so a definite word only closes a name of two words or more.
    """
    words, found = tokens.words, []
    for v in tokens.where(K_SAYING):
        if words[v].breaks:
            continue
        start = end = v + 1
        if start < len(words) and words[start].norm in CIRCUMSTANTIALS:
            continue  # `وأضاف ممازحا`: how he said it
        if start < len(words) and words[start].norm in WITHHELD:
            continue  # `طالبا عدم ذكر [اسمه] إن`: the name kept back, not a person
        if start < len(words) and bodies(words[start]):
            continue  # `وأعلنت وزارتا الخارجية والدفاع`: bodies speak
        if start < len(words) and words[start].norm in SOURCE_NOUNS:
            continue  # `وقال [مسؤولان] أميركيان`: sources, named by the phrase (`extract_speakers.phrase`), no one's name
        if start < len(words) and words[start].norm in PARTITIVES:
            continue  # `وأوضح [اثنان] من المسؤولين`: a part of a group, named by the phrase (`extract_speakers.phrase`)
        if start < len(words) and addressee(words[start]):
            continue  # `وقالت [لجمهور] ضم رئيس المفوضية "…"`: to whom she spoke (the one named before speaks)
        if start < len(words) and _what_was_said(words[start]):
            continue  # `وأكد [استكمال] أشغال الطريق`, `وأعلن [تسريح] عمال`: the verb's object, what it states, no one
        while end < len(words) and end < start + 3 and subject_word(tokens, taken, end, end == start):
            if end > start and _governed_by_verb(tokens, end):
                break  # `وقالت ميركل [لنتانياهو] "…"`, `واعترف الحوثي [بحدوث]`: whom she told, what he admitted
            end += 1
            if words[end - 1].breaks:
                break
        if words[v].norm in ADMITTING_VERBS and not words[end - 1].comma:
            continue  # `أقر` governs what is admitted by `ب` (`وأقر [بالذنب]`, `أقر تميم [بوجود] قصور`): its subject is a name
            # only closed by the comma of an apposition (`وأقر برهان بسيس، القيادي في …، بأن`)
        if end - start >= 2 and not words[end - 1].breaks and _family_nisba_closing(tokens, end):
            end += 1  # `وقال خليفة سعيد [المهيري]، مدير البطولة، إن`: the family's name, which no list knows
        if (end == start + 1 and end < len(words) and not words[start].breaks and not words[end].norm.startswith("ال")
                and words[end].norm in nationalities()):
            continue  # `وقال [مهاجر] سوداني`: a noun and its indefinite nationality, a speaker's phrase (a name takes the
            # article's: `وقال لافروف الروسي`)
        if end > start and closes_name(words, end, strict=end - start < 2):
            found.append(person(tokens, start, end, anchor=start, source="speaker"))
    return found


def _family_nisba_closing(tokens: Tokens, k: int) -> bool:
    """Word `k` is a family's nisba that closes a name: the article and `ي` (`المهيري`, `الهاجري`), no nationality, and no
    adjective of relation, whose feminine news writes (`الرسمي`: `الرسمية`; `المهيرية` it hardly does), then a comma, a
    stop, `أن`/`إن` or `ل` (to whom it was said)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    words = tokens.words
    if k >= len(words):
        return False
    word = words[k]
    if (not word.norm.startswith("ال") or not word.raw.endswith("ي") or len(word.norm) < 6 or word.norm in nationalities()
            or word.norm[2:] in nationalities() or load_words().counts.get(word.norm + "ه", 0) >= _FEMININE_FEW):
        return False
    return word.breaks or k + 1 >= len(words) or words[k + 1].norm in COMPLEMENTIZERS or words[k + 1].norm[:1] == "ل"


_FEMININE_FEW = 20  # times news writes the feminine of an adjective of relation, at least: `الرسمية` thousands, `المهيرية` 0


def _what_was_said(word: Word) -> bool:
    """A verbal noun of the patterns استفعال or تفعيل (`استكمال`, `تسريح`), or `ضرورة`/`أهمية`, right after a speech verb: its
    object, which a name never opens (`تيسير` and other given names of that shape aside)."""
    norm = word.norm
    if norm in given_names():
        return False
    if norm.endswith("ا"):
        return False  # a foreign name ends so (`تانيا لوكشينا`), no verbal noun
    return norm in _STATED or _verbal_noun(word) or istifal(norm)


_STATED = frozenset({"ضروره", "اهميه"})


def _governed_by_verb(tokens: Tokens, i: int) -> bool:
    """Word `i`, after a speaker's name, is behind the verb's `بـ` or `لـ` (`prepositional`): `بـ` but in a Maghreb name's
    `بو` (`نجية بونعيم`), `لـ` right before what is said (`وقال زيدان [لمورينيو] إن`, `أردوغان [لترامب]:`), not a name's
    own word that only looks so (`رضوان لقديم وهو`, `باسكال لامي، الذي`)."""
    words = tokens.words
    word = words[i]
    if not prepositional(word):
        return False
    if word.norm[0] == "ب":
        # not a Maghreb name's `بو` (`نجية بونعيم`), nor a surname closing the name at its comma, its rest no word of news
        # nor a noun with a pronoun (`وأقر برهان [بسيس]، القيادي في …، بأن`; but `واعترف الحوثي [بحدوث]`, `[بخطئه]،`)
        return not word.norm.startswith("بو") and not (word.comma and _rare_rest(word))
    said = tokens.text[word.end :].lstrip()[:1] in ':"«“'
    return said or i + 1 < len(words) and words[i + 1].norm in COMPLEMENTIZERS


def _rare_rest(word: Word) -> bool:
    """Word `word` less its first letter is a word news seldom writes (`extract_places.RARE_IN_NEWS`) and no noun with a
    pronoun: `بسيس` is no `ب` and `سيس`."""
    from akhbar.tasks.ner_crf import load_words, word_key  # it imports this module: here, not at the top

    rest = word.norm[1:]
    return (load_words().counts.get(word_key(rest), 0) < RARE_IN_NEWS and not rest.startswith("ال")
            and not rest.endswith(("ه", "ها", "هم", "هما")))


def find_appositions(tokens: Tokens, taken: frozenset[int]) -> list[Found]:
    """A name between commas after a role or speech verb: `مدرب الوداد، البرتغالي رُوي مَاتُوس،`,
    `رئيسة اللجنة، القاضية غريس مفولا،`, `كبير الاقتصاديين في بنك أبوظبي الأول، سامر الحلبي:`.

    Two to four name words, the first plain, after an optional nationality or title, closed by
    punctuation; a role or a speech verb must come within the ten words before the comma, and with a verb alone the
    name opens with a known given name (on 2,000 ANT articles, 99 of 592 such names had a verb and no role before them,
    about half of them no name: `، [يستخدم لدراسة الأنظمة]`, `، [باستخدام خدمة]`, `، [محامية بوبيت]`).
    """
    words, found = tokens.words, []
    for i in [k + 1 for k, word in enumerate(words[:-1]) if word.comma]:
        if i in taken:
            continue
        k = i
        if words[k].norm in nationalities() or (words[k].skel.startswith("ال") and words[k].kinds & K_ROLE):
            k += 1  # `البرتغالي`, `القاضية`
        compound = (k + 1 < len(words) and words[k].norm in _FIRST_HALVES and not words[k].breaks and k not in taken
                    and words[k + 1].skel.startswith("ال"))  # `، [عبد الحق] مزيان،`: a given name of two words
        if (k >= len(words) or (k > i and words[k - 1].breaks) or not (compound or subject_word(tokens, taken, k, True))
                or _conjoined(words[k]) or (tafil(words[k].norm) and words[k].norm not in given_names())):
            continue  # (`، [وتبقى] رسالتنا واحدة`: after `و` the next clause, no apposition; `، ياسين مقدم، [توزيع]
            # الاعتمادات، وقال`: a verbal noun opens the verb's object, as no name does but `توفيق`)
        context = range(max(0, i - 10), i)
        if not any(words[n].kinds & (K_ROLE | K_VERB) for n in context) or any(words[n].stop for n in context[:-1]):
            continue
        if not any(words[n].kinds & K_ROLE for n in context) and not _given(words[k]):
            continue  # after a speech verb alone, a known given name: `وقال إن …، [لكنني أراه درساً]،`, `، [محامي ترامب]،`
        end = k + 1
        while (
            end < len(words)
            and end < k + 4
            and not words[end - 1].breaks
            and name_word(tokens, taken, end, False)
            and not common(words[end])
        ):
            end += 1
        digits = any(c.isdigit() for c in tokens.text[words[k].start : words[end - 1].end])  # `، بحضور 30 ألف متفرج.`
        if end - k >= 2 and words[end - 1].breaks and not digits:
            found.append(person(tokens, k, end, anchor=k, source="role"))
    return found
