"""Who speaks a quote: a mention between the speech verb and the quote (`ذكر المبعوث الأممي …، ستافان دي
ميستورا، للصحفيين أن`), a subject before the verb (`وكانت هيئة السوق قد أعلنت`), a bare name after it
(`وقال لافروف "…"`) or a noun phrase (`وقال مصدر مطلع لرويترز إن`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_dates import YEAR_WORDS
from akhbar.tasks.extract_gazetteer import load_gazetteer, nationalities, not_names
from akhbar.tasks.extract_names import CONDUITS, bodies, common, conduit_source, is_verb, name_word, person, prepositional
from akhbar.tasks.extract_orgs import MEDIA_HEADS, present_verb
from akhbar.tasks.extract_tokens import K_HEAD, K_ROLE, K_SAYING, K_VERB, Found, Tokens, Word, word_forms
from akhbar.tasks.extract_words import (
    CALLING_VERBS,
    CIRCUMSTANTIALS,
    COMPLEMENTIZERS,
    DEMONSTRATIVES,
    HONORIFICS,
    ISSUING_VERBS,
    KANA,
    KIN_NOUNS,
    PARTITIVES,
    PHRASE_PERIODS,
    PHRASE_TIMES,
    PREPOSITIONS,
    PRONOUN_PREPOSITION,
    RELATIVES,
    REMARKS,
    ROLES,
    SOURCE_NOUNS,
    SPEAKER_PHRASE_ENDS,
    SPEECH_PARTICIPLES,
    THE_SAME,
    VERB_FORMS,
    WITHHELD,
    given_names,
)


def speaker(tokens: Tokens, taken: frozenset[int], entities: Sequence[Found], verb: int, stop: int) -> Found | None:
    """Who speaks, between the speech verb and word `stop` (the quote, or `أن`).

    A person anchored there (`ذكر المبعوث الأممي …، ستافان دي ميستورا، للصحفيين أن "…"`), else a
    place or organisation right after the verb (`وقالت الأمم المتحدة "…"`), else a bare name
    right after it (`وقال لافروف "…"`). A subject before the verb comes first (`_subject_before`).
    `entities` are the sentence's mentions in order of their anchor word. Never what a verb of describing
    describes (`_described`), but the describer named before it.
    """
    found = _speaker(tokens, taken, entities, verb, stop)
    if found is None or not _described(tokens, verb, found):
        return found
    # the describer, where one is named right after the verb before what it describes: `ووصفت [إيران] رئيس الوزراء
    # الإسرائيلي، بنيامين نتنياهو، بأنه`
    after = verb + 1
    return next((e for e in entities if e.anchor == after and e.end < found.start and e.label in ("PERSON", "ORG", "LOC")
                 and e.start == tokens.words[after].start), None)


def _described(tokens: Tokens, verb: int, found: Found) -> bool:
    """After a verb of describing, what stands right before `بـ`/`بأنه` is what it describes, not who describes it:
    `ووصفت [القرار] بأنه "خطوة متواضعة"`, `عندما وصف [النادي] بـ"…"` (the one named before describes, or the one right
    after the verb: `_speaker`'s caller); not `واعتبر هيرزوغ أنه`, which says what he holds."""
    words = tokens.words
    if words[verb].norm not in _DESCRIBING or found.start < words[verb].end:
        return False
    k = next((i for i in range(verb + 1, len(words)) if words[i].start >= found.end), len(words))
    if found.label == "PHRASE" and k - found.anchor > 1:
        return False  # a phrase of two words or more may hold the describer too: `ووصف [السلطات الموضوع] بأنه`
    return k < len(words) and (words[k].norm == "ب" or words[k].norm.startswith("بان"))


_DESCRIBING = frozenset(c + v for c in ("", "و", "ف") for v in ("وصف", "وصفت", "اعتبر", "اعتبرت"))


def _speaker(tokens: Tokens, taken: frozenset[int], entities: Sequence[Found], verb: int, stop: int) -> Found | None:
    """`speaker`, before the test of `_described`."""
    subject = _subject_before(tokens, entities, verb)
    if subject is not None:
        return subject
    if tokens.words[verb].norm in CONDUITS and (source := conduit_source(tokens.words, verb)) is not None and source < stop:
        verb = source - 1  # `ونقلت رويترز عن أردوغان "…"`, `نقلت الوكالة على لسان الجعفري`: the source speaks
    elif stop < len(tokens.words) and tokens.words[stop].norm.startswith("قول"):
        # `نقلت وكالة الأنباء … عن مصدر بالوزارة قوله إن`: the agency reports, the one after `عن` speaks
        verb = next((k for k in range(verb + 1, stop) if tokens.words[k].norm == "عن"), verb)
    after = verb + 1
    for entity in entities:  # an organisation right after the verb is its subject: `أعلنت جمعية مصارف لبنان، إثر …`
        if entity.label == "ORG" and entity.anchor == after < stop and entity.start == tokens.words[after].start:
            return entity
    named = _named_after_head(tokens, entities, after, stop)
    if named is not None:
        return named
    for entity in entities:
        if entity.label == "PERSON" and verb < entity.anchor < stop and not _governed(tokens, entity) and not _in_adjunct(tokens, after, entity):
            return _role_holder_after(tokens, entities, after, entity, stop) or entity
    if tokens.words[verb].norm in SPEECH_PARTICIPLES or tokens.words[verb].norm in SAYING_PARTICIPLES:
        return _main_subject(tokens, entities, verb)
    for entity in entities:
        if entity.label != "PERSON" and entity.anchor == after < stop and entity.start == tokens.words[after].start:
            return entity
    if after < stop and not tokens.words[verb].breaks and _bare_name(tokens, taken, after, stop):
        return person(tokens, after, after + 1, anchor=after)
    issuer = _issuer(tokens, entities, after, stop)
    return issuer if issuer is not None else phrase(tokens, _past_addressee(tokens, entities, after), stop)


# `…، قائلة إن`: as `مشيرة إلى أن` (also where `extract_documents._body_opening` reads the sentence's body)
SAYING_PARTICIPLES = frozenset(c + w for c in ("", "و") for w in ("قائلا", "قائله", "قائلين"))


def _in_adjunct(tokens: Tokens, after: int, entity: Found) -> bool:
    """A person named in what the role that speaks right after the verb did or whom it met is not the speaker: `وقال [وزير
    الخارجية] خلال لقائه نظيره الروسي سيرغي لافروف إن`, `علق [رئيس هيئة الرياضة] … على أزمة اللاعب محمد صلاح`, `قائد في
    التحالف الذي يدعم الرئيس بشار الأسد`; unless set off by a comma with no role of its own between (`رئيس لجنة العلاقات
    الخارجية في الكونغرس والتي تتمتع بنفوذ واسع، بوب كوركر،`: the role's holder; `مع نظيره القبرصي، يورغوس …`: the other's).
    Not where no role comes first (`وقال في مؤتمر صحفي الرئيس …`)."""
    words = tokens.words
    if after >= entity.anchor or not (words[after].kinds & K_ROLE or words[after].norm in SOURCE_NOUNS):
        return False
    opens = [k for k in range(after + 1, entity.anchor) if words[k].norm in _ADJUNCTS or words[k].norm in RELATIVES
             or words[k].norm.startswith("نظير")]
    if not opens:
        return False
    apposed = entity.anchor > 0 and words[entity.anchor - 1].breaks
    return not apposed or any(words[k].kinds & K_ROLE or words[k].norm.startswith("نظير") for k in range(opens[-1], entity.anchor))


def _role_holder_after(tokens: Tokens, entities: Sequence[Found], after: int, named: Found, stop: int) -> Found | None:
    """The holder of the role right after the verb, named after a comma past a person the role is of, another role's holder
    (`وقال [وكيل] النجم المصري محمد صلاح، [رامي عباس]، إن`: the agent, not the player). None where no role opens the
    phrase, no other role comes before the person (`مدرب الوداد [فوزي البنزرتي]`: the role's own holder), or no name
    follows in apposition: `نائب السفير الأميركي جوناثان كوهين` is one role and its holder, which words alone do not tell
    from `وكيل النجم محمد صلاح`, the star's agent."""
    words, text = tokens.words, tokens.text
    if after >= len(words) or not (words[after].kinds & K_ROLE) or named.start <= words[after].end:
        return None  # (a person found after a role is anchored at the role: its start says where it is)
    if not any(words[k].kinds & K_ROLE for k in range(after + 1, len(words)) if words[k].end <= named.start):
        return None  # the role's own holder when no other role comes between: `مدرب الوداد [فوزي البنزرتي]،`
    holder = next((e for e in entities if e.label == "PERSON" and e.start > named.end and e.anchor < stop), None)
    if (holder is not None and text[named.end : holder.start].strip() in ("،", ",")
            and text[holder.end :].lstrip()[:1] in ("،", ",", ":")):
        return holder
    return None


# Words that open what a role did or whom it met (`خلال لقائه`, `مع نظيره`, `على رحيل`), unlike those that place the role
# (`في`, `من`, `عن`, `إلى`, `لدى`: `الباحث في مركز "تريندز"، ريتشارد بورشيل`, `النائب عن ولاية أريزونا، جيف فليك`), whose
# holder follows.
_ADJUNCTS = frozenset({"مع", "خلال", "اثناء", "عقب", "بعد", "قبل", "امام", "عبر", "بشان", "حول", "علي", "ضد", "تجاه", "بين",
                       "بما", "بمن"})  # … and who is among a group: `يحتج مؤيدو الاستفتاء، [بما] في ذلك رئيس الوزراء …، بأن`


def _issuer(tokens: Tokens, entities: Sequence[Found], after: int, stop: int) -> Found | None:
    """Whose statement or report speaks, named right after it with `لـ`: `وقال بيان [لوزارة الخارجية] إن`, `وذكر بيان [للجيش
    الإسرائيلي] أن`, `وأفاد تقرير [لوكالة رويترز] أن` → the organisation, not `بيان`."""
    words = tokens.words
    if (after + 3 < stop and words[after].norm in _ISSUED and words[after + 1].norm in ("صادر", "الصادر")
            and words[after + 2].norm == "عن" and not any(words[k].breaks for k in range(after, after + 3))):
        # `وقال بيان صادر عن [المجلس الأعلى للصحة] إن`: the body, or the statement whole with the body's definite words
        # (`بيان صادر عن الوزارة`), not when it was issued (`اليوم الجمعة`)
        body = next((e for e in entities if e.start == words[after + 3].start and e.label == "ORG"), None)
        if body is not None:
            return body
        end = _adjectives_after(words, after + 3, stop)
        if end == after + 3:
            return None
        return Found(words[after].start, words[end - 1].end, "PHRASE",
                     canonical_key(tokens.text[words[after].start : words[end - 1].end]), "phrase", None, after)
    if after + 1 >= stop or words[after].breaks or words[after].norm not in _ISSUED or not words[after + 1].norm.startswith("ل"):
        return None  # (`بيان` as written: not `ببيان`, by a statement)
    told = words[after + 1]
    if told.norm.startswith("لل"):
        # `بيان للبيت الأبيض`: a name behind `لل` has lost its article's alef (`لبيت الأبيض`), so the statement with it speaks,
        # `بيان للجيش اليمني` whole: to its name's end, or the body's kind and its adjectives
        body = next((e for e in entities if told.start < e.start < told.end and e.label == "ORG"), None)
        end = body.end if body is not None else words[_adjectives_after(words, after + 2, stop) - 1].end
        return Found(words[after].start, end, "PHRASE", canonical_key(tokens.text[words[after].start : end]), "phrase", None, after)
    named = words[after + 2].start if told.norm[1:] in SPEAKING_KINDS and after + 2 < stop else None  # `لوكالة [رويترز]`
    return next((e for e in entities if e.label == "ORG" and (told.start < e.start < told.end or e.start == named)), None)


def _adjectives_after(words: Sequence[Word], i: int, stop: int) -> int:
    """Past the definite adjectives from word `i` (`للجيش [اليمني]`), before `stop`: where they end."""
    while i < stop and words[i].norm.startswith("ال") and words[i].norm not in PHRASE_TIMES and not words[i - 1].breaks:
        i += 1  # (not a weekday: `بيان للجيش العراقي [السبت]`)
    return i


_ISSUED = frozenset({"بيان", "تقرير"})


def _past_addressee(tokens: Tokens, entities: Sequence[Found], after: int) -> int:
    """Where the speaker starts after an agency or paper told right after the verb: a source or a role (`وقال [لفرانس برس]
    مصدر أمني إن`, `وقال [لوكالة رويترز] متحدث باسم الشرطة إن`), else nowhere (the sentence's end: the one named before
    speaks); `after` itself where no agency is told."""
    words = tokens.words
    if after >= len(words) or not words[after].skel.startswith("ل") or words[after].breaks:
        return after
    kind = words[after].norm[1:] in SPEAKING_KINDS and after + 1 < len(words)  # `لوكالة [رويترز]`
    told = next((e for e in entities if e.label == "ORG" and (words[after].start < e.start < words[after].end
                                                            or kind and e.start == words[after + 1].start)), None)
    if told is None:
        return after
    past = next((k for k in range(after, len(words)) if words[k].start >= told.end), len(words))
    if past < len(words) and (words[past].norm in SOURCE_NOUNS or words[past].kinds & K_ROLE):
        return past
    return len(words)  # `لوكالة الأنباء السويدية [تي تي]`, `لموقع سكاي نيوز [عربية]`: the agency's name goes on; none speaks


# Kinds of body that speak by their name after them (not `فريق الإطفاء`, the fire brigade, nor `مجلس إدارة …`).
SPEAKING_KINDS = frozenset({"صحيفه", "موقع", "شركه", "وكاله", "مجله", "قناه", "محطه", "مجموعه", "منظمه", "اذاعه", "شبكه",
                            "جماعه", "حركه", "حزب", "تنظيم", "فصيل"})  # `وقالت جماعة "جيش الإسلام" إنها`


def _named_after_head(tokens: Tokens, entities: Sequence[Found], head: int, stop: int) -> Found | None:
    """A kind of body right after the verb, then its name: `وذكرت صحيفة "الغارديان" أن`, `وقالت شركة أبل إن`: the
    organisation named, not the kind (`صحيفة`)."""
    words = tokens.words
    if head >= stop or words[head].norm not in SPEAKING_KINDS:
        return None
    end = words[head].end
    for e in entities:
        if e.label == "ORG" and e.anchor in (head, head + 1) and marks_only(tokens.text, end, e.start):
            if tokens.text[end : e.start].strip() or e.source != "head":
                return e  # a name the head rule found unmarked may be a word of a longer one: `شركة [طيران] العال`
    return None


def all_marks_hold(text: str, start: int, end: int) -> bool:
    """The text from `start` to `end` is all a pair of quotation marks holds: `"[جيكا]"`, `«[جيكا]»`."""
    return start > 0 and text[start - 1] in _OPENING_MARKS and text[end : end + 1] in _CLOSING_MARKS  # ("" is no mark)


_OPENING_MARKS = frozenset('"«“')
_CLOSING_MARKS = frozenset('"»”')


def marks_only(text: str, start: int, end: int) -> bool:
    """Nothing but spaces, quotation marks or an opening bracket from `start` to `end`: a kind's name follows it
    (`صحيفة "الغارديان"`)."""
    return start <= end and not text[start:end].strip(' "«“(')


def _main_subject(tokens: Tokens, entities: Sequence[Found], participle: int) -> Found | None:
    """A participle's speaker is its clause's: `وكانت منظمة الصحة العالمية قد حذرت …، مشيرة إلى أن` → the WHO.

    The subject of the sentence's first speech verb, where a subject stands: before it (`وكانت … قد`) or as the person
    or organisation right after it (`وقال الوزير سامي الدريدي`); else None, and the document's last speaker goes on
    (a mention further on is too often the verb's object, `تم نقل الجريحين`, or inside a role's tail).
    """
    words = tokens.words
    verb = next((k for k in range(participle) if is_verb(words, k) and words[k].norm not in SPEECH_PARTICIPLES), None)
    if verb is None:  # a verb of issuing a statement or report: `وأصدرت [وزارة الصحة] تقريرا …، قائلة إن` (NTREX)
        verb = next((k for k in range(participle) if words[k].norm in ISSUING_VERBS), None)
    if verb is None and participle > 2 and words[0].norm in CALLING_VERBS and not words[0].breaks:
        # `ودعت [الوزارة] أفراد المجتمع إلى …، مشيرة إلى أن`: who calls on others reports next; a body named whole, or
        # by its kind with the article, which the document's body of that kind then speaks for
        named = next((e for e in entities if e.anchor == 1 and e.label in ("PERSON", "ORG") and e.start == words[1].start), None)
        if named is not None or not _definite_body(words[1]):
            return named
        return Found(words[1].start, words[1].end, "PHRASE", canonical_key(words[1].raw), "phrase", None, 1)
    if verb is None:  # no speech verb: the subject of `كان` that opens the clause (`كانت [وارن] تزن …، قائلة إنه`, NTREX)
        kana = next((k for k in range(min(participle, 3)) if words[k].norm in KANA), None)
        return None if kana is None else next(
            (e for e in entities if e.anchor == kana + 1 and e.label in ("PERSON", "ORG") and e.start == words[kana + 1].start), None)
    subject = _subject_before(tokens, entities, verb)
    if subject is None:
        subject = next((e for e in entities if e.anchor == verb + 1 and e.label in ("PERSON", "ORG")), None)
    return subject if subject is not None and subject.label in ("PERSON", "ORG") else None


def _subject_before(tokens: Tokens, entities: Sequence[Found], verb: int) -> Found | None:
    """A subject before its verb: `وكانت [هيئة السوق] قد أعلنت`, `وكان [مكتب الأرصاد]، قال`, `وكان [وزير الداخلية] أكد` (no
    `قد`), `أما [نادي أرسنال]، فكتب`, `[شركة كوديلكو]، …، التي قالت`, or one opening the sentence (`[مصادر ميدانية] أكدت`)."""
    words = tokens.words
    qad = verb >= 2 and words[verb - 1].norm == "قد"
    if qad or verb >= 2 and _comma_for_qad(tokens, verb):
        last = verb - 1 if qad else verb
        kana = next((k for k in range(last - 1, max(last - 8, -1), -1) if words[k].norm in KANA), None)
        if kana is not None and last == verb:  # the comma: a subject named whole, up to it (no phrase, which runs on too far)
            return next((e for e in entities if kana < e.anchor < last and e.end == words[verb - 1].end and e.label in ("PERSON", "ORG")), None)
        if kana is not None:
            return _kana_subject(tokens, entities, kana, last)
    # `وكان وزير الداخلية السعودي أكد`: `كان` and its subject right before the verb, no `قد`, nothing between; a subject of
    # more than four words only where a name ends it (`وكان [رئيس الوزراء الإيطالي جوزيبي كونتي] حذّر`, `وكان [عدد من مسؤولي
    # حزب الشعوب الديمقراطي] قالوا`): a verb the rules do not know may stand between (`وكان بومبيو [هاجم] … قائلا`)
    kana = next((k for k in range(verb - 2, max(verb - 9, -1), -1) if words[k].norm in KANA), None)
    if kana is not None and verb - kana > 5 and not any(e.end == words[verb - 1].end and e.label in ("PERSON", "ORG", "LOC")
                                                        for e in entities):
        kana = None
    if (kana is not None and words[verb].norm not in SPEECH_PARTICIPLES and words[verb - 1].norm not in _NO_SUBJECT
            and not (kana and words[kana - 1].norm in _IF) and not any(words[k].breaks or is_verb(words, k) for k in range(kana + 1, verb))):
        return _kana_subject(tokens, entities, kana, verb)  # (not `ما كان [يجب] أن تقول`, `إن كان بديلا سجل`)
    if ((words[verb].norm.startswith("ف") or words[verb - 1].norm == "فقد")  # `أما X، فقال`, `أما X، فقد أعلن`
            and (topic := _topic(tokens, entities, verb)) is not None):
        return topic
    if verb >= 1 and words[verb - 1].norm in RELATIVES:
        before = [e for e in entities if e.end <= words[verb - 1].start and e.label != "LOC"]
        if (pointing := _pointing_back(tokens, verb - 1)) is not None and not any(e.end >= pointing.start for e in before):
            return pointing  # `قدمها [المسؤول نفسه]، الذي أفاد بأن`: he, not a body named earlier in the sentence
        return max(before, key=lambda e: e.end) if before else None
    contrasted = contrasted_subject(tokens, entities, verb)
    return contrasted[1] if contrasted is not None else _opening_subject(tokens, entities, verb)


def contrasted_subject(tokens: Tokens, entities: Sequence[Found], verb: int) -> tuple[int, Found] | None:
    """A subject after a particle of contrast or concession, right before its verb (`لكن [الإليزيه] أكد أن`, `إلا أن
    [ربيع] قال إن`, `ولكن [مدرب المنتخب الألماني يواخيم لوف] أكد أن`, `وبالرغم من أن [الوزارة] قالت إن`), as the particle's
    word and the subject: a person, body or place named whole, a person and the role after it (`لكن [جاكسون إيرفين] لاعب
    أستراليا يعتقد أن`), or a source's, role's or definite noun's phrase (`لكن [السلطات] قالت إن`, `لكن [مسؤولا تركيا]
    قال`), with no break between. Such a clause had taken the document's last speaker (65 of 78 on 3,783 ANT articles,
    most of them someone else: `لكن كونتي قال إن` → the coach of the sentence before). And a report inside a report:
    the subject right after `أن`/`بأن` of the outer one speaks (`وذكرت أن [ترامب] قال لها إنه`, `REPORTING_THAT`)."""
    words = tokens.words
    if verb < 2 or words[verb].norm in SPEECH_PARTICIPLES or words[verb].norm in CONDUITS:
        return None  # (`إلا أن القناة … نقلت عن مصادر أمنية قولها إن`: the sources speak)
    for particle in range(verb - 2, max(verb - 8, -1), -1):
        first = particle + 1 if words[particle].norm in _CONTRASTS else None
        if first is None and words[particle + 1].norm == "ان" and _contrast_that(words, particle):
            first = particle + 2
        if (first is None and words[particle].norm in REPORTING_THAT and not (particle and _contrast_that(words, particle - 1))
                and not _joined(words[verb].norm) and words[verb].norm not in _IMPERSONAL):
            first = particle + 1  # (not `يزعجها أن الفن أصبح متشابها [وتقول] إنها`: a clause of its own)
        if first is not None:
            break
        if words[particle].breaks:
            return None
    else:
        return None
    if not first < verb or any(words[k].breaks for k in range(first, verb)):
        return None
    starting = [e for e in entities if e.start == words[first].start and e.label in ("PERSON", "ORG", "LOC")]
    named = next((e for e in starting if e.end == words[verb - 1].end), None)
    if named is None:  # a person, then his role in apposition up to the verb
        named = next((e for e in starting if e.label == "PERSON" and e.end < words[verb - 1].end
                      and words[next(k for k in range(first, verb) if words[k].start >= e.end)].kinds & K_ROLE), None)
    source = words[first].norm in SOURCE_NOUNS or words[first].norm[-1:] == "ا" and words[first].norm[:-1] in SOURCE_NOUNS
    back = words[first].norm in _EPITHETS or (verb - first == 1 and words[first].norm in _POINTING_BACK_ALONE)
    if named is None and verb - first <= 5 and not back and (
            source or words[first].kinds & K_ROLE or words[first].norm.startswith("ال")):
        named = phrase(tokens, first, verb)
        named = named if named is not None and named.end == words[verb - 1].end else None
    return None if named is None else (particle, named)


def _joined(norm: str) -> bool:
    """A verb behind the conjunction `و` or `ف` (`وتقول`, `فقال`): not one whose own first letter it is (`وصفت`, described:
    `صفت` is no verb)."""
    return norm[:1] in ("و", "ف") and norm[1:] in VERB_FORMS


def _contrast_that(words: Sequence[Word], k: int) -> bool:
    """`words[k]` is the first word of a particle of contrast or concession that `أن` ends: `إلا`, `غير`, `رغم`, `من` of
    `بالرغم من`."""
    return words[k].norm in _CONTRASTS_THAT or words[k].norm == "من" and k > 0 and words[k - 1].norm in _DESPITE


_CONTRASTS = frozenset({"لكن", "ولكن"})
_CONTRASTS_THAT = frozenset({"الا", "غير", "بيد", "رغم", "ورغم", "برغم"})  # `إلا أن`, `غير أن`, `بيد أن`, `رغم أن`
_DESPITE = frozenset({"بالرغم", "وبالرغم", "الرغم", "رغم", "ورغم"})  # `بالرغم من أن`, `على الرغم من أن`
# Verbs read as often in the passive, whose subject is no speaker: `إن الطائرة [يعتقد] بأنها طائرة استطلاع` (it is believed).
_IMPERSONAL = frozenset({"يعتقد", "يرجح", "يظن", "يتوقع", "يقال"})
# `وذكرت أن [ترامب] قال لها إنه`, `وأفادت تقارير بأن [رئيس البرلمان] قال إن`: a report inside a report is its own subject's
REPORTING_THAT = frozenset({"ان", "بان"})
# The particle's word `contrasted_subject` returns for a concession or a report inside a report: its speaker does not go on.
CONCESSIONS = frozenset({"رغم", "ورغم", "برغم", "من"}) | REPORTING_THAT
# Nouns that point back to a person named before (`لكن [الرجل] أصر على أن`: the minister of the sentence before; `ولكن
# [النجم الصاعد] قال`), or alone to a source (`لكن [المصدر] أضاف أن`, `لكن [الموقع] أشار`: the site that spoke last; not
# `المصدر الأمني المصري`): no speaker of their own, so the document's last one goes on.
_EPITHETS = frozenset({"الرجل", "المراه", "السيده", "الشاب", "الشابه", "الفتي", "الفتاه", "النجم", "الاخير", "الاخيره"})
_POINTING_BACK_ALONE = frozenset({"المصدر", "الموقع"})


def _pointing_back(tokens: Tokens, relative: int) -> Found | None:
    """A definite noun that says it is the one named before, `نفسه` or `ذاته` after it, right before the comma of a
    relative clause (word `relative`): `المسؤول نفسه، الذي`; the document's quotes take the last speaker for it."""
    words = tokens.words
    if relative < 3 or not words[relative - 1].comma or words[relative - 1].norm not in THE_SAME:
        return None
    head = words[relative - 2]
    if not head.norm.startswith("ال") or head.breaks:
        return None
    return Found(head.start, words[relative - 1].end - 1 if tokens.text[words[relative - 1].end - 1] in "،," else words[relative - 1].end,
                 "PHRASE", canonical_key(tokens.text[head.start : words[relative - 1].end].rstrip("،,")), "phrase", None, relative - 2)



def _opening_subject(tokens: Tokens, entities: Sequence[Found], verb: int) -> Found | None:
    """A subject that opens the sentence right before its verb, as headlines and some reports write it: `[مصادر ميدانية]
    أكدت أن`, `[ترامب] يقول إن`: a person or body named whole up to the verb, or a source's or role's phrase (no break
    between, four words at most)."""
    words = tokens.words
    first = _past_narration(words)  # `يذكر أن [مجلس الخدمة المدنية] أشار في تقرير … إلى أن`: the clause's subject
    aside = _aside_before(words, verb)
    if aside is not None and first <= aside - 1 <= first + 5 and not any(words[k].breaks for k in range(aside - 1)):
        # `[مصلحة الطيران المدني]، من جانبها، ذكرت`, `[الوهيبي]، الذي يشارك … منذ عام ١٩٩٨، قال`: named whole up to the
        # aside, or a body's or role's phrase
        named = next((e for e in entities if e.start == words[first].start and e.end == words[aside - 1].end
                      and e.label in ("PERSON", "ORG")), None)
        if named is None and (words[first].kinds & (K_ROLE | K_HEAD) or words[first].norm in SOURCE_NOUNS):
            found = phrase(tokens, first, aside)
            named = found if found is not None and found.end == words[aside - 1].end else None
        return named
    if not first < verb <= first + 4 or any(words[k].breaks for k in range(verb)) or words[verb].norm in SPEECH_PARTICIPLES:
        return None
    named = next((e for e in entities if e.start == words[first].start and e.end == words[verb - 1].end and e.label in ("PERSON", "ORG")), None)
    if named is not None:
        return named
    if words[first].norm in SOURCE_NOUNS or words[first].kinds & K_ROLE:
        found = phrase(tokens, first, verb)
        return found if found is not None and found.end == words[verb - 1].end else None
    return None


def _aside_before(words: Sequence[Word], verb: int) -> int | None:
    """Where an aside between commas right before the verb starts (`، [من جانبها]، ذكرت`, `، [بدوره]، قال`, `، [الذي يشارك في
    السباقات منذ عام ١٩٩٨]، قال`), after a comma; None where there is none."""
    if verb < 3 or not words[verb - 1].comma:
        return None
    k = verb - 1
    while k > 0 and not words[k - 1].breaks and verb - k < 12:
        k -= 1
    if k == 0 or not words[k - 1].comma:
        return None
    opening = words[k].norm
    if opening in RELATIVES or opening in _ASIDES or opening == "من" and words[k + 1].norm in _ASIDES_OF and verb - k == 2:
        return k
    return None


_ASIDES = frozenset({"بدوره", "بدورها", "بدورهم", "بدورهما"})
_ASIDES_OF = frozenset({"جانبه", "جانبها", "جانبهم", "جهته", "جهتها", "جهتهم", "ناحيته", "ناحيتها"})


def _past_narration(words: Sequence[Word]) -> int:
    """Where the sentence's own clause starts after the narrator's `يذكر أن` or `يشار إلى أن` (background the agency adds,
    which names the one who spoke next), else 0."""
    keys = tuple(w.norm for w in words[:3])
    return next((len(opening) for opening in _NARRATION if keys[: len(opening)] == opening), 0)


_NARRATION = tuple(tuple(o.split()) for o in ("يذكر ان", "ويذكر ان", "يشار الي ان", "ويشار الي ان", "يذكر بان", "ويذكر بان"))


# Particles after which no subject stands: what follows is said, or a clause of its own (`أن تقول`, `لا يمكنك`, `ألا يأكلها`).
_NO_SUBJECT = frozenset({"لا", "لم", "لن", "ان", "الا", "قد", "ما", "هل", "انه", "انها", "انهم", "انني", "انا"})
_IF = frozenset({"ان", "اذا", "لو", "وان", "واذا", "ولو", "ما", "وما"})  # before `كان`: `إن كان`, `ما كان`, no past report


def _kana_subject(tokens: Tokens, entities: Sequence[Found], kana: int, last: int) -> Found | None:
    """The subject between `كان` and `قد` or the verb: a person named there, else the first name there, else the phrase; a
    role's or source's phrase whole where the name is inside it (`وكان [مدير في شركة "سامسونغ"] قد صرح`: not the company)."""
    words = tokens.words
    if kana + 1 == last and kana >= 2 and words[kana - 1].norm not in _NO_SUBJECT:
        # nothing between `كان` and `قد`: the subject came first, right after `أن` (`يذكر أن [بنك المغرب] كان قد أفاد`)
        first = next((e for e in entities if e.label in ("PERSON", "ORG") and e.end == words[kana - 1].end
                      and e.anchor > 0 and words[e.anchor - 1].norm in REPORTING_THAT), None)
        if first is not None:
            return first
    # not a place after a preposition, which says where the subject is (`وكانت وسائل الإعلام [في أوروغواي] اعتبرت`)
    inside = [e for e in entities if kana < e.anchor < last
              and not (e.label == "LOC" and e.anchor > kana + 1 and words[e.anchor - 1].norm in _PLACING)]
    person = next((e for e in inside if e.label == "PERSON"), None)
    if person is None and inside and inside[0].start > words[kana + 1].start and (
            words[kana + 1].kinds & K_ROLE or words[kana + 1].norm in SOURCE_NOUNS):
        return phrase(tokens, kana + 1, last) or inside[0]
    return person or (inside[0] if inside else None) or phrase(tokens, kana + 1, last)


_PLACING = frozenset({"في", "من", "داخل", "خارج"})


def _comma_for_qad(tokens: Tokens, verb: int) -> bool:
    """`كان … قد قال` written with the subject's comma for `قد`, where nothing stands between the verb and what it says:
    `وكان مكتب الأرصاد الجوية البريطاني، قال إن` (not `وكان الاجتماع ناجحا، قال الوزير إن`)."""
    words, text = tokens.words, tokens.text
    if not words[verb - 1].breaks or text[words[verb - 1].end : words[verb].start].strip() not in "،,":
        return False
    return verb + 1 < len(words) and (words[verb + 1].norm in COMPLEMENTIZERS or text[words[verb].end :].lstrip()[:1] in ':"«“')


def _topic(tokens: Tokens, entities: Sequence[Found], verb: int) -> Found | None:
    """`أما X، فقال`: X, set before the verb as its topic, speaks (`أما نادي أرسنال، فكتب`, `أما صحيفة "جوان"، فقالت`); not
    a topic after a preposition (`أما عن مرضه فقال`, `أما بشأن …`), which says what about."""
    words = tokens.words
    ama = next((k for k in range(verb - 1, max(verb - 10, -1), -1) if words[k].norm in ("اما", "واما")), None)
    if (ama is None or ama + 1 >= verb or words[ama + 1].norm in PREPOSITIONS | _ABOUT or prepositional(words[ama + 1])
            or words[ama + 1].norm.startswith("ب")):
        return None
    first = words[ama + 1].start
    named = [e for e in entities if e.label in ("PERSON", "ORG", "LOC") and ama < e.anchor < verb and e.start >= first]
    # the topic itself, or a person its title names (`أما المصري محمد صلاح`), not a body further on (`أما ليكسي ستيردي مدير
    # غرفة الحرب`)
    named = [e for e in named if e.start == first or e.label == "PERSON" and e.anchor <= ama + 3]
    if named:
        return named[0]
    head = words[ama + 1]  # else a role or a body (`أما الرئيس الإيراني فقال`), not `أما الثاني`, `أما نقابيا`
    end = verb - 1 if words[verb - 1].norm == "فقد" else verb  # (`أما رئيس زيمبابوي فقد قال`)
    return phrase(tokens, ama + 1, end) if head.kinds & (K_ROLE | K_HEAD) or head.norm in SOURCE_NOUNS else None


_ABOUT = frozenset({"بشان", "فيما", "بالنسبه", "حول", "عن", "ازاء", "تجاه", "علي", "في", "من", "بخصوص", "خلال", "عند"})


def _governed(tokens: Tokens, entity: Found) -> bool:
    """A mention after a preposition is no subject: `قالت في تجمع لدونالد ترامب`, `مع رئيس الوفد`."""
    word = tokens.words[entity.anchor]
    inside = word.start < entity.start < word.end  # the mention starts after a clitic: `لدونالد`
    clitic = inside and any(c in "بل" for c in word.raw[: entity.start - word.start])
    return clitic or (entity.anchor > 0 and tokens.words[entity.anchor - 1].norm in PREPOSITIONS)


def _bare_name(tokens: Tokens, taken: frozenset[int], i: int, stop: int) -> bool:
    """One name word right after the verb, then the quote, `إن` or `لـ`: `وقال لافروف "…"`."""
    words = tokens.words
    if (not name_word(tokens, taken, i, True) or common(words[i]) or words[i].norm in given_names() | CIRCUMSTANTIALS
            or words[i].norm in WITHHELD):
        return False
    if bodies(words[i]):
        return False  # `وذكرت صحيفتا الأهرام والأخبار أن`
    following = words[i + 1] if i + 1 < len(words) else None
    return words[i].breaks or i + 1 >= stop or following is None or following.norm in COMPLEMENTIZERS


def phrase(tokens: Tokens, start: int, stop: int) -> Found | None:
    """A speaker named by a noun phrase: `وقال مصدر مطلع لرويترز إن` → `مصدر مطلع`.

    Through `نقلت وكالة رويترز عن مصدر … قوله` the speaker is the one after `عن`. The phrase
    stops at a preposition, a comma or `لـ`+known word (`للصحفيين`, `لوكالة`).
    """
    words = tokens.words
    if stop < len(words) and words[stop].norm.startswith("قول"):
        start = next((k + 1 for k in range(start, stop) if words[k].norm == "عن"), start)
    if (start + 1 < stop and words[start].norm in ("له", "لها", "لهم") and not words[start].breaks
            and words[start + 1].norm not in _NO_SUBJECT and not is_verb(words, start + 1)):
        start += 1  # `وكتب [له] متابع آخر "…"`: to whom, then who (not `وقال له لا يمكنك`, his words unmarked)
    if start < stop and PRONOUN_PREPOSITION.fullmatch(words[start].norm):
        return None  # `كتب فيها "…"`: where it was written, not who wrote it
    if start < stop and words[start].norm in HONORIFICS | CIRCUMSTANTIALS:
        return None  # `وقال سموه`, `وأضاف ممازحا`: the one named before, as after a bare `وأضاف`
    while start < stop and _time_word(tokens, start) and not words[start].breaks:
        start += 1  # `وقال [الخميس] مسؤول كبير إن`: when, then who
    if start < stop and words[start].norm in WITHHELD:
        return None  # `فضل عدم ذكر [اسمه] أنه`: the name kept back is no speaker (the one before it is)
    if start < stop and prepositional(words[start]):
        return None  # `وقالت [لجمهور] ضم …`: to whom, not who (the one named before)
    end = start
    partitive = start + 1 < stop and words[start].norm in PARTITIVES and words[start + 1].norm == "من"
    if partitive:
        end = start + 2  # `وأوضح [اثنان من] المسؤولين أن`, `يقول [واحد من] كل أربعة إنهم`: the part and whom it is of
    definite = start < stop and _definite_body(words[start])
    while end < stop and end < start + (9 if partitive else 6) and (
            _phrase_word(tokens, end) or partitive and (words[end].norm.isdigit() or words[end].norm == "من")):
        if definite and end > start and _object_after(words, end):
            break
        if end > start and _conjugated(words[end]):
            break  # `وقال مهاجر سوداني [يبلغ] من العمر 24 عاما`: what is said of the speaker, no word of the phrase
        definite = definite and not words[end].norm.startswith("و")  # `… ووكالة إنترفاكس`: another name begins
        end += 1
        if words[end - 1].breaks:
            break
    if end == start:
        return None
    if end == start + 2 and prepositional(words[start + 1]) and not words[start + 1].norm.startswith("بو") and (
            not words[start].kinds & (K_ROLE | K_HEAD) and words[start].norm not in SOURCE_NOUNS
            and words[start].stems.isdisjoint(_HOW_SAID)):  # (`تصريحات لرونالدو`: whose remarks)
        end = start + 1  # a name, then what the verb governs: `غوارديولا [بسخرية]`, `وقال المسؤول [لشبكتنا] إن`
    if end == start + 1 and (_possessed(words[start]) or _owned_thing(words[start])):
        return None  # `اعترف [خلالها] بأنه`, `وكتب [فوقها] "…"`, `وتابع [حديثه]:`, `تؤكد [رفضها]`: the one named before speaks
    end = _qualified(tokens, start, end, stop)
    first, last = words[start], words[end - 1]
    return Found(first.start, last.end, "PHRASE", canonical_key(tokens.text[first.start : last.end]), "phrase", None, start)


def _conjugated(word: Word) -> bool:
    """A verb in the present, as news writes it in both genders (`يبلغ` 1,068 times, `تبلغ` 867): not a nationality
    (`يمنية`), nor a name that opens like one (`يونغ`, `يوتيوب`: `تونغ` 19, `توتيوب` never)."""
    from akhbar.tasks.ner_crf import load_words  # it imports this module: here, not at the top

    return (present_verb(word, _VERB_AFTER_PHRASE_SEEN) and word.norm not in nationalities()
            and load_words().counts.get("ت" + word.norm[1:], 0) >= _FEMININE_SEEN)


_VERB_AFTER_PHRASE_SEEN = 200  # times news writes a present verb that ends a speaker's phrase (`يبلغ`, `يعمل`)
_FEMININE_SEEN = 50  # … and its feminine


def _possessed(word: Word) -> bool:
    """An adverb or a word for talk with a pronoun (`خلاله`, `فوقها`, `بعدها`; `وتابع [حديثه]`): when or what, not who."""
    return any(word.norm == head + suffix for head in _POSSESSED_HEADS for suffix in ("ه", "ها", "هم", "هما"))


_POSSESSED_HEADS = ("خلال", "فوق", "بعد", "قبل", "عبر", "حول", "امام", "تحت", "دون", "عقب", "اثر", "حديث", "كلام")


def _owned_thing(word: Word) -> bool:
    """A common noun with a pronoun that names a thing, not a person (`السعودية تؤكد [رفضها] للتهديدات`, `أكد [رغبته] في`,
    `[فكرته]`, `[تفاصيلها]`): what is said or done, the verb's object, no speaker (12 such on 3,783 ANT articles, from
    headline lists). A word news writes often without the pronoun (so not a surname in `-يه`, `سوليه`, `بيكيه`, nor `أيهم`),
    and no person: a role, a source, a body's kind, kin (`محاميه`, `والدتها`, `أسرتها`, `زعيمه`, `بعضهم`, `مؤيدوها`)."""
    from akhbar.tasks.ner_crf import load_words  # the words of news, which the tagger loads; it imports this module

    # the pronoun as written (`رفضه`, not the `ة` that folds to `ه`: `المعارضة`, `العمرة`); a noun it owns has no article
    suffix = next((s for s in ("هما", "هم", "ها", "ه") if word.skel.endswith(s)), None)
    if suffix is None or word.norm.startswith("ال") or word.norm in given_names() or word.norm.endswith("الله"):
        return False
    stem = word.norm[: -len(suffix)]
    stem = stem[:-1] + "ه" if stem.endswith("ت") and not stem.endswith("ات") else stem  # `رغبت|ه` → `رغبه`
    if len(stem) < 3 or load_words().counts.get(stem, 0) < _OFTEN_ALONE:
        return False
    return not (stem in SOURCE_NOUNS or stem in PARTITIVES or stem in ROLES or stem in _PEOPLE or stem in SPEAKING_KINDS
                or word_forms(stem)[6] & (K_ROLE | K_HEAD))


_OFTEN_ALONE = 300  # times news writes the noun without the pronoun: `رفض` 1,268, `رغبة` 352; `سولي` (of `سوليه`) 4
# People a pronoun owns, who speak (`قال محاميه`, `وقالت والدتها`, `أكد أحدهم`): kin, family, friends, team-mates.
_PEOPLE = KIN_NOUNS | frozenset({"جده", "اسره", "عائله", "اهل", "اقارب", "ذوي", "احد", "صديق", "اصدقاء", "رفيق", "رفيقه",
                                  "زميل", "زملاء", "زميله", "خطيب", "خطيبه", "لاعبي", "انصار", "جمهور", "محامي", "مدرب"})


def _definite_body(word: Word) -> bool:
    """A body or a statement named with the article (`الشرطة`, `الوزارة`, `البيان`), which takes no name after it, as a
    person's title does (`الرئيس ترامب`, `الفريق ضاحي خلفان`: a rank)."""
    return (word.norm.startswith("ال") and word.norm not in _RANKS
            and (bool(word.kinds & K_HEAD) or not word.stems.isdisjoint(_HOW_SAID | SPEAKING_KINDS)))


_RANKS = frozenset({"الفريق"})  # a team, and a general's rank


def _object_after(words: Sequence[Word], i: int) -> bool:
    """Word `i` after a definite body's name is the verb's object, not the name's: a word without the article, `و` or a
    preposition, no adverb (`دوليا`), after no participle or preposition that governs it (`وأكد البيان [اعتقال] المعتدي`,
    `وأعلنت الشرطة [إطلاق] النار`, `وأكدت الوزارة [عثورها]`; not `السلطة المكلفة مراقبة الأسلحة`, `الجهاز المكلف بحماية
    رئيس …`, `التلفزيون الرسمي وإنترفاكس`, `الحكومة المعترف بها دوليا`)."""
    word, before = words[i], words[i - 1]
    if word.raw.startswith(("إ", "أ", "آ")):
        return True  # `إلغاء`, whose folded `الغاء` only looks like the article
    if word.norm.startswith(("ال", "و", "ل", "ب", "نفس", "ذات")) or word.norm.endswith("يا") or before.norm.startswith(("ل", "ب")):
        return False  # (`الحكومة البرازيلية نفسها`: the same body)
    participle = before.norm.startswith("الم") and len(before.norm) > 5 and before.norm not in nationalities()
    return not participle


def _qualified(tokens: Tokens, start: int, end: int, stop: int) -> int:
    """A source's phrase with what places it (`مسؤول [من القوات شبه العسكرية]`, `مصدر قريب [من الملف]`, `مسؤول [في وزارة
    الخارجية]`, `مصدر مطلع [على الاستخبارات]`): after a source noun and its adjectives, `من` or `في` and up to four words,
    to the verb's complement or whom it told (`_told`); not where it says how it spoke (`مسؤول [في تصريح]`, `في بيان`)."""
    words = tokens.words
    noun = start + 1 if words[start].norm in _HIGHEST and start + 1 < end else start  # `[أعلى] مسؤول في …`
    if words[noun].norm not in SOURCE_NOUNS or end >= stop or words[end - 1].breaks:
        return end
    glued = words[end].norm.startswith("بال") and len(words[end].norm) > 5  # `مسؤول [بالاتحاد] الأوروبي`: `في` as `ب`
    if (words[end].norm not in ("من", "في") and not glued
            and not (words[end].norm == "علي" and words[end - 1].norm.removeprefix("ال")[:4] == "مطلع")):
        return end  # (`مصدر مطلع [على] الاستخبارات`: informed of)
    if end + 1 >= stop or not words[end + (0 if glued else 1)].stems.isdisjoint(_HOW_SAID):
        return end
    k = end + 1  # (the glued word is the place's first)

    def placing(i: int) -> bool:  # a word of the place: no time, addressee, demonstrative or way of speaking
        word = words[i]
        return ((_phrase_word(tokens, i) or word.norm in ("من", "في")) and word.stems.isdisjoint(_HOW_SAID)
                and word.norm not in DEMONSTRATIVES and '"' not in tokens.text[word.start : word.end + 1])

    while k < stop and k < end + 5 and not words[k].breaks and placing(k):
        k += 1
    if k < stop and k < end + 5 and words[k].breaks and placing(k):
        k += 1  # the last word's comma or bracket ends it
    return k if k == stop or words[k - 1].breaks or _told(words[k]) else end


_HIGHEST = frozenset({"اعلي", "ارفع", "اكبر"})  # `أعلى مسؤول`, `أرفع مسؤول`, `أكبر مسؤول`: the most senior official


def _told(word: Word) -> bool:
    """Whom a source told, after the words that place it: `مسؤول محلي في هرمزجان [للتلفزيون] الرسمي`, `مصادر عسكرية في
    الجيش السوري الحر [لسكاي] نيوز عربية`, `[لوكالة] …`."""
    return word.skel.startswith("لل") or word.norm[:1] == "ل" and (word.norm[1:] in _outlets() or word.norm[1:] in SPEAKING_KINDS)


# Participles whose complement behind `لـ` is part of a speaker's phrase, not whom it told: `في القوات [الموالية] للحكومة`,
# `في الوفد [المرافق] للوزير`, `فرع وزارة الصحة [التابعة] للمعارضة`; not `معارض`, a dissident as often (`وأضاف القيادي
# المعارض [للصحيفة]`: whom he told).
_GOVERNING = frozenset(a + p + e for a in ("", "ال") for p in ("موالي", "تابع", "مرافق", "مقرب", "مناهض", "مساند")
                       for e in ("", "ه", "ين", "ون"))


# How a source spoke, which no phrase takes in (`مسؤول في [تصريح] لرويترز`).
_HOW_SAID = REMARKS | frozenset({"بيان", "مؤتمر", "اتصال", "لقاء", "اجتماع", "تقرير"})


def _phrase_word(tokens: Tokens, i: int) -> bool:
    """Part of a speaker phrase: not a preposition, pronoun, complementizer or `لـ`/`بـ`+known word."""
    word = tokens.words[i]
    if i and tokens.words[i - 1].norm == "ال" and not tokens.words[i - 1].breaks:
        return True  # the family a word names after `آل` (read as a bare article): `وأضاف آل [علي]`, not the preposition
    if word.skel.startswith("لل") and i and tokens.words[i - 1].norm in _GOVERNING:
        return True  # what a participle governs: `فرع وزارة الصحة التابعة [للمعارضة]`
    if word.norm in SPEAKER_PHRASE_ENDS or word.skel.startswith(("لل", "بال")) or word.norm in VERB_FORMS or _time_word(tokens, i):
        return False
    if len(word.norm) == 1:
        return False  # a clitic standing alone before marks: `لـ"الجوهرة اف أم"` (`ل` once the tatweel is gone)
    after_verb = bool(i and tokens.words[i - 1].kinds & (K_SAYING | K_VERB))
    if (PRONOUN_PREPOSITION.fullmatch(word.norm) and (word.norm not in ("بي", "لي") or after_verb)
            and not (i and tokens.words[i - 1].norm.startswith("الم"))):
        return False  # `وقال ماكرون [لها] إن`, `تقول [لي] سارة صفوت إن`: to whom; not `بي بي سي`, `سبايك لي`, `الحكومة
        # المعترف [بها]`
    rest = word.norm[1:]
    if word.norm[:1] == "ل" and rest in _MEDIA:
        return False  # whom the speaker told: `وأضافت ستيرغن [لبرنامج] تلفزيوني`, `[لقناة] محلية`
    return not (word.norm[:1] in ("ل", "ب") and (rest in not_names() or rest in load_gazetteer().places or rest in _outlets()))


_MEDIA = MEDIA_HEADS | {"برنامج", "تلفزيون"}  # (outlets, a programme, television)


_OF_FRIDAY = frozenset({"خطيب", "خطبه", "صلاه", "امام"})  # Friday's preacher, sermon, prayer, imam
_PERIOD_ENDS = frozenset({"الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "الحالي"})


def _time_word(tokens: Tokens, i: int) -> bool:
    """Word `i` says when (`PHRASE_TIMES`: `الاثنين`, `مساء`), or opens a period that does (`[الأسبوع] الماضي`)."""
    words = tokens.words
    if words[i].norm in PHRASE_TIMES:
        return not (words[i].norm == "الجمعه" and i > 0 and words[i - 1].norm in _OF_FRIDAY)
    if words[i].norm in YEAR_WORDS and _YEAR_AFTER.match(tokens.text, words[i].end):
        return True  # `عن أحد مساعدي حقاني [عام] 2015 تأكيده`: the year he spoke in (digits are no words of `Tokens`)
    return words[i].norm in PHRASE_PERIODS and i + 1 < len(words) and words[i + 1].norm in _PERIOD_ENDS


_YEAR_AFTER = re.compile(r"\s+[0-9٠-٩]{4}(?![0-9٠-٩])")


@functools.cache
def _outlets() -> frozenset[str]:
    """The first words of the gazetteer's agencies and channels: `لفرانس 24`, `لبي بي سي` is whom a speaker told."""
    return frozenset(name.split(" ", 1)[0] for name, place in load_gazetteer().places.items() if place.kind == "agency")
