"""Small things a new user meets (issue 15, item 9): --version, plurals, the report's file type, its labels, untitled
documents and run times, and `run --help`."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pyarrow as pa
import pytest
from commands import akhbar_here

from akhbar.report.render import _bars, _entity_name
from akhbar.schemas import TABLES
from akhbar.warehouse import Warehouse


def _table(name: str, values: dict[str, list]) -> pa.Table:
    schema = TABLES[name].COLUMNS
    rows = len(next(iter(values.values())))
    return pa.table({f.name: pa.array(values.get(f.name, [None] * rows), f.type) for f in schema}, schema=schema)


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """One untitled document without a URL, read from a file with spaces and Arabic in its name; one run."""
    store = Warehouse(tmp_path / "warehouse")
    day = dt.date(2017, 1, 24)
    store.publish("documents", _table("documents", {
        "doc_id": ["a1b2c3d4e5f60718"], "source_uri": ["file:///in/name%20with%20spaces%20%D9%88%D9%85.txt"], "text": ["نص"],
        "language": ["ar"], "partition_date": [day], "published_at": [dt.datetime(2017, 1, 24)],
    }), "run-1")
    store.publish("runs", _table("runs", {
        "run_id": ["run-1"], "started_at": [dt.datetime(2017, 1, 24, 2, 0, 5, 123456)], "finished_at": [dt.datetime(2017, 1, 24, 2, 0, 9, 654321)],
        "status": ["completed"], "documents": [1], "rejects": [0], "partition_date": [day],
    }), "run-1")
    store.refresh_views()
    return store.root


def test_version() -> None:
    result = akhbar_here("--version")
    assert result.returncode == 0 and re.fullmatch(r"akhbar \d+\.\d+\.\d+\S*\n", result.stdout), result.stdout


def test_the_report_counts_in_words_names_untitled_documents_and_rounds_run_times(warehouse: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = akhbar_here("report", "--out", str(out), "--warehouse", str(warehouse))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"wrote {out}: 1 document, 0 quotes"), result.stdout
    page = out.read_text(encoding="utf-8")
    assert "name with spaces وم.txt" in page  # the untitled document, by its file's name
    assert "2017-01-24 02:00:05<" in page and "123456" not in page


def test_the_report_is_written_as_html_only(warehouse: Path, tmp_path: Path) -> None:
    result = akhbar_here("report", "--out", str(tmp_path / "r.pdf"), "--warehouse", str(warehouse))
    assert result.returncode == 2 and ".html" in result.stderr and not (tmp_path / "r.pdf").exists()


def test_bar_labels_keep_both_names_inside_the_panel() -> None:
    name = _entity_name({"name_en": "The Syrian Observatory for Human Rights in London", "text": "المرصد السوري لحقوق الإنسان في لندن"})
    chart = _bars([(name, 3), ("Syria · سوريا", 1)], "Top places", "#000")
    label = chart.bars[0].label
    assert label.startswith("The Syrian") and "… · المرصد السوري" in label and chart.bars[0].name == name
    assert chart.label_width - 8 >= 7 * len(label) and chart.width > chart.label_width


def test_run_help_names_every_input_format_and_no_empty_default() -> None:
    result = akhbar_here("run", "--help")
    text = " ".join(result.stdout.split())
    for kind in ("plain text", "HTML", "TREC", "JSON Lines", "WARC"):
        assert kind in text
    assert "(default: )" not in text
