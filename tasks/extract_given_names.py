"""People whose name opens with a known given name (`data/given_names_ar.txt`): `وأكد محمد صلاح`,
`التقى جون كيري نظيره`, `نور الدين الطبوبي`, `فهد بن عبد الله الدوسري`."""

from __future__ import annotations

from akhbar.tasks.extract_gazetteer import not_names
from akhbar.tasks.extract_names import DEFINITE, closes_name, common, conjoined, name_word, names_of, person, spelt_as_future
from akhbar.tasks.extract_tokens import K_GIVEN, Found, Tokens
from akhbar.tasks.extract_words import (
    ALLAH_NAMES,
    DIN_NAMES,
    FUNCTION_SPELLINGS,
    KANA,
    NAME_STOPS,
    NAMES_WITH_CLITIC_LETTERS,
    PARTICLES,
    PRONOUN_PREPOSITION,
    ROLES,
    SURNAME_OPENERS,
    VERB_FORMS,
    VERB_GIVEN_NAMES,
    arabic_names,
    given_names,
)


def find_named(tokens: Tokens, taken: frozenset[int]) -> list[Found]:
    """People whose first word is a known given name: `وأكد محمد صلاح`, `التقى جون كيري نظيره`.

    A given name alone is too often a common word (`سعيد`, `أمل`): it needs a second name word.
    """
    words, found, given, after = tokens.words, [], given_names(), 0
    for i in tokens.where(K_GIVEN):
        if i < after:
            continue  # inside the name just found
        word, end = words[i], i + 1
        din = word.norm in DIN_NAMES and i + 1 < len(words) and words[i + 1].norm == "الدين"
        if i and words[i - 1].norm.endswith("ايس") and word.norm == "كريم":
            continue  # `الآيس [كريم]`: ice cream
        if _keeper_of(words, i):
            continue  # `[أمينة] المعرض`: the exhibition's curator, no Amina
        if _kept_on(words, i):
            continue  # `فيما [حافظ] تسفاي على القميص`: kept, no Hafez
        if ((din or not word.stems.isdisjoint(given)) and i not in taken and word.norm not in VERB_FORMS and not _after_that_it(words, i)
                and not names_of(tokens, i) and not _verb_of_her(words, i) and not _verb_opening_a_clause(words, i)):
            # a name that starts with a clitic's letter is whole (`[كريم] بنزيمة`, not `ك` + `ريم`); and no name stands behind
            # `ك`, which news seldom writes before one and which takes words' first letters (`البحر [كريم]`: generous)
            skip = 0 if din or word.norm in NAMES_WITH_CLITIC_LETTERS else next(
                (k for k, stem in word.readings if stem in given and "ك" not in word.norm[:k]), None)
            if (skip is not None and not word.breaks and word.skel[skip:] not in FUNCTION_SPELLINGS
                    and not any(PRONOUN_PREPOSITION.fullmatch(stem) for k, stem in word.readings if k < skip)):  # `[لدينا] جيل`: we have
                end = max(given_name_end(tokens, taken, i), i + 1)
                if end - i >= 2:  # the next search starts after the name: `محمد [صلاح هدفين]` is no name
                    found.append(person(tokens, i, end, anchor=i, skip=skip, source="lexicon"))
        after = end
    return found


# `أن`/`إن` with a pronoun (`أنها`, `بأنه`, `إنهم`): a verb or a predicate follows, never a name, which would follow `أن`
# alone (`أكدت أنها [رفعت] جاهزية فرقها`: raised, not the given name Rifaat).
# Singular only: `يعتقد أنهما [تشارلي رولي]` names the two (on 4,000 ANT articles it left out `رفعت الدعوى`, `حافظ على`,
# `سليم بنسبة`, `تآمر مع`, `يزيد مخاطر`; wrongly `إنه صلاح محسن`).
_THAT_IT = frozenset({"انه", "انها", "بانه", "بانها", "لانه", "لانها", "وانه", "وانها"})


def _after_that_it(words, i: int) -> bool:
    """Word `i` follows `أنه`, `أنها` and the like (`_THAT_IT`)."""
    return i > 0 and words[i - 1].norm in _THAT_IT and not words[i - 1].breaks


_VAN_DER = frozenset({"دير", "دن"})


