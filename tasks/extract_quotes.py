"""Quotes: direct ones in marks with a speech verb in the sentence (`وقال فلان "…"`), and reported speech
(`قال X إن …`, `أشار إلى أن …`, `نقلت … عن X قوله إن …`), each with its verb and speaker."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from akhbar.tasks.arabic import WORD_LETTERS, normalize_arabic
from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_names import DEFINITE, explained, is_verb, titles_a_work
from akhbar.tasks.extract_orgs import MEDIA_HEADS
from akhbar.tasks.extract_speakers import contrasted_subject, phrase, speaker
from akhbar.tasks.extract_tokens import K_LETTER, K_VERB, Found, Quote, Tokens, Word, trimmed
from akhbar.tasks.extract_words import (
    ADMITTING_VERBS,
    CALLED,
    COMPLEMENTIZERS,
    HEADS,
    ISSUING_VERBS,
    LETTER_NAMES,
    NAMING_NOUNS,
    NARRATOR,
    NARRATOR_VERBS,
    NESTED_THAT_VERBS,
    POINTING_VERBS,
    PREPOSITIONS,
    RECEIVING_VERBS,
    REMARKS,
    SPEECH_PARTICIPLES,
    THAT_ONLY_VERBS,
    VERB_FORMS,
    WORDLIKE_LETTERS,
    WRITTEN_DOCUMENTS,
    given_names,
)

_MARK_CHARACTERS = ('"', "«", "“")
_CLOSERS = {"«": "»", "“": "”", '"': '"'}
_ANY_MARK = re.compile('[\n"«»“”]')
_CLITICS = "وفلبك"
_STARTS_WORD_OR_SPACE = re.compile(r"\s*\w")
_STARTS_WORD = re.compile(f"[{WORD_LETTERS}]")


def find_quotes(tokens: Tokens, taken: frozenset[int], names: Sequence[Found], entities: Sequence[Found]) -> list[Quote]:
    """Quotes in marks with a speech verb in the sentence: `وقال فلان "…"`; scare quotes are skipped.

    `names` are the sentence's places and organisations (`صحيفة "ذا هل"` names one, it is no quote);
    `entities` all its mentions, in order of their anchor word, for the speaker.
    """
    text, words = tokens.text, tokens.words
    if not any(mark in text for mark in _MARK_CHARACTERS):
        return []  # most sentences: nothing in marks
    marks = paired_marks(text)
    verbs = [i for i in tokens.where(K_VERB) if is_verb(words, i) and not any(s < words[i].start < e for s, e in marks)
             and words[i].norm not in THAT_ONLY_VERBS]
    quotes = []
    for k, (opening, closing) in enumerate(marks):
        start, end = trimmed(text, opening + 1, closing - 1)
        before = [i for i in verbs if words[i].end <= opening]
        after = [i for i in verbs if words[i].start >= closing]
        if start == end or _is_scare_quote(text, opening, closing) or _names_org(names, start, end):
            continue
        if _name_after_head(tokens, opening, closing) or _name_in_speaker_phrase(tokens, marks, k, before):
            continue
        first, last = _chain(text, marks, k)
        if (written := _written_in(tokens, taken, entities, marks[first][0])) is not None:
            quotes.append(dataclasses.replace(written, start=start, end=end))  # `بيانا جاء فيه "…"`, `لافتات كتب عليها "ارحل"`
            continue
        if _listed(text, marks, k, first, last):
            continue  # `شركات "سويز" و"فيوليا" و"أورانج"`, `بتهم "أعمال عنف" و"انتحال وظيفة"`: names or terms listed
        if _ends_in_complementizer(tokens, end):
            continue  # `حول "الإصلاح التربوي أنه" "سيتم …"`: the mark closes late; the report is the next one
        if not (before or after):
            # A paragraph of quotation alone goes on with the last speaker: `"لقد قمت بالصياح …"`; not a few words with no
            # verb and no stop, an article's subheading (`"حلف مقدس"`, between two paragraphs of an analysis)
            if (not text[:opening].strip() and end - start >= 0.6 * len(text.strip())
                    and not _subheading(tokens, start, end)):
                quotes.append(Quote(start, end, "", None))
            continue
        # `قال X "…"`: the speaker sits between verb and quote; `"…"، قال X`: after the verb.
        verb = before[-1] if before else after[0]
        limit = opening if before else next((s for s, _ in marks if s > words[verb].start), len(text))
        later = range(verb + 1, len(words))
        stop = next((i for i in later if words[i].start >= limit or words[i].norm in COMPLEMENTIZERS), len(words))
        quotes.append(Quote(start, end, words[verb].raw, speaker(tokens, taken, entities, verb, stop)))
    return quotes


def _name_in_speaker_phrase(tokens: Tokens, marks: Sequence[tuple[int, int]], k: int, before: Sequence[int]) -> bool:
    """Up to two words in the marks `marks[k]` after a speech verb, with a colon and the next marks after them and no
    verb between: a name inside the speaker's phrase, the quotation the next marks (`قال مالك سفينة الصيد "الفجر"، المبروك
    أبوشعالة: "…"`)."""
    opening, closing = marks[k]
    if not before or k + 1 >= len(marks) or len(tokens.text[opening + 1 : closing - 1].split()) > 2:
        return False
    between = tokens.text[closing : marks[k + 1][0]]
    words = tokens.words
    verbs = (i for i, w in enumerate(words) if closing <= w.start < marks[k + 1][0] and (w.kinds & K_VERB or is_verb(words, i)))
    return (between.rstrip().endswith(":") and "." not in between and ("،" in between or "," in between)
            and len(between.split()) <= 5 and next(verbs, None) is None)


def _listed(text: str, marks: Sequence[tuple[int, int]], k: int, first: int, last: int) -> bool:
    """Up to three words in the marks `marks[k]`, one of a list of such joined by `و` (`"سويز" و"فيوليا"`: `marks[first]`
    to `marks[last]`, `_chain`): names or terms, not quotations; unless the list follows what opens words said or called
    (`:`, `بـ`, `بأنها`, `أنه`: `وصف نيومان بأنها "كلبة" و"مجنونة"`, `أكد أنه "ليس ملاكا" و"لا يبيع سبح"`) or ending the
    clause of a speech verb (`_said_by`), which are the speaker's."""
    opening, closing = marks[k]
    if len(text[opening + 1 : closing].split()) > 3 or first == last or _SAID_AS.search(text, 0, marks[first][0]):
        return False  # (a quotation's length, alone, or what was said or called)
    return not _said_by(text, marks[first][0], marks[last][1])


def _chain(text: str, marks: Sequence[tuple[int, int]], k: int) -> tuple[int, int]:
    """The first and last of the marks joined by `و` that `marks[k]` is one of: `["سويز"] و"فيوليا" و["أورانج"]`; `(k, k)`
    alone."""
    first = last = k
    while first > 0 and _AND_MARK.fullmatch(text, marks[first - 1][1] + 1, marks[first][0]):
        first -= 1
    while last + 1 < len(marks) and _AND_MARK.fullmatch(text, marks[last][1] + 1, marks[last + 1][0]):
        last += 1
    return first, last


def _said_by(text: str, opening: int, closing: int) -> bool:
    """The marks from `opening` to `closing` end their clause right after a speech verb and its subject: `وقال الوزير
    "الوضع صعب" و"نعمل".` (not `وقالت وكالات الأنباء "فارس" و"إسنا" إن …`, names in the subject)."""
    rest = text[closing + 1 :].lstrip()
    if rest and rest[0] not in ".،,:؛!؟?":
        return False
    for word in reversed(text[:opening].split()[-5:]):
        norm = normalize_arabic(word)
        if norm in VERB_FORMS:
            return True
        if norm in PREPOSITIONS:
            return False
    return False


_AND_MARK = re.compile(r"\s*و\s*")
_SAID_AS = re.compile(r"(?:[:：]|(?<!\S)(?:بـ?|ب?[أإا]ن(?:ه|ها|هم|هما)?))\s*$")  # `:`, `بـ`, `أن`, `بأنها`


def _written_in(tokens: Tokens, taken: frozenset[int], entities: Sequence[Found], opening: int) -> Quote | None:
    """The quote (its verb and speaker; offsets left to the caller) of words in marks a written thing says, or `None` where
    the marks follow no such words.

    What a sign, a shirt or a sheet says (`لافتات كتب عليها "ارحل"`, `ورقة كُتب عليها "…"`) is quoted, no one's speech.
    What a document says (`جاء فيه`, `ورد فيها`) is its author's: named with the document (`بيان [الادعاء] الذي جاء فيه`,
    `البيان الصادر عن [الداخلية] وجاء فيه`, `بيانا [للاتحاد السعودي] جاء فيه`), else the subject of the verb that issued it
    (`أصدرت [وزارة الخارجية اللبنانية]، أمس الاثنين بيانا جاء فيه:`, `ونشر [صلاح] تغريدة جاء فيها`); no one where it was
    received (`تلقى الضحايا رسائل نصية جاء فيها "…"`): those are `no_one`'s, and the document's quotes leave them so. Where
    no author is named with the document or before it (`وجاء فيها: "…"`), the document's last speaker goes on, as after
    a bare `وأضاف`. Real news writes statements and posts so, and the speech verbs' rules read few of them: on the
    6,300-article ANT slice, of 31 quotes after `جاء فيه`/`جاء فيها`, 6 were found, none with its author.
    """
    text, words = tokens.text, tokens.words
    said = _INSCRIBED.search(text, 0, opening) or _WRITTEN_IN.search(text, 0, opening)
    if said is None:
        return None
    verb = next(i for i, word in enumerate(words) if word.end > said.start(said.lastindex))
    if said.re is _INSCRIBED:
        return Quote(0, 0, words[verb].raw, None, no_one=True)
    document = None
    for k in range(verb - 1, max(-1, verb - 12), -1):
        if words[k].stop or '"' in text[words[k].end : words[k + 1].start]:
            break  # (another clause, or another quotation's marks)
        if _is_document(words[k]):
            document = k
            break
    if document is None and not said[said.lastindex].endswith(("جاء", "ورد")):
        return None  # `قال فيها "…"` after no document: the speech verb's own rules
    author = None if document is None else _author(tokens, taken, entities, document, verb)
    return Quote(0, 0, words[verb].raw, None if author is _NO_ONE else author, no_one=author is _NO_ONE)


_NO_ONE = Found(0, 0, "PHRASE", "", "", None, 0)  # `_author`'s answer for a document received: no one named wrote it


def _author(tokens: Tokens, taken: frozenset[int], entities: Sequence[Found], document: int, verb: int) -> Found | None:
    """Who wrote word `document`'s statement or post, which `verb` (`جاء`) opens (`_written_in`): None where no one is named,
    `_NO_ONE` where the one named received it."""
    words = tokens.words
    k = document + 1
    if k + 1 < verb and words[k].norm in ("الصادر", "الصادره") and words[k + 1].norm in ("عن", "من"):
        k += 2  # `البيان الصادر عن [الداخلية]`
    if k < verb and not words[document].breaks:
        named = next((e for e in entities if e.label in ("PERSON", "ORG") and words[k].start <= e.start < words[k].end), None)
        if named is not None:
            return named  # `بيان [الادعاء]`, `بيانا [للاتحاد السعودي]`
        construct = not words[document].norm.startswith(("ال", "وال")) and not words[document].norm.endswith("ا")
        if (construct or k > document + 1) and words[k].norm.startswith("ال"):
            return phrase(tokens, k, verb)  # `بيان [الادعاء] الذي`: a body the rules do not name
    behind_ba = words[document].norm[:1] == "ب" and words[document].norm[1:].removeprefix("ال") in WRITTEN_DOCUMENTS
    if document and words[document - 1].norm == "عبر" and (verb := _clause_verb(words, document - 1)) is not None:
        # by way of it (`فيما زاد [ترامب] الضغط عبر تغريدة قال فيها`): the subject of its clause's verb
        return _not_a_document(tokens, speaker(tokens, taken, entities, verb, document))
    if not (behind_ba or document and words[document - 1].norm == "في"):
        for i in range(document - 1, -1, -1):
            if words[i].stop or _is_document(words[i]):
                return None  # (`ونشر الفيفا تغريدة جاء فيها تصريح كوبر الذي قال فيه`: whose words, the rules cannot tell)
            if words[i].norm in RECEIVING_VERBS:
                return _NO_ONE  # `وتلقى سكان الولايات المعنية … رسائل نصية`: to whom it came
            if words[i].norm in ISSUING_VERBS:
                if (issuer := _not_a_document(tokens, speaker(tokens, taken, entities, i, document))) is not None:
                    return issuer
                break  # (no subject after it: the sentence's, below)
        else:
            return None
    # the subject of the verb that opens its clause after a comma (`وبعد نشر بيان سولزبرغر، رد [الرئيس ترامب] بتغريدة، قال
    # فيها`), else of the sentence's opening verb: `وطمأن [الاتحاد السعودي] برسالة …`, `ونعت [الكنيسة القبطية] الراهب في
    # بيان`, `وكانت [المديرية العامة للأمن العام]، أصدرت … بياناً`
    if ((near := _clause_verb(words, document)) and (found := speaker(tokens, taken, entities, near, document))
            and (any((e.start, e.end) == (found.start, found.end) for e in entities)
                 or normalize_arabic(name := tokens.text[found.start : found.end]) in given_names()
                 or found.label != "PHRASE" and " " in name)):
        return found  # (a name: a phrase or a lone word there is as often the verb's object, `أعاد [نشر] التغريدة`)
    opening_verb = (0 < document and words[0].norm[:1] in ("و", "ف") and not words[0].breaks and words[0].norm not in PREPOSITIONS
                    and words[0].norm[1:] not in PREPOSITIONS and words[0].norm[1:] not in _WHEN_THAT)  # not `فبعد أسابيع`
    return _not_a_document(tokens, speaker(tokens, taken, entities, 0, document)) if opening_verb else None


