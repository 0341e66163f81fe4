"""What a word may be within a name: the tests the place, organisation, people and speaker finders share.

`taken` is the set of words already inside a place or organisation name (no person's name goes
through them); each finder passes the one it has, none is kept between calls.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_gazetteer import load_gazetteer, nationalities, not_names
from akhbar.tasks.extract_tokens import Found, Tokens, Word, skip_letters
from akhbar.tasks.extract_words import (
    COMPLEMENTIZERS,
    DIRECTIONS,
    GENERIC_ADJECTIVES,
    HEADS,
    LETTER_NAMES,
    NAME_STOPS,
    NAMES_WITH_CLITIC_LETTERS,
    NOUN_BEFORE,
    ORDINALS,
    PARTICLES,
    PHRASE_ENDS,
    PREPOSITIONS,
    PRONOUN_PREPOSITION,
    ROLES,
    SON_OF,
    SUPERLATIVES,
    TITLED_WORKS,
    VERB_FORMS,
    given_names,
)

# `أل…` is a word's own letters (`ألكسندر`); only a bare `ال` (after و ف ب ك ل), or `لل`, is the article.
DEFINITE = re.compile("^[وف]?[بكل]?ال|^[وف]?لل")
# The preposition `على` written with its `ى`: a sentence that writes it so writes the name `علي` with `ي` (Egyptian
# news writes both `علي`, and the name stays out of a name there: `علي الرغم`).
_ALA = re.compile(r"(?<!\S)[وف]?على(?!\S)")


def own_letters(word: Word) -> bool:
    """`بالين`, `والتون`: a name's own letters, not `بـ`/`و` and the article, unless the rest is a known word.

    `بالرئيس`, `والسفير`, `بالقاهرة` read as clitic + known word; `بالمدينة` ends like a feminine noun.
    """
    definite = [stem for _, stem in word.readings if stem.startswith("ال") and len(stem) > 3]
    known = not_names()
    if not definite or word.norm.endswith("ه") or word.norm.startswith("لل"):  # `للجمهور` is `لـ` + `الجمهور`
        return False
    return all(stem not in known and stem[2:] not in known and stem not in nationalities() for stem in definite)


def clitic_cut(word: Word, letters: tuple[str, ...]) -> int:
    """The letters of a clitic news reads before `word` (`stem_of`: the word without them the more common), where it
    opens with one of `letters`, is no given name nor one that starts with such a letter (`وليد`, `بشار`, `لمرابط`), and
    the word behind the clitic is no given name (`وغادة`); else 0."""
    from akhbar.tasks.ner_crf import stem_of, word_key  # the words of news, which the tagger loads; it imports this module

    if not word.skel.startswith(letters) or word.norm in given_names() or word.norm in NAMES_WITH_CLITIC_LETTERS:
        return 0
    cut, stem = stem_of(word_key(word.raw))
    return 0 if stem in given_names() else cut


def prepositional(word: Word) -> bool:
    """A word behind `ب` or `ل` that news writes without it more often than with (`بأربعة`, `لاستفزاز`, `بتبديلات`: the
    stripped word the more common, as `stem_of` reads clitics), and no given name (`بشار`, `بلال`): a prepositional
    phrase, where a role's name would stand."""
    return clitic_cut(word, ("ب", "ل")) == 1


def addressee(word: Word) -> bool:
    """A noun behind `ل` (`prepositional`) that news also writes with the article (`لجمهور`, `لسنوات`: `الجمهور`,
    `السنوات`): to whom or for how long, never who; a name behind the same letter takes no article (`لولا`, Lula)."""
    from akhbar.tasks.ner_crf import load_words, stem_of, word_key  # the words of news, which the tagger loads

    if not word.skel.startswith("ل") or not prepositional(word):
        return False
    return load_words().counts.get("ال" + stem_of(word_key(word.raw))[1], 0) >= _NOUN_SEEN


_NOUN_SEEN = 10  # a word with the article as often as this in news is a noun


def conjoined(word: Word) -> bool:
    """`word` reads as `و` and a word news writes more often than it (`stem_of`: `وعالي`, `عالي`; `وشامل`, `وجعل`), not as a
    name (`وهبي`, `وليد`, `ويليامز`): a list's or a clause's next item, never a surname (`مدينة حمد [وعالي]`, `حل عادل
    [وشامل]`). Surnames with a `و` of their own whose rest is a commoner word are read so too (`جاستن ويلبي`, `عمرو وردة`):
    on ANT's news they were about one in ten of the names this cut."""
    from akhbar.tasks.ner_crf import stem_of, word_key  # the words of news, which the tagger loads

    return word.norm.startswith("و") and stem_of(word_key(word.raw))[0] > 0


