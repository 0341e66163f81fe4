"""Scoring a CoNLL BIO file as conlleval does, and `akhbar eval ner` on one."""

from __future__ import annotations

from pathlib import Path

import pytest
from commands import akhbar_here

from akhbar.tasks.evaluate_ner import chunks, read_conll, score_tags, tags_of


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        (["B-PERS", "I-PERS", "O", "I-LOC", "B-LOC"], {(0, 2, "PERSON"), (3, 4, "LOC"), (4, 5, "LOC")}),
        (["B-ORG", "I-LOC"], {(0, 1, "ORG"), (1, 2, "LOC")}),
        (["B-DATE", "I-DATE", "B-MISC"], {(2, 3, "MISC")}),
        (["S-PER", "B-GPE", "E-GPE"], {(0, 1, "PERSON"), (1, 3, "LOC")}),
    ],
)
def test_chunks_follow_conlleval(tags: list[str], expected: set) -> None:
    assert chunks(tags) == expected


def test_scores_count_exact_chunks_per_type() -> None:
    gold = [["B-PERS", "I-PERS", "O", "B-LOC"], ["B-ORG", "O"]]
    predicted = [["B-PERS", "O", "O", "B-LOC"], ["B-ORG", "O"]]
    scores = score_tags(gold, predicted)
    assert scores["labels"]["PERSON"]["matched"] == 0 and scores["labels"]["LOC"]["matched"] == 1
    assert scores["overall"]["precision"] == pytest.approx(2 / 3) and scores["overall"]["recall"] == pytest.approx(2 / 3)


def test_spans_become_token_tags_clitics_and_all() -> None:
    spans = [(0, 8), (9, 13), (14, 19)]  # `وإسرائيل قالت كلمة`
    assert tags_of(spans, [(1, 8, "LOC")]) == ["B-LOC", "O", "O"]


def test_eval_ner_scores_a_file_with_the_pipeline_finders(tmp_path: Path) -> None:
    conll = tmp_path / "tagged.txt"
    conll.write_text("وصل O\nالرئيس O\nالأمريكي O\nجو B-PERS\nبايدن I-PERS\nإلى O\nبيروت B-LOC\n. O\n\n"
                     "وقال O\nوزير O\nالخارجية O\nإن O\nسوريا B-LOC\nترحب O\n. O\n", encoding="utf-8")
    assert len(read_conll(conll)) == 2
    result = akhbar_here("eval", "ner", "--conll", str(conll))
    assert result.returncode == 0, result.stderr
    overall = next(line for line in result.stdout.splitlines() if line.startswith("overall")).split()
    assert overall[-1] == "3" and float(overall[3]) > 0.5  # 3 gold chunks; most found
    bad = akhbar_here("eval", "ner", "--conll", str(tmp_path / "missing.txt"))
    assert bad.returncode == 2 and "cannot score" in bad.stderr