def _verb_of_her(words, i: int) -> bool:
    """Word `i`, a given name in `ت` (`رفعت`, `نشأت`, `عزت`), follows a feminine noun that is no role (`أن الوزارة [رفعت]
    مخصصات`): her verb, raised, not the man's name."""
    before = words[i - 1] if i else None
    return (before is not None and not before.breaks and words[i].norm.endswith("ت") and before.norm.startswith("ال")
            and before.norm.endswith("ه") and before.stems.isdisjoint(ROLES))


def _verb_opening_a_clause(words, i: int) -> bool:
    """Word `i`, a given name spelled as a feminine verb (`VERB_GIVEN_NAMES`), opens a clause (the sentence, after a
    comma, or behind `و`/`ف`) before a definite word: `وبهذا الفوز، [رفعت] الشبيبة رصيدها`, the verb."""
    word = words[i]
    bare = word.norm[1:] if word.norm[:1] in ("و", "ف") and word.norm[1:] in VERB_GIVEN_NAMES else word.norm
    opens = i == 0 or words[i - 1].breaks or bare != word.norm
    return bare in VERB_GIVEN_NAMES and opens and i + 1 < len(words) and words[i + 1].norm.startswith("ال")


def _of_allah(words, j: int) -> bool:
    """Words `j` and `j + 1` are a name of `الله` (`ALLAH_NAMES`): `دفع الله`, `عوض الله`."""
    return j + 1 < len(words) and words[j].norm in ALLAH_NAMES and not words[j].breaks and words[j + 1].norm == "الله"


_LINEAGE = frozenset({"بن", "ابن", "بنت", "ولد", "ايت"})  # particles of descent: `son of`, `sons of` (Amazigh `آيت`)


def _keeper_of(words, i: int) -> bool:
    """Word `i`, `أمين`/`أمينة` (a given name and a keeper: a secretary, a curator), before a definite noun news writes often
    that is no name in `ي` (`أمينة [المعرض]`, `أمين [السر]`, `أمين [الصندوق]`; not `أمينة [الفارسي]`): the keeper of it."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    if words[i].norm.removeprefix("و") not in _KEEPERS or words[i].breaks or i + 1 >= len(words):
        return False
    after = words[i + 1].norm
    return after.startswith("ال") and not after.endswith("ي") and load_words().counts.get(after, 0) >= _KEPT_SEEN


def _kept_on(words, i: int) -> bool:
    """Word `i`, `حافظ` (a given name, and the verb `kept` that governs `على`), before a name without the article and then
    `على`, no comma between: `فيما [حافظ] تسفاي على القميص الأصفر`, `وحافظ ميسي على`. Not before a family name with the
    article (`حافظ الأسد`), which `على` may follow as it follows any name (`حكم حافظ الأسد على مدى ثلاثين عاما`)."""
    if words[i].norm.lstrip("وف") != "حافظ" or i + 2 >= len(words) or words[i + 1].norm.startswith("ال"):
        return False
    return any(words[k].norm == "علي" for k in (i + 2, i + 3) if k < len(words) and not any(w.breaks for w in words[i : k]))


_KEEPERS = frozenset({"امين", "امينه"})
_KEPT_SEEN = 50  # `المعرض` 135 times in the news the tagger was built with, `السر` 76, `الصندوق` 382


def _no_surname(norm: str) -> bool:
    """A word that reads as no surname: `ب` before a noun news writes often (`مارتين [بلقب]`, `[بهدف]`, `[بنسبة]`; not
    `بوتين`, `بلير`, whose rest news never writes alone), or a present verb of the feminine singular in `تت` (`مارتين
    [تتوج]`, `تتجه`), which no name opens with."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    if norm.startswith("تت") and len(norm) >= 4:
        return True
    return norm.startswith("ب") and len(norm) >= 4 and load_words().counts.get(norm[1:], 0) >= _CLITIC_NOUN_SEEN


_CLITIC_NOUN_SEEN = 500  # `لقب` 1,205 times in the news the tagger was built with, `هدف` 2,046; `وتين` (of `بوتين`) never