def tafil(norm: str) -> bool:
    """A verbal noun of the pattern تفعيل (`تشغيل`, `تحرير`, `تطوير`), normalised."""
    return len(norm) == 5 and norm[0] == "ت" and norm[3] == "ي"


def common(word: Word) -> bool:
    """A word that is no surname: a nationality (`الروسي`) or a noun with a pronoun (`تفاؤله`)."""
    if word.norm in nationalities() or (len(word.norm) >= 6 and word.norm.endswith(("يون", "يين"))):
        return True  # `الروسي`; `محليون` (a plural adjective agrees; no surname does)
    if len(word.skel) > 4 and word.skel.startswith(("سي", "ست", "سن")):
        return True  # a future verb: `جيمس سيلعب`
    return len(word.skel) > 4 and word.skel.endswith(("ه", "ها", "هم", "هما")) and not word.skel.endswith("الله")


_PRESENT_SEEN = 10  # times news writes a verb's present tense: `يلعب` 652, `يتم` 2,944; `يستروم`, `يشنز`, `يلفا` never


def spelt_as_future(word: Word) -> bool:
    """`word` has only a future verb's look (`common`: `سيستروم`, `سيشنز`, `سيلفا`): news never writes its present tense
    (`_PRESENT_SEEN`), and it ends in no verb's dual or plural (`سيغادران`) nor a pronoun (`سيفيدك`)."""
    from akhbar.tasks.ner_crf import load_words, word_key  # the words of news, which the tagger loads

    skel = word.skel
    return (len(skel) > 4 and skel.startswith(("سي", "ست", "سن")) and not skel.endswith(("ان", "ون", "ين", "وا", "ك", "ه", "ها", "هم"))
            and load_words().counts.get(word_key(skel[1:]), 0) < _PRESENT_SEEN)


def future_verb(norm: str) -> bool:
    """`norm` (a normalised word, no clitic) is a verb in the future: `س` before a present tense the words of news know
    without it (`سيواجه`, `ستنطلق`, `سنسمح`; not `سيارة`, `سياسة`, `ستة`), or `سيتم`."""
    from akhbar.tasks.ner_crf import load_words  # the word counts of news, loaded once by the tagger anyway

    return norm in ("سيتم", "ستتم") or (len(norm) >= 5 and norm[0] == "س" and norm[1] in "يتن"
                                        and load_words().counts.get(norm[1:], 0) >= _KNOWN_VERB)


# News uses the present tense 30 times at least (`يواجه` 779, `تستأنف` 50); one of three letters is as often a noun with a
# pronoun (`سيدة` is no `س` + `يده`, his hand; `سيدي` no `يدي`), so only `سيتم` of those.
_KNOWN_VERB = 30


def _whereas(words: Sequence[Word], k: int) -> bool:
    """Word `k` is the `حين` of `في حين` (whereas), which a clause follows (`في حين أكد المربي … أنه`), not a noun."""
    return words[k].norm == "حين" and k > 0 and words[k - 1].norm == "في"


def is_verb(words: Sequence[Word], i: int) -> bool:
    """Word `i` is a speech verb, not its verbal noun (`عدم كشف اسمه`); `نقل` only where it reports (a source after
    `عن` or `على لسان`, or what was said after `أن`), not where it carries (`ونقل معلومات "…"`, `العاملين في نقل الحقائب`)."""
    if (words[i].norm not in VERB_FORMS and not explained(words, i)) or (i and words[i - 1].norm in NOUN_BEFORE
                                                                        and not _whereas(words, i - 1)):
        return False
    if words[i].norm not in CONDUITS:
        return True
    if i and words[i - 1].norm in ("ما", "كما"):
        return True  # `بحسب ما نقل موقع الرئاسة`
    if i and not words[i - 1].breaks and (words[i - 1].norm in PREPOSITIONS or words[i - 1].norm in _DONE):
        return False  # the verbal noun: `العاملين في [نقل] الحقائب`, `وتم [نقل] الناجين`
    ahead = words[i + 1 : i + 1 + _FROM]
    return conduit_source(words, i) is not None or any(word.norm in COMPLEMENTIZERS or not word.stems.isdisjoint(_SAID)
                                                       for word in ahead)


