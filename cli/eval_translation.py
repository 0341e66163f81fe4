"""`akhbar eval translation`: chrF and BLEU of the configured model on FLORES-200 devtest and NTREX."""

from __future__ import annotations

import argparse
from pathlib import Path

from akhbar.cli.errors import CommandError, model_unavailable
from akhbar.flows.config import RunConfig

EXAMPLE = (
    "example:\n"
    "  akhbar eval translation --corpora-dir /data/corpora --model /models/opus-mt-ar-en --corpus flores\n"
    "  AKHBAR_CORPORA=/data/corpora AKHBAR_MODEL=data/models/tiny akhbar eval translation --limit 20   # plumbing only: random weights score ~0"
)


def add_eval_parser(commands: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """Add `eval` and its sub-command `translation` to the `akhbar` sub-parsers; return eval's, for more sub-commands."""
    formatter = argparse.RawDescriptionHelpFormatter
    evaluate = commands.add_parser("eval", help="measure the quality of a stage against references", epilog=EXAMPLE, formatter_class=formatter)
    actions = evaluate.add_subparsers(dest="eval_command", required=True, metavar="WHAT")
    translation = actions.add_parser(
        "translation", help="chrF and BLEU of the translation model on FLORES-200 devtest and NTREX",
        epilog=EXAMPLE, formatter_class=formatter,
    )
    translation.add_argument("--model", default=RunConfig.setting("model"), metavar="ID_OR_DIR",
                             help="MarianMT hub id or local directory; env AKHBAR_MODEL (default: %(default)s)")
    translation.add_argument("--backend", default=RunConfig.setting("backend"), choices=["ctranslate2", "transformers"],
                             help="translation backend; env AKHBAR_BACKEND (default: %(default)s)")
    translation.add_argument("--device", default=RunConfig.setting("device"), help="cpu or cuda; env AKHBAR_DEVICE (default: %(default)s)")
    translation.add_argument("--corpus", default="all", choices=["flores", "ntrex", "all"],
                             help="FLORES-200 devtest (1,012 sentences), NTREX (1,997) or both (default: %(default)s)")
    translation.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N sentences of each corpus")
    translation.add_argument("--corpora-dir", type=Path, default=None, metavar="DIR",
                             help="folder holding flores200/ and ntrex128/ (the project carries no corpora); env AKHBAR_CORPORA")
    translation.set_defaults(handler=command_eval_translation)
    return actions


def command_eval_translation(args: argparse.Namespace) -> int:
    """Load the model, translate each corpus, print chrF, BLEU and speed per corpus."""
    from akhbar.cli.prefect_runtime import configure_prefect

    configure_prefect()  # before anything imports prefect (the translate module does)
    from akhbar.tasks.evaluate import CORPORA, CorporaMissing, corpora_dir, evaluate_translation
    from akhbar.tasks.translate import ModelUnavailable, load_translator

    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    try:
        root = corpora_dir(args.corpora_dir, need=corpora)
    except CorporaMissing as exc:
        raise CommandError(str(exc) if args.corpora_dir else f"{exc} (or pass --corpora-dir DIR)", status=2) from None
    try:
        translator = load_translator(args.model, args.backend, args.device)
    except ModelUnavailable as exc:
        raise model_unavailable(args.model, exc) from None
    rows = evaluate_translation(translator, corpora, root, args.limit)
    print(f"{'corpus':<8} {'sentences':>9} {'chrF':>6} {'BLEU':>6} {'sentences/s':>11}")
    for row in rows:
        print(f"{row['corpus']:<8} {row['sentences']:>9} {row['chrf']:>6.2f} {row['bleu']:>6.2f} {row['sentences_per_s']:>11.2f}")
    print(f"model {args.model} ({args.backend}, {args.device})")
    return 0