def _clause_verb(words: Sequence[Word], end: int) -> int | None:
    """The verb that opens the clause of word `end` (after the last punctuation before it and a conjunction such as
    `فيما`, `بينما`: `، فيما [زاد] ترامب الضغط عبر`), or None where the clause opens with no verb (a noun with the
    article, a preposition)."""
    start = next((i + 1 for i in range(end - 1, -1, -1) if words[i].breaks), 0)
    while start < end and words[start].norm in _CLAUSE_OPENERS:
        start += 1
    if start >= end:
        return None
    bare = words[start].norm[1:] if words[start].norm[:1] in "وف" else words[start].norm
    if DEFINITE.match(words[start].norm) or words[start].norm in PREPOSITIONS or bare in PREPOSITIONS or bare in _WHEN_THAT:
        return None  # (`فبعد أسابيع من …`: a time, no verb)
    return start


_CLAUSE_OPENERS = frozenset({"فيما", "بينما", "حيث", "كما", "ثم", "وقد", "قد", "لقد", "وكان", "كان", "وكانت", "كانت"})


def _is_document(word: Word) -> bool:
    """A word of `WRITTEN_DOCUMENTS`, clitics or the article on it (`بيانا`, `بتغريدة`, `النص`)."""
    return not word.stems.isdisjoint(WRITTEN_DOCUMENTS) or word.norm.removeprefix("ال") in WRITTEN_DOCUMENTS