def explained(words: Sequence[Word], i: int) -> bool:
    """Word `i` opens its sentence with `بين` that is the verb `بيّن` (explained), which its letters spell as `between` too:
    a clause with `أن` follows within four words (`وبين الجدعان أن`, `وبين العقيد المالكي أن`), or later after a comma
    (`وبين القضاة في تصريحات نشرتها صحيفة "الغد"، أن`); not a list's `و` first (`وبين العامين 2013 و2015، كان … أن`), nor
    `إلا` (`وبين المنافسات … إلا أن`). On 9,962 ANT articles, 13 of the 16 sentences so opening that hold an `أن`."""
    if i != 0 or words[0].norm not in _BAYYANA:
        return False
    for k in range(1, min(len(words), _EXPLAINED_FAR)):
        if words[k].norm in COMPLEMENTIZERS:
            return k <= 4 or words[k - 1].comma
        if (words[k].norm.startswith("و") and words[k].norm not in _WIRE_MARKS) or words[k].norm == "الا" or words[k - 1].stop:
            return False
    return False


_BAYYANA = frozenset({"بين", "وبين", "فبين"})
# Agencies' marks that open with `و`, no list's `و`: `وبين الفرجاني، في تصريح لمراسلة (وات) بالجهة، أن`
_WIRE_MARKS = frozenset({"وات", "واج", "وام", "ومع", "وال", "واس"})
_EXPLAINED_FAR = 12
_DONE = frozenset({"تم", "وتم", "يتم", "سيتم", "عمليه", "قرار"})  # before a verbal noun: `وتم نقل`, `عملية نقل`, `قرار نقل`
# What `نقل` passes on when it reports: `نقلت واس تصريحات مصدر مسؤول`, `ونقل البيان قول السيسي`, `أقوال جوبير`.
_SAID = frozenset({"قول", "اقوال", "تصريح", "تصريحات", "بيان", "تحذير", "كلمه"})


# `نقل` and `نقلت`, with `و` or `ف`: a paper or agency passes on what someone said (`ونقلت رويترز عن أردوغان`).
CONDUITS = frozenset(c + "نقل" + t for c in ("", "و", "ف") for t in ("", "ت"))
_FROM = 10  # words from `نقل` to the `عن` or `على لسان` of its source: `نقلت صحيفة "مكة" السعودية، الثلاثاء، عن`


def conduit_source(words: Sequence[Word], i: int) -> int | None:
    """Where the source of the conduit verb at `i` starts: after its `عن` or `على لسان` (`نقلت وكالة الأنباء عن [مصدر]`,
    `نقلت الوكالة على لسان [الجعفري]`), within `_FROM` words and before any complementizer; None without one."""
    for k in range(i + 1, min(i + 1 + _FROM, len(words))):
        if words[k].norm == "عن" or words[k].norm == "لسان" and words[k - 1].norm == "علي":
            return k + 1
        if words[k].norm in COMPLEMENTIZERS:
            return None
    return None


_LONE_CLITICS = frozenset({"ل", "ب", "ك", "ف", "و"})


def name_word(tokens: Tokens, taken: frozenset[int], i: int, first: bool) -> bool:
    """Could word `i` be part of a person's name? Later words may carry the article: `بشار الجعفري`."""
    word = tokens.words[i]
    if word.norm in _LONE_CLITICS:
        return False  # a clitic written apart, its tatweel gone: `وقال ساتكليف [لـ]"كيه أي أي أي"`
    if not first and word.skel == "علي" and (_ALA.search(tokens.text) or tokens.words[i - 1].norm in SON_OF):
        return i not in taken  # `محمد علي كلاي`: the name, where the sentence writes the preposition `على` with its `ى`;
        # after `بن` the name however it is written (`استاد أحمد بن علي`: no one is the son of a preposition)
    if not first and i not in taken and _amin_of_muhammad(tokens, i):
        return True  # `أحمدو ولد محمد [الأمين]`: a given name of two words, though `الأمين` is also a role
    if i in taken or word.norm in VERB_FORMS or not word.stems.isdisjoint(not_names()) or len(word.norm) > 12:
        return False  # (a word that long is two glued together: `لولايةماساتشوستس`)
    if in_number(tokens, i) or (not first and i > 0 and _digits_between(tokens, i)):
        return False  # a number is no word of a name: `[بشار] 8 فيفري 2026 (واج)`, a dateline
    if PRONOUN_PREPOSITION.fullmatch(word.norm):
        return False  # `فيها`, `له`, `عليه`: `كتب فيها "…"` names no one
    if names_of(tokens, i):
        return False
    if first and _plural_past(word.norm):
        return False  # a past verb in the plural: `وسفير الجمهورية التركية، [قدموا] أوراق اعتمادهم`
    if len(word.norm) >= 6 and word.norm.startswith(("يت", "يست")) and word.norm.endswith(("ان", "ون")):
        return False  # a present verb of two or more: `دانيال هاملتون [يتوجان] بلقبي السباق`
    if not DEFINITE.match(word.skel):
        return True
    return not first and (word.skel.startswith("ال") or own_letters(word))


