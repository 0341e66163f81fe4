"""Build a randomly initialised MarianMT Arabic->English checkpoint offline.

The saved directory loads with ``MarianMTModel.from_pretrained`` and
``MarianTokenizer.from_pretrained`` like Helsinki-NLP/opus-mt-ar-en (same file
names, special-token layout and generation settings), but the weights are random,
so its "translations" are meaningless token soup that rarely ends with </s>. It exists so that tests, offline
smoke runs and benchmarks never need the Hugging Face hub:

* ``"tiny"``: a ~60k-parameter model that builds in well under a second (tests);
* ``"full"``: the real model's shape (6+6 layers, d_model 512, 8 heads, FFN 2048,
  62,834-token shared vocabulary, ~77M parameters), so it has the real model's
  memory and per-token compute cost. Its sentencepiece models are trained on the
  given texts only, so token counts per sentence differ from the real tokenizer's.
"""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import sentencepiece as spm
import torch
from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

__all__ = ["PRESETS", "build_random_marian", "preset_config"]

# Settings shared with the real opus-mt checkpoints' config.json.
_OPUS_MT = dict(
    activation_function="swish",
    scale_embedding=True,
    share_encoder_decoder_embeddings=True,
    dropout=0.1,
    attention_dropout=0.0,
    activation_dropout=0.0,
)

PRESETS: dict[str, dict[str, Any]] = {
    "tiny": dict(
        _OPUS_MT,
        d_model=32,
        encoder_layers=2,
        decoder_layers=2,
        encoder_attention_heads=4,
        decoder_attention_heads=4,
        encoder_ffn_dim=64,
        decoder_ffn_dim=64,
        max_position_embeddings=128,
        # Large random weights make the output depend on the input, so tests comparing
        # backends or sentences compare something; opus-mt's 0.02 gives one output for all.
        init_std=1.0,
        spm_vocab_size=400,  # per language; a soft limit, small texts give fewer pieces
        vocab_size=None,  # None: exactly the pieces of both spm models + specials
        num_beams=2,
        max_length=64,
    ),
    "full": dict(
        _OPUS_MT,
        d_model=512,
        encoder_layers=6,
        decoder_layers=6,
        encoder_attention_heads=8,
        decoder_attention_heads=8,
        encoder_ffn_dim=2048,
        decoder_ffn_dim=2048,
        max_position_embeddings=512,
        spm_vocab_size=8000,
        vocab_size=62834,  # opus-mt-ar-en's vocab.json size, <pad> included
        num_beams=4,
        max_length=512,
    ),
}

# Preset keys that are not MarianConfig fields.
_SPM_KEYS = ("spm_vocab_size", "vocab_size")
_GENERATION_KEYS = ("num_beams", "max_length")

# Used for target.spm when the caller gives no English text.
_ENGLISH_TEXT = """\
The government announced a new plan to support the national economy on Monday.
The foreign minister said the talks with the delegation were constructive.
Oil prices rose on world markets after the producers agreed to cut output.
Thousands of people took part in the protest in the capital on Friday.
The central bank kept interest rates unchanged for the third month in a row.
Heavy rain caused flooding in several villages in the north of the country.
The president met the prime minister to discuss the security situation.
The football team won the championship after a dramatic final match.
Officials said the new hospital will open to patients early next year.
The United Nations called for an immediate ceasefire and humanitarian access.
Parliament approved the budget after a long debate between the parties.
Exports grew by ten percent compared with the same period last year.
The ministry of health reported a decline in the number of new cases.
Schools will reopen next week after the end of the holiday.
The company said it would invest two billion dollars in renewable energy.
Police arrested three suspects in connection with the attack.
The summit ended with a joint statement on regional cooperation.
Farmers complained about the rising cost of water and fertiliser.
The election commission said turnout was higher than expected.
Scientists warned that temperatures in the region are rising quickly.
"""


def _params(preset: str, overrides: dict[str, Any]) -> dict[str, Any]:
    """Return the preset's settings with overrides applied, rejecting unknown keys."""
    if preset not in PRESETS:
        raise ValueError(f"unknown preset {preset!r}; choose from {sorted(PRESETS)}")
    params = dict(PRESETS[preset])
    # MarianConfig silently stores unknown kwargs, so catch typos here.
    unknown = [k for k in overrides if k not in params and not hasattr(MarianConfig, k)]
    if unknown:
        raise TypeError(f"unknown override(s): {unknown}")
    params.update(overrides)
    return params


def preset_config(preset: str, vocab_size: int, **overrides: Any) -> MarianConfig:
    """Return the MarianConfig of a preset for a vocabulary whose last id is <pad>."""
    return _config(_params(preset, overrides), vocab_size)


