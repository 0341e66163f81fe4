"""Evaluate extraction: entities and quotes found by the extractor against hand-annotated gold JSON.

Match rules (tests/gold/README.md): a predicted entity matches a gold one when the labels are equal
and the spans share at least half of the longer span's characters; a predicted quote matches a gold
quote on the same overlap rule (kind aside). Each gold item matches at most one prediction. Gold that
also carries `published`, `dates`, `amounts` and entity `group`s (tests/gold/maghreb.json) is scored on
dates resolved right, amounts valued right and canonical groups kept whole and apart.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa

from akhbar.schemas import sentences as sentences_schema
from akhbar.tasks.arabic import norm
from akhbar.tasks.clean import normalize_text, sentence_spans
from akhbar.tasks.evaluate import corpora_dir, ntrex_documents

LABELS = ("PERSON", "ORG", "LOC", "MISC")
KINDS = ("direct", "indirect")
MIN_OVERLAP = 0.5  # of the longer span: `ستافان دي ميستورا` vs `دي ميستورا` matches, `دي` alone does not

_WORD = re.compile(r"\w+")

Span = tuple[int, int]
Keyed = tuple[int, int, str | None]  # a span and what must be equal for a match: the label, or None for quotes


def load_gold(path: str | Path, corpora: str | Path | None = None) -> list[dict]:
    """The gold documents of a JSON file (`{"documents": [...]}` or a bare list), every span checked.

    A document of a third-party corpus carries no text, only where it is: `"corpus": {"name": "ntrex128",
    "document": "rt.com.91337", "sha256": …}`, and offsets. Its text is read from the corpora folder (`corpora`,
    else AKHBAR_CORPORA; `CorporaMissing` without one), cleaned as the pipeline cleans it, checked against the hash
    the annotations were made on, and every word of the corpus the gold names is sliced from it: entities' text,
    quotes' words, and speakers given by `speaker_at` (the offsets of one place the speaker is named).
    """
    payload = json.loads(Path(path).read_text(encoding="utf-8"))
    documents = payload["documents"] if isinstance(payload, dict) else payload
    if any("text" not in doc for doc in documents):
        _texts_from_corpus(documents, corpora)
    for doc in documents:
        _check_spans(doc)
    return documents


def _texts_from_corpus(documents: list[dict], corpora: str | Path | None) -> None:
    """Fill in `text` (and each quote's `quote`) of the documents that point into NTREX-128 instead of carrying it."""
    lines = dict(ntrex_documents(corpora_dir(corpora, need=("ntrex",))))
    for doc in documents:
        if "text" in doc:
            continue
        where = doc["corpus"]
        if where["name"] != "ntrex128" or where["document"] not in lines:
            raise ValueError(f"{doc['id']}: no document {where['document']!r} in corpus {where['name']!r}")
        text = normalize_text("\n".join(lines[where["document"]]))
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != where["sha256"]:
            raise ValueError(f"{doc['id']}: the corpus text is not the one annotated (sha256 differs): another NTREX-128 version?")
        doc["text"] = text
        for entity in doc["entities"]:
            entity.setdefault("text", text[entity["start"] : entity["end"]])
        for quote in doc["quotes"]:
            quote.setdefault("quote", text[quote["start"] : quote["end"]])
            if "speaker_at" in quote:
                start, end = quote.pop("speaker_at")
                quote["speaker"] = text[start:end]


def _check_spans(doc: dict) -> None:
    """Fail loudly when an offset does not slice back to its surface form, or a date or value is malformed: the gold
    would be wrong."""
    text = doc["text"]
    items = [(e["text"], e) for e in doc["entities"]] + [(q["quote"], q) for q in doc["quotes"]]
    items += [(d["text"], d) for d in doc.get("dates", [])] + [(a["text"], a) for a in doc.get("amounts", [])]
    for surface, item in items:
        if text[item["start"] : item["end"]] != surface:
            raise ValueError(f"{doc['id']}: text[{item['start']}:{item['end']}] is not {surface!r}")
    days = [("published", doc["published"])] if "published" in doc else []
    for name, day in days + [(f"resolved of {d['text']!r}", d["resolved"]) for d in doc.get("dates", [])]:
        if not _is_iso_day(day):
            raise ValueError(f"{doc['id']}: {name} is {day!r}, not a day as YYYY-MM-DD")
    for a in doc.get("amounts", []):
        if isinstance(a["value"], bool) or not isinstance(a["value"], int | float):
            raise ValueError(f"{doc['id']}: the value of amount {a['text']!r} is {a['value']!r}, not a number")
    if any(not isinstance(e.get("group", ""), str) or e.get("group") == "" for e in doc["entities"]):
        raise ValueError(f"{doc['id']}: an entity's group is not a non-empty string")


def _is_iso_day(value: object) -> bool:
    """`2017-04-05` is; `2017-4-5`, `05/04/2017`, a date object or None is not (the gold is JSON, days are strings)."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def overlap_ratio(a: Span, b: Span) -> float:
    """Characters shared by two spans over the longer one's length: (0, 10) and (5, 10) → 0.5."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / longer if longer > 0 else 0.0


def match_spans(gold: list[Keyed], predicted: list[Keyed]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs of equal key overlapping ≥ MIN_OVERLAP, best overlap first."""
    candidates = [
        (overlap_ratio(g[:2], p[:2]), i, j)
        for i, g in enumerate(gold)
        for j, p in enumerate(predicted)
        if g[2] == p[2] and overlap_ratio(g[:2], p[:2]) >= MIN_OVERLAP
    ]
    pairs, used_gold, used_predicted = [], set(), set()
    for _, i, j in sorted(candidates, key=lambda c: (-c[0], c[1], c[2])):  # ties: earliest first, so results are stable
        if i not in used_gold and j not in used_predicted:
            pairs.append((i, j))
            used_gold.add(i)
            used_predicted.add(j)
    return pairs


def prf(matched: int, predicted: int, gold: int) -> dict[str, float | int]:
    """Precision, recall and F1 from counts; 0.0 where a denominator is 0."""
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "matched": matched, "predicted": predicted, "gold": gold}


def _by_document(predicted: pa.Table | Iterable[dict]) -> dict[str, list[dict]]:
    """Predicted rows (an Arrow table or dicts) grouped by doc_id."""
    rows = predicted.to_pylist() if isinstance(predicted, pa.Table) else predicted
    grouped: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        grouped[row["doc_id"]].append(row)
    return grouped


def score_entities(gold_docs: list[dict], predicted: pa.Table | Iterable[dict]) -> dict[str, Any]:
    """Entity precision, recall and F1, overall and per label; predictions for other documents are ignored."""
    found = _by_document(predicted)
    counts = {label: [0, 0, 0] for label in LABELS}  # matched, predicted, gold
    for doc in gold_docs:
        gold, guesses = doc["entities"], found.get(doc["id"], [])
        pairs = match_spans(
            [(e["start"], e["end"], e["label"]) for e in gold], [(p["char_start"], p["char_end"], p["label"]) for p in guesses]
        )
        for i, _ in pairs:
            counts.setdefault(gold[i]["label"], [0, 0, 0])[0] += 1
        for p in guesses:
            counts.setdefault(p["label"], [0, 0, 0])[1] += 1
        for e in gold:
            counts.setdefault(e["label"], [0, 0, 0])[2] += 1
    totals = [sum(column) for column in zip(*counts.values())]
    return {"overall": prf(*totals), "labels": {label: prf(*c) for label, c in counts.items()}}


def speaker_words(name: str | None) -> tuple[str, ...]:
    """A speaker's words for comparison: no marks or tatweel, one alef, `ة`→`ه`, `ى`→`ي`, no article.

    `المبعوثُ الأمميّ` → ('مبعوث', 'اممي'); `أسامة` → ('اسامه',).
    """
    words = _WORD.findall(norm(name or ""))
    # The article comes and goes with how a name is cited (`المصدر` / `مصدر قريب من …`).
    return tuple(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in words)


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    """`inner` occurs as a run of whole words inside `outer`."""
    return any(outer[i : i + len(inner)] == inner for i in range(len(outer) - len(inner) + 1))


def speakers_match(gold: str | None, predicted: str | None) -> bool:
    """Same speaker: equal, or one's words a run inside the other's (`ميستورا` ⊂ `ستافان دي ميستورا`)."""
    g, p = speaker_words(gold), speaker_words(predicted)
    if not g:
        return not p  # an unattributed gold quote is right only when left unattributed
    return bool(p) and (_contains(g, p) or _contains(p, g))


def score_quotes(gold_docs: list[dict], predicted: pa.Table | Iterable[dict]) -> dict[str, Any]:
    """Quote precision/recall on span overlap, recall per kind, and recall of quotes with the right speaker."""
    found = _by_document(predicted)
    matched = n_predicted = n_gold = with_speaker = 0
    kinds = {kind: [0, 0] for kind in KINDS}  # matched, gold
    for doc in gold_docs:
        gold, guesses = doc["quotes"], found.get(doc["id"], [])
        pairs = match_spans([(q["start"], q["end"], None) for q in gold], [(p["char_start"], p["char_end"], None) for p in guesses])
        matched, n_predicted, n_gold = matched + len(pairs), n_predicted + len(guesses), n_gold + len(gold)
        with_speaker += sum(speakers_match(gold[i]["speaker"], guesses[j]["speaker"]) for i, j in pairs)
        for i, _ in pairs:
            kinds.setdefault(gold[i]["kind"], [0, 0])[0] += 1
        for q in gold:
            kinds.setdefault(q["kind"], [0, 0])[1] += 1
    return {
        "overall": prf(matched, n_predicted, n_gold),
        "speaker_recall": with_speaker / n_gold if n_gold else 0.0,
        "with_speaker": with_speaker,
        "kinds": {kind: {"recall": m / g if g else 0.0, "matched": m, "gold": g} for kind, (m, g) in kinds.items()},
    }


def _spans_of(gold: list[dict], guesses: list[dict]) -> list[tuple[int, int]]:
    """Matched (gold, predicted) pairs of dates or amounts: span overlap alone, as quotes."""
    return match_spans([(g["start"], g["end"], None) for g in gold], [(p["char_start"], p["char_end"], None) for p in guesses])


def _same_day(gold: str, predicted: dt.date | str | None) -> bool:
    return predicted is not None and str(predicted)[:10] == gold


def _same_value(gold: float, predicted: float | None) -> bool:
    """Equal within 1e-6, or one part in 10⁹ where the numbers are large (`2195.3e6` computed two ways)."""
    return predicted is not None and math.isclose(gold, predicted, rel_tol=1e-9, abs_tol=1e-6)


def _score_found(gold_docs: list[dict], predicted: pa.Table | Iterable[dict], field: str, right: Callable) -> dict[str, Any]:
    """Span P/R/F1 of the gold `field` (dates or amounts), and how many matched predictions have `right` values;
    only the documents that carry `field` count."""
    found = _by_document(predicted)
    matched = n_predicted = n_gold = n_right = 0
    for doc in (d for d in gold_docs if field in d):
        gold, guesses = doc[field], found.get(doc["id"], [])
        pairs = _spans_of(gold, guesses)
        matched, n_predicted, n_gold = matched + len(pairs), n_predicted + len(guesses), n_gold + len(gold)
        n_right += sum(right(gold[i], guesses[j]) for i, j in pairs)
    return {"overall": prf(matched, n_predicted, n_gold), "right": n_right, "share_right": n_right / n_gold if n_gold else 0.0}


def score_dates(gold_docs: list[dict], predicted: pa.Table | Iterable[dict]) -> dict[str, Any]:
    """Date spans' precision/recall/F1, and the share of gold dates whose matched prediction resolves to the same day
    (`right` of them; an unmatched gold date is wrong)."""
    return _score_found(gold_docs, predicted, "dates", lambda g, p: _same_day(g["resolved"], p["resolved"]))


def score_amounts(gold_docs: list[dict], predicted: pa.Table | Iterable[dict]) -> dict[str, Any]:
    """Amount spans' precision/recall/F1, and the share of gold amounts whose matched prediction has the same value."""
    return _score_found(gold_docs, predicted, "amounts", lambda g, p: _same_value(g["value"], p["value"]))


def score_groups(gold_docs: list[dict], predicted: pa.Table | Iterable[dict]) -> dict[str, Any]:
    """Canonical groups kept whole and apart: a gold group (entities sharing `group`, over the whole file) is right
    when every mention is matched by a predicted entity (label and overlap, as `score_entities`), all of those carry
    one `canonical`, and no other group's matched predictions carry it. `wrong` maps each wrong group to its
    mentions' keys (None where unmatched), which shows a split (two keys, or a gap) and a merge (a key shared);
    `causes` counts the wrong groups by GROUP_CAUSES, and `keyed_right` of `found` judges the keys alone: of the groups
    with a mention found, those whose found mentions share one key that no other group's carry."""
    found = _by_document(predicted)
    keys: dict[str, list[str | None]] = defaultdict(list)
    for doc in gold_docs:
        gold = [e for e in doc["entities"] if "group" in e]
        guesses = found.get(doc["id"], [])
        pairs = dict(
            match_spans([(e["start"], e["end"], e["label"]) for e in gold], [(p["char_start"], p["char_end"], p["label"]) for p in guesses])
        )
        for i, entity in enumerate(gold):
            keys[entity["group"]].append(guesses[pairs[i]]["canonical"] if i in pairs else None)
    holders: dict[str, set[str]] = defaultdict(set)  # canonical key → the gold groups whose mentions carry it
    for group, found_keys in keys.items():
        for key in found_keys:
            if key is not None:
                holders[key].add(group)
    wrong = {
        group: found_keys
        for group, found_keys in keys.items()
        if None in found_keys or len(set(found_keys)) != 1 or holders[found_keys[0]] != {group}
    }
    causes = Counter(_cause(found_keys, group, holders) for group, found_keys in wrong.items())
    total = len(keys)
    return {
        "right": total - len(wrong),
        "total": total,
        "share_right": (total - len(wrong)) / total if total else 0.0,
        "wrong": dict(sorted(wrong.items())),
        "causes": {cause: causes[cause] for cause in GROUP_CAUSES},
        # the keys alone, over the groups with a mention found: one key, no other group's ("partly found" is keyed right)
        "found": (reached := total - causes["never found"]),
        "keyed_right": (keyed := total - len(wrong) + causes["partly found"]),
        "share_keyed_right": keyed / reached if reached else 0.0,
    }


# Why a group is wrong, the first that holds: no mention of it found (entity recall, not its key), its mentions under
# more than one key, a key it shares with another group, or some mentions found under its one key and others not.
GROUP_CAUSES = ("never found", "split", "merged", "partly found")


def _cause(found_keys: list[str | None], group: str, holders: dict[str, set[str]]) -> str:
    """Which of GROUP_CAUSES makes a wrong group wrong (`score_groups`)."""
    found = {key for key in found_keys if key is not None}
    if not found:
        return "never found"
    if len(found) > 1:
        return "split"
    return "merged" if holders[found.pop()] != {group} else "partly found"


def gold_sentences(gold_docs: list[dict]) -> pa.Table:
    """The `sentences` table of the gold texts, segmented as the pipeline does, doc_id = the gold id."""
    rows: dict[str, list] = {name: [] for name in sentences_schema.COLUMNS.names}
    for doc in gold_docs:
        text = doc["text"]
        # Gold offsets index the clean text; a text the cleaner would change would shift them.
        if normalize_text(text) != text:
            raise ValueError(f"{doc['id']}: gold text is not clean; store normalize_text(raw) and annotate that")
        for sentence_id, (start, end) in enumerate(sentence_spans(text)):
            values = {"doc_id": doc["id"], "sentence_id": sentence_id, "text": text[start:end], "char_start": start, "char_end": end}
            for name, column in rows.items():
                column.append(values.get(name))  # partition_date stays null: no article date here
    return pa.table(rows, schema=sentences_schema.COLUMNS)


def evaluate_extraction(gold_path: str | Path, gold: list[dict] | None = None, corpora: str | Path | None = None) -> dict[str, Any]:
    """Run the real extractor on the gold texts and score its entities and quotes (`gold`: the file, loaded already);
    also dates, amounts and canonical groups where the gold has them (`dates`, `amounts`, entity `group`)."""
    from akhbar.tasks import extract  # imported here, so scoring alone never loads the extractor's resources

    gold = gold if gold is not None else load_gold(gold_path, corpora)
    sentences = gold_sentences(gold)
    texts = pa.table({"doc_id": [doc["id"] for doc in gold], "text": [doc["text"] for doc in gold]})
    # one analysis for both, as the pipeline's extract stage; `canonical` is the key it publishes
    entities, quotes = extract.find_mentions(sentences)
    result = {
        "gold": str(gold_path),
        "documents": len(gold),
        "entities": score_entities(gold, entities),
        # as the pipeline has them: sliced from the document, ended at the paragraph
        "quotes": score_quotes(gold, extract.quotes_in_documents(quotes, texts, sentences)),
    }
    if any("dates" in doc or "amounts" in doc for doc in gold):
        published = {doc["id"]: dt.date.fromisoformat(doc["published"]) if "published" in doc else None for doc in gold}
        dates, amounts = extract.find_dates_and_amounts(sentences, published)
        if any("dates" in doc for doc in gold):
            result["dates"] = score_dates(gold, dates)
        if any("amounts" in doc for doc in gold):
            result["amounts"] = score_amounts(gold, amounts)
    if any("group" in e for doc in gold for e in doc["entities"]):
        result["groups"] = score_groups(gold, entities)
    return result
