"""Names found again where their context is missing: a surname alone of a person named in full elsewhere
in the document (`وقال ميستورا`), and any name found elsewhere by its context (`وسيمبسون`)."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from akhbar.tasks.extract_canonical import canonical_key, word_key
from akhbar.tasks.extract_dates import MONTHS
from akhbar.tasks.extract_gazetteer import load_gazetteer, not_names
from akhbar.tasks.extract_names import person
from akhbar.tasks.extract_tokens import Found, Tokens, agreeing_adjective, clitic_readings, skip_letters
from akhbar.tasks.extract_words import HEADS, NAMED_PLACE_HEADS, PARTICLES, PLACE_HEADS, PREPOSITIONS_LIKE_NAMES, REGNAL_ORDINALS, ROLES

# A body or an office with the article is never a surname alone, whatever bad full name ends in it (`عمار [الحكومة]`,
# `الملك`); a common word may be one (`الشاهد`, of `يوسف الشاهد`, is also `the witness`).
_OFFICES = HEADS | ROLES
# A month is no surname alone, though its key may meet one (`مارس`, March, keyed as `محمد مرسي`'s `مرس`); but `ماي`,
# the Maghreb's May, is also Theresa May's name, and `الاول`, `الثاني` are no month alone.
_MONTHS = frozenset(MONTHS) - {"ماي", "الاول", "الثاني", "اب"}


@lru_cache(maxsize=1 << 16)
def _surname_keys(norm: str) -> frozenset[str]:
    """Keys of a word's clitic readings, to meet a surname: `والجعفري` → {`ال جعفر`, …}.

    `ال` is kept apart: `الجعفري` may stand for `بشار الجعفري`, but `الشرطة` is not `شرطة`.
    """
    return frozenset(("ال " if stem.startswith("ال") else "") + word_key(stem) for _, stem in clitic_readings(norm))


def find_surnames(tokens: Tokens, taken: frozenset[int], names: dict[str, str], found: list[Found],
                  written: frozenset[str] | None = None) -> list[Found]:
    """Surnames alone of people named in full elsewhere in the document: `وقال ميستورا`, `دي مستورا`.

    `names` maps surname keys to full names (`extract_documents._full_names`); `found` are the sentence's
    mentions so far, which a surname must not overlap; `taken` its words inside a place or organisation. `written`, where
    given, holds the full names' last words with the article as written: a surname with the article is one of them, as a
    document spells a name the same throughout (`المالكي` of `تركي المالكي`; `قوات الدفاع [الملكي]`, royal, has its
    key, and `الميليشيات [الحوثية]` that of `عبدالملك الحوثي`).
    """
    words, spans, people = tokens.words, [(e.start, e.end) for e in found], []
    lasts = {key.rsplit(" ", 1)[1] for key in names if " " in key}  # a surname of two words whose last alone may be none
    for i, word in enumerate(words):
        if names.keys().isdisjoint(_surname_keys(word.norm)) and not (i and word_key(word.norm) in lasts):
            continue  # (`أيت علي` of `محمد أيت علي`: `علي` alone is no surname)
        before = word_key(words[i - 1].norm) + " " if i else None  # (across a hyphen too: `هيونغ-مين`)
        for skip, stem in word.readings:
            key = ("ال " if stem.startswith("ال") else "") + word_key(stem)
            pair = before is not None and not skip and before + key in names
            particle = pair and words[i - 1].norm in PARTICLES  # `أيت [علي]`: a name, not `على`; not `مون [أن]`
            if ((key not in names and not pair) or i in taken or (stem in not_names() and not particle)
                    or stem.removeprefix("ال") in _OFFICES or stem in _MONTHS or stem in REGNAL_ORDINALS
                    or written is not None and not pair and key.startswith("ال ") and stem not in written):
                continue
            if key not in names and i - 1 in taken:
                continue  # the pair's first word is another name's: `هيونغ-[مين]` stays the model's whole name
            if "ك" in word.norm[:skip]:
                continue  # `[ك]انون الثاني` is no `ك` + `أنان`: news seldom writes a name behind `ك`, and it takes words' first letters
            start = i - 1 if pair and i - 1 not in taken else i
            surname = person(tokens, start, i + 1, anchor=start, skip=skip if start == i else 0, source="surname")
            if start == i and stem.startswith("ال") and not tokens.text.startswith("ال", surname.start):
                surname = replace(surname, canonical=canonical_key(stem))  # `للعودة`: the article's alef unwritten after `ل`
            if all(surname.end <= s or surname.start >= e for s, e in spans):
                people.append(surname)
            break
    return people


def find_repeats(
    tokens: Tokens, taken: frozenset[int], names: dict[tuple[str, ...], Found], found: list[Found], firsts: frozenset[str] | None = None
) -> list[Found]:
    """Names found elsewhere in the document, found again here: one sense per discourse.

    `names` maps a name's normalised words to how it was found (`("سيمبسون",)` → a PERSON):
    `بين سيمز وسيمبسون` names both once `دايتون سيمبسون` was found after `المشتبه به`. `firsts` are
    the names' first words (computed from `names` when not given).
    """
    words, spans, again = tokens.words, [(e.start, e.end, e.label) for e in found], []
    longest = max(len(key) for key in names)
    firsts = firsts if firsts is not None else frozenset(key[0] for key in names)
    for i, word in enumerate(words):
        if i in taken or firsts.isdisjoint(word.stems):
            continue
        for skip, stem in word.readings:
            n = next((n for n in range(longest, 0, -1) if _repeat_key(tokens, i, stem, n) in names), 0)
            if not n or (n == 1 and stem in not_names()):  # a function word named once is not named everywhere
                continue
            if n == 1 and skip and word.skel[:skip] == "ك" and _a_word_of_its_own(word.raw):
                continue  # `نيللي كريم`: `كريم` is a word news writes whole, not `ك` + the name `ريم`
            known = names[_repeat_key(tokens, i, stem, n)]
            start = word.start + skip_letters(word.raw, skip)
            if n == 1 and tokens.text[start : word.end] in PREPOSITIONS_LIKE_NAMES:
                continue  # `على` is `علي` once normalised: the preposition is not the name Ali
            if (n == 1 and not skip and i > 0 and not words[i - 1].breaks and agreeing_adjective(words[i - 1].skel, word.skel)
                    and word.norm not in load_gazetteer().places):
                continue  # `القنطرة [الجديدة]`: the new bridge, not El Jadida (but `المملكة [السعودية]`, a country the gazetteer knows)
            entity = Found(start, words[i + n - 1].end, known.label, known.canonical, "document", known.country_code, i)
            kind_end = word.end if stem.removeprefix("ال") in _KINDS else None  # `شركة`, `جزيرة`, `الدكتور`
            if all(entity.end <= s or entity.start >= e or (n > 1 and _wins(entity, kind_end, s, e, label)) for s, e, label in spans):
                again.append(entity)
                spans.append((entity.start, entity.end, entity.label))
            break
    return again


_KINDS = HEADS | PLACE_HEADS | NAMED_PLACE_HEADS | ROLES


def _a_word_of_its_own(raw: str) -> bool:
    """A word news writes as it is more often than its clitic reading (`كريم` 301 times; `كترامب` is the name behind
    `ك`). Only `ك` is asked: after `و` a name news writes in pairs is more often whole (`تيران وصنافير`)."""
    from akhbar.tasks.ner_crf import load_words, stem_of, word_key  # the tagger's words; it imports this module

    key = word_key(raw)
    return load_words().counts.get(key, 0) > 0 and stem_of(key)[0] == 0


def _wins(name: Found, kind_end: int | None, start: int, end: int, label: str) -> bool:
    """A name of two words or more found again wins over a mention found inside it (`without_overlaps` keeps the longer):
    `وقالت [حفيت] للقطارات`, a man's name to the speech verb, after `شركة حفيت للقطارات`; `فيدل [كاسترو]`; `أتلتيكو
    [مدريد]`; `ميناء راس [عيسى]`. Not one led by a kind, role or head over the same kind of name at its end (`شركة
    [سانوفي]`, `جزيرة [كريسماس]`, `الدكتور [كيد]`; `kind_end`, where the name's first word is one): the finder that left
    the kind out here knew why, as `tests/gold/README.md` leaves type words out. On 7,958 ANT articles: 600 names whole,
    most where a surname alone or half a name was found."""
    if not (name.start <= start and end <= name.end):
        return False
    return kind_end is None or label != name.label or end != name.end or start < kind_end


def _repeat_key(tokens: Tokens, i: int, stem: str, n: int) -> tuple[str, ...] | None:
    """The normalised words of `n` words from word `i` read as `stem`, none across punctuation."""
    words = tokens.words
    if i + n > len(words) or any(w.breaks for w in words[i : i + n - 1]):
        return None
    return (stem, *(w.norm for w in words[i + 1 : i + n]))
