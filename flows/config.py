"""One run configuration: every parameter of a pipeline run, with its default, validation and help, declared once.

`akhbar run`, `backfill` and `serve` build their options from it, the flows take its fields as
their parameters (`run_config_flow`), `prefect.yaml`'s deployment and the tests set them by
name. Values come, in order, from the caller (a flag, a flow parameter), then the `AKHBAR_*`
environment variable of the field (`AKHBAR_MODEL`, …), then the default here; so a deployed
run on a worker honours `AKHBAR_MODEL` as `akhbar run` does. Adding a parameter is one field
here plus its use.
"""

from __future__ import annotations

import functools
import inspect
import json
import os
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from akhbar.tasks import DEFAULT_MAX_DOCUMENT_BYTES

if typing.TYPE_CHECKING:
    from akhbar.tasks.ingest import Options
    from akhbar.tasks.ingest_feeds import FetchOptions
    from akhbar.tasks.translate import Decoding

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-ar-en"


def _one_or_many(value: object) -> object:
    """A source given as one string (a flag, `--param source=/in`, `AKHBAR_SOURCE=/in`) is a list of one;
    `AKHBAR_SOURCE='["/a", "/b"]'` (JSON) is several."""
    if isinstance(value, str):
        text = value.strip()
        value = json.loads(text) if text.startswith("[") else [text]
    if isinstance(value, list):  # `file:///in/a.txt` is the local path `/in/a.txt` (fsspec's local URL, as a warehouse may be)
        return [item[len("file://"):] if isinstance(item, str) and item.startswith("file://") else item for item in value]
    return value


_SOURCE_SCHEMA = {"anyOf": [{"type": "string", "minLength": 1}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]}


