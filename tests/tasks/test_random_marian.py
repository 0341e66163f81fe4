"""Tests for the offline random MarianMT ar->en builder."""

from __future__ import annotations

from pathlib import Path

import huggingface_hub.constants
import pytest
import torch
from safetensors.torch import load_file
from transformers import MarianMTModel, MarianTokenizer

from akhbar.tasks.random_marian import PRESETS, build_random_marian, preset_config

# sacremoses is optional; MarianTokenizer only warns that it falls back without it.
pytestmark = pytest.mark.filterwarnings("ignore:Recommended")

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
ARABIC = [
    "أعلنت الحكومة اليوم عن خطة جديدة لدعم الاقتصاد الوطني.",
    "قال وزير الخارجية إن المحادثات كانت بناءة.",
    "ارتفعت أسعار النفط في الأسواق العالمية بعد اتفاق المنتجين.",
]


def _training_texts() -> list[str]:
    """Inline sentences plus the repo's seed texts when there are any."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS_DIR.glob("*.txt"))]
    return ARABIC + seeds


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail loudly if anything tries to reach the Hugging Face hub."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    # huggingface_hub reads the variable once at import; patch the flag it checks.
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)


@pytest.fixture(scope="module")
def tiny_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the tiny model once for the module."""
    return build_random_marian(tmp_path_factory.mktemp("tiny"), _training_texts(), "tiny", seed=0)


def test_tiny_loads_and_translates_a_batch(tiny_dir: Path) -> None:
    tokenizer = MarianTokenizer.from_pretrained(tiny_dir)
    model = MarianMTModel.from_pretrained(tiny_dir).eval()
    batch = tokenizer(ARABIC, return_tensors="pt", padding=True)
    with torch.inference_mode():
        generated = model.generate(**batch, max_new_tokens=16, min_new_tokens=4)  # random weights may stop at once
    outputs = tokenizer.batch_decode(generated, skip_special_tokens=True)
    assert len(outputs) == len(ARABIC)
    assert all(isinstance(text, str) and text.strip() for text in outputs)


def test_tiny_config_matches_preset_and_vocab(tiny_dir: Path) -> None:
    tokenizer = MarianTokenizer.from_pretrained(tiny_dir)
    config = MarianMTModel.from_pretrained(tiny_dir).config
    for key in ("d_model", "encoder_layers", "decoder_layers", "encoder_ffn_dim", "max_position_embeddings"):
        assert getattr(config, key) == PRESETS["tiny"][key]
    # opus-mt layout: </s>=0, <unk>=1, <pad> last and used as decoder start.
    assert config.vocab_size == tokenizer.vocab_size
    assert (tokenizer.eos_token_id, tokenizer.unk_token_id) == (0, 1)
    assert tokenizer.pad_token_id == config.pad_token_id == config.vocab_size - 1
    assert config.decoder_start_token_id == config.pad_token_id


def test_same_seed_same_weights(tiny_dir: Path, tmp_path: Path) -> None:
    again = build_random_marian(tmp_path / "again", _training_texts(), "tiny", seed=0)
    other = build_random_marian(tmp_path / "other", _training_texts(), "tiny", seed=1)
    first, second, third = (load_file(d / "model.safetensors") for d in (tiny_dir, again, other))
    assert first.keys() == second.keys()
    assert all(torch.equal(first[k], second[k]) for k in first)
    assert not all(torch.equal(first[k], third[k]) for k in first)
    assert (tiny_dir / "vocab.json").read_bytes() == (again / "vocab.json").read_bytes()


def test_full_preset_has_opus_mt_shape() -> None:
    config = preset_config("full", vocab_size=62834)
    assert (config.encoder_layers, config.decoder_layers) == (6, 6)
    assert (config.d_model, config.encoder_attention_heads, config.encoder_ffn_dim) == (512, 8, 2048)
    with torch.device("meta"):  # counts parameters without allocating 300 MB
        model = MarianMTModel(config)
    assert 76e6 < model.num_parameters() < 78e6


def test_vocab_padding_keeps_tokenizer_working(tmp_path: Path) -> None:
    out = build_random_marian(tmp_path, ARABIC, "tiny", vocab_size=5000)
    tokenizer = MarianTokenizer.from_pretrained(out)
    assert tokenizer.vocab_size == 5000 and tokenizer.pad_token_id == 4999
    ids = tokenizer(ARABIC[0])["input_ids"]
    assert ids[-1] == tokenizer.eos_token_id and tokenizer.unk_token_id not in ids
    assert tokenizer.decode(ids, skip_special_tokens=True) == ARABIC[0]
