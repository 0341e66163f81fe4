"""`akhbar`: a thin command line; each command parses its arguments and calls a flow or the warehouse."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from akhbar.cli.errors import CommandError, day, first_line, model_unavailable, storage_failure
from akhbar.cli.eval_extraction import add_extraction_eval
from akhbar.cli.eval_translation import add_eval_parser
from akhbar.cli.prefect_runtime import configure_prefect, start_local_server
from akhbar.cli.report import add_report_parser
from akhbar.cli.serve import add_serve_parser
from akhbar.cli.sql import add_sql_parser
from akhbar.flows.settings import Settings

EXAMPLES = {
    "run": "example:\n  akhbar run --source seeds/ --warehouse data/\n  AKHBAR_MODEL=/models/opus-mt-ar-en akhbar run --source archive/2017/",
    "backfill": "example:\n  akhbar backfill --source archive/ --start 2019-01-01 --end 2019-01-31\n"
                "  akhbar backfill --source archive/ --start 2019-01-01 --end 2019-01-31 --force   # rebuild with a new model",
    "models": "example:\n  akhbar models build-random --out models/tiny\n  AKHBAR_MODEL=models/tiny akhbar run",
}


def build_parser() -> argparse.ArgumentParser:
    """The `akhbar` argument parser with one sub-parser per command."""
    settings = Settings()
    parser = argparse.ArgumentParser(
        prog="akhbar",
        description="Batch ETL for Arabic news: ingest → clean → translate → extract → validate → publish.",
        epilog="Run `akhbar COMMAND --help` for a command's options and an example.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    formatter = argparse.RawDescriptionHelpFormatter

    run = commands.add_parser("run", help="run the pipeline once over files or folders", epilog=EXAMPLES["run"], formatter_class=formatter)
    run.add_argument("--source", nargs="+", default=settings.source, metavar="PATH",
                     help="files or folders (recursive) of .txt, TREC .xml or .jsonl articles (default: %(default)s)")
    add_model_arguments(run, settings)
    add_runner_arguments(run, settings)
    run.set_defaults(handler=command_run)

    backfill = commands.add_parser(
        "backfill", help="process the documents published in a date range, one subflow run per day",
        epilog=EXAMPLES["backfill"], formatter_class=formatter,
    )
    backfill.add_argument("--source", nargs="+", default=settings.source, metavar="PATH",
                          help="files or folders of articles, as for `run` (default: %(default)s)")
    backfill.add_argument("--start", required=True, type=day, metavar="YYYY-MM-DD", help="first day (partition_date), inclusive")
    backfill.add_argument("--end", required=True, type=day, metavar="YYYY-MM-DD", help="last day, inclusive")
    backfill.add_argument("--force", action="store_true",
                          help="rebuild days already complete (a new model, say): each day's partitions are replaced in one step")
    backfill.add_argument("--concurrency", type=int, default=1, metavar="N", help="days run at once (default: %(default)s)")
    add_model_arguments(backfill, settings)
    backfill.set_defaults(handler=command_backfill)

    add_sql_parser(commands)  # akhbar.cli.sql

    models = commands.add_parser("models", help="build local models for offline runs", epilog=EXAMPLES["models"], formatter_class=formatter)
    models_commands = models.add_subparsers(dest="models_command", required=True, metavar="ACTION")
    build = models_commands.add_parser(
        "build-random", help="build a randomly initialised MarianMT ar→en model (meaningless translations)",
        epilog=EXAMPLES["models"], formatter_class=formatter,
    )
    build.add_argument("--out", required=True, type=Path, metavar="DIR", help="directory to write the model to")
    build.add_argument("--preset", default="tiny", choices=["tiny", "full"], help="tiny (seconds, for smoke runs) or full (opus-mt-ar-en's shape, for benchmarks)")
    build.add_argument("--texts", nargs="+", default=["seeds"], metavar="PATH", help="Arabic .txt files or folders to train the tokenizer on (default: %(default)s)")
    build.set_defaults(handler=command_build_random)

    add_serve_parser(commands)
    add_report_parser(commands)
    add_extraction_eval(add_eval_parser(commands))
    return parser


def add_model_arguments(parser: argparse.ArgumentParser, settings: Settings) -> None:
    """The warehouse, input and model options `run` and `backfill` share."""
    parser.add_argument("--warehouse", default=str(settings.warehouse), metavar="DIR",
                        help="warehouse folder; env AKHBAR_WAREHOUSE (default: %(default)s)")
    parser.add_argument("--max-document-bytes", type=int, default=settings.max_document_bytes, metavar="N",
                        help="an article larger than this (a .txt or .html file, a JSONL line, a TREC DOC's text) is rejected as "
                             "too_large without being read whole; env AKHBAR_MAX_DOCUMENT_BYTES (default: %(default)s)")
    parser.add_argument("--model", default=settings.model, metavar="ID_OR_DIR",
                        help="MarianMT hub id or local directory; env AKHBAR_MODEL (default: %(default)s)")
    parser.add_argument("--backend", default=settings.backend, choices=["ctranslate2", "transformers"],
                        help="translation backend; env AKHBAR_BACKEND (default: %(default)s)")
    parser.add_argument("--device", default=settings.device, help="cpu or cuda; env AKHBAR_DEVICE (default: %(default)s)")
    parser.add_argument("--beam-size", type=int, default=settings.beam_size, metavar="N",
                        help="beams; env AKHBAR_BEAM_SIZE (default: the model's generation config, 4 for opus-mt)")
    parser.add_argument("--max-new-tokens", type=int, default=settings.max_new_tokens, metavar="N",
                        help="cap on each translation's tokens; env AKHBAR_MAX_NEW_TOKENS (default: 2 × source tokens + 10)")
    parser.add_argument("--max-source-tokens", type=int, default=settings.max_source_tokens, metavar="N",
                        help="longer sentences are split at clause boundaries; env AKHBAR_MAX_SOURCE_TOKENS (default: %(default)s)")
    parser.add_argument("--ner-model", default=settings.ner_model, metavar="ID_OR_DIR",
                        help="optional token-classification model (hub id or local directory) whose entities join the rules' "
                             "where they overlap none; env AKHBAR_NER_MODEL (default: rules only)")


def add_runner_arguments(parser: argparse.ArgumentParser, settings: Settings) -> None:
    """Where translate and extract run: this process, or the workers of a Dask cluster."""
    parser.add_argument("--task-runner", default=settings.task_runner, choices=["thread", "dask"],
                        help="thread: this process; dask: batches of documents over a Dask cluster's workers, "
                             "each loading the model once (needs prefect-dask); env AKHBAR_TASK_RUNNER (default: %(default)s)")
    parser.add_argument("--dask-address", default=settings.dask_address, metavar="URL",
                        help="scheduler of an existing Dask cluster, e.g. tcp://10.0.0.5:8786; env AKHBAR_DASK_ADDRESS "
                             "(default: a local cluster of --dask-workers processes)")
    parser.add_argument("--dask-workers", type=int, default=settings.dask_workers, metavar="N",
                        help="worker processes of the local Dask cluster; env AKHBAR_DASK_WORKERS (default: %(default)s)")
    parser.add_argument("--batches", type=int, default=None, metavar="N",
                        help="batches of documents to spread (default: 1 with thread, 2 per Dask worker with dask)")


def task_runner(args: argparse.Namespace):
    """The flow's task runner for `--task-runner`, and how many batches to cut the documents into."""
    if args.task_runner == "thread":
        return None, args.batches or 1
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise CommandError("--task-runner dask needs prefect-dask: pip install prefect-dask") from None
    import logging

    logging.getLogger("distributed").setLevel(logging.WARNING)  # the cluster's own chatter
    logging.getLogger("distributed.batched").setLevel(logging.CRITICAL)  # a closed stream at shutdown is no error of ours
    logging.getLogger("distributed.nanny").setLevel(logging.ERROR)  # workers slow to exit are stopped at shutdown
    if args.dask_address:
        return DaskTaskRunner(address=args.dask_address), args.batches or 8
    cluster = {"n_workers": args.dask_workers, "threads_per_worker": 1, "processes": True, "dashboard_address": None}
    return DaskTaskRunner(cluster_kwargs=cluster), args.batches or 2 * args.dask_workers


