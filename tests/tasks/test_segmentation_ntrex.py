"""Sentence splitting against human references: NTREX-128's Arabic lines, each document's lines joined into paragraphs.

A line ending in a stop (possibly followed by closing marks) runs on into the next in one paragraph; a line
without one (a headline, a caption) ends its paragraph. The paragraphs are segmented as the pipeline
segments documents, and its sentences are matched to the human lines, punctuation and harakat ignored.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path

from akhbar.tasks.clean import normalize_text, sentence_spans
from akhbar.tasks.evaluate import ntrex_documents

_ENDS_SENTENCE = re.compile(r"[.!?؟؛:…][\"”»)']*$")


def paragraphs(lines: list[str]) -> str:
    """A document's lines as paragraphs: a line ending in a stop runs on after one space, any other ends its paragraph."""
    return "".join(line + (" " if _ENDS_SENTENCE.search(line.rstrip()) else "\n") for line in lines)


def key(sentence: str) -> str:
    """The sentence's letters and digits, one space between words: no punctuation, no harakat."""
    kept = "".join(c for c in unicodedata.normalize("NFKC", sentence) if unicodedata.category(c)[0] in "LN" or c.isspace())
    return " ".join(kept.split())


def test_ntrex_sentences_match_the_human_lines(corpora: Path) -> None:
    matched = predicted = gold = 0
    for _, lines in ntrex_documents(corpora):
        text = normalize_text(paragraphs(lines))
        found = Counter(key(text[start:end]) for start, end in sentence_spans(text))
        human = Counter(key(normalize_text(line)) for line in lines)
        matched, predicted, gold = matched + sum((found & human).values()), predicted + sum(found.values()), gold + sum(human.values())
    precision, recall = matched / predicted, matched / gold
    f1 = 2 * precision * recall / (precision + recall)
    assert gold == 1997
    assert f1 >= 0.97, f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f}"
