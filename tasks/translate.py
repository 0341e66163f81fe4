"""Translate: Arabic sentences to English with MarianMT, batched, the model loaded once per process."""

from __future__ import annotations

import functools
import hashlib
import logging
import socket
import time
from pathlib import Path
from typing import Protocol
from urllib.parse import urlparse

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.schemas import translations

# opus-mt models are trained on sentences of at most 512 tokens.
MODEL_MAX_TOKENS = 512
# Source tokens per batch: bounds padding waste and peak memory of beam search on a CPU.
BATCH_TOKENS = 2048
MAX_BATCH_SENTENCES = 32
PROGRESS_SECONDS = 15.0


class ModelUnavailable(RuntimeError):
    """The translation model could not be loaded (not cached, offline, or not a model)."""


class Translator(Protocol):
    """What the translate stage needs from a backend."""

    model_id: str
    revision: str
    backend: str
    num_beams: int

    def translate(self, texts: list[str]) -> list[tuple[str, int, int]]:
        """Return (english, source tokens, target tokens) for each text, in order."""
        ...


def _log() -> logging.Logger | logging.LoggerAdapter:
    """Prefect's run logger inside a run, a plain logger outside (tests calling `.fn()`)."""
    from prefect.exceptions import MissingContextError
    from prefect.logging import get_run_logger

    try:
        return get_run_logger()
    except MissingContextError:
        return logging.getLogger("akhbar.translate")


def model_revision(model: str) -> str:
    """The hub commit of a cached model, or a content hash of a local model directory."""
    path = Path(model)
    if path.is_dir():
        digest = hashlib.sha256()
        for file in sorted(path.iterdir()):
            if file.suffix in {".json", ".safetensors", ".bin", ".spm"}:
                digest.update(file.name.encode())
                with file.open("rb") as handle:
                    digest.update(hashlib.file_digest(handle, "sha256").digest())
        return "sha256:" + digest.hexdigest()[:12]
    from transformers.utils import cached_file

    config_path = Path(cached_file(model, "config.json"))
    return config_path.parent.name  # …/snapshots/<commit>/config.json