def _not_a_document(tokens: Tokens, found: Found | None) -> Found | None:
    """`found`, a phrase ended before a document's word (`وأرسل [وكيل أعمال اللاعب] خطابا`); None where it opens with one
    (`ويختتم [البيان] بتوضيح جاء فيه`): the statement is no author, and the document's last speaker goes on."""
    if found is None or found.label != "PHRASE":
        return found
    words = tokens.words
    inside = [k for k in range(found.anchor, len(words)) if words[k].start < found.end]
    end = next((k for k in inside if _is_document(words[k])), None)
    if end is None:
        return found
    if end == found.anchor:
        return None
    return dataclasses.replace(found, end=words[end - 1].end, canonical=canonical_key(tokens.text[found.start : words[end - 1].end]))


# What a document says, right before the marks: `بيانا جاء فيه:`, `تغريدة، ورد فيها`, `تغريدة على تويتر قال فيها`.
_WRITTEN_IN = re.compile(r"(?<!\S)([وف]?(?:جاء|ورد|(?:قال|كتب|ذكر|أكد)ت?))\s+في(?:ه|ها|هما)\s*:?\s*$")
# Words written on a thing, right before the marks: `لافتة كتب عليها`, `سترة مكتوب عليها`, `مكتوب عليه:`.
_INSCRIBED = re.compile(
    r"(?:(?:لافت|يافط|لوح|سترة|سترات|قميص|قمصان|ملصق|جدار|جدران|شعار|ورقة|أوراق|بطاقة)\S*\s+(كتب|كُتب|كتبت|كُتبت)|(مكتوب|مكتوبة))"
    r"\s+علي(?:ه|ها|هم|هما)\s*:?\s*$")


