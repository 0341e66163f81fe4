"""Duplicates against the warehouse: exact repeats are skipped or rejected, near-duplicates of published documents flagged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from articles import articles, edit_words, project_texts

from akhbar.schemas import published_schema
from akhbar.tasks import near_duplicates
from akhbar.tasks.clean import clean_documents, flag_near_duplicates
from akhbar.warehouse import Warehouse
from akhbar.warehouse.publish import publish_tables, skip_published

PUBLISHED = dt.datetime(2019, 3, 5, 9, 0)


def documents(*sources: tuple[str, str]) -> pa.Table:
    """The documents `clean` makes of (source_uri, text) articles, all published on one day."""
    n = len(sources)
    table = articles(*(text for _, text in sources), uris=[uri for uri, _ in sources], published=[PUBLISHED] * n)
    docs, rejects = clean_documents.fn(table)
    assert rejects.num_rows == 0 and docs.num_rows == n
    return docs


def test_skip_published_drops_a_rerun_quietly_and_rejects_the_same_text_from_elsewhere(tmp_path: Path) -> None:
    root = str(tmp_path / "warehouse")
    text = project_texts()[0]
    first = documents(("file:///in/a.txt", text))
    assert publish_tables.fn(Warehouse(root), {"documents": first}, "run-1") == {"documents": 1}
    [doc_id] = first["doc_id"].to_pylist()

    new, rejects = skip_published.fn(Warehouse(root), documents(("file:///in/a.txt", text)))  # the same file again: a re-run
    assert new.num_rows == 0 and rejects.num_rows == 0
    assert new.schema == first.schema

    new, rejects = skip_published.fn(Warehouse(root), documents(("file:///in/b.txt", text)))  # the same text from another file
    assert new.num_rows == 0
    assert rejects.to_pylist() == [
        {"source_uri": "file:///in/b.txt", "doc_id": doc_id, "stage": "clean", "reason": f"duplicate_of:{doc_id}"}
    ]


def test_skip_published_keeps_new_documents(tmp_path: Path) -> None:
    root = str(tmp_path / "warehouse")
    texts = project_texts()
    publish_tables.fn(Warehouse(root), {"documents": documents(("file:///in/a.txt", texts[0]))}, "run-1")
    batch = documents(("file:///in/b.txt", texts[0]), ("file:///in/c.txt", texts[1]))
    new, rejects = skip_published.fn(Warehouse(root), batch)
    assert new["source_uri"].to_pylist() == ["file:///in/c.txt"]
    assert rejects["source_uri"].to_pylist() == ["file:///in/b.txt"]


def test_skip_published_on_an_empty_warehouse_keeps_everything(tmp_path: Path) -> None:
    batch = documents(("file:///in/a.txt", project_texts()[0]))
    new, rejects = skip_published.fn(Warehouse(str(tmp_path / "warehouse")), batch)
    assert new.equals(batch) and rejects.num_rows == 0


def test_an_edited_copy_of_a_published_document_is_flagged(tmp_path: Path) -> None:
    root = str(tmp_path / "warehouse")
    texts = project_texts()
    original = documents(("file:///in/a.txt", texts[2]))
    Warehouse(root).publish("documents", original, "run-1")
    [published_id] = original["doc_id"].to_pylist()

    batch = documents(("file:///in/edited.txt", edit_words(texts[2], seed=3)), ("file:///in/other.txt", texts[3]))
    assert batch["near_duplicate_of"].to_pylist() == [None, None]  # not related within the batch
    flagged = flag_near_duplicates.fn(batch, Warehouse(root))
    assert flagged["near_duplicate_of"].to_pylist() == [published_id, None]
    assert flagged.schema == batch.schema
    assert flagged.drop_columns(["near_duplicate_of"]).equals(batch.drop_columns(["near_duplicate_of"]))


def test_flagging_picks_the_most_similar_published_document(tmp_path: Path) -> None:
    root = str(tmp_path / "warehouse")
    text = project_texts()[4]
    published = documents(
        ("file:///in/far.txt", edit_words(text, seed=1, count=10)), ("file:///in/near.txt", edit_words(text, seed=2, count=1))
    )
    publish_tables.fn(Warehouse(root), {"documents": published}, "run-1")
    far_id, near_id = published["doc_id"].to_pylist()
    far, near = (
        near_duplicates.jaccard(near_duplicates.shingles(text), near_duplicates.shingles(t)) for t in published["text"].to_pylist()
    )
    assert near > far >= near_duplicates.THRESHOLD  # both would do: the closer one must win
    flagged = flag_near_duplicates.fn(documents(("file:///in/new.txt", text)), Warehouse(root))
    assert flagged["near_duplicate_of"].to_pylist() == [near_id]
    assert far_id != near_id


def test_flagging_on_an_empty_warehouse_or_batch_changes_nothing(tmp_path: Path) -> None:
    root = str(tmp_path / "warehouse")
    batch = documents(("file:///in/a.txt", project_texts()[0]))
    assert flag_near_duplicates.fn(batch, Warehouse(root)).equals(batch)
    Warehouse(root).publish("documents", batch, "run-1")
    empty = batch.slice(0, 0)
    assert flag_near_duplicates.fn(empty, Warehouse(root)).equals(empty)


def test_a_warehouse_from_before_lsh_bands_flags_nothing(tmp_path: Path) -> None:
    root = tmp_path / "warehouse"
    texts = project_texts()
    old = documents(("file:///in/a.txt", texts[5]))
    # Written as an older akhbar did: the published columns without `lsh_bands`
    # (Warehouse.publish casts to today's schema and so cannot write such a file).
    schema = published_schema("documents")
    schema = schema.remove(schema.get_field_index("lsh_bands"))
    rows = old.append_column("run_id", pa.array(["run-0"], pa.string())).select(schema.names).cast(schema)
    directory = root / "tables" / "documents" / f"partition_date={PUBLISHED.date().isoformat()}"
    directory.mkdir(parents=True)
    pq.write_table(rows, directory / "run-0-old.parquet")
    assert "lsh_bands" not in pq.read_schema(Warehouse(root).files("documents")[0]).names

    batch = documents(("file:///in/edited.txt", edit_words(texts[5], seed=4)), ("file:///in/other.txt", texts[6]))
    flagged = flag_near_duplicates.fn(batch, Warehouse(str(root)))
    assert flagged["near_duplicate_of"].to_pylist() == [None, None]
    # and the exact-duplicate check still reads that warehouse
    new, rejects = skip_published.fn(Warehouse(str(root)), documents(("file:///in/b.txt", texts[5])))
    assert new.num_rows == 0 and rejects["reason"].to_pylist() == [f"duplicate_of:{old['doc_id'][0].as_py()}"]


def test_old_and_new_files_together_flag_against_the_new_ones(tmp_path: Path) -> None:
    root = tmp_path / "warehouse"
    texts = project_texts()
    old = documents(("file:///in/old.txt", texts[7]))
    schema = published_schema("documents")
    schema = schema.remove(schema.get_field_index("lsh_bands"))
    directory = root / "tables" / "documents" / f"partition_date={PUBLISHED.date().isoformat()}"
    directory.mkdir(parents=True)
    pq.write_table(old.append_column("run_id", pa.array(["run-0"])).select(schema.names).cast(schema), directory / "run-0-old.parquet")
    new = documents(("file:///in/new.txt", texts[8]))
    Warehouse(root).publish("documents", new, "run-1")

    batch = documents(("file:///in/e1.txt", edit_words(texts[7], seed=1)), ("file:///in/e2.txt", edit_words(texts[8], seed=1)))
    flagged = flag_near_duplicates.fn(batch, Warehouse(str(root)))
    assert flagged["near_duplicate_of"].to_pylist() == [None, new["doc_id"][0].as_py()]


def test_one_warehouse_object_across_chunks_checks_against_what_it_published_itself(tmp_path: Path) -> None:
    # A run keeps one Warehouse for all its chunks: the published documents' ids, sources and band keys are read from the
    # files once, then kept up to date by its own publishing, and forgotten when a rebuild replaces days.
    root = str(tmp_path / "warehouse")
    texts = project_texts()
    store = Warehouse(root)
    first = documents(("file:///in/a.txt", texts[3]))
    assert flag_near_duplicates.fn(first, store).equals(first)  # the index is read now, from an empty warehouse
    publish_tables.fn(store, {"documents": first}, "run-1")
    [first_id] = first["doc_id"].to_pylist()

    later = documents(("file:///in/edited.txt", edit_words(texts[3], seed=5)))
    assert flag_near_duplicates.fn(later, store)["near_duplicate_of"].to_pylist() == [first_id]
    new, rejects = skip_published.fn(store, documents(("file:///in/copy.txt", texts[3])))
    assert new.num_rows == 0 and rejects["reason"].to_pylist() == [f"duplicate_of:{first_id}"]
    assert flag_near_duplicates.fn(later, Warehouse(root))["near_duplicate_of"].to_pylist() == [first_id]  # read from the files

    store.replace_days("documents", first.slice(0, 0), [PUBLISHED.date()], "run-2")  # the day rebuilt without it
    assert flag_near_duplicates.fn(later, store)["near_duplicate_of"].to_pylist() == [None]
