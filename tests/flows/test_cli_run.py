"""End to end: the real `akhbar run` (real Prefect flow, tiny real model) on seeds/, checked through SQL.

The seed run is the one test of `akhbar run` exactly as a user starts it: its own process, its own
local Prefect server. The other commands here run in this process (`akhbar_here`), against the session's server.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import duckdb
import pytest
from commands import akhbar, akhbar_here, assert_clean_output
from conftest import SEEDS

from akhbar.tasks.translate import model_revision

# One xdist worker runs the whole module (`make test` runs `pytest -n auto --dist loadgroup`): its expensive
# fixtures are built once.
pytestmark = pytest.mark.xdist_group("cli-run")

COUNTED = ("documents", "sentences", "translations", "entities", "quotes", "rejects")


def counts(warehouse: Path) -> dict[str, int]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in COUNTED}


@pytest.fixture(scope="module")
def seeded(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    warehouse = tmp_path_factory.mktemp("e2e") / "warehouse"
    result = akhbar("run", "--source", str(SEEDS), "--warehouse", str(warehouse), env={"AKHBAR_MODEL": str(tiny_model), "PREFECT_API_URL": None})
    return warehouse, result


def test_run_succeeds_without_errors(seeded: tuple[Path, subprocess.CompletedProcess]) -> None:
    assert_clean_output(seeded[1])


def test_seed_tables(seeded: tuple[Path, subprocess.CompletedProcess], tiny_model: Path) -> None:
    warehouse, _ = seeded
    n = counts(warehouse)
    assert n["documents"] == 1 and 14 <= n["sentences"] <= 18
    assert n["translations"] == n["sentences"] and n["entities"] > 0 and n["quotes"] >= 2
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        sql = """
            SELECT count(*) FROM {table} x JOIN documents d USING (doc_id)
            WHERE substr(d.text, x.char_start + 1, x.char_end - x.char_start) <> x.{column}
        """
        for table, column in (("sentences", "text"), ("entities", "text"), ("quotes", "quote")):
            assert con.execute(sql.format(table=table, column=column)).fetchone()[0] == 0, table
        missing = con.execute("SELECT count(*) FROM sentences s ANTI JOIN translations t USING (doc_id, sentence_id)").fetchone()[0]
        models = con.execute("SELECT DISTINCT model, backend FROM translations").fetchall()
        stages = con.execute("SELECT stage FROM run_stages ORDER BY stage").fetchall()
        unnamed = con.execute("SELECT count(*) FROM entities WHERE coalesce(name_en, '') = ''").fetchone()[0]
        names = con.execute("SELECT max(n) FROM (SELECT count(DISTINCT name_en) AS n FROM entities GROUP BY canonical)").fetchone()[0]
        syria = con.execute("SELECT DISTINCT name_en FROM entities WHERE text = 'سوريا'").fetchall()
        quotes_en = con.execute(
            "SELECT count(*), count(*) FILTER (WHERE q.quote_en IS DISTINCT FROM t.text_en) FROM quotes q JOIN translations t USING (doc_id, sentence_id)"
        ).fetchone()
    assert missing == 0
    assert models == [(f"{tiny_model}@{model_revision(str(tiny_model))}", "ctranslate2")]
    assert {s for (s,) in stages} == {"ingest", "clean", "segment", "translate", "extract", "english", "validate", "publish"}
    assert (unnamed, names, syria) == (0, 1, [("Syria",)])
    assert quotes_en == (n["quotes"], 0)  # every quote's sentence is translated, and quote_en is that translation


def test_sql_command_reads_the_warehouse(seeded: tuple[Path, subprocess.CompletedProcess]) -> None:
    warehouse, _ = seeded
    result = akhbar_here("sql", "SELECT count(*) AS n FROM documents", "--warehouse", str(warehouse))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["n", "1"]


def test_missing_model_stops_before_any_work(tmp_path: Path) -> None:
    # Its own process: an empty Hugging Face cache (HF_HOME is read when the hub library is imported).
    result = akhbar("run", "--source", str(SEEDS), "--warehouse", str(tmp_path / "wh"), env={"HF_HUB_OFFLINE": "1", "HF_HOME": str(tmp_path / "hf")})
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "AKHBAR_MODEL" in lines[0], result.stderr
    assert not (tmp_path / "wh").exists() or not list((tmp_path / "wh").rglob("*.parquet"))


def test_bad_source_is_a_one_line_error(tmp_path: Path) -> None:
    result = akhbar_here("sql", "SELEC nonsense", "--warehouse", str(tmp_path))
    assert result.returncode != 0 and "Traceback" not in result.stderr
    result = akhbar_here("run", "--source", str(tmp_path / "missing"), "--warehouse", str(tmp_path / "wh"))
    assert result.returncode == 2 and "--source not found" in result.stderr and "Traceback" not in result.stderr


def test_the_analyst_views_answer_on_the_seed(seeded: tuple[Path, subprocess.CompletedProcess]) -> None:
    warehouse, _ = seeded
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        rows = {view: con.execute(f"SELECT count(*) FROM {view}").fetchone()[0]
                for view in ("documents_en", "entity_mentions", "quotes_en", "cooccurrence")}
        text_en, sentences = con.execute("SELECT text_en, sentences FROM documents_en").fetchone()
        translated = con.execute("SELECT string_agg(text_en, ' ' ORDER BY sentence_id) FROM translations").fetchone()[0]
        syria = con.execute("SELECT name_en, mentions FROM entity_mentions WHERE canonical = (SELECT canonical FROM entities WHERE text = 'سوريا' LIMIT 1)").fetchall()
        speakers = con.execute("SELECT count(*) FROM quotes_en WHERE speaker IS NOT NULL AND quote_en IS NOT NULL").fetchone()[0]
        pairs = con.execute("SELECT count(*) FROM cooccurrence WHERE canonical_a >= canonical_b OR documents <> 1").fetchone()[0]
    assert all(n > 0 for n in rows.values()), rows
    assert sentences == counts(warehouse)["sentences"] and text_en.replace("\n", " ") == translated  # every sentence, in order
    assert syria and syria[0][0] == "Syria" and syria[0][1] >= 2
    assert speakers > 0 and pairs == 0  # each pair once, from the one document


def test_a_ner_model_adds_its_entities(tmp_path: Path, tiny_model: Path) -> None:
    from akhbar.tasks.random_ner import build_random_ner

    # CAMeL-Lab/bert-base-arabic-camelbert-msa-ner's labels, as its config.json publishes them
    camelbert = build_random_ner(tmp_path / "camelbert", labels=("B-LOC", "B-MISC", "B-ORG", "B-PERS", "I-LOC", "I-MISC", "I-ORG", "I-PERS", "O"))
    warehouse = tmp_path / "warehouse"
    result = akhbar_here("run", "--source", str(SEEDS), "--warehouse", str(warehouse), "--ner-model", str(camelbert),
                    env={"AKHBAR_MODEL": str(tiny_model)})
    assert_clean_output(result)
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        sources = dict(con.execute("SELECT source, count(*) FROM entities GROUP BY source").fetchall())
        overlaps = con.execute("""
            SELECT count(*) FROM entities m JOIN entities r USING (doc_id)
            WHERE m.source = 'ner-model' AND r.source <> 'ner-model' AND m.char_start < r.char_end AND r.char_start < m.char_end
        """).fetchone()[0]
        unnamed = con.execute("SELECT count(*) FROM entities WHERE name_en IS NULL").fetchone()[0]
        labels = {row[0] for row in con.execute("SELECT DISTINCT label FROM entities WHERE source = 'ner-model'").fetchall()}
    assert sources.get("ner-model", 0) > 0 and sources.get("model", 0) > 0 and sources.get("gazetteer", 0) > 0
    assert "PERSON" in labels and labels <= {"PERSON", "ORG", "LOC", "MISC"}  # B-PERS/I-PERS land as PERSON
    assert overlaps == 0 and unnamed == 0


def test_a_missing_ner_model_stops_before_any_work(tmp_path: Path, tiny_model: Path) -> None:
    warehouse = tmp_path / "warehouse"
    result = akhbar_here("run", "--source", str(SEEDS), "--warehouse", str(warehouse), "--ner-model", str(tmp_path / "nowhere"),
                         env={"AKHBAR_MODEL": str(tiny_model)})
    assert result.returncode == 1
    assert "AKHBAR_NER_MODEL" in result.stderr and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert not list(warehouse.glob("**/*.parquet"))


def test_a_run_ends_with_what_it_published(seeded: tuple[Path, subprocess.CompletedProcess]) -> None:
    assert seeded[1].stdout.splitlines()[-1].startswith("published documents 1, sentences "), seeded[1].stdout


def test_a_run_with_nothing_new_says_what_is_already_there(seeded: tuple[Path, subprocess.CompletedProcess], tiny_model: Path) -> None:
    """Issue 15, item 7: not `documents 0`, but that the seed's one document is published already."""
    warehouse, _ = seeded
    again = akhbar_here("run", "--source", str(SEEDS), "--warehouse", str(warehouse), env={"AKHBAR_MODEL": str(tiny_model)})
    assert_clean_output(again)
    assert again.stdout.splitlines()[-1] == f"nothing new to publish: 1 document from {SEEDS} already in {warehouse}", again.stdout
    assert counts(warehouse)["documents"] == 1
