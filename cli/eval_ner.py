"""`akhbar eval ner`: precision, recall and F1 of the pipeline's entity finders on a CoNLL BIO file, as conlleval scores them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from akhbar.cli.errors import CommandError

EXAMPLE = (
    "example:\n"
    "  akhbar eval ner --conll ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt\n"
    "  akhbar eval ner --conll my-tagged.txt --sentences-per-document 1 --format json"
)


def add_ner_eval(actions: argparse._SubParsersAction) -> None:
    """Add the sub-command `ner` to the `akhbar eval` sub-parsers."""
    ner = actions.add_parser(
        "ner",
        help="precision, recall and F1 of the entity finders (rules and NER model) on a CoNLL BIO file",
        epilog=EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ner.add_argument("--conll", type=Path, nargs="+", required=True, metavar="FILE",
                     help="token and BIO tag a line (first and last fields), a blank line between sentences; "
                          "PERS/PER count as PERSON, other types than PERSON, ORG, LOC and MISC are left out")
    ner.add_argument("--sentences-per-document", type=int, default=12, metavar="N",
                     help="sentences read as one document, as an article would be (default: %(default)s)")
    ner.add_argument("--format", default="text", choices=["text", "json"], help="a table, or JSON (default: %(default)s)")
    ner.set_defaults(handler=command_eval_ner)


def command_eval_ner(args: argparse.Namespace) -> int:
    """Tag each file's sentences with the pipeline's finders and score them against the file's tags."""
    from akhbar.cli.prefect_runtime import configure_prefect

    configure_prefect()  # before anything imports prefect (the extract modules do)
    from akhbar.tasks.evaluate_ner import evaluate_ner

    if args.sentences_per_document < 1:
        raise CommandError("--sentences-per-document must be at least 1", status=2)
    results = []
    for path in args.conll:
        try:
            results.append(evaluate_ner(path, args.sentences_per_document))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot score {path}: {exc}", status=2) from None
    print(json.dumps(results, ensure_ascii=False, indent=2) if args.format == "json" else "\n\n".join(map(format_scores, results)))
    return 0


def format_scores(result: dict[str, Any]) -> str:
    """One file's scores as a table: entity chunks per label and overall."""
    lines = [f"conll {result['conll']} ({result['sentences']} sentences, {result['tokens']} tokens), entity chunks as conlleval",
             f"{'':<10} {'precision':>9} {'recall':>6} {'F1':>6} {'matched':>7} {'predicted':>9} {'gold':>5}"]
    for name, s in [*result["labels"].items(), ("overall", result["overall"])]:
        lines.append(f"{name:<10} {s['precision']:>9.3f} {s['recall']:>6.3f} {s['f1']:>6.3f} {s['matched']:>7} {s['predicted']:>9} {s['gold']:>5}")
    return "\n".join(lines)