class RunConfig(BaseSettings):
    """Where a run reads, where it writes, which model translates and which, if any, finds entities, and where it runs.

    Every field can be set by its `AKHBAR_<NAME>` environment variable; a flag or a flow
    parameter wins over it. The `cli` metadata of a field is what `akhbar`'s option shows.
    """

    model_config = SettingsConfigDict(env_prefix="AKHBAR_", extra="forbid", frozen=True)

    # The schema says "a string or a list" (Prefect's form, and the API's check of `--param source=/in`); the model holds a list.
    source: Annotated[list[str], NoDecode, BeforeValidator(_one_or_many), WithJsonSchema(_SOURCE_SCHEMA), Field(
        min_length=1, description="files or folders (recursive) of articles: plain text, HTML pages, TREC/SGML (ANT, Arabic "
                                  "Gigaword), JSON Lines or WARC, told apart by content; also inside .gz, .bz2, .xz, .zip and "
                                  ".tar(.gz) archives; s3://… prefixes; RSS/Atom feeds and news sitemaps (an http(s) URL, a "
                                  "local feed file, or a text file of feed URLs, one a line), whose new articles are fetched; "
                                  "one path or a list",
        json_schema_extra={"metavar": "PATH"})] = ["seeds"]
    warehouse: str = Field("data", description="warehouse: a folder, or an fsspec URL such as s3://bucket/prefix",
                           json_schema_extra={"metavar": "DIR"})
    max_document_bytes: int = Field(
        DEFAULT_MAX_DOCUMENT_BYTES, ge=1, json_schema_extra={"metavar": "N"},
        description="an article larger than this (a text or HTML file or archive member, as decompressed; a JSONL line; a "
                    "TREC DOC's text; a WARC record) is rejected as too_large without being read whole")
    chunk_size: int = Field(
        500, ge=1, json_schema_extra={"metavar": "N"},
        description="articles per chunk: each chunk goes through every stage and is published before the next is read, so "
                    "memory does not grow with the input and a crash loses at most one chunk")
    chunk_characters: int = Field(
        2_000_000, ge=1, json_schema_extra={"metavar": "N"},
        description="characters of article text per chunk (a chunk ends at this or at --chunk-size articles, whichever "
                    "comes first): what a chunk holds in memory follows its text, so long articles make shorter chunks")
    month_first: Annotated[list[str], NoDecode, BeforeValidator(_one_or_many), Field(
        description="sources (paths, or folders holding them) whose numeric dates are month first, 03/05/2017 for 5 March "
                    "(default: none; dates are read day first, as Arab sources write them)",
        json_schema_extra={"metavar": "PATH"})] = []
    doc_type: Annotated[list[str], NoDecode, BeforeValidator(_one_or_many), Field(
        min_length=1, description="Arabic Gigaword document types to keep (story, multi, advis, other; * for all); the others "
                                  "are rejected as doc_type",
        json_schema_extra={"metavar": "TYPE"})] = ["story"]
    allow_private_hosts: bool = Field(
        False, json_schema_extra={"group": "fetch"}, description="fetch feeds and pages from loopback, private and link-local addresses too (refused by default, "
                           "so that a feed cannot point akhbar at this machine's or the intranet's services)")
    fetch_timeout: float = Field(
        30.0, gt=0, json_schema_extra={"group": "fetch", "metavar": "SECONDS"},
        description="a feed or page request waiting longer than this to connect or between bytes (or ten times this in "
                    "all) is a `timeout`")
    fetch_retries: int = Field(
        2, ge=0, json_schema_extra={"group": "fetch", "metavar": "N"},
        description="further tries of a request that timed out, could not connect or got 429 or 5xx, after 0.5 s, 1 s, 2 s … "
                    "(or the server's Retry-After, up to 30 s)")
    fetch_delay: float = Field(
        1.0, ge=0, json_schema_extra={"group": "fetch", "metavar": "SECONDS"},
        description="seconds between the starts of two requests to one host (a longer robots.txt Crawl-delay wins)")
    fetch_per_host: int = Field(2, ge=1, json_schema_extra={"group": "fetch", "metavar": "N"}, description="requests to one host at a time, at most")
    user_agent: str | None = Field(
        None, json_schema_extra={"group": "fetch", "metavar": "TEXT"},
        description="User-Agent of feed and page requests (default: akhbar/VERSION (batch ETL for Arabic news; honours "
                    "robots.txt)); add a contact, say +https://example.org/akhbar or a mail address")
    model: str = Field(DEFAULT_MODEL, description="MarianMT hub id or local directory", json_schema_extra={"metavar": "ID_OR_DIR"})
    backend: Literal["ctranslate2", "transformers"] = Field("ctranslate2", description="translation backend")
    device: str = Field("cpu", description="cpu or cuda")
    beam_size: int | None = Field(None, ge=1, json_schema_extra={"metavar": "N"},
                                  description="beams (default: the model's generation config, 4 for opus-mt)")
    max_new_tokens: int | None = Field(None, ge=1, json_schema_extra={"metavar": "N"},
                                       description="cap on each translation's tokens (default: 2 × source tokens + 10)")
    max_source_tokens: int = Field(256, ge=8, le=511, json_schema_extra={"metavar": "N"},
                                   description="longer sentences are split at clause boundaries (the model has 512 positions)")
    ner_model: str | None = Field(
        None, json_schema_extra={"metavar": "ID_OR_DIR"},
        description="optional token-classification model (hub id or local directory) whose entities join those of the "
                    "built-in CRF model and the rules where they overlap none (default: none)")
    task_runner: Literal["thread", "dask"] = Field(
        "thread", json_schema_extra={"group": "runner"},
        description="thread: this process; dask: batches of documents over a Dask cluster's workers, each loading the model "
                    "once (needs prefect-dask)")
    dask_address: str | None = Field(
        None, json_schema_extra={"group": "runner", "metavar": "URL"},
        description="scheduler of an existing Dask cluster, e.g. tcp://10.0.0.5:8786 (default: a local cluster of "
                    "--dask-workers processes)")
    dask_workers: int = Field(2, ge=1, json_schema_extra={"group": "runner", "metavar": "N"},
                              description="worker processes of the local Dask cluster")
    batches: int | None = Field(None, ge=1, json_schema_extra={"group": "runner", "metavar": "N"},
                                description="batches of documents to spread (default: 1 with thread, 2 per Dask worker with "
                                            "dask, 8 on a cluster at --dask-address)")

    def decoding(self) -> Decoding:
        """The translation's decoding settings."""
        from akhbar.tasks.translate import Decoding  # here: the CLI reads this module before Prefect may be imported

        return Decoding(self.beam_size, self.max_new_tokens, self.max_source_tokens)

    def ingest_options(self) -> Options:
        """How ingest reads: the article size limit, the month-first sources, the Gigaword types kept, AKHBAR_STORAGE_OPTIONS."""
        from akhbar.tasks.ingest import Options  # here: the CLI reads this module before Prefect may be imported
        from akhbar.warehouse.objectstore import storage_options  # an s3:// source takes what an s3:// warehouse takes

        return Options(self.max_document_bytes, tuple(self.month_first), tuple(t.lower() for t in self.doc_type), storage_options())

    def fetch_options(self) -> FetchOptions:
        """How feeds and their pages are fetched: timeout, retries, per-host pace, private hosts, User-Agent."""
        from akhbar.tasks.ingest_feeds import FetchOptions  # here: the CLI reads this module before Prefect may be imported

        agent = {"user_agent": self.user_agent} if self.user_agent else {}
        return FetchOptions(self.fetch_timeout, self.fetch_retries, self.fetch_delay, self.fetch_per_host, self.allow_private_hosts,
                            **agent)

    def document_batches(self) -> int:
        """How many batches of documents translate and extract are cut into."""
        if self.batches:
            return self.batches
        if self.task_runner == "thread":
            return 1
        return 8 if self.dask_address else 2 * self.dask_workers

    def absolute(self) -> RunConfig:
        """Local paths made absolute (sources, warehouse, model directories), for a run started in another
        working directory (a deployment's subprocess, a worker); URLs and hub ids stay as they are."""
        def local(path: str) -> str:
            return path if "://" in path else str(Path(path).expanduser().resolve())  # s3://… and file://… as given

        def model(name: str | None) -> str | None:
            return str(Path(name).resolve()) if name and Path(name).expanduser().is_dir() else name

        return self.model_copy(update={"source": [local(p) for p in self.source], "warehouse": local(self.warehouse),
                                       "month_first": [local(p) for p in self.month_first],
                                       "model": model(self.model), "ner_model": model(self.ner_model)})

    def parameters(self) -> dict[str, Any]:
        """The flow parameters that give this configuration (JSON-like)."""
        return self.model_dump()

    @classmethod
    def setting(cls, name: str) -> str:
        """One text field from its `AKHBAR_*` variable, else its default, for a command that needs only it
        (`akhbar sql`'s warehouse): the other variables are not read, so one set wrong cannot stop it."""
        return os.environ.get(f"AKHBAR_{name.upper()}") or cls.model_fields[name].default

    @classmethod
    def from_parameters(cls, **given: Any) -> RunConfig:
        """The configuration of a flow run: the parameters given (None: not given), then `AKHBAR_*`, then the defaults."""
        return cls(**{name: value for name, value in given.items() if value is not None})


