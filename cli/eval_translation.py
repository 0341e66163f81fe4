"""`akhbar eval translation`: chrF and BLEU of the configured model on FLORES-200 devtest and NTREX."""

from __future__ import annotations

import argparse
from pathlib import Path

from akhbar.cli.errors import CommandError, model_unavailable
from akhbar.flows.settings import Settings

# The repository's copy of the corpora (flows/ sits one level below the root).
CORPORA_DIR = Path(__file__).resolve().parents[1] / "benchmarks" / "corpora"
EXAMPLE = (
    "example:\n"
    "  akhbar eval translation --model /models/opus-mt-ar-en --corpus flores\n"
    "  AKHBAR_MODEL=data/models/tiny akhbar eval translation --limit 20   # plumbing only: random weights score ~0"
)


def add_eval_parser(commands: argparse._SubParsersAction) -> argparse._SubParsersAction:
    """Add `eval` and its sub-command `translation` to the `akhbar` sub-parsers; return eval's, for more sub-commands."""
    settings = Settings()
    formatter = argparse.RawDescriptionHelpFormatter
    evaluate = commands.add_parser("eval", help="measure the quality of a stage against references", epilog=EXAMPLE, formatter_class=formatter)
    actions = evaluate.add_subparsers(dest="eval_command", required=True, metavar="WHAT")
    translation = actions.add_parser(
        "translation", help="chrF and BLEU of the translation model on FLORES-200 devtest and NTREX",
        epilog=EXAMPLE, formatter_class=formatter,
    )
    translation.add_argument("--model", default=settings.model, metavar="ID_OR_DIR",
                             help="MarianMT hub id or local directory; env AKHBAR_MODEL (default: %(default)s)")
    translation.add_argument("--backend", default=settings.backend, choices=["ctranslate2", "transformers"],
                             help="translation backend; env AKHBAR_BACKEND (default: %(default)s)")
    translation.add_argument("--device", default=settings.device, help="cpu or cuda; env AKHBAR_DEVICE (default: %(default)s)")
    translation.add_argument("--corpus", default="all", choices=["flores", "ntrex", "all"],
                             help="FLORES-200 devtest (1,012 sentences), NTREX (1,997) or both (default: %(default)s)")
    translation.add_argument("--limit", type=int, default=None, metavar="N", help="only the first N sentences of each corpus")
    translation.add_argument("--corpora-dir", type=Path, default=CORPORA_DIR, metavar="DIR",
                             help="folder holding flores200/ and ntrex128/ (default: the repository's benchmarks/corpora)")
    translation.set_defaults(handler=command_eval_translation)
    return actions


def command_eval_translation(args: argparse.Namespace) -> int:
    """Load the model, translate each corpus, print chrF, BLEU and speed per corpus."""
    from akhbar.cli.prefect_runtime import configure_prefect

    configure_prefect()  # before anything imports prefect (the translate module does)
    from akhbar.tasks.evaluate import CORPORA, evaluate_translation
    from akhbar.tasks.translate import ModelUnavailable, load_translator

    corpora = list(CORPORA) if args.corpus == "all" else [args.corpus]
    missing = [name for name in corpora if not all((args.corpora_dir / part).is_file() for part in CORPORA[name])]
    if missing:
        raise CommandError(f"corpus files for {', '.join(missing)} not found under {args.corpora_dir}; set --corpora-dir", status=2)
    try:
        translator = load_translator(args.model, args.backend, args.device)
    except ModelUnavailable as exc:
        raise model_unavailable(args.model, exc) from None
    rows = evaluate_translation(translator, corpora, args.corpora_dir, args.limit)
    print(f"{'corpus':<8} {'sentences':>9} {'chrF':>6} {'BLEU':>6} {'sentences/s':>11}")
    for row in rows:
        print(f"{row['corpus']:<8} {row['sentences']:>9} {row['chrf']:>6.2f} {row['bleu']:>6.2f} {row['sentences_per_s']:>11.2f}")
    print(f"model {args.model} ({args.backend}, {args.device})")
    return 0
