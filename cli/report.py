"""`akhbar report --out FILE.html [--start --end]`: the HTML report of a warehouse, for a period."""

from __future__ import annotations

import argparse
from pathlib import Path

from akhbar.cli.errors import CommandError, date_argument, plural, warehouse_errors
from akhbar.flows.config import RunConfig

EXAMPLE = (
    "example:\n"
    "  akhbar report --out report.html\n"
    "  akhbar report --out march.html --start 2017-03-01 --end 2017-03-31 --warehouse /srv/akhbar"
)


def add_report_parser(commands: argparse._SubParsersAction) -> None:
    """Add `report` to the `akhbar` sub-parsers."""
    report = commands.add_parser(
        "report", help="write one self-contained HTML page: documents per day, top entities, quotes, co-occurrence, run health",
        epilog=EXAMPLE, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    report.add_argument("--out", required=True, type=Path, metavar="FILE.html", help="where to write the page (replaced whole)")
    report.add_argument("--start", type=date_argument, metavar="YYYY-MM-DD", help="first day (partition_date) shown (default: the first there is)")
    report.add_argument("--end", type=date_argument, metavar="YYYY-MM-DD", help="last day shown (default: the last there is)")
    report.add_argument("--top", type=int, default=10, metavar="N", help="entities, speakers and documents listed per part (default: %(default)s)")
    report.add_argument("--warehouse", default=RunConfig.setting("warehouse"), metavar="DIR",
                        help="warehouse folder or URL; env AKHBAR_WAREHOUSE (default: %(default)s)")
    report.set_defaults(handler=command_report)


def command_report(args: argparse.Namespace) -> int:
    """Read the warehouse (read-only) and write the page."""
    from akhbar.report.render import render, write_report
    from akhbar.warehouse.report import read_report

    if args.start and args.end and args.start > args.end:
        raise CommandError(f"--start {args.start} is after --end {args.end}", status=2)
    if args.top < 1:
        raise CommandError("--top must be at least 1", status=2)
    if args.out.suffix.lower() not in (".html", ".htm"):
        raise CommandError(f"--out {args.out}: the report is an HTML page; name it .html (a browser prints it to PDF)", status=2)
    with warehouse_errors(args.warehouse, duckdb_error=f"cannot read the warehouse {args.warehouse}"):
        data = read_report(args.warehouse, args.start, args.end, args.top)
    page = render(data, args.warehouse)  # outside the `try`: a template missing from an install is a TemplateNotFound, an OSError
    try:
        write_report(args.out, page)
    except OSError as exc:
        raise CommandError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    days = [day for day, _ in data.documents_per_day]
    period = f"{days[0]} to {days[-1]}" if days else "no documents in the period"
    print(f"wrote {args.out}: {plural(data.totals.get('documents', 0), 'document')}, {plural(data.totals.get('quotes', 0), 'quote')} "
          f"({period})")
    return 0
