"""RunConfig: one declaration of a run's parameters, read the same way by the CLI, the flows and a deployment."""

from __future__ import annotations

from pathlib import Path

import pytest
from commands import akhbar_here
from pydantic import ValidationError

from akhbar.flows.config import RunConfig
from akhbar.flows.pipeline import pipeline


def test_a_flag_wins_over_the_environment_which_wins_over_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert RunConfig().model == "Helsinki-NLP/opus-mt-ar-en"
    monkeypatch.setenv("AKHBAR_MODEL", "/models/from-env")
    assert RunConfig().model == "/models/from-env"
    assert RunConfig(model="/models/given").model == "/models/given"
    assert RunConfig.from_parameters(model=None).model == "/models/from-env"  # None: not given


def test_source_is_one_path_or_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    assert RunConfig(source="/in").source == ["/in"]
    assert RunConfig(source=["/a", "/b"]).source == ["/a", "/b"]
    monkeypatch.setenv("AKHBAR_SOURCE", "/inbox")
    assert RunConfig().source == ["/inbox"]
    monkeypatch.setenv("AKHBAR_SOURCE", '["/a", "/b"]')
    assert RunConfig().source == ["/a", "/b"]
    with pytest.raises(ValidationError):
        RunConfig(source=[])


def test_ingest_options_take_lists_from_flags_and_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from akhbar.cli.main import build_parser
    from akhbar.cli.options import run_config

    args = build_parser().parse_args(["run", "--month-first", "us", "ca", "--doc-type", "story", "MULTI", "--chunk-size", "50"])
    options = run_config(args).ingest_options()
    assert (options.month_first, options.doc_types) == (("us", "ca"), ("story", "multi"))
    assert run_config(args).chunk_size == 50
    monkeypatch.setenv("AKHBAR_MONTH_FIRST", str(tmp_path))
    monkeypatch.chdir(tmp_path)
    assert RunConfig(month_first=["us"]).absolute().month_first == [str(tmp_path / "us")]
    assert RunConfig().month_first == [str(tmp_path)] and RunConfig().doc_type == ["story"]
    with pytest.raises(ValidationError):
        RunConfig(chunk_size=0)


def test_values_are_checked_wherever_they_come_from(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValidationError, match="less than or equal to 511"):
        RunConfig(max_source_tokens=600)
    with pytest.raises(ValidationError):
        RunConfig(backend="marian")
    with pytest.raises(ValidationError, match="Extra inputs"):
        RunConfig(modle="x")  # a misspelt parameter is an error, not silently ignored
    monkeypatch.setenv("AKHBAR_MAX_SOURCE_TOKENS", "600")
    with pytest.raises(ValidationError):
        RunConfig()


def test_the_cli_says_which_flag_or_variable_is_wrong(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    result = akhbar_here("run", "--max-source-tokens", "600", "--warehouse", str(tmp_path))
    assert result.returncode == 2 and result.stderr.strip() == "akhbar: error: --max-source-tokens: Input should be less than or equal to 511"
    monkeypatch.setenv("AKHBAR_DASK_WORKERS", "0")
    result = akhbar_here("run", "--warehouse", str(tmp_path))
    assert result.returncode == 2 and "AKHBAR_DASK_WORKERS" in result.stderr
    assert not (tmp_path / "akhbar.duckdb").exists()


def test_every_field_is_a_flag_and_a_flow_parameter() -> None:
    import inspect

    from akhbar.cli.main import build_parser

    run = build_parser()._subparsers._group_actions[0].choices["run"]  # argparse keeps its sub-parsers there
    flags = {option for action in run._actions for option in action.option_strings}
    assert {"--" + name.replace("_", "-") for name in RunConfig.model_fields} <= flags
    parameters = inspect.signature(pipeline.fn).parameters
    assert list(parameters)[: len(RunConfig.model_fields)] == list(RunConfig.model_fields)
    assert {"days", "force", "hold_lock"} <= set(parameters)


def test_a_deployment_run_validates_like_the_cli() -> None:
    """Prefect checks a flow run's parameters against the signature RunConfig gives the flow: a plain string source passes."""
    assert pipeline.validate_parameters({"source": "/in"})["source"] == ["/in"]
    with pytest.raises(Exception, match="511"):
        pipeline.validate_parameters({"max_source_tokens": 600})


def test_absolute_paths_and_batches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "model").mkdir()
    config = RunConfig(source=["in", "s3://bucket/in"], warehouse="wh", model="model").absolute()
    assert config.source == [str(tmp_path / "in"), "s3://bucket/in"] and config.warehouse == str(tmp_path / "wh")
    assert config.model == str(tmp_path / "model") and RunConfig(model="Helsinki-NLP/opus-mt-ar-en").absolute().model == "Helsinki-NLP/opus-mt-ar-en"
    assert RunConfig().document_batches() == 1
    assert RunConfig(task_runner="dask", dask_workers=3).document_batches() == 6
    assert RunConfig(task_runner="dask", dask_address="tcp://h:8786").document_batches() == 8
    assert RunConfig(batches=5).document_batches() == 5


def test_a_file_url_source_is_its_local_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AKHBAR_SOURCE", '["file:///in/a.txt", "s3://bucket/news/"]')
    assert RunConfig().source == ["/in/a.txt", "s3://bucket/news/"]
    assert RunConfig(source="file:///in/rss.xml").source == ["/in/rss.xml"]
