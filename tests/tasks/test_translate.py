"""Translate: the real MarianMT code path on the tiny random model."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from akhbar.schemas import sentences, translations
from akhbar.tasks.translate import BATCH_TOKENS, ModelUnavailable, _batches, load_translator, model_revision, translate_sentences

DAY = dt.date(2017, 1, 24)
ARABIC = ["بدأت المفاوضات في أستانة.", "وصل الوفد الروسي.", "بدأت المفاوضات في أستانة.", "قال المبعوث إن العمل مستمر وإن الجولة الجديدة تبدأ اليوم."]


def _sentences(texts: list[str]) -> pa.Table:
    rows = [{"doc_id": "0123456789abcdef", "sentence_id": i, "text": t, "char_start": 0, "char_end": len(t), "partition_date": DAY} for i, t in enumerate(texts)]
    return pa.Table.from_pylist(rows, schema=sentences.COLUMNS)


def test_translations_keep_order_and_provenance(tiny_model: Path) -> None:
    result = translate_sentences.fn(_sentences(ARABIC), str(tiny_model))
    assert result.schema == translations.COLUMNS
    assert result["sentence_id"].to_pylist() == [0, 1, 2, 3]
    assert all(isinstance(t, str) and t for t in result["text_en"].to_pylist())
    assert result["text_en"][0] == result["text_en"][2]  # the same sentence, the same translation
    assert set(result["model"].to_pylist()) == {f"{tiny_model}@{model_revision(str(tiny_model))}"}
    assert set(result["backend"].to_pylist()) == {"transformers"}
    assert all(n > 0 for n in result["src_tokens"].to_pylist())


def test_duplicates_reach_the_model_once(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    translator = load_translator(str(tiny_model))
    seen: list[str] = []
    original = translator.translate
    monkeypatch.setattr(translator, "translate", lambda texts: seen.extend(texts) or original(texts))
    translate_sentences.fn(_sentences(ARABIC), str(tiny_model))
    assert sorted(seen) == sorted(set(ARABIC))


def test_model_loads_once_per_process(tiny_model: Path) -> None:
    assert load_translator(str(tiny_model)) is load_translator(str(tiny_model))


def test_local_revision_is_a_content_hash(tiny_model: Path) -> None:
    assert model_revision(str(tiny_model)) == model_revision(str(tiny_model))
    assert model_revision(str(tiny_model)).startswith("sha256:")


def test_missing_model_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable):
        load_translator(str(tmp_path / "no-such-model"))


def test_batches_are_length_sorted_and_token_bounded() -> None:
    lengths = [5, 300, 7, 40, 600, 6]
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    batches = _batches(order, lengths)
    assert [i for batch in batches for i in batch] == order
    assert all(max(lengths[i] for i in b) * len(b) <= BATCH_TOKENS or len(b) == 1 for b in batches)
