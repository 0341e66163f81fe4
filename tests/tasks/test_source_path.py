"""`documents.source_path`: the readable form of `source_uri`, beside it (issue 15, item 8)."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

from conftest import SEEDS

from akhbar.tasks.clean import clean_documents
from akhbar.tasks.ingest import ingest_files
from akhbar.tasks.ingest_sources import readable_uri


def test_readable_uri_decodes_what_the_uri_encodes() -> None:
    assert readable_uri("file:///data/name%20with%20spaces%20%D9%88%D9%85.txt") == "/data/name with spaces وم.txt"
    assert readable_uri("file:///a/ant.tar.gz!/BBC/sport/x%20y.txt#BB-1") == "/a/ant.tar.gz!/BBC/sport/x y.txt#BB-1"
    assert readable_uri("s3://bucket/%D8%A3.jsonl#L3") == "s3://bucket/أ.jsonl#L3"


def test_documents_keep_the_uri_and_give_the_path(tmp_path: Path) -> None:
    text = (SEEDS / "astana-20170124.txt").read_bytes()
    folder = tmp_path / "أخبار اليوم"
    folder.mkdir()
    (folder / "name with spaces ومفاوضات.txt").write_bytes(text)
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w:gz") as tar:
        member = tarfile.TarInfo("قسم/خبر 2.txt")
        variant = text.replace("أستانة".encode(), "أستانا".encode(), 1)  # another document, not a repeat
        member.size = len(variant)
        tar.addfile(member, io.BytesIO(variant))
    (folder / "archive.tar.gz").write_bytes(archive.getvalue())
    articles, _ = ingest_files.fn([str(folder)])
    documents, _ = clean_documents.fn(articles)
    rows = sorted(zip(documents["source_uri"].to_pylist(), documents["source_path"].to_pylist()))
    assert [path for _, path in rows] == [f"{folder}/archive.tar.gz!/قسم/خبر 2.txt", f"{folder}/name with spaces ومفاوضات.txt"]
    assert all(uri.startswith("file:///") and "%D8" in uri and " " not in uri for uri, _ in rows)
