"""Extract: entities, quotes, dates and amounts from the Arabic text, with exact document offsets.

The public face of the extractor. One sentence's analysis lives in `extract_sentence` (its finders
in `extract_places`, `extract_orgs`, `extract_people`, `extract_quotes` …), canonical keys in
`extract_canonical`, dates and amounts in `extract_dates` and `extract_amounts`; here the sentences
are grouped into documents, where surnames are linked to full names (`ميستورا` → `ستافان دي
ميستورا`, `extract_repeats`) and a bare `وأضاف` speaks as the document's last speaker.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gc
import itertools
import re
import threading
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

import pyarrow as pa

from akhbar.schemas import amounts, dates, entities, quotes
from akhbar.tasks import parallel
from akhbar.tasks.arabic import ARABIC_INDIC_DIGITS, PERSIAN_DIGITS, fold_hamza_seats, normalize_arabic
from akhbar.tasks.extract_amounts import NUMBER_WORDS, SHARED_CURRENCIES, FoundAmount, find_amounts_in
from akhbar.tasks.extract_canonical import alias_of, canonical_key, full_names
from akhbar.tasks.extract_dates import DATE_WORDS, FoundDate, find_dates_in
from akhbar.tasks.extract_gazetteer import (
    ARAB_LEAGUE,
    countries_by_word,
    is_country,
    load_gazetteer,
    load_local_places,
    nationalities,
    not_names,
)
from akhbar.tasks.extract_names import DEFINITE
from akhbar.tasks.extract_orgs import FESTIVAL_ARTS
from akhbar.tasks.extract_places import (
    RARE_IN_NEWS,
    SOCIETY_KINDS,
    SPORTS,
    about_the_hajj,
    as_clubs,
    club_towns,
    clubs_of_towns,
    find_hajj_sites,
    find_local_places,
    find_places_after_opening,
    in_place_of,
)
from akhbar.tasks.extract_repeats import find_repeats, find_surnames
from akhbar.tasks.extract_sentence import Sentence, analyse_sentence
from akhbar.tasks.extract_speakers import CONCESSIONS, SAYING_PARTICIPLES, SPEAKING_KINDS, all_marks_hold, contrasted_subject
from akhbar.tasks.extract_text import tokens
from akhbar.tasks.extract_tokens import Found, Quote, clitic_readings, skip_letters, without_overlaps
from akhbar.tasks.extract_words import (
    BODIES_OF_EVERY_COUNTRY,
    CITIES_OF_TWO_COUNTRIES,
    DEFINITE_HEADS,
    DEMONSTRATIVES,
    FAMILY_FIRST_NAMES,
    GLUED_PREPOSITIONS,
    HEADS,
    HONORIFICS,
    INTERNATIONAL_WORDS,
    KANA,
    KIND_HEADS,
    LETTER_NAMES,
    NAMESAKE_BODY_HEADS,
    NAMESAKE_TITLES,
    NATIONAL_HEADS,
    ORDINALS,
    PARTICLE_WORDS,
    PARTICLES,
    PHRASE_TIMES,
    PREPOSITIONS,
    PROFESSIONAL_TITLES,
    RANKS,
    REMARKS,
    ROLE_HEADS,
    THE_SAME,
    WEAK_SURNAMES,
    gendered_names,
    given_names,
)
from akhbar.tasks.ner_crf import keyed_like, load_words, vetoed, with_model_all, word_key

P = ParamSpec("P")
R = TypeVar("R")
_GC_LOCK = threading.Lock()
_GC_HOLDS = [0, False]  # tasks inside `_gc_paused`, and whether the collector was on before the first


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a batch is analysed.

    The analysis allocates many small objects and builds no cycles (refcounting frees them), but
    each allocation burst triggers collections that walk every object in the process (Prefect's,
    pyarrow's): measured, that halves the stage's throughput. Nested or concurrent tasks share
    one pause; the last one out restores the collector as it was.
    """
    with _GC_LOCK:
        if _GC_HOLDS[0] == 0:
            _GC_HOLDS[1] = gc.isenabled()
            gc.disable()
        _GC_HOLDS[0] += 1
    try:
        yield
    finally:
        with _GC_LOCK:
            _GC_HOLDS[0] -= 1
            if _GC_HOLDS[0] == 0 and _GC_HOLDS[1]:
                gc.enable()


def _paused(find: Callable[P, R]) -> Callable[P, R]:
    """`find` run with the collector paused (`_gc_paused`)."""

    @functools.wraps(find)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with _gc_paused():
            return find(*args, **kwargs)

    return run


# The tables' columns live with their pandera models in schemas/.
ENTITY_COLUMNS = entities.COLUMNS
QUOTE_COLUMNS = quotes.COLUMNS
DATE_COLUMNS = dates.COLUMNS
AMOUNT_COLUMNS = amounts.COLUMNS


# Sentences the model tags at once. Decoding them one at a time would cost more than the rules; a whole chunk at once held
# its score matrices and analyses together: a worker's peak memory went 913 → 512 MB on 12,700 ANT sentences with batches
# of 2,000 (whole documents), in the same time. A worker keeps what a batch's analyses fragmented until it stops, so smaller
# batches still tell: on 1,000 ANT articles (9,074 sentences) in a worker forked from the warm server, its own memory (USS)
# after the work was 234 MB with batches of 2,000, 181 with 1,000 and 175 with 500, in 6.3, 6.4 and 6.5 s of CPU.
TAGGED_AT_ONCE = 1000


