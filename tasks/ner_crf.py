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

import functools
import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from akhbar.tasks.arabic import MARKS, WORD_LETTERS, norm, normalize_arabic
from akhbar.tasks.extract_amounts import CURRENCY_WORDS
from akhbar.tasks.extract_canonical import canonical_key, place_key
from akhbar.tasks.extract_gazetteer import load_gazetteer, nationalities, not_names
from akhbar.tasks.extract_model import Span, Word, group_words
from akhbar.tasks.extract_sentence import Sentence
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
    Tokens,
    clitic_readings,
    skip_letters,
    word_forms,
)

DATA = Path(__file__).parent / "data"
MODEL_PATH = DATA / "ner_crf.crfsuite"
WORDS_PATH = DATA / "ner_words.tsv"
MEMORY_PATH = DATA / "ner_memory.tsv"
# ANERcorp's tokens: a run of letters, digits and harakat, or one mark of punctuation.
TOKEN = re.compile(rf"[\w{MARKS}]+|[^\w\s{MARKS}]")
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
    return [m.span() for m in TOKEN.finditer(text)]


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
    own += grams
    near = ("w=" + key, "st=" + stem, "c0=" + clusters[0], "c1=" + clusters[1], "c2=" + clusters[2], "sc1=" + stem_clusters[1],
            "sc2=" + stem_clusters[2], "f=" + _bucket(count), "s2=" + bare[-2:], "p2=" + bare[:2], *("x=" + name for name in lexicons))
    return own, near, ("w=" + key, "st=" + stem, "c0=" + clusters[0], "c1=" + clusters[1]), (clusters[1],), stem


@functools.lru_cache(maxsize=1 << 16)
def _as_neighbour(token: str, offset: int) -> tuple[str, ...]:
    """The features `token` gives the word `offset` places away, prefixed with the offset: `-1:w=قال`."""
    own, near1, near2, _, _ = _own(token)
    return tuple(f"{offset}:{f}" for f in (near1 if abs(offset) == 1 else near2))


def clear_caches() -> None:
    """Forget the word table and the features made from it (training writes a new one)."""
    for cached in (load_words, load_memory, _own, _as_neighbour):
        cached.cache_clear()


def rule_tags(spans: Sequence[tuple[int, int]], found: Sequence[Found]) -> list[tuple[str, ...]]:
    """What the rule finders made of each token: `r=B-PERSON`, `rs=role` (empty where they found nothing)."""
    tags: list[tuple[str, ...]] = [()] * len(spans)
    for entity in found:
        first = True
        for i, (start, end) in enumerate(spans):
            if start < entity.end and entity.start < end:
                prefix = "B" if first else "I"
                tags[i] = (f"r={prefix}-{entity.label}", "rs=" + entity.source, "rl=" + entity.label)
                first = False
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


def features(tokens: Sequence[str], rules: Sequence[tuple[str, ...]], memory: dict[str, str] | None = None) -> list[list[str]]:
    """Each token's CRF features: its own, its rule tags, what ANERcorp's train split named it (`memory`),
    and those of the tokens up to 2 places either side."""
    memory = load_memory() if memory is None else memory
    n = len(tokens)
    known = [memory.get(_own(token)[4], "") for token in tokens]
    rows = []
    for i, token in enumerate(tokens):
        row = list(_own(token)[0])
        row += rules[i]
        if known[i]:
            row += ("m=" + known[i], "mk=" + known[i][:-2])
        for offset in (-1, 1):
            if 0 <= i + offset < n and known[i + offset]:
                row.append(f"{offset}:mk={known[i + offset][:-2]}")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < n:
                row += _as_neighbour(tokens[j], offset)
                if abs(offset) == 1 and rules[j]:
                    row.append(f"{offset}:{rules[j][2]}")
            elif abs(offset) == 1:
                row.append(f"{offset}:edge")
        if i > 0:
            row.append("w-1|w=" + word_key(tokens[i - 1]) + "|" + word_key(token))
            row.append("c-1|c=" + _own(tokens[i - 1])[3][0] + "|" + _own(token)[3][0])
        if i + 1 < n:
            row.append("w|w+1=" + word_key(token) + "|" + word_key(tokens[i + 1]))
            row.append("c|c+1=" + _own(token)[3][0] + "|" + _own(tokens[i + 1])[3][0])
        rows.append(row)
    return rows


