"""What a command does before a flow starts: the sources exist, the models load, the warehouse is taken, Prefect is up."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

from akhbar.cli.errors import CommandError, first_line, model_unavailable, storage_failure
from akhbar.cli.prefect_runtime import configure_prefect, start_local_server
from akhbar.flows.config import RunConfig
from akhbar.tasks.ingest_sources import (  # standard library only: Prefect is not imported yet
    is_feed_file,
    is_feed_list,
    is_object_url,
    is_web_url,
    read_feed_list,
    redact,
    web_url_problem,
)


def check_sources(config: RunConfig) -> None:
    """Every --source exists, and every line of a list of feeds is an http(s) URL."""
    # an object store's URL is listed by ingest (a missing prefix is a reject there); a feed's URL is fetched by the run
    missing = [path for path in config.source if not is_object_url(path) and not Path(path).exists()]
    if missing:
        raise CommandError(f"--source not found: {', '.join(missing)}", status=2)
    for path in config.source:
        if is_web_url(path) and (problem := web_url_problem(path)):
            raise CommandError(f"--source {redact(path)}: {problem}", status=2)
    for path in config.source:
        if not is_web_url(path) and is_feed_file(path) and is_feed_list(path):
            try:
                _, errors = read_feed_list(path)
            except OSError as exc:
                raise CommandError(f"--source {path}: cannot read it: {exc.strerror or exc}", status=2) from None
            if errors:
                line, problem = errors[0]
                more = f" (and {len(errors) - 1} more bad lines)" if len(errors) > 1 else ""
                raise CommandError(f"--source {path}: line {line}: {problem}{more}; a list of feeds has one http(s) URL a line, "
                                   "`#` starts a comment", status=2)


def check_warehouse(config: RunConfig) -> None:
    """A local --warehouse is a folder, or can be made one: said before any model loads, not after."""
    if is_object_url(str(config.warehouse)):
        return  # object storage (akhbar.warehouse is not imported yet: Prefect's server starts first)
    path = Path(str(config.warehouse).removeprefix("file://")).expanduser()
    existing = next(folder for folder in (path, *path.parents) if folder.exists())
    if not existing.is_dir():
        where = "is a file" if existing == path else f"cannot be made: {existing} is a file"
        raise CommandError(f"--warehouse {config.warehouse} {where}, not a folder", status=2)


def load_models(config: RunConfig) -> None:
    """Load the translation model (and the NER model, if any) now, or stop with one line saying why."""
    from akhbar.tasks.translate import ModelUnavailable, load_translator

    try:
        load_translator(config.model, config.backend, config.device, config.decoding())
    except ModelUnavailable as exc:
        raise model_unavailable(config.model, exc) from None
    if config.ner_model:
        from akhbar.tasks.extract_model import load_recognizer

        try:
            load_recognizer(config.ner_model, config.device)
        except ModelUnavailable as exc:
            raise CommandError(str(exc)) from None  # it names AKHBAR_NER_MODEL itself


def prepare(config: RunConfig, held: ExitStack) -> None:
    """Before a flow starts: the sources exist, the models load, the warehouse is ours, Prefect is up.

    The warehouse lock goes into `held`, to be kept until the flow ends (the flow then takes
    none itself): taken here, a second run is refused before Prefect starts, and none can slip
    in between.
    """
    check_sources(config)
    check_warehouse(config)
    configure_prefect()
    try:
        server_ready = start_local_server()  # before `import prefect`; its start-up overlaps with ours
    except ValueError as exc:  # AKHBAR_PREFECT_IDLE
        raise CommandError(str(exc)) from None
    from akhbar.warehouse import WarehouseLocked, open_warehouse

    load_models(config)
    try:
        held.enter_context(open_warehouse(config.warehouse).lock())
    except WarehouseLocked as exc:
        raise CommandError(f"{exc}; wait for it to finish, or use another --warehouse") from None
    except Exception as exc:
        if not storage_failure(exc):
            raise
        raise CommandError(f"cannot use the warehouse {config.warehouse}: {type(exc).__name__}: {first_line(exc)}") from None
    server_ready()
