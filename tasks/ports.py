"""The ports through which stages reach what lives outside them: the translation memory, published documents, fetch records.

A flow builds them once where it starts (the warehouse's SQLite memory, the warehouse itself) and
passes them to the stages; the stages know only these protocols, so `tasks/` never imports
`warehouse/`. The translator's port is `akhbar.tasks.translate.Translator`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

import pyarrow as pa


class TranslationMemory(Protocol):
    """Translations already made, by key, served again instead of being sent to the model."""

    def recall(self, keys: Iterable[str]) -> dict[str, dict]:
        """The stored translations of the keys that have one."""
        ...

    def remember(self, translations: dict[str, dict]) -> None:
        """Store translations under their keys (a key already there keeps its first translation)."""
        ...


class PublishedDocuments(Protocol):
    """What a stage may ask of the documents already published: their band keys, and some of their columns."""

    def sharing_bands(self, bands: pa.Table) -> pa.Table:
        """(doc_id, candidate): published documents sharing a band key with a new one (`bands`: doc_id, band)."""
        ...

    def read_published(self, table: str, columns: list[str], doc_ids: list[str]) -> pa.Table:
        """`columns` of the published rows of `doc_ids`."""
        ...


class FetchRecords(Protocol):
    """What ingest may ask of the feeds and pages earlier runs fetched (`feeds`, `pages`)."""

    def feed_validators(self) -> dict[str, tuple[str | None, str | None, str | None]]:
        """Feed URI → (ETag, Last-Modified, the sitemap index that named it) of its latest version read."""
        ...

    def fetched_urls(self, urls: Iterable[str]) -> set[str]:
        """Those of `urls` fetched already (as a link, after redirects, or as a canonical URL)."""
        ...