def paired_marks(text: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of each outermost pair of quotation marks, paired by kind and nesting.

    `«…»` and `“…”` pair with their own closer, whatever lies between; a `"` inside an open `"` opens a
    quotation within it when it looks like an opening (a space before, a word after) and two more marks
    follow it in the line: `قال "إن حركة "النهضة" لن تشارك"` is one quotation, not `إن حركة ` and
    `لن تشارك`. A quotation never crosses a line; one left open runs to the line's end (`قالت: "لقد حان
    الوقت …`), its closing offset one past that end.
    """
    pairs: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []  # (closer awaited, opening offset)
    for m in _ANY_MARK.finditer(text + "\n"):
        i, ch = m.start(), m.group()
        if ch == "\n":
            if stack and _STARTS_WORD_OR_SPACE.match(text, stack[0][1] + 1):
                pairs.append((stack[0][1], i + 1))
            stack = []
        elif ch == '"' and any(c == '"' for c, _ in stack) and not _opens_within(text, i):
            _close(stack, '"', i, pairs)
        elif ch in _CLOSERS:
            stack.append((_CLOSERS[ch], i))
        elif any(c == ch for c, _ in stack):  # `»` or `”`; a closer nothing opened is a stray mark
            _close(stack, ch, i, pairs)
    return pairs


def _close(stack: list[tuple[str, int]], closer: str, at: int, pairs: list[tuple[int, int]]) -> None:
    """Close the innermost mark awaiting `closer` (and what it left open inside); outermost pairs are kept."""
    while stack:
        awaited, opening = stack.pop()
        if awaited == closer:
            if not stack:
                pairs.append((opening, at + 1))
            return


def _opens_within(text: str, i: int) -> bool:
    """A `"` inside an open `"` that opens another: a space (or a clitic after one) before, a word after,
    and two more `"` in its line, its own closer and the outer one's."""
    before = text[i - 1] if i else " "
    if before in _CLITICS and (i < 2 or text[i - 2].isspace()):
        before = " "
    if not (before.isspace() or before in "(:") or not text[i + 1 : i + 2].isalnum():
        return False
    line_end = text.find("\n", i)
    return text.count('"', i + 1, len(text) if line_end < 0 else line_end) >= 2


def _ends_in_complementizer(tokens: Tokens, end: int) -> bool:
    """The marks close right after `أن`/`أنه`: no quotation ends on the particle that opens a report."""
    last = next((w for w in reversed(tokens.words) if w.end <= end), None)
    return last is not None and last.end >= end - 1 and last.norm in COMPLEMENTIZERS


def _names_org(names: Sequence[Found], start: int, end: int) -> bool:
    """The marks hold an organisation's name: `صحيفة "ذا هل"`."""
    return any(p.label == "ORG" and p.start == start and p.end == end for p in names)


def _name_after_head(tokens: Tokens, opening: int, closing: int) -> bool:
    """Up to four words in marks (six after a medium or a naming word) right after a kind of body, the clause going on
    after them: a name, not a quotation (`وقالت مجموعة "تو ذا ستارز أكاديمي" إن …`, `وأفاد موقع "دون بالون" أن …`),
    whoever found it or not; after a platform or medium, whatever follows (`وقال سموه في منشور على منصة "إكس": «…»`),
    and after `لـ`, whom one told."""
    k = next((n for n in range(len(tokens.words) - 1, -1, -1) if tokens.words[n].end <= opening), None)
    before = tokens.words[k] if k is not None else None
    if before is None or tokens.text[before.end : opening].strip() or (size := len(tokens.text[opening:closing].split())) > 6:
        return False
    if not before.stems.isdisjoint(_MEDIA) or any(stem[-2:] in ("تا", "تي") and stem[:-2] + "ه" in _MEDIA for stem in before.stems):
        return True  # … or two of them: `وذكرت صحيفتا "بيلد أم سونتاغ" و"دي فيلت" أن`; up to six words: `شبكة "إن بي سي نيوز كونيتيكت"`
    if size > 4:
        return not before.stems.isdisjoint(CALLED)  # `جماعة تدعى "سرايا الشهيد حسن طهراني مقدم"`
    if before.norm == "ل":
        return True  # whom one told: `وقال ساتكليف لـ"كيه أي أي أي" إن`, `بحسب تعبيره لـ"الجوهرة اف أم"`
    if not before.stems.isdisjoint(NAMING_NOUNS) or any(_unpossessed(stem) & NAMING_NOUNS for stem in before.stems):
        return True  # a name or title: `اسم "Daisy"`, `أفلام "حرب النجوم"`, `ملعب "فولكس بارك"`, `تهمة "التجسس"`; one's own
        # too: `فيلمه "…"`, `أغنيتها "…"`, `روايته "…"`, `اسمها "…"`
    if titles_a_work(tokens.words, k):
        return True  # a work's title: `أغنية جديدة بعنوان "مولد نجم"`
    return not before.stems.isdisjoint(HEADS) and bool(_STARTS_WORD.match(tokens.text[closing:].lstrip()))


def _unpossessed(stem: str) -> frozenset[str]:
    """A noun without the possessive pronoun on it, and its feminine's `ة` back where the pronoun made it `ت`: `روايتها` →
    `روايت`, `روايه`; `فيلمه` → `فيلم`. None when no pronoun ends it."""
    pronoun = next((p for p in _POSSESSIVES if stem.endswith(p) and len(stem) - len(p) >= 3), None)
    if pronoun is None:
        return frozenset()
    bare = stem[: -len(pronoun)]
    return frozenset({bare, bare[:-1] + "ه"} if bare.endswith("ت") else {bare})


_POSSESSIVES = ("هما", "هم", "ها", "ه")


# Platforms and media a name in marks follows: `منصة "إكس"`, `تطبيق "واتساب"`, `لقناة "العربية"` (not `حسابه`, `موقعه`,
# which a post of their own may follow in marks).
_MEDIA = frozenset({"منصه", "تطبيق", "صحيفه", "جريده", "قناه", "اذاعه", "مجله", "شبكه", "برنامج"})


def _is_scare_quote(text: str, opening: int, closing: int) -> bool:
    """A short term in marks that the clause runs on from: `وفد "المعارضة السورية" المسلحة`.

    A quote ends its clause: punctuation or a new `و`/`ف` clause follows (`أن "الجنود بخير" وقال`).
    """
    follows = text[closing:].lstrip()
    runs_on = bool(_STARTS_WORD.match(follows)) and not follows.startswith(("و", "ف"))
    if len(text[opening:closing].split()) <= 4 and _KNOWN_AS.search(text[max(0, opening - 30) : opening]):
        return True  # what a thing is called: `عن ما يعرف ب "صفقة القرن"، والتي`, `تحت شعار "…"` (a paper's headline is its
        # words: `كتبت الصحيفة تحت عنوان "…"`)
    return len(text[opening:closing].split()) <= 3 and runs_on and not text[:opening].rstrip().endswith(":")


# Words before a term in marks that say it is what something is called, not anyone's words (`ما يعرف بـ"…"`).
_KNOWN_AS = re.compile(r"(?:^|\s)(?:[وف]?(?:ما|بما|عما|مما)\s+)?(?:يعرف|تعرف|يسمى|تسمى|يسمي|تسمي|المعروف|المعروفة|المسمى|المسماة)"
                       r"\s*(?:ب|بـ|باسم)?\s*$|(?:^|\s)(?:تحت\s+)?شعار\s*$")


def find_indirect(tokens: Tokens, taken: frozenset[int], entities: Sequence[Found], direct: Sequence[Quote]) -> list[Quote]:
    """Reported speech: `قال X إن …`, `أشار إلى أن …`, `نقلت … عن X قوله إن …`; to the sentence end.

    `direct` are the sentence's quotes in marks: a clause that opens with one is that quote.
    """
    text, words, quotes = tokens.text, tokens.words, []
    verbs = [i for i in tokens.where(K_VERB) if is_verb(words, i)]
    if words and explained(words, 0):
        verbs.insert(0, 0)  # `وبين الدريدي أن`: `بيّن`, spelt as `بين` (between), which `VERB_FORMS` leaves out
    # `لشبكة "إن بي سي"`: a name's `إن` opens no report
    # … nor one in a few words in marks (`الرئيس التنفيذي لشركة "في إن جي"، الألماني ماركوس هوفمان، إن`)
    named = ([(o, c) for o, c in paired_marks(text) if _name_after_head(tokens, o, c) or _marked_name(text, o, c)]
             if any(m in text for m in _MARK_CHARACTERS) else [])
    pairs = [(v, c) for v, c in ((v, _complementizer(tokens, v, named)) for v in verbs) if c is not None and c + 1 < len(words)]
    # `أن أجهزة الاستخبارات [تصر] على موقفها بأن …`: inside an earlier report's clause, part of it
    pairs = [(v, c) for v, c in pairs if words[v].norm not in NESTED_THAT_VERBS or not any(c0 < v for _, c0 in pairs)]
    for n, (v, comp) in enumerate(pairs):
        opener = comp + 1 if words[comp].norm.startswith("قول") and words[comp + 1].norm in COMPLEMENTIZERS else comp
        # The clause starts right after the particle (`قوله إن`), marks included: `إن "داعش" يشكل خطرا`.
        start = trimmed(text, words[opener].end, len(text))[0]
        # `وصفت اعتقاله بأنه: "…"`; a mark closed late after the particle, `أنه" "سيتم …"`, is skipped too.
        while start < len(text) and (text[start] in ":، " or text[start] == '"' and text[start + 1 : start + 2].isspace()):
            start += 1
        end = _reported_end(tokens, start)
        # `… من مسرح الحادث وقالت إنها عثرت …`: the next report ends this one.
        if n + 1 < len(pairs) and words[pairs[n + 1][0]].start > start:
            # … and its subject after a particle of contrast too: `إن الاتفاق قائم، [لكن السلطات] قالت إن`
            contrasted = contrasted_subject(tokens, entities, pairs[n + 1][0])
            following = contrasted[0] if contrasted is not None and words[contrasted[0]].start > start else pairs[n + 1][0]
            while following - 1 > 0 and words[following - 1].start > start and words[following - 1].norm in _WHILE:
                following -= 1  # `…، [فيما] ترى مجموعة أن`: the particle opens the next report, not this one's last word
            end = min(end, _before(text, words[following].start, start))
        # A quote in marks right after `أن` is the direct quote itself: `أن "العمل مستمر"`; one that holds only the
        # clause's first words is part of it: `أن "الودائع آمنة"، وأن المصرف يملك …` is one report.
        if end - start < 3 or any(q.start - 2 <= start <= q.end and not _goes_on(text, q.end) for q in direct):
            continue
        if any(q.start <= start < q.end for q in quotes):
            continue
        who = speaker(tokens, taken, entities, v, comp)
        if who is None and 0 < v and v + 2 == comp and words[v + 1].norm in ("فيه", "فيها") and _is_document(words[v - 1]):
            # what a post or statement says, reported: `عبر تغريدة قال فيها إنه …`, its author's (`_author`); not where
            # it names a speaker of its own (`تقريرا ذكر فيه مسؤولون أميركيون أن`)
            author = _author(tokens, taken, entities, v - 1, v)
            who = None if author is _NO_ONE else author
        if who is None and comp == v + 1 and _believed(tokens, entities, v):
            continue  # `ويعتقد أن صواعق برق أشعلت …`, `حادث يعتقد أنه متعمد`: what is believed, no one's words
        quotes.append(Quote(start, end, words[v].raw, who, "indirect"))
    return quotes


_WHILE = frozenset({"فيما", "وفيما", "بينما", "وبينما"})  # particles of a narrator's second clause


def _marked_name(text: str, opening: int, closing: int) -> bool:
    """Marks that hold a name (`"في إن جي"`): a few words, a letter first and last (not the stretch between two quotes that
    straight marks may pair, `دولي"، مضيفة أن "الرئيس`), not opened by `إن`/`أن` (`وقال مصدر "إنه لن يعتذر"`: a report)."""
    content = text[opening + 1 : closing - 1]
    words = content.split()
    return (0 < len(words) <= _NAME_WORDS and content[:1].isalpha() and content[-1:].isalpha()
            and not normalize_arabic(words[0]).startswith("ان"))


_NAME_WORDS = 4  # the most words in marks of a name that may hold `إن` (`"في إن جي"`)


def _believed(tokens: Tokens, entities: Sequence[Found], v: int) -> bool:
    """`يعتقد أن` read as the passive `يُعتقد`, it is believed (unvocalised, the two are one), as news mostly writes it: so
    written, or opening the sentence or a clause (`ويعتقد أن`, `، يعتقد أنه`), or after a negation, `كان` or a relative
    (`ولا يعتقد أن`, `الذي يعتقد أنه`), or right after an indefinite noun it describes (`في حادث يعتقد أنه متعمد`, `رجل
    أسترالي يعتقد أنه`). Not after a subject (`لكنه يعتقد أن`, `مراقبنا يعتقد أن`, `الرئيس مون يعتقد أن`: a name), which
    the document's last speaker may be."""
    words = tokens.words
    if words[v].norm not in _BELIEVED:
        return False
    if "ُ" in words[v].raw or words[v].norm.startswith("و"):
        return True
    first = v - 1 if v and words[v - 1].norm == "لا" else v  # `إنه لا يعتقد أن`: the subject is before the negation
    if first == 0 or words[first - 1].norm in _BEFORE_PASSIVE or words[first - 1].breaks:
        return True
    before = words[first - 1]
    named = any(e.start < before.end and before.start < e.end for e in entities)
    return not (named or before.norm.startswith(("ال", "وال")) or before.raw.endswith(_PRONOUNS))


_BELIEVED = frozenset({"يعتقد", "ويعتقد"})
_BEFORE_PASSIVE = frozenset({"ولا", "كان", "وكان", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "ما", "بما", "مما",
                             "فيما", "بينما", "حيث", "من", "ومن",
                             "والذي", "والتي", "والذين"})  # `وفي إحدى الرسائل [والتي] يعتقد أنه تم اختراقها`
_PRONOUNS = ("ه", "ها", "هم", "هما", "نا", "هو", "هي")  # `لكنه`, `مراقبنا`, `فهو`: a subject before the verb


_AND_THAT = re.compile(r"[\s،,]*و[أإا]ن")


def _goes_on(text: str, closing: int) -> bool:
    """The report goes on after the marks closing at `closing` with another `وأن` clause: `أن "…"، وأن …`."""
    return bool(_AND_THAT.match(text, closing + 1))


def _before(text: str, position: int, start: int) -> int:
    """End of the text before `position`, without spaces and the punctuation that separates."""
    while position > start and (text[position - 1].isspace() or text[position - 1] in "،,.؛:"):
        position -= 1
    return position


def _complementizer(tokens: Tokens, verb: int, named: Sequence[tuple[int, int]] = ()) -> int | None:
    """The `أن`/`إن` that opens what the verb reports, within a few words and no full stop; not one inside a name in
    marks (`named`: `وذكرت شبكة "إن بي سي نيوز" أن …`)."""
    words, apposition, relative, remarked = tokens.words, False, False, False
    if words[verb].norm.lstrip("و").startswith("مذكر"):  # `مذكرا بأن`; reminding someone (`مذكرا إياه بأن`, `مذكرين
        # نظراءهم بأن`) is said to him, whom the sentence's subject may be confused with
        return verb + 1 if verb + 1 < len(words) and words[verb + 1].norm in COMPLEMENTIZERS else None
    for k in range(verb + 1, min(len(words), verb + _COMPLEMENTIZER_FAR)):
        after_comma = words[k - 1].comma
        if (words[k].norm in COMPLEMENTIZERS and not any(o < words[k].start < c for o, c in named) and not _spelled(words, k)
                and (after_comma or remarked or not apposition and k < verb + _COMPLEMENTIZER_NEAR)
                and (words[verb].norm not in POINTING_VERBS or words[k - 1].norm == "الي")
                and (words[verb].norm not in ADMITTING_VERBS or words[k].norm.startswith("بان")
                     and (not any(words[m].breaks for m in range(verb, k)) or words[k - 1].comma))  # (`أقر مدرب الفريق،
                # سعيد الخطابي، بأن`: the subject's apposition closes at the comma)
                and not (words[k - 1].norm in _WHEN_THAT and words[k - 2].norm != "من")  # (`قال من قبل إنه`: before, that)
                and not (words[k - 1].norm == "علي" and words[k - 2].comma and not _on_verb(words[verb].norm))):
            if k >= 2 and words[k - 1].norm in _IT_IS and words[k - 2].norm in ("من", "ومن"):
                continue  # `ومن المقرر أن يغادروا`: it is scheduled that, the narrator's, no report of the verb; one may
                # follow (`وقال شاهد عيان، كان من المقرر أن ينعقد حفل زواجه …، لقناة …، إنه`)
            return k
        if words[k - 1].stop:
            return None
        relative = relative or words[k].norm in _RELATIVES  # `وقال المحامي، الذي رفض [ذكر] اسمه، إن`, `التي [زعمت] أنها`
        if is_verb(words, k):
            if not relative and words[k].kinds & K_VERB or not any(words[m].comma for m in range(verb + 1, k)):
                return None  # (a verb of saying opens its own report: `وأعلنت شركة إيني، الاثنين، …، فيما [ذكرت] الوزارة أن`)
            apposition = True  # a verb in a clause between commas, after the subject: `أكدت شركة العطارات للطاقة، المملوكة
            # لتحالف [يضم] …، في بيان [أصدرته] أمس، أن`; the report opens right after a comma then
        if words[k].comma:
            relative = False  # (a relative clause ends at its comma)
        remarked = remarked or (words[k - 1].norm in ("في", "خلال") and not words[k].stems.isdisjoint(REMARKS))  # where it
        # was said (not `وتشير [تصريحات] المسؤولين إلى`, the subject), as KUNA writes after a long subject
        # and no comma: `وقالت الوكيلة المساعدة … الدكتورة … في [تصريح] لوكالة الأنباء الكويتية (كونا) عقب الافتتاح إن`
        remarked = remarked or k > verb + 1 and words[k].norm[:1] == "ل" and words[k].norm[1:] in MEDIA_HEADS  # to whom,
        # after the subject, with no remark named: `قال مدير إدارة … في الهيئة العامة … المهندس فهد العتيبي [لوكالة] الأنباء
        # الكويتية (كونا) إن` (its 21st word)
    return None


def _subheading(tokens: Tokens, start: int, end: int) -> bool:
    """Words in marks from `start` to `end` that make a subheading, not someone's words: up to four, no stop or question
    mark among them, none a verb of the tagger's kinds (`"حلف مقدس"`; not `"لقد قمت بالصياح"`)."""
    inside = [w for w in tokens.words if start <= w.start and w.end <= end]
    return (len(inside) <= 4 and not any(c in tokens.text[start:end] for c in ".؟?!")
            and not any(w.kinds & K_VERB or w.norm.startswith(("سي", "سن", "ست")) for w in inside))


_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})
# `من المقرر أن`, `من المتوقع أن`, `ومن المعروف أن`: what is scheduled, expected or known, in the narrator's words.
_IT_IS = frozenset({"المقرر", "المتوقع", "المنتظر", "المفترض", "المرجح", "المعروف", "المؤكد", "الواضح", "الممكن", "المحتمل"})


