"""`akhbar serve`: the pipeline on a cron schedule, run by this one process (Prefect's `serve`: no work pool, no worker).

Each run starts in a subprocess of its own, one at a time. The deployment lives on a Prefect API:
`PREFECT_API_URL` from the environment, else from the active Prefect profile (where
`prefect config set PREFECT_API_URL=…` puts it); with neither, akhbar's own local server,
started for as long as this process serves (state in akhbar's `PREFECT_HOME`, as for `akhbar run`).
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import tomllib
import urllib.error
import urllib.request
from pathlib import Path

from akhbar.cli.errors import CommandError
from akhbar.cli.options import add_run_options, run_config
from akhbar.cli.runs import check_sources, load_models
from akhbar.flows.config import RunConfig

DAILY = "0 2 * * *"
EXAMPLE = (
    "example:\n"
    "  AKHBAR_MODEL=/models/opus-mt-ar-en akhbar serve --source inbox/ --warehouse /srv/akhbar   # daily at 02:00 UTC\n"
    "  akhbar serve --cron '*/30 * * * *' --name akhbar-half-hourly\n"
    "  akhbar serve --source feeds.txt --cron '0 * * * *' --name akhbar-hourly   # feeds' new articles, every hour\n"
    "  PREFECT_API_URL=http://127.0.0.1:4200/api akhbar serve   # on your own `prefect server start`, with its UI"
)


def add_serve_parser(commands: argparse._SubParsersAction) -> None:
    """Add `serve` to the `akhbar` sub-parsers."""
    serve = commands.add_parser(
        "serve", help="run the pipeline on a cron schedule, in this process (a Prefect deployment it serves)",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--cron", default=DAILY, help="when to run, a cron expression (default: %(default)r, daily)")
    serve.add_argument("--timezone", default="UTC", help="IANA time zone of --cron (default: %(default)s)")
    serve.add_argument("--name", default="akhbar-serve", help="deployment name, run it now with "
                       "`prefect deployment run akhbar-run/NAME` (default: %(default)s)")
    add_run_options(serve, runner=False)  # --source, --warehouse, --model … as for `akhbar run`
    serve.set_defaults(handler=command_serve)


def command_serve(args: argparse.Namespace) -> int:
    """Check the arguments, the Prefect API and the model, then serve the pipeline until SIGINT or SIGTERM."""

    # SIGTERM while starting: exit as on Ctrl-C, through the atexit handler that stops a local server.
    # Once serving, Prefect's runner takes SIGTERM over: it pauses the schedule, then returns.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(128 + signal.SIGTERM))
    config = run_config(args, runner=False).absolute()  # runs start in a subprocess of their own: paths must not depend on its directory
    check_sources(config)
    try:
        return _serve(args, config)
    except KeyboardInterrupt:  # Ctrl-C while starting; once serving, Prefect's runner handles it and returns
        return 128 + signal.SIGINT


def _serve(args: argparse.Namespace, config: RunConfig) -> int:
    """Everything after the cheap checks: Prefect's API, the schedule, the model; then serve until stopped."""
    from akhbar.cli.prefect_runtime import configure_prefect, start_local_server

    api_url, origin = _configured_api()
    if api_url:
        _check_api(api_url, origin)
        os.environ["PREFECT_API_URL"] = api_url
    else:
        # This server lives as long as `akhbar serve`: it records task runs as they come (Prefect's
        # defaults), not only at exit as `akhbar run`'s one-run server does.
        os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_BATCH_SIZE", "1")
        os.environ.setdefault("PREFECT_SERVER_SERVICES_TASK_RUN_RECORDER_FLUSH_INTERVAL", "5")
    configure_prefect()
    server_ready = start_local_server(own_session=True)  # a no-op when PREFECT_API_URL is set; else before `import prefect`
    from prefect.client.schemas.schedules import CronSchedule
    from pydantic import ValidationError

    try:
        schedule = CronSchedule(cron=args.cron, timezone=args.timezone)
    except ValidationError as exc:
        raise CommandError(f"--cron {args.cron!r} --timezone {args.timezone!r}: {exc.errors()[0]['msg']}", status=2) from None
    load_models(config)  # now, not at the first scheduled run
    from prefect import serve
    from prefect.types.entrypoint import EntrypointType

    from akhbar.flows.pipeline import pipeline

    server_ready()
    parameters = config.parameters()
    where = origin or "akhbar's local Prefect server, for as long as this process serves"
    print(f"serving akhbar-run/{args.name}: cron {args.cron!r} ({args.timezone}) into {parameters['warehouse']}", flush=True)
    print(f"Prefect API {os.environ['PREFECT_API_URL']} ({where}); run it now with: "
          f"PREFECT_API_URL={os.environ['PREFECT_API_URL']} prefect deployment run akhbar-run/{args.name}", flush=True)
    print("Ctrl-C or SIGTERM stops serving and pauses the schedule", flush=True)
    # `serve(to_deployment(...))` rather than `pipeline.serve(...)`: each run then imports the flow by its module path in
    # a fresh `python -m prefect.engine`, as a worker does, instead of unpickling a copy of the function, whose
    # string annotations (`from __future__ import annotations`) cannot be resolved without the module's globals.
    deployment = pipeline.to_deployment(args.name, schedule=schedule, parameters=parameters, entrypoint_type=EntrypointType.MODULE_PATH)
    serve(deployment, limit=1, print_starting_message=False)  # one run at a time: runs share the warehouse lock
    return 0


def _configured_api() -> tuple[str | None, str | None]:
    """The Prefect API the user configured and where: the environment, else the active Prefect profile."""
    if url := os.environ.get("PREFECT_API_URL"):
        return url, "PREFECT_API_URL"
    # Read the profiles file without importing Prefect, which must come after start_local_server().
    path = Path(os.environ.get("PREFECT_PROFILES_PATH") or Path.home() / ".prefect" / "profiles.toml").expanduser()
    try:
        profiles = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None, None
    active = os.environ.get("PREFECT_PROFILE") or profiles.get("active") or "ephemeral"
    url = profiles.get("profiles", {}).get(active, {}).get("PREFECT_API_URL")
    return (url, f"PREFECT_API_URL of the Prefect profile {active!r}") if url else (None, None)


def _check_api(url: str, origin: str) -> None:
    """Fail in one line, now, when no Prefect API answers at `url`."""

    try:
        urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=10).close()
    except urllib.error.HTTPError:
        return  # something answers (Prefect Cloud wants a key for /health): the client will say more
    except (OSError, ValueError) as exc:
        raise CommandError(
            f"no Prefect API answers at {url} ({origin}): {getattr(exc, 'reason', exc)}. Start that server "
            "(`prefect server start`), or unset PREFECT_API_URL and akhbar serve starts a local one"
        ) from None
