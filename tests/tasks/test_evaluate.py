"""Evaluate: the corpora folder is found or refused in one line, the corpora load whole and aligned, and scores
come out of the real translation path."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.tasks.evaluate import (
    CorporaMissing,
    corpora_dir,
    corpus_files,
    english,
    evaluate_translation,
    load_corpus,
    ntrex_documents,
    score,
)
from akhbar.tasks.translate import load_translator


def fake_corpora(root: Path, *names: str) -> Path:
    """A corpora folder holding the files (one line each) of corpora `names`."""
    for part in (part for name in names for part in corpus_files(name)):
        (root / part).parent.mkdir(parents=True, exist_ok=True)
        (root / part).write_text("x\n", encoding="utf-8")
    return root


def test_the_corpora_folder_comes_from_the_argument_else_akhbar_corpora(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    given, from_env = fake_corpora(tmp_path / "given", "flores", "ntrex"), fake_corpora(tmp_path / "env", "flores", "ntrex")
    monkeypatch.setenv("AKHBAR_CORPORA", str(from_env))
    assert corpora_dir() == from_env
    assert corpora_dir(given) == corpora_dir(str(given)) == given


def test_without_a_corpora_folder_the_error_names_akhbar_corpora_and_the_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AKHBAR_CORPORA", raising=False)
    with pytest.raises(CorporaMissing, match=r"set AKHBAR_CORPORA to the folder holding ntrex128/ .* and flores200/ ") as error:
        corpora_dir()
    assert "\n" not in str(error.value)


def test_a_folder_without_the_corpus_files_is_refused_with_what_it_lacks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AKHBAR_CORPORA", str(fake_corpora(tmp_path, "flores")))
    assert corpora_dir(need=["flores"]) == tmp_path
    with pytest.raises(CorporaMissing, match=r"^AKHBAR_CORPORA=\S+ lacks ntrex128/newstest2019-ref.arb.txt, .*DOCUMENT_IDS.tsv; "):
        corpora_dir()
    with pytest.raises(CorporaMissing, match=r"^corpora folder \S+ lacks flores200/arb_Arab.devtest"):
        corpora_dir(tmp_path / "elsewhere", need=["flores"])


@pytest.mark.parametrize(("name", "lines"), [("flores", 1012), ("ntrex", 1997)])
def test_corpora_load_whole_and_aligned(name: str, lines: int, corpora: Path) -> None:
    sources, references = load_corpus(name, corpora)
    assert len(sources) == len(references) == lines
    assert all(sources) and all(references)
    assert load_corpus(name, corpora, limit=5) == (sources[:5], references[:5])


def test_ntrex_documents_keep_corpus_order(corpora: Path) -> None:
    documents = ntrex_documents(corpora)
    assert len(documents) == 123
    assert documents[0][0] == "bbc.381790"
    assert [line for _, lines in documents for line in lines] == load_corpus("ntrex", corpora)[0]
    assert sum(len(lines) for _, lines in documents[:10]) == 148


def test_unknown_corpus_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown corpus"):
        load_corpus("wmt", tmp_path)


def test_identical_hypotheses_score_100() -> None:
    references = ["The talks resume in Astana on Tuesday.", "The minister said the delegation would return on Sunday."]
    assert score(references, references) == pytest.approx({"chrf": 100.0, "bleu": 100.0})


def test_both_translator_outputs_are_read() -> None:
    class New:
        text = "new style"

    assert [english(x) for x in [New(), ("old style", 3, 4)]] == ["new style", "old style"]


def test_scores_are_computed_on_the_tiny_model(tiny_model: Path, corpora: Path) -> None:
    rows = evaluate_translation(load_translator(str(tiny_model), "transformers"), ["flores", "ntrex"], corpora, limit=5)
    assert [(r["corpus"], r["sentences"]) for r in rows] == [("flores", 5), ("ntrex", 5)]
    for row in rows:  # random weights: the numbers are computed, not judged
        assert 0.0 <= row["chrf"] <= 100.0 and 0.0 <= row["bleu"] <= 100.0
        assert row["sentences_per_s"] > 0