# How far a report's `أن` may stand from its verb, in words: near, anywhere no verb came between; far, only right after a
# comma, past a name and its role in apposition and where the verb was said (`وأوضح المدير الجهوي لوكالة حماية وتهيئة
# الشريط الساحلي بالمهدية، سامي بن رمضان، في تصريح لمراسل وكالة تونس افريقيا للأنباء بالجهة، أن`: its 20th word).
_COMPLEMENTIZER_NEAR = 20
_COMPLEMENTIZER_FAR = 30


# `بعد أن`, `قبل أن`, `دون أن`: the `أن` of a time or manner, which opens no report (`أعلنت الشرطة اعتقال رجل بعد أن
# اصطدمت سيارته …`).
# And `علما أن`, `علماً بأن` ("bearing in mind that"): the narrator's aside, which reports no one's words; nor do `إلا أن`,
# `غير أن`, `بيد أن` (however) and `رغم أن` (although): `أعلن الحكم ركلة جزاء …، إلا أنه تراجع عن قراره`.
_WHEN_THAT = frozenset({"بعد", "وبعد", "قبل", "وقبل", "منذ", "دون", "بدون", "عقب", "اثر", "حين", "حتي", "لولا", "علما",
                        "الا", "غير", "بيد", "رغم", "برغم", "ورغم"})
