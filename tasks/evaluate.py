"""Evaluate: translation quality (chrF, BLEU) against human references on FLORES-200 and NTREX.

The corpora are third-party data the project does not carry: they are read from the folder that
`--corpora-dir` or `AKHBAR_CORPORA` names (`corpora_dir`), never from the repository.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from itertools import groupby
from pathlib import Path
from typing import Any, Protocol

# Arabic source and English reference of each corpus, line-aligned, relative to the corpora root.
CORPORA: dict[str, tuple[str, str]] = {
    "flores": ("flores200/arb_Arab.devtest", "flores200/eng_Latn.devtest"),
    "ntrex": ("ntrex128/newstest2019-ref.arb.txt", "ntrex128/newstest2019-src.eng.txt"),
}
NTREX_DOCUMENT_IDS = "ntrex128/DOCUMENT_IDS.tsv"
CORPORA_ENV = "AKHBAR_CORPORA"
LAYOUT = (
    "ntrex128/ (newstest2019-ref.arb.txt, newstest2019-src.eng.txt, DOCUMENT_IDS.tsv) and flores200/ (arb_Arab.devtest, eng_Latn.devtest)"
)


class CorporaMissing(LookupError):
    """No corpora folder was given, or the one given lacks a corpus's files; the message names AKHBAR_CORPORA."""


def corpus_files(name: str) -> tuple[str, ...]:
    """The files corpus `name` needs, relative to the corpora folder."""
    return CORPORA[name] + ((NTREX_DOCUMENT_IDS,) if name == "ntrex" else ())


def corpora_dir(explicit: str | Path | None = None, need: Iterable[str] = tuple(CORPORA)) -> Path:
    """The corpora folder: `explicit`, else $AKHBAR_CORPORA; it must hold the files of each corpus in `need`."""
    given = explicit or os.environ.get(CORPORA_ENV)
    if not given:
        raise CorporaMissing(f"no corpora folder: set {CORPORA_ENV} to the folder holding {LAYOUT}")
    root = Path(given).expanduser()
    missing = [part for name in need for part in corpus_files(name) if not (root / part).is_file()]
    if missing:
        where = f"corpora folder {root}" if explicit else f"{CORPORA_ENV}={root}"
        raise CorporaMissing(f"{where} lacks {', '.join(missing)}; give the folder holding {LAYOUT}")
    return root


class Translates(Protocol):
    """Anything with akhbar's translator interface."""

    def translate(self, texts: list[str]) -> list[Any]: ...


def _lines(path: Path) -> list[str]:
    """A corpus file's lines, without their line ends (a blank line is kept: it holds a place)."""
    return path.read_text(encoding="utf-8").splitlines()


def load_corpus(name: str, root: str | Path, limit: int | None = None) -> tuple[list[str], list[str]]:
    """Arabic sources and English references of corpus `name` ("flores" or "ntrex"), first `limit` lines."""
    if name not in CORPORA:
        raise ValueError(f"unknown corpus {name!r}; choose one of {', '.join(CORPORA)}")
    source, reference = (_lines(Path(root) / part) for part in CORPORA[name])
    if len(source) != len(reference):
        raise ValueError(f"{name}: {len(source)} Arabic lines but {len(reference)} English lines")
    return source[:limit], reference[:limit]


def ntrex_documents(root: str | Path) -> list[tuple[str, list[str]]]:
    """NTREX's Arabic lines grouped into documents, in corpus order: [(document id, lines), …]."""
    ids = _lines(Path(root) / NTREX_DOCUMENT_IDS)
    arabic, _ = load_corpus("ntrex", root)
    # A document's lines are consecutive in the corpus, so grouping runs of equal ids is enough.
    rows = groupby(zip(ids, arabic, strict=True), key=lambda row: row[0])
    return [(doc_id, [line for _, line in group]) for doc_id, group in rows]


def score(hypotheses: list[str], references: list[str]) -> dict[str, float]:
    """Corpus-level chrF and BLEU (sacrebleu defaults, one reference per sentence)."""
    import sacrebleu

    return {
        "chrf": sacrebleu.corpus_chrf(hypotheses, [references]).score,
        "bleu": sacrebleu.corpus_bleu(hypotheses, [references]).score,
    }


def english(item: Any) -> str:
    """The English of one translator output: a `Translation` (`.text`) or a tuple whose [0] is the text."""
    return item.text if hasattr(item, "text") else item[0]


def translate_all(translator: Translates, texts: list[str]) -> list[str]:
    """English for each text, the way a pipeline run makes it when the translator is akhbar's own."""
    from akhbar.tasks import translate

    if isinstance(translator, translate.MarianTranslator):
        # translate_texts splits sentences past the model's source limit, as a run does;
        # `.translate` alone would fail on them (or drop their tail) instead of scoring them.
        done, _ = translate.translate_texts(translator, texts)
        return [english(done[text]) for text in texts]
    return [english(item) for item in translator.translate(texts)]


def evaluate_translation(translator: Translates, corpora: list[str], root: str | Path, limit: int | None = None) -> list[dict]:
    """Translate each corpus and score it against its references: one row per corpus."""
    rows = []
    for name in corpora:
        sources, references = load_corpus(name, root, limit)
        started = time.perf_counter()
        hypotheses = translate_all(translator, sources)
        seconds = time.perf_counter() - started
        rows.append({"corpus": name, "sentences": len(sources), **score(hypotheses, references),
                     "seconds": seconds, "sentences_per_s": len(sources) / seconds if seconds else 0.0})
    return rows