def _config(params: dict[str, Any], vocab_size: int) -> MarianConfig:
    """Build a MarianConfig from resolved preset settings."""
    model_kwargs = {k: v for k, v in params.items() if k not in _SPM_KEYS + _GENERATION_KEYS}
    pad_id = vocab_size - 1  # opus-mt puts <pad> last and starts decoding with it
    return MarianConfig(
        **model_kwargs,
        vocab_size=vocab_size,
        pad_token_id=pad_id,
        decoder_start_token_id=pad_id,
        eos_token_id=0,
        forced_eos_token_id=0,
    )


def _lines(texts: Iterable[str]) -> list[str]:
    """Split texts into non-empty stripped lines (sentencepiece trains on lines)."""
    return [line.strip() for text in texts for line in text.splitlines() if line.strip()]


def _train_spm(lines: list[str], vocab_size: int, path: Path) -> spm.SentencePieceProcessor:
    """Train a unigram sentencepiece model on lines, write it to path and return it."""
    # character_coverage=1.0 needs one piece per distinct character (+3 meta pieces).
    vocab_size = max(vocab_size, len(set("".join(lines))) + 4)
    buffer = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(lines),
        model_writer=buffer,
        model_type="unigram",
        vocab_size=vocab_size,
        hard_vocab_limit=False,  # little text yields fewer pieces than asked for
        character_coverage=1.0,  # keep rare Arabic letters rather than map them to <unk>
        max_sentence_length=1 << 16,
        num_threads=1,  # single-threaded EM keeps the pieces deterministic
        minloglevel=2,
    )
    path.write_bytes(buffer.getvalue())
    return spm.SentencePieceProcessor(model_proto=buffer.getvalue())


def _marian_vocab(models: Iterable[spm.SentencePieceProcessor], size: int | None) -> dict[str, int]:
    """Return an opus-mt style vocab: </s>=0, <unk>=1, shared pieces, filler, <pad> last."""
    vocab = {"</s>": 0, "<unk>": 1}
    for model in models:
        for i in range(model.get_piece_size()):
            if not (model.is_control(i) or model.is_unknown(i)):
                vocab.setdefault(model.id_to_piece(i), len(vocab))
    if size is not None and size < len(vocab) + 1:
        raise ValueError(f"vocab_size {size} < {len(vocab) + 1} pieces and specials")
    # Filler pieces bring the vocab to the real model's size (and embedding cost);
    # sentencepiece never produces them, but the random model mostly generates them
    # (decoded as "x123 x456 ...").
    i = 0
    while size is not None and len(vocab) < size - 1:
        vocab.setdefault(f"▁x{i}", len(vocab))
        i += 1
    vocab["<pad>"] = len(vocab)
    return vocab


def build_random_marian(
    out_dir: Path,
    texts: Iterable[str],
    preset: str = "tiny",
    seed: int = 0,
    *,
    target_texts: Iterable[str] | None = None,
    **overrides: Any,
) -> Path:
    """Save a random-weight opus-mt-ar-en look-alike (model + tokenizer) to out_dir."""
    params = _params(preset, overrides)
    source_lines = _lines(texts)
    target_lines = _lines(target_texts if target_texts is not None else [_ENGLISH_TEXT])
    if not source_lines or not target_lines:
        raise ValueError("need non-empty source and target texts to train sentencepiece")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory() as tmp:
        source_spm, target_spm = Path(tmp, "source.spm"), Path(tmp, "target.spm")
        models = [
            _train_spm(source_lines, params["spm_vocab_size"], source_spm),
            _train_spm(target_lines, params["spm_vocab_size"], target_spm),
        ]
        vocab = _marian_vocab(models, params["vocab_size"])
        vocab_file = Path(tmp, "vocab.json")
        vocab_file.write_text(json.dumps(vocab, ensure_ascii=False, indent=2), encoding="utf-8")
        tokenizer = MarianTokenizer(
            source_spm=str(source_spm),
            target_spm=str(target_spm),
            vocab=str(vocab_file),
            source_lang="ar",
            target_lang="en",
        )
        tokenizer.save_pretrained(out_dir)

    config = _config(params, len(vocab))
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    pad_id = config.pad_token_id
    # Same generation settings as opus-mt-ar-en's generation_config.json.
    model.generation_config = GenerationConfig(
        decoder_start_token_id=pad_id,
        pad_token_id=pad_id,
        eos_token_id=0,
        forced_eos_token_id=0,
        bad_words_ids=[[pad_id]],
        num_beams=params["num_beams"],
        max_length=params["max_length"],
    )
    model.save_pretrained(out_dir)  # safetensors; tied embeddings are stored once
    return out_dir
