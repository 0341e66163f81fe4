"""`--task-runner dask`: translate and extract batches on a 2-worker local Dask cluster give the default runner's tables.

Both runs cut the documents into the same 4 batches (`--batches 4`; dask's default for 2 workers):
a sentence's translation depends on the other sentences of its batch (they are padded to one length,
and a random model's near-tied scores flip on the last bit), so only equal batches make equal tables.
The comparison is then exact, translations included.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
from commands import akhbar_here, assert_clean_output

from akhbar.tasks.evaluate import ntrex_documents

CONTENT = {
    "documents": "doc_id, text",
    "sentences": "doc_id, sentence_id, char_start, char_end",
    "translations": "doc_id, sentence_id, text_en, model",
    "entities": "doc_id, char_start, char_end, label, canonical, source, name_en",
    "quotes": "doc_id, char_start, char_end, speaker, speaker_canonical, quote_en",
    "dates": "doc_id, char_start, char_end, resolved",
    "amounts": "doc_id, char_start, char_end, value",
}


def tables(warehouse: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return {table: con.execute(f"SELECT {columns} FROM {table} ORDER BY ALL").fetchall() for table, columns in CONTENT.items()}


def test_dask_runner_gives_the_same_tables(tmp_path: Path, tiny_model: Path, corpora: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    for i, (_, lines) in enumerate(ntrex_documents(corpora)[:6]):
        (source / f"{i}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {"AKHBAR_MODEL": str(tiny_model)}
    plain = akhbar_here("run", "--source", str(source), "--warehouse", str(tmp_path / "plain"), "--batches", "4", env=env)
    spread = akhbar_here("run", "--source", str(source), "--warehouse", str(tmp_path / "dask"), "--task-runner", "dask",
                    "--dask-workers", "2", env=env)
    assert_clean_output(plain)
    assert_clean_output(spread)
    expected, got = tables(tmp_path / "plain"), tables(tmp_path / "dask")
    assert len(expected["documents"]) == 6 and len(expected["entities"]) > 0
    for table in CONTENT:
        assert got[table] == expected[table], table
    with duckdb.connect(str(tmp_path / "dask" / "akhbar.duckdb"), read_only=True) as con:
        inputs = con.execute("SELECT model_inputs FROM run_stages WHERE stage = 'translate'").fetchone()[0]
    assert inputs > 0  # the batches' model inputs add up in the ledger