def run_config_flow(fn: Callable[..., Any]) -> Callable[..., Any]:
    """`fn(config: RunConfig, …)` as a flow function whose parameters are RunConfig's fields, then fn's own.

    Prefect makes a flow's parameters (the UI's form, a deployment's schema, `prefect deployment
    run … --param source=/in`) from its function's signature. This gives it one keyword parameter
    per field, typed and described as in RunConfig, each defaulting to None ("not given": the
    environment, else RunConfig's default), and builds the RunConfig of the call from them, so
    a deployed run is validated exactly as `akhbar run` is.
    """
    own = inspect.signature(fn)
    hints = typing.get_type_hints(fn, include_extras=True)
    fields = [
        inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=field.rebuild_annotation() | None)
        for name, field in RunConfig.model_fields.items()
    ]
    rest = [p.replace(annotation=hints.get(p.name, p.annotation), kind=inspect.Parameter.KEYWORD_ONLY)
            for p in own.parameters.values() if p.name != "config"]

    @functools.wraps(fn)
    def flow_function(**parameters: Any) -> Any:
        config = RunConfig.from_parameters(**{name: parameters.pop(name, None) for name in RunConfig.model_fields})
        return fn(config, **parameters)

    del flow_function.__wrapped__  # Prefect must see the signature below, not fn's
    flow_function.__signature__ = own.replace(parameters=fields + rest, return_annotation=hints.get("return", own.return_annotation))
    flow_function.__annotations__ = {p.name: p.annotation for p in fields + rest} | {"return": hints.get("return")}
    arguments = "\n".join(f"    {name}: {field.description}" for name, field in RunConfig.model_fields.items())
    flow_function.__doc__ = f"{inspect.getdoc(fn)}\n\nArgs:\n{arguments}"
    return flow_function
