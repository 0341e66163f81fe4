"""`akhbar eval translation`: parses, runs in-process on the tiny model (the README's command too), and fails in one line
without corpora or a model."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest
from conftest import ROOT

from akhbar.cli.errors import CommandError
from akhbar.cli.eval_translation import add_eval_parser
from akhbar.tasks.evaluate import corpus_files


def build_parser() -> argparse.ArgumentParser:
    """A stand-in for the `akhbar` parser holding only `eval`."""
    parser = argparse.ArgumentParser(prog="akhbar")
    add_eval_parser(parser.add_subparsers(dest="command", required=True))
    return parser


def readme_commands(*command: str) -> list[tuple[dict[str, str], list[str]]]:
    """The README's shell lines that run `akhbar <command>`: (their environment assignments, their arguments after `akhbar`)."""
    readme = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])
    found = []
    for block in re.findall(r"```sh\n(.*?)```", readme, flags=re.DOTALL):
        for line in block.splitlines():
            if f"akhbar {' '.join(command)}" not in line:
                continue
            words = shlex.split(line, comments=True)
            env = dict(word.split("=", 1) for word in words if re.fullmatch(r"[A-Z_]+=\S*", word))
            argv = words[len(env):]
            if argv[: len(command) + 1] == ["akhbar", *command]:
                found.append((env, argv[1:]))
    return found


def scores(out: str) -> list[list[str]]:
    """Corpus and sentences of each row of the printed table, under its header."""
    lines = out.splitlines()
    assert lines[0].split() == ["corpus", "sentences", "chrF", "BLEU", "sentences/s"]
    assert lines[-1].startswith("model ")
    return [line.split()[:2] for line in lines[1:-1]]


def test_help_has_an_example(capsys: pytest.CaptureFixture[str]) -> None:
    for command in (["eval"], ["eval", "translation"]):
        with pytest.raises(SystemExit) as exit_:
            build_parser().parse_args([*command, "--help"])
        assert exit_.value.code == 0
        assert "example:" in capsys.readouterr().out


def test_eval_translation_prints_scores(tiny_model: Path, corpora: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path))  # the CTranslate2 conversion stays in the test's folder
    monkeypatch.delenv("AKHBAR_CORPORA")  # --corpora-dir alone is enough
    args = build_parser().parse_args(["eval", "translation", "--model", str(tiny_model), "--limit", "3", "--corpora-dir", str(corpora)])
    assert args.corpus == "all"
    assert args.handler(args) == 0
    assert scores(capsys.readouterr().out) == [["flores", "3"], ["ntrex", "3"]]


def test_the_readme_command_runs(tiny_model: Path, corpora: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    [(env, argv)] = readme_commands("eval", "translation")
    assert set(env) == {"AKHBAR_CORPORA"}  # the corpora come from the environment, not from the repository
    monkeypatch.setenv("AKHBAR_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("AKHBAR_CORPORA", str(corpora))  # the README's placeholder folder: here, the real one
    argv[argv.index("--model") + 1] = str(tiny_model)  # and its placeholder model: the tiny one
    args = build_parser().parse_args([*argv, "--limit", "3"])
    assert args.handler(args) == 0
    assert scores(capsys.readouterr().out) == [[args.corpus, "3"]]


def test_without_corpora_is_one_line_naming_akhbar_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AKHBAR_CORPORA", raising=False)
    args = build_parser().parse_args(["eval", "translation", "--model", "/models/never-loaded"])
    with pytest.raises(CommandError, match=r"set AKHBAR_CORPORA to the folder holding ntrex128/ .*--corpora-dir") as error:
        args.handler(args)
    assert "\n" not in str(error.value) and error.value.status == 2


def test_a_corpora_dir_without_the_files_is_one_line_naming_them(tmp_path: Path) -> None:
    args = build_parser().parse_args(["eval", "translation", "--corpus", "flores", "--corpora-dir", str(tmp_path)])
    with pytest.raises(CommandError, match="lacks flores200/arb_Arab.devtest, flores200/eng_Latn.devtest") as error:
        args.handler(args)
    assert "\n" not in str(error.value) and error.value.status == 2


def test_missing_model_is_one_line_naming_akhbar_model(tmp_path: Path) -> None:
    for part in corpus_files("flores"):  # corpus files to get past the corpora check, without the corpora
        (tmp_path / part).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / part).write_text("x\n", encoding="utf-8")
    args = build_parser().parse_args(["eval", "translation", "--model", str(tmp_path / "nope"), "--corpus", "flores",
                                      "--corpora-dir", str(tmp_path)])
    with pytest.raises(CommandError, match="AKHBAR_MODEL") as error:
        args.handler(args)
    assert "\n" not in str(error.value)
