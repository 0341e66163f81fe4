"""The options of the commands that run the pipeline (`run`, `backfill`, `serve`), made from `RunConfig`'s fields.

A field `max_source_tokens` is the option `--max-source-tokens`, with the field's description,
choices (a `Literal`), metavar and default; an option not given is left to `AKHBAR_MAX_SOURCE_TOKENS`,
then to the default, by `RunConfig` itself. So the CLI, a deployment and a test validate alike.
"""

from __future__ import annotations

import argparse
import typing

from pydantic import ValidationError

from akhbar.cli.errors import CommandError
from akhbar.flows.config import RunConfig


def option(name: str) -> str:
    """The flag of a field: `max_source_tokens` → `--max-source-tokens`."""
    return "--" + name.replace("_", "-")


def add_run_options(parser: argparse.ArgumentParser, runner: bool = True, fetch: bool = True) -> None:
    """One option per RunConfig field; the task-runner group (`--task-runner`, `--dask-*`, `--batches`) only if `runner`,
    the feed-fetching group (`--fetch-*`, `--allow-private-hosts`, `--user-agent`) only if `fetch`."""
    for name, field in RunConfig.model_fields.items():
        extra = field.json_schema_extra or {}
        if extra.get("group") == "runner" and not runner or extra.get("group") == "fetch" and not fetch:
            continue
        kinds = [t for t in typing.get_args(field.annotation) if t is not type(None)] or [field.annotation]
        if kinds == [bool]:  # a switch: given, it is true; not given, AKHBAR_<NAME> (then the default) decides
            parser.add_argument(option(name), dest=name, action="store_true", default=None,
                                help=f"{field.description}; env AKHBAR_{name.upper()}=1")
            continue
        choices = list(typing.get_args(kinds[0])) if typing.get_origin(kinds[0]) is typing.Literal else None
        shown = "" if field.default in (None, []) else f" (default: {' '.join(field.default) if isinstance(field.default, list) else field.default})"
        parser.add_argument(
            option(name), dest=name, default=None, metavar=extra.get("metavar"), choices=choices,
            nargs="+" if typing.get_origin(field.annotation) is list else None, type=int if int in kinds else float if float in kinds else str,
            help=f"{field.description}; env AKHBAR_{name.upper()}{shown}",
        )


def run_config(args: argparse.Namespace, runner: bool = True) -> RunConfig:
    """The run's configuration: the options given, else `AKHBAR_*`, else the defaults. A bad value is a usage error
    naming its option (or its variable): `--max-source-tokens: Input should be less than or equal to 511`.

    A command without the runner options (`backfill`, `serve`) runs on threads whatever AKHBAR_TASK_RUNNER says.
    """
    given = {name: getattr(args, name) for name in RunConfig.model_fields if getattr(args, name, None) is not None}
    if not runner:
        given["task_runner"] = "thread"
    try:
        return RunConfig(**given)
    except ValidationError as exc:
        error = exc.errors()[0]
        name = str(error["loc"][0]) if error["loc"] else ""
        where = option(name) if name in given else f"AKHBAR_{name.upper()}"
        raise CommandError(f"{where}: {error['msg']}", status=2) from None
