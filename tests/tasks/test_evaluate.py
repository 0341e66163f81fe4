"""Evaluate: the corpora load whole and aligned, and scores come out of the real translation path."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.tasks.evaluate import english, evaluate_translation, load_corpus, ntrex_documents, score
from akhbar.tasks.translate import load_translator

CORPORA = Path(__file__).parents[2] / "benchmarks" / "corpora"


@pytest.mark.parametrize(("name", "lines"), [("flores", 1012), ("ntrex", 1997)])
def test_corpora_load_whole_and_aligned(name: str, lines: int) -> None:
    sources, references = load_corpus(name, CORPORA)
    assert len(sources) == len(references) == lines
    assert all(sources) and all(references)
    assert load_corpus(name, CORPORA, limit=5) == (sources[:5], references[:5])


def test_ntrex_documents_keep_corpus_order() -> None:
    documents = ntrex_documents(CORPORA)
    assert len(documents) == 123
    assert documents[0][0] == "bbc.381790"
    assert [line for _, lines in documents for line in lines] == load_corpus("ntrex", CORPORA)[0]
    assert sum(len(lines) for _, lines in documents[:10]) == 148


def test_unknown_corpus_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown corpus"):
        load_corpus("wmt", CORPORA)


def test_identical_hypotheses_score_100() -> None:
    _, references = load_corpus("flores", CORPORA, limit=20)
    assert score(references, references) == pytest.approx({"chrf": 100.0, "bleu": 100.0})


def test_both_translator_outputs_are_read() -> None:
    class New:
        text = "new style"

    assert [english(x) for x in [New(), ("old style", 3, 4)]] == ["new style", "old style"]


def test_scores_are_computed_on_the_tiny_model(tiny_model: Path) -> None:
    rows = evaluate_translation(load_translator(str(tiny_model), "transformers"), ["flores", "ntrex"], CORPORA, limit=5)
    assert [(r["corpus"], r["sentences"]) for r in rows] == [("flores", 5), ("ntrex", 5)]
    for row in rows:  # random weights: the numbers are computed, not judged
        assert 0.0 <= row["chrf"] <= 100.0 and 0.0 <= row["bleu"] <= 100.0
        assert row["sentences_per_s"] > 0
