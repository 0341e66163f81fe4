"""One sentence's entities and quotes: the finders run in order over one token view, each result passed on.

Offline and rule-based. Precision over recall: a person's name is only taken where the sentence's
shape vouches for it (a role phrase, a given name, a speech verb). Places and organisations come
first, as a person's name never runs through them; then people; then quotes and their speakers.
Offsets are within the sentence; `akhbar.tasks.extract` makes them document offsets.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from akhbar.tasks.arabic import normalize_arabic
from akhbar.tasks.extract_acronyms import find_acronyms, find_aliases, find_coded_bodies, find_wire_agencies
from akhbar.tasks.extract_given_names import find_named
from akhbar.tasks.extract_orgs import (
    find_days,
    find_definite_orgs,
    find_events,
    find_festival_days,
    find_kinds_in_marks,
    find_marked_works,
    find_models,
    find_namesakes,
    find_national_plans,
    find_orgs,
    find_plans,
    join_bodies,
    join_embassies,
    join_foreign_universities,
    join_missions,
)
from akhbar.tasks.extract_people import find_appositions, find_honoured, find_people, find_regnal, find_subjects, find_titled
from akhbar.tasks.extract_places import (
    find_named_clubs,
    find_places,
    find_typed_places,
    with_lines_and_temples,
    with_museums,
    with_new_towns,
    with_numbered_roads,
    with_plus,
    with_republics,
    with_reserves,
)
from akhbar.tasks.extract_quotes import find_indirect, find_quotes
from akhbar.tasks.extract_tokens import Found, Quote, Tokens, tokenise, without_overlaps
from akhbar.tasks.extract_words import RANK_PLURALS


class Sentence(NamedTuple):
    """One sentence's words and what they name."""

    tokens: Tokens
    taken: frozenset[int]  # words inside a place or organisation name: no person's name runs through them
    entities: list[Found]
    quotes: list[Quote]
    outside: tuple[tuple[int, int], ...] = ()  # words the NER model is sure are in no name (`ner_crf.vetoed`), once it ran

    @property
    def text(self) -> str:
        return self.tokens.text


# A hashtag's mark, and the underscores that join its words: `دونالد #ترمب`, `#تيريزا_ماي`, `#ميليشيات_الحوثي`.
_HASHTAG_MARKS = re.compile(r"#(?=\w)|(?<=[^\W\d_])_(?=[^\W\d_])")


def without_hashtags(text: str) -> str:
    """The sentence as the finders read it: a hashtag's `#` and `_` as spaces, as news sites that tag names write them
    (`قالت رئيسة وزراء بريطانيا #تيريزا_ماي`: 1,722 such on the 6,300-article ANT slice, in 577 documents), so that the
    name is read as any other. One character for one: every offset holds."""
    return _HASHTAG_MARKS.sub(" ", text)


def analyse_sentence(text: str) -> Sentence:
    """Places, organisations, people and quotes of one sentence: `وقال لافروف "…"` → a PERSON, a direct quote."""
    tokens = tokenise(without_hashtags(text))
    # Places and organisations, each finder given the words taken before it.
    agencies, wire = find_wire_agencies(tokens, frozenset())  # a wire's mark first: `/قنا/` is QNA, not the town Qena
    works, titled = find_marked_works(tokens, wire)  # `فيلم "حيفا في القلب"`: the place inside a title is no mention
    kinds, titled = find_kinds_in_marks(tokens, titled)  # `وكالة الأسفار "رمال آدرار"`: nor inside a body's name in marks
    works += kinds
    places, taken = find_places(tokens)
    places = [p for p in places if p.anchor not in wire and not any(w.start <= p.start and p.end <= w.end for w in works)]
    taken = taken | titled
    namesakes, taken = find_namesakes(tokens, taken)  # `مطار الملك حسين`: before the title ends a body's name
    orgs, places, taken = find_orgs(tokens, places, taken)  # a team named for a place turns it into an ORG
    clubs, taken = find_named_clubs(tokens, taken)  # `[توتنهام] الإنجليزي`: no town or country takes the adjective
    national, taken = find_national_plans(tokens, taken)  # `الاستراتيجية الوطنية للأمن السيبراني`, before `المجلس` takes it
    definite, taken = find_definite_orgs(tokens, taken, places)
    acronyms, taken = find_acronyms(tokens, taken)
    events, taken = find_events(tokens, places, taken)
    festivals, taken = find_festival_days(tokens, places, taken)
    days, taken = find_days(tokens, taken)
    names = places + namesakes + orgs + clubs + definite + acronyms + agencies + events + festivals + days + works + national
    names += find_models(tokens)  # `من طراز A321neo`
    names, taken = find_coded_bodies(tokens, names, taken)  # `… للبحث في الصيد البحري (INRH)`: the whole body
    typed, taken = find_typed_places(tokens, names, taken)
    names += typed
    names = find_aliases(tokens, names)
    plans = find_plans(tokens, taken)  # `رؤية المملكة 2030`: the place inside the plan's name is no mention of its own
    names = [n for n in names if not any(p.start <= n.start and n.end <= p.end for p in plans)] + plans
    names = join_bodies(tokens, names)  # `لجنة الطاقة بمجلس النواب`, `جامعة محمد الخامس بالرباط`: one name
    names = join_foreign_universities(tokens, names)  # `الجامعة الأمريكية في بيروت`
    names = join_missions(tokens, names)  # `بعثة الأمم المتحدة للدعم في ليبيا`
    names = join_embassies(tokens, names)  # `سفارة مملكة إسبانيا`
    names = with_plus(tokens, with_new_towns(tokens, names))  # `العلمين الجديدة`, `أوبك+`
    names = with_museums(tokens, with_republics(tokens, names))  # `الجمهورية التركية`, `متحف قطر الوطني`
    names = with_reserves(tokens, with_lines_and_temples(tokens, names))  # `مترو الدوحة`, `معبد الأقصر`, `محمية العريق الطبيعية`
    names = with_numbered_roads(tokens, names)  # `الطريق الوطني رقم 9`
    # People, through none of those words.
    people = find_people(tokens, taken) + find_named(tokens, taken) + find_subjects(tokens, taken) + find_appositions(tokens, taken)
    people += find_titled(tokens, taken)  # `الدكتور [بشر الخصاونة]`: a first name the lexicon lacks
    people += find_honoured(tokens, taken)  # `معالي [صقر غباش]`
    people += find_regnal(tokens, taken)  # `الملك [الحسن الثاني]`
    people = [p for p in without_overlaps(people) if normalize_arabic(tokens.text[p.start : p.end]) not in RANK_PLURALS]  # `رئيسة [وزراء]`
    # Quotes, their speakers among the mentions.
    mentions = sorted(names + people, key=lambda e: (e.anchor, e.start))
    direct = find_quotes(tokens, taken, names, mentions)
    indirect = find_indirect(tokens, taken, mentions, direct)
    # Marks around a fragment of reported speech belong to the indirect quote: `أن الاقتصاد «قادر …»`.
    quotes = [q for q in direct if not any(r.start <= q.start - 1 and q.end <= r.end for r in indirect)] + indirect
    speakers = [q.speaker for q in quotes if q.speaker and q.speaker.label != "PHRASE"]
    return Sentence(tokens, taken, without_overlaps(names + people + speakers), quotes)
