"""Tests for .txt encodings in the ingest stage: Arabic in any common encoding is read, binary is rejected."""

from __future__ import annotations

import codecs
import random
from pathlib import Path

import pytest

from akhbar.tasks.ingest import ingest_files

# Diacritics (ُ ّ ً ِ َ) and ، ؛ ؟, all of which ISO-8859-6 has as well as Windows-1256.
TEXT = (
    "قال المتحدثُ باسم الوزارة، إنّ المفاوضاتِ ستُستأنفُ غداً؛ فهل تنجحُ هذه المرة؟\n"
    "وأكّد أنّ الوفدَ سيصلُ صباحاً إلى العاصمة.\n"
)

ENCODED = {
    "utf-8": TEXT.encode("utf-8"),
    "utf-8-bom": codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    "utf-16-le-bom": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16-be-bom": codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    "cp1256": TEXT.encode("cp1256"),
    "iso-8859-6": TEXT.encode("iso8859_6"),
}


def ingest_bytes(path: Path, data: bytes) -> tuple[list[dict], list[dict]]:
    """Write `data` to `path` and run the ingest task body on it."""
    path.write_bytes(data)
    articles, rejects = ingest_files.fn([path])
    return articles.to_pylist(), rejects.to_pylist()


def test_the_legacy_encodings_really_differ() -> None:
    assert ENCODED["cp1256"] != ENCODED["iso-8859-6"]  # else the test below could not tell them apart
    with pytest.raises(UnicodeDecodeError):
        ENCODED["cp1256"].decode("iso8859_6")
    assert ENCODED["iso-8859-6"].decode("cp1256") != TEXT  # decodes, but to the wrong letters


@pytest.mark.parametrize("encoding", ENCODED)
def test_arabic_text_is_decoded_from_every_encoding(tmp_path: Path, encoding: str) -> None:
    articles, rejects = ingest_bytes(tmp_path / f"{encoding}.txt", ENCODED[encoding])
    assert rejects == []
    [article] = articles
    assert article["raw_text"] == TEXT


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary: png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "binary: jpeg"),
        (b"GIF89a\x01\x00", "binary: gif"),
        (b"%PDF-1.7\n", "binary: pdf"),
        (TEXT.encode() + b"\x00\x00" + TEXT.encode(), "binary: NUL bytes"),
        (codecs.BOM_UTF16_LE + "\x01\x02\x03\x04 abc".encode("utf-16-le"), "binary: control characters"),
        (b"", "empty: no text"),
        (b" \n\t\r\n  ", "empty: no text"),
        (codecs.BOM_UTF8 + b"\n", "empty: no text"),
        (codecs.BOM_UTF16_LE, "empty: no text"),
        ("Café à Paris".encode("latin-1"), "decode_error: not valid UTF-8 (byte 0xe9 at offset 3)"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8a\x00", "decode_error: not valid UTF-16-LE (byte 0x00 at offset 2)"),
    ],
)
def test_non_articles_are_rejected_with_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "x.txt"
    articles, rejects = ingest_bytes(path, content)
    assert articles == []
    assert rejects == [{"source_uri": path.as_uri(), "doc_id": None, "stage": "ingest", "reason": reason}]


def test_random_bytes_never_raise(tmp_path: Path) -> None:
    rng = random.Random(6)
    for n in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400)))
        articles, rejects = ingest_bytes(tmp_path / f"{n}.txt", data)
        assert len(articles) + len(rejects) == 1
        if rejects:
            assert rejects[0]["reason"].split(":")[0] in {"binary", "empty", "decode_error"}