def _analyse(sentences: pa.Table) -> Iterator[list[tuple[dict, Sentence]]]:
    """Each document's sentence rows with what they name, in order (a doc's sentences come together)."""
    for part in parallel.document_batches(sentences, -(-sentences.num_rows // TAGGED_AT_ONCE)):
        doc: list[tuple[dict, Sentence]] = []
        rows = part.select(["doc_id", "sentence_id", "text", "char_start", "partition_date"]).to_pylist()
        analysed = with_model_all([analyse_sentence(row["text"]) for row in rows], [row["doc_id"] for row in rows])
        for row, sentence in zip(rows, analysed):
            if doc and doc[0][0]["doc_id"] != row["doc_id"]:
                yield _with_document_senses(doc)
                doc = []
            doc.append((row, sentence))
        if doc:
            yield _with_document_senses(doc)


def _with_document_senses(doc: list[tuple[dict, Sentence]]) -> list[tuple[dict, Sentence]]:
    """The document's sentences after the passes that read one name the same way throughout it: local places, the Hajj's
    sites, a town's club, a name behind a clitic, a bracketed short name."""
    return _with_bracketed_bodies(_with_whole_names(_with_bare_names(_with_town_clubs(_with_hajj_sites(_with_local_places(doc))))))


def _with_bracketed_bodies(doc: list[tuple[dict, Sentence]]) -> list[tuple[dict, Sentence]]:
    """The document with a body's short name given in brackets after its name (`… للحليب ومشتقاته (أونيل)`, source
    `alias`) that body wherever else the document names it alone, where a person was read (`وأوضح [أونيل] أن`, a speaker
    the rules or the model took for a man): one sense per discourse, as a club's town."""
    bodies = {normalize_arabic(sentence.text[e.start : e.end]): e for _, sentence in doc for e in sentence.entities
              if e.source == "alias" and e.label == "ORG"}
    if not bodies:
        return doc  # most documents: no short name in brackets
    out = []
    for row, sentence in doc:
        entities = [dataclasses.replace(e, label="ORG", canonical=body.canonical, country_code=body.country_code)
                    if e.label == "PERSON" and (body := bodies.get(normalize_arabic(sentence.text[e.start : e.end]))) else e
                    for e in sentence.entities]
        out.append((row, sentence._replace(entities=entities)) if entities != sentence.entities else (row, sentence))
    return out


# Clitics a name is written behind (`و`, `ب`, `ل`, and `و` before `ب`/`ل`); `ف` and `ك` seldom are, and take names'
# own first letters (`فانس`, Vance, is no `ف` + `أنس`).
_CLITICS = ("وب", "ول", "و", "ب", "ل")
_LEFT = (4, 3)  # letters a name keeps at least: a person's or body's (`بولد` is no `ب` + `ولد`), a place's (`ب[غات]`)


def _with_bare_names(doc: list[tuple[dict, Sentence]]) -> list[tuple[dict, Sentence]]:
    """The document with a name found behind a clitic (`[و]ولاتة`, `[ب]ولاتة`) cut to the name as it writes it bare
    elsewhere (`مدينة ولاتة`), with the bare one's key: a name no lexicon or word count knows gives no way to tell a clitic
    from its own first letter (`وولاتة` kept whole, `بولاتة` keyed as `بلت`), but the document does. The same label
    only, four letters left at least, three of a place (`_LEFT`), and only where the whole word is one news hardly uses
    (`وادي`, `لبنان` stay)."""
    if not any(_behind_clitic(sentence.text, e) for _, sentence in doc for e in sentence.entities):
        return doc  # most documents: every such name a word news knows (`لبنان`, `واشنطن`)
    bare = {(normalize_arabic(sentence.text[e.start : e.end]), e.label): e for _, sentence in doc for e in sentence.entities}
    out = []
    for row, sentence in doc:
        entities = [_bare(sentence.text, e, bare) for e in sentence.entities]
        out.append((row, sentence._replace(entities=entities)) if entities != sentence.entities else (row, sentence))
    return out


def _behind_clitic(text: str, entity: Found) -> bool:
    """The entity's first word may be a name behind a clitic: it opens with one, and news hardly uses it whole."""
    if text[entity.start] not in "وبل":
        return False
    first = text[entity.start : entity.end].split(" ", 1)[0]
    return load_words().counts.get(word_key(first), 0) < RARE_IN_NEWS


def _bare(text: str, entity: Found, bare: dict[tuple[str, str], Found]) -> Found:
    if not _behind_clitic(text, entity):
        return entity
    name = normalize_arabic(text[entity.start : entity.end])
    for clitic in _CLITICS:
        left = len(name.split(" ", 1)[0]) - len(clitic)
        known = bare.get((name[len(clitic) :], entity.label)) if name.startswith(clitic) and left >= _LEFT[entity.label == "LOC"] else None
        if known is not None:
            start = entity.start + skip_letters(text[entity.start : entity.end], len(clitic))
            return dataclasses.replace(entity, start=start, canonical=known.canonical, country_code=known.country_code)
    return entity


def _with_whole_names(doc: list[tuple[dict, Sentence]]) -> list[tuple[dict, Sentence]]:
    """The document with a name cut behind what read as a clitic (`ف[الس]`, `ب[تكوين]`, `ل[ياو]`) given its letters back where
    the document names it whole elsewhere (`حول فالس`, `عن بتكوين`: an entity of exactly those letters, or a word of a
    person's name, `مانويل فالس`) and never writes what was left alone: the letter is the name's (Valls, bitcoin, Liao),
    whatever the rest reads as. The label stays the one read there; of the same label, the whole one's key goes with it.
    The converse of `_with_bare_names`, after it."""
    cut = [(k, e, size) for k, (_, sentence) in enumerate(doc) for e in sentence.entities
           if (size := _letters_before(sentence.text, e))]
    if not cut:
        return doc  # most documents: every name starts its word
    whole: dict[str, dict[str, Found]] = {}  # name → label → the first entity of it
    for _, sentence in doc:
        for e in sentence.entities:
            written = sentence.text[e.start : e.end]
            whole.setdefault(normalize_arabic(written), {}).setdefault(e.label, e)
            if e.label == "PERSON":  # and a person's every name but one with a pronoun (`حسام البدري [لرحيله]`, the model's)
                for word in written.split()[1:]:
                    if not word.endswith(("ه", "ها", "هم", "هما")):  # `مانويل [فالس]`
                        person = dataclasses.replace(e, canonical=canonical_key(word))
                        whole.setdefault(normalize_arabic(word), {}).setdefault("PERSON", person)
    texts = [normalize_arabic(sentence.text) for _, sentence in doc]
    out = list(doc)
    for k, e, size in cut:
        row, sentence = out[k]
        for letters in range(1, size + 1):  # `ف[الس]` → `فالس`; `وب[تكوين]` → `بتكوين`, the `و` still a clitic
            name = sentence.text[e.start - letters : e.end]
            labels = whole.get(normalize_arabic(name))
            if labels and not _alone(normalize_arabic(sentence.text[e.start : e.end]), texts):
                start, known = e.start - letters, labels.get(e.label)
                named = (dataclasses.replace(e, start=start, canonical=known.canonical, country_code=known.country_code)
                         if known is not None else dataclasses.replace(e, start=start, canonical=canonical_key(name)))
                out[k] = (row, sentence._replace(entities=[named if x is e else x for x in sentence.entities]))
                break
    return out


def _letters_before(text: str, entity: Found) -> int:
    """How many letters of the entity's word stand before it, where they are one or two clitics' (`و`, `ف`, `ب`, `ل`, `ك`);
    0 where the entity starts its word or other letters do."""
    word_start = entity.start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    size = entity.start - word_start
    return size if 0 < size <= 2 and all(letter in "وفبلك" for letter in text[word_start : entity.start]) else 0


def _alone(name: str, texts: Sequence[str]) -> bool:
    """`name` (normalised) stands as words of its own in one of the document's sentences (`texts`, normalised)."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return any(pattern.search(text) for text in texts)


def _with_town_clubs(doc: list[tuple[dict, Sentence]]) -> list[tuple[dict, Sentence]]:
    """The document with a town named as its football club anywhere in it (`club_towns`: `مهاجم ليفربول`, `برشلونة
    الإسباني`) its club wherever it is named, but where the text says town (`as_clubs`): one sense per discourse."""
    doc = [(row, sentence._replace(entities=clubs_of_towns(sentence.tokens, sentence.entities))) for row, sentence in doc]
    clubs = set().union(*(club_towns(sentence.tokens, sentence.entities) for _, sentence in doc), _towns_as_orgs(doc))
    if not clubs:
        return doc
    return [(row, sentence._replace(entities=as_clubs(sentence.tokens, sentence.entities, clubs))) for row, sentence in doc]


def _towns_as_orgs(doc: list[tuple[dict, Sentence]]) -> set[str]:
    """Keys of the gazetteer's towns (not capitals, which stand for their governments: `باريس`, `طهران`) the document names
    as an organisation by their name alone, the model's reading where no rule's context did (`ودع [برشلونة] البطولة`): the
    town's other mentions are its club too, as `club_towns`' are (`_with_town_clubs`)."""
    gazetteer, towns = load_gazetteer(), set()
    for _, sentence in doc:
        for e in sentence.entities:
            # the model's reading only: a rule's ORG named so has a head of its own (`محطة [براكة] للطاقة النووية`)
            name = normalize_arabic(sentence.text[e.start : e.end]) if e.label == "ORG" and e.source == "model" else ""
            if (place := gazetteer.places.get(name)) is not None and place.label == "LOC" and place.kind == "city":
                towns.add(gazetteer.key(name))
    return towns


def _with_hajj_sites(doc: list[tuple[dict, Sentence]]) -> list[tuple[dict, Sentence]]:
    """The document with Mina, Arafat and Muzdalifah the places wherever named alone, if it is about the Hajj
    (`find_hajj_sites`): one sense per discourse, as a club's town."""
    if not any(about_the_hajj(sentence.tokens) for _, sentence in doc):
        return doc
    return [(row, sentence._replace(entities=find_hajj_sites(sentence.tokens, sentence.entities))) for row, sentence in doc]


def _with_local_places(doc: list[tuple[dict, Sentence]]) -> list[tuple[dict, Sentence]]:
    """The document with the towns named like a common word that their context places (`find_local_places`): first those
    of lists and datelines, then, once the dateline's country is known, that country's after a locative (`بالداخلة` in
    MAP's dispatch from Dakhla is the town); without a dateline, the country the document is about (`_main_country`),
    after `في` or `ب` only."""
    doc = _plus_local_places(doc, None)
    if (country := _dateline_country(doc) or _agency_country(doc)) is not None:
        return _plus_local_places(_dateline_town_again(doc), country)
    country = _main_country(doc)
    return doc if country is None else _plus_local_places(doc, country, inferred=True)


def _dateline_town_again(doc: list[tuple[dict, Sentence]]) -> list[tuple[dict, Sentence]]:
    """The document with its dateline's town where a one-word person has its name, behind a clitic or not: in APS's
    dispatch datelined `بشار`, `اليوم الأحد [ببشار]` is the town, not the given name the model read. A person of more
    words keeps them (`بشار الأسد`)."""
    found_in, dateline = next(((s, e) for s, e in _datelines(doc) if e.source == "local"), (None, None))
    if dateline is None:
        return doc
    town = normalize_arabic(found_in.text[dateline.start : dateline.end])
    out = []
    for row, sentence in doc:
        found = []
        for e in sentence.entities:
            name = normalize_arabic(sentence.text[e.start : e.end])
            clitics = name[: len(name) - len(town)] if name.endswith(town) else None
            if e.label == "PERSON" and " " not in name and clitics is not None and clitics in ("", "و", "ب", "وب", "ل", "ول"):
                start = e.start + skip_letters(sentence.text[e.start : e.end], len(clitics))
                e = dataclasses.replace(dateline, start=start, end=e.end, anchor=e.anchor, source="local")
            found.append(e)
        out.append((row, sentence._replace(entities=found)))
    return out


def _agency_country(doc: list[tuple[dict, Sentence]]) -> str | None:
    """The country of the national news agency whose mark the document's first or second sentence bears (`/ وام /`, `(بترا)`:
    `find_wire_agencies`, keyed to the full name), by the country or nationality its name holds (`وكالة أنباء [الإمارات]`,
    `وكالة الأنباء [الأردنية]`): where the dateline's town is one the gazetteer leaves to context (`العين في 27 نوفمبر /
    وام /`), the wire's country is still its agency's."""
    countries, agencies = countries_by_word(), full_names()
    for _, sentence in doc[:2]:
        for e in sentence.entities:
            if e.label == "ORG" and e.canonical in agencies and e.canonical.startswith("وكل "):  # `وكالة …`
                codes = {countries.get(normalize_arabic(w).removeprefix("ال")) for w in agencies[e.canonical].split()} - {None}
                if len(codes) == 1:
                    return codes.pop()
    return None


def _main_country(doc: list[tuple[dict, Sentence]]) -> str | None:
    """The country a document without a dateline is about: the one its gazetteer places name (the country or its towns)
    at least twice and more than all others together (`في حماة` in an article on Syria's towns is the town)."""
    codes = Counter(e.country_code for _, sentence in doc for e in sentence.entities
                    if e.label == "LOC" and e.source == "gazetteer" and e.country_code)
    if not codes:
        return None
    code, n = codes.most_common(1)[0]
    return code if n >= 2 and n > sum(codes.values()) - n else None


def _plus_local_places(doc: list[tuple[dict, Sentence]], country: str | None, inferred: bool = False) -> list[tuple[dict, Sentence]]:
    out = []
    for row, sentence in doc:
        local = find_local_places(sentence.tokens, sentence.entities, country, inferred)
        if not local:
            out.append((row, sentence))
            continue
        # in place of the model's unkeyed place of the same span, the only entity a local place may overlap
        entities = in_place_of(sentence.entities, local)
        # and the places listed after them, as after the gazetteer's (`في [الرفاع] و[عوالي]`, `في [مدينة حمد] و[عالي]`)
        listed = find_places_after_opening(sentence.tokens, entities, lambda e, s=sentence: vetoed(s.text, e, s.outside))
        out.append((row, sentence._replace(entities=in_place_of(entities, listed))))
    return out


def _full_names(doc: list[tuple[dict, Sentence]]) -> dict[str, str]:
    """Surname keys → the canonical of the longest full name ending in them, within one document.

    `ستافان دي ميستورا` gives `مستر` and `دي مستر` → `ستفن دي مستر`, so `ميستورا` and `دي مستورا` join it. A name of
    three words or more also gives its first and last (`ليلى المهيري` of `ليلى عبدالله المهيري`, the father's name left
    out, every word between a given name, the one word between a name, `_one_middle_name`, or a lineage, `_lineage`), and
    its lineage word with its last or the next word (`ولد الغزواني` of `محمد ولد الشيخ الغزواني`, `بن سلمان` of `محمد بن
    سلمان بن عبد العزيز`), where no other full name of the document has the same two.
    """
    names: dict[str, str] = {}
    # each person with their name's words as written (normalised): `written[-1]` definite or not, its middle given names
    people = [(e, normalize_arabic(s.text[e.start : e.end]).split(" ")) for _, s in doc for e in s.entities if e.label == "PERSON"]
    ends: dict[str, set[str]] = {}
    for person, written in people:
        words = person.canonical.split(" ")
        if len(words) >= 3 and (all(w in given_names() for w in written[1:-1]) or _one_middle_name(written) or _lineage(written[1:-1])):
            ends.setdefault(f"{words[0]} {words[-1]}", set()).add(person.canonical)
        if len(words) >= 2 and written[0] in FAMILY_FIRST_NAMES:  # `كيم` of `كيم جونغ أون`: the family name is written first
            ends.setdefault(words[0], set()).add(person.canonical)
        for k in range(1, len(words) - 2):  # `ولد الغزواني` of `محمد ولد الشيخ الغزواني`, `ولد بلال` of `محمد ولد بلال مسعود`
            if words[k] in _LINEAGE:
                for short in (f"{words[k]} {words[-1]}", f"{words[k]} {words[k + 1]}"):
                    ends.setdefault(short, set()).add(person.canonical)
    for person, written in sorted(people, key=lambda p: -p[0].canonical.count(" ")):  # longest first wins
        words = person.canonical.split(" ")
        definite = written[-1].startswith("ال")
        for k in range(1, len(words)):
            tail = " ".join(words[k:])
            if len(tail) >= 3 and (tail not in WEAK_SURNAMES or definite and k == len(words) - 1):
                # (a given name is no surname, `حسن`; with the article it is a family's: `الحسن` of `عمار يوسف الحسن`)
                names.setdefault(("ال " if definite else "") + tail, person.canonical)
            if k >= 2 and words[k - 2] in _LINEAGE:  # `محمد بن راشد` of `محمد بن راشد آل مكتوم`
                names.setdefault(" ".join(words[:k]), person.canonical)
    for short, full in ends.items():
        if len(full) == 1 and short not in full:
            names.setdefault(short, full.pop())
    return names


_LINEAGE = frozenset(canonical_key(word) for word in ("بن", "ابن", "بنت", "ولد"))


def _one_middle_name(written: list[str]) -> bool:
    """A name of three words whose middle one is a father's or family name of four letters or more, no particle: `سهام
    [البوغديري] نمصية`, whose first and last are she (`سهام نمصية`); not `كيم [يو] جونغ`, a syllable of a Korean name."""
    return len(written) == 3 and len(written[1]) >= 4 and written[1] not in PARTICLE_WORDS


def _lineage(middle: list[str]) -> bool:
    """The words between a name's first and last are its lineage, `بن` and a name each time: `عبدالعزيز [بن خالد] الشمري`,
    whom the headline calls `عبدالعزيز الشمري`; not where the last is the second half of `عبد …` (`محمد بن سلمان بن [عبد]
    العزيز`)."""
    return (len(middle) >= 2 and len(middle) % 2 == 0 and all(word in _LINEAGE_WRITTEN for word in middle[::2])
            and middle[-1] != "عبد")


_LINEAGE_WRITTEN = frozenset({"بن", "ابن", "بنت", "ولد"})


def _found_names(doc: list[tuple[dict, Sentence]]) -> dict[tuple[str, ...], Found]:
    """Names found in the document by their context (role, speech verb, head noun), to find again
    where the context is missing: normalised words → the mention. A person's given name alone
    counts too (`وايد` after `وايد سيمز`), and a club's name without its head (`الإفريقي` after `النادي الإفريقي`);
    gazetteer names are found everywhere already.
    """
    names: dict[tuple[str, ...], Found] = {}
    for _, sentence in doc:
        for e in sentence.entities:
            words = tuple(normalize_arabic(sentence.text[e.start : e.end]).split(" "))
            first = words[0]
            if e.label == "ORG" and _club_first_word(club := _club_named(words)):
                names.setdefault(club[:1], e)  # `النجم` after `النجم الرياضي الساحلي` (the gazetteer's too): the club
            elif e.label == "ORG" and len(words) == 2 and first in _CLUB_HEADS and words[1].startswith("ال") and words[1] not in _SPORTING:
                names.setdefault(words[1:], e)  # `الإفريقي` after `النادي الإفريقي`, `الهلال` after `نادي الهلال`
            elif e.label == "MISC" and len(words) > 2 and words[-1] in FESTIVAL_ARTS and first.endswith("ايام"):
                names.setdefault(("ايام", *words[1:-1]), e)  # `أيام قرطاج` after `أيام قرطاج المسرحية`: the festival
            elif e.label == "ORG" and _kind_then_place_name(words):
                names.setdefault(words[1:], e)  # `كهرباء لبنان` of `مؤسسة كهرباء لبنان`, `نفط الكويت` of `شركة نفط الكويت`
            if e.source == "gazetteer":
                continue
            names.setdefault(words, e)
            if (e.label == "PERSON" and len(words) > 1 and len(first) >= 3 and first not in WEAK_SURNAMES | PARTICLE_WORDS
                    and first.removeprefix("ال") not in RANKS):  # (`الشيخ` of `الشيخ ولد بيده` opens other names too)
                names.setdefault((first,), e)
    return names


def _kind_then_place_name(words: tuple[str, ...]) -> bool:
    """A company's or an establishment's kind, then an indefinite noun of what it runs and the country or town it is of:
    `مؤسسة [كهرباء لبنان]`, `شركة [نفط الكويت]`, whose name without the kind stands for it (a headline's `كهرباء لبنان:`)."""
    return (len(words) == 3 and words[0] in _KINDS_OF_ESTABLISHMENT and not DEFINITE.match(words[1])
            and (place := load_gazetteer().places.get(words[2])) is not None and place.label == "LOC")


_KINDS_OF_ESTABLISHMENT = frozenset({"مؤسسه", "شركه"})
# What names a sports club (`الترجي الرياضي التونسي`, `النجم الرياضي الساحلي`), normalised.
_SPORTING = frozenset({"الرياضي", "الرياضيه"})
_CLUB_HEADS = frozenset({"النادي", "نادي"})  # a club named by them and one word, which alone stands for it after
_DEFINITE_HEADS = DEFINITE_HEADS | KIND_HEADS  # once, not at every entity of every document


def _club_first_word(words: tuple[str, ...]) -> bool:
    """A sports club's name whose first word stands for it alone in the same document: `الترجي` of `الترجي الرياضي
    التونسي`, as Maghreb sports news writes; not a head noun (`النادي الرياضي …`: any club)."""
    first = words[0]
    return (len(words) > 1 and not _SPORTING.isdisjoint(words[1:]) and first.startswith("ال") and len(first) > 4
            and first[2:] not in HEADS and first not in _DEFINITE_HEADS)


def _club_named(words: tuple[str, ...]) -> tuple[str, ...]:
    """A club's name without the `نادي` it is written with (`نادي الوداد الرياضي` → `الوداد الرياضي`)."""
    return words[1:] if len(words) > 2 and words[0] in _CLUB_HEADS else words


def _club_of_town(words: tuple[str, ...]) -> bool:
    """A club the gazetteer knows named by a word and its town (`مولودية الجزائر`, `شبيبة القبائل`, `وفاق سطيف`), whose
    word with the article stands for it alone in the same document (`المولودية`); not a head noun (`اتحاد العاصمة`: a
    lone `الاتحاد` is as often a federation)."""
    return (len(words) == 2 and not words[0].startswith("ال") and len(words[0]) > 3 and words[0] not in HEADS
            and words[1] in load_gazetteer().places)


def _org_words(name: str) -> tuple[str, ...]:
    """An organisation's words as `_short_forms` compares them: normalised, without the article or `لل` (`للشغل` → `شغل`),
    and a sport without its `ل` (`لكرة` → `كرة`: `اتحاد كرة القدم` of `الاتحاد المصري لكرة القدم`)."""
    return tuple(_SPORT_WORDS.get(word, word) for word in _bare_words(name, ("ال", "لل")))


def _bare_words(name: str, articles: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words less marks and hamza seats, and less `articles` before a word of more than two letters besides."""
    words = fold_hamza_seats(normalize_arabic(name)).split(" ")
    return tuple(w[2:] if w.startswith(articles) and len(w) > 4 else w for w in words)


# `لكرة القدم`, `لكرة اليد`, `لألعاب القوى` → the word as `_bare_words` reads it without its `ل` (`ألعاب` as `عاب`, as if
# its alef and lam were the article: so it is read where it stands bare)
_SPORT_WORDS = {sport: _bare_words(sport[1:], ("ال", "لل"))[0] for sport in SPORTS}


def _short_forms(doc: list[tuple[dict, Sentence]]) -> dict[str, str]:
    """Organisations' short forms → the canonical of their full name in the same document.

    A name of two words or more is a short form of a longer one when it keeps its first and last words and
    drops only words between: `هيئة الانتخابات` of `الهيئة العليا المستقلة للانتخابات`, `اتحاد الشغل` of
    `الاتحاد العام التونسي للشغل`; not `المحكمة الابتدائية` of `المحكمة الابتدائية بقفصة`, whose last word
    differs. Only where the document names one such full name, or full names each a short form of the
    longest: two commissions that both end in `للانتخابات` leave their short form alone. A club's first word alone is
    its short form too (`الوداد` of `الوداد الرياضي`, `_club_first_word`), where the document names one such club. And
    so is how a full name the document wrote before begins, where a purpose or a word joined by `و` follows
    (`_leading_part`: `سوق أبوظبي` of `سوق أبوظبي للأوراق المالية`, `دايو` of `دايو للهندسة والإنشاءات`), unless the
    gazetteer, an alias or an acronym named the short form (`الاتحاد الأوروبي` is no `… لكرة القدم`).
    """
    forms: dict[str, tuple[str, ...]] = {}
    written: dict[str, tuple[str, ...]] = {}  # the same words with their `ال` and `لل` (`_leading_part`)
    labels: dict[str, str] = {}
    known: set[str] = set()  # keys of names the gazetteer, an alias or an acronym gave: an entity of its own
    first: dict[str, int] = {}  # the order of each key's first mention
    clubs: dict[str, set[str]] = {}  # a club's first word → its full names' keys (`الوداد` → `الوداد الرياضي`)
    country = _dateline_country(doc) or _agency_country(doc)
    for _, sentence in doc:
        for e in sentence.entities:
            if e.label in ("ORG", "MISC") and "@" not in e.canonical:  # bodies, and events (`معرض الدوحة للكتاب`)
                forms.setdefault(e.canonical, _org_words(sentence.text[e.start : e.end]))
                written.setdefault(e.canonical, _bare_words(sentence.text[e.start : e.end], ()))
                first.setdefault(e.canonical, len(first))
                labels.setdefault(e.canonical, e.label)
                if e.source in _NAMED_BY_LIST:
                    known.add(e.canonical)
            if e.label != "ORG":
                continue
            words = tuple(normalize_arabic(sentence.text[e.start : e.end]).split(" "))
            if _club_first_word(club := _club_named(words)):
                clubs.setdefault(club[0], set()).add(e.canonical)
            elif e.source == "gazetteer" and _club_of_town(words):
                clubs.setdefault("ال" + words[0], set()).add(e.canonical)  # `المولودية` of `مولودية الجزائر`
    joined: dict[str, str] = {}
    for key, words in forms.items():  # `الوداد` alone, after `الوداد الرياضي`: the club (`_club_first_word`)
        if labels[key] == "ORG" and len(words) == 1 and len(full := clubs.get("ال" + words[0], set()) - {key}) == 1:
            joined[key] = next(iter(full))

    def fits(short: str, full: str) -> bool:
        # a name's leading part stands for it once the full name is written (news names a body in full first): a longer
        # span met later is as often a name run on into the clause (`بارما [للمركز]`, `وزارة الخارجية التركية [للحصول]`)
        leading = short not in known and first[full] < first[short] and (
            _leading_part(forms[short], forms[full], written[full])
            or labels[short] == "ORG" and _beside_its_town(forms[short], forms[full], written[full]))
        return leading or (len(forms[short]) > 1 and (_short_of(forms[short], forms[full])
                                                      or _without_own_nationality(short, full, written[full], country)
                                                      or _country_spelled_out(written[short], written[full])))

    for short, words in forms.items():
        if len(words) < 2 and not (labels[short] == "ORG" and short not in known and _proper_word(written[short][0])):
            continue
        if all(word in LETTER_NAMES for word in written[short]):
            continue  # letters spelt out are an acronym of their own: `أي [بي سي]` (ABC) is no short `بي بي سي`
        longer = [(len(w), key) for key, w in forms.items() if len(w) > len(words) and labels[key] == labels[short] and fits(short, key)]
        if longer and all(fits(key, max(longer)[1]) for _, key in longer):
            joined[short] = max(longer)[1]
    return joined


_NAMED_BY_LIST = frozenset({"gazetteer", "alias", "acronym"})


def _without_own_nationality(short: str, full: str, written: tuple[str, ...], country: str | None) -> bool:
    """`short` is `full` without the adjective of the wire's own country that ends it (`written`, `full`'s words): in a TAP
    dispatch `الصيدلية المركزية` of `الصيدلية المركزية التونسية`, also written `[لصيدلية] المركزية التونسية` after `ل`, which
    the keys compare as read. Another country's adjective names another body (`البنك المركزي [الأوروبي]`)."""
    return (country is not None and short.count(" ") >= 1 and full.rsplit(" ", 1)[0] == short
            and countries_by_word().get(written[-1].removeprefix("ال")) == country)


def _country_spelled_out(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` and `full` (`_bare_words`) are one body of one country, its name short in one and in full in the other:
    `جامعة الإمارات` of `جامعة الإمارات العربية المتحدة`, `سفارة المغرب` of `سفارة المملكة المغربية`."""
    places = load_gazetteer().places
    for j in range(1, len(short)):
        if short[:j] != full[:j]:
            return False
        one, other = places.get(" ".join(short[j:])), places.get(" ".join(full[j:]))
        if (one is not None and other is not None and one.kind == other.kind == "country" and one.country_code == other.country_code
                and len(full) > len(short)):
            return True
    return False


def _leading_part(short: tuple[str, ...], full: tuple[str, ...], written: tuple[str, ...]) -> bool:
    """`short` is how `full` begins, the rest a purpose or a genitive after `ل` or words joined by `و`: `صندوق النقد` no,
    but `سوق أبوظبي` of `سوق أبوظبي للأوراق المالية`, `الإدارة العامة للمرور` of `… للمرور والتراخيص`, `دايو` of `دايو
    للهندسة والإنشاءات`, `اللجنة الحكومية الدولية` of `… لصون التراث الثقافي غير المادي`, also past its epithets (`_EPITHETS`: `طواف المغرب` of
    `طواف المغرب الدولي للدراجات`). Not an adjective after it, which
    names another body (`_without_epithets`: `البنك المركزي الأوروبي`). Both as `_org_words` spells them; `written`, `full`'s
    words with their `ال` and `لل` (`_bare_words`), says what follows."""
    n = len(short)
    if len(full) <= n or full[:n] != short:
        return False
    k = n
    while k < len(full) - 1 and full[k] in _EPITHETS:
        k += 1  # its epithets first: `طواف الشارقة` of `طواف الشارقة [الدولي] للدراجات الهوائية`
    return _joined_on(written[k])


def _beside_its_town(short: tuple[str, ...], full: tuple[str, ...], written: tuple[str, ...]) -> bool:
    """`short` is the one word of a two-word name that is not its town: `بايرن` of `بايرن ميونخ`, `يونايتد` of `مانشستر
    يونايتد`, `أرامكو` of `أرامكو السعودية` (on the ANT slice `بايرن` alone had a key of its own in 24 documents that named
    the club in full, `يونايتد` in 26). Where the document names two such (`مانشستر سيتي`, `ليستر سيتي`), `_short_forms`
    joins neither."""
    if len(short) != 1 or len(full) != 2 or short[0] not in full:
        return False
    place = load_gazetteer().places.get(written[1 - full.index(short[0])])
    return place is not None and place.label == "LOC"


def _joined_on(word: str) -> bool:
    """`word` opens with `و`, or with the preposition `ل` (`للأوراق`; `لصون`, `لكرة`: news writes the word without it too),
    not a name's own `ل` (`ليون` of `أولمبيك ليون`, `لندن`: `يون` and `ندن` hardly news words)."""
    if word.startswith(("و", "لل")):
        return True
    counts = load_words().counts
    return word.startswith("ل") and counts.get(word_key(word[1:]), 0) * 3 > counts.get(word_key(word), 0)


def _proper_word(word: str) -> bool:
    """A one-word organisation that may be its longer name's short form (`دايو`, `هانوا`, `جوبي`): no article, no head noun,
    no given name and no word that names no one, four letters or more."""
    return len(word) >= 4 and not word.startswith(("ال", "و")) and word not in HEADS and word not in given_names() and word not in not_names()


# A wire's dateline after its city: `تونس 5 أفريل (وات) -`, `الكويت - 22 - 11 (كونا) --`, `دبي في 14 يناير / وام /`,
# `انواكشوط، 19 مارس 2024 (و م أ) -` (Mauritania's agency puts a comma after the city).
_DATELINE_AFTER = re.compile(r"\s*[،,]?\s*(?:[-–—(/]|في\s+[\d٠-٩]|[\d٠-٩])")


def _coded(doc: list[tuple[dict, Sentence]]) -> dict[str, str]:
    """A body's name written once with its Latin short name after it (`المكتب الوطني للسكك الحديدية (ONCF)`, keyed by the
    short name, `extract_acronyms.find_aliases`) → that key, for the name's other mentions in the document, written without
    it: the key of the name as written (`canonical_key`) → the short name's. An Arabic short name too where marks hold it
    (`المجمع الصناعي لإسمنت الجزائر "جيكا"`, the headline's name without it), not where brackets do, which is as often what
    the body is (`حزب الشعب الجمهوري (يسار الوسط)`) as what it is called."""
    coded = {}
    for _, sentence in doc:
        for short in sentence.entities:
            if short.source != "alias" or not (short.canonical.isascii() or all_marks_hold(sentence.text, short.start, short.end)):
                continue
            full = next((e for e in sentence.entities if e.end < short.start and e.canonical == short.canonical
                         and e.label == short.label and e.source != "alias"), None)
            if full is not None:
                coded.setdefault(canonical_key(sentence.text[full.start : full.end]), short.canonical)
    return coded


def _dateline_country(doc: list[tuple[dict, Sentence]]) -> str | None:
    """The country of the document's dateline city, the gazetteer place its first or second sentence (after a
    headline) opens with: the country a wire's national bodies are of (`_national_bodies`)."""
    return next((e.country_code for _, e in _datelines(doc) if e.source in ("gazetteer", "local") and e.country_code), None)


def _dateline(doc: list[tuple[dict, Sentence]]) -> tuple[str, ...] | None:
    """The spelling (`_spelling`) of the place the document's first or second sentence opens with as a dateline, found
    by any finder (`عمان 5 مايو (بترا) -`), or None."""
    return next((_spelling(sentence.text[e.start : e.end]) for sentence, e in _datelines(doc)), None)


def _datelines(doc: list[tuple[dict, Sentence]]) -> Iterator[tuple[Sentence, Found]]:
    """The place the document's first or second sentence (after a headline) opens with as a dateline, with its sentence:
    the first of them, a LOC with nothing before it and a date, a dash or a bracket after (`_DATELINE_AFTER`)."""
    for _, sentence in doc[:2]:
        first = min(sentence.entities, key=lambda e: e.start, default=None)
        if (first is not None and first.label == "LOC" and not sentence.text[: first.start].strip()
                and _DATELINE_AFTER.match(sentence.text, first.end)):
            yield sentence, first


def _national_bodies(doc: list[tuple[dict, Sentence]]) -> dict[str, str]:
    """Keys of the document's national bodies named without their country (`مجلس الوزراء`, `وزارة الخارجية`,
    `البنك المركزي`) → the same with the dateline's country (`مجلس وزر@BH`): a ministry or cabinet of one country is no
    other's, and a wire's are its own country's. A body named with a place or nationality keeps its key (`وزارة الخارجية
    الأمريكية`), and so do international ones the gazetteer knows (`مجلس الأمن`). No dateline, no change."""
    country = _dateline_country(doc)
    if country is None:
        return {}
    bodies = {}
    for _, sentence in doc:
        for e in sentence.entities:
            if e.label == "ORG" and "@" not in e.canonical and _national(sentence.text[e.start : e.end], e.source):
                bodies[e.canonical] = f"{e.canonical}@{country}"
    return bodies


def _national(name: str, source: str) -> bool:
    words = normalize_arabic(name).split()
    if source == "gazetteer":  # a society with its kind too (`جمعية الهلال الأحمر`, `extract_places.SOCIETIES`)
        return " ".join(words[1:] if words[0] in SOCIETY_KINDS else words) in BODIES_OF_EVERY_COUNTRY
    gazetteer, adjectives = load_gazetteer(), nationalities()
    return (words[0] in NATIONAL_HEADS and not any(w in gazetteer.places or w in adjectives for w in words)
            and not any(w in INTERNATIONAL_WORDS for w in words))


def _with_country(short: dict[str, str], national: dict[str, str]) -> dict[str, str]:
    """Short forms' keys (`_short_forms`) and national bodies' (`_national_bodies`) in one map: a short form of a
    national body takes the body's key with its country."""
    return national | {key: national.get(full, full) for key, full in short.items()}


_NAMESAKE_BODIES = frozenset(fold_hamza_seats(head) for head in NAMESAKE_BODY_HEADS)  # as `_org_words` spells them
_NAMESAKE_TITLES = frozenset(fold_hamza_seats(title.removeprefix("ال")) for title in NAMESAKE_TITLES)  # `سيدي` has none


def _short_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` is a short form of `full`: it keeps its ends (`_keeps_ends`), or it is a body named after a person without
    the rest of its name (`مركز الملك سلمان` of `مركز الملك سلمان للإغاثة والأعمال الإنسانية`, `مؤسسة الشيخ خليفة` of
    `مؤسسة الشيخ خليفة بن زايد`: a head and at least two words of the person's name), a ministry's (`_ministry_of`), or
    it is `full` without the epithets that end it (`_without_epithets`)."""
    return (_keeps_ends(short, full) or (len(short) >= 3 and short[0] in _NAMESAKE_BODIES and full[: len(short)] == short
                                         and (short[1] in _NAMESAKE_TITLES or short[1] in given_names()))
            or _ministry_of(short, full) or _without_epithets(short, full) or _general_directorate_of(short, full)
            or _without_seat(short, full))


def _without_seat(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` is `full` without the town or the body it is in, after `ب` (`extract_orgs.join_bodies`): `وزارة الداخلية` of
    `وزارة الداخلية بحكومة الوحدة الوطنية`, `جامعة محمد الخامس` of `جامعة محمد الخامس بالرباط`."""
    return len(full) > len(short) and full[: len(short)] == short and full[len(short)].startswith("ب")


def _general_directorate_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` is what a general directorate or administration is for, which stands for it: `الدفاع المدني` of `المديرية
    العامة للدفاع المدني`, `الحماية المدنية` of `المديرية العامة للحماية المدنية`, `الجمارك` of `الإدارة العامة للجمارك`
    (`_org_words` drops the `لل` of the purpose). Not another kind of body: `الأمم المتحدة` is no short form of `الجمعية
    العامة للأمم المتحدة`."""
    return len(full) == len(short) + 2 and full[0] in _DIRECTORATES and full[1] in _GENERAL and full[2:] == short


_GENERAL = frozenset({"عام", "عامه"})
_DIRECTORATES = frozenset({"مديريه", "اداره"})


def _ministry_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """A ministry's or an authority's short name, its full one cut before a `و` of what else it is for: `وزارة الكهرباء` of
    `وزارة الكهرباء والماء والطاقة المتجددة`, `وزارة الخارجية` of `… والتعاون الدولي`, `هيئة الوثائق` of `هيئة الوثائق
    والمحفوظات الوطنية`, `الوكالة الوطنية لسجل السكان` of `… والوثائق المؤمنة`, also past an adjective of the short name
    (`وزارة التهذيب` of `… الوطني وإصلاح النظام التعليمي`, the second work's noun in construct). Only bodies named for what they are for:
    other names so cut on ANT were spans run on too far (`جامعة هارفارد [والباحثين]`, `إدارة الفندق [والسلطات المحلية]`)."""
    rest = full[len(short) :]
    if not (short[0] in _CUT_HEADS and full[: len(short)] == short and rest):
        return False
    if rest[0].endswith(("ي", "يه")) and not rest[0].startswith("ل") and len(rest) > 2 and rest[1].startswith("و"):
        rest = rest[1:]  # its adjective before the `و`: `وزارة التهذيب` of `وزارة التهذيب [الوطني] وإصلاح النظام التعليمي`
        return all(w.startswith("و") or w.endswith(("ي", "يه", "ه")) or rest[k - 1].startswith("و") for k, w in enumerate(rest))
    return rest[0].startswith("و") and all(w.startswith("و") or w.startswith("ال") or w.endswith(("ي", "يه", "ه"))
                                           or rest[k - 1].startswith("و") for k, w in enumerate(rest))  # `[وتقنية] المعلومات`


_CUT_HEADS = frozenset(_org_words("وزارة هيئة وكالة مديرية صندوق مؤسسة ديوان مجمع"))  # as `_org_words` spells them: `هيئة` → `هييه`


def _without_epithets(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short`, of two words or more, is `full` without the words that end it, each `international`, `world`, an ordinal or
    an art: `مجلس الأمن` of `مجلس الأمن الدولي`, `صندوق النقد` of `صندوق النقد الدولي`, `مؤتمر المحيط الهندي` of `… الثامن`,
    `أيام قرطاج` of `أيام قرطاج المسرحية`. Not a nationality nor any other adjective, which names another body (`البنك
    المركزي الأوروبي`, `مجلس الأمن القومي`)."""
    return len(short) >= 2 and full[: len(short)] == short and all(w in _EPITHETS for w in full[len(short) :])


# As `_org_words` spells them: `الدولية` → `دوليه`, `الثامن` → `ثامن`, `الأولى` → `اولي`.
_EPITHETS = frozenset(_org_words(word)[0] for word in (
    "الدولي", "الدولية", "العالمي", "العالمية", "الاولي", *ORDINALS, *(ordinal + "ه" for ordinal in ORDINALS),
    "السينمائي", "السينمائية", "المسرحي", "المسرحية", "الموسيقي", "الموسيقية"))  # `مهرجان القاهرة [السينمائي]`


def _keeps_ends(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """`short` is `full` with words dropped between its first and last (`full` itself counts); not its head and last word
    alone where the words between hold a pair of nouns the head is of, which names another body: `الجامعة الأردنية` (the
    University of Jordan) is no short form of `جامعة العلوم والتكنولوجيا الأردنية`, as `الهيئة العليا المستقلة للانتخابات`
    drops only its adjectives for `هيئة الانتخابات`."""
    if short[0] != full[0] or short[-1] != full[-1]:
        return False
    if len(full) > len(short) and _a_place(full[1:]) and _a_place(short[1:]):
        return False  # two towns' bodies: `بلدية سوسة` is no short form of `بلدية حمام سوسة` (the town `حمام سوسة`)
    if len(short) == 2 and any(word.startswith("وال") and len(word) > 5 for word in full[1:-1]):
        return False  # (a short form that keeps one of the pair is one: `هيئة المنافسة البريطانية`, `لجنة النقل بمجلس النواب`)
    if "في" in full[1:-1] and "في" not in short:
        return False  # a body named with the town it is in: `جامعة الشارقة` is no short form of `الجامعة الأمريكية في الشارقة`
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])  # in order: `in` consumes the iterator


def _a_place(words: tuple[str, ...]) -> bool:
    """Words (`_org_words`: no article) that name a place the gazetteer knows, with or without the article."""
    places, name = load_gazetteer().places, " ".join(words)
    return name in places or "ال" + name in places


def _linked(doc: list[tuple[dict, Sentence]], names: dict[str, str], orgs: dict[str, str]) -> Iterator[tuple[dict, list[Found]]]:
    """Each sentence's entities, names found elsewhere in the document found again, surnames
    alone keyed to their full name (`names`): `ميستورا` → `ستفن دي مستر`, organisations' short
    forms to theirs (`_short_forms`), and places to their country (`_place_countries`)."""
    places = _place_countries(doc)
    countries = _countries_named(doc)
    amman = _amman_or_oman_of(doc, countries)
    found_names = _found_names(doc)
    firsts = frozenset(key[0] for key in found_names)  # most words start no name: one set test passes them
    latin = _latin_names(doc)
    ruled = _ruled_names(doc)
    written = _definite_surnames(doc) if names else frozenset()
    for row, sentence in doc:
        found = [_keyed_as_ruled(e, sentence.text, ruled) for e in sentence.entities]
        if latin:
            found = without_overlaps(found + _latin_repeats(sentence.text, latin, found))
        if names:  # first: `دي ميستورا` is one surname, before `ميستورا` is found again alone
            surnames = find_surnames(sentence.tokens, sentence.taken, names, found, written)
            found = without_overlaps(found + [s for s in surnames if not vetoed(sentence.text, s, sentence.outside)])
        if found_names:
            found = without_overlaps(found + find_repeats(sentence.tokens, sentence.taken, found_names, found, firsts))
        yield row, [_regioned(_of_the_country(_placed(_relinked(_unglued(e, sentence.text, names), sentence.text, names, orgs),
                                                      sentence.text, places), sentence.text, countries, amman), sentence.text)
                                for e in found]


def _definite_surnames(doc: list[tuple[dict, Sentence]]) -> frozenset[str]:
    """The last words with the article of the document's people named in full, as written (normalised): `المالكي` of
    `تركي المالكي`, which a surname alone must be spelt as (`find_surnames`), not `الملكي` (royal) of the same key; nor
    the people a nisba names (`[الأوزبك]` of `صلاح الدين الأوزبكي`), though a document that spells its name two ways loses
    the other (`فراز القزازي` … `القزاز`, 5 rows on the ANT slice, against 38 of junk gone)."""
    return frozenset(last for _, s in doc for e in s.entities if e.label == "PERSON"
                     and " " in (name := normalize_arabic(s.text[e.start : e.end])) and (last := name.rsplit(" ", 1)[1]).startswith("ال"))


def _ruled_names(doc: list[tuple[dict, Sentence]]) -> dict[tuple[str, str], Found]:
    """The document's names that a rule found, by their normalised words and type: what the model finds written the
    same elsewhere in the document is that name (`_keyed_as_ruled`)."""
    ruled: dict[tuple[str, str], Found] = {}
    for _, sentence in doc:
        for e in sentence.entities:
            if e.source != "model":
                ruled.setdefault((normalize_arabic(sentence.text[e.start : e.end]), e.label), e)
    return ruled


def _keyed_as_ruled(entity: Found, text: str, ruled: dict[tuple[str, str], Found]) -> Found:
    """The model's entity with the key and country of a rule's of the same words and type in the document: where the model
    tags a name the rules' finders would have found again (the repeat, listed and local finders pass by a word an entity
    covers), it keeps the rule's key (`وتعد [QNB]` after `بنك قطر الوطني QNB`, `بنك قطر وطن`), not one of its own words.
    Not a place: `_placed` keys places to their country, and not where the document names two of one spelling (`أدرار`)."""
    if entity.source != "model" or entity.label == "LOC":
        return entity
    return keyed_like(entity, ruled.get((normalize_arabic(text[entity.start : entity.end]), entity.label)))


def _latin_names(doc: list[tuple[dict, Sentence]]) -> dict[str, Found]:
    """The document's names in Latin capitals (`QNB`, `ONCF`, `ENEC`), found by a rule: the tokens the repeat finder reads
    are Arabic words only, so these are found again by their letters (`_latin_repeats`)."""
    return {sentence.text[e.start : e.end]: e for _, sentence in doc for e in sentence.entities
            if e.source in ("alias", "acronym", "head") and _LATIN_NAME.fullmatch(sentence.text[e.start : e.end])}


_LATIN_NAME = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


def _latin_repeats(text: str, latin: dict[str, Found], found: list[Found]) -> list[Found]:
    """The document's Latin names (`_latin_names`) where this sentence writes them again, as whole words, and no other
    entity lies: `وتعد [QNB] أكبر مؤسسة مالية` after `بنك قطر الوطني QNB`."""
    again = []
    for name, known in latin.items():
        for m in re.finditer(rf"(?<![A-Za-z0-9]){re.escape(name)}(?![A-Za-z0-9])", text):
            if all(m.end() <= e.start or m.start() >= e.end for e in found):
                again.append(dataclasses.replace(known, start=m.start(), end=m.end(), source="document"))
    return again


def _place_countries(doc: list[tuple[dict, Sentence]]) -> dict[tuple[str, ...], Found]:
    """Places' spellings (`_spelling`) → a mention of theirs the document keys with a country: one spelling is one
    place within a document, and where a list of a region's towns or a dateline placed it (`صبيا@SA`), its other
    mentions take that key (`_placed`); a state named with its kind is so named without it too (`سلطنة عمان`, then
    `عمان`). Not a spelling the document places in two countries. The spelling, not the key: keys drop long vowels, and
    `مكسيكو` (the city) is no `المكسيك`."""
    placed: dict[tuple[str, ...], set[Found]] = {}
    dateline = _dateline(doc)
    for _, sentence in doc:
        for e in sentence.entities:
            if e.label == "LOC" and e.country_code and e.canonical.endswith("@" + e.country_code):
                spelling = _spelling(sentence.text[e.start : e.end])
                placed.setdefault(spelling, set()).add(e)
                # `عمان` of `سلطنة عمان`: the sultanate, not Amman; but where the dispatch is datelined `عمان`, Amman
                if len(spelling) > 1 and spelling[0] in _STATE_KINDS and spelling[1:] != dateline:
                    placed.setdefault(spelling[1:], set()).add(e)
    return {spelling: next(iter(found)) for spelling, found in placed.items() if len({e.canonical for e in found}) == 1}


_STATE_KINDS = frozenset({"سلطنه", "مملكه", "دوله", "جمهوريه", "اماره"})  # as `_spelling` writes them


def _placed(entity: Found, text: str, places: dict[tuple[str, ...], Found]) -> Found:
    """A place keyed without a country (the model's, a place after its kind) with the key its spelling has elsewhere in
    the document (`_place_countries`): `صبيا` → `صبيا@SA`."""
    if entity.label != "LOC" or entity.country_code or not places:
        return entity
    known = places.get(_spelling(text[entity.start : entity.end]))
    if known is None:
        return entity
    return dataclasses.replace(entity, canonical=known.canonical, country_code=known.country_code)


def _countries_named(doc: list[tuple[dict, Sentence]]) -> frozenset[str]:
    """The countries of the places the document names (`ليبيا`, `بنغازي`: LY; `بيروت`: LB) and of its dateline."""
    named = {e.country_code for _, s in doc for e in s.entities if e.label == "LOC" and e.country_code}
    dateline = _dateline_country(doc)
    return frozenset(named | ({dateline} if dateline else set()))


def _of_the_country(entity: Found, text: str, countries: frozenset[str], amman: str | None = None) -> Found:
    """A city of one name in two countries (`CITIES_OF_TWO_COUNTRIES`) placed in the one of them its document's places
    are in (`countries`, `_countries_named`): `طرابلس` beside `ليبيا` or `بنغازي` is Tripoli of Libya, beside `لبنان` or
    `بيروت` of Lebanon; beside both or neither, no country."""
    if entity.label != "LOC" or entity.country_code:
        return entity
    name = normalize_arabic(text[entity.start : entity.end])
    if name == "عمان":
        country = _amman_or_oman(entity, text) or amman
        return entity if country is None else dataclasses.replace(entity, canonical=_AMMAN_OMAN[country], country_code=country)
    candidates = CITIES_OF_TWO_COUNTRIES.get(name)
    named = candidates & countries if candidates else frozenset()
    if len(named) != 1:
        return entity
    country = next(iter(named))
    return dataclasses.replace(entity, canonical=f"{entity.canonical}@{country}", country_code=country)


# `عمان` is Oman and Jordan's capital Amman, one spelling (`AMBIGUOUS_PLACES`): told apart by the marks a writer adds, by
# `العاصمة` before Amman (`معسكر في العاصمة [عمان]`), by the places `و` joins it to (cities or countries), and else by the
# document (`_amman_or_oman_of`).
_AMMAN_WRITTEN = re.compile(r"(?<![\w\u064b-\u0652])[وب]?(عم[\u064b-\u0652]*ان)(?![\w\u064b-\u0652])")  # a word, behind `و`/`ب`
_THE_CAPITAL = re.compile(r"(?:^|\s)[وب]?العاصمه(?: الاردنيه)?$")  # (normalised: the space before the name gone)
_AMMAN_OMAN = {"JO": "عمن@JO", "OM": "سلطن عمن@OM"}  # `place_key` of Amman in Jordan; the gazetteer's key of `سلطنة عمان`


def _amman_or_oman(entity: Found, text: str) -> str | None:
    """`JO` (Amman) or `OM` (Oman) where the mention `عمان` or the words around it say which (`_of_the_country`): keyed
    alike, the country and the city had merged in the warehouse."""
    before, written = text[max(0, entity.start - 25) : entity.start], text[entity.start : entity.end]
    if "\u064f" in written or "\u0651" in written:  # `عُمان` (Oman), `عمّان` (Amman): the marks that tell them apart
        return "OM" if "\u064f" in written else "JO"
    if before[-1:].isspace() and _THE_CAPITAL.search(normalize_arabic(before)):
        return "JO"
    listed = _listed_with(text, entity)
    return "JO" if listed and listed <= {"city", "capital"} else "OM" if listed == {"country"} else None


def _amman_or_oman_of(doc: list[tuple[dict, Sentence]], countries: frozenset[str]) -> str | None:
    """Which `عمان` the document's other mentions are: the one its mentions say (`_amman_or_oman`), where they agree;
    else Amman where the dispatch is datelined there (`عمان 7 آذار (بترا)`); else the one of the two countries its places
    are in (`_countries_named`)."""
    if not any(e.label == "LOC" and normalize_arabic(sentence.text[e.start : e.end]) == "عمان"
               for _, sentence in doc for e in sentence.entities):
        return None  # most documents: none of the rest is read
    # every `عمان` the text writes, found yet or not (a mention the tagger missed is found again later, `find_repeats`:
    # `المقررة بالعاصمة الأردنية [عمان]` says which the `موعد عمان` of a quote further on is)
    mentions = [(Found(m.start(1), m.end(1), "LOC", "", "", None, 0), sentence.text) for _, sentence in doc
                for m in _AMMAN_WRITTEN.finditer(sentence.text)]
    said = {country for e, text in mentions if (country := _amman_or_oman(e, text))}
    if len(said) == 1:
        return said.pop()
    if said:
        return None
    if _dateline(doc) == ("عمان",):
        return "JO"
    named = countries & {"JO", "OM"}
    return next(iter(named)) if len(named) == 1 else None


def _listed_with(text: str, entity: Found) -> frozenset[str]:
    """The gazetteer's kinds of the places `و` joins to `entity` on either side (`القاهرة و[عمان] وبيروت`: cities, Amman;
    `قطر و[عمان] والسودان`: countries, Oman)."""
    gazetteer, kinds = load_gazetteer(), set()
    head, after = text[: entity.start], text[entity.end :].split()[:1]
    before = head[:-1].split()[-1:] if head.endswith(" و") else []  # `القاهرة [و]عمان`: the place before the `و`
    for word in [*before, *(w[1:] for w in after if w.startswith("و"))]:
        name = normalize_arabic(word.strip("،,.:؛"))
        if name in gazetteer.places and gazetteer.places[name].label == "LOC" and gazetteer.key(name) not in gazetteer.cities:
            kinds.add(gazetteer.places[name].kind)  # (not `تونس`, `الكويت`: a country and its capital, either)
    return frozenset(kinds)


def _regioned(entity: Found, text: str) -> Found:
    """A town's name where it names the region of that name, keyed as the region (`REGION_KEY` + the town's key): after
    the region's kind (`[بولاية] بنزرت`, `[محافظة] جدة`, `[إمارة] أبوظبي`, Saudi Arabia's `[منطقة] جازان`), in a list after
    a plural or dual one (`ولايتي باتنة و[المدية]`, `بإقليمي [الرشيدية] و[زاكورة]`), after its governor or ruler (`[والي]
    وهران`, `[محافظ] الفيوم`, `[حاكم] الشارقة`, `[ولي عهد] دبي`) or a regional officer (`المدير [الجهوي] للتجارة [ب]سليانة`). A region and the town
    it is named for are two places, as a country and its capital are; the dateline, `مدينة X` and the name alone are the
    town. Not a place the gazetteer (or its list of places named like common words) calls a region or a state (`محافظة
    ظفار`, `محافظة أبين`: no town of that name)."""
    if entity.label != "LOC":
        return entity
    window = text[max(0, entity.start - 60) : entity.start]
    if entity.start > 60:
        window = _CUT_WORD.sub("", window, count=1)  # a word the window cuts is no word (`[الـ]ولايات المتحدة`)
    before = normalize_arabic(window) + (" " if window[-1:].isspace() else "")  # `بولاية ` apart, `ب` glued to the name
    if not (_REGION_KIND_BEFORE.search(before) or entity.country_code == "SA" and (_SAUDI_REGION_BEFORE.search(before)
                                                                                  or _SAUDI_REGION_LIST_BEFORE.search(before))
            or _REGION_LIST_BEFORE.search(before) or _REGION_DUAL_BEFORE.search(before) or _GOVERNOR_BEFORE.search(before)
            or _REGIONAL_OFFICER_BEFORE.search(before)):
        return entity
    name = normalize_arabic(text[entity.start : entity.end])
    gazetteer = load_gazetteer()
    place = next((known for places in (gazetteer.places, load_local_places().places)
                  for known in (places.get(name), places.get(name.removeprefix("ال")), places.get("ال" + name)) if known), None)
    capital = gazetteer.city_key(entity.canonical)
    if place is not None and place.kind == "country" and capital in gazetteer.cities.values():
        # a country named as its capital is (`تونس`, `الجزائر`), keyed as either: the region of the capital
        # (`[بولايات] تونس وأريانة`, `والي [ولاية] الجزائر`), neither the country nor the city
        return dataclasses.replace(entity, canonical=REGION_KEY + capital)
    if place is not None and place.kind not in ("city", "capital", "town"):
        return entity
    if place is None and entity.country_code and entity.country_code not in ARAB_LEAGUE:
        return entity  # a state or province abroad no list knows, named for no town (`ولاية ساوث كارولاينا`)
    return dataclasses.replace(entity, canonical=REGION_KEY + entity.canonical)


_CUT_WORD = re.compile(r"^\S*\s")
REGION_KEY = "اقليم "  # before a town's key: the region named for it (`اقليم بنزرت@TN`)
_REGIONS_KINDS = "ولايات|ولايتي|محافظات|محافظتي|اقاليم|عمالات"  # in the plural or dual, as `normalize_arabic` writes them
# (`و` alone before the kind too: `بين الرياض [و]محافظة القريات`; a bracket or quote too: `ببلدية المعاضيد [(]ولاية المسيلة)`)
_REGION_KIND_BEFORE = re.compile(rf"(?:^|[\s(«\"])(?:و?[بل]|و)?(?:ولايه|محافظه|اقليم|عماله|اماره|{_REGIONS_KINDS}) $")
# Saudi Arabia's regions (`منطقة جازان`), elsewhere an area; in the dual too, and the list it opens (`في منطقتي جازان
# و[نجران]`); not the plural, areas (`مناطق الطائف ومزارع الحسينية`, in Yemen)
_SAUDI_REGION_BEFORE = re.compile(r"(?:^|[\s(«\"])(?:و?[بل]|و)?(?:منطقه|منطقتي) $")
_SAUDI_REGION_LIST_BEFORE = re.compile(r"(?:^|\s)(?:و?[بل])?منطقتي(?: [^ .:؛]+){1,8}(?: و|، ?)$")
_REGION_LIST_BEFORE = re.compile(rf"(?:^|\s)(?:و?[بل])?(?:{_REGIONS_KINDS})(?: [^ .:؛]+){{1,8}}(?: و|، ?)$")
# the dual of a kind spelt as an adjective too (`إقليمي`, regional: `مركز إقليمي لتجارة الغاز`, `صراع إقليمي بين الرياض
# وطهران`): only after a preposition, and the list it opens two names long (`بإقليمي الرشيدية و[زاكورة]`)
_REGION_DUAL_BEFORE = re.compile(r"(?:^|\s)(?:و?ب|(?:في|من|الى|علي) )(?:اقليمي|عمالتي|امارتي) (?:[^ .:؛،]+(?: [^ .:؛،]+)? و)?$")
_GOVERNOR_BEFORE = re.compile(r"(?:^|[\s(«\"])(?:و?ل?)(?:والي|محافظ|حاكم|ولي عهد|عامل اقليم|عامل عماله) $")
_REGIONAL_OFFICER_BEFORE = re.compile(r"(?:^|\s)(?:الجهوي|الجهويه|الاقليمي|الاقليميه|الولائي|الولائيه)(?: [^ .،:؛]+){0,6} ب$")


def _spelling(name: str) -> tuple[str, ...]:
    """A name as written, less marks, hamza seats and the article (`الوادي`/`وادي` alike)."""
    return _bare_words(name, ("ال",))


def _unglued(entity: Found, text: str, names: dict[str, str]) -> Found:
    """A name glued to the next preposition, cut where the rest is a known name: `ميستوراعن` → `ميستورا`."""
    if entity.label != "PERSON":
        return entity
    for suffix in GLUED_PREPOSITIONS:
        name = text[entity.start : entity.end]
        if name.endswith(suffix) and " " in name:
            key = canonical_key(name[: -len(suffix)])
            if key in names.values() or key.split(" ", 1)[-1] in names:
                end = entity.end - len(suffix)
                return Found(entity.start, end, "PERSON", key, entity.source, None, entity.anchor)
    return entity


def _relinked(entity: Found, text: str, names: dict[str, str], orgs: dict[str, str] | None = None) -> Found:
    """A person's mention (in the sentence `text`) keyed to the longest full name it ends: `دي مستورا` → `ستفن دي مستر`;
    else, for a well-known person's short name as the list spells it, to their full name in every document
    (`extract_canonical.alias_of`: `بايدن`, not `بودن`, whose key is the same). An organisation's short form takes its full
    name's key (`orgs`, of `_short_forms`), or a well-known one's in every document (`اتحاد الشغل`, `مجلس التعاون`)."""
    if entity.label in ("ORG", "MISC"):  # its full name's key in the document, else in every document (`alias_of`)
        orgs, written = orgs or {}, text[entity.start : entity.end]
        full = orgs.get(entity.canonical) or orgs.get(canonical_key(written)) or alias_of(entity.canonical, written)
        return entity if full is None else dataclasses.replace(entity, canonical=full)
    full = (names.get(entity.canonical) or names.get("ال " + entity.canonical)
            or alias_of(entity.canonical, text[entity.start : entity.end]))
    if entity.label != "PERSON" or full is None:
        return entity
    return Found(entity.start, entity.end, "PERSON", full, entity.source, None, entity.anchor)


def _append(rows: dict[str, list], row: dict, **values: object) -> None:
    """One output row: `values`, the sentence's own doc_id, sentence_id and partition_date, null for the
    columns later stages fill (`name_en`, `quote_en`)."""
    for name, column in rows.items():
        column.append(values[name] if name in values else row.get(name))


@_paused
def find_entities(sentences: pa.Table) -> pa.Table:
    """Places, organisations and people in every sentence, with offsets into the document text."""
    return find_mentions(sentences)[0]


@_paused
def find_quotes(sentences: pa.Table) -> pa.Table:
    """Direct and indirect quotes with verb and speaker; a bare `وأضاف` speaks as the last speaker."""
    return find_mentions(sentences)[1]


@_paused
def find_mentions(sentences: pa.Table) -> tuple[pa.Table, pa.Table]:
    """Entities and quotes from one analysis of the batch: quotes need the entities, so one pass serves both."""
    entity_rows = {name: [] for name in ENTITY_COLUMNS.names}
    quote_rows = {name: [] for name in QUOTE_COLUMNS.names}
    for doc in _analyse(sentences):
        coded = _coded(doc)  # a short form of a coded body takes the code too: `صندوق الضمان الاجتماعي` of `… (CNSS)`
        names = _full_names(doc)
        orgs = {key: coded.get(full, full) for key, full in _with_country(_short_forms(doc), _national_bodies(doc)).items()} | coded
        linked = _with_editions(list(_linked(doc, names, orgs)))
        first_entity, first_quote = len(entity_rows["doc_id"]), len(quote_rows["doc_id"])
        _entity_rows(linked, entity_rows)
        _quote_rows(doc, [found for _, found in linked], names, orgs, quote_rows)
        _speakers_keyed_as_entities(entity_rows, first_entity, quote_rows, first_quote)
    return pa.table(entity_rows, schema=ENTITY_COLUMNS), pa.table(quote_rows, schema=QUOTE_COLUMNS)


def _speakers_keyed_as_entities(entity_rows: dict[str, list], first_entity: int, quote_rows: dict[str, list], first_quote: int) -> None:
    """A speaker that is one of the document's entity rows, span for span, takes that row's key: the rows from
    `first_entity` and `first_quote` on are one document's. The quotes' speakers are keyed as the rules found them
    (`بايرن` alone, `برن`), the entities after the document's short forms were joined to their full names (`برن منخ`);
    an analyst joins the two tables on the key (57 of 23,564 quotes on the ANT slice had differed)."""
    keys = {(start, end): key for start, end, key in zip(entity_rows["char_start"][first_entity:], entity_rows["char_end"][first_entity:],
                                                          entity_rows["canonical"][first_entity:])}
    spans = zip(quote_rows["speaker_start"][first_quote:], quote_rows["speaker_end"][first_quote:])
    for k, span in enumerate(spans, first_quote):
        if span in keys:
            quote_rows["speaker_canonical"][k] = keys[span]


def _with_editions(linked: list[tuple[dict, list[Found]]]) -> list[tuple[dict, list[Found]]]:
    """The event named bare (`كأس العالم`, `المونديال`: key `كاس علم`) keyed as the document's edition of it where the
    document names exactly one (`كأس العالم 2018`, keyed `كاس علم 2018` by `find_places`) and that one is the year's or
    to come (as of the partition's date): the bare name then means it. Where the document names several (a history of
    the cup), or a past one (`نهائي دوري أبطال أوروبا 2011` in 2018, beside `إذا فاز بدوري أبطال أوروبا`), which one a
    bare mention means is left open, and it keeps the event's key."""
    editions: dict[str, set[str]] = {}
    day = linked[0][0]["partition_date"] if linked else None
    for _, found in linked:
        for e in found:
            if e.label == "MISC" and (edition := _EDITION_KEY.fullmatch(e.canonical or "")):
                editions.setdefault(edition.group(1), set()).add(e.canonical)
    if day is not None:
        editions = {event: keys for event, keys in editions.items() if all(int(key[-4:]) >= day.year for key in keys)}
    one = {event: next(iter(keys)) for event, keys in editions.items() if len(keys) == 1}
    if not one:
        return linked
    return [(row, [dataclasses.replace(e, canonical=one[e.canonical]) if e.label == "MISC" and e.canonical in one else e
                   for e in found]) for row, found in linked]


_EDITION_KEY = re.compile(r"(.+) ((?:19|20)[0-9]{2})")


def _entity_rows(linked: list[tuple[dict, list[Found]]], rows: dict[str, list]) -> None:
    """One document's entities (`_linked`: surnames and organisations' short forms linked to full names) appended to `rows`."""
    for row, found in linked:
        base = row["char_start"]
        for e in found:
            span = {"text": row["text"][e.start : e.end], "char_start": base + e.start, "char_end": base + e.end}
            what = {"label": e.label, "canonical": e.canonical, "source": e.source, "country_code": e.country_code}
            _append(rows, row, **span, **what)


_UNATTRIBUTED = {"speaker": None, "speaker_start": None, "speaker_end": None, "speaker_canonical": None}


def _subject_of_next(text: str, quote: Quote, quotes: Sequence[Quote]) -> bool:
    """`quote`, a report, holds only the speaker of the next report, which its clause opens with: `وكشفت صحيفة "دون بالون"
    أن [ليونيل ميسي] اعترف بأنه`, `وأفادت تقارير بأن [رئيس البرلمان] قال إن` (`find_indirect` ends a report where the
    next begins)."""
    if quote.kind != "indirect":
        return False
    for other in quotes:
        who = other.speaker
        if (other is not quote and who is not None and other.start >= quote.end and abs(who.start - quote.start) <= 1
                and who.end <= quote.end and not any(c.isalpha() for c in text[who.end : quote.end])):
            return True
    return False


def _quote_rows(doc: list[tuple[dict, Sentence]], linked: list[list[Found]], names: dict[str, str], orgs: dict[str, str],
                rows: dict[str, list]) -> None:
    """One document's quotes appended to `rows`; a quote without a speaker gets the last one's. `linked` are each
    sentence's entities as published (`_linked`)."""
    last = dict(_UNATTRIBUTED)
    person = dict(last)  # the last person named: `قالت:` before any speaker is her (`سارة بالين` of the headline)
    one_person = {e.canonical for found in linked for e in found if e.label == "PERSON"}  # each one person, no `قالوا`
    holders: dict[str, list[tuple[frozenset[str], dict]]] = {}  # a role's head → the words of its role, and its holder
    honoured: dict[str, dict] = {}  # an honorific (`سمو`, `معالي`) → the first person the document names with it
    bodies: dict[str, list[tuple[dict, Found, str]]] = {}  # a body's first word, bare → its mentions (row, entity, text)
    kinds: dict[str, list[tuple[dict, Found, str]]] = {}  # … and a name's kind written before it (`صحيفة [بيلد]`): if none
    longer_kinds: dict[str, list[tuple[dict, Found, str]]] = {}  # … the same of longer names (`منظمة "هيومن رايتس ووتش"`): if
    # neither (the one-word names first: a paper's kind is as often before a name of one word, and one is sure)
    issuers: dict[str, dict] = {}  # a kind of written thing (`بيان`) → who issued the last one the document named
    for k, (row, sentence) in enumerate(doc):
        base = row["char_start"]
        for q in sorted(sentence.quotes, key=lambda q: q.start):
            # a report cut to the subject of the report inside it (`وأفادت تقارير بأن [رئيس البرلمان] قال إن`) is no row of
            # its own, the inner report holding the words; it still names the speaker that goes on
            out = {} if _subject_of_next(sentence.text, q, sentence.quotes) else rows
            # a subject after `لكن` among the names the document found speaks before a phrase the rules read after the verb
            # (`ولكن [نوالكا] أعلن بشكل عفوي أن`, `لكن [ماي] حذرت الزعماء الأوروبيين من أنها`)
            contrast = _contrasted(sentence, q, linked[k])
            said = contrast[1] if contrast is not None else q.speaker
            q = dataclasses.replace(q, speaker=_named(_titled(said, sentence.entities, sentence.text, q), sentence, names))
            before = last
            last_row, end = _continued(doc, k, q) or (row, q.end)
            words = _across(doc, k, q.start, last_row, end)
            span = {"quote": words, "char_start": base + q.start, "char_end": base + q.start + len(words),
                    "sentence_id_end": last_row["sentence_id"]}
            if q.no_one:  # `لافتات كتب عليها "…"`, `تلقى الضحايا رسائل جاء فيها "…"`: left unattributed
                _append(out, row, **span, **_UNATTRIBUTED, kind=q.kind, verb=q.verb)
                continue
            if (named := _surname_after_verb(sentence.text, q, names)) is not None:
                last = _mention(row, named)  # `وأوضح العباسي، خلال ندوة … مع وزيرة المالية، سهام …، أن`: he, not she
            elif (q.speaker and q.speaker.label == "PHRASE" and not _names_inside(q.speaker, sentence.entities)
                    and len(held := _held(sentence.text[q.speaker.start : q.speaker.end], holders)) == 1):
                last = next(iter(held.values()))  # `وأوضح الوالي أن …` after `والي وهران سعيد بوعلام`: he
            elif q.speaker and q.speaker.label == "PHRASE" and (issuer := issuers.get(_bare_head(sentence.text, q.speaker))):
                last = issuer  # `وأضاف البيان أن` after `وقالت الوزارة في بيان إن`: the ministry
            elif (q.speaker and q.speaker.label == "PHRASE"
                    and len(named := _bodies_named(bodies.get(head := _bare_head(sentence.text, q.speaker))
                                                   or kinds.get(head) or longer_kinds.get(head, []), names, orgs)) == 1):
                last = next(iter(named.values()))  # `وقالت الوزارة إن` after `وزارة الخارجية الأمريكية`, the one ministry named
            elif q.speaker and q.speaker.label == "PHRASE" and last["speaker"] and _the_same(sentence.text, q.speaker, last["speaker"]):
                pass  # `وأضاف المسؤول ذاته أن`, `المصدر نفسه`, `وقالت هذه المصادر`: the one who spoke last
            elif (q.speaker and q.speaker.label == "PHRASE" and _the_official(sentence.text, q.speaker)
                    and any(m["speaker_canonical"] == last["speaker_canonical"] for held in holders.values() for _, m in held)
                    and not any(_AN_OFFICIAL.search(s.text) for _, s in doc[: k + 1])):
                pass  # `وأضاف المسؤول أن` after an official the document named with a role (`المدير العام … سامي الفرجاني`);
                # not where it quoted an official it did not name (`وقال مسؤول كوري جنوبي إن`), who that is
            elif q.speaker and contrast is not None and sentence.tokens.words[contrast[0]].norm in CONCESSIONS:
                # `ولم تره يعاود الظهور رغم أن [مسؤولين سعوديين] قالوا إنه …`: their words, in a clause the narrative goes
                # past; the one who spoke before goes on speaking after (`وقالت: "…"`, the fiancée)
                said = _mention(row, _relinked(_whole(q.speaker, sentence.entities, linked[k], sentence.text), sentence.text, names, orgs))
                _append(out, row, **span, **said, kind=q.kind, verb=q.verb)
                continue
            elif q.speaker:
                last = _mention(row, _relinked(_whole(q.speaker, sentence.entities, linked[k], sentence.text), sentence.text, names, orgs))
            elif (one := honoured.get(_honorific_speaker(sentence.text, q))) is not None:
                last = one  # `وقال سموه` after `استقبل صاحب السمو الشيخ محمد بن زايد …`: he, not the last man named
            elif (subject := _subject_before(sentence, q, names)) is not None:
                last = _mention(row, _relinked(subject, sentence.text, names))
            carried = last if last["speaker"] else person
            if q.speaker is None and last is before and _she_not_he(q.verb, carried["speaker"], carried["speaker_canonical"]):
                # `وقالت إن` after a man spoke: not him; the sentence's own subject that may be a she, a body or a state
                # (`وأثنت [فلافيا منغوفيا] … على الخطوة، وقالت`, `وأكدت [مصادر أردنية] رفضها للقانون، وقالت إنه`), else no one
                her = _feminine_subject(sentence, q, linked[k])
                carried = _UNATTRIBUTED if her is None else _mention(row, _relinked(her, sentence.text, names))
                _append(out, row, **span, **carried, kind=q.kind, verb=q.verb)
                continue
            if _they_said(q.verb) and (carried["speaker_canonical"] in one_person or "@" in (carried["speaker_canonical"] or "")):
                # `وردد المحتجون شعارات ضد الرئيس دونالد ترامب … وقالوا`: a verb in the plural is no one person's, nor a
                # state's or a state's body's (`انسحبت الولايات المتحدة …، قائلة إن … / لكن المدافعين عن المجلس يقولون إنه`)
                _append(out, row, **span, **_UNATTRIBUTED, kind=q.kind, verb=q.verb)
                continue
            _append(out, row, **span, **(last if last["speaker"] else person), kind=q.kind, verb=q.verb)
            if (last["speaker"] and not _WRITTEN.match(normalize_arabic(last["speaker"]))
                    and (kind := _written_before(sentence.text, q, sentence.quotes))):
                issuers[kind] = last  # `وقالت الوزارة في بيان إن`, `أصدرت الفصائل بيانا قالت فيه إن`: hers, for `البيان` later
        for kind, issuer in _issued(sentence, row):
            issuers[kind] = issuer  # `وفق بيان صادر عن الأسطول الروسي`: no quote of its own
        for e in sentence.entities:  # the bodies this sentence names, for the quotes of later sentences
            words = sentence.text[e.start : e.end].split()
            if e.label == "ORG" and len(words) > 1 and not words[1].startswith("ب"):  # not `البنك [بالرباط]`: a place
                bodies.setdefault(normalize_arabic(words[0]).removeprefix("ال"), []).append((row, e, sentence.text))
                if (kind := _kind_before(sentence.text, e.start)) is not None:  # `منظمة "[هيومن رايتس ووتش]"`
                    longer_kinds.setdefault(kind, []).append((row, e, sentence.text))
            elif e.label == "ORG" and (kind := _kind_before(sentence.text, e.start)) is not None:
                kinds.setdefault(kind, []).append((row, e, sentence.text))  # `صحيفة [بيلد]`, later `وقالت الصحيفة إن`
        people = [e for e in sentence.entities if e.label == "PERSON"]
        if people:  # a headline names its subject first: `سارة بالين تشير إلى … في تجمع لدونالد ترامب`
            person = _mention(row, _relinked(people[0 if k == 0 else -1], sentence.text, names))
        for e in people:  # the holders this sentence names, for the quotes of later sentences (its own name theirs already)
            if (honorific := _honorific_before(sentence.text, e.start)) is not None:
                honoured.setdefault(honorific, _mention(row, _relinked(e, sentence.text, names)))
            if " " in sentence.text[e.start : e.end]:
                for role in (*_roles_before(sentence.text, e.start, people), _role_after(sentence.text, e.end, people)):
                    if role is not None:
                        holders.setdefault(role[0], []).append((role[1], _mention(row, _relinked(e, sentence.text, names))))


def _surname_after_verb(text: str, quote: Quote, names: dict[str, str]) -> Found | None:
    """The speaker a quote's verb names right after it by a surname of the document's (`_full_names`), closed by a comma
    (`وأوضح العباسي، خلال …`), where the rules chose no one or someone further on, or None."""
    verb_end = _verb_end(text, quote)
    after = _WORD_THEN_COMMA.match(text, verb_end) if verb_end is not None else None
    if after is None or (quote.speaker is not None and quote.speaker.start < after.end(1)):
        return None
    word = normalize_arabic(after[1])
    full = names.get(("ال " if word.startswith("ال") else "") + canonical_key(word))
    return None if full is None else Found(after.start(1), after.end(1), "PERSON", full, "surname", None, 0)


_WORD_THEN_COMMA = re.compile(r"\s+(\w+)\s*[،,]")


def _verb_end(text: str, quote: Quote) -> int | None:
    """Where a quote's speech verb ends in its sentence `text` (its last writing before the quote), or None."""
    verb = text.rfind(quote.verb, 0, quote.start) if quote.verb else -1
    return verb + len(quote.verb) if verb >= 0 else None


def _honorific_speaker(text: str, quote: Quote) -> str | None:
    """The honorific a quote's verb is said with, as a noun (`وقال سموه` → `سمو`, `وأكدت معاليها` → `معالي`), if any."""
    verb_end = _verb_end(text, quote)
    after = text[verb_end : quote.start].split(maxsplit=1) if verb_end is not None else []
    word = normalize_arabic(after[0]) if after else ""
    return _HONORIFIC_NOUNS.get(word)


def _honorific_before(text: str, start: int) -> str | None:
    """The honorific a name is given within the four words before it (`صاحب السمو الشيخ`, `معالي`, `فخامة الرئيس`), none
    past a mark, as a noun without conjunction or article (`سمو`)."""
    before = _ROLE_MARKS.split(text[:start])[-1].split()[-4:]
    nouns = _HONORIFIC_NOUNS.values()
    for word in reversed(before):
        bare = _honour_form(word)
        if bare in nouns:
            return bare
    return None


def _honour_form(word: str) -> str:
    """A word as honorifics are compared: normalised, without `و` or the article (`والسمو` → `سمو`)."""
    return normalize_arabic(word).removeprefix("و").removeprefix("ال")


# The honorifics that stand for a person (`HONORIFICS`: `سموه`, `معاليها`) → the noun a name is given with (`سمو`,
# `معالي`), as `normalize_arabic` spells them.
_HONORIFIC_NOUNS = {
    word: re.sub("(ته|تها)$", "ه", word) if word.endswith(("ته", "تها")) else word.removesuffix("ها").removesuffix("ه")
    for word in map(normalize_arabic, HONORIFICS)
}




def _bodies_named(mentions: list[tuple[dict, Found, str]], names: dict[str, str], orgs: dict[str, str]) -> dict[str, dict]:
    """The bodies of `mentions` as speakers, by their key, each its last mention: keyed only where a quote asks, not for
    every organisation of every document."""
    return {m["speaker_canonical"]: m for m in (_mention(row, _relinked(e, text, names, orgs)) for row, e, text in mentions)}


def _kind_before(text: str, start: int) -> str | None:
    """The kind of body written right before a name that leaves it out (`صحيفة [بيلد]`, `منظمة ["هيومن رايتس ووتش"]`,
    `وكالة [رويترز]`), bare (`صحيفه`), as a later speaker phrase names the body by it alone (`وقالت الصحيفة إن`); else None."""
    words = normalize_arabic(text[max(0, start - 20) : start].replace('"', " ").replace("«", " ")).split()
    kind = next((stem for _, stem in clitic_readings(words[-1]) if stem.removeprefix("ال") in SPEAKING_KINDS), None) if words else None
    return None if kind is None else kind.removeprefix("ال")


# Written things a body or person issues, which a later quote names as its speaker alone (`وأضاف البيان أن`): bare.
_WRITTEN = re.compile(r"(?<!\w)[وفبل]{0,2}(?:ال)?(بيان|تقرير|تقارير|رساله|تغريده)(?:ا|ه|ها|هم|ات)?(?!\w)")
_ISSUED_BY = (("صادر", "عن"), ("الصادر", "عن"), ("صدر", "عن"))  # `بيان صادر عن [الأسطول الروسي]`; or `بيان [للشرطة]`


def _written_before(text: str, quote: Quote, quotes: Sequence[Quote]) -> str | None:
    """The kind of written thing (`_WRITTEN`) its sentence says a quote came in, before the quote and after any other
    (`وقالت الوزارة في بيان إن`, `أصدرت الفصائل بيانا قالت فيه إن`, `وفي بيان أصدرته …، أوضحت اللجنة أن`), or None; not
    one the speaker spoke of (`إن البيان …` is inside a quote), nor one an earlier quote of the sentence came in (`وذكر
    التقرير أن …، مضيفا أن`). Its speaker is the issuer, unless the written thing itself is (`وقال التقرير الصادر أمس إن`:
    the caller's)."""
    start = max((other.end for other in quotes if other.end <= quote.start), default=0)
    found = _WRITTEN.findall(normalize_arabic(text[start : quote.start]))
    return found[-1] if found else None


def _issued(sentence: Sentence, row: dict) -> list[tuple[str, dict]]:
    """Written things the sentence names with who issued them right after: `بيان صادر عن [الأسطول الروسي]`, `البيان
    الصادر عن`, `بيان [للشرطة]`; (kind, the issuer's columns)."""
    words, out = sentence.tokens.words, []
    for i, word in enumerate(words[:-1]):
        kind = _WRITTEN.fullmatch(word.norm)
        if kind is None or kind[1] not in ("بيان", "تقرير") or word.breaks:
            continue
        at = next((i + 1 + len(by) for by in _ISSUED_BY if tuple(w.norm for w in words[i + 1 : i + 1 + len(by)]) == by), None)
        if at is None and words[i + 1].norm.startswith("ل"):
            at = i + 1  # `بيان [للشرطة]`: the name behind the clitic
        if at is None or at >= len(words):
            continue
        by = _named_at(sentence, at)
        if by is None and words[at].norm[1:] in SPEAKING_KINDS and at + 1 < len(words) and not words[at].stop:
            at += 1  # `تقرير لقناة ["سي إن بي سي"]`: the name after its kind
            by = _named_at(sentence, at)
        if by is None:  # a body no name: its definite words (`صادر عن [الأسطول الروسي] في`), none behind `لل`
            end = at
            while end < len(words) and end - at < 3 and words[end].norm.startswith("ال") and words[end].norm not in PHRASE_TIMES:
                # (`صادر عن الوزارة [اليوم الجمعة]`: when it was issued)
                end += 1
                if words[end - 1].breaks:
                    break
            if end == at:
                continue
            by = Found(words[at].start, words[end - 1].end, "PHRASE", "", "issuer", None, at)
        out.append((kind[1], _mention(row, by)))
    return out


def _bare_head(text: str, phrase: Found) -> str | None:
    """A speaker phrase of one definite word, without its article (`الوزارة` → `وزاره`), which a body the document named
    before may open (`وزارة الخارجية`); else None."""
    words = normalize_arabic(text[phrase.start : phrase.end]).split()
    return words[0][2:] if len(words) == 1 and words[0].startswith("ال") and len(words[0]) > 4 else None


def _the_same(text: str, phrase: Found, last: str) -> bool:
    """A speaker phrase that says it is the one who spoke last (`last`): `المسؤول ذاته`, `ذات المسؤول`, `المصدر نفسه`, a
    demonstrative with a noun the last speaker's words hold (`وقالت هذه المصادر إن` after `مصادر أوروبية`), or the last speaker's
    indefinite head with the article (`وقال المسؤول إن` after `مسؤول أمني`); not a longer phrase, which names its own
    (`الحكومة البرازيلية نفسها`)."""
    words, before = normalize_arabic(text[phrase.start : phrase.end]).split(), normalize_arabic(last).split()
    if words[0] in DEMONSTRATIVES and len(words) == 2:
        return words[1].removeprefix("ال") in {w.removeprefix("ال") for w in before}
    if len(words) == 1 and words[0].startswith("ال") and len(before) > 1:
        return words[0][2:] == before[0]  # `وقال المسؤول إن` after `مسؤول أمني`: the one named indefinite before
    return len(words) <= 2 and (words[-1] in THE_SAME or words[0] in _THE_SAME_BEFORE)


_THE_SAME_BEFORE = frozenset({"ذات", "نفس"})  # the Maghreb's order: `وأضاف [ذات] المسؤول أن`, `[نفس] المصدر`


_AN_OFFICIAL = re.compile(r"(?<!\S)[وف]?مسؤول[اةه]?(?!\S)")  # `مسؤول`, indefinite: an official the text does not name


def _the_official(text: str, phrase: Found) -> bool:
    """A speaker phrase that is `المسؤول` alone, `the official`, or with the adjective of his field (`المسؤول الجمركي`,
    `المسؤولة الأممية`): no role of its own, the official who spoke last."""
    words = normalize_arabic(text[phrase.start : phrase.end]).split()
    return words[0] in ("المسؤول", "المسؤوله") and (len(words) == 1 or len(words) == 2 and words[1].removesuffix("ه") in _FIELDS)


# The fields an official works in (`المسؤول [الجمركي]`), which no other speaker's affiliation is, as `الأممي` or a
# nationality may be (`وأكدت المسؤولة الأممية` after a Yemeni minister: the UN envoy named before him).
_FIELDS = frozenset({"الجمركي", "العسكري", "الامني", "المصرفي", "القضائي", "الصحي", "المالي", "النقابي", "البلدي",
                     "الحكومي", "الرياضي", "الحزبي", "المحلي"})


def _roles_before(text: str, start: int, people: list[Found]) -> list[tuple[str, frozenset[str]]]:
    """`_role_before`'s role, and the one before it that the comma of an apposition sets it after: both are the name's
    (`وزير الثقافة والفنون والاتصال والعلاقات مع البرلمان، [الناطق الرسمي باسم الحكومة]، السيد أحمد سالم ولد الداه`: the
    minister, whom a later `وأوضح الوزير` names, and the spokesman)."""
    role = _role_before(text, start, people)
    if role is None:
        return []
    bare = _before_courtesy(text, start)
    if not bare.endswith(("،", ",")):
        return [role]  # the name set off by its own comma after both (not `وكلف الرئيس المصري، [وزير الإسكان] مصطفى مدبولي`)
    bare = bare[:-1].rstrip()
    comma = max(bare.rfind("،"), bare.rfind(","))
    if comma < 0 or _ROLE_MARKS.search(bare, comma + 1) or not _heads_role(bare[comma + 1 :].split(None, 1)[0]):
        return [role]
    earlier = _role_before(text, comma, people, _APPOSED_ROLE_WORDS)
    if earlier is None or earlier == role or not earlier[1].isdisjoint(_PLACING):
        return [role]  # (not a clause's object: `وكان في استقبال [الرئيس] الصيني في مطار الرئاسة …، نائب رئيس الدولة …، الشيخ`)
    return [role, earlier]


_APPOSED_ROLE_WORDS = 8  # a minister's portfolio of several words before the apposition
_PLACING = frozenset({"في", "من", "الي", "علي", "عند", "خلال", "بعد", "قبل", "امام", "لدي"})


def _role_before(text: str, start: int, people: list[Found], most: int = 6) -> tuple[str, frozenset[str]] | None:
    """The head of the role a name is given right before it and the role's words (`وزير الخارجية الفرنسي جان إيف لو
    دريان` → `وزير`, {وزير, خارجيه, فرنسي}; `والي وهران، سعيد بوعلام،` → `والي`; `السفير الروسي في الأمم المتحدة فاسيلي
    نيبينزيا`), if any: within the six words before it, none past a mark but the comma of an apposition, nor past another
    of the sentence's `people` (`وزير الخارجية الأمريكي مايك بومبيو نظيره سيرغي لافروف`: لافروف's is `نظيره`). A courtesy
    title after the comma is the name's (`مفوض الأمن الغذائي، [السيد] محمد الأمين ولد أحمدو`, `والمدير العام للصندوق، [السيد
    الشيخ] سيديا ولد أعمر`, as Maghreb wires write)."""
    head, bare = text[:start].rstrip(), _before_courtesy(text, start)
    if bare.endswith(("،", ",")):
        head = bare  # (not `وقال السيد X`: there `السيد` is the role a later `وأضاف السيد` names)
    head = head.removesuffix("،").removesuffix(",")
    opening = max((m.end() for m in _ROLE_MARKS.finditer(head)), default=0)
    words = list(re.finditer(r"\S+", head[opening:]))[-most:]
    for k, word in enumerate(words):
        if (k + 1 < len(words) and normalize_arabic(words[k + 1].group()) == "باسم"
                and any(_heads_role(w.group()) for w in words[k + 2 :])):
            continue  # `المتحدث [باسم] رئيسة الوزراء تيريزا ماي`: the name is the one the spokesman speaks for, her role the
            # next (not `المتحدث باسم الرئاسة المصرية بسام راضي`, the spokesman)
        if _heads_role(word.group()) and not any(opening + word.start() < e.start < start for e in people):
            return _role_head(word.group()), frozenset(_role_words([w.group() for w in words[k:]]))
    return None


def _before_courtesy(text: str, start: int) -> str:
    """The text before `start`, less the courtesy titles that end it (`، [السيد الشيخ] سيديا`), right-stripped."""
    bare = text[:start].rstrip()
    while (last := bare.rsplit(None, 1)) and len(last) == 2 and normalize_arabic(last[1]) in _COURTESY:
        bare = last[0].rstrip()
    return bare


_COURTESY = frozenset({"السيد", "السيده", "الدكتور", "الدكتوره", "المهندس", "المهندسه", "الشيخ", "الشيخه"})
_MARKS = '،,.:؛«»"()'  # marks a role or an honorific does not reach past
_ROLE_MARKS = re.compile(f"[{_MARKS}]")


def _heads_role(word: str) -> bool:
    """A role's head (`_role_head`) that does not honour the holder: `[صاحب] الجلالة الملك` is the king's (`_HONOURING`)."""
    return _role_head(word) is not None and _honour_form(word) not in _HONOURING


def _role_after(text: str, end: int, people: list[Found]) -> tuple[str, frozenset[str]] | None:
    """The role a name is given right after it, as `_role_before` reads one before (`فخامة جوكو ويدودو [رئيس جمهورية
    إندونيسيا] الذي`): a role's head first, then at most three words before a mark, a relative pronoun or the sentence's
    end; None where another of the sentence's `people` is among them or they run on (`استقبل الرئيس تبون وزير الخارجية
    الأمريكي أنتوني بلينكن`: the role is the next man's)."""
    after = _ROLE_AFTER.match(text, end)
    words = after[1].split() if after else []
    if not words or _role_head(words[0]) is None or any(after.start(1) <= e.start < after.end(1) for e in people):
        return None
    if normalize_arabic(words[0]).startswith("و") and not _role_head(words[0]).startswith("و"):
        return None  # `والي كيدي ماغا، السيد أحمد ولد محمد فال، [والمدير العام] للصندوق، …`: the next one named's
    role = list(itertools.takewhile(lambda w: normalize_arabic(w) not in _RELATIVE_PRONOUNS, words))
    if len(role) > 4:
        return None
    return _role_head(role[0]), frozenset(_role_words(role))


# The words after a name, past a comma, up to the next mark: `جوكو ويدودو[ رئيس جمهورية إندونيسيا الذي يقوم]،`.
_ROLE_AFTER = re.compile(f"[ ،,]*([^{_MARKS}]+)")
_RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان"})


def _held(phrase: str, holders: dict[str, list[tuple[frozenset[str], dict]]]) -> dict[str, dict]:
    """The people the document named with the role a speaking phrase names: its head and every word of it up to a
    preposition (`الوزير الفرنسي` is the French minister named before, not the Saudi one; `الوالي في تصريح` the wali),
    the words that honour him left out (`جلالة الملك المعظم` is the king)."""
    words = [w for w in phrase.split() if _honour_form(w) not in _HONOURING]
    head = _role_head(words[0]) if words else None
    if head is None:
        return {}
    role = list(itertools.takewhile(lambda w: normalize_arabic(w) not in PREPOSITIONS, words[:5]))
    wanted = set(_role_words(role))
    return {m["speaker_canonical"]: m for known, m in holders.get(head, []) if wanted <= known}


# Words that honour a role's holder and name no role (`_held`): `[جلالة] الملك [المعظم]`, `[صاحب السمو] الأمير`.
_HONOURING = frozenset(_HONORIFIC_NOUNS.values()) | {"صاحب", "حضره", "معظم", "مفدي"}


def _role_words(words: list[str]) -> list[str]:
    """Words of a role as `_held` compares them: normalised, without the article (`الخارجية` → `خارجيه`), the head as
    `_role_head` reads it, a country or its nationality as the country's code (`الإندونيسي`, `إندونيسيا` → `@ID`)."""
    countries = countries_by_word()
    bare = [_role_head(w) or (n[2:] if (n := normalize_arabic(w)).startswith("ال") else n) for w in words]
    return [f"@{countries[w]}" if w in countries else w for w in bare]


def _names_inside(phrase: Found, entities: list[Found]) -> bool:
    """A speaking phrase that holds a name already (`وزير الداخلية عبد الوافي لفتيت`)."""
    return any(e.label == "PERSON" and phrase.start <= e.start and e.end <= phrase.end for e in entities)


def _role_head(word: str) -> str | None:
    """A role's head word as `ROLE_HEADS` spells it, without conjunction, preposition or article: `والوزير` → `وزير`."""
    norm = normalize_arabic(word)
    for stem in (norm, norm[1:], norm[2:], norm[3:], norm[4:]):
        if stem in ROLE_HEADS and norm.endswith(stem) and norm[: len(norm) - len(stem)] in _ROLE_PREFIXES:
            return stem
    return None


# What may come before a role's head: `و`/`ف`, `ل`/`ب`, the article (`والوزير`, `للمدير`, `الوالي`).
_ROLE_PREFIXES = frozenset({"", "و", "ف", "ال", "وال", "فال", "ل", "لل", "ب", "بال", "ول", "ولل", "وب", "وبال"})


def _named_at(sentence: Sentence, k: int) -> Found | None:
    """The person or organisation whose name starts in word `k` (behind its clitic or marks), or None."""
    words = sentence.tokens.words
    return next((e for e in sentence.entities if words[k - 1].end < e.start < words[k].end and e.label in ("ORG", "PERSON")), None)


def _she_not_he(verb: str | None, speaker: str | None, key: str | None = None) -> bool:
    """A speech verb in the feminine (`وقالت`, `أضافت`, `تقول`) and a speaker named in full by an Arabic man's given name,
    or by a surname whose full name's key (`key`) opens with one (`العياري` of `الحبيب العياري`): he is not who the verb
    says spoke. Not a surname alone otherwise, which a man's given name may be (`بشير` of `آمنة عثمان بشير`)."""
    if not verb or not speaker:
        return False
    norm = normalize_arabic(verb)
    if not (norm.endswith("ت") and norm.lstrip("وف")[:-1] in _SPEECH_STEMS or norm.lstrip("وف") in _SHE_SAYS):
        return False
    if " " in speaker.strip():
        return normalize_arabic(speaker).split(" ", 1)[0] in _men_s_names()
    return key is not None and " " in key and key.split(" ", 1)[0] in _men_s_keys()


@functools.cache
def _men_s_names() -> frozenset[str]:
    """Men's given names that no woman's is (normalised; not `انس`, Anas and Tunisia's Ons)."""
    return gendered_names("male") - gendered_names("female")


@functools.cache
def _men_s_keys() -> frozenset[str]:
    """The keys of men's given names that no woman's shares (`حبيب` of `الحبيب`; not `انس`)."""
    return frozenset(canonical_key(n) for n in gendered_names("male")) - {canonical_key(n) for n in gendered_names("female")}


_SPEECH_STEMS = frozenset({"قال", "اضاف", "اكد", "اوضح", "تابع", "اشار", "ذكر", "لفت", "شدد", "كشف", "اعتبر", "اعلن", "صرح",
                           "بين", "نوه", "اكدت"})
_SHE_SAYS = frozenset({"تقول", "تضيف", "تؤكد", "تري", "تشير"})


def _they_said(verb: str | None) -> bool:
    """A speech verb in the plural: `قالوا`, `وأضافوا`, `يقولون`."""
    norm = normalize_arabic(verb or "").lstrip("وف")
    return norm.endswith("وا") and norm[:-2] in _SPEECH_STEMS or norm in _THEY_SAY


_THEY_SAY = frozenset({"يقولون", "يضيفون", "يؤكدون", "يرون", "يشيرون", "يعتقدون"})


def _feminine_subject(sentence: Sentence, quote: Quote, linked: list[Found]) -> Found | None:
    """The first name the sentence gives before the quote's verb that a verb in the feminine agrees with: a body, a state or
    a woman by her given name."""
    verb = sentence.text.rfind(quote.verb, 0, quote.start) if quote.verb else quote.start
    women = gendered_names("female")
    return next((e for e in sorted(linked, key=lambda e: e.start) if e.end <= verb and (
        e.label == "ORG" or e.label == "LOC" and "@" in e.canonical
        or e.label == "PERSON" and normalize_arabic(sentence.text[e.start : e.end]).split(" ", 1)[0] in women)), None)


def _contrasted(sentence: Sentence, quote: Quote, linked: list[Found]) -> tuple[int, Found] | None:
    """The particle's word and the subject after a particle of contrast or concession right before the quote's verb, among
    the sentence's names as published (`linked`: the model's, a surname's, `لكن [كونتي] قال إن`), which the rules alone may
    not have found (`extract_speakers.contrasted_subject`); a concession's (`CONCESSIONS`: `رغم أن`, `بالرغم من أن`) speaks
    inside another's account."""
    verb = sentence.text.rfind(quote.verb, 0, quote.start) if quote.verb else -1
    k = next((k for k, w in enumerate(sentence.tokens.words) if w.start == verb), None)
    return None if k is None else contrasted_subject(sentence.tokens, linked, k)


def _subject_before(sentence: Sentence, quote: Quote, names: dict[str, str]) -> Found | None:
    """The person a sentence names first, before a quote no rule gave a speaker: the subject of its opening clause, whom
    a participle or a later verb continues (`عبّر محمد عبده … عن فرحته، مضيفاً بأن …`, `يدرس الرئيس الأميركي، دونالد ترمب، …
    مشيرا إلى أن …`, `كانت [وارن] تزن …، قائلة إنه`: a surname of the document's full names, `names`); the last speaker of
    the document is not it where the sentence names someone of its own. Nor is a person named inside another quote of the
    sentence (`وأضاف المتحدث إن "رئيسة الوزراء (تيريزا ماي) أعلنت …"، معتبرا أن`: the spokesman goes on, `_quote_rows`'
    last speaker); a few words in marks are as often a name (`وهو "[محمد آل مشعاب]"`, `_SPEECH_WORDS`)."""
    verb = sentence.text.rfind(quote.verb, 0, quote.start) if quote.verb else quote.start
    quoted = [(q.start, q.end) for q in sentence.quotes
              if q is not quote and len(sentence.text[q.start : q.end].split()) >= _SPEECH_WORDS]
    # a person named in an aside between an earlier quote's speaker and its words is no subject here (`وأوضح الوزير، خلال
    # الجلسة التي ترأسها رئيس اللجنة [عبد القادر مبروكي]، أن …، مضيفا أن`: the minister goes on); a name in apposition right
    # after the speaker is (`قال قائد المنتخب السعودي، [عبدالله الدوسري]، أن …، مضيفا`)
    asides = [(q.speaker.end, q.start) for q in sentence.quotes
              if q is not quote and q.start < quote.start and q.speaker is not None and q.speaker.end < q.start]
    person = next((e for e in sorted(sentence.entities, key=lambda e: e.start)
                   if e.label == "PERSON" and e.end <= max(verb, 0) and not any(s <= e.start < t for s, t in quoted)
                   and not any(s <= e.start < t and _in_aside(sentence.text[s : e.start]) for s, t in asides)
                   and (" " in (name := sentence.text[e.start : e.end])
                        or (_a_surname(name, names) and _opened_by_its_verb(sentence.text, e.start)))), None)
    return person if person is not None else _body_opening(sentence, quote, verb)


def _body_opening(sentence: Sentence, quote: Quote, verb: int) -> Found | None:
    """The body its sentence opens with as the subject of its first verb, past a wire's dateline (`تونس 17 ديسمبر (وات) -
    دعت [وزارة المالية] …، مؤكدة أن`), whom a participle of its gender goes on from (`مؤكدة` after a feminine name's first
    word: `وزارة`, `الهيئة`; `مؤكدا` after `المجلس`); no person named before the quote (`_subject_before`)."""
    participle = normalize_arabic(quote.verb or "")
    if not (participle.startswith("م") or participle in SAYING_PARTICIPLES) or not participle.endswith(("ه", "ا")):
        return None
    opening = _DATELINE_DASH.match(sentence.text)
    start = opening.end() if opening else 0
    body = min((e for e in sentence.entities if start <= e.start and e.end <= verb and e.label in ("ORG", "PERSON", "LOC")),
               key=lambda e: e.start, default=None)
    if body is None or body.label == "PERSON" or not _opened_by_its_verb(sentence.text[start:], body.start - start):
        return None
    said = sentence.text.rfind(quote.verb or "", 0, quote.start)
    relatives = list(_RELATIVE.finditer(sentence.text, body.end, max(said, body.end)))
    if relatives and not _COMMA.search(sentence.text, relatives[-1].end(), said):
        return None  # the subject of a relative clause right before goes on (`أعربت الولايات المتحدة … عن رضاها تجاه رد فعل
        # الإمارات …، [التي] رفضت التقرير مؤكدة أنها`: the UAE's words); not past a comma (`الاتهامات التي وجهت إليها، مؤكدة`)
    if body.label == "LOC":
        # a country that acts as its government (`رفضت [تركيا] بقوة، الأربعاء، دعوات غربية …، قائلة إن`), opened by a verb in
        # the feminine, as a country's name mostly is (`تركيا`, `إسرائيل`; not `[وحدها] إيران ستستفيد`, no verb)
        if not is_country(normalize_arabic(sentence.text[body.start : body.end])):
            return None
        before = sentence.text[start : body.start].split()
        single_verb = len(before) == 1 and normalize_arabic(before[0]).endswith("ت")
        return body if single_verb and participle.endswith("ه") else None
    feminine = normalize_arabic(sentence.text[body.start : body.end]).split()[0].endswith("ه")
    return body if feminine == participle.endswith("ه") else None


_RELATIVE = re.compile(r"(?<!\S)(?:التي|الذي|الذين|اللتين|اللذين|اللواتي|اللاتي)(?!\S)")
_COMMA = re.compile("[،,]")


def _in_aside(between: str) -> bool:
    """The words `between` a speaker and a name after it open an aside (a comma, then `خلال`, `أثناء`, `مع` …) and do not
    set the name off by a comma of its own (`، خلال الجلسة التي ترأسها رئيس اللجنة [عبد القادر مبروكي]`); not an apposition
    (`قائد المنتخب … في المباراة النهائية، [عبدالله الدوسري]`, `رئيس مؤسسة "…" الأميركية [جيف نوتكين]`)."""
    opening = _ASIDE_OPENING.match(between)
    return opening is not None and normalize_arabic(opening[1]) in _ASIDE_OPENERS and not between.rstrip().endswith(("،", ","))


_ASIDE_OPENING = re.compile(r"\s*[،,]\s*(\w+)")
_ASIDE_OPENERS = frozenset({"خلال", "اثناء", "عقب", "بعد", "قبل", "في", "مع", "امام", "عبر", "لدي"})


# A wire's dateline up to its dash: `تونس 17 ديسمبر (وات) - `, `الكويت - 22 - 11 (كونا) -- `.
_DATELINE_DASH = re.compile(r"[^.()\n]{0,60}\([^()]{2,20}\)\s*[-–—]+\s*")


def _a_surname(name: str, names: dict[str, str]) -> bool:
    """`name`, one word, ends a full name of the document's (`names`, `_full_names`): `وارن`, `الشمري`."""
    key = canonical_key(name)
    return key in names or (normalize_arabic(name).startswith("ال") and "ال " + key in names)


_SPEECH_WORDS = 7  # the fewest words of a quote whose names `_subject_before` passes by as spoken of


def _opened_by_its_verb(text: str, start: int) -> bool:
    """The name at `start` is its sentence's subject: right after the verb that opens it (`كانت [وارن] تزن …`, `وعبر
    [الشمري] عن سعادته باللقب، وقال:`, `وسبق [لزيدان] أن قال`: one word before it, `كان` or a word that is no
    preposition), or first (`[كيوين]، الذي خاض مسيرة حافلة، تحدث …، مؤكدا أن`), past the words that turn to it (`من
    جهته، تحدث [ماتيرازي] … وقال إن`)."""
    before = normalize_arabic(text[:start]).split()
    if before and before[-1] == "ل":
        before.pop()  # (`[ل]زيدان`: `سبق لـ … أن`)
    while before and before[0].rstrip("،,") in _TURNING:
        before.pop(0)
    return not before or len(before) == 1 and (before[0] in KANA or before[0].lstrip("وف") not in PREPOSITIONS)


# Words a sentence turns to its subject with: `من جهته،`, `بدوره،`, `أما`.
_TURNING = frozenset({"من", "ومن", "جهته", "جهتها", "جانبه", "جانبها", "بدوره", "بدورها", "وبدوره", "وبدورها", "اما"})


def _named(speaker: Found | None, sentence: Sentence, names: dict[str, str]) -> Found | None:
    """A speaker phrase that is a name: one the sentence names there (`وأكد [السيسي] أن`, the surname of `عبد الفتاح السيسي`
    named before), a definite word that ends a full name of the document's (`العبادي` of `حيدر العبادي`), or the person
    whose remarks speak (`تصريحات [لزيدان]`): the person, with the name's key, where the rules read a phrase."""
    if speaker is None or speaker.label != "PHRASE":
        return speaker
    same = next((e for e in sentence.entities if (e.start, e.end) == (speaker.start, speaker.end) and e.label in ("PERSON", "ORG")), None)
    if same is not None:
        return same
    first = sentence.text[speaker.start : speaker.end].split(" ", 2)
    if len(first) > 1 and normalize_arabic(first[0]) in REMARKS and first[1].startswith("ل"):
        # a person's remarks speak for them: `عن [تصريحات لزيدان] قوله` → زيدان
        told = speaker.start + len(first[0]) + 1
        return next((e for e in sentence.entities if e.label == "PERSON" and told < e.start <= told + 2 and e.end <= speaker.end), speaker)
    word = normalize_arabic(sentence.text[speaker.start : speaker.end])
    if " " in word or not word.startswith("ال") or (full := names.get("ال " + canonical_key(word))) is None:
        return speaker
    return Found(speaker.start, speaker.end, "PERSON", full, "surname", None, speaker.anchor)


def _titled(speaker: Found | None, entities: list[Found], text: str, quote: Quote) -> Found | None:
    """The person a speaker's role names, where the rules took the role or a word of it for the speaker and the model found
    the name after it, before the quote: `وقال [رائد الفضاء] الإيطالي باولو نيسبولي للبابا إن`, `وقال [مساعد]
    وزير العدل الأميركي لشؤون الأمن القومي، جون ديمرز:` → the name; `المتحدث باسم التحالف العقيد الركن [تركي] المالكي`
    → `تركي المالكي`, with a given name or the word after a rank the model left out. Not where the name may be another
    role's, the nearest (`مستشار [الرئيس] الأمريكي دونالد ترامب`, `مدير مكتب [رئيس] وزراء إثيوبيا أبي أحمد`; but after the
    comma of an apposition) or the principal's (`متحدث [باسم] فانسان بولوريه`), nor where the role's words run past a mark,
    a preposition or a pronoun (`وزير الخارجية خلال لقائه نظيره الروسي سيرغي لافروف`)."""
    if speaker is not None and speaker.label == "LOC":  # a role's place the rules took, its holder in apposition after it
        # (`وكان عامل إقليم [الحسيمة]، عبد الإله بوزيان، قد أكد`: the model's name, which the rules did not see)
        return next((e for e in entities if e.label == "PERSON" and speaker.end < e.start and e.end <= quote.start
                     and text[speaker.end : e.start].strip() in ("،", ",")), speaker)
    if speaker is None or speaker.label not in ("PHRASE", "PERSON"):
        return speaker
    before = quote.start
    if speaker.label == "PERSON" and any(e.label == "PERSON" and e.start < speaker.end and speaker.start < e.end for e in entities):
        return speaker  # a name the sentence names: it stands
    name = min((e for e in entities if e.label == "PERSON" and speaker.start < e.start and e.end <= before),
               key=lambda e: e.start, default=None)
    if name is None or any(e.label == "PERSON" and name.end < e.start and e.end <= before for e in entities):
        return speaker  # (`المتحدث باسم الرئيس محمود عباس، نبيل أبو ردينة،`: which of them speaks is the rules')
    if name.start and text[name.start - 1].isalpha():
        return speaker  # a name the model found inside a word: `متحدث باسم [ف]انسان بولوريه`, `لإنستغرام`
    gap = text[speaker.start : name.start].rstrip()
    apposition = gap.endswith(("،", ","))
    described = re.split(r"[،,]", gap)[-1].split()
    if not apposition and len(described) < len(gap.split()) and described and all(map(_describes_holder, described)):
        apposition, gap = True, gap[: gap.rindex(described[0])].rstrip()  # `…، [البريطاني] مارك ستيفنسون،`, `…، [الملازم
        # الأول] عبد الحكيم بوذراع،`: an apposition whose nationality, rank or title comes before the name
    words = gap.rstrip("،,").split()
    if not 0 < len(words) <= 9 or any(mark in _MARKS for mark in " ".join(words)) or quote.verb in words or words[-1] == "في":
        return speaker  # (`وكان مسؤول أمريكي قد [قال] لـ…`: the subject before its verb; `ممثل شاب [في] …`: where he works)
    if speaker.label == "PHRASE" and not _heads_role(words[0]):
        return speaker  # (a phrase opens with a role; a name the rules took that the sentence does not, `مساعد`, gives way)
    rest = [normalize_arabic(w) for w in words[1:]]  # the role's words after its head
    if any(w in PREPOSITIONS - {"في"} or w.startswith("لل") for w in rest) or any(
            w.endswith("ه") and w != "الله" for w in words[1:]):
        return speaker  # (`ه` as written, no `ة`: a pronoun, `لقائه نظيره`)
    last = normalize_arabic(words[-1])
    titled = last.removeprefix("ال") in PROFESSIONAL_TITLES
    if not apposition and not titled and (rest[-1:] == ["باسم"] or any(_heads_role(w) and _rank(w) is None for w in words[1:])):
        # the name is the principal's, or the nearest role's: `مستشار [الرئيس الأمريكي] دونالد ترامب`; but a name a
        # professional title introduces is the speaker's own (`مساعد رئيس مجلس الشورى الدكتور خالد …`)
        return speaker
    if not apposition and len(words) > 1 and not DEFINITE.match(last) and _role_head(last) is None and (
            _rank(words[-2]) or last not in nationalities() and last not in load_gazetteer().places
            and (last in given_names() or words[-2].startswith("ال"))):
        # a given name, or a word after a rank or the role's last (definite) word, that the model left out: `العقيد تركي`,
        # `وزير الإعلام لاي`
        start = len(text[: name.start].rstrip()) - len(words[-1])
        return Found(start, name.end, "PERSON", canonical_key(text[start : name.end]), name.source, name.country_code, name.anchor)
    return name


def _describes_holder(word: str) -> bool:
    """A word of what stands before a holder's name in an apposition: a nationality, a rank, a title, an ordinal (`الملازم
    [الأول]`)."""
    norm = normalize_arabic(word)
    return (norm in nationalities() or norm.removeprefix("ال") in PROFESSIONAL_TITLES or _rank(word) is not None
            or norm in ORDINALS)


def _rank(word: str) -> str | None:
    """A rank or a title that stands between a role and its holder's name, as `_RANKS` spells it: `العقيد` → `عقيد`."""
    norm = normalize_arabic(word).removeprefix("ال")
    return norm if norm in RANKS else None


def _whole(speaker: Found, entities: list[Found], linked: list[Found], text: str) -> Found:
    """A speaker found as part of a name the sentence names whole (the model's `يوسف الشاهد` for `يوسف`): the name; or
    of a name the document names elsewhere (`linked`, source `document`: `وقالت [حفيت] للقطارات` after `شركة حفيت
    للقطارات`), whatever its label. A phrase of one particle or given name that opens a person's name is that person:
    `وأضاف [آل] علي` (`آل`, read as an article, ends the phrase before `علي`, read as the preposition), `وقال [ستيفان]
    باني`, the Mauritanian `وأضاف [ولد] ببانه`; not one word of another kind, after which the model may have run on (`رونار [مازحا]`)."""
    if speaker.label == "PHRASE":
        word = normalize_arabic(text[speaker.start : speaker.end])
        opens = word in PARTICLE_WORDS or word in PARTICLES or word in given_names()  # (`وأضاف [ولد] ببانه`, the phrase
        # stopped at `ب` read as a preposition)
        return next((e for e in [*entities, *linked] if e.label == "PERSON" and e.start == speaker.start
                     and (speaker.end == e.end or opens and speaker.end < e.end)), speaker)  # (the very name: `وأضاف [آل علي]`)
    if speaker.label != "PERSON":
        return speaker
    return next((e for e in [*entities, *linked] if (e.label == "PERSON" or e.source == "document") and e.start <= speaker.start
                 and speaker.end <= e.end and e.end - e.start > speaker.end - speaker.start), speaker)


_CLOSING = {'"': '"', "«": "»", "“": "”"}
_FOLLOWING = 8  # sentences a quotation may run on into


def _continued(doc: list[tuple[dict, Sentence]], k: int, quote: Quote) -> tuple[dict, int] | None:
    """Where a quotation left open at its sentence's end closes, in a later sentence of the document: that
    sentence's row and the offset of the quotation's end in it. `قال: "نجحنا.` `لكن العمل مستمر."` is one
    quotation over two sentences (`sentence_spans` splits at a stop inside marks)."""
    text = doc[k][0]["text"]
    opening = text[: quote.start].rstrip()[-1:]
    if quote.kind != "direct" or opening not in _CLOSING or text[quote.end :].strip(" .!?؟؛…"):
        return None
    closing = _CLOSING[opening]
    for j in range(k + 1, min(len(doc), k + 1 + _FOLLOWING)):
        row, previous = doc[j][0], doc[j - 1][0]
        if row["char_start"] - previous["char_start"] - len(previous["text"]) > 1:
            return None  # sentences of one paragraph are one space apart at most
        at = row["text"].find(closing)
        if at > 0 and opening == closing and row["text"][at - 1].isspace() and row["text"][at + 1 : at + 2].isalpha():
            return None  # a mark that opens the next quotation (`وعلق ثالث "برافو…"`): this one's closing mark is missing
        if at >= 0:
            return (row, len(row["text"][:at].rstrip())) if at > 0 else None
        if opening != closing and opening in row["text"]:
            return None  # another quotation opens first: this one's closing mark is missing
    return None


def _across(doc: list[tuple[dict, Sentence]], k: int, start: int, last: dict, end: int) -> str:
    """The document's text from `start` in sentence `k` to `end` in sentence `last`, the spaces between sentences kept."""
    row = doc[k][0]
    if last is row:
        return row["text"][start:end]
    parts, position = [row["text"][start:]], row["char_start"] + len(row["text"])
    for later, _ in doc[k + 1 :]:
        parts.append(" " * (later["char_start"] - position))
        parts.append(later["text"][:end] if later is last else later["text"])
        position = later["char_start"] + len(later["text"])
        if later is last:
            break
    return "".join(parts)


def _mention(row: dict, found: Found) -> dict:
    """A speaker's columns: its surface form, document offsets, and canonical key when it is an entity."""
    base = row["char_start"]
    canonical = None if found.label == "PHRASE" else found.canonical
    span = {"speaker_start": base + found.start, "speaker_end": base + found.end, "speaker_canonical": canonical}
    return {"speaker": row["text"][found.start : found.end], **span}


@_paused
def find_dates(sentences: pa.Table, published: dict[str, dt.date | None]) -> pa.Table:
    """Dates in every sentence, resolved against each document's publication date (`أمس الاثنين`)."""
    return find_dates_and_amounts(sentences, published)[0]


@_paused
def find_dates_and_amounts(sentences: pa.Table, published: dict[str, dt.date | None]) -> tuple[pa.Table, pa.Table]:
    """Dates and amounts from one pass over each sentence's tokens (both start from numbers and day words)."""
    date_rows = {name: [] for name in DATE_COLUMNS.names}
    amount_rows = {name: [] for name in AMOUNT_COLUMNS.names}
    for row in _rows(sentences):
        if not _MAY_COUNT_OR_DATE.search(normalize_arabic(row["text"])):
            continue  # most sentences name no number and no day: a regex says so faster than tokens
        tokenised, day = tokens(row["text"]), _day_of(published.get(row["doc_id"]))
        dates = find_dates_in(row["text"], day, tokenised)
        _date_rows(row, dates, date_rows)
        _amount_rows(row, find_amounts_in(row["text"], tokenised, dates), amount_rows)
    return pa.table(date_rows, schema=DATE_COLUMNS), pa.table(amount_rows, schema=AMOUNT_COLUMNS)


@_paused
def find_amounts(sentences: pa.Table) -> pa.Table:
    """Amounts in every sentence (digits or words), with unit, currency and the noun counted."""
    rows = {name: [] for name in AMOUNT_COLUMNS.names}
    for row in _rows(sentences):
        _amount_rows(row, find_amounts_in(row["text"]), rows)
    return pa.table(rows, schema=AMOUNT_COLUMNS)

TRIGGER_WORDS = DATE_WORDS | NUMBER_WORDS
# Digits, or a word that may open a date or a number, after clitics and the article (normalised text).
_MAY_COUNT_OR_DATE = re.compile(
    f"[0-9{ARABIC_INDIC_DIGITS}{PERSIAN_DIGITS}%٪]"
    + r"|(?<!\w)[وفبلك]{0,2}(?:ال)?(?:"
    + "|".join(sorted(TRIGGER_WORDS, key=len, reverse=True))
    + r")(?!\w)"
)


def _rows(sentences: pa.Table) -> list[dict]:
    return sentences.select(["doc_id", "sentence_id", "text", "char_start", "partition_date"]).to_pylist()


def _date_rows(row: dict, found: list[FoundDate], rows: dict[str, list]) -> None:
    base = row["char_start"]
    for d in found:
        span = {"text": row["text"][d.start : d.end], "char_start": base + d.start, "char_end": base + d.end}
        _append(rows, row, **span, kind=d.kind, granularity=d.granularity, resolved=d.resolved)


def _amount_rows(row: dict, found: list[FoundAmount], rows: dict[str, list]) -> None:
    base = row["char_start"]
    for a in found:
        span = {"text": row["text"][a.start : a.end], "char_start": base + a.start, "char_end": base + a.end}
        _append(rows, row, **span, value=a.value, unit=a.unit, currency=a.currency, object=a.object)


def _day_of(published: dt.date | dt.datetime | None) -> dt.date | None:
    """`published_at` is a timestamp; dates resolve against its day."""
    return published.date() if isinstance(published, dt.datetime) else published


def find_all(sentences: pa.Table, published: dict[str, dt.date | None]) -> tuple[pa.Table, pa.Table, pa.Table, pa.Table]:
    """Entities, quotes, dates and amounts of a batch of whole documents."""
    entities, quotes = find_mentions(sentences)
    dates, amounts = find_dates_and_amounts(sentences, published)
    return entities, quotes, dates, with_document_currencies(amounts, entities)


def with_document_currencies(amounts: pa.Table, entities: pa.Table) -> pa.Table:
    """`amounts` with the currency of a currency word that names no country alone (`SHARED_CURRENCIES`: `دينار`, `ريال`,
    `ليرة`) filled from its document: the code the document gives the same word elsewhere (`مليون ريال سعودي` … `500
    ريال`: SAR), else the country among the document's places that uses such a currency and is named most often (`ليرة`
    in an article on Turkey: TRY; a dinar in a TAP dispatch on Tunisia that names Libya once: TND). Where neither says,
    or two are named as often, it stays null: no guess. On the 3,783-article ANT slice 233 amounts had a currency word and
    no currency (157 filled, 40 read, all right); in the gold sets, currencies right 367 of 1,504 before (the rest null),
    1,443 with this and the Maghreb's spellings (`extract_amounts`), 3 wrong (a Jordanian dispatch naming Iraq more)."""
    rows = amounts.select(["doc_id", "unit", "currency"]).to_pylist()
    if not any(r["currency"] is None and r["unit"] in SHARED_CURRENCIES for r in rows):
        return amounts
    given: dict[tuple[str, str], set[str]] = {}
    for r in rows:
        if r["currency"] is not None and r["unit"] in SHARED_CURRENCIES:
            given.setdefault((r["doc_id"], r["unit"]), set()).add(r["currency"])
    places: dict[str, Counter[str]] = {}
    for doc_id, label, country in zip(*(entities[c].to_pylist() for c in ("doc_id", "label", "country_code"))):
        if label == "LOC" and country:
            places.setdefault(doc_id, Counter())[country] += 1
    filled = []
    for r in rows:
        code = r["currency"]
        if code is None and r["unit"] in SHARED_CURRENCIES:
            codes = given.get((r["doc_id"], r["unit"]))
            if codes:
                code = next(iter(codes)) if len(codes) == 1 else None
            else:
                named = places.get(r["doc_id"], Counter())
                ranked = sorted(((named[country], currency) for country, currency in SHARED_CURRENCIES[r["unit"]].items()
                                 if named[country]), reverse=True)
                code = ranked[0][1] if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]) else None
        filled.append(code)
    return amounts.set_column(amounts.schema.get_field_index("currency"), amounts.schema.field("currency"), pa.array(filled, pa.string()))
