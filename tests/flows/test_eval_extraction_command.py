"""`akhbar eval extraction`: help with an example, a table by default, JSON on request, one line for a bad gold file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from akhbar.cli.errors import CommandError
from akhbar.cli.eval_extraction import add_extraction_eval


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


def test_prints_a_table_for_the_seed_by_default(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["eval", "extraction"])
    assert args.gold[0].name == "seed.json" and args.gold[0].is_file()
    assert args.handler(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["precision", "recall", "F1", "matched", "predicted", "gold"]
    assert [line.split()[0] for line in lines[2:8]] == ["PERSON", "ORG", "LOC", "MISC", "entities", "quotes"]
    assert lines[-1].startswith("quote-with-speaker recall")


def test_json_format(capsys: pytest.CaptureFixture[str]) -> None:
    args = build_parser().parse_args(["eval", "extraction", "--format", "json"])
    assert args.handler(args) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert set(result) >= {"entities", "quotes"} and 0.0 <= result["quotes"]["speaker_recall"] <= 1.0


def test_a_missing_gold_file_is_one_line(tmp_path: Path) -> None:
    args = build_parser().parse_args(["eval", "extraction", "--gold", str(tmp_path / "nope.json")])
    with pytest.raises(CommandError, match="nope.json") as error:
        args.handler(args)
    assert "\n" not in str(error.value) and error.value.status == 2