def _load_pretrained(cls: type, model: str):
    """`cls.from_pretrained(model)`: a local directory, else the hub cache, else the hub if reachable."""
    from huggingface_hub import constants

    try:
        return cls.from_pretrained(model, local_files_only=True)
    except Exception as exc:  # transformers raises OSError, ValueError or TypeError for a missing file
        if Path(model).is_dir() or constants.HF_HUB_OFFLINE:
            where = "the directory" if Path(model).is_dir() else "a local directory nor in the Hugging Face cache (HF_HUB_OFFLINE=1)"
            raise ModelUnavailable(f"not a loadable MarianMT model in {where}: {type(exc).__name__}") from exc
    _check_hub_reachable(constants.ENDPOINT)
    try:
        return cls.from_pretrained(model)
    except Exception as exc:
        raise ModelUnavailable(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from exc


def _check_hub_reachable(endpoint: str, timeout: float = 5.0) -> None:
    """Fail in seconds, not minutes of retries, when the hub cannot be reached at all."""
    host = urlparse(endpoint).hostname or endpoint
    try:
        socket.create_connection((host, 443), timeout=timeout).close()
    except OSError as exc:
        raise ModelUnavailable(f"not cached locally and {host} is unreachable ({exc})") from exc


class TransformersTranslator:
    """MarianMT through transformers `generate`, sentences sorted by length into token-bounded batches."""

    backend = "transformers"

    def __init__(self, model: str, device: str = "cpu") -> None:
        import torch
        from transformers import MarianMTModel, MarianTokenizer

        self.tokenizer = _load_pretrained(MarianTokenizer, model)
        self.model = _load_pretrained(MarianMTModel, model).to(device).eval()
        self.revision = model_revision(model)
        self._torch = torch
        self.model_id = model
        self.device = device
        self.num_beams = int(self.model.generation_config.num_beams or 1)

    def translate(self, texts: list[str]) -> list[tuple[str, int, int]]:
        """Translate texts in length-sorted batches and return them in the original order."""
        if not texts:
            return []
        lengths = [len(ids) for ids in self.tokenizer(texts, truncation=True, max_length=MODEL_MAX_TOKENS)["input_ids"]]
        order = sorted(range(len(texts)), key=lengths.__getitem__)
        results: list[tuple[str, int, int] | None] = [None] * len(texts)
        progress = _Progress(len(texts))
        for batch in _batches(order, lengths):
            outputs = self._generate([texts[i] for i in batch])
            for i, (english, tgt_tokens) in zip(batch, outputs):
                results[i] = (english, lengths[i], tgt_tokens)
            progress.advance(len(batch))
        return results  # type: ignore[return-value]

    def _generate(self, texts: list[str]) -> list[tuple[str, int]]:
        """One `generate` call; the output is capped relative to the longest input."""
        inputs = self.tokenizer(texts, return_tensors="pt", padding=True, truncation=True, max_length=MODEL_MAX_TOKENS)
        inputs = inputs.to(self.device)
        # max_length, not max_new_tokens: the model's generation config already sets max_length.
        cap = min(self.model.generation_config.max_length or MODEL_MAX_TOKENS, 2 * int(inputs["input_ids"].shape[1]) + 10)
        with self._torch.inference_mode():
            generated = self.model.generate(**inputs, num_beams=self.num_beams, max_length=cap)
        special = set(self.tokenizer.all_special_ids)
        counts = [sum(1 for token in row.tolist() if token not in special) for row in generated]
        return list(zip(self.tokenizer.batch_decode(generated, skip_special_tokens=True), counts))


class _Progress:
    """Log sentences done and sentences/s at most every PROGRESS_SECONDS, so long runs show life."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.started = self.logged = time.perf_counter()

    def advance(self, n: int) -> None:
        self.done += n
        now = time.perf_counter()
        if now - self.logged >= PROGRESS_SECONDS and self.done < self.total:
            self.logged = now
            rate = self.done / (now - self.started)
            _log().info("translating: %d/%d sentences, %.1f sentences/s, about %.0f s left", self.done, self.total, rate, (self.total - self.done) / rate)


def _batches(order: list[int], lengths: list[int]) -> list[list[int]]:
    """Cut length-sorted indices into batches whose padded size stays under BATCH_TOKENS."""
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        padded = lengths[i] * (len(current) + 1)  # sorted ascending: this one is the longest so far
        if current and (padded > BATCH_TOKENS or len(current) >= MAX_BATCH_SENTENCES):
            batches.append(current)
            current = []
        current.append(i)
    return batches + [current] if current else batches


BACKENDS = {"transformers": TransformersTranslator}


def load_translator(model: str, backend: str = "transformers", device: str = "cpu") -> Translator:
    """The process-wide translator for (model, backend, device): loaded once, then reused."""
    if backend not in BACKENDS:
        raise ModelUnavailable(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    return _cached_translator(model, backend, device)


@functools.cache
def _cached_translator(model: str, backend: str, device: str) -> Translator:
    """One instance per (model, backend, device), whatever the caller left to defaults."""
    return BACKENDS[backend](model, device)


@task(name="translate", cache_policy=NO_CACHE)
def translate_sentences(sentences: pa.Table, model: str, backend: str = "transformers", device: str = "cpu") -> pa.Table:
    """Translate every sentence; identical sentences in the batch are sent to the model once."""
    translator = load_translator(model, backend, device)
    texts = sentences["text"].to_pylist()
    unique = list(dict.fromkeys(texts))
    started = time.perf_counter()
    english = dict(zip(unique, translator.translate(unique)))
    elapsed = time.perf_counter() - started
    _log().info(
        "translated %d sentences (%d unique) in %.1f s, %.1f sentences/s",
        len(texts), len(unique), elapsed, len(unique) / elapsed if elapsed else 0.0,
    )
    rows = [english[text] for text in texts]
    n = len(texts)
    return pa.table(
        {
            "doc_id": sentences["doc_id"],
            "sentence_id": sentences["sentence_id"],
            "text_en": [row[0] for row in rows],
            "model": [f"{translator.model_id}@{translator.revision}"] * n,
            "model_id": [translator.model_id] * n,
            "model_revision": [translator.revision] * n,
            "backend": [translator.backend] * n,
            "num_beams": [translator.num_beams] * n,
            "src_tokens": [row[1] for row in rows],
            "tgt_tokens": [row[2] for row in rows],
            "partition_date": sentences["partition_date"],
        },
        schema=translations.COLUMNS,
    )
