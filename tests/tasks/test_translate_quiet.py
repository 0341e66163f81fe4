"""A sentence longer than the model's 512 positions is split without transformers' warning about it (issue 15, item 5)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from akhbar.tasks.translate import load_translator


def test_a_long_sentence_is_measured_and_translated_without_a_warning(tiny_model: Path, caplog: pytest.LogCaptureFixture,
                                                                       capfd: pytest.CaptureFixture[str]) -> None:
    translator = load_translator(str(tiny_model), "ctranslate2")
    long = " ".join(["المفاوضات حول سوريا في العاصمة الكازاخستانية أستانة"] * 120)
    with caplog.at_level(logging.WARNING):
        assert translator.count_tokens([long])[0] > 512
        [translation] = translator.translate([long])
    assert "split" in translation.flags
    said = capfd.readouterr().err + caplog.text
    assert "Token indices sequence length" not in said, said
