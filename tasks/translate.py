"""Translate: Arabic sentences to English with MarianMT, fast on a CPU, never twice, never truncated.

Two backends share the tokenizer, the batching and the length caps: CTranslate2 (the
default: int8 on CPU) and transformers `generate`. Identical sentences are translated
once per run, and a persistent translation memory serves them to later runs.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
import os
import re
import shutil
import socket
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import urlparse

import pyarrow as pa
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.schemas import translations
from akhbar.tasks import run_logger
from akhbar.tasks.arabic import arabic_share
from akhbar.tasks.ports import TranslationMemory

# opus-mt models are trained on sentences of at most 512 tokens.
MODEL_MAX_TOKENS = 512
# Source tokens (padded) and sentences in flight at once, shared by the engine's workers: they bound padding waste and
# the memory of beam search. Measured with CTranslate2 on this 2-core CPU (opus-mt-ar-en's shape, beam 4, 148 NTREX
# sentences), one worker: 64 sentences / 4,096 tokens took 31-35 s and peaked at 1.0 GB; 32 / 2,048 took 24-25 s at
# 0.7 GB (a beam's logits over the 62k-word vocabulary then stay in cache); 16 sentences were slower again (29-30 s,
# 0.5 GB). Two workers of 16 / 1,024 each: 14.4-15.1 s at 0.63-0.65 GB, where two of 32 / 2,048 peaked at 0.96 GB.
BATCH_TOKENS = 2048
MAX_BATCH_SENTENCES = 32
# Names are a few tokens each: batches of 16 keep both CTranslate2 workers busy (83 names: 0.85-0.91 s, where two
# batches of 32 and a remainder took 1.3 s).
NAME_BATCH = 16
PROGRESS_SECONDS = 15.0


class ModelUnavailable(RuntimeError):
    """A model (the translation model, or the NER model) could not be loaded: not cached, offline, or not a model."""


@dataclass(frozen=True)
class Decoding:
    """How to decode; None means "what the model's generation config says"."""

    num_beams: int | None = None
    max_new_tokens: int | None = None  # None: 2 × source tokens + 10, within the model's max_length
    max_source_tokens: int = 256  # longer sentences are split at clause boundaries
    quantization: str | None = None  # ctranslate2 only; None: int8 on CPU, int8_float16 on CUDA


@dataclass
class Translation:
    """One sentence's English and the figures to judge it by."""

    text: str
    src_tokens: int
    tgt_tokens: int
    logprob: float | None = None
    flags: list[str] = field(default_factory=list)


