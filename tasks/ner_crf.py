"""The NER model: a linear-chain CRF (python-crfsuite) trained on ANERcorp, the default finder of PERSON, ORG, LOC and MISC.

A sentence is cut into ANERcorp-style tokens (words with their clitics, each punctuation mark alone);
each token is described by features (`features`): its orthographic key and clitic-stripped stem,
prefixes and suffixes, shape and script, how often it occurs in unlabeled news and its word
clusters there (`data/ner_words.tsv`, `ner_clusters`), its membership in the extractor's lexicons
and gazetteer, what the rule finders made of it, and the same of its neighbours. The model
(`data/ner_crf.crfsuite`, `train_ner` makes it) tags tokens in BIO with ANERcorp's types; tagged
tokens become spans of the sentence with clitics outside the span (`وبلبنان` → `لبنان`).
"""

from __future__ import annotations

import dataclasses
import functools
import math
import re
import struct
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from itertools import groupby
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np

from akhbar.tasks.arabic import MARKS, WORD_LETTERS, norm, normalize_arabic, strip_marks
from akhbar.tasks.extract_amounts import CURRENCY_WORDS, SCALE_WORDS
from akhbar.tasks.extract_canonical import aliases, canonical_key
from akhbar.tasks.extract_gazetteer import load_gazetteer, load_local_places, load_towns, nationalities, not_names
from akhbar.tasks.extract_orgs import EVENT_ARTS, arabic_adjective
from akhbar.tasks.extract_people import (
    with_family_nisbas,
    with_first_names_before_given,
    with_last_syllables,
    with_particle_names,
    with_ranked_given_names,
)
from akhbar.tasks.extract_places import (
    BARE_ALEF_ONLY,
    OF_A_STATE,
    and_a_place,
    capitals_in_city_lists,
    common_nisba,
    describes_after,
    find_counted_places,
    find_feature_names,
    find_listed_places,
    in_place_phrase,
)
from akhbar.tasks.extract_sentence import Sentence
from akhbar.tasks.extract_spans import Span, Word, group_words
from akhbar.tasks.extract_speakers import SPEAKING_KINDS, all_marks_hold, marks_only
from akhbar.tasks.extract_tokens import (
    K_DEFINITE_HEAD,
    K_GIVEN,
    K_HEAD,
    K_LETTER,
    K_LOCATIVE,
    K_PLACE,
    K_PLACE_HEAD,
    K_ROLE,
    K_SAYING,
    K_TYPE_HEAD,
    K_VERB,
    Found,
    Quote,
    Tokens,
    agreeing_adjective,
    clitic_readings,
    skip_letters,
    word_forms,
)
from akhbar.tasks.extract_words import (
    ADJECTIVE_PLACES,
    AMBIGUOUS_PLACES,
    COMMON_THINGS,
    CONTINUING_PARTICLES,
    DIRECTIONS,
    JOINING_PARTICLES,
    KIN_NOUNS,
    NAMED_PLACE_HEADS,
    NAMES_WITH_CLITIC_LETTERS,
    NATIVE_NAME_WORDS,
    ORDINALS,
    PLACE_HEADS,
    PREPOSITIONS,
    PRODUCTS,
    PROFESSIONAL_TITLES,
    PRONOUN_PREPOSITION,
    RANK_PLURALS,
    RANKS,
    REGNAL_ORDINALS,
    ROLES,
    SON_OF,
    SOURCE_NOUNS,
    STATION_SERVICES,
    given_names,
)

DATA = Path(__file__).parent / "data"
MODEL_PATH = DATA / "ner_crf.crfsuite"
WORDS_PATH = DATA / "ner_words.tsv"
MEMORY_PATH = DATA / "ner_memory.tsv"
# ANERcorp's tokens: a run of letters, digits and harakat, or one mark of punctuation.
TOKEN = re.compile(rf"[\w{MARKS}]+|[^\w\s{MARKS}]")
_TOKEN_AND_GAP = re.compile(rf"({TOKEN.pattern})(\s*)")
_ARABIC = re.compile(f"[{WORD_LETTERS}]")
_KIND_NAMES = {
    K_ROLE: "role", K_GIVEN: "given", K_SAYING: "saying", K_LETTER: "letter", K_PLACE_HEAD: "placehead",
    K_LOCATIVE: "locative", K_TYPE_HEAD: "typehead", K_HEAD: "head", K_DEFINITE_HEAD: "defhead", K_VERB: "verb",
    K_PLACE: "placestart",
}  # fmt: skip
# A clitic is cut off only where the word without it is at least this much more frequent in news: `وإسرائيل` → `إسرائيل`,
# while `وليد` and `واشنطن` stay whole.
_CLITIC_RATIO = 1.0


@functools.lru_cache(maxsize=1 << 16)
def word_key(word: str) -> str:
    """The form words are counted and clustered under: no harakat, one alef, `ة`→`ه`, `ى`→`ي` (`norm`)."""
    return norm(word)


class Lexicon(NamedTuple):
    """Each frequent word of the unlabeled news: its count and cluster ids (coarse to fine)."""

    counts: dict[str, int]
    clusters: dict[str, tuple[str, ...]]


