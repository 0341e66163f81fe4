"""`akhbar eval extraction`: precision, recall and F1 of the extractor against hand-annotated gold JSON."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from akhbar.cli.errors import CommandError

EXAMPLE = (
    "example:\n"
    "  akhbar eval extraction --gold tests/gold/seed.json tests/gold/ntrex.json tests/gold/heldout.json   # in a checkout\n"
    "  akhbar eval extraction --gold my-annotations.json --format json"
)
RIGHT = {"dates": "dates resolved right", "amounts": "amounts value right"}  # the share of matched items with the right value


def add_extraction_eval(actions: argparse._SubParsersAction) -> None:
    """Add the sub-command `extraction` to the `akhbar eval` sub-parsers."""
    extraction = actions.add_parser(
        "extraction",
        help="precision, recall and F1 of entities and quotes (and dates, amounts, canonical groups) against hand-annotated gold",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    extraction.add_argument(
        "--gold",
        type=Path,
        nargs="+",
        required=True,
        metavar="FILE",
        help="gold JSON file(s) to score against, format in the repository's tests/gold/README.md",
    )
    extraction.add_argument("--corpora-dir", type=Path, default=None, metavar="DIR",
                            help="folder holding ntrex128/, for gold that points into NTREX-128 instead of carrying its text "
                                 "(tests/gold/ntrex.json); env AKHBAR_CORPORA")
    extraction.add_argument("--format", default="text", choices=["text", "json"], help="a table, or JSON (default: %(default)s)")
    extraction.set_defaults(handler=command_eval_extraction)


def command_eval_extraction(args: argparse.Namespace) -> int:
    """Check the gold files, run the extractor on their texts, print the scores of each."""
    from akhbar.cli.prefect_runtime import configure_prefect

    configure_prefect()  # before anything imports prefect (the clean and extract modules do)
    from akhbar.tasks.evaluate import CorporaMissing
    from akhbar.tasks.evaluate_extraction import evaluate_extraction, load_gold

    golds = []
    for path in args.gold:
        try:
            golds.append(load_gold(path, args.corpora_dir))
        except CorporaMissing as exc:
            raise CommandError(f"gold file {path} points into NTREX-128: {exc}", status=2) from None
        except (OSError, ValueError, KeyError, TypeError) as exc:  # JSONDecodeError is a ValueError
            raise CommandError(f"cannot use gold file {path}: {exc}", status=2) from None
    results = [evaluate_extraction(path, gold) for path, gold in zip(args.gold, golds)]
    print(json.dumps(results, ensure_ascii=False, indent=2) if args.format == "json" else "\n\n".join(map(format_scores, results)))
    return 0


def _cell(value: float, denominator: int) -> str:
    """A score to two places, or `-` where it is undefined (nothing to divide by)."""
    return f"{value:.2f}" if denominator else "-"


def _row(name: str, s: dict[str, Any]) -> str:
    """One line of the table: precision, recall, F1 and the counts behind them."""
    f1_defined = s["predicted"] and s["gold"]
    scores = f"{_cell(s['precision'], s['predicted']):>9} {_cell(s['recall'], s['gold']):>6} {_cell(s['f1'], f1_defined):>6}"
    return f"{name:<10} {scores} {s['matched']:>7} {s['predicted']:>9} {s['gold']:>5}"


def format_scores(result: dict[str, Any]) -> str:
    """The scores of one gold file as a table: entities per label and overall, quotes, speakers; dates, amounts and
    canonical groups only for gold that annotates them (`tests/gold/maghreb.json`)."""
    entities, quotes = result["entities"], result["quotes"]
    lines = [
        f"gold {result['gold']} ({result['documents']} documents)",
        f"{'':<10} {'precision':>9} {'recall':>6} {'F1':>6} {'matched':>7} {'predicted':>9} {'gold':>5}",
    ]
    lines += [_row(label, scores) for label, scores in entities["labels"].items()]
    lines += [_row("entities", entities["overall"]), _row("quotes", quotes["overall"])]
    lines += [
        f"{'  ' + kind:<10} {'':>9} {_cell(k['recall'], k['gold']):>6} {'':>6} {k['matched']:>7} {'':>9} {k['gold']:>5}"
        for kind, k in quotes["kinds"].items()
    ]
    found = [(name, result[name]) for name in ("dates", "amounts") if name in result]  # gold that annotates them
    lines += [_row(name, scores["overall"]) for name, scores in found]
    gold = quotes["overall"]["gold"]
    lines.append(f"quote-with-speaker recall {_cell(quotes['speaker_recall'], gold)} ({quotes['with_speaker']} of {gold})")
    for name, scores in found:
        gold = scores["overall"]["gold"]
        lines.append(f"{RIGHT[name]} {_cell(scores['share_right'], gold)} ({scores['right']} of {gold})")
    if "groups" in result:
        groups = result["groups"]
        lines.append(f"canonical groups right {_cell(groups['share_right'], groups['total'])} ({groups['right']} of {groups['total']})")
        if groups["right"] < groups["total"]:
            lines.append("  wrong: " + ", ".join(f"{n} {cause}" for cause, n in groups["causes"].items()))
        lines.append(f"  keyed right where found {_cell(groups['share_keyed_right'], groups['found'])} ({groups['keyed_right']} of {groups['found']})")
    return "\n".join(lines)
