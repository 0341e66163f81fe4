"""`akhbar`: a thin command line; each command parses its arguments and calls a flow or the warehouse."""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import ExitStack
from pathlib import Path

from akhbar.cli.errors import CommandError, akhbar_command, date_argument, plural
from akhbar.cli.eval_extraction import add_extraction_eval
from akhbar.cli.eval_ner import add_ner_eval
from akhbar.cli.eval_translation import add_eval_parser
from akhbar.cli.options import add_run_options, run_config
from akhbar.cli.report import add_report_parser
from akhbar.cli.runs import prepare
from akhbar.cli.serve import add_serve_parser
from akhbar.cli.sql import add_sql_parser
from akhbar.flows.config import RunConfig
from akhbar.tasks.ingest_sources import redact, split_feeds  # standard library only

EXAMPLES = {
    "run": "example:\n  akhbar run --source seeds/ --warehouse data/\n  AKHBAR_MODEL=/models/opus-mt-ar-en akhbar run --source archive/2017/\n"
           "  akhbar run --source feeds.txt   # feeds and news sitemaps, one URL a line: their new articles, fetched\n\n"
           "Prefect: with no PREFECT_API_URL, runs use akhbar's own local Prefect server, kept 300 s after the last\n"
           "command that used it (AKHBAR_PREFECT_IDLE seconds; 0 stops it with the command): see docs/operations.md.",
    "backfill": "example:\n  akhbar backfill --source archive/ --start 2019-01-01 --end 2019-01-31\n"
                "  akhbar backfill --source archive/ --start 2019-01-01 --end 2019-01-31 --force   # rebuild with a new model",
    "models": "example:\n  akhbar models build-random --out models/tiny\n  AKHBAR_MODEL=models/tiny akhbar run",
}


def build_parser() -> argparse.ArgumentParser:
    """The `akhbar` argument parser with one sub-parser per command."""
    parser = argparse.ArgumentParser(
        prog="akhbar",
        description="Batch ETL for Arabic news: ingest → clean → translate → extract → validate → publish.",
        epilog="Run `akhbar COMMAND --help` for a command's options and an example.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    formatter = argparse.RawDescriptionHelpFormatter

    run = commands.add_parser("run", help="run the pipeline once over files, folders, object-store prefixes or feeds", epilog=EXAMPLES["run"], formatter_class=formatter)
    add_run_options(run)
    run.set_defaults(handler=command_run)

    backfill = commands.add_parser(
        "backfill", help="process the documents published in a date range, one subflow run per day",
        epilog=EXAMPLES["backfill"], formatter_class=formatter,
    )
    backfill.add_argument("--start", required=True, type=date_argument, metavar="YYYY-MM-DD", help="first day (partition_date), inclusive")
    backfill.add_argument("--end", required=True, type=date_argument, metavar="YYYY-MM-DD", help="last day, inclusive")
    backfill.add_argument("--force", action="store_true",
                          help="rebuild days already complete (a new model, say): each day's partitions are replaced in one step")
    backfill.add_argument("--concurrency", type=int, default=1, metavar="N", help="days run at once (default: %(default)s)")
    add_run_options(backfill, runner=False, fetch=False)  # a backfill reads no feeds
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
    evaluations = add_eval_parser(commands)
    add_extraction_eval(evaluations)
    add_ner_eval(evaluations)
    return parser


def _version() -> str:
    """The installed akhbar's version (its package metadata)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("akhbar")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


def command_run(args: argparse.Namespace) -> int:
    """Check the sources and the model, then run the pipeline flow once."""
    config = run_config(args).absolute()
    with ExitStack() as held:
        prepare(config, held)
        from akhbar.flows.pipeline import pipeline_for

        try:
            flow = pipeline_for(config)
        except ImportError as exc:
            raise CommandError(str(exc)) from None
        written = flow(**config.parameters(), hold_lock=False)
    print(run_summary(config, written))
    return 0


def run_summary(config: RunConfig, written: dict[str, int]) -> str:
    """The line a run ends with: rows published per table, documents first; for a run with nothing new, what the
    warehouse already holds from these sources."""
    shown = {"documents": written.get("documents", 0)} | {table: rows for table, rows in written.items()
                                                          if table not in ("documents", "manifest", "pages", "feeds")}
    if any(shown.values()):
        return "published " + ", ".join(f"{table} {rows:,}" for table, rows in shown.items()) + f" into {config.warehouse}"
    from akhbar.warehouse import open_warehouse

    files, feeds = split_feeds(config.source)
    found = []
    if files:
        held = open_warehouse(config.warehouse).query(f"SELECT count(*) FROM documents WHERE {_from_sources(files)}")[1][0][0]
        found.append(f"{plural(held, 'document')} from {' '.join(files)} already in {config.warehouse}")
    if feeds:
        found.append(f"no new item from {' '.join(map(redact, feeds))} (a feed that could not be read is named in the log "
                     "above and in `rejects`)")
    return "nothing new to publish: " + "; ".join(found)


def _from_sources(sources: list[str]) -> str:
    """A SQL condition on `source_uri`: read from one of these files or folders (or an archive among them)."""
    conditions = []
    for source in sources:
        uri = source if "://" in source else Path(os.path.abspath(source)).as_uri()
        uri = uri.rstrip("/").replace("'", "''")
        conditions.append(f"(source_uri = '{uri}' OR regexp_matches(source_uri, '^' || regexp_escape('{uri}') || '[/#!]'))")
    return " OR ".join(conditions) or "false"


def command_backfill(args: argparse.Namespace) -> int:
    """Run the backfill flow over the days from --start to --end; print how each day went."""
    if args.start > args.end:
        raise CommandError(f"--start {args.start} is after --end {args.end}", status=2)
    if args.concurrency < 1:
        raise CommandError("--concurrency must be 1 or more", status=2)
    config = run_config(args, runner=False).absolute()
    _, feeds = split_feeds(config.source)
    if feeds:
        raise CommandError(f"--source {' '.join(map(redact, feeds))}: a backfill reads files and folders; feeds are read by "
                           "`akhbar run` and `akhbar serve`", status=2)
    with ExitStack() as held:
        prepare(config, held)
        from akhbar.flows.backfill import backfill

        days = backfill(**config.parameters(), start=args.start, end=args.end, force=args.force, concurrency=args.concurrency,
                        hold_lock=False)
    if not days:
        print(f"no documents from {args.start} to {args.end} in {' '.join(config.source)}")
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


def command_build_random(args: argparse.Namespace) -> int:
    """Build a random MarianMT model from Arabic text files."""
    from akhbar.tasks.random_marian import build_random_marian

    files = [f for p in map(Path, args.texts) for f in (sorted(p.rglob("*.txt")) if p.is_dir() else [p])]
    if not files:
        raise CommandError(f"no .txt files under {' '.join(args.texts)}", status=2)
    texts = [line for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = build_random_marian(args.out, texts, preset=args.preset)
    print(f"built a random {args.preset} MarianMT model in {out}; its translations are meaningless. "
          f"Use: AKHBAR_MODEL={out} {akhbar_command()} run")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `akhbar` console script."""
    # Before anything imports huggingface_hub: no progress bars for loading or saving a model's weights (a local model
    # loads in a blink; a batch job's output is its log).
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except CommandError as exc:
        print(f"akhbar: error: {exc}", file=sys.stderr)
        return exc.status


if __name__ == "__main__":
    sys.exit(main())