# `، على أن` after a comma is `provided that` (`أعلنت الحكومة رفع الأسعار …، على أن يبدأ سريان الزيادات`: 8 such false
# reports on the 3,783-article ANT slice), but for the verbs that take `على` (`وشدد أوربان، الذي …، على أن`).
_ON_VERBS = frozenset({"اكد", "اكدت", "يؤكد", "تؤكد", "مؤكدا", "مؤكده", "شدد", "شددت", "يشدد", "تشدد", "مشددا", "مشدده",
                       "اصر", "اصرت", "يصر", "تصر", "مصرا", "مصره", "حرص", "حرصت", "نص", "نصت", "ينص", "تنص", "اتفق", "اتفقت",
                       "وافق", "وافقت", "حث", "حثت", "ركز", "ركزت", "اجمع", "اجمعت"})


def _on_verb(norm: str) -> bool:
    """A verb of `_ON_VERBS`, with or without its `و`/`ف` (`وأكد`, `فشدد`; `وافق` is one of them as it stands)."""
    return norm in _ON_VERBS or norm[:1] in ("و", "ف") and norm[1:] in _ON_VERBS


def _spelled(words: Sequence, k: int) -> bool:
    """Word `k`, `إن` alone, is the letter N of an acronym spelled out, between two other letters (`قناة سي [إن] بي سي`,
    CNBC; `سي [إن] [إن]`, CNN); not by a word that is also a letter (`في`, `أو`: `وقال لبي بي سي إن في البلاد …` reports)."""
    if not 0 < k < len(words) or words[k].norm != "ان" or words[k - 1].breaks:
        return False

    def letter(i: int) -> bool:  # a letter that is no word of the sentence's own, or one after a clitic (`لسي إن إن`)
        if not 0 <= i < len(words) or words[i].norm in WORDLIKE_LETTERS:
            return False
        return bool(words[i].kinds & K_LETTER) or words[i].norm[:1] in "لبو" and words[i].norm[1:] in LETTER_NAMES

    second = words[k - 1].norm == "ان" and k >= 2 and letter(k - 2) and not words[k - 2].breaks  # CNN's second N
    return second or (letter(k - 1) and not words[k].breaks and (letter(k + 1) or k + 1 < len(words) and words[k + 1].norm == "ان"))