def cpu_count() -> int:
    """Cores this process may use (cgroup/affinity aware where the OS says)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


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

    return Path(cached_file(model, "config.json")).parent.name  # …/snapshots/<commit>/config.json


def _load_pretrained(cls: type, model: str):
    """`cls.from_pretrained(model)`: a local directory, else the hub cache, else the hub if reachable."""
    from huggingface_hub import constants

    try:
        return cls.from_pretrained(model, local_files_only=True)
    except Exception as exc:  # transformers raises OSError, ValueError or TypeError for a missing file
        if Path(model).is_dir() or constants.HF_HUB_OFFLINE:
            where = "the directory" if Path(model).is_dir() else "a local directory nor in the Hugging Face cache (HF_HUB_OFFLINE=1)"
            raise ModelUnavailable(f"not a loadable MarianMT model in {where}: {type(exc).__name__}") from exc
    check_hub_reachable(constants.ENDPOINT)
    try:
        return cls.from_pretrained(model)
    except Exception as exc:
        raise ModelUnavailable(f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}") from exc


def _model_json(model: str, filename: str) -> dict:
    """A JSON file of the model (local directory or hub cache); {} when the model has none."""
    from transformers.utils import cached_file

    path = Path(model) / filename if Path(model).is_dir() else cached_file(model, filename, _raise_exceptions_for_missing_entries=False)
    return json.loads(Path(path).read_text(encoding="utf-8")) if path and Path(path).is_file() else {}


def check_hub_reachable(endpoint: str, timeout: float = 5.0) -> None:
    """Fail in seconds, not minutes of retries, when the hub cannot be reached at all."""
    host = urlparse(endpoint).hostname or endpoint
    try:
        socket.create_connection((host, 443), timeout=timeout).close()
    except OSError as exc:
        raise ModelUnavailable(f"not cached locally and {host} is unreachable ({exc})") from exc


class Translator(Protocol):
    """The translation port: what the translate and english stages need of a model (a `MarianTranslator`)."""

    model_id: str
    revision: str
    backend: str
    num_beams: int
    max_source_tokens: int

    @property
    def settings(self) -> dict: ...

    def count_tokens(self, texts: list[str]) -> list[int]: ...

    def translate_pieces(self, texts: list[str], names: bool = False) -> list[Translation]: ...


class MarianTranslator:
    """What both backends share: the tokenizer, length-sorted batches, caps and quality flags."""

    backend = "base"
    workers = 1  # batches the engine runs side by side: the batch limits are shared among them

    def __reduce__(self) -> tuple:
        """Pickled as how to load it: a Dask worker that receives the port loads the model once, from its own cache."""
        return load_translator, (self.model_id, self.backend, self.device, self.decoding)

    def __init__(self, model: str, device: str, decoding: Decoding) -> None:
        from transformers import MarianTokenizer

        self.tokenizer = _load_pretrained(MarianTokenizer, model)
        # Read as JSON: transformers' config classes import torch, seconds the CTranslate2 path never needs.
        generation = _model_json(model, "generation_config.json")
        positions = int(_model_json(model, "config.json").get("max_position_embeddings", MODEL_MAX_TOKENS))
        self.model_id, self.device, self.decoding = model, device, decoding
        self.revision = model_revision(model)
        self.num_beams = decoding.num_beams or int(generation.get("num_beams") or 1)
        self.max_length = min(int(generation.get("max_length") or positions), positions)
        # Longer inputs are split, never truncated: the model has no position beyond this.
        self.max_source_tokens = min(decoding.max_source_tokens, positions - 1)
        self._special = set(self.tokenizer.all_special_ids)

    @property
    def settings(self) -> dict:
        """The decoding settings in force: part of every translation-memory key."""
        return {**asdict(self.decoding), "num_beams": self.num_beams, "max_length": self.max_length}

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Source tokens per text, `</s>` included, as the model sees them."""
        # verbose=False: a sentence longer than the model's 512 positions is measured to be split, not fed to the model
        return [len(ids) for ids in self.tokenizer(texts, verbose=False)["input_ids"]] if texts else []

    def translate(self, texts: list[str]) -> list[Translation]:
        """Translate texts, in order: each distinct text once, long ones in parts (no memory)."""
        done, _ = translate_texts(self, texts)
        return [done[text] for text in texts]

    def translate_pieces(self, texts: list[str], names: bool = False) -> list[Translation]:
        """Translate texts that fit the model, in length-sorted batches, returned in the original order.

        `names`: the texts are bare names, each batch capped at its longest name's tokens plus a few
        (`name_cap`) within the sentences' cap, not at a sentence's length: a name that never ends
        (a random model's, or a real one looping) stops there instead of running to the sentences' cap.
        """
        ids = self.tokenizer(texts, verbose=False)["input_ids"] if texts else []
        order = sorted(range(len(texts)), key=lambda i: len(ids[i]))
        jobs = []
        most = NAME_BATCH if names else max(1, MAX_BATCH_SENTENCES // self.workers)
        for batch in _batches(order, [len(x) for x in ids], most, max(1, BATCH_TOKENS // self.workers)):
            longest = max(len(ids[i]) for i in batch)
            cap = self.decoding.max_new_tokens or min(self.max_length, 2 * longest + 10)
            if names:
                cap = min(cap, name_cap(longest))
            jobs.append((batch, cap))
        results: list[Translation | None] = [None] * len(texts)
        progress = _Progress(len(texts))
        outputs = self._generate_batches([([ids[i] for i in batch], cap) for batch, cap in jobs])
        for (batch, cap), output in zip(jobs, outputs):
            for i, (target, logprob) in zip(batch, output):
                results[i] = self._translation(len(ids[i]), target, logprob, cap)
            progress.advance(len(batch))
        return results  # type: ignore[return-value]

    def _translation(self, src_tokens: int, target: list[int], logprob: float | None, cap: int) -> Translation:
        """Decode one output and flag what looks wrong with it."""
        content = [t for t in target if t not in self._special]
        text = self.tokenizer.decode(content, skip_special_tokens=True).strip()
        return Translation(text, src_tokens, len(content), logprob, quality_flags(text, src_tokens, len(content), cap))

    def _generate_batches(self, jobs: list[tuple[list[list[int]], int]]) -> Iterator[list[tuple[list[int], float | None]]]:
        """`_generate` of each (batch, cap), yielded in order as each is done."""
        return (self._generate(batch, cap) for batch, cap in jobs)

    def _generate(self, batch: list[list[int]], cap: int) -> list[tuple[list[int], float | None]]:
        """Target ids and mean log-probability per source; the backends implement it."""
        raise NotImplementedError


class TransformersTranslator(MarianTranslator):
    """MarianMT through transformers `generate`."""

    backend = "transformers"

    def __init__(self, model: str, device: str = "cpu", decoding: Decoding = Decoding()) -> None:
        import torch
        from transformers import MarianMTModel

        super().__init__(model, device, decoding)
        self._torch = torch
        self.model = _load_pretrained(MarianMTModel, model).to(device).eval()
        self.generation = self.model.generation_config

    def _generate(self, batch: list[list[int]], cap: int) -> list[tuple[list[int], float | None]]:
        torch = self._torch
        pad = self.tokenizer.pad_token_id
        width = max(len(ids) for ids in batch)
        input_ids = torch.tensor([ids + [pad] * (width - len(ids)) for ids in batch], device=self.device)
        mask = torch.tensor([[1] * len(ids) + [0] * (width - len(ids)) for ids in batch], device=self.device)
        with torch.inference_mode():
            # The cap goes in as max_length (decoder start + cap tokens): max_new_tokens beside the
            # model's own max_length only adds a warning.
            settings = copy.deepcopy(self.generation)
            settings.update(num_beams=self.num_beams, max_length=cap + 1, output_scores=True, return_dict_in_generate=True)
            out = self.model.generate(input_ids=input_ids, attention_mask=mask, generation_config=settings)
            if self.num_beams > 1:
                scores = out.sequences_scores.tolist()  # length-normalised sum of log-probabilities
            else:
                steps = self.model.compute_transition_scores(out.sequences, out.scores, normalize_logits=True)
                scores = [float(row[row.isfinite()].mean()) if row.isfinite().any() else None for row in steps]
        return [(row.tolist()[1:], score) for row, score in zip(out.sequences, scores)]  # [1:]: decoder start


class CTranslate2Translator(MarianTranslator):
    """MarianMT converted once to CTranslate2 (int8 on CPU), cached by model, revision and quantisation."""

    backend = "ctranslate2"

    def __init__(self, model: str, device: str = "cpu", decoding: Decoding = Decoding()) -> None:
        import ctranslate2

        super().__init__(model, device, decoding)
        self.quantization = decoding.quantization or ("int8_float16" if device.startswith("cuda") else "int8")
        path = converted_model(model, self.revision, self.quantization)
        # A worker per core, one thread each, sharing the weights; `_generate_batches` keeps every worker busy. On this
        # 2-core CPU (opus-mt-ar-en's shape, beam 4, 148 NTREX sentences) two workers took 14.4-15.1 s where one batch at a
        # time on both cores took 16.4 (see BATCH_TOKENS; in a quieter run 9.8-11.5 s against 14.1-16.0), and 83 entity
        # names 0.85-0.91 s against 1.39-1.46. More than 4 workers would leave each a sliver of the batch limits, so on
        # bigger machines each of 4 workers gets several threads. Intra × inter threads never exceed the cores.
        if device == "cpu":
            self.workers = min(cpu_count(), 4)
            threads = {"intra_threads": max(1, cpu_count() // self.workers), "inter_threads": self.workers}
        else:
            threads = {}
        self.engine = ctranslate2.Translator(str(path), device=device.split(":")[0], compute_type=self.quantization, **threads)

    def _generate_batches(self, jobs: list[tuple[list[list[int]], int]]) -> Iterator[list[tuple[list[int], float | None]]]:
        """Every batch submitted at once, each under its own cap, so the workers run them side by side; yielded in order."""
        pending = [self._submit(batch, cap) for batch, cap in jobs]
        for futures in pending:
            yield [self._result(future.result()) for future in futures]

    def _submit(self, batch: list[list[int]], cap: int) -> list:
        """One batch to the engine's queue: a future per source."""
        tokens = [self.tokenizer.convert_ids_to_tokens(ids) for ids in batch]
        # transformers spends the last of max_new_tokens on the forced </s>; CTranslate2 does not count it.
        return self.engine.translate_batch(
            tokens, beam_size=self.num_beams, max_decoding_length=max(1, cap - 1), return_scores=True, asynchronous=True,
        )

    def _result(self, result) -> tuple[list[int], float | None]:
        return self.tokenizer.convert_tokens_to_ids(result.hypotheses[0]), result.scores[0] if result.scores else None


def cache_dir() -> Path:
    """Where converted models live: AKHBAR_CACHE_DIR, else ~/.cache/akhbar."""
    return Path(os.environ.get("AKHBAR_CACHE_DIR") or Path.home() / ".cache" / "akhbar").expanduser()


def converted_model(model: str, revision: str, quantization: str) -> Path:
    """The CTranslate2 conversion of a model, made once (atomically) and reused."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(model).name if Path(model).is_dir() else model)
    target = cache_dir() / "ctranslate2" / f"{name}-{revision.replace(':', '_')}-{quantization}"
    if (target / "model.bin").exists():
        return target
    from ctranslate2.converters import TransformersConverter

    run_logger().info("converting %s to CTranslate2 (%s) once, into %s", model, quantization, target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        TransformersConverter(model, load_as_float16=False).convert(str(staging), quantization=quantization, force=True)
        os.replace(staging, target)  # a concurrent conversion may have won: then ours is dropped
    except OSError:
        if not (target / "model.bin").exists():
            raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return target


def quality_flags(text: str, src_tokens: int, tgt_tokens: int, cap: int) -> list[str]:
    """What makes a translation suspect: nothing, Arabic left in it, repeated n-grams, an odd length."""
    flags = []
    if not text:
        flags.append("empty")
    if arabic_share(text) > 0.2:
        flags.append("arabic_left")
    if is_repetitive(text):
        flags.append("repetition")
    if tgt_tokens >= cap - 1:
        flags.append("hit_length_cap")
    elif src_tokens > 3 and not 0.3 <= tgt_tokens / src_tokens <= 3.0:
        flags.append("length_ratio")
    return flags


def is_repetitive(text: str, n: int = 3, times: int = 3) -> bool:
    """True when some word n-gram occurs `times` times or more: a decoder stuck in a loop."""
    words = text.split()
    counts: dict[tuple[str, ...], int] = {}
    for i in range(len(words) - n + 1):
        gram = tuple(words[i:i + n])
        counts[gram] = counts.get(gram, 0) + 1
        if counts[gram] >= times:
            return True
    return False


def name_cap(source_tokens: int) -> int:
    """The output cap of a name of `source_tokens` (`</s>` included): a few tokens more, half as many again for a long one.
    English names take about as many pieces as Arabic ones (`دونالد ترامب` → `Donald Trump`, `أورهان باموك` → `Orhan Pamuk`)."""
    return source_tokens + max(4, source_tokens // 2)


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
            run_logger().info("translating: %d/%d sentences, %.1f sentences/s, about %.0f s left", self.done, self.total, rate, (self.total - self.done) / rate)


def _batches(order: list[int], lengths: list[int], most: int = MAX_BATCH_SENTENCES, tokens: int = BATCH_TOKENS) -> list[list[int]]:
    """Cut length-sorted indices into batches of at most `most` whose padded size stays under `tokens`."""
    batches: list[list[int]] = []
    current: list[int] = []
    for i in order:
        padded = lengths[i] * (len(current) + 1)  # sorted ascending: this one is the longest so far
        if current and (padded > tokens or len(current) >= most):
            batches.append(current)
            current = []
        current.append(i)
    return batches + [current] if current else batches


# Clause boundaries, strongest first: punctuation, then a conjunction word, then any space.
_CLAUSE_CUTS = (
    re.compile(r"[،؛,;:](?=\s)"),
    re.compile(r"\s(?=(?:و|ثم|لكن|بل|أو|حيث|بينما|كما)\S)"),
    re.compile(r"\s"),
)


def split_clauses(text: str, fits: Callable[[str], bool]) -> list[str]:
    """Split a sentence that is too long for the model into parts that fit, at clause boundaries.

    `قال الوزير، في بيان طويل جدا، إن …` is cut after a `،` near its middle first, then
    before a conjunction (` و…`, ` ثم`, ` لكن`), then at any space; the parts cover every character.
    """
    if fits(text):
        return [text]
    middle = len(text) // 2
    for pattern in _CLAUSE_CUTS:
        cuts = [m.end() for m in pattern.finditer(text) if 0 < m.end() < len(text)]
        if cuts:
            cut = min(cuts, key=lambda c: abs(c - middle))
            break
    else:
        cut = middle  # one enormous "word": cut it in half rather than drop any of it
    return split_clauses(text[:cut], fits) + split_clauses(text[cut:], fits)


BACKENDS: dict[str, type[MarianTranslator]] = {"ctranslate2": CTranslate2Translator, "transformers": TransformersTranslator}


def load_translator(model: str, backend: str = "ctranslate2", device: str = "cpu", decoding: Decoding = Decoding()) -> MarianTranslator:
    """The process-wide translator for these settings: loaded once, then reused."""
    if backend not in BACKENDS:
        raise ModelUnavailable(f"unknown backend {backend!r}; choose one of {', '.join(BACKENDS)}")
    if looks_like_path(model) and not Path(model).expanduser().is_dir():
        # said as it is, before the hub is tried: a hub id is `name` or `org/name`
        raise ModelUnavailable(f"{'not a directory' if Path(model).expanduser().exists() else 'no such directory'}: {model}")
    return _cached_translator(model, backend, device, decoding)


def looks_like_path(model: str) -> bool:
    """Whether a model names a directory rather than a hub id: `/models/x`, `./x`, `~/x`, `data/models/tiny` (a hub id
    has at most one `/`: `Helsinki-NLP/opus-mt-ar-en`)."""
    return model.startswith(("/", ".", "~")) or model.count("/") > 1 or os.sep != "/" and os.sep in model


@functools.cache
def _cached_translator(model: str, backend: str, device: str, decoding: Decoding) -> MarianTranslator:
    """One instance per settings, whatever the caller left to defaults."""
    return BACKENDS[backend](model, device, decoding)


def memory_key(translator: Translator, text: str, names: bool = False) -> str:
    """Translation-memory key: model, revision, backend, decoding settings and the normalised sentence (or name: decoded
    under another cap, a name's translation is not the same sentence's)."""
    parts = [translator.model_id, translator.revision, translator.backend, translator.settings, " ".join(text.split())]
    if names:
        parts.append("name")
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


def translate_texts(translator: Translator, texts: list[str], memory: TranslationMemory | None = None,
                    names: bool = False) -> tuple[dict[str, Translation], int]:
    """Translate distinct texts: from memory where possible, long ones in parts; return them and how many reached the model.

    `names`: bare names, decoded under a name's cap (`MarianTranslator.translate_pieces`).
    """
    unique = list(dict.fromkeys(texts))
    keys = {text: memory_key(translator, text, names) for text in unique}
    found = memory.recall([keys[t] for t in unique]) if memory is not None else {}
    done = {text: Translation(**found[keys[text]]) for text in unique if keys[text] in found}
    todo = [text for text in unique if text not in done]
    limit = translator.max_source_tokens
    counts = dict(zip(todo, translator.count_tokens(todo)))
    parts = {t: [t] if counts[t] <= limit else split_clauses(t, lambda p: translator.count_tokens([p])[0] <= limit) for t in todo}
    pieces = list(dict.fromkeys(p for t in todo for p in parts[t]))
    started = time.perf_counter()
    english = dict(zip(pieces, translator.translate_pieces(pieces, names=names)))
    for text in todo:
        done[text] = _joined([english[p] for p in parts[text]]) if len(parts[text]) > 1 else english[text]
    if memory is not None and todo:
        memory.remember({keys[t]: asdict(done[t]) for t in todo})
    if pieces:
        elapsed = time.perf_counter() - started
        run_logger().info("translated %d sentences (%d model inputs, %d from memory) in %.1f s, %.1f inputs/s",
                    len(texts), len(pieces), len(unique) - len(todo), elapsed, len(pieces) / elapsed)
    return done, len(pieces)


def _joined(parts: list[Translation]) -> Translation:
    """One translation from the translations of a long sentence's parts, flagged as split."""
    flags = sorted({f for p in parts for f in p.flags} | {"split"})
    scores = [p.logprob for p in parts if p.logprob is not None]
    return Translation(
        " ".join(p.text for p in parts), sum(p.src_tokens for p in parts), sum(p.tgt_tokens for p in parts),
        sum(scores) / len(scores) if scores else None, flags,
    )


@task(name="translate", cache_policy=NO_CACHE)
def translate_sentences(sentences: pa.Table, translator: Translator, memory: TranslationMemory | None = None) -> tuple[pa.Table, int]:
    """Translate every sentence; return the translations and how many inputs reached the model."""
    texts = sentences["text"].to_pylist()
    done, sent = translate_texts(translator, texts, memory)
    rows = [done[text] for text in texts]
    n = len(rows)
    return pa.table(
        {
            "doc_id": sentences["doc_id"],
            "sentence_id": sentences["sentence_id"],
            "text_en": [r.text for r in rows],
            "model": [f"{translator.model_id}@{translator.revision}"] * n,
            "model_id": [translator.model_id] * n,
            "model_revision": [translator.revision] * n,
            "backend": [translator.backend] * n,
            "num_beams": [translator.num_beams] * n,
            "src_tokens": [r.src_tokens for r in rows],
            "tgt_tokens": [r.tgt_tokens for r in rows],
            "length_ratio": [r.tgt_tokens / r.src_tokens if r.src_tokens else None for r in rows],
            "arabic_share": [arabic_share(r.text) for r in rows],
            "logprob": [r.logprob for r in rows],
            "flags": [r.flags for r in rows],
            "partition_date": sentences["partition_date"],
        },
        schema=translations.COLUMNS,
    ), sent