def _amin_of_muhammad(tokens: Tokens, i: int) -> bool:
    """Word `i` is `الأمين` right after `محمد`, the Maghreb's and Sudan's given name `محمد الأمين`, not the secretary
    (`الأمين العام`)."""
    words = tokens.words
    return (words[i].norm == "الامين" and i > 0 and words[i - 1].norm == "محمد" and not words[i - 1].breaks
            and not (i + 1 < len(words) and not words[i].breaks and words[i + 1].norm in ("العام", "العامه")))


def _plural_past(norm: str) -> bool:
    """`قدموا`, `أعلنوا`: a verb's root letters and `وا`, no long vowel among them, as a foreign name in `-wa` has
    (`هانوا`, `ماكاوا`)."""
    return len(norm) >= 5 and norm.endswith("وا") and not any(letter in "اوي" for letter in norm[1:-2])


def names_of(tokens: Tokens, i: int) -> bool:
    """Word `i` is `أسماء`, the names, before a definite plural in `ين`, `ون` or `ات` (`أسماء [الفائزين]`, `أسماء المرشحات`):
    no given name (`أسماء الأسد`)."""
    words = tokens.words
    return (words[i].norm == "اسماء" and i + 1 < len(words) and not words[i].breaks and words[i + 1].norm.startswith("ال")
            and len(words[i + 1].norm) > 5 and words[i + 1].norm.endswith(("ين", "ون", "ات")))


def in_number(tokens: Tokens, i: int) -> bool:
    """Word `i` is a letter glued to digits: the wires' decimal mark (`بنك وربة [9ر2] في المئة`), no word of a name."""
    word = tokens.words[i]
    return tokens.text[word.start - 1 : word.start].isdigit() or tokens.text[word.end : word.end + 1].isdigit()


def _digits_between(tokens: Tokens, i: int) -> bool:
    """A number stands between word `i` and the word before it (the rules' words hold no digits)."""
    return any(c.isdigit() for c in tokens.text[tokens.words[i - 1].end : tokens.words[i].start])


def subject_word(tokens: Tokens, taken: frozenset[int], i: int, first: bool) -> bool:
    """A word of a speech verb's named subject: a name word, no head noun, letter or common word."""
    word = tokens.words[i]
    own = first and DEFINITE.match(word.skel) and not word.skel.startswith("ال") and own_letters(word)  # `وصفت بالين`
    if not (own or name_word(tokens, taken, i, first)) or common(word) or word.skel.startswith("ال"):
        return False
    if word.norm in NAME_STOPS:
        return False  # `وعلقت سابادوس [بأن]`, `وأضاف خامنئي [أثناء] استقباله`: where the name stops
    return word.stems.isdisjoint(HEADS) and word.norm not in LETTER_NAMES and word.norm not in PARTICLES


def bodies(word: Word) -> bool:
    """A head noun of two or more bodies, no name: `وزارتا`/`وزارتي` (`وأعلنت وزارتا الخارجية والدفاع`), `صحيفتا`, `هيئات`."""
    return any(stem.endswith(("تا", "تي", "ات")) and stem[:-2] + "ه" in HEADS for stem in word.stems)


