"""One settings object: defaults, overridden by `AKHBAR_*` environment variables, then by CLI flags."""

from __future__ import annotations

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from akhbar.tasks import DEFAULT_MAX_DOCUMENT_BYTES

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-ar-en"


class Settings(BaseSettings):
    """Where to read, where to write, which model translates and which, if any, finds entities."""

    model_config = SettingsConfigDict(env_prefix="AKHBAR_", extra="ignore")

    source: list[str] = Field(default_factory=lambda: ["seeds"], description="files or folders to ingest")
    warehouse: str = Field("data", description="warehouse: a folder, or an fsspec URL such as s3://bucket/prefix")
    max_document_bytes: int = Field(DEFAULT_MAX_DOCUMENT_BYTES, ge=1, description="larger articles are rejected (too_large) unread")
    model: str = Field(DEFAULT_MODEL, description="MarianMT hub id or local directory")
    backend: str = Field("ctranslate2", description="translation backend: ctranslate2 or transformers")
    device: str = Field("cpu", description="device for translation: cpu or cuda")
    beam_size: int | None = Field(None, ge=1, description="beams; default: the model's generation config (4 for opus-mt)")
    max_new_tokens: int | None = Field(None, ge=1, description="output cap; default: 2 × source tokens + 10")
    max_source_tokens: int = Field(256, ge=8, le=511, description="longer sentences are split at clause boundaries")
    ner_model: str | None = Field(None, description="token-classification hub id or local directory whose entities join the rules'; default: rules only")
    task_runner: str = Field("thread", description="where translate and extract batches run: thread (this process) or dask")
    dask_address: str | None = Field(None, description="scheduler of an existing Dask cluster (tcp://host:8786); default: a local cluster")
    dask_workers: int = Field(2, ge=1, description="workers of the local Dask cluster")