def given_name_end(tokens: Tokens, taken: frozenset[int], i: int) -> int:
    """End of a name after its given name at word `i`: more given names, `دي`/`أبو`/`بن` pairs, one surname."""
    words, given, j = tokens.words, given_names(), i + 1

    foreign = words[i].skel not in arabic_names()

    def ok(k: int) -> bool:
        return (k < len(words) and not words[k - 1].breaks and name_word(tokens, taken, k, False)
                and (not common(words[k]) or (foreign and spelt_as_future(words[k])))
                and words[k].norm not in NAME_STOPS and not (conjoined(words[k]) and words[k].norm[1:] not in given)
                and not _no_surname(words[k].norm))
        # a foreign given name's surname may look like a future verb (`كيفن [سيستروم]`, `جيف [سيشنز]`: no `يستروم`),
        # never an Arabic one's, which may be a noun (`حصة ستاربكس`, a market share)
        # `وقال كيم [مخاطبا] ترامب`; `حل عادل [وشامل]`, `عادل` no one; but `إريك [وإيفانكا]`, which `ner_crf` parts in two

    if ok(j) and words[j].norm == "الدين" and words[j - 1].norm in DIN_NAMES:
        j += 1  # `نور الدين الطبوبي`: a given name of two words
    while ok(j) and ((words[j].norm in given and not words[j].skel.startswith("ال")) or _of_allah(words, j)):
        j += 2 if _of_allah(words, j) else 1  # `محمد حسني مبارك`: a father's name; `أحمد [دفع الله] بابكر`
    particle = False
    if j + 1 < len(words) and not words[j - 1].breaks and words[j].norm in SURNAME_OPENERS and ok(j + 1):
        j, particle = j + 2, True  # `الباجي قائد السبسي`
    if (j + 2 < len(words) and not words[j - 1].breaks and words[j].norm == "فان" and words[j + 1].norm in _VAN_DER
            and not words[j].breaks and ok(j + 2)):
        j, particle = j + 3, True  # `هنري [فان دير] بيرغ`: `فان` is also `فإن` (then), which no `دير` follows
    def lineage(k: int) -> bool:  # after `بن`, `ولد`, `أيت` a name, even one spelt as a word: `محمد أيت [علي]` (not `على`)
        return (words[k - 1].norm in _LINEAGE and k < len(words) and not words[k - 1].breaks and k not in taken
                and words[k].norm.isalpha() and not DEFINITE.match(words[k].norm) and words[k].norm not in NAME_STOPS
                and words[k].skel not in FUNCTION_SPELLINGS)

    while j + 1 < len(words) and ok(j) and words[j].norm in PARTICLES and (ok(j + 1) or lineage(j + 1)):
        j, particle = j + 2, True  # `ستافان دي ميستورا`, `أحمد أبو الغيط`
        if words[j - 1].norm == "عبد" and ok(j):
            j += 1  # `فهد بن عبد الله`: `عبد` and its word are one name
    compound = words[j - 2].norm == "عبد" and words[j - 1].skel.startswith("ال")  # `عبد العزيز`, `عبد الكريم`
    if particle and (compound or words[j - 2].norm in ("بن", "ابن") and words[j - 1].norm in ("الله", "الرحمن")) and ok(j):
        j += 1  # `فهد بن عبد الله الدوسري`, `يوسف عبد العزيز الفضالة`: the family name after the father's
    # One surname: `جون كيري`, `أحمد الطيب`; after two given names not a dual or plural noun
    # (`محمد صلاح هدفين`), which a third name rarely is.
    plural = j - i >= 2 and words[j].norm.endswith(("ين", "ان", "ون", "ات")) if j < len(words) else False
    # after `كان` and the name, a present verb is the name's, no surname: `كانت وارن [تزن] قيمة الرئيس` (NTREX)
    present = i > 0 and words[i - 1].norm in KANA and j == i + 1 and j < len(words) and words[j].norm[:1] in "يت"
    if not particle and not present and (ok(j) or _common_surname(tokens, taken, j)) and words[j].norm not in PARTICLES and not plural:
        j += 1
    return j


def _common_surname(tokens: Tokens, taken: frozenset[int], k: int) -> bool:
    """After a given name, a surname with the article may be a common noun's: `يوسف [الشاهد]` (the witness),
    `محمد [الناصر]`; not a word listed whole as no name (a weekday, a role, a place) nor a nationality."""
    words = tokens.words
    if k >= len(words) or words[k - 1].breaks or k in taken:
        return False
    word = words[k]
    return (word.norm.startswith("ال") and len(word.norm) > 4 and word.norm not in not_names() and word.norm not in VERB_FORMS
            and not common(word) and word.stems.isdisjoint(ROLES) and closes_name(words, k + 1))