class Tagger:
    """The trained CRF, loaded once per process (`load_tagger`)."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(path))
        self.path = path

    def tag(self, rows: list[list[str]]) -> list[str]:
        """The BIO tag of each token (ANERcorp's types: PERS, ORG, LOC, MISC)."""
        return self._tagger.tag(rows) if rows else []

    def find(self, text: str, found: Sequence[Found] = ()) -> list[Span]:
        """Entity spans of a sentence (offsets within it), clitics outside the span; `found` are the rules' entities."""
        spans = tokens_of(text)
        if not spans:
            return []
        words = [text[s:e] for s, e in spans]
        tags = self.tag(features(words, rule_tags(spans, found)))
        # A tagged token's score is the probability of its tag (marginal over all taggings); `O` tokens need none.
        marginal = self._tagger.marginal
        scores = [marginal(tag, i) if tag != "O" else 1.0 for i, tag in enumerate(tags)]
        grouped = group_words(text, [Word(s, e, tag, p) for (s, e), tag, p in zip(spans, tags, scores)])
        return [_without_clitics(text, span) for span in grouped if not _is_currency(text[span.start : span.end])]


def _is_currency(surface: str) -> bool:
    """One word naming a currency, `دولارًا`, `وبالريال`: an amount's unit (`extract_amounts`), not an entity."""
    if " " in surface or not _ARABIC.match(surface):
        return False
    _, stem = stem_of(word_key(surface))
    stem = stem[2:] if stem.startswith("ال") else stem
    return any(stem == c or len(c) > 2 and stem.startswith(c) and len(stem) - len(c) <= 2 for c in CURRENCY_WORDS)


def _without_clitics(text: str, span: Span) -> Span:
    """The span with its first word's clitics outside it: `وإسرائيل` → `إسرائيل`, `للأمم المتحدة` → `الأمم المتحدة`."""
    match = TOKEN.match(text, span.start)
    raw = match.group() if match else ""
    cut, _ = stem_of(word_key(raw)) if _ARABIC.match(raw) else (0, raw)
    if cut == 0:
        return span
    start = span.start + skip_letters(raw, cut)
    return span._replace(start=start) if start < span.end else span


@functools.cache
def load_tagger(path: Path = MODEL_PATH) -> Tagger:
    """The process-wide tagger of the shipped model."""
    return Tagger(path)


# The one overlap policy between rules and model. A rule entity from one of these finders wins every
# overlap: they name what they know by name or by a reliable pattern (a gazetteer place, an acronym,
# the speaker of a quote), and carry keys and country codes the model cannot give. Against any other
# rule entity the model's span wins; what only one of them found is kept.
RULES_FIRST = frozenset({"gazetteer", "acronym", "speaker"})
# The model's spans below this mean tag probability are left out: on the project's gold (NTREX, held-out) the
# model's unsure spans are mostly places inside organisations' names (`بورصة نيويورك`) that its conventions miss.
MIN_SCORE = 0.8


def model_entity(text: str, tokens: Tokens, span: Span) -> Found:
    """A model span as the extractor's entity: its canonical key, a gazetteer place's key and country code."""
    surface = text[span.start : span.end]
    place = load_gazetteer().places.get(normalize_arabic(surface)) if span.label == "LOC" else None
    if place is not None and place.label == "LOC":
        name = load_gazetteer().canonical(normalize_arabic(surface))
        canonical, country = place_key(name, place.country_code), place.country_code
    else:
        canonical, country = canonical_key(surface), None
    anchor = bisect_left([w.start for w in tokens.words], span.start)
    return Found(span.start, span.end, span.label, canonical, "model", country, anchor)


def merge(rules: Sequence[Found], model: Sequence[Found]) -> list[Found]:
    """Rules' and model's entities of one sentence by `RULES_FIRST`, in order; no two overlap."""
    strong = [e for e in rules if e.source in RULES_FIRST]
    kept_model = [m for m in model if not any(_overlap(m, e) for e in strong)]
    weak = [e for e in rules if e.source not in RULES_FIRST and not any(_overlap(e, m) for m in kept_model)]
    return sorted(strong + kept_model + weak, key=lambda e: e.start)


def _overlap(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


def with_model(sentence: Sentence, tagger: Tagger | None = None) -> Sentence:
    """The sentence's analysis with the model's entities merged into the rules' (`merge`)."""
    tagger = tagger or load_tagger()
    spans = tagger.find(sentence.text, sentence.entities)
    if not spans and not sentence.entities:
        return sentence
    found = [model_entity(sentence.text, sentence.tokens, span) for span in spans if span.score >= MIN_SCORE]
    return sentence._replace(entities=merge(sentence.entities, found))
