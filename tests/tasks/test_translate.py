"""Translate: the real MarianMT code path on the tiny random model."""

from __future__ import annotations

import datetime as dt
import pickle
import shutil
from pathlib import Path

import pyarrow as pa
import pytest
from conftest import SEEDS

from akhbar.schemas import sentences, translations
from akhbar.tasks.translate import (
    BATCH_TOKENS,
    MAX_BATCH_SENTENCES,
    NAME_BATCH,
    Decoding,
    ModelUnavailable,
    _batches,
    arabic_share,
    converted_model,
    cpu_count,
    is_repetitive,
    load_translator,
    model_revision,
    quality_flags,
    split_clauses,
    translate_sentences,
    translate_texts,
)
from akhbar.warehouse.memory import TranslationMemory

DAY = dt.date(2017, 1, 24)
ARABIC = ["بدأت المفاوضات في أستانة.", "وصل الوفد الروسي.", "بدأت المفاوضات في أستانة.", "قال المبعوث إن العمل مستمر وإن الجولة الجديدة تبدأ اليوم."]


def _sentences(texts: list[str]) -> pa.Table:
    rows = [{"doc_id": "0123456789abcdef", "sentence_id": i, "text": t, "char_start": 0, "char_end": len(t), "partition_date": DAY} for i, t in enumerate(texts)]
    return pa.Table.from_pylist(rows, schema=sentences.COLUMNS)


@pytest.mark.parametrize("backend", ["ctranslate2", "transformers"])
def test_translations_keep_order_and_provenance(tiny_model: Path, backend: str) -> None:
    result, sent = translate_sentences.fn(_sentences(ARABIC), load_translator(str(tiny_model), backend))
    assert sent == 3
    assert result.schema == translations.COLUMNS
    assert result["sentence_id"].to_pylist() == [0, 1, 2, 3]
    assert all(isinstance(t, str) and t for t in result["text_en"].to_pylist())
    assert result["text_en"][0] == result["text_en"][2]  # the same sentence, the same translation
    assert set(result["model"].to_pylist()) == {f"{tiny_model}@{model_revision(str(tiny_model))}"}
    assert set(result["backend"].to_pylist()) == {backend}
    assert all(n > 0 for n in result["src_tokens"].to_pylist())
    assert all(isinstance(flags, list) for flags in result["flags"].to_pylist())
    assert all(score is not None and score <= 0 for score in result["logprob"].to_pylist())


def test_duplicates_reach_the_model_once(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    translator = load_translator(str(tiny_model))
    seen: list[str] = []
    original = translator.translate_pieces
    monkeypatch.setattr(translator, "translate_pieces", lambda texts, names=False: seen.extend(texts) or original(texts, names))
    _, sent = translate_sentences.fn(_sentences(ARABIC), translator)
    assert sorted(seen) == sorted(set(ARABIC)) and sent == 3


def test_model_loads_once_per_process_and_travels_as_its_settings(tiny_model: Path) -> None:
    translator = load_translator(str(tiny_model))
    assert load_translator(str(tiny_model), "ctranslate2", "cpu", Decoding()) is translator  # defaults spelled out: the same one
    assert load_translator(str(tiny_model), decoding=Decoding(num_beams=1)) is not translator
    # A Dask worker receives the port pickled: it comes back as that process's loaded translator, not a copy of the engine.
    assert len(pickle.dumps(translator)) < 1000 and pickle.loads(pickle.dumps(translator)) is translator


def test_local_revision_is_a_content_hash(tiny_model: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(tiny_model, tmp_path / "copy")
    assert model_revision(str(copy)) == model_revision(str(tiny_model)) != model_revision(str(SEEDS))  # the content, not the path
    assert model_revision(str(tiny_model)).startswith("sha256:")
    config = copy / "config.json"
    config.write_text(config.read_text(encoding="utf-8").replace("}", ', "note": "changed"}', 1), encoding="utf-8")
    assert model_revision(str(copy)) != model_revision(str(tiny_model))


def test_missing_model_is_unavailable(tmp_path: Path) -> None:
    with pytest.raises(ModelUnavailable):
        load_translator(str(tmp_path / "no-such-model"))


def test_batches_are_length_sorted_and_token_bounded() -> None:
    lengths = [5, 300, 7, 40, 600, 6]
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    batches = _batches(order, lengths)
    assert [i for batch in batches for i in batch] == order
    assert all(max(lengths[i] for i in b) * len(b) <= BATCH_TOKENS or len(b) == 1 for b in batches)


def test_name_batches_are_smaller() -> None:
    lengths = [3, 4, 5] * 20
    order = sorted(range(len(lengths)), key=lengths.__getitem__)
    assert [len(b) for b in _batches(order, lengths)] == [MAX_BATCH_SENTENCES, len(lengths) - MAX_BATCH_SENTENCES]
    batches = _batches(order, lengths, NAME_BATCH)
    assert [i for batch in batches for i in batch] == order
    assert [len(b) for b in batches] == [NAME_BATCH] * 3 + [len(lengths) - 3 * NAME_BATCH]
    assert all(max(lengths[i] for i in b) * len(b) <= 20 for b in _batches(order, lengths, NAME_BATCH, tokens=20))


def test_ctranslate2_workers_share_the_batch_limits(tiny_model: Path) -> None:
    translator = load_translator(str(tiny_model), "ctranslate2")
    assert translator.workers == min(cpu_count(), 4)
    assert translator.engine.num_translators == translator.workers  # the engine runs that many batches side by side
    assert load_translator(str(tiny_model), "transformers").workers == 1


def test_ctranslate2_float32_and_transformers_agree_greedy(tiny_model: Path, corpora: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path))
    texts = (corpora / "ntrex128" / "newstest2019-ref.arb.txt").read_text(encoding="utf-8").splitlines()[:100]
    greedy = Decoding(num_beams=1, quantization="float32")
    reference, _ = translate_texts(load_translator(str(tiny_model), "transformers", "cpu", greedy), texts)
    converted, _ = translate_texts(load_translator(str(tiny_model), "ctranslate2", "cpu", greedy), texts)
    assert len({reference[t].text for t in texts}) > 50  # the outputs differ by input: the comparison means something
    same = sum(reference[t].text == converted[t].text for t in texts)
    assert same >= 99, f"{same}/100 identical"  # CTranslate2 runs its batches side by side: still in order


def test_conversion_is_cached_by_model_revision_and_quantisation(tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path))
    first = converted_model(str(tiny_model), model_revision(str(tiny_model)), "int8")
    stamp = (first / "model.bin").stat().st_mtime_ns
    assert converted_model(str(tiny_model), model_revision(str(tiny_model)), "int8") == first
    assert (first / "model.bin").stat().st_mtime_ns == stamp
    assert first.name.endswith("-int8") and model_revision(str(tiny_model)).split(":")[1] in first.name
    assert converted_model(str(tiny_model), model_revision(str(tiny_model)), "float32") != first


