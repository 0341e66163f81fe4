"""`akhbar eval translation`: parses, runs in-process on the tiny model, and fails in one line without a model."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from akhbar.cli.errors import CommandError
from akhbar.cli.eval_translation import add_eval_parser


def build_parser() -> argparse.ArgumentParser:
    """A stand-in for the `akhbar` parser holding only `eval`."""
    parser = argparse.ArgumentParser(prog="akhbar")
    add_eval_parser(parser.add_subparsers(dest="command", required=True))
    return parser


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["eval"], ["eval", "translation"]):
        with pytest.raises(SystemExit) as exit_:
            build_parser().parse_args([*command, "--help"])
        assert exit_.value.code == 0
        assert "example:" in capsys.readouterr().out


def test_eval_translation_prints_scores(tiny_model: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path))  # the CTranslate2 conversion stays in the test's folder
    args = build_parser().parse_args(["eval", "translation", "--model", str(tiny_model), "--limit", "3"])
    assert args.corpus == "all" and (args.corpora_dir / "ntrex128" / "DOCUMENT_IDS.tsv").is_file()
    assert args.handler(args) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["corpus", "sentences", "chrF", "BLEU", "sentences/s"]
    assert [line.split()[:2] for line in lines[1:3]] == [["flores", "3"], ["ntrex", "3"]]


def test_missing_model_is_one_line_naming_akhbar_model(tmp_path: Path) -> None:
    args = build_parser().parse_args(["eval", "translation", "--model", str(tmp_path / "nope"), "--corpus", "flores"])
    with pytest.raises(CommandError, match="AKHBAR_MODEL") as error:
        args.handler(args)
    assert "\n" not in str(error.value)
