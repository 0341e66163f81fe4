"""The extractor on held-out articles written for checking it: the acceptance bar of the extraction issue.

`tests/gold/heldout.json` holds 8 news articles the extractor's rules were never tuned on (Gulf economy,
football, Maghreb politics, an African election, tech and markets, Sudan, Chile, an Egyptian court case),
with «» and “” quotes, diacritics and Arabic-Indic digits. They are held to the same bar as the seed:
entity F1 ≥ 0.75 and quote-with-speaker recall ≥ 0.75.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.tasks.clean import normalize_text
from akhbar.tasks.evaluate_extraction import KINDS, LABELS, evaluate_extraction, load_gold

HELDOUT = Path(__file__).parents[1] / "gold" / "heldout.json"
MIN_ENTITY_F1 = 0.75
MIN_SPEAKER_RECALL = 0.75


def test_heldout_gold_is_clean_and_every_span_slices_back() -> None:
    docs = load_gold(HELDOUT)  # checks every span
    assert len(docs) >= 8 and len({d["id"] for d in docs}) == len(docs)
    for doc in docs:
        text = doc["text"]
        assert normalize_text(text) == text
        assert doc["entities"] and doc["quotes"]
        assert all(e["label"] in LABELS for e in doc["entities"])
        for q in doc["quotes"]:
            assert q["kind"] in KINDS
            assert q["speaker"] is None or q["speaker"] in text  # a speaker is named in the text


@pytest.fixture(scope="module")
def result() -> dict:
    return evaluate_extraction(HELDOUT)


def test_heldout_entity_f1_meets_the_bar(result: dict) -> None:
    overall = result["entities"]["overall"]
    assert overall["f1"] >= MIN_ENTITY_F1, f"entity F1 {overall['f1']:.2f} < {MIN_ENTITY_F1} on held-out articles: {overall}"


def test_heldout_quote_with_speaker_recall_meets_the_bar(result: dict) -> None:
    quotes = result["quotes"]
    assert quotes["speaker_recall"] >= MIN_SPEAKER_RECALL, (
        f"quote-with-speaker recall {quotes['speaker_recall']:.2f} < {MIN_SPEAKER_RECALL} on held-out articles "
        f"({quotes['with_speaker']} of {quotes['overall']['gold']})"
    )
