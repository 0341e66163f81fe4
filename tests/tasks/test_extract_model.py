"""Extract, model backend: a tiny random BERT token classifier, its spans, and its merge with the rules."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from itertools import cycle, islice, pairwise
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from akhbar.schemas import entities, sentences
from akhbar.schemas._types import to_pandas
from akhbar.tasks.clean import normalize_text, sentence_spans
from akhbar.tasks.extract import extract_entities, extract_model_entities
from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.extract_model import load_recognizer, merge_model_entities
from akhbar.tasks.extract_spans import Word, akhbar_label, group_words, whole_words
from akhbar.tasks.random_ner import LABELS, build_random_ner
from akhbar.tasks.translate import ModelUnavailable
from akhbar.tasks.validate import offset_failures

DAY = dt.date(2017, 1, 24)
SEED = Path(__file__).parents[2] / "seeds" / "astana-20170124.txt"
# Harakat, Latin, digits, «» and Arabic punctuation next to names.
OTHER = (
    "قالَ الأمينُ العام للأمم المتحدة أنطونيو غوتيريش في نيويورك إن «الوضع خطير»، وأضاف أن 3 ملايين شخص بحاجة إلى المساعدة.\n"
    "وزار وفد من منظمة UNICEF مدينة حلب؛ ثم عاد إلى دمشق؟"
)
AKHBAR_LABELS = {"PERSON", "ORG", "LOC", "MISC"}


@pytest.fixture(scope="module")
def ner_model(tiny_ner_model: Path) -> Path:
    return tiny_ner_model


@pytest.fixture(scope="module")
def recognizer(ner_model: Path):
    return load_recognizer(str(ner_model))


@pytest.fixture(scope="module")
def corpus() -> tuple[dict[str, str], pa.Table]:
    """Two cleaned documents and their sentences, as the pipeline segments them."""
    texts = {"seed": normalize_text(SEED.read_text(encoding="utf-8")), "other": normalize_text(OTHER)}
    rows = [
        {"doc_id": doc_id, "sentence_id": k, "text": text[s:e], "char_start": s, "char_end": e, "partition_date": DAY}
        for doc_id, text in texts.items()
        for k, (s, e) in enumerate(sentence_spans(text))
    ]
    return texts, pa.Table.from_pylist(rows, schema=sentences.COLUMNS)


def word_bounds(text: str) -> tuple[set[int], set[int]]:
    """Where words (runs of letters, digits and harakat) start and end."""
    inside = [c.isalnum() or unicodedata.combining(c) > 0 for c in text] + [False]
    starts = {i for i in range(len(text)) if inside[i] and (i == 0 or not inside[i - 1])}
    ends = {i + 1 for i in range(len(text)) if inside[i] and not inside[i + 1]}
    return starts, ends


def overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def test_loads_the_saved_model_once(ner_model: Path, recognizer) -> None:
    assert load_recognizer(str(ner_model)) is recognizer
    assert recognizer.tags == list(LABELS)
    assert recognizer.max_tokens == 128  # the tiny model's positions


@pytest.mark.parametrize(
    ("tag", "label"),
    [("B-PER", "PERSON"), ("I-PERS", "PERSON"), ("B-PERSON", "PERSON"), ("PER", "PERSON"), ("B-ORG", "ORG"), ("ORG", "ORG"),
     ("B-GPE", "LOC"), ("I-LOC", "LOC"), ("S-LOC", "LOC"), ("B-MISC", "MISC"), ("MISC", "MISC"),
     ("O", None), ("B-DATE", None), ("LABEL_0", None)],
)
def test_model_tags_map_to_akhbar_labels(tag: str, label: str | None) -> None:
    assert akhbar_label(tag) == label


@pytest.mark.parametrize(
    ("text", "start", "end", "surface"),
    [
        ("زار «أستانة،» أمس", 4, 13, "أستانة"),  # quotes and comma off both ends
        ("الوفود المشاركة", 2, 15, "المشاركة"),  # starts inside a word: that word is dropped
        ("الوفود المشاركة", 0, 10, "الوفود"),  # ends inside a word (truncation): that word is dropped
        ("قالَ الأمينُ", 0, 12, "قالَ الأمينُ"),  # harakat belong to their word
        ("دي-ميستورا", 0, 10, "دي-ميستورا"),
        ("، .", 0, 3, ""),
    ],
    ids=["punctuation", "starts-mid-word", "ends-mid-word", "harakat", "hyphen", "no-word"],
)
def test_spans_shrink_to_whole_words(text: str, start: int, end: int, surface: str) -> None:
    s, e = whole_words(text, start, end)
    assert text[s:e] == surface


def test_tagged_words_group_into_trimmed_entities() -> None:
    text = "قال الرئيس بشار الأسد في دمشق، وزار «نيويورك» أمس مع وفد الأمم المتحدة."
    tags = ["O", "O", "B-PERS", "I-PERS", "O", "B-GPE", "I-GPE", "O", "LOC", "LOC", "LOC", "B-DATE", "O", "O", "I-ORG", "E-ORG", "O"]
    pieces = list(re.finditer(r"\w+|[^\w\s]", text))
    assert len(pieces) == len(tags)
    words = [Word(m.start(), m.end(), tag, 0.5 + i / 100) for i, (m, tag) in enumerate(zip(pieces, tags))]
    spans = group_words(text, words)
    assert [(text[s.start : s.end], s.label) for s in spans] == [
        ("بشار الأسد", "PERSON"), ("دمشق", "LOC"), ("نيويورك", "LOC"), ("الأمم المتحدة", "ORG"),
    ]
    assert spans[0].score == pytest.approx((0.52 + 0.53) / 2)


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["PER", "PER"], [("علي عمر", "PERSON")]),
        (["B-PER", "I-PER"], [("علي عمر", "PERSON")]),
        (["B-PER", "B-PER"], [("علي", "PERSON"), ("عمر", "PERSON")]),
        (["S-PER", "I-PER"], [("علي", "PERSON"), ("عمر", "PERSON")]),
        (["B-PER", "I-LOC"], [("علي", "PERSON"), ("عمر", "LOC")]),
        (["B-DATE", "I-DATE"], []),
    ],
)
def test_tag_schemes_start_and_end_entities(tags: list[str], expected: list[tuple[str, str]]) -> None:
    text = "علي عمر"
    words = [Word(0, 3, tags[0], 0.9), Word(4, 7, tags[1], 0.9)]
    assert [(text[s.start : s.end], s.label) for s in group_words(text, words)] == expected


def test_spans_are_whole_words_with_akhbar_labels(recognizer, corpus: tuple[dict[str, str], pa.Table]) -> None:
    texts = corpus[1]["text"].to_pylist()
    found = recognizer.recognize(texts)
    assert len(found) == len(texts)
    for text, spans in zip(texts, found):
        starts, ends = word_bounds(text)
        for span in spans:
            assert span.start in starts and span.end in ends, (text[span.start : span.end], span)
            assert text[span.start : span.end] == text[span.start : span.end].strip()
            assert span.label in AKHBAR_LABELS and 0 < span.score <= 1
        assert all(a.end <= b.start for a, b in pairwise(spans))  # in order, disjoint
    labels = Counter(span.label for spans in found for span in spans)
    assert sum(labels.values()) >= 10 and len(labels) >= 3  # the random model does tag words


def test_a_very_long_sentence_is_read_up_to_the_model_limit(recognizer) -> None:
    words = normalize_text(SEED.read_text(encoding="utf-8")).split()
    long = " ".join(islice(cycle(words), 5000))
    short = ["وصل وفد المعارضة السورية إلى أستانة.", "قال ستافان دي ميستورا إن العمل مستمر."]
    alone = recognizer.recognize(short)
    together = recognizer.recognize([short[0], long, short[1]])  # one padded batch
    seen = max(end for _, end in recognizer.tokenizer(long, truncation=True, max_length=128, return_offsets_mapping=True)["offset_mapping"])
    assert 0 < seen < len(long) // 10
    assert together[1] and all(span.end <= seen for span in together[1])
    for one, batched in zip(alone, [together[0], together[2]]):
        assert [s[:3] for s in one] == [s[:3] for s in batched]
        assert [s.score for s in one] == pytest.approx([s.score for s in batched], abs=1e-4)


def test_merge_keeps_every_rule_entity_and_overlaps_none(recognizer, corpus: tuple[dict[str, str], pa.Table]) -> None:
    texts, table = corpus
    rules = extract_entities.fn(table)
    merged = merge_model_entities(rules, table, recognizer)
    assert merged.schema == entities.COLUMNS
    is_model = pc.equal(merged["source"], "ner-model")
    kept = merged.filter(pc.invert(is_model)).to_pylist()
    assert Counter(tuple(r.items()) for r in kept) == Counter(tuple(r.items()) for r in rules.to_pylist())
    added = merged.filter(is_model).to_pylist()
    taken = [(r["doc_id"], (r["char_start"], r["char_end"])) for r in rules.to_pylist()]
    for row in added:
        assert texts[row["doc_id"]][row["char_start"] : row["char_end"]] == row["text"]
        assert row["canonical"] == canonical_key(row["text"]) and row["country_code"] is None
        assert row["label"] in AKHBAR_LABELS
        assert not any(doc == row["doc_id"] and overlap(span, (row["char_start"], row["char_end"])) for doc, span in taken)
    # Every confident model span is either added or lost to a rule entity, and both happen.
    candidates = [
        (row["doc_id"], (row["char_start"] + s.start, row["char_start"] + s.end))
        for row, spans in zip(table.to_pylist(), recognizer.recognize(table["text"].to_pylist()))
        for s in spans
        if s.score >= 0.5
    ]
    lost = [c for c in candidates if any(doc == c[0] and overlap(span, c[1]) for doc, span in taken)]
    assert added and lost and len(added) == len(candidates) - len(lost)
    keys = list(zip(merged["doc_id"].to_pylist(), merged["char_start"].to_pylist()))
    assert keys == sorted(keys)


def test_merged_entities_pass_validation(recognizer, corpus: tuple[dict[str, str], pa.Table]) -> None:
    texts, table = corpus
    merged = merge_model_entities(extract_entities.fn(table), table, recognizer)
    entities.MODEL.validate(to_pandas(merged), lazy=True)
    assert offset_failures("entities", merged, texts) == {}


def test_min_score_and_empty_tables(recognizer, corpus: tuple[dict[str, str], pa.Table]) -> None:
    _, table = corpus
    rules = extract_entities.fn(table)
    assert merge_model_entities(rules, table, recognizer, min_score=1.01).num_rows == rules.num_rows
    assert merge_model_entities(rules, table.slice(0, 0), recognizer).num_rows == rules.num_rows
    only_model = merge_model_entities(entities.COLUMNS.empty_table(), table, recognizer)
    assert only_model.num_rows > 0 and set(only_model["source"].to_pylist()) == {"ner-model"}


def test_the_task_loads_the_model_by_name(ner_model: Path, recognizer, corpus: tuple[dict[str, str], pa.Table]) -> None:
    _, table = corpus
    rules = extract_entities.fn(table)
    assert extract_model_entities.fn(rules, table, str(ner_model)).equals(merge_model_entities(rules, table, recognizer))


@pytest.mark.parametrize("kind", ["missing", "empty", "no entity labels"])
def test_an_unusable_model_names_the_setting(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "ner"
    if kind == "empty":
        path.mkdir()
    elif kind == "no entity labels":
        build_random_ner(path, labels=("O", "B-DATE", "I-DATE"))
    with pytest.raises(ModelUnavailable, match="AKHBAR_NER_MODEL") as raised:
        load_recognizer(str(path))
    assert "\n" not in str(raised.value)


# CAMeL-Lab/bert-base-arabic-camelbert-msa-ner's config.json, as published: ANERcorp's types, `O` last.
CAMELBERT_LABELS = ("B-LOC", "B-MISC", "B-ORG", "B-PERS", "I-LOC", "I-MISC", "I-ORG", "I-PERS", "O")


def test_a_camelbert_shaped_model_gives_akhbar_labels(tmp_path: Path, corpus: tuple[dict[str, str], pa.Table]) -> None:
    path = build_random_ner(tmp_path / "camelbert", labels=CAMELBERT_LABELS)
    recognizer = load_recognizer(str(path))
    assert recognizer.tags == list(CAMELBERT_LABELS)
    texts, table = corpus
    merged = merge_model_entities(entities.COLUMNS.empty_table(), table, recognizer)
    labels = Counter(merged["label"].to_pylist())
    assert set(labels) <= AKHBAR_LABELS and labels["PERSON"] > 0 and len(labels) >= 3  # B-PERS/I-PERS are people
    for row in merged.to_pylist():
        assert texts[row["doc_id"]][row["char_start"] : row["char_end"]] == row["text"]