def command_run(args: argparse.Namespace) -> int:
    """Check the sources and the model, then run the pipeline flow once."""
    with ExitStack() as held:
        settings = _prepare(args, held)
        from akhbar.flows.pipeline import pipeline

        runner, batches = task_runner(args)
        flow = pipeline.with_options(task_runner=runner) if runner else pipeline
        written = flow(source=[str(Path(p).resolve()) for p in args.source], batches=batches, hold_lock=False, **settings)
    where = args.warehouse if "://" in args.warehouse else Path(args.warehouse).resolve()  # a folder, or an fsspec URL
    print("published " + ", ".join(f"{table} {rows}" for table, rows in written.items()) + f" into {where}")
    return 0


def command_backfill(args: argparse.Namespace) -> int:
    """Run the backfill flow over the days from --start to --end; print how each day went."""
    if args.start > args.end:
        raise CommandError(f"--start {args.start} is after --end {args.end}", status=2)
    if args.concurrency < 1:
        raise CommandError("--concurrency must be 1 or more", status=2)
    with ExitStack() as held:
        settings = _prepare(args, held)
        from akhbar.flows.backfill import backfill

        days = backfill(source=[str(Path(p).resolve()) for p in args.source], start=args.start, end=args.end, force=args.force,
                        concurrency=args.concurrency, hold_lock=False, **settings)
    if not days:
        print(f"no documents from {args.start} to {args.end} in {' '.join(args.source)}")
        return 0
    print(f"{'day':<10}  {'status':<9}  {'documents':>9}  {'published':>9}  {'seconds':>7}")
    for day in days:
        print(f"{day['day']:<10}  {day['status']:<9}  {day['documents']:>9}  {day['published']:>9}  {day['seconds']:>7.1f}"
              + (f"  {day['error']}" if day["error"] else ""))
    failed = [day["day"] for day in days if day["status"] == "failed"]
    if failed:
        print(f"akhbar: error: {len(failed)} of {len(days)} days failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


def load_models(args: argparse.Namespace) -> None:
    """Load the translation model (and the NER model, if any) now, or stop with one line saying why."""
    from akhbar.tasks.translate import Decoding, ModelUnavailable, load_translator

    try:
        load_translator(args.model, args.backend, args.device, Decoding(args.beam_size, args.max_new_tokens, args.max_source_tokens))
    except ModelUnavailable as exc:
        raise model_unavailable(args.model, exc) from None
    if args.ner_model:
        from akhbar.tasks.extract_model import load_recognizer

        try:
            load_recognizer(args.ner_model, args.device)
        except ModelUnavailable as exc:
            raise CommandError(str(exc)) from None  # it names AKHBAR_NER_MODEL itself


def _prepare(args: argparse.Namespace, held: ExitStack) -> dict:
    """Before a flow starts: the sources exist, the models load, the warehouse is ours, Prefect is up.

    The warehouse lock goes into `held`, to be kept until the flow ends (the flow then takes
    none itself): taken here, a second run is refused before Prefect starts, and none can slip
    in between. Returns the flow's warehouse and model parameters.
    """
    missing = [path for path in args.source if not Path(path).exists()]
    if missing:
        raise CommandError(f"--source not found: {', '.join(missing)}", status=2)
    configure_prefect()
    server_ready = start_local_server()  # before `import prefect`; its start-up overlaps with ours
    from akhbar.warehouse import Warehouse, WarehouseLocked

    load_models(args)
    try:
        held.enter_context(Warehouse(args.warehouse).lock())
    except WarehouseLocked as exc:
        raise CommandError(f"{exc}; wait for it to finish, or use another --warehouse") from None
    except Exception as exc:
        if not storage_failure(exc):
            raise
        raise CommandError(f"cannot use the warehouse {args.warehouse}: {type(exc).__name__}: {first_line(exc)}") from None
    server_ready()
    return {"warehouse": args.warehouse, "model": args.model, "backend": args.backend, "device": args.device,
            "beam_size": args.beam_size, "max_new_tokens": args.max_new_tokens, "max_source_tokens": args.max_source_tokens,
            "ner_model": args.ner_model, "max_document_bytes": args.max_document_bytes}


def command_build_random(args: argparse.Namespace) -> int:
    """Build a random MarianMT model from Arabic text files."""
    from akhbar.tasks.random_marian import build_random_marian

    files = [f for p in map(Path, args.texts) for f in (sorted(p.rglob("*.txt")) if p.is_dir() else [p])]
    if not files:
        raise CommandError(f"no .txt files under {' '.join(args.texts)}", status=2)
    texts = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = build_random_marian(args.out, texts, preset=args.preset)
    print(f"built a random {args.preset} MarianMT model in {out}; its translations are meaningless. Use: AKHBAR_MODEL={out} akhbar run")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `akhbar` console script."""
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except CommandError as exc:
        print(f"akhbar: error: {exc}", file=sys.stderr)
        return exc.status


if __name__ == "__main__":
    sys.exit(main())