def test_translation_memory_serves_a_second_run(tiny_model: Path, tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path / "tm.sqlite")
    translator = load_translator(str(tiny_model), "transformers")
    first, sent_first = translate_texts(translator, ARABIC, memory)
    second, sent_second = translate_texts(translator, ARABIC, memory)
    assert (sent_first, sent_second) == (3, 0)
    assert {t: second[t].text for t in ARABIC} == {t: first[t].text for t in ARABIC}
    other = load_translator(str(tiny_model), "transformers", decoding=Decoding(num_beams=1))
    assert translate_texts(other, ARABIC, memory)[1] == 3  # other decoding settings, other keys


def test_a_long_sentence_is_split_and_translated_whole(tiny_model: Path) -> None:
    translator = load_translator(str(tiny_model), "transformers", decoding=Decoding(num_beams=1, max_new_tokens=8))
    words = ("المفاوضات الوفد الروسي أستانة سوريا " * 400).split()  # 2,000 words, no punctuation
    sentence = " ".join(words)
    limit = translator.max_source_tokens
    parts = split_clauses(sentence, lambda p: translator.count_tokens([p])[0] <= limit)
    assert "".join(parts) == sentence  # nothing dropped
    assert all(translator.count_tokens([p])[0] <= limit for p in parts)
    done, sent = translate_texts(translator, [sentence])
    assert sent == len(set(parts)) > 1
    assert "split" in done[sentence].flags
    assert done[sentence].src_tokens == sum(translator.count_tokens([p])[0] for p in parts)


def test_clause_boundaries_come_first() -> None:
    sentence = "قال الوزير في بيان طويل، إن المفاوضات مستمرة وإن الجولة المقبلة تبدأ غدا"
    parts = split_clauses(sentence, lambda p: len(p) <= 45)
    assert parts[0].endswith("طويل،") and "".join(parts) == sentence


def test_quality_flags() -> None:
    assert arabic_share("The talks began in Astana.") == 0.0
    assert arabic_share("The talks in أستانة") > 0.2
    assert is_repetitive("the the the talks the the the talks the the the")
    assert not is_repetitive("The delegations arrived at the hotel to continue the talks.")
    assert quality_flags("x " * 10, 10, 63, 64) == ["repetition", "hit_length_cap"]
    assert quality_flags("Fine English text here.", 10, 9, 64) == []
    assert quality_flags("", 10, 0, 64)[0] == "empty"
    assert "length_ratio" in quality_flags("Short.", 40, 2, 64)