_RELATIVE_CLAUSE = re.compile(r"[،,]?\s*(?:الذي|التي|الذين|اللذان|اللتان|اللذين|اللتين)\s")


def _reported_end(tokens: Tokens, start: int) -> int:
    """Where the reported clause ends: the sentence end without its full stop, or `، وفقا لـ …`, `، في مؤتمر صحافي …`,
    `، في إشارة إلى …` (`_NARRATOR_TAIL`)."""
    text = tokens.text
    end = len(text)
    for word in tokens.words:
        narrator = word.norm in NARRATOR or word.norm in VERB_FORMS or word.norm in NARRATOR_VERBS
        if word.start > start and narrator and text[: word.start].rstrip().endswith(("،", ",")):
            comma = text.rindex("،" if "،" in text[start : word.start] else ",", start, word.start)
            if (word.norm not in SPEECH_PARTICIPLES
                    and _RELATIVE_CLAUSE.match(text[max(text.rfind("،", start, comma), text.rfind(",", start, comma), start) : comma])):
                continue  # the comma closes a relative clause: `أن الفريق، الذي يضم 22 باحثا، [كشف] عن …` is the subject's verb
            end = comma
            break
    for tail in (_HOW_IT_WAS_SAID, _NARRATOR_TAIL):
        found = tail.search(text, start, end)
        end = found.start() if found else end
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?؟؛:"):
        end -= 1
    return end