def closes_name(words: Sequence[Word], end: int, strict: bool = False) -> bool:
    """Word `end` closes a name before it: punctuation, a preposition, `إن`, a role (`مدرب لاكيرز`,
    `المدير الفني`), or `لـ`/`بـ` and a known word (`لمحطة`, `لرويترز`). Not strict, a definite
    word closes too (`والتون المدير`)."""
    if end >= len(words) or words[end - 1].breaks:
        return True
    after = words[end]
    if not after.stems.isdisjoint(PHRASE_ENDS) or after.norm in VERB_FORMS or not after.stems.isdisjoint(ROLES):
        return True
    if after.norm in DIRECTIONS or (after.norm.startswith("ال") and after.norm.endswith(("ي", "يه"))):
        return True
    if after.skel.startswith(("لل", "بال")) or (not strict and after.skel.startswith("ال")):
        return True
    if common(after):
        return True  # `وصفت بالين اعتقاله`, `جيمس سيلعب`: an object with its pronoun, a future verb
    known = not_names() | HEADS
    return after.norm[:1] in ("ل", "ب") and (after.norm[1:] in known or after.norm[1:] in load_gazetteer().places)


def titles_a_work(words: Sequence[Word], k: int) -> bool:
    """Word `k` is `بعنوان` (or `عنوان` after `تحت`) after a kind of work within three words (`TITLED_WORKS`: `أغنية جديدة
    بعنوان`, `برنامجا بعنوان`): the marks after it hold the work's title."""
    if k < 1 or words[k].norm not in ("بعنوان", "عنوان") or (words[k].norm == "عنوان" and words[k - 1].norm != "تحت"):
        return False
    first = k - 1 if words[k].norm == "بعنوان" else k - 2
    return any(not words[n].breaks and any(stem in TITLED_WORKS or stem[-1:] == "ا" and stem[:-1] in TITLED_WORKS  # `برنامجا`
                                           for stem in words[n].stems) for n in range(max(first - 2, 0), first + 1))


def relational(tokens: Tokens, taken: frozenset[int], j: int) -> bool:
    """`الشيوعي`, `الدستورية`, `العليا`: a definite adjective of kind, not of time or size; or an ordinal after one or
    after a name, which tells one body from its like (`المحكمة الكبرى الجنائية [الثالثة]`, as `[الأولى]`; `دائرة بيروت
    [الثانية]`), not right after a common noun (a rank: `المركز الثالث`)."""
    norm = tokens.words[j].norm
    if not norm.startswith("ال") or len(norm) < 4 or norm in GENERIC_ADJECTIVES or j in taken:
        return False  # `إلى` (`الي` once normalised) is no adjective: `السوق الموازية إلى`
    if norm in ORDINALS or norm[-1:] == "ه" and norm[:-1] in ORDINALS:
        before = tokens.words[j - 1] if j > 0 else None
        if before is None or before.breaks:
            return False
        if not DEFINITE.match(before.norm):
            return True  # after a name: `دائرة بيروت [الثانية]`
        # after an adjective of the same gender (`المنتخب المصري [الخامسة]` is a count of the clause's, not the team's)
        return relational(tokens, taken, j - 1) and (norm[-1:] == "ه") == (before.norm[-1:] == "ه")
    return norm.endswith(("ي", "يه")) or norm in SUPERLATIVES


def place_end(tokens: Tokens, places: Sequence[Found], k: int, clitic: bool = False) -> int | None:
    """The end (word index) of a place of `places` starting at word `k`, or None: `بنك [مصر]` → after `مصر`;
    `clitic`: the place starts after a clitic of word `k` instead (`[بقفصة]` → after `قفصة`)."""
    words = tokens.words
    if k >= len(words):
        return None
    place = next((p for p in places if p.anchor == k and p.label == "LOC"
                  and (p.start > words[k].start if clitic else p.start == words[k].start)), None)
    return None if place is None else next(n + 1 for n in range(k, len(words)) if words[n].end == place.end)


def person(tokens: Tokens, start: int, end: int, anchor: int, skip: int = 0, source: str = "role") -> Found:
    """A PERSON over words [start, end), less `skip` clitic letters of the first: `وأحمد` → `أحمد`."""
    first, last = tokens.words[start], tokens.words[end - 1]
    begin = first.start + skip_letters(first.raw, skip)
    name = tokens.text[begin : last.end]
    if skip == 1 and first.norm.startswith("لل"):
        from akhbar.tasks.ner_crf import article_lam  # it imports this module: here, not at the top

        if article_lam(tokens.text, begin):
            name = "ا" + name  # `خلفا ل[لهادي] ولد علي`: `ل` and the article whose alef it drops, keyed as `الهادي`
    return Found(begin, last.end, "PERSON", canonical_key(name), source, None, anchor)