@functools.cache
def load_words(path: Path | None = None) -> Lexicon:
    """`data/ner_words.tsv` (or `path`): word, count, cluster ids (`ner_clusters.write_clusters`)."""
    counts, clusters = {}, {}
    with (path or WORDS_PATH).open(encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            word, count, *ids = line.rstrip("\n").split("\t")
            counts[word], clusters[word] = int(count), tuple(ids)
    return Lexicon(counts, clusters)


def tokens_of(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each ANERcorp-style token of a sentence: `وقال (د.ب.أ)` → وقال ( د . ب . أ )."""
    return words_of(text)[0]


def words_of(text: str) -> tuple[list[tuple[int, int]], list[str]]:
    """`tokens_of` and the tokens themselves. Only whitespace lies between tokens, so each token is read with the
    space after it and the offsets add up (twice as fast as a match object per token)."""
    position = len(text) - len(text.lstrip())
    spans, words = [], []
    for word, gap in _TOKEN_AND_GAP.findall(text, position):
        end = position + len(word)
        spans.append((position, end))
        words.append(word)
        position = end + len(gap)
    return spans, words


def stem_of(key: str) -> tuple[int, str]:
    """The clitic reading of a word most frequent in news, as (letters cut, stem): `وبلبنان` → (2, `لبنان`).

    A reading wins only where its stem is more frequent than the whole word, so `وليد` stays `وليد`.
    """
    counts = load_words().counts
    best, best_count = (0, key), counts.get(key, 0) * _CLITIC_RATIO
    for cut, stem in clitic_readings(key)[1:]:
        if counts.get(stem, 0) > best_count and len(stem) >= 2:
            best, best_count = (cut, stem), counts[stem]
    return best


def _bucket(count: int) -> str:
    return "0" if count == 0 else str(min(int(math.log2(count)), 14))


def _shape(token: str) -> str:
    """`ar`, `lat`, `Lat` (capitalised), `num`, `punct` or `mix`."""
    if _ARABIC.match(token):
        return "ar"
    if token.isdigit():
        return "num"
    if token.isascii() and token.isalpha():
        return "Lat" if token[0].isupper() else "lat"
    return "punct" if not any(c.isalnum() for c in token) else "mix"


@functools.lru_cache(maxsize=1 << 16)
def _own(token: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...], str]:
    """A token's own features, and those it gives the words 1 and 2 before and after it (cached: news reuses words)."""
    lexicon = load_words()
    key = word_key(token)
    shape = _shape(token)
    if shape != "ar":
        own = ("b", "w=" + key, "sh=" + shape, "len=" + str(min(len(key), 6)))
        near = ("w=" + key, "sh=" + shape)
        return own, near, near[:1], (key if shape == "punct" else shape,), key
    cut, stem = stem_of(key)
    bare = stem[2:] if stem.startswith("ال") and len(stem) > 4 else stem
    clusters = lexicon.clusters.get(key, ("-", "-", "-"))
    stem_clusters = lexicon.clusters.get(stem, ("-", "-", "-"))
    count = lexicon.counts.get(key, 0)
    _, _, _, _, _, _, kinds = word_forms(token)
    lexicons = [name for bit, name in _KIND_NAMES.items() if kinds & bit]
    place = load_gazetteer().places.get(bare) or load_gazetteer().places.get(stem)
    if place:
        lexicons.append("gz=" + place.label)
    if bare in not_names() or stem in not_names():
        lexicons.append("notname")
    if stem in nationalities() or key in nationalities():
        lexicons.append("nationality")
    own = (
        "b", "w=" + key, "st=" + stem, "bare=" + bare, "cl=" + key[:cut], "al=" + str(stem.startswith("ال")),
        "p2=" + bare[:2], "p3=" + bare[:3], "s1=" + bare[-1:], "s2=" + bare[-2:], "s3=" + bare[-3:],
        "len=" + str(min(len(bare), 9)), "f=" + _bucket(count), "fs=" + _bucket(lexicon.counts.get(stem, 0)),
        "c0=" + clusters[0], "c1=" + clusters[1], "c2=" + clusters[2], "sc1=" + stem_clusters[1], "sc2=" + stem_clusters[2],
        *("x=" + name for name in lexicons),
    )  # fmt: skip
    # How the word's bare form behaves in news: names seldom take the article or a pronoun suffix (`باموك`, never `الباموك`).
    bare_count = lexicon.counts.get(bare, 0)
    takes_article = _bucket(lexicon.counts.get("ال" + bare, 0) * 8 // (bare_count + 1))
    takes_suffix = _bucket(sum(lexicon.counts.get(bare + s, 0) for s in ("ه", "ها", "هم")) * 8 // (bare_count + 1))
    own += ("art=" + takes_article, "suf=" + takes_suffix)
    grams = tuple("g=" + bare[i : i + 3] for i in range(1, len(bare) - 3))  # inner letter trigrams
    own += grams + ("p1=" + bare[:1], "p4=" + bare[:4], "s4=" + bare[-4:])
    near = ("w=" + key, "st=" + stem, "c0=" + clusters[0], "c1=" + clusters[1], "c2=" + clusters[2], "sc1=" + stem_clusters[1],
            "sc2=" + stem_clusters[2], "f=" + _bucket(count), "s2=" + bare[-2:], "p2=" + bare[:2], *("x=" + name for name in lexicons))
    far = ("w=" + key, "st=" + stem, "c0=" + clusters[0], "c1=" + clusters[1], "c2=" + clusters[2], "sc1=" + stem_clusters[1])
    return own, near, far, (clusters[1],), stem


@functools.lru_cache(maxsize=1 << 16)
def _as_neighbour(token: str, offset: int) -> tuple[str, ...]:
    """The features `token` gives the word `offset` places away, prefixed with the offset: `-1:w=قال`."""
    own, near1, near2, _, _ = _own(token)
    return tuple(f"{offset}:{f}" for f in (near1 if abs(offset) == 1 else near2))


def _by_prefix(ids: dict[str, int]) -> dict[str, dict[str, int]]:
    """Feature ids by their name's prefix (up to its first `:` or `=`), then by the rest: `-1:w=قال` → [`-1:`][`w=قال`]."""
    groups: dict[str, dict[str, int]] = {}
    for name, k in ids.items():
        cut = min(i for i in (name.find(":"), name.find("="), len(name)) if i >= 0) + 1
        groups.setdefault(name[:cut], {})[name[cut:]] = k
    return groups


class PairTable(NamedTuple):
    """One kind of pair feature (`w|w+1=a|b` and `w-1|w=a|b`) by the numbers of its parts: `codes` sorted."""

    parts: dict[str, int]  # a part (a word's key, cluster or stem) → its number
    codes: np.ndarray  # first part's number × len(parts) + the second's
    ids: np.ndarray  # for each code: the feature id for the first word and for the second (0: none)


def _pair_table(first: dict[str, int], second: dict[str, int]) -> PairTable:
    """The `PairTable` of one kind's features for the first word and for the second, by what they join (`a|b`)."""
    joined = sorted(first.keys() | second.keys())
    halves = [_halves(key) for key in joined]
    parts: dict[str, int] = {}
    for a, b in halves:
        parts.setdefault(a, len(parts))
        parts.setdefault(b, len(parts))
    codes = np.array([parts[a] * len(parts) + parts[b] for a, b in halves], dtype=np.int64)
    ids = np.array([(first.get(key, 0), second.get(key, 0)) for key in joined], dtype=np.intp).reshape(-1, 2)
    order = np.argsort(codes)
    return PairTable(parts, codes[order], ids[order])


def _halves(joined: str) -> tuple[str, str]:
    """`a|b` as (a, b). A part holds `|` only when it is that mark alone (every mark is a token of its own)."""
    if joined.startswith("||"):
        return "|", joined[2:]
    if joined.endswith("||"):
        return joined[:-2], "|"
    a, _, b = joined.partition("|")
    return a, b


def clear_caches() -> None:
    """Forget the word table and the features made from it (training writes a new one)."""
    for cached in (load_words, load_memory, _own, _as_neighbour, _document_word, load_tagger):
        cached.cache_clear()


def rule_tags(spans: Sequence[tuple[int, int]], found: Sequence[Found]) -> list[tuple[str, ...]]:
    """What the rule finders made of each token: `r=B-PERSON`, `rs=role` (empty where they found nothing)."""
    tags: list[tuple[str, ...]] = [()] * len(spans)
    ends = [end for _, end in spans]
    for entity in found:
        prefix = "B"
        for i in range(bisect_right(ends, entity.start), len(spans)):  # the tokens from the first ending inside it
            if spans[i][0] >= entity.end:
                break
            tags[i] = (f"r={prefix}-{entity.label}", "rs=" + entity.source, "rl=" + entity.label)
            prefix = "I"
    return tags


@functools.cache
def load_memory(path: Path | None = None) -> dict[str, str]:
    """`data/ner_memory.tsv` (or `path`): stems ANERcorp's train split names, and how (`remember`)."""
    with (path or MEMORY_PATH).open(encoding="utf-8") as f:
        return dict(line.rstrip("\n").split("\t") for line in f if not line.startswith("#"))


def remember(sentences: Iterable[Sequence[tuple[str, str]]]) -> dict[str, str]:
    """Stems that are entities in tagged sentences → their usual type and how often: `جوزيه` → `PERS:4`.

    The share of the stem's occurrences tagged with that type, in fifths; stems never an entity, or
    less than a fifth of the time, are left out.
    """
    seen: dict[str, Counter] = {}
    for sentence in sentences:
        for token, tag in sentence:
            if _ARABIC.match(token):
                seen.setdefault(stem_of(word_key(token))[1], Counter())[tag[2:] or "O"] += 1
    memory = {}
    for stem, counts in seen.items():
        kinds = [(n, kind) for kind, n in counts.items() if kind != "O"]
        if kinds:
            n, kind = max(kinds)
            share = 5 * n // sum(counts.values())
            if share:
                memory[stem] = f"{kind}:{share}"
    return memory


def word_parts(token: str, memory: dict[str, str]) -> tuple[tuple[str, ...], ...]:
    """The features a token gives itself and the tokens 2 and 1 before and 1 and 2 after it, in that order,
    with what ANERcorp's train split named it (`memory`): `m=PERS:4`, and `mk=PERS` to its neighbours."""
    mine, told = _remembered(_own(token), memory)
    before, after = _as_neighbour(token, -1), _as_neighbour(token, 1)
    if told:
        before, after = before + tuple("-1:" + f for f in told), after + tuple("1:" + f for f in told)
    # A `-1:…` feature describes the word before a token, so this token's `-1:…` go to the token after it.
    return mine, _as_neighbour(token, 2), after, before, _as_neighbour(token, -2)


def _remembered(own: tuple, memory: dict[str, str]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """A token's own features (`_own`) with what ANERcorp's train split named its stem (`m=PERS:4`, `mk=PERS`), and the
    feature that tells its next neighbours (`mk=PERS`; none for a stem it never named)."""
    known = memory.get(own[4], "")
    if not known:
        return own[0], ()
    return own[0] + ("m=" + known, "mk=" + known[:-2]), ("mk=" + known[:-2],)


def pair_parts(first: str, second: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The features two adjacent tokens give the first and the second of them: their words and clusters together."""
    words = word_key(first) + "|" + word_key(second)
    one, two = _own(first), _own(second)
    clusters, stems = one[3][0] + "|" + two[3][0], one[4] + "|" + two[4]
    return ("w|w+1=" + words, "c|c+1=" + clusters, "s|s+1=" + stems), ("w-1|w=" + words, "c-1|c=" + clusters, "s-1|s=" + stems)


EDGES = ("-1:edge", "1:edge")  # the first token's and the last token's


@functools.lru_cache(maxsize=1 << 16)
def _document_word(token: str) -> tuple[str, int]:
    """A token's stem and how common its word is in news, 0 to 3 (`document_tags`); no stem for punctuation or Latin."""
    if not _ARABIC.match(token):
        return "", 0
    key = word_key(token)
    return stem_of(key)[1], int(_bucket(load_words().counts.get(key, 0))) // 4


def document_tags(document: Sequence[Sequence[str]]) -> list[list[tuple[int, int]]]:
    """What a token's document says of it: in how many of its sentences its stem occurs (1, 2, or 3 for more; 0 for
    no stem) and how common the word is in news (0 to 3): a word rare in news that an article repeats is mostly a
    name (`أورفان`, `فولكسفاغن`). Features `dn=2`, `dn|f=2|0` (`document_features`)."""
    words = [[_document_word(token) for token in sentence] for sentence in document]
    seen = Counter(stem for sentence in words for stem in {stem for stem, _ in sentence} if stem)
    return [[(min(seen[stem], 3) if stem else 0, common) for stem, common in sentence] for sentence in words]


def document_features(tag: tuple[int, int]) -> tuple[str, ...]:
    """The features of a `document_tags` pair: `(2, 0)` → `dn=2`, `dn|f=2|0`; none without a stem."""
    n, common = tag
    return (f"dn={n}", f"dn|f={n}|{common}") if n else ()


def features(tokens: Sequence[str], rules: Sequence[tuple[str, ...]], memory: dict[str, str] | None = None,
             document: Sequence[tuple[int, int]] | None = None) -> list[list[str]]:
    """Each token's CRF features: its own, its rule tags, what ANERcorp's train split named it (`memory`), what its
    document says of it (`document_tags`), and those of the tokens up to 2 places either side (`word_parts`,
    `pair_parts`); `Tagger` sums the same."""
    memory = load_memory() if memory is None else memory
    n = len(tokens)
    parts = [word_parts(token, memory) for token in tokens]
    rows = []
    for i in range(n):
        row = [*parts[i][0], *rules[i], *(document_features(document[i]) if document else ())]
        for offset, slot in ((-2, 4), (-1, 3), (1, 2), (2, 1)):
            j = i + offset
            if 0 <= j < n:
                row += parts[j][slot]
                if abs(offset) == 1 and rules[j]:
                    row.append(f"{offset}:{rules[j][2]}")
        if i == 0:
            row.append(EDGES[0])
        if i == n - 1:
            row.append(EDGES[1])
        if i > 0:
            row += pair_parts(tokens[i - 1], tokens[i])[1]
        if i + 1 < n:
            row += pair_parts(tokens[i], tokens[i + 1])[0]
        rows.append(row)
    return rows


class Model(NamedTuple):
    """A CRFsuite model's labels, state weights (attribute → a weight per label) and transitions (from × to)."""

    labels: list[str]
    weights: dict[str, np.ndarray]
    transitions: np.ndarray


def read_model(path: Path) -> Model:
    """The weights of a CRFsuite model file (crf1d): its labels and attributes (CQDB tables) and its features."""
    data = path.read_bytes()
    magic, _, kind, _, _, n_labels, _, off_features, off_labels, off_attrs = struct.unpack_from("<4sI4s7I", data)
    if magic != b"lCRF" or kind != b"FOMC":
        raise ValueError(f"{path}: not a CRFsuite 1st-order CRF model")

    def strings(offset: int) -> list[str]:
        _, _, _, _, count, backward = struct.unpack_from("<4s5I", data, offset)
        names = []
        for (record,) in struct.iter_unpack("<I", data[offset + backward : offset + backward + 4 * count]):
            _, size = struct.unpack_from("<II", data, offset + record)
            names.append(data[offset + record + 8 : offset + record + 7 + size].decode("utf-8"))
        return names

    labels, attrs = strings(off_labels), strings(off_attrs)
    _, _, count = struct.unpack_from("<4sII", data, off_features)
    weights: dict[str, np.ndarray] = {}
    transitions = np.zeros((n_labels, n_labels))
    for kind, source, target, weight in struct.iter_unpack("<IIId", data[off_features + 12 : off_features + 12 + 20 * count]):
        if kind == 0:
            weights.setdefault(attrs[source], np.zeros(n_labels))[target] = weight
        else:
            transitions[source, target] = weight
    return Model(labels, weights, transitions)


class Tagger:
    """The trained CRF, loaded once per process (`load_tagger`), its sentences tagged together.

    CRFsuite's own tagger spends most of its time turning some 50 feature strings a token into ids. Here each
    word's features (`word_parts`) are summed once into a weight per label for itself and for its neighbours
    (news reuses its words), a sentence's token scores are those sums added up, and all the sentences of a
    batch are decoded at once in numpy: Viterbi for the tags, forward-backward for their probabilities, as
    CRFsuite computes them. A word seen first builds only its own features (`_own`): the features it gives
    its neighbours are found by their unprefixed names (`_by_offset`), and a pair of words' (`pair_parts`) by
    the numbers of the two words' parts, all pairs at once in numpy (`_pair_tables`): no string is built per
    neighbour or per pair.
    """

    def __init__(self, path: Path = MODEL_PATH, memory: dict[str, str] | None = None) -> None:
        self.path = path
        self.model = read_model(path)
        self.memory = load_memory() if memory is None else memory
        width = len(self.model.labels)
        self._zero = np.zeros(width)
        names = list(self.model.weights)
        # Row 0 weighs nothing: where a feature the model does not know points.
        self._weights = np.vstack([self._zero, *(self.model.weights[name] for name in names)]) if names else self._zero[None]
        ids = {name: k for k, name in enumerate(names, 1)}
        self._ids = ids
        prefixed = _by_prefix(ids)
        self._by_offset = {offset: prefixed.get(f"{offset}:", {}) for offset in (-2, -1, 1, 2)}
        # A pair's three features (words, clusters, stems), found by the numbers of its two words' parts (`_pair_weights`).
        self._pair_tables = tuple(_pair_table(prefixed.get(first, {}), prefixed.get(second, {}))
                                  for first, second in (("w|w+1=", "w-1|w="), ("c|c+1=", "c-1|c="), ("s|s+1=", "s-1|s=")))
        self._edges = self._vector(EDGES[:1]), self._vector(EDGES[1:])
        self._words: dict[str, int] = {}  # token → its row
        self._by_key: dict[str, int] = {}  # an Arabic word's key → its row
        self._rows = 0
        self._word_rows = np.zeros((1024, 5, width))
        self._word_pairs = np.zeros((1024, 3), dtype=np.int64)  # each word's key, cluster and stem numbers in `_pair_tables`
        self._rules: dict[tuple[str, ...], np.ndarray] = {}
        self._lock = threading.Lock()
        self._documents = np.array([self._vector(document_features((n, common))) for n in range(4) for common in range(4)])

    def _vector(self, names: Iterable[str]) -> np.ndarray:
        """The summed weights of some features, one per label (features the model does not know weigh nothing)."""
        weights = self.model.weights
        return sum((weights[name] for name in names if name in weights), self._zero)

    def _rule_vector(self, names: tuple[str, ...]) -> np.ndarray:
        """`_vector` of a token's rule tags, or of one its neighbour gives it (few: kept)."""
        vector = self._rules.get(names)
        if vector is None:
            vector = self._rules[names] = self._vector(names)
        return vector

    def _add_words(self, tokens: Iterable[str]) -> None:
        """The rows of tokens not seen yet: the summed weights of `word_parts`, all at once (`np.add.at`, in order).

        An Arabic word's features follow from its key alone (`word_key`: its spellings with and without harakat or
        hamza seats are one), so a new spelling of a known key takes the key's row.
        """
        new, by_key = [], self._by_key
        for token in dict.fromkeys(token for token in tokens if token not in self._words):
            key = word_key(token) if _ARABIC.match(token) else None
            row = by_key.get(key) if key is not None else None
            if row is None:
                new.append((token, key))
            else:
                self._words[token] = row
        if not new:
            return
        first = self._rows
        if first + len(new) > len(self._word_rows):
            need = first + len(new)
            self._word_rows, self._word_pairs = _grown(self._word_rows, first, need), _grown(self._word_pairs, first, need)
        self._word_rows[first : first + len(new)] = 0  # rows a forgetting tagger used before
        own_id, near = self._ids.get, {offset: ids.get for offset, ids in self._by_offset.items()}
        pair_parts = [table.parts.get for table in self._pair_tables]
        segments: list[int] = []
        features: list[int] = []
        for k, (token, key) in enumerate(new, first):
            own = _own.__wrapped__(token)
            mine, told = _remembered(own, self.memory)
            parts = (map(own_id, mine), map(near[2], own[2]), map(near[1], own[1] + told), map(near[-1], own[1] + told), map(near[-2], own[2]))
            for slot, part in enumerate(parts):
                part = list(filter(None, part))  # 0: a feature the model does not know
                segments += [k * 5 + slot] * len(part)
                features += part
            self._word_pairs[k] = [get(part, -1) for get, part in zip(pair_parts, (own[1][0][2:], own[3][0], own[4]))]
            self._words[token] = k
            if key is not None:
                by_key[key] = k
        self._rows += len(new)
        rows = self._word_rows.reshape(-1, self._word_rows.shape[2])  # a view: (words × 5) × labels
        np.add.at(rows, np.array(segments, dtype=np.intp), self._weights[np.array(features, dtype=np.intp)])

    def _pair_weights(self, ids: np.ndarray, first: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The summed weights of `pair_parts` of the tokens at `first` and the next ones (`ids` are all tokens' rows): for the
        first token and for the second. Each pair feature is found by the numbers of its two words' parts, in numpy."""
        parts = self._word_pairs[ids]
        a, b = parts[first], parts[first + 1]
        found = []
        for k, table in enumerate(self._pair_tables):
            if not len(table.codes):
                found.append(np.zeros((len(first), 2), dtype=np.intp))
                continue
            codes = np.where((a[:, k] >= 0) & (b[:, k] >= 0), a[:, k] * len(table.parts) + b[:, k], -1)
            at = np.searchsorted(table.codes, codes).clip(max=len(table.codes) - 1)
            found.append(np.where((table.codes[at] == codes)[:, None], table.ids[at], 0))
        (w, c, s), weights = found, self._weights  # words, clusters, stems: `pair_parts`' order
        return weights[w[:, 0]] + weights[c[:, 0]] + weights[s[:, 0]], weights[w[:, 1]] + weights[c[:, 1]] + weights[s[:, 1]]

    def scores(self, sentences: Sequence[Sequence[str]], rules: Sequence[Sequence[tuple[str, ...]]],
               documents: Sequence[Sequence[tuple[int, int]]] | None = None) -> np.ndarray:
        """Each token's score per label (`features` summed with the model's weights), all sentences' tokens in a row.

        One caller at a time: the caches grow in place, and the thread runner with `--batches N` extracts
        several batches in one process at once (GIL-bound either way).
        """
        with self._lock:
            return self._scores(sentences, rules, documents)

    def _scores(self, sentences: Sequence[Sequence[str]], rules: Sequence[Sequence[tuple[str, ...]]],
                documents: Sequence[Sequence[tuple[int, int]]] | None = None) -> np.ndarray:
        if self._rows > CACHED_WORDS:  # a long-running process forgets
            self._words.clear()
            self._by_key.clear()
            self._rows = 0
        tokens = [token for sentence in sentences for token in sentence]
        self._add_words(tokens)
        known = self._words
        ids = [known[token] for token in tokens]
        lengths = np.array([len(sentence) for sentence in sentences], dtype=np.intp)
        ends = np.cumsum(lengths)
        rows = self._word_rows[ids]
        here = np.arange(len(tokens))
        before = here - np.repeat(ends - lengths, lengths)  # tokens of its sentence before each token
        after = np.repeat(ends, lengths) - here - 1
        scores = rows[:, 0].copy()
        scores[1:] += rows[:-1, 3] * (before[1:] >= 1)[:, None]
        scores[2:] += rows[:-2, 4] * (before[2:] >= 2)[:, None]
        scores[:-1] += rows[1:, 2] * (after[:-1] >= 1)[:, None]
        scores[:-2] += rows[2:, 1] * (after[:-2] >= 2)[:, None]
        scores[before == 0] += self._edges[0]
        scores[after == 0] += self._edges[1]
        first = np.flatnonzero(after >= 1)  # each pair of adjacent tokens, by its first
        if len(first):
            to_first, to_second = self._pair_weights(np.array(ids, dtype=np.intp), first)
            scores[first] += to_first
            scores[first + 1] += to_second
        for k, tags in zip((ends - lengths).tolist(), rules):
            for i, tag in enumerate(tags):
                if tag:
                    scores[k + i] += self._rule_vector(tag)
                    if i > 0:
                        scores[k + i - 1] += self._rule_vector(("1:" + tag[2],))
                    if i + 1 < len(tags):
                        scores[k + i + 1] += self._rule_vector(("-1:" + tag[2],))
        if documents:
            codes = [n * 4 + common for sentence in documents for n, common in sentence]
            scores += self._documents[codes]
        return scores

    def tag(self, sentences: Sequence[Sequence[str]], rules: Sequence[Sequence[tuple[str, ...]]],
            documents: Sequence[Sequence[tuple[int, int]]] | None = None,
            groups: Sequence[Hashable] | None = None) -> list[list[tuple[str, float]]]:
        """Each token's BIO tag (ANERcorp's types: PERS, ORG, LOC, MISC) and its probability, per sentence;
        `documents` are the tokens' `document_tags`, `groups` the document of each sentence (`propagated`)."""
        lengths = np.array([len(sentence) for sentence in sentences], dtype=np.intp)
        best, probability = decode(self.scores(sentences, rules, documents), lengths, self.model.transitions, self.model.labels.index("O"))
        labels = self.model.labels
        tags = [labels[t] for t in best.tolist()]
        probability = probability.tolist()
        ends = np.cumsum(lengths).tolist()
        tagged = [list(zip(tags[end - n : end], probability[end - n : end])) for n, end in zip(lengths.tolist(), ends)]
        tagged = [_without_addressee(sentence, tags) for sentence, tags in zip(sentences, tagged)]
        return tagged if groups is None else propagated(sentences, tagged, groups)

    def find_all(self, texts: Sequence[str], found: Sequence[Sequence[Found]] | None = None,
                 documents: Sequence[Hashable] | None = None) -> list[list[Span]]:
        """Entity spans of each sentence (offsets within it), clitics outside the span; `found` are the rules' entities,
        `documents` the document of each sentence (its sentences together; by default all are one)."""
        return self.find_all_and_outside(texts, found, documents)[0]

    def find_all_and_outside(self, texts: Sequence[str], found: Sequence[Sequence[Found]] | None = None,
                             documents: Sequence[Hashable] | None = None) -> tuple[list[list[Span]], list[list[tuple[int, int]]]]:
        """`find_all`'s spans, and each sentence's words the model is sure are in no name (`O` with probability
        `SURE_OUTSIDE` or more, the rules' own tags among its features): `merge` leaves out a weak rule's entity there."""
        found = found if found is not None else [()] * len(texts)
        spans, words = map(list, zip(*map(words_of, texts))) if texts else ([], [])
        context = []
        groups = documents or [0] * len(words)
        for _, group in groupby(range(len(words)), key=groups.__getitem__):
            context += document_tags([words[k] for k in group])
        tagged = self.tag(words, [rule_tags(sentence, rules) for sentence, rules in zip(spans, found)], context, groups)
        result = []
        outside = [[span for span, (tag, p) in zip(sentence, tags) if tag == "O" and p >= SURE_OUTSIDE]
                   for sentence, tags in zip(spans, tagged)]
        for text, sentence, tags in zip(texts, spans, tagged):
            if all(tag == "O" for tag, _ in tags):
                result.append([])
                continue
            # `O` tokens matter to `group_words` only where they end an entity
            words = [Word(s, e, tag, p) for (s, e), (tag, p), (last, _) in zip(sentence, tags, [("O", 0), *tags]) if tag != "O" or last != "O"]
            grouped = group_words(text, words)
            result.append([_with_family(text, _without_clitics(text, span)) for span in grouped
                           if not _is_currency(text[span.start : span.end])])
        return result, outside

    def find(self, text: str, found: Sequence[Found] = ()) -> list[Span]:
        """Entity spans of one sentence (`find_all`)."""
        return self.find_all([text], [found])[0]


def _without_addressee(tokens: Sequence[str], tags: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A person's last word behind `لل` tagged outside (`سارة ساندرز [للصحفيين]`: whom she told; no name's word starts so),
    before one sense per document spreads it (`propagated`)."""
    for i, (tag, p) in enumerate(tags):
        if (tag == "I-PERS" and tokens[i].startswith("لل") and len(tokens[i]) > 3
                and (i + 1 == len(tags) or tags[i + 1][0] != "I-PERS")):
            tags[i] = ("O", p)
    return tags


def propagated(sentences: Sequence[Sequence[str]], tagged: list[list[tuple[str, float]]],
               groups: Sequence[Hashable]) -> list[list[tuple[str, float]]]:
    """One sense per document: a name tagged once is tagged wherever its document repeats it untagged.

    The tagger decides each occurrence from its own context, and misses some where the context says
    little. Each entity's token sequence of a document, with one type there and words of three letters
    or more, is tagged at its other occurrences that are wholly `O` and not glued to a neighbouring
    entity, with the probability of its first tagged occurrence, longest first; so is the surname of
    a person named in full (`ماكرون` after `إيمانويل ماكرون`, as `extract_documents._full_names` keys it), and an
    occurrence behind a clitic (`وماكرون`: the span drops the clitic later, `_without_clitics`).
    Sentences of one document are together in `groups`. On ANERcorp's dev split (runs of 12 sentences
    as documents; the model of 809f2cd) recall rose by 0.03 and precision fell by 0.01, F1 0.745 → 0.756:
    the consistency Krishnan and Manning (2006) get from a second CRF, as a rule.
    """
    out = [list(sentence) for sentence in tagged]
    for _, members in groupby(range(len(sentences)), key=groups.__getitem__):
        members = list(members)
        names: dict[tuple[str, ...], tuple[set[str], float]] = {}
        for k in members:
            for start, end, kind in _chunks(tagged[k]):
                key, p = tuple(sentences[k][start:end]), sum(q for _, q in tagged[k][start:end]) / (end - start)
                if all(len(word) > 2 for word in key):
                    names.setdefault(key, (set(), p))[0].add(kind)
                if kind == "PERS" and end - start > 1 and len(key[-1]) > 3:
                    names.setdefault(key[-1:], (set(), p))[0].add(kind)
        if not names:
            continue
        firsts = {key[0] for key in names}
        starts: dict[str, list[tuple[int, int]]] = {}  # a name's first word, alone or behind a clitic → where it stands
        for k in members:
            for a, word in enumerate(sentences[k]):
                if word in firsts:
                    starts.setdefault(word, []).append((k, a))
                elif word[1:] in firsts and word[:1] in _CLITIC_LETTERS:
                    starts.setdefault(word[1:], []).append((k, a))
        for key, (kinds, p) in sorted(names.items(), key=lambda item: -len(item[0])):
            if len(kinds) != 1:
                continue
            kind, n = next(iter(kinds)), len(key)
            for k, a in starts.get(key[0], ()):
                words, tags = sentences[k], out[k]
                if tuple(words[a + 1 : a + n]) != key[1:] or any(tag != "O" for tag, _ in tags[a : a + n]):
                    continue
                if (a > 0 and tags[a - 1][0] != "O") or (a + n < len(words) and tags[a + n][0].startswith("I-")):
                    continue
                if (n == 1 and a > 0 and agreeing_adjective(words[a - 1], words[a])
                        and normalize_arabic(words[a]) not in load_gazetteer().places):
                    continue
                tags[a : a + n] = [("B-" + kind, p)] + [("I-" + kind, p)] * (n - 1)
    return out


_CLITIC_LETTERS = frozenset("وفبلك")



def _chunks(tags: Sequence[tuple[str, float]]) -> Iterator[tuple[int, int, str]]:
    """The BIO chunks of one tagged sentence: (first token, last token + 1, type)."""
    start, kind = None, None
    for i, (tag, _) in enumerate([*tags, ("O", 0.0)]):
        if start is not None and tag != "I-" + kind:
            yield start, i, kind
            start, kind = None, None
        if tag != "O" and start is None:
            start, kind = i, tag[2:]


def _grown(rows: np.ndarray, used: int, need: int) -> np.ndarray:
    """`rows` in an array of at least `need` rows, doubling, its first `used` rows copied: the rest stays `np.zeros`' untouched
    pages, which take no memory until written (`np.concatenate` with `zeros_like` wrote all of it)."""
    size = len(rows)
    while size < need:
        size *= 2
    bigger = np.zeros((size, *rows.shape[1:]), dtype=rows.dtype)
    bigger[:used] = rows[:used]
    return bigger


# Words whose summed weights a tagger keeps before it starts again (5 × 9 floats a word: 47 MB); a worker that
# extracts 5,000 ANT articles meets 106,000 keys.
CACHED_WORDS = 1 << 17
# Sentences decoded together: sorted by length, so that the shorter ones wait little for the longer.
DECODED_TOGETHER = 256


def decode(scores: np.ndarray, lengths: np.ndarray, transitions: np.ndarray, outside: int) -> tuple[np.ndarray, np.ndarray]:
    """The best tag of each token (Viterbi) and its probability (forward-backward), as CRFsuite computes them.

    `scores` are the tokens' label scores, the sentences' tokens one after another, `lengths` the sentences';
    a sentence tagged `outside` throughout is given no probabilities (1.0).
    """
    width = transitions.shape[0]
    best, probability = np.zeros(len(scores), dtype=np.intp), np.ones(len(scores))
    padded = np.concatenate([scores, np.zeros((1, width))])  # the row a short sentence's padding reads
    starts = np.cumsum(lengths) - lengths
    order = np.argsort(lengths, kind="stable")
    order = order[lengths[order] > 0]
    exp_transitions = np.exp(transitions)
    for first in range(0, len(order), DECODED_TOGETHER):
        members = order[first : first + DECODED_TOGETHER]
        n = lengths[members]
        steps = np.arange(n.max())
        inside = steps < n[:, None]
        index = np.where(inside, starts[members][:, None] + steps, len(scores))
        path = _viterbi(padded[index], n, transitions)
        best[index[inside]] = path[inside]
        named = ((path != outside) & inside).any(1)  # only tagged tokens' probabilities are asked for
        if named.any():
            index, path, inside = index[named], path[named], inside[named]
            marginals = _marginals(padded[index], n[named], exp_transitions)
            probability[index[inside]] = np.take_along_axis(marginals, path[:, :, None], 2)[:, :, 0][inside]
    return best, probability


def _viterbi(scores: np.ndarray, lengths: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The best path of each sentence (sentences × tokens × labels, padded); the first of equal paths, as CRFsuite."""
    count, steps, _ = scores.shape
    score = scores[:, 0]
    back = np.zeros(scores.shape, dtype=np.intp)
    for t in range(1, steps):
        candidates = score[:, :, None] + transitions
        back[:, t] = candidates.argmax(1)
        moved = np.take_along_axis(candidates, back[:, t, None, :], 1)[:, 0] + scores[:, t]
        score = np.where((t < lengths)[:, None], moved, score)
    last, rows = score.argmax(1), np.arange(count)
    path = np.zeros((count, steps), dtype=np.intp)
    current = last
    for t in range(steps - 1, -1, -1):
        current = np.where(t == lengths - 1, last, current)
        path[:, t] = current
        current = back[rows, t, current]
    return path


def _marginals(scores: np.ndarray, lengths: np.ndarray, exp_transitions: np.ndarray) -> np.ndarray:
    """P(label of token t = y) for each sentence, token and label (forward-backward, each step rescaled)."""
    steps = scores.shape[1]
    weights = np.exp(scores - scores.max(2, keepdims=True))
    alpha, beta = np.empty_like(weights), np.empty_like(weights)
    a = weights[:, 0] / weights[:, 0].sum(1, keepdims=True)
    alpha[:, 0] = a
    for t in range(1, steps):
        a = (a @ exp_transitions) * weights[:, t]
        a /= a.sum(1, keepdims=True)
        alpha[:, t] = a
    b = np.ones_like(weights[:, 0])
    beta[:, steps - 1] = b
    for t in range(steps - 2, -1, -1):
        b = (weights[:, t + 1] * b) @ exp_transitions.T
        b /= b.sum(1, keepdims=True)
        b = np.where((t >= lengths - 1)[:, None], 1.0, b)
        beta[:, t] = b
    marginals = alpha * beta
    return marginals / marginals.sum(2, keepdims=True)


def _is_currency(surface: str) -> bool:
    """One word naming a currency, `دولارًا`, `وبالريال`: an amount's unit (`extract_amounts`), not an entity."""
    if " " in surface or not _ARABIC.match(surface):
        return False
    _, stem = stem_of(word_key(surface))
    stem = stem[2:] if stem.startswith("ال") else stem
    return any(stem == c or len(c) > 2 and stem.startswith(c) and len(stem) - len(c) <= 2 for c in CURRENCY_WORDS)


def _respanned(text: str, entity: Found, start: int | None = None, end: int | None = None, **changes: Any) -> Found:
    """`entity` from `start` to `end` (its own where not given), keyed by its new text (`canonical_key`); `changes` are
    its other fields that change with it (`anchor`, `label`)."""
    start = entity.start if start is None else start
    end = entity.end if end is None else end
    return dataclasses.replace(entity, start=start, end=end, canonical=canonical_key(text[start:end]), **changes)


def _without_function_words(text: str, entity: Found, tokens: Tokens) -> Found | None:
    """The entity without the function words a rule or the tagger let in at its edges (`وأضاف جايلز بأن الضحية`:
    `جايلز`, not `جايلز بأن`, whose "surname" `بأن` would then be found as a person wherever the document says "that"),
    keyed again (`_function_word`); None when nothing else is left. One inside the name stays (`أبو بكر`,
    `جامعة الملك عبد الله للعلوم`), and so do the names the gazetteer and the acronym rules know whole (`ومع`, MAP's
    dateline, is no "and with"). A kinship noun leading a person goes too (`ابنة مارتن`: Martin, `_KIN`)."""
    if entity.source in ("gazetteer", "acronym", "alias"):
        return entity
    words = list(TOKEN.finditer(text, entity.start, entity.end))
    if entity.label == "PERSON" and len(words) > 1 and strip_marks(words[0].group()) in _KIN:
        words = words[1:]
    if (entity.label == "PERSON" and len(words) > 2 and words[0].group() in ("لي", "لنا") and _after_speech_verb(text, entity.start)
            and normalize_arabic(words[1].group()) in given_names()):
        words = words[1:]  # to whom: `تقول [لي] سارة صفوت إن`; not Lee's name (`وقال لي هسين لونغ`, `سبايك لي`)
    inner = [m for m in words if not _function_word(m.group())]
    if not inner:
        return None
    start, end = inner[0].start(), inner[-1].end()
    if (start, end) == (entity.start, entity.end):
        return entity
    if any(_function_word(m.group()) for m in words if start < m.start() < end):
        return entity
    return _respanned(text, entity, start=start, end=end, anchor=_anchor(tokens, start))


def _after_speech_verb(text: str, start: int) -> bool:
    """The word before offset `start` is a verb of saying (`وقال`, `تقول`)."""
    before = text[:start].split()
    return bool(before) and bool(word_forms(before[-1])[6] & (K_SAYING | K_VERB))


def _without_object(text: str, entity: Found) -> Found:
    """A body without a club's placing it ran on into (`أحرز نادي مولودية الجزائر [المرتبة الأولى]`), and the model's without
    the verb's object it ran on into: a definite plural of people in `-ين`/`-ون` after a
    definite singular in `-ة` (`دعت وزارة الصحة [المواطنين] إلى`), which no plural describes and which takes no word in
    construct; a plural follows a name in construct behind an indefinite noun (`جمعية المهندسين`) and as an adjective after
    a plural (`رابطة اللاعبين المحترفين`)."""
    if entity.label != "ORG":
        return entity
    words = list(TOKEN.finditer(text, entity.start, entity.end))
    if len(words) < 3:
        return entity
    last, before = normalize_arabic(words[-1].group()), normalize_arabic(words[-2].group())
    if before in _PLACINGS and last in _PLACES_IN_ORDER:
        return _respanned(text, entity, end=words[-3].end())  # a club's placing: `أحرز نادي مولودية الجزائر [المركز الأول]`
    if entity.source == "model" and (last.startswith("ال") and last.endswith(("ين", "ون")) and not last.endswith(("يين", "يون"))
                                     and len(last) > 6
            and before.startswith(("ال", "وال", "بال", "لل")) and before.endswith("ه")):
        end = words[-2].end()
        return _respanned(text, entity, end=end)
    return entity


_PLACINGS = frozenset({"المركز", "المرتبه"})
_PLACES_IN_ORDER = REGNAL_ORDINALS | {"الاخير", "الاخيره"}  # an ordinal of either gender: `[المرتبة الأولى]`, `المركز الأخير`


def _without_tail(text: str, entity: Found) -> Found | None:
    """The model's person without the word it ran on into (`_no_name_word`): a common noun or adjective in the indefinite
    accusative (`محمد صلاح [هدفا]`, `شينزو آبي [هاتفيا]`) or a verb in the present (`كريستيانو [يفوز]`), which no name ends
    in; the model trained on the wire gold runs a name on so, then one sense per document repeats it. None for such a word
    alone (`[هدفا]`), and for a rule's person of such words only (`الوزير [اتصالا هاتفيا]`)."""
    if entity.label != "PERSON":
        return entity
    words = list(TOKEN.finditer(text, entity.start, entity.end))
    if words and all(normalize_arabic(strip_marks(w.group())) in _REGNAL_ALONE for w in words):
        return None  # a regnal number alone, after the document named a king by it: `المتهم [الثاني]`, `كانون [الثاني]`
    if entity.source != "model":  # a rule's person of such words alone: `تلقى سعادة الوزير [اتصالا هاتفيا]`, after a role
        return None if words and all(_no_name_word(w.group(), SEEN_NOW_AND_THEN) for w in words) else entity
    if not words or not _no_name_word(words[-1].group()):
        return entity
    if len(words) == 1:
        return None
    end = words[-2].end()
    return _respanned(text, entity, end=end)


_REGNAL_ALONE = REGNAL_ORDINALS | {"والثاني", "والثانيه"}


_SON_OF = SON_OF | {"ولد"}  # and the Mauritanian `ولد`


def _without_rank(text: str, entity: Found | None) -> Found | None:
    """A person without the rank the model took in (`[اللفتنانت كولونيل] كريس لوغن`, `[العقيد الركن] تركي المالكي`): a rank
    with the article first (no given name carries it: `رائد فهمي` keeps `رائد`), then ranks with or without it; so a
    profession with the article (`[المربي] عايض بن مطلق العنزي`, `professional_titles`)."""
    if entity is None or entity.label != "PERSON":
        return entity
    words = list(TOKEN.finditer(text, entity.start, entity.end))
    n = 0
    before = text[: entity.start].split()[-1:]
    if (len(words) > 1 and normalize_arabic(strip_marks(words[0].group())) in ORDINALS and before
            and _is_rank(before[0])):
        n = 1  # the ordinal of a rank the model left out: `الملازم [الأول] بلعربي`, first lieutenant
    while n < len(words) - 1:
        word = normalize_arabic(strip_marks(words[n].group()))
        if not (word.startswith("ال") and (word[2:] in RANKS or word[2:] in PROFESSIONAL_TITLES)
                or n and (word in RANKS or word[2:] in RANKS) or n and word in ORDINALS and _is_rank(words[n - 1].group())):
            break  # (a rank's ordinal goes with it: `[الملازم الأول] عبد القادر بلعربي`)
        if normalize_arabic(words[n + 1].group()) in _SON_OF or any(
                normalize_arabic(w.group()) == "ولد" for w in words[n + 2 : n + 3]):
            break  # `[الشيخ] ولد بيده`, `[الشيخ] سيديا ولد أحمدو`: a Mauritanian given name, before `ولد` (son of) or
            # with another before it (no name opens with `ولد`; `الشيخ محمد بن راشد`'s `الشيخ` is an honour)
        n += 1
    if n == 0:
        return entity
    start = words[n].start()
    return _respanned(text, entity, start=start)


def _is_rank(word: str) -> bool:
    """A rank, with or without the article: `الملازم`, `عقيد`."""
    return normalize_arabic(strip_marks(word)).removeprefix("ال") in RANKS


def _trimmed(text: str, entity: Found) -> Found | None:
    """A merged entity less what the model took in around the name: an object, a tail, a rank, `السنوي`, a club's
    management."""
    entity = _with_shaykh(text, _without_rank(text, _without_tail(text, _without_object(text, entity))))
    entity = _with_bu_surname(text, _with_given_before_son(text, _without_undersecretary_s(text, entity)))
    return _market_place(text, _without_management(text, _without_annual(text, entity)))


def _with_shaykh(text: str, entity: Found | None) -> Found | None:
    """A Mauritanian name with the `الشيخ` the model left before it (`السيد [الشيخ] سيديا ولد أحمدو`): a given name there,
    as `_without_rank` keeps it, where `ولد` follows within the name's first two words."""
    if entity is None or entity.label != "PERSON" or not text.endswith("الشيخ ", 0, entity.start):
        return entity
    if " ولد " not in " ".join(text[entity.start : entity.end].split()[:3]) + " ":
        return entity
    start = entity.start - len("الشيخ ")
    if start > 0 and not text[start - 1].isspace():
        return entity  # (`والشيخ`, `للشيخ`: a clitic the span would swallow)
    return _respanned(text, entity, start=start)


# What an undersecretary's office adds to the ministry's name: `وكيل وزارة المواصلات [لشؤون النقل البحري]`, `وكيل وزارة
# الاقتصاد [المساعد لقطاع التجارة الخارجية]` (the model runs the ministry on into them).
_UNDERSECRETARIES = frozenset({"وكيل", "وكيله", "ووكيل", "ووكيله"})
_OFFICE_PARTS = frozenset({"لشوون", "لشؤون", "المساعد", "المساعده", "لقطاع"})


def _without_undersecretary_s(text: str, entity: Found | None) -> Found | None:
    """The model's ministry after `وكيل` without what the undersecretary's office is for (`_OFFICE_PARTS`), which is the
    office's, not the ministry's name."""
    if entity is None or entity.label != "ORG" or entity.source != "model":
        return entity
    before = text[: entity.start].split()[-1:]
    if not before or normalize_arabic(before[0]) not in _UNDERSECRETARIES:
        return entity
    words = list(TOKEN.finditer(text, entity.start, entity.end))
    cut = next((k for k in range(2, len(words)) if normalize_arabic(words[k].group()) in _OFFICE_PARTS), None)
    if cut is None:
        return entity
    end = words[cut - 1].end()
    return _respanned(text, entity, end=end)


def _with_bu_surname(text: str, entity: Found | None) -> Found | None:
    """A person's name with the Maghreb surname in `بو` the model or the lexicon left after it, where a comma or a colon
    closes the name there (`، المهندس [علي الهادي] بوزيد، لوكالة`): a word news seldom writes, and no `ب` and a word it
    writes alone (`بوصفه`)."""
    if entity is None or entity.label != "PERSON":
        return entity
    match = re.match(r" (\S+)(?=\s*[،,:])", text[entity.end :])
    if match is None:
        return entity
    word = normalize_arabic(strip_marks(match.group(1)))
    counts = load_words().counts
    if (not word.startswith("بو") or len(word) < 5 or not word.isalpha() or word[1:] in given_names()
            or counts.get(word_key(word[1:]), 0) * 3 > counts.get(word_key(word), 0) or counts.get(word_key(word), 0) >= SEEN_OFTEN):
        return entity  # (a word news writes often is no rare surname: `بواسطة`, whose `واسطة` it never writes alone)
    end = entity.end + match.end()
    return _respanned(text, entity, end=end)


_DAM_BEFORE = re.compile(r"(?:^|\s)[وبل]?(سد) $")


def _dams_of_wadis(text: str, entities: list[Found]) -> list[Found]:
    """A dam named after its wadi with its kind, as the gold sets name dams (`[سد] وادي القطارة`, `بسد وادي بيش`): the
    wadi the model or a finder found, extended back to `سد` (a clitic before it stays out), and no mention of the word
    `سد` alone beside it (`الوزير [بسد]`, a name the role's rule guessed)."""
    dams = []
    for e in entities:
        if e.label == "LOC" and normalize_arabic(text[e.start : e.end]).startswith("وادي ") and (
                dam := _DAM_BEFORE.search(text, max(0, e.start - 8), e.start)) is not None:
            start = dam.start(1)
            dams.append(_respanned(text, e, start=start))
    return _overruled_by(dams, entities)


def _overruled_by(found: list[Found], entities: list[Found]) -> list[Found]:
    """`entities` less those `found` overlaps (the wadi a dam holds, the town inside a plant), with `found`, by start."""
    if not found:
        return entities
    kept = [e for e in entities if not any(f.start < e.end and e.start < f.end for f in found)]
    return sorted(kept + found, key=lambda e: e.start)


# Given names that are common words too (`مبارك`, blessed; `أديب`, a writer), so in no list a name may open with; before
# a name found they open it.
_COMMON_WORD_NAMES = NATIVE_NAME_WORDS | frozenset(normalize_arabic(name) for name in ("مبارك", "أديب", "أمين"))


def _people_joined(text: str, entities: list[Found]) -> list[Found]:
    """One person where the finders found two pieces of the name: a given name alone right before another person (`أكد
    [جاسم] [علي المهندي]،`: the speaker's rule took one word, the lexicon the rest), and a given name that is a common word
    too right before a name found (`للاتحاد [مبارك] فهد العازمي`, `في الوزارة [أديب] جاسم القطان`)."""
    result: list[Found] = []
    for e in entities:
        last = result[-1] if result else None
        if (e.label == "PERSON" and last is not None and last.label == "PERSON" and text[last.end : e.start] == " "
                and " " not in text[last.start : last.end] and normalize_arabic(text[last.start : last.end]) in given_names()
                and not _definite_common(text[e.start : e.end].split()[-1])):
            result[-1] = _respanned(text, e, start=last.start, anchor=last.anchor)
        else:
            result.append(e)
    extended = [_with_common_word_name(text, e) for e in result]
    return [x if x is e or not any(o is not e and o.start < e.start and o.end > x.start for o in result) else e
            for x, e in zip(extended, result)]  # (not into another name: `علي حميد [علي القيز]` stays two)


def _definite_common(word: str) -> bool:
    """A word with the article that news writes often (`الرسمي`, official): no family's name a second piece may end in
    (`محمد [علي الرسمي]` is no man's name; `المهندي`, `النسور` are)."""
    norm = normalize_arabic(strip_marks(word))
    return norm.startswith("ال") and load_words().counts.get(word_key(norm), 0) >= 10 * SEEN_OFTEN


def _with_common_word_name(text: str, entity: Found) -> Found:
    """`_people_joined`'s second case: a person of two words or more opening with a given name, after a given name that is
    a common word too (`_COMMON_WORD_NAMES`), a word apart."""
    words = text[entity.start : entity.end].split()
    head = text[: entity.start]
    if entity.label != "PERSON" or len(words) < 2 or normalize_arabic(words[0]) not in given_names() or not head.endswith(" "):
        return entity
    before = head.split()[-1:]
    if not before or normalize_arabic(before[0]) not in _COMMON_WORD_NAMES:
        return entity
    start = entity.start - 1 - len(before[0])
    return _respanned(text, entity, start=start)


# What a named plant is for, after its name: `محطة صحار [لتحلية] المياه`, `محطة براكة [للطاقة] النووية`; then what it
# makes or from what (`[مياه] البحر`, `[الشمسية] الكهروضوئية`), `مياه` in construct with the word after it.
_PLANT_PURPOSES = frozenset({"لتحليه", "لتوليد", "للطاقه", "لمعالجه", "لانتاج"})
_PLANT_OBJECTS = frozenset({"مياه", "المياه", "كهرباء", "الكهرباء", "طاقه", "الطاقه", "الشمسيه", "النوويه", "الكهربائيه",
                            "الحراريه", "الكهرومائيه"})


def _plants(text: str, tokens: Tokens, entities: list[Found]) -> list[Found]:
    """A plant or station named with what it is for, one LOC from its head to its purpose, as the gold sets name them
    (`محطة صحار لتحلية المياه`, `محطة رأس جنات 2 لتحلية مياه البحر`, `محطة الحمرانية للطاقة الشمسية`): its name, one to
    four words (a number among them), between `محطة` and the purpose; the town or the cut body found inside it (`صحار`,
    `محطة الحمرية`) is the plant's. Not a station of its kind (`محطة تحلية`, `STATION_SERVICES`), nor a kind of plant
    (`أكبر محطة مستقلة لتحلية المياه`)."""
    words = tokens.words
    plants = []
    for i, word in enumerate(words[:-2]):
        head = next((cut for cut, stem in word.readings if stem == "محطه"), None) if "محطه" in word.stems else None
        if head is None or word.breaks:
            continue  # (`المحطة`, the one named before, has no name after it)
        if not words[i + 1].norm.startswith("ال") and arabic_adjective(words[i + 1].norm):
            continue  # `محطة [مستقلة]`, `محطة [افتراضية]`: a kind, no name
        k = i + 1
        while k < len(words) and k <= i + 4 and words[k].norm not in _PLANT_PURPOSES:
            name = words[k].norm
            if words[k - 1].breaks or not (name.isalpha() or name.isdigit()) or name in STATION_SERVICES or name in PREPOSITIONS:
                break
            k += 1
        if k == i + 1 or k >= len(words) or words[k].norm not in _PLANT_PURPOSES or words[k - 1].breaks:
            continue
        end = k + 1
        if end < len(words) and not words[k].breaks and words[end].norm in _PLANT_OBJECTS:
            end += 1
            if (end < len(words) and not words[end - 1].breaks and words[end].norm.startswith("ال") and words[end].norm not in PREPOSITIONS
                    and (words[end - 1].norm == "مياه" or arabic_adjective(words[end].norm[2:]))):
                end += 1  # `مياه [البحر]`, `للطاقة الشمسية [الكهروضوئية]`
        begin = word.start + skip_letters(word.raw, head)
        stop = words[end - 1].end
        plants.append(Found(begin, stop, "LOC", canonical_key(text[begin:stop]), "place-head", None, i))
    return _overruled_by(plants, entities)


# Given names the lexicon leaves out, as words of their own (`تركي`, Turkish), which the model leaves out of a name too.
_GIVEN_AS_ADJECTIVES = frozenset({"تركي"})


def _with_given_before_son(text: str, entity: Found | None) -> Found | None:
    """A person's name the model opened at `بن` with the given name before it (`[تركي] بن ناصر العتيبي`, which reads as
    `Turkish` too): no Gulf name opens with `بن` and a given name, as `بن ناصر` does (a Maghreb surname, `بن علي`, has no
    given name before it but a role or an adjective with the article: `الرئيس التونسي بن علي`)."""
    if entity is None or entity.label != "PERSON":
        return entity
    words = text[entity.start : entity.end].split()
    before = text[:entity.start].split()[-1:]
    if (len(words) < 2 or normalize_arabic(words[0]) not in ("بن", "ابن") or not before
            or not text[:entity.start].endswith(" ") or normalize_arabic(words[1]) not in given_names()):
        return entity
    given = normalize_arabic(before[0])
    if given not in given_names() and given not in _GIVEN_AS_ADJECTIVES:
        return entity
    start = entity.start - 1 - len(before[0])
    return _respanned(text, entity, start=start)


def _market_place(text: str, entity: Found | None) -> Found | None:
    """A souq is a place (`سوق الظلام`, `سوق المباركية`, `سوق شرق للأسماك`, `سوق نزوى`), an exchange or a shop a body
    (`سوق مسقط للأوراق المالية`, `سوق دبي المالي`, `سوق دبي الحرة`; `سوق مسقط`, `سوق أبوظبي`: a capital's market is its
    exchange), as the gold files have them; a market of a trade (`_TRADED`: `سوق العمل`) is no entity, None."""
    if entity is None or entity.label != "ORG":
        return entity
    words = normalize_arabic(text[entity.start : entity.end]).split()
    after = normalize_arabic(text[entity.end : entity.end + 30]).split()[:1]  # `[سوق دبي] المالي`: the exchange's name cut
    if words[0] != "سوق" or len(words) < 2 or any(w in _EXCHANGE_WORDS for w in words[1:] + after):
        return entity
    if words[1].removeprefix("ال") in _TRADED:
        return None  # a market of a trade, no place and no body: `سوق العمل السعودي`, `سوق النقد الأجنبي`, `سوق انتقالات الشتاء`
    place = load_gazetteer().places.get(words[1])
    if len(words) == 2 and place is not None and place.kind in ("capital", "country"):
        return entity
    return dataclasses.replace(entity, label="LOC")


# What a market of a trade deals in (as `normalize_arabic` writes it, without the article): labour, money, debt, fuel, …
_TRADED = frozenset({"عمل", "شغل", "مال", "نقد", "ديون", "دين", "عملات", "عمله", "صرف", "سندات", "عقارات", "عقار", "محروقات",
                     "نفط", "طاقه", "انتقالات", "وظائف", "سيارات", "هاتف", "هواتف", "سلاح", "اسلحه", "مشتقات", "منتجات",
                     "ادوات", "غناء", "افلام", "مسلسلات", "تصنيع", "اتصالات", "تجزئه", "اعلانات", "كتاب", "نشر", "بيانات",
                     "اشباه", "معادله", "محاسبه"})
_EXCHANGE_WORDS = frozenset({"المالي", "الماليه", "للاوراق", "الاوراق", "للاسهم", "الاسهم", "الحره", "للسلع", "النقدي",
                             "العالمي"})  # (`سوق أبوظبي العالمي`, the financial free zone)


def _without_management(text: str, entity: Found | None) -> Found | None:
    """A club without its management the model took in: `[إدارة] نادي الهلال` is the club, as `نادي الهلال` is keyed
    (a club's board acts for it; `إدارة` names a body of its own only before a field, `إدارة الجمارك`)."""
    if entity is None or entity.label != "ORG":
        return entity
    words = list(TOKEN.finditer(text, entity.start, entity.end))
    if len(words) < 3 or normalize_arabic(words[0].group()) != "اداره" or normalize_arabic(words[1].group()) not in ("نادي", "فريق"):
        return entity
    start = words[1].start()
    return _respanned(text, entity, start=start)


def _without_annual(text: str, entity: Found | None) -> Found | None:
    """An event or body without `السنوي` (annual) after its name, which says how often it is held, not which it is:
    `مهرجان الحريد [السنوي]` is `مهرجان الحريد`, as the gold sets write it and as it is named again."""
    if entity is None or entity.label == "PERSON":
        return entity
    words = list(TOKEN.finditer(text, entity.start, entity.end))
    if len(words) < 3 or normalize_arabic(words[-1].group()) not in ("السنوي", "السنويه"):
        return entity
    end = words[-2].end()
    return _respanned(text, entity, end=end)


def _no_name_word(token: str, seen: int | None = None) -> bool:
    """A word news uses often (`SEEN_OFTEN`) that is no given name and reads as a common word's indefinite accusative, of
    four letters or more and without the article, its `ا` off a word news uses as often (`هدف` of `هدفا`, `شهر` of `شهرا`;
    not `بنا` of `ريم بنا`, `البابا`, nor `كوريا` of `رافايل كوريا`, which news writes more than `كوري`; a foreign surname
    spelled like one is cut: `روجيه [ميلا]`), or as a verb in the present, which news writes in the future too (`يرى`,
    `سيرى`; `يقضي`; not the syllable `يونغ` of `كيم يونغ`); or a preposition alone, spelled as the preposition is (`على`, not
    the name `علي`), or behind digits (`ب16`). Not `ب`/`ل` before a noun: names open so as often (`باول`, `لوكاس`).
    `seen`: how often news must write the word for that to hold (`SEEN_OFTEN` by default)."""
    word = normalize_arabic(strip_marks(token))
    if strip_marks(token) in _LONE_PREPOSITIONS or (token[:1] in "بل" and token[1:].isdigit()):
        return True  # `عبد الله [على]`, `يوري بيرشيش [ب16]`
    counts = load_words().counts
    if word in given_names() or word + "ء" in given_names() or counts.get(word_key(token), 0) < (SEEN_OFTEN if seen is None else seen):
        return False  # (`أسما`, as `أسماء` is written too)
    if (word.endswith("ا") and len(word) >= 4 and not word.startswith("ال")
            and counts.get(word_key(token[:-1]), 0) >= counts[word_key(token)]):
        return True
    return word.startswith("ي") and counts.get(word_key("س" + token), 0) >= _FUTURE_SEEN


_FUTURE_SEEN = 10  # `سيرى`, `سيقضي`: a word news writes this often with the future's `س` is a verb
SEEN_NOW_AND_THEN = 20  # a rule's person all of whose words read so (`اتصالا`, 97 times in the news the model knows) is none


def _hyphenated(text: str, entity: Found, tokens: Tokens, others: Sequence[Found]) -> Found:
    """A person's name with the parts a hyphen joins to it, which the tokeniser splits off (`كيم جونغ-أون`, not
    `كيم جونغ`; `مون جي-إن`; `جان-إيف`), keyed as if spaced (`كيم جونغ أون` has the same key); not into another entity."""
    if entity.label != "PERSON":
        return entity
    start, end = entity.start, entity.end
    while end + 1 < len(text) and text[end] == "-" and _syllable(after := TOKEN.match(text, end + 1)):
        end = after.end()
    # before the hyphen, a given name's length (`جان-كلود`, `ماري-`): `ترامب-كيم` is a summit of two
    while start > 1 and text[start - 1] == "-" and _syllable(before := _token_before(text, start - 1)) and len(before.group()) <= 4:
        start = before.start()
    if (start, end) == (entity.start, entity.end):
        return entity
    grown = dataclasses.replace(entity, start=start, end=end, canonical=canonical_key(text[start:end].replace("-", " ")),
                                anchor=_anchor(tokens, start))
    return entity if any(o is not entity and _overlap(grown, o) for o in others) else grown


def _hyphen_joined(text: str, entities: list[Found]) -> list[Found]:
    """Two people a hyphen joins are one, when the first is one short given name (`جان` + `-` + `كلود أرنو`)."""
    out: list[Found] = []
    for e in sorted(entities, key=lambda e: e.start):
        last = out[-1] if out else None
        if (last is not None and last.label == e.label == "PERSON" and text[last.end : e.start] == "-"
                and len(text[last.start : last.end]) <= 4 and " " not in text[last.start : last.end]):
            out[-1] = dataclasses.replace(last, end=e.end, canonical=canonical_key(text[last.start : e.end].replace("-", " ")))
        else:
            out.append(e)
    return out


def _particle_joined(text: str, entities: list[Found]) -> list[Found]:
    """A person's name goes on past a particle of a name (`JOINING_PARTICLES`): two people side by side with one between
    them are one (`[جان إيف] [لو دريان]`, `[دونالد جيه] [ترامب]`), and a name the model ended on one that no name ends on
    (`CONTINUING_PARTICLES`) takes the words after it, up to the next name (`[يوهان فان] دي فيلد،`)."""
    out: list[Found] = []
    ordered = sorted(entities, key=lambda e: e.start)
    for n, e in enumerate(ordered):
        last = out[-1] if out else None
        if (last is not None and last.label == e.label == "PERSON" and last.end <= e.start and not text[last.end : e.start].strip()
                and "\n" not in text[last.end : e.start]
                and (normalize_arabic(text[last.start : last.end]).split()[-1] in JOINING_PARTICLES
                     or normalize_arabic(text[e.start : e.end]).split()[0] in JOINING_PARTICLES)):
            e = _respanned(text, last, end=e.end)
            out.pop()
        limit = ordered[n + 1].start if n + 1 < len(ordered) else len(text)
        while (e.label == "PERSON" and normalize_arabic(text[e.start : e.end]).split()[-1] in CONTINUING_PARTICLES
               and (after := _NEXT_WORD.match(text, e.end)) is not None and after.end() <= limit):
            e = _respanned(text, e, end=after.end())
        out.append(e)
    return out


def _split_at_and(text: str, entities: list[Found]) -> list[Found]:
    """Two people `و` joins in one name are two: `[إلهام شاهين] و[لبنى عبد العزيز]`, `[محمد] و[علي]`, where the word after
    `و` is a given name of three letters or more and the word with it is none (`وليد`, `وائل` are; `وليامز`, `وهبي`,
    `وينفري` are surnames with their own `و`). So are two listed places in one: `[حائل] و[الجوف]`."""
    out: list[Found] = []
    for e in entities:
        words = list(TOKEN.finditer(text, e.start, e.end)) if e.label in ("PERSON", "LOC") else []
        keys = [normalize_arabic(w.group()) for w in words]
        if e.label == "LOC":
            # … and two places: `في منطقتي [حائل] و[الجوف]`, each listed, the two together no place's name (`البوسنة والهرسك`)
            k = next((k for k in range(1, len(keys)) if keys[k][:1] == "و" and _listed_place(keys[k][1:])
                      and _listed_place(" ".join(keys[:k])) and not _listed_place(" ".join(keys))), None)
        else:
            k = next((k for k in range(1, len(keys)) if keys[k][:1] == "و" and len(keys[k]) >= 4 and keys[k][1:] in given_names()
                      and keys[k] not in given_names() and keys[k] not in NAMES_WITH_CLITIC_LETTERS
                      and not words[k].group().startswith("وا")), None)  # (`كريستوفر [وايلي]`, Wylie: `و` + `إيلي` has its hamza)
        if k is None:
            out.append(e)
            continue
        first_end, second_start = words[k - 1].end(), words[k].start() + 1
        out.append(_respanned(text, e, end=first_end))
        out.append(_respanned(text, e, start=second_start, anchor=e.anchor + k))
    return out


_MEMBERS = frozenset({"عضو", "عضوه"})


def _split_body_and_member(text: str, entities: list[Found]) -> list[Found]:
    """A body the model ran on into the name of a member after it is two: `[الجمعية العمومية] [عبدالرحمن فهد المطيري]`
    (`عضو الجمعية العمومية عبدالرحمن فهد المطيري`). Where `عضو` (a member) comes right before it and a definite name of
    two words or more is followed by a given name of the lexicon and one word more (not after other roles: `مدير
    المستشفى الجامعي فرحات حشاد` heads the hospital named after him)."""
    out: list[Found] = []
    for e in entities:
        before = text[: e.start].split()[-1:]
        of_member = e.label == "ORG" and before and normalize_arabic(before[0]) in _MEMBERS
        words = list(TOKEN.finditer(text, e.start, e.end)) if of_member else []
        keys = [normalize_arabic(w.group()) for w in words]
        k = next((k for k in range(2, len(keys) - 1) if keys[k] in given_names() and all(w.startswith("ال") for w in keys[:k])),
                 None)
        if k is None:
            out.append(e)
            continue
        body_end, name = words[k - 1].end(), words[k].start()
        out.append(_respanned(text, e, end=body_end))
        out.append(_respanned(text, e, start=name, label="PERSON", anchor=e.anchor + k))
    return out


def _front_place(text: str, entity: Found) -> Found:
    """A battlefront read as a body is the place it is fought at: `جبهة [الحديدة]`, `جبهة [حرض] شمال …`, `جبهة [نهم]
    شرق صنعاء` (a place the gazetteer knows, or a name a direction follows); the bodies named `جبهة` are named by no
    place (`جبهة النصرة`, `جبهة البوليساريو`, `جبهة تحرير سوريا`)."""
    if entity.label != "ORG":
        return entity
    words = list(TOKEN.finditer(text, entity.start, entity.end))
    if len(words) < 2 or normalize_arabic(words[0].group()).lstrip("وبل") not in ("جبهه", "جبهات"):
        return entity
    start, end = words[1].start(), entity.end
    if normalize_arabic(words[-1].group()) in DIRECTIONS and len(words) > 2:
        end = words[-2].end()  # `جبهة [حرض] شمال`: the direction is the front's, after its place
    name, gazetteer = normalize_arabic(text[start:end]), load_gazetteer()
    if (place := gazetteer.places.get(name)) is not None and place.label == "LOC":
        return Found(start, end, "LOC", gazetteer.key(name), "gazetteer", place.country_code, entity.anchor + 1)
    after = text[entity.end :].split(maxsplit=1)[:1]
    if end < entity.end or after and normalize_arabic(after[0]) in DIRECTIONS:
        return Found(start, end, "LOC", canonical_key(text[start:end]), "model", None, entity.anchor + 1)
    return entity


_NEXT_WORD = re.compile(r"[ \t]+[\u0621-\u064a]+")


def _syllable(token: re.Match | None) -> bool:
    """A part of a hyphenated name: a short Arabic word, not behind a conjunction or the article, no pronoun
    (`ترامب-وهو غاضب-` is a parenthesis between dashes, not a name; `إن` of `مون جي-إن` is a syllable here)."""
    word = token.group() if token else ""
    return (0 < len(word) <= 6 and _ARABIC.match(word) is not None and word[0] not in "وف" and not word.startswith("ال")
            and word not in ("هو", "هي", "هم", "هما"))


def _token_before(text: str, end: int) -> re.Match | None:
    return next((m for m in TOKEN.finditer(text, max(0, end - 12), end) if m.end() == end), None)


def _not_a_name(text: str, entity: Found) -> bool:
    """Words a rule or the tagger took for a name that name no one, seen on unseen ANT news: a preposition alone as
    written (`الرئيس على أن`, read as the given name علي, which it folds to), a nationality alone (`زعيم كوري شمالي`,
    "a North Korean leader", `العداء الجامايكي`; not one bare word, which may be a given name), a plural of ranks
    (`رئيسة وزراء بريطانيا`: `وزراء`, "ministers"), a product (`آيفون`), a kinship noun alone (`وقال نجل الرئيس`, "the president's son")."""
    if entity.source in ("gazetteer", "acronym", "alias"):
        return False
    words = [strip_marks(m.group()) for m in TOKEN.finditer(text, entity.start, entity.end)]
    if len(words) == 1 and words[0] in _LONE_PREPOSITIONS:
        return True
    keys = [normalize_arabic(w) for w in words]
    if (entity.label == "MISC" or entity.label == "ORG" and len(keys) == 1) and keys and _common_thing(keys):
        return True  # `[الميليشيات] الانقلابية`: a kind of force, no name (as ORG alone: `ميليشيات الحوثي` is one)
    if entity.label != "PERSON":
        return False
    if not PRODUCTS.isdisjoint(keys):
        return True  # `آيفون إكس`: a phone
    if len(keys) == 1 and (keys[0] in RANK_PLURALS or keys[0][:1] in "وف" and keys[0][1:] in RANK_PLURALS or words[0] in _KIN):
        return True
    if _verb_at_start(text, entity, keys):
        return True
    if keys[0] not in given_names() and _counted(text, entity.start):
        return True  # `تهريب 12 ألف [كروز]`, `3 [قطارا]`, `6 [جهاديا مفترضا]`: what a number counts, not a person
    # one bare word may be a given name (`تركي آل الشيخ`, Turki): with the article or a direction, never
    nationality = all(k in nationalities() or k in _DIRECTIONS for k in keys) and any(k in nationalities() for k in keys)
    return nationality and (len(keys) > 1 or keys[0].startswith("ال"))


def _common_thing(keys: Sequence[str]) -> bool:
    """A common noun of `COMMON_THINGS` (after its clitics and article), alone or with adjectives of relation after it."""
    first = {stem.removeprefix("ال") for _, stem in clitic_readings(keys[0])}
    return not first.isdisjoint(COMMON_THINGS) and all(k.startswith("ال") and k.endswith(("ي", "يه")) for k in keys[1:])


def _verb_at_start(text: str, entity: Found, keys: Sequence[str]) -> bool:
    """A sentence that opens with a verb spelled as a given name, its subject, then the verb's `على`: `أشرف الوالي على
    افتتاح المعرض` ("the governor supervised the opening"), not Ashraf al-Wali. A name's surname seldom takes the
    article where a subject does, and a name is seldom followed at once by `على`."""
    first = keys[0][1:] if keys[0][:1] in "وف" and keys[0][1:] in _VERB_NAMES else keys[0]
    if first not in _VERB_NAMES or len(keys) < 2 or not keys[1].startswith("ال") or text[: entity.start].strip() not in ("", "و", "ف"):
        return False
    return text[entity.end :].split(maxsplit=1)[:1] == ["على"]


def _counted(text: str, start: int) -> bool:
    """The word before `start` is a number that counts (`12`, `١٢`; not a year, `رؤية 2030 [كين كوستا]`, nor one a mark
    closes, `1974، [نعوم أدموني]`) or a scale of one (`ألف`, `ملايين`: `SCALE_WORDS`)."""
    before = text[:start].split()
    if not before:
        return False
    if _NUMBER.fullmatch(before[-1]):
        return not 1800 <= float(before[-1].translate(_WESTERN_DIGITS)) <= 2100
    return normalize_arabic(before[-1]) in SCALE_WORDS


_NUMBER = re.compile(r"[0-9٠-٩]+(?:[.٫][0-9٠-٩]+)?")
_WESTERN_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩٫", "0123456789.")
_VERB_NAMES = frozenset({"اشرف"})  # `أشرف` supervised (`أشرف على`)
_LONE_PREPOSITIONS = frozenset("على إلى لدى متى حتى أمام".split())  # spelled with ى or إ, as the preposition is, or
# `أمام` with its `أ` (`إمام`, as in `عادل إمام`, is a name): `حقق ريمونتادا تاريخية [أمام] ميلان`
_DIRECTIONS = frozenset(normalize_arabic(a + w + e) for a in ("", "ال") for w in ("شمالي", "جنوبي", "شرقي", "غربي")
                        for e in ("", "ة", "ون", "ين"))


# Kinship nouns the tagger takes into the name they govern (`ابنة مارتن`): never a name's first word. Not `ابن`, `بن`,
# `بنت`, `أبو`, `أم`, which are (`ابن سلمان`, `أبو مازن`).
_KIN = frozenset("ابنة زوجة زوج شقيق شقيقة والد والدة نجل نجلة أخت حفيد حفيدة أرملة طليقة".split())


def _function_word(token: str) -> bool:
    """`token` is one of `_EDGE_WORDS`, bare or behind one clitic (`بأن`, `وفي`, `فإن`, `والذي`), compared with its hamza
    (`بأن` "that" is no `بان` of Ban Ki-moon), and no given name. A function word that also spells a syllable of a
    foreign name stays (`هل` of The Hill, `كان` of Cannes, `دون` of Don, `أو`, `في`)."""
    word = strip_marks(token)
    if normalize_arabic(word) in given_names():
        return False
    return word in _EDGE_WORDS or word[:1] in "وفبل" and word[1:] in _EDGE_WORDS | _SHORT_EDGE_WORDS


# Words that follow or precede a name in a clause but are never part of one: complementisers, relatives, demonstratives,
# auxiliaries, clause adverbs; `_SHORT_EDGE_WORDS` only behind a clitic (bare, they spell foreign syllables).
_EDGE_WORDS = frozenset("""أن إن أنه إنه أنها إنها أنهم إنهم لأن الذي التي الذين اللذين اللتين هذا هذه هؤلاء ذلك تلك قد لقد
    كانت يكون خلال منذ حتى بعد قبل بسبب بشأن بحسب وفق وفقا عندما بينما إذا أيضا فقط لاحقا الآن نفسه كذلك على إلى أثناء
    تحت مؤخرا""".split())
_SHORT_EDGE_WORDS = frozenset("في من عن مع".split())


_FAMILY_AFTER = re.compile(rf"\s+[\w{MARKS}]+")
_FAMILY_NAMED = re.compile(rf" آل [\w{MARKS}]+")


def _family_before(text: str, start: int) -> bool:
    """`آل` right before offset `start`, a word of its own (`وعاد آل [ثاني]`)."""
    return start >= 3 and text.startswith("آل ", start - 3) and (start == 3 or text[start - 4].isspace())


def _with_family(text: str, span: Span) -> Span:
    """A person's span that ends at `آل` takes the family's name after it: `سلمان بن حمد آل [خليفة]`, `محمد بن زايد آل [نهيان]`;
    and so does one of a name with `بن` that ends right before `آل`: `تميم بن حمد [آل ثاني]`; a family named alone takes
    its `آل` (`آل [الشيخ]`, as the gold spans one: `وأضاف [آل علي]`, `wire31.json`)."""
    if span.label != "PERSON":
        return span
    if _family_before(text, span.start) and " " not in text[span.start : span.end]:
        return span._replace(start=span.start - 3)  # the family alone, `آل` outside: `تعرض لها [آل الشيخ]`, `وعاد [آل ثاني]`
    name = text[span.start : span.end]
    if not name.endswith(" آل"):
        family = _FAMILY_NAMED.match(text, span.end) if " بن " in name else None
        return span._replace(end=family.end()) if family else span
    family = _FAMILY_AFTER.match(text, span.end)
    return span._replace(end=family.end()) if family else span


def _without_clitics(text: str, span: Span) -> Span:
    """The span with its first word's clitics outside it: `وإسرائيل` → `إسرائيل`, `للأمم المتحدة` → `الأمم المتحدة`; a
    given name of the lexicon (`tasks/data/given_names_ar.txt`) stays whole."""
    match = TOKEN.match(text, span.start)
    raw = match.group() if match else ""
    key = normalize_arabic(raw)
    names = given_names() | NAMES_WITH_CLITIC_LETTERS if span.label == "PERSON" else given_names()
    if key in names or strip_marks(raw) in NAMED_PLACE_HEADS:
        return span  # a name that starts with a clitic's letter keeps it: `لسعد`, `بلال`, `كمال`, `وليد`; a person's `فالح`;
        # a kind of place before its name (`[وادي] درنة`)
    if span.label == "PERSON" and key in _MAGHREB_L_NAMES and text[: span.start].rstrip().endswith(("،", ",", ":")):
        return span  # `رئيس جماعة الريصاني، [لحسن] أوبلا،`: in apposition, Lahcen, no `ل` + `حسن`
    if key[:1] in ("و", "ف") and key[1:] in names:
        cut = 1  # `ولسعد`: the conjunction only
    elif span.label == "PERSON" and key.startswith("بو") and len(key) > 4 and key[1:] not in given_names():
        return span  # the Maghreb's `بو` surnames (`بوراس`, `بوتفليقة`, `بوشارب`) are no `ب` + name; `بوليد` is `ب` + Walid
    else:
        cut, stem = stem_of(word_key(raw)) if _ARABIC.match(raw) else (0, raw)
        if stem[:1] in ("و", "ف") and stem[1:] in PREPOSITIONS or (key in load_gazetteer().places
                                                                  and not (key in BARE_ALEF_ONLY and "أ" in raw)):
            cut = 0  # `[كوفي] أنان` is no `ك` + `وفي` ("and in"), though news writes `وفي` far more: no name is left so;
            # nor is a place the gazetteer knows whole (`[كابل]`, Kabul, no `ك` + `أبل`)
        elif cut == 0 and span.label == "LOC" and key[:1] in ("و", "ف") and _listed_place(key[1:]):
            cut = 1  # a town too rare in news for `stem_of` to know it, listed after `و`: `وبسكرة [و]أدرار`, `الدوحة [و]الخور`
    if cut == 0 or _no_clitic_before(text, span.start, len(raw)):
        return span
    start = span.start + skip_letters(raw, cut)
    return span._replace(start=start) if start < span.end else span


# The Maghreb's given names that write `ال` as `ل` and are `ل` + a name as often elsewhere (`لحسن نصر الله`, `الموالية
# لهادي`, so not in `NAMES_WITH_CLITIC_LETTERS`): a name only where nothing could govern the `ل`, after a comma.
_MAGHREB_L_NAMES = frozenset({"لحسن", "لحسين", "لهادي", "لحبيب", "لعربي"})


def _listed_place(key: str) -> bool:
    """A place of the gazetteer, its local places or its towns, by its normalised name."""
    return key in load_gazetteer().places or key in load_local_places().places or key in load_towns().places


def _no_clitic_before(text: str, start: int, length: int) -> bool:
    """The word at `start` (`length` letters) stands where no proclitic can: right after a preposition or a kind of place
    (`على [فورد]`, `مدينة [فراه]`, not `على و…`), or as all that marks hold (`"[فار]"`, the video referee). Its first
    letter is the name's, whatever the word left without it would read as (`ورد`, a rose)."""
    head = text[:start]
    if all_marks_hold(text, start, start + length):
        return True
    before = head.rsplit(None, 1)[-1:] if head[-1:].isspace() else []
    if not before or (before[0].endswith("ي") and normalize_arabic(before[0]) in ("علي", "الي")):
        return False  # `بن علي [و]مريم`, `ديلي آلي [و]جيسي`: the names, not `على`, `إلى` (their ى folds to ي)
    return normalize_arabic(before[0]) in _NO_CLITIC_AFTER


_NO_CLITIC_AFTER = PREPOSITIONS | PLACE_HEADS


@functools.cache
def load_tagger(path: Path = MODEL_PATH) -> Tagger:
    """The process-wide tagger of the shipped model."""
    return Tagger(path)


def cached_words() -> int:
    """The words whose rows this process's tagger holds; 0 while none is loaded (what a worker starts with: `extract_warm`)."""
    return len(load_tagger()._words) if load_tagger.cache_info().currsize else 0


# The one overlap policy between rules and model. A rule entity from one of these finders wins every
# overlap: they name what they know by name or by a reliable pattern (a gazetteer place, an acronym, a body's
# short name in brackets after its name, the speaker of a quote, a work's title in marks after its kind, a club by its name
# and nationality), and carry keys and country codes the model cannot give. Against any other rule entity the model's span
# wins; what only one of them found is kept.
RULES_FIRST = frozenset({"gazetteer", "acronym", "alias", "speaker", "marks", "club"})
# An organisation found by its head noun also wins where the model found only a part of its name, the
# place inside it (`حركة نداء تونس`, `وكالة تونس افريقيا للأنباء`: the model's `تونس`), or a span across
# its end; a model span that holds the whole of it wins (`وزارة الخارجية الأمريكية` over `وزارة الخارجية`).
WHOLE_NAMES_FIRST = frozenset({"head", "place-whole"})  # … and a named place around a known one: `مطار [بورتسودان] الدولي`
# The model's spans below this mean tag probability are left out: on the project's gold (NTREX, held-out) the
# model's unsure spans are mostly places inside organisations' names (`بورصة نيويورك`) that its conventions miss.
MIN_SCORE = 0.8
# Rules whose entity the model's sure `O` over words it knows leaves out (`vetoed`): how sure, and how often seen.
# Chosen on ANERcorp's train dev split and the project's gold (see `vetoed`).
VETOED_SOURCES = frozenset({"role", "place-head", "lexicon", "list", "speaker", "surname"})
SURE_OUTSIDE = 0.95
SEEN_OFTEN = 100


def vetoed(text: str, entity: Found, outside: Sequence[tuple[int, int]]) -> bool:
    """A weak rule's entity (`VETOED_SOURCES`) every word of which the model is sure is in no name (`outside`), its own
    tags notwithstanding, and has seen often enough for that to mean something (`SEEN_OFTEN` times in the news it was
    trained with): a word after a role that is none (`صاحب`, `خارجية`, `رقم`), a place head's common word (`الملعب
    ذاته`, `كلها`), the given name `علي` that is the preposition `على` written with `ي` (`علي الرغم`, `علي وشك`, as
    Egyptian news and ANERcorp write it), a surname found again whose word is a common one (`الأطفال`, `المملكة`, after a
    bad full name of the document: `أخصائي الأطفال`). A rare word keeps its name (`سارة بالين`, `ميناء رأس لانوف`), and so
    does a well-known one (`aliases_ar.tsv`: `باراك أوباما` between commas, `#ترمب`, where the model errs)."""
    if entity.source not in VETOED_SOURCES or entity.canonical in _well_known():
        return False
    counts = load_words().counts
    return all(any(s <= a and b <= e for s, e in outside) and counts.get(word_key(text[a:b]), 0) >= SEEN_OFTEN
               for a, b in _words_in(text, entity.start, entity.end))


def _a_group_of_things(text: str, entity: Found, outside: Sequence[tuple[int, int]]) -> bool:
    """A body the rules found by the indefinite head `مجموعة` whose other words the model is sure are in no name: a group
    of things, not a company or a bloc (`[مجموعة كاميرات مثبتة]`, `مجموعة أوسع`, `مجموعة عوامل`; but `مجموعة [سونينغ]
    الرياضية`, `مجموعة دول [الساحل] الخمس`, where the model reads a name)."""
    if entity.label != "ORG" or entity.source != "head":
        return False
    words = _words_in(text, entity.start, entity.end)
    if len(words) < 2 or normalize_arabic(text[words[0][0] : words[0][1]]) != "مجموعه":
        return False
    counts, rest = load_words().counts, [text[a:b] for a, b in words[1:]]
    if any(normalize_arabic(w) in _GROUP_NUMBERS or counts.get(word_key(w), 0) < SEEN_NOW_AND_THEN for w in rest):
        return False  # `مجموعة [السبع]`, `مجموعة [الدول الست]`: a bloc by its number; `مجموعة [فيفندي]`: a word news seldom writes
    return all(any(s <= a and b <= e for s, e in outside) for a, b in words[1:])


_GROUP_NUMBERS = frozenset(normalize_arabic("ال" + w) for w in (
    "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "عشر", "عشرين"))


@functools.cache
def _well_known() -> frozenset[str]:
    return frozenset(aliases()) | frozenset(aliases().values())


def _words_in(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]


def _anchor(tokens: Tokens, start: int) -> int:
    """The index of the word an entity starting at `start` begins on."""
    return bisect_left([w.start for w in tokens.words], start)


def article_lam(text: str, start: int) -> bool:
    """The span at `start` opens with the article's `ل` after the preposition `ل` (`ل[لأهلي]`, `ل[لميليشيات]`): news writes
    its first word with the article more often than as it stands; not a name of its own behind `ل` (`ل[لطفي] براهم`,
    `ل[ليبرمان]`)."""
    if text[start : start + 1] != "ل" or start < 1 or text[start - 1] != "ل":
        return False
    if start >= 2 and text[start - 2].isalpha() and text[start - 2] not in "وف":
        return False
    match = TOKEN.match(text, start)
    word = match.group() if match else ""
    counts = load_words().counts
    return counts.get(word_key("ا" + word), 0) > counts.get(word_key(word), 0)


def model_entity(text: str, tokens: Tokens, span: Span) -> Found:
    """A model span as the extractor's entity: its canonical key, a gazetteer place's key and country code."""
    surface = text[span.start : span.end]
    if article_lam(text, span.start):
        surface = "ا" + surface  # `ل[لأهلي]`: `لل` is `ل` and the article whose alef it drops, keyed as `الأهلي`, not `لأهلي`
    place = load_gazetteer().places.get(normalize_arabic(surface)) if span.label == "LOC" else None
    if place is not None and place.label == "LOC":
        canonical, country = load_gazetteer().key(normalize_arabic(surface)), place.country_code
    else:
        canonical, country = canonical_key(surface), None
    anchor = _anchor(tokens, span.start)
    return Found(span.start, span.end, span.label, canonical, "model", country, anchor)


def merge(rules: Sequence[Found], model: Sequence[Found], text: str = "") -> list[Found]:
    """Rules' and model's entities of one sentence by `RULES_FIRST`, in order; no two overlap. `text` is the sentence's,
    which `_longer_person` reads around a name."""
    strong = [e for e in rules if (e.source in RULES_FIRST and not _place_inside_model_name(e, model))
              or (e.source in WHOLE_NAMES_FIRST and (_not_inside_model(e, model) or _two_bodies(text, e, model, rules)
                                                     or _ends_at_an_art(text, e, model) or _office_past_body(text, e, model, rules)))
              or _longer_person(text, e, model)]
    # A model span that a weaker rule found too, with the same type, keeps the rule's key: the rules know aliases and
    # the short forms of bodies (`أدنوك` of `شركة بترول أبوظبي الوطنية`), the model only the words it tagged.
    same = {(e.start, e.end, e.label): e for e in rules if e not in strong}
    kept_model = [keyed_like(m, same.get((m.start, m.end, m.label))) for m in model if not any(_overlap(m, e) for e in strong)]
    weak = [e for e in rules if e not in strong and not any(_overlap(e, m) for m in kept_model)]
    return sorted(strong + kept_model + weak, key=lambda e: e.start)


def keyed_like(found: Found, rule: Found | None) -> Found:
    """The model's entity with the canonical key and country of `rule`, if any: the rule's entity of the same span (`merge`),
    or of the same words elsewhere in the document (`extract_documents._keyed_as_ruled`)."""
    if rule is None or (rule.canonical, rule.country_code) == (found.canonical, found.country_code):
        return found
    return dataclasses.replace(found, canonical=rule.canonical, country_code=rule.country_code or found.country_code)


def _overlap(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


def _place_inside_model_name(entity: Found, model: Sequence[Found]) -> bool:
    """A gazetteer place the model found inside a longer organisation's or event's name: a club named for its city
    (`دينامو كييف`, `ستيوا بوخارست`, `سسكا موسكو`), a body (`بورصة نيويورك`). The name wins, not the city."""
    return entity.label == "LOC" and any(
        m.label in ("ORG", "MISC") and m.start <= entity.start and entity.end <= m.end and m.end - m.start > entity.end - entity.start
        for m in model
    )


def _longer_person(text: str, entity: Found, model: Sequence[Found]) -> bool:
    """A person's name found by a role or a given name that the model read short or as something else, where the rule's
    end is vouched for: one surname with the article past the model's name of the same person, closed by punctuation
    or `إن`/`أن`, or after a role's name a preposition (the model stops at a surname that is also a word: `وزير الأشغال
    مازن [القضاة] إن`, `سلمان [العودة]،`, `الدكتور يزن خليل [العمري] من`),
    or, so closed, a given name of the lexicon before it (`[علي] يوسف الأحمد،`);
    or the same two words or more between punctuation, which the model took for a place or a body (`…، الهادي الفقي،`)."""
    if entity.label != "PERSON" or entity.source not in _PERSON_RULES:
        return False
    meets = [m for m in model if _overlap(m, entity)]
    if [(m.start, m.end, m.label == "PERSON") for m in meets] == [(entity.start, entity.end, False)]:
        # one word is mostly a club after a player's role: `مدرب [توتنهام]:`
        return text[entity.end : entity.end + 1] in _CLOSING_MARKS and " " in text[entity.start : entity.end]
    if not meets or not all(m.label == "PERSON" and entity.start <= m.start and m.end <= entity.end for m in meets):
        return False
    model_end, model_start = max(m.end for m in meets), min(m.start for m in meets)
    after = text[entity.end :].split(maxsplit=1)
    closed = (not after or after[0][:1] in _CLOSING_MARKS or after[0] in _CLOSING_WORDS
              or (entity.source == "role" and after[0] in _CLOSING_AFTER_ROLE))
    if model_start > entity.start and model_end == entity.end:
        # the model left out the given name that opens it: `علي [يوسف الأحمد]،`, `سلمى [عثمان الطاهر]،` (the lexicon's);
        # after a role, where the model's end vouches for the rule's, unclosed too, and any word news seldom uses, which
        # the role says is the name's first (`للكاتبة زهيرة [الغرياني] بالجائزة`)
        first = text[entity.start : model_start].split()
        if len(first) != 1:
            return False
        word = normalize_arabic(first[0])
        if entity.source == "role":
            return word in given_names() or (not word.startswith("ال") and load_words().counts.get(word_key(first[0]), 0) < SEEN_OFTEN)
        return word in given_names() and closed
    if model_start != entity.start or model_end >= entity.end:
        return False
    rest = text[model_end : entity.end].split()
    # A feminine adjective agrees with a noun before the name (`قمة ترمب-كيم التاريخية`); a surname does not end so.
    return len(rest) == 1 and rest[0].startswith("ال") and len(rest[0]) > 4 and not rest[0].endswith(("ية", "يه")) and closed


_PERSON_RULES = frozenset({"role", "lexicon"})
_CLOSING_MARKS = frozenset("،,.:;؛")
_CLOSING_WORDS = frozenset({"إن", "أن", "ان"})
# … and after a role's name, a preposition (`الدكتور يزن خليل [العمري] من جامعة اليرموك`); not after the lexicon's, where the
# word is as often the phrase's (`ناصر [البالغ] من العمر`, `لم ينل رضا [الكثيرين] في`).
_CLOSING_AFTER_ROLE = frozenset({"من", "في", "عن", "إلى"})


def _two_bodies(text: str, entity: Found, model: Sequence[Found], rules: Sequence[Found]) -> bool:
    """A body found by its head noun that a model span runs into another such body after `لل`: two bodies, the second
    the first's counterpart or parent (`[اللجنة الأولمبية الوطنية] ل[لجنة الأولمبية الدولية]`), which the head-noun rule
    reads apart; a body `ب` another stays one name with it (`لجنة المالية بمجلس النواب`)."""
    heads = [r for r in rules if r.source == "head" and r is not entity]
    for m in model:
        if not (m.start <= entity.start and entity.end <= m.end):
            continue
        for other in heads:
            first, second = sorted((entity, other), key=lambda e: e.start)
            if (m.start <= other.start and other.end <= m.end and first.end <= second.start
                    and text[first.end : second.start].strip() == "ل"):
                return True
    return False


# A regional officer's title before the body he stands for there (`المدير الجهوي لـ…`, `المندوب الإقليمي لـ…`), with the
# `ل` the body's name starts after.
_REGIONAL_TITLES = frozenset(normalize_arabic(w + ending) for w in ("الإقليمي", "الجهوي", "الولائي") for ending in ("", "ة"))
_REGIONAL_OFFICERS = frozenset(normalize_arabic(w + ending) for w in ("المدير", "المندوب", "الممثل", "المسؤول", "المفتش", "الكاتب")
                               for ending in ("", "ة"))


def _office_past_body(text: str, entity: Found, model: Sequence[Found], rules: Sequence[Found]) -> bool:
    """A body found by its head noun, after a regional officer's title, that a model span runs on past into `ب` and a place
    the rules found: where the officer's office is, not the body's name (`المدير الإقليمي لوزارة التجهيز والماء [بإقليم
    إفران]`). Elsewhere a body of many towns keeps its town (`وزارة الصحة بولاية كسلا`, a state's ministry; `النقابة
    الأساسية … بصفاقس`); a court's is its head rule's own (`المحكمة الابتدائية بقفصة`)."""
    if entity.label != "ORG" or entity.source != "head":
        return False
    before = [normalize_arabic(w) for w in text[: entity.start].split()[-3:] if w != "ل"][-2:]  # (`المدير الإقليمي ل|وزارة`)
    if len(before) < 2 or before[0] not in _REGIONAL_OFFICERS or before[1] not in _REGIONAL_TITLES:
        return False  # (not a body's own regional office: `الإدارة الجهوية للشركة … [بالقصرين]`)
    return any(m.start <= entity.start and entity.end < m.end and text[entity.end : m.end].lstrip().startswith("ب")
               and any(r.label == "LOC" and entity.end < r.start and r.end == m.end for r in rules) for m in model)


def _ends_at_an_art(text: str, entity: Found, model: Sequence[Found]) -> bool:
    """An event found by its head noun that ends at its art, which a model span of the same type runs on past: the words
    after an art describe the event (`[مهرجان كان السينمائي] العريق`), as `extract_orgs` reads them."""
    words = text[entity.start : entity.end].split()
    return (entity.label == "MISC" and entity.source == "head" and bool(words) and norm(words[-1]) in EVENT_ARTS
            and any(m.label == "MISC" and m.start <= entity.start and entity.end < m.end for m in model))


def _not_inside_model(entity: Found, model: Sequence[Found]) -> bool:
    """No model span that `entity` overlaps holds all of it: the model found part of its name, or cut across it
    (`لشغل كمال العياري` over `الاتحاد العام التونسي للشغل كمال العياري`)."""
    return not any(_overlap(m, entity) and m.start <= entity.start and entity.end <= m.end for m in model)


def with_model(sentence: Sentence, tagger: Tagger | None = None) -> Sentence:
    """The sentence's analysis with the model's entities merged into the rules' (`merge`)."""
    return with_model_all([sentence], tagger=tagger)[0]


def with_model_all(sentences: Sequence[Sentence], documents: Sequence[Hashable] | None = None, tagger: Tagger | None = None) -> list[Sentence]:
    """Each sentence's analysis with the model's entities merged into the rules' (`merge`), the batch tagged at once;
    `documents` says which document each sentence is of (`Tagger.find_all`)."""
    if not sentences:
        return []  # a run's empty last chunk: no tagger loaded for it
    tagger = tagger or load_tagger()
    found, outside = tagger.find_all_and_outside([s.text for s in sentences], [s.entities for s in sentences], documents)
    return [_merged(sentence, spans, sure) for sentence, spans, sure in zip(sentences, found, outside)]


def _merged(sentence: Sentence, spans: list[Span], outside: Sequence[tuple[int, int]] = ()) -> Sentence:
    found = [e for span in spans if span.score >= MIN_SCORE
             and not _lone_adjective(e := model_entity(sentence.text, sentence.tokens, span), sentence.text)]
    rules = [e for e in sentence.entities if not vetoed(sentence.text, e, outside) and not _a_group_of_things(sentence.text, e, outside)]
    entities = (_without_function_words(sentence.text, e, sentence.tokens)
                for m in merge(rules, found, sentence.text) if (e := _trimmed(sentence.text, m)))
    kept = _hyphen_joined(sentence.text, [e for e in entities if e is not None and not _not_a_name(sentence.text, e)])
    kept = _split_at_and(sentence.text, _particle_joined(sentence.text, [_front_place(sentence.text, e) for e in kept]))
    kept = _split_body_and_member(sentence.text, kept)
    kept = [_hyphenated(sentence.text, e, sentence.tokens, kept) for e in kept]
    listed = find_listed_places(sentence.tokens, kept, lambda e: vetoed(sentence.text, e, outside))
    kept = [e for e in kept if not any((p.start, p.end) == (e.start, e.end) for p in listed)]  # listed again, to be keyed
    counted = find_counted_places(sentence.tokens, kept + listed, lambda e: vetoed(sentence.text, e, outside))
    counted += find_feature_names(sentence.tokens, kept + listed + counted, lambda e: vetoed(sentence.text, e, outside))
    kept = [e for e in kept if not any(p.start < e.end and e.start < p.end for p in counted)]  # a weak name the list overrules
    kept = sorted(kept + listed + counted, key=lambda e: e.start)  # the model's places, and the rules', list others
    kept = _plants(sentence.text, sentence.tokens, _dams_of_wadis(sentence.text, kept))
    kept = _people_joined(sentence.text, kept)
    kept = with_ranked_given_names(sentence.tokens, capitals_in_city_lists(sentence.tokens, kept))
    kept = with_family_nisbas(sentence.tokens, with_first_names_before_given(sentence.tokens, kept))
    kept = with_particle_names(sentence.tokens, with_last_syllables(sentence.tokens, kept))
    quotes = [_named_speaker(sentence.text, q, kept) for q in sentence.quotes]
    return sentence._replace(entities=kept, quotes=quotes, outside=tuple(outside))


def _lone_adjective(entity: Found, text: str) -> bool:
    """A body the model names by one indefinite Arabic adjective (`شركة [خاصة]`, `مجموعة [تابعة]`, `[رياضية]`): the kind of
    body it describes, no name (`extract_orgs.arabic_adjective`); or by a nationality right after a definite word. Nor is a
    place's name inside a common phrase (`extract_places.in_place_phrase`: `جوز [الهند]`, the coconut)."""
    word = normalize_arabic(text[entity.start : entity.end])
    if entity.label == "LOC" and in_place_phrase(text, entity.start, entity.end):
        return True  # `جوز [الهند]`, the coconut; `[مسقط] رأسه`, his birthplace
    if entity.label == "LOC" and word == "مالي":
        # Mali after an indefinite noun is `financial` (`دعم [مالي]`, `مبلغ مالي`), which the tagger reads as the country
        # where the document names it (`extract_places.OF_A_STATE`: the words it follows as the country)
        before, after = text[: entity.start], text[entity.end :].split(None, 1)
        last = normalize_arabic(before.rsplit(None, 1)[-1]) if before.endswith(" ") and before.strip() else ""
        listed = bool(after) and text[entity.end : entity.end + 1] == " " and and_a_place(normalize_arabic(after[0]))
        return (bool(last) and last[:1].isalpha() and not last.startswith(("ال", "وال", "بال", "لل")) and last not in OF_A_STATE
                and last[1:] not in OF_A_STATE and last not in PREPOSITIONS and not PRONOUN_PREPOSITION.fullmatch(last) and not listed)
    if (entity.label == "LOC" and common_nisba(first := word.split(" ", 1)[0], text[entity.start : entity.end].split(" ", 1)[0])
            and not first.startswith("ال")):
        before = text[: entity.start].split()
        # what kind of place, no name, after its kind: `منطقة [جبلية وعرة]`, `حي [شعبي]`, `لولاية [ثانية]`
        return bool(before) and not {stem for _, stem in clitic_readings(normalize_arabic(before[-1]))}.isdisjoint(PLACE_HEADS)
    if entity.label == "LOC" and word in ADJECTIVE_PLACES and text[entity.start - 1 : entity.start] == " ":
        # the tagger's country after a definite word, as the gazetteer's (`extract_places.describes_after`): `القنصلية
        # [السعودية]`, where the document names the country elsewhere
        before = text[: entity.start].split()
        return bool(before) and describes_after(*word_forms(before[-1])[1:3])
    if entity.label == "ORG" and word.startswith("ال") and word in nationalities():
        # an agency's short name (`العمانية`, ONA's) right after a definite word is that word's adjective:
        # `للموسيقى التقليدية [العمانية]`, `الأوركسترا السيمفونية السلطانية [العمانية]`
        before = text[: entity.start]
        last = before.rsplit(None, 1)[-1:] if before.endswith(" ") else []
        return bool(last) and normalize_arabic(last[0]).startswith(("ال", "وال", "بال", "لل")) and last[0][-1].isalpha()
    return entity.label in ("ORG", "MISC") and " " not in word and not word.startswith("ال") and arabic_adjective(word)


def _named_speaker(text: str, quote: Quote, entities: Sequence[Found]) -> Quote:
    """The quote's speaker, once the model's names are in: the rules chose among theirs alone. A full name the model
    found, closed by a comma, speaks where the rules found no one right after the verb (`وقال محمد سلطان المهندي، مدير …،
    في تصريح لـ… إن`) or found a role phrase it stands in apposition to (`أفاد المدير الجهوي للمكتب …، عبد الكريم أوبلا،
    بأن`). A single word of the model's is too often no one there (`لي`)."""
    if quote.speaker is not None and quote.speaker.label != "PHRASE" and _not_a_name(text, quote.speaker):
        quote = dataclasses.replace(quote, speaker=None)  # `وشددت الممثلة الأمريكية [على] أن`: a preposition, no one
    if quote.speaker is not None and quote.speaker.label not in ("PHRASE", "PERSON"):
        return quote
    if quote.speaker is not None and (named := next((e for e in entities if e.label == "PERSON" and e.start == quote.speaker.start
                                                    and e.end < quote.speaker.end), None)) is not None and _past_the_name(
                                                        text[named.end : quote.speaker.end]):
        return dataclasses.replace(quote, speaker=named)  # a phrase that opens with a name the model found is the name's
        # (`زاد [ترامب] الضغط عبر تغريدة قال فيها`, `[فالفيردي] بعد المباراة`: the rules' phrase ran on past it), and so is
        # a rule's person the merge cut to the model's (`الفنان [عمرو عبد العزيز] التهنئة`, what he offered)
    if quote.speaker is not None and quote.speaker.label == "PERSON" and not _guessed_before_marked_name(text, quote):
        return quote
    if quote.speaker is not None and (described := _described_person(text, quote.speaker, entities)) is not None:
        return dataclasses.replace(quote, speaker=described)
    kind = normalize_arabic(text[quote.speaker.start : quote.speaker.end]) if quote.speaker is not None else ""
    if kind in SPEAKING_KINDS or kind == "وكاله الانباء":
        named = next((e for e in entities if e.label == "ORG" and e.start < quote.start
                      and marks_only(text, quote.speaker.end, e.start)), None)
        if named is not None:
            return dataclasses.replace(quote, speaker=named)  # `وقالت مجموعة "تو ذا ستارز أكاديمي" إن`: the group named,
            # `وقالت وكالة الأنباء "بترا" إن`: the agency
    verb = text.rfind(quote.verb, 0, quote.start)
    after = quote.speaker.end if quote.speaker is not None else verb + len(quote.verb) if verb >= 0 else None
    if after is None:
        return quote
    for e in entities:
        if e.label != "PERSON" or not after <= e.start < quote.start:
            continue
        start = e.start if " " in text[e.start : e.end] else _given_name_before(text, e)
        if start is None:
            continue
        between, closed = _before_titles(_less_workplace(text, after, start, entities)), text[e.end :].lstrip().startswith(("،", ",", ":"))  # `…، الاسم: «`
        subject = quote.speaker is None and not between.strip()
        apposition = quote.speaker is not None and between.rstrip().endswith(("،", ",")) and _only_genitive(
            _less_seat(between, after, entities))
        if closed and (subject or apposition):
            return dataclasses.replace(quote, speaker=e)
        if _holder_after_body(text, quote, e, entities):
            return dataclasses.replace(quote, speaker=e)
    return quote


def _holder_after_body(text: str, quote: Quote, person: Found, entities: Sequence[Found]) -> bool:
    """A role phrase that speaks, then the body it is of, then a name of two words or more with no comma between (`وقال
    [نائب المدير العام] لهيئة تشجيع الاستثمار المباشر [صالح عبدالمحسن الفضلي] في كلمة الافتتاح إن`): the role's holder,
    where a preposition, `إن`/`أن` or a comma follows the name. A body is no one's possession, as a person after a role
    may be (`وكيل النجم محمد صلاح`: the star's agent)."""
    if quote.speaker is None or quote.speaker.label != "PHRASE" or " " not in text[person.start : person.end].strip():
        return False
    first = normalize_arabic(text[quote.speaker.start : quote.speaker.end].split()[0])
    if first.removeprefix("ال") not in ROLES:
        return False
    body = next((o for o in entities if o.label == "ORG" and quote.speaker.end < o.start and o.end <= person.start
                 and not text[o.end : person.start].strip()), None)
    if body is None or text[quote.speaker.end : body.start].strip() not in ("", "ل", "ب"):
        return False
    rest = text[person.end :].split()[:1]
    follow = normalize_arabic(rest[0]) if rest else ""
    return not rest or rest[0][:1] in ("،", ",", ":") or follow in PREPOSITIONS or follow in ("ان", "بان")


def _described_person(text: str, phrase: Found, entities: Sequence[Found]) -> Found | None:
    """A person the model found that starts inside the rules' phrase or right after it, where the phrase opens with one or
    two words with the article before the name (`قالت [المقيمة] بريا ناير،`, `وقال [الطالب أحمد] علي:`, `المقيمة الهندية`):
    who the phrase describes, and who speaks. Not where the words before the name hold a comma (an apposition's own
    speaker is another's rule) or are more than two."""
    for e in entities:
        if e.label != "PERSON" or not phrase.start < e.start <= phrase.end + 1 or e.end < phrase.end:
            continue
        before = [normalize_arabic(w) for w in text[phrase.start : e.start].split()]
        if any(w.removeprefix("ال") in SOURCE_NOUNS for w in before) and " " not in text[e.start : e.end]:
            continue  # `[المصدر] الحوثي`: a source's allegiance, no one named (`[المحامي] عبد الرزاق الشريف` is one)
        if 1 <= len(before) <= 2 and all(w.startswith("ال") or w in _HONOURS for w in before) and "،" not in text[phrase.start : e.start]:
            return e
    return None


_HONOURS = frozenset({"معالي", "سعاده", "سمو", "فخامه", "جلاله", "سماحه"})  # `أكد [سعادة الشيخ] حمود بن سعيد الهنائي`


def _given_name_before(text: str, surname: Found) -> int | None:
    """Where a name the model cut to its surname with the article starts, after a comma: one bare word before it, a given
    name the lexicon lacks (`، [أميرة] الحمروني:`); None for any other single word (`لي`, too often no one)."""
    head = text[: surname.start]
    if not normalize_arabic(text[surname.start : surname.end]).startswith("ال") or not head.endswith(" "):
        return None
    before = head.rstrip()
    comma = max(before.rfind("،"), before.rfind(","))
    word = before[comma + 1 :].strip()
    if comma < 0 or " " in word or len(word) < 3 or normalize_arabic(word).startswith(("ال", "و")) or not word.isalpha():
        return None
    return len(before) - len(word)  # (`before` ends with the word)


# Titles a name in apposition may open with: `عامل إقليم الحوز، [السيد] عبد الحكيم الفلالي،`.
_TITLES_BEFORE_NAME = PROFESSIONAL_TITLES | RANKS | frozenset({"سيد", "سيده", "شيخ", "استاذ", "استاذه", "بروفيسور", "بروفيسوره", "بروفسور",
                                                          "مراقب", "مفتش", "عام", "نائب", "نائبه"})
# (`، المراقب العام عبد الحميد بوقرة،`, `، النائب اباه ولد سيد المختار،`)


def _past_the_name(rest: str) -> bool:
    """The words after a name in a speaker phrase are no part of it: a definite word but kinship (`ترامب [القمة]`; not
    `عنان [الابن]`, his son), a role (`دي فرانشيسكو [مدرب] روما`), a preposition or time word (`[بعد] المباراة`,
    `[لنواب] البرلمان`). A bare word may be the name's own (`الطيب [لوح]`, `خليل [حرب]`, whom the model cut)."""
    words = rest.split()
    if not words:
        return False
    first = normalize_arabic(strip_marks(words[0]))
    if first.startswith("ال"):
        return first[2:] not in KIN_NOUNS
    if first in given_names() or first in NAMES_WITH_CLITIC_LETTERS:
        return False  # (`محمد [بلقاسم]`, `[لطفي]`: a name's own word)
    return (first in PREPOSITIONS or first in _AFTER_A_NAME or first[:1] in "لب" and len(first) > 3
            or first in ROLES or first[:1] == "و" and first[1:] in ROLES)


_AFTER_A_NAME = frozenset(normalize_arabic(w) for w in ("بعد", "قبل", "عند", "حين", "خلال", "ضمن", "أثناء", "عقب", "نفسه",
                                                        "ذاته", "حينئذ", "تعليقا", "واصفا", "معقبا", "إثر"))


def _before_titles(between: str) -> str:
    """The text between a role phrase and a name, less the titles and nationalities that open the name (`، السيد ` →
    `، `; `مدرب شبيبة القبائل، [البلجيكي] يوهان فان دي فيلد،`), and professions joined by `و` with their adjectives
    (`رئيس لجنة التحكيم، [الكاتب والناقد المسرحي] عبد الحميد مزيان،`): an adjective goes only with a title before it."""
    end = len(between)
    for word in reversed(list(re.finditer(r"\S+", between))):
        key = normalize_arabic(word.group())
        title = key.removeprefix("و") if key.startswith("وال") else key
        if title.removeprefix("ال") in _TITLES_BEFORE_NAME or key.startswith("ال") and key in nationalities():
            end = word.start()
        elif not (key.startswith("ال") and key.endswith(("ي", "يه")) and len(key) > 5):
            break  # (a definite adjective in `-ي` waits for a title before it: `الناقد [المسرحي]`)
    return between[:end]


def _less_workplace(text: str, after: int, start: int, entities: Sequence[Found]) -> str:
    """The text from `after` to a name at `start`, less the body a title before the name works at (`، المحامي [بهيئة المحامين
    بمراكش] عبد اللطيف الحجوجي:`): the title then stands right before the name, as `_before_titles` takes it."""
    body = next((o for o in entities if o.label == "ORG" and after < o.start and o.end <= start and not text[o.end : start].strip()), None)
    if body is None:
        return text[after:start]
    head = text[after : body.start]
    for clitic in ("ب", "في ", "لدى ", "لدي "):
        if head.endswith(clitic) and (len(head) == len(clitic) or head[-len(clitic) - 1].isspace()):
            head = head[: -len(clitic)]
            words = head.split()
            if words and normalize_arabic(words[-1]).removeprefix("ال") in _TITLES_BEFORE_NAME:
                return head
    return text[after:start]


_BETWEEN_ROLE_AND_NAME = frozenset({"مع", "في", "خلال", "عن", "على", "من", "الى", "إلى", "امام", "أمام", "لدى", "لدي", "بعد", "قبل"})


def _less_seat(between: str, at: int, entities: Sequence[Found]) -> str:
    """`between` (from offset `at`) less the place a role's office sits in, right after the role: `مديرة مكتب منظمة العمل
    الدولية [في عمان]، الهولندية …`, where `في` would otherwise open another phrase (`_only_genitive`); or the body, one
    definite word before a comma."""
    lead = len(between) - len(between.lstrip())
    opener = next((p for p in ("في ", "لدى ", "لدي ") if between[lead:].startswith(p)), None)
    if opener is None:
        return between  # (`لدى`: where an ambassador serves, `سفير جمهورية كازاخستان [لدى المملكة]، السيد …`)
    start = at + lead + len(opener)
    end = next((e.end for e in entities if e.label == "LOC" and e.start == start), None)
    word = _WORD_BEFORE_BREAK.match(between, lead + len(opener))  # one word a place may be, the tagger's or not (`في [عمان]،`)
    if end is None and word is not None and normalize_arabic(word.group()) in AMBIGUOUS_PLACES:
        end = at + word.end()
    elif end is None and word is not None and word.group().startswith("ال") and between[word.end() : word.end() + 1] in ("،", ","):
        end = at + word.end()  # … or the body itself, named before: `مدير خدمات ما بعد البيع [في الشركة]، الهندي راجيش مينون،`
    return between if end is None else between[:lead] + between[end - at :]


_WORD_BEFORE_BREAK = re.compile(r"\S+?(?=[،,\s])")


def _guessed_before_marked_name(text: str, quote: Quote) -> bool:
    """A person the speaker rules guessed, then a name in marks before the quote's own: the guess was a role and the
    words in marks what it is of, its holder named after them (`قال [مالك] سفينة الصيد "الفجر"، المبروك أبوشعالة: "…"`,
    the owner of the boat; `مالك` is also a given name)."""
    between = text[quote.speaker.end : quote.start].rstrip().rstrip('"«“')
    return quote.speaker.source == "speaker" and sum(between.count(m) for m in '"«»“”') >= 2


def _only_genitive(between: str) -> bool:
    """The words between a role phrase and a name in apposition to it are the role's (`للمكتب الوطني للكهرباء`): no
    preposition or dash opens another phrase (`- خلال حديثه مع الأمين العام،`)."""
    return "-" not in between and not any(w.strip("،,") in _BETWEEN_ROLE_AND_NAME for w in between.split())
