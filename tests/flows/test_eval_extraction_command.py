"""`akhbar eval extraction`: help with an example, gold files required, a table by default (the README's command and
figures), JSON on request, one line for a bad gold file."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest
from articles import corpora_root
from conftest import ROOT
from test_eval_command import readme_commands

from akhbar.cli.errors import CommandError
from akhbar.cli.eval_extraction import add_extraction_eval

SEED_GOLD = ROOT / "tests" / "gold" / "seed.json"


def build_parser() -> argparse.ArgumentParser:
    """A stand-in for `akhbar eval` holding only `extraction`."""
    parser = argparse.ArgumentParser(prog="akhbar")
    evaluate = parser.add_subparsers(dest="command", required=True).add_parser("eval")
    add_extraction_eval(evaluate.add_subparsers(dest="eval_command", required=True))
    return parser


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["eval", "extraction", "--help"])
    assert exit_.value.code == 0
    assert "example:" in capsys.readouterr().out


def test_gold_files_are_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args(["eval", "extraction"])
    assert exit_.value.code == 2
    assert "--gold" in capsys.readouterr().err


def test_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["eval", "extraction", "--gold", str(SEED_GOLD)])
    assert args.handler(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["precision", "recall", "F1", "matched", "predicted", "gold"]
    assert [line.split()[0] for line in lines[2:8]] == ["PERSON", "ORG", "LOC", "MISC", "entities", "quotes"]
    assert lines[-1].startswith("quote-with-speaker recall")


def test_dates_amounts_and_groups_rows_only_for_gold_that_has_them() -> None:
    from akhbar.cli.eval_extraction import format_scores

    scores = {"precision": 1.0, "recall": 0.5, "f1": 2 / 3, "matched": 1, "predicted": 1, "gold": 2}
    plain = {
        "gold": "g.json",
        "documents": 1,
        "entities": {"overall": scores, "labels": {"PERSON": scores}},
        "quotes": {
            "overall": scores,
            "speaker_recall": 0.5,
            "with_speaker": 1,
            "kinds": {"direct": {"recall": 0.5, "matched": 1, "gold": 2}},
        },
    }
    assert "dates" not in format_scores(plain) and format_scores(plain).splitlines()[-1].startswith("quote-with-speaker")
    annotated = {
        **plain,
        "dates": {"overall": scores, "right": 1, "share_right": 0.5},
        "amounts": {"overall": {**scores, "gold": 4}, "right": 3, "share_right": 0.75},
        "groups": {
            "right": 9, "total": 12, "share_right": 0.75, "wrong": {},
            "causes": {"never found": 2, "split": 1, "merged": 0, "partly found": 0},
            "found": 10, "keyed_right": 9, "share_keyed_right": 0.9,
        },
    }
    lines = format_scores(annotated).splitlines()
    assert [line.split()[0] for line in lines[-8:-5]] == ["dates", "amounts", "quote-with-speaker"]
    assert lines[-5:] == [
        "dates resolved right 0.50 (1 of 2)",
        "amounts value right 0.75 (3 of 4)",
        "canonical groups right 0.75 (9 of 12)",
        "  wrong: 2 never found, 1 split, 0 merged, 0 partly found",
        "  keyed right where found 0.90 (9 of 10)",
    ]


def test_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["eval", "extraction", "--gold", str(SEED_GOLD), "--format", "json"])
    assert args.handler(args) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert set(result) >= {"entities", "quotes"} and 0.0 <= result["quotes"]["speaker_recall"] <= 1.0


def test_a_missing_gold_file_is_one_line(tmp_path: Path) -> None:
    args = build_parser().parse_args(["eval", "extraction", "--gold", str(tmp_path / "nope.json")])
    with pytest.raises(CommandError, match="nope.json") as error:
        args.handler(args)
    assert "\n" not in str(error.value) and error.value.status == 2


def test_the_readme_command_prints_the_readme_figures(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    [(env, argv)] = readme_commands("eval", "extraction")
    assert not env
    corpora_root()  # tests/gold/ntrex.json reads NTREX's texts from AKHBAR_CORPORA
    monkeypatch.chdir(ROOT)  # its gold paths are relative to a checkout
    args = build_parser().parse_args(argv)
    assert args.handler(args) == 0
    tables = capsys.readouterr().out.split("\n\n")
    assert [table.splitlines()[0].split()[1] for table in tables] == [str(path) for path in args.gold]
    # each gold file's row of the README's table, as this run prints it
    printed = {}
    for table in tables:
        lines = table.splitlines()
        entities, quotes = (next(line.split() for line in lines if line.startswith(f"{name} ")) for name in ("entities", "quotes"))
        # entity precision / recall / F1 | quotes matched of gold | quote-with-speaker recall
        speakers = next(line.split() for line in lines if line.startswith("quote-with-speaker recall"))
        printed[Path(lines[0].split()[1]).name] = f"{' / '.join(entities[1:4])} | {quotes[4]} of {quotes[6]} | {speakers[2]}"
    readme = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
    shown = dict(re.findall(r"^\| `(\w+\.json)` \([^)]*\) \| (.*?) \|$", readme, flags=re.MULTILINE))
    assert shown == printed, "the README's extraction figures differ from `akhbar eval extraction`: update the README"


def test_gold_into_ntrex_without_the_corpora_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AKHBAR_CORPORA", raising=False)
    args = build_parser().parse_args(["eval", "extraction", "--gold", str(ROOT / "tests" / "gold" / "ntrex.json")])
    with pytest.raises(CommandError, match="AKHBAR_CORPORA") as error:
        args.handler(args)
    assert "\n" not in str(error.value) and error.value.status == 2