# What the narrator adds after the report: `، في إشارة إلى …`, `، دون أن يتحدث صراحة …`, `، ما أثار غضب …`, `، ما يعني أن …`
# (not `، الأمر الذي …`, as often the speaker's), and whom it has it from, comma or not (`… وفقا لما نقلته وكالة الأنباء`,
# `، وذلك حسبما`, `على حد تعبيره` at the end, not in the middle: `لأن المباريات، على حد قوله، تحسم …`); the aside after a
# comma, `، علما أن …`, `، علماً بأن …` ("bearing in mind that"); when it was said, `، وذلك بعد عبور …`; and how another
# described the event, `، في حادث وصفه رئيس الوزراء …`, `، في خطوة اعتبرها مراقبون …`.
_NARRATOR_TAIL = re.compile(
    r"\s*[،,]\s*(?:في [إا]شارة|(?:من )?دون [أا]ن|دون (?:تقديم|الكشف|ذكر|تحديد)|م?ما [أا]ثار|ما يعني)(?!\w)"
    r"|(?:[،,]?\s*وذلك)?\s+(?:(?:وفقا|وفقاً|طبقا|طبقاً) لما|بحسب ما|حسبما|وفق ما)(?!\w)"  # (`، وذلك حسبما`: all of it)
    r"|[،,]?\s*على حد (?:تعبيره|تعبيرها|تعبيرهم|قوله|قولها|قولهم)(?=\s*[.؛!؟\"»”]*\s*$|\s*[،,]\s*و)"
    r"|\s*[،,]\s*علما[ًٌٍ]?\s+ب?[أا]ن"
    r"|\s*[،,]\s*وذلك (?:بعد|قبل|عقب|[إا]ثر|منذ)(?!\w)"
    r"|\s*[،,]\s*في \w+ (?:وصفه|وصفها|وصفته|وصفتها|وصفوه|وصفوها|اعتبره|اعتبرها|اعتبرته|اعتبرتها|اعتبروه|اعتبروها)(?!\w)")


# After a comma, where and how the words were said, which the narrator adds: `…، في مؤتمر صحافي عقده في مستشفى الشفاء`.
_HOW_IT_WAS_SAID = re.compile(r"\s*[،,]\s*(?:في|خلال)\s+(?:مؤتمر|تصريح|تصريحات|مقابلة|حديث|حديثه|حديثها|كلمة|كلمته|كلمتها)\b")
