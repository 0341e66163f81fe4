"""Issue 6's acceptance, end to end: `akhbar run` over a folder of the bad and awkward inputs real archives hold.

Good articles sit beside more than twenty kinds of trouble: legacy encodings, a saved web
page, other languages, binaries, broken and hostile XML, a JSONL file with bad lines, exact
and near duplicates, invisible controls, a multi-megabyte single line, files over the size
limit, odd names and links. The run (the session fixture `awkward`, tests/conftest.py)
must exit 0 without a traceback, account for every input, stay under 1.5 GB of memory, and
change no row count when run again.
"""

from __future__ import annotations

from urllib.parse import unquote

import pytest
from awkward_inputs import BIDI, query

from akhbar.tasks.clean import normalize_text

# One xdist worker runs this module and the other user of the session fixture `awkward`, which is built once.
pytestmark = pytest.mark.xdist_group("awkward")


def outcome(awkward: dict, name: str) -> tuple[list[tuple], list[str]]:
    """(documents rows (doc_id, source_uri, text, title, near_duplicate_of), reject reasons) of one input."""
    uri = (awkward["folder"] / name).absolute().as_uri()
    documents = query(
        awkward["warehouse"],
        f"SELECT doc_id, source_uri, text, title, near_duplicate_of FROM documents WHERE source_uri = '{uri}' OR source_uri LIKE '{uri}#%'",
    )
    reasons = [r for (r,) in query(awkward["warehouse"], f"SELECT reason FROM rejects WHERE source_uri = '{uri}' OR source_uri LIKE '{uri}#%'")]
    return documents, reasons


def the_document(awkward: dict, name: str) -> tuple:
    documents, reasons = outcome(awkward, name)
    assert len(documents) == 1 and not reasons, (name, reasons)
    return documents[0]


def test_the_run_exits_0_without_a_traceback(awkward: dict) -> None:
    for result in (awkward["first"], awkward["second"]):
        output = result.stdout + result.stderr
        assert result.returncode == 0, output[-5000:]
        assert "Traceback" not in output and "ERROR" not in output, output[-5000:]


def test_every_input_is_a_document_or_a_reject_with_a_reason(awkward: dict) -> None:
    warehouse, folder = awkward["warehouse"], awkward["folder"]
    accounted = {unquote(uri.removeprefix("file://")) for (uri,) in query(warehouse, "SELECT source_uri FROM documents UNION ALL SELECT source_uri FROM rejects")}
    assert query(warehouse, "SELECT count(*) FROM rejects WHERE coalesce(trim(reason), '') = ''") == [(0,)]
    inputs = [path for path in folder.rglob("*") if not path.is_dir() and "again" not in path.parts]  # `again` is the folder itself
    assert len(inputs) >= 30
    lost = []
    for path in inputs:
        if path.suffix == ".jsonl":
            lost += [f"{path}#L{n}" for n in awkward["jsonl_lines"] if f"{path}#L{n}" not in accounted]
        elif str(path) not in accounted and not any(uri.startswith(f"{path}#") for uri in accounted):
            lost.append(str(path))
    assert lost == []


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("english.txt", "language:en"),
        ("persian.txt", "language:fa"),
        ("image.txt", "binary: png"),
        ("report.pdf", "binary: pdf"),
        ("notes.docx", "unsupported_format: .docx"),
        ("empty.txt", "empty"),
        ("blank.txt", "empty"),
        ("nul.txt", "binary: NUL bytes"),
        ("noise.txt", "binary: control characters"),
        ("latin1.txt", "decode_error: not valid UTF-8"),
        ("lolz.xml", "xml_unsafe"),
        ("too large.txt", "too_large"),
        ("dangling.txt", "not_found"),
        ("loop-a.txt", "not_found"),
        ("pipe.txt", "unreadable: not a regular file"),
    ],
)
def test_what_is_not_an_article_is_rejected_with_its_reason(awkward: dict, name: str, reason: str) -> None:
    documents, reasons = outcome(awkward, name)
    assert documents == [] and len(reasons) == 1 and reasons[0].startswith(reason), reasons


def test_unreadable_file_is_rejected(awkward: dict) -> None:
    documents, reasons = outcome(awkward, "locked.txt")
    if awkward["root_reads_all"]:  # root reads a mode-000 file: then it is simply an article
        assert len(documents) == 1 and reasons == []
    else:
        assert documents == [] and reasons == ["unreadable: PermissionError: Permission denied"]


def test_encodings_are_decoded_to_the_same_text(awkward: dict) -> None:
    docs, legacy = awkward["docs"], awkward["legacy"]
    expected = {
        "good article.txt": docs[0],
        "أخبار/خبر عربي.txt": docs[1],
        "utf16.txt": docs[2],
        "windows-1256.txt": legacy[0],
        "iso-8859-6.txt": legacy[1],
        "crlf.txt": docs[3],
        "original.txt": docs[6],
    }
    for name, text in expected.items():
        assert the_document(awkward, name)[2] == normalize_text(text), name
    assert normalize_text(docs[7]).startswith(the_document(awkward, "truncated.txt")[2][:-1])


def test_the_web_page_is_reduced_to_its_article(awkward: dict) -> None:
    _, source_uri, text, title, _ = the_document(awkward, "page.html")
    assert title == "مفاوضات أستانة تتواصل"
    assert text == normalize_text(awkward["docs"][5])  # no menu, script, style, sidebar or footer
    for chrome in ("الصفحة الرئيسية", "سكربت", "color", "الأكثر قراءة", "جميع الحقوق"):
        assert chrome not in text


def test_no_bidi_or_format_control_in_any_text(awkward: dict) -> None:
    controls = "".join(sorted(set(BIDI + "\ufeff\u00ad\u2060")))
    for table in ("documents", "sentences"):
        rows = query(awkward["warehouse"], f"SELECT count(*) FROM {table} WHERE regexp_matches(text, '[{controls}]')")
        assert rows == [(0,)], table
    text = the_document(awkward, "controls.txt")[2]
    assert "\u200c" in text and "١٥ مارس ٢٠١٧" in text  # ZWNJ kept, Arabic-Indic digits kept


def test_arabic_indic_digits_are_understood(awkward: dict) -> None:
    doc_id = the_document(awkward, "controls.txt")[0]
    dates = query(awkward["warehouse"], f"SELECT CAST(resolved AS VARCHAR) FROM dates WHERE doc_id = '{doc_id}' AND text LIKE '%٢٠١٧%'")
    amounts = query(awkward["warehouse"], f"SELECT value FROM amounts WHERE doc_id = '{doc_id}' AND text LIKE '%٣٫٥%'")
    assert dates == [("2017-03-15",)] and amounts == [(3.5e9,)]


def test_duplicates_exact_and_near(awkward: dict) -> None:
    original = the_document(awkward, "good article.txt")[0]
    assert outcome(awkward, "repeat of good article.txt") == ([], [f"duplicate_of:{original}"])
    first = the_document(awkward, "original.txt")
    revised = the_document(awkward, "revised.txt")
    assert revised[2] == awkward["edited"] and revised[4] == first[0] and first[4] is None


def test_xml_broken_and_declared(awkward: dict) -> None:
    documents, reasons = outcome(awkward, "broken.xml")
    assert sorted(uri.rsplit("#", 1)[1] for _, uri, *_ in documents) == ["B1", "B2"] and reasons == []
    assert the_document(awkward, "legacy.xml")[2] == normalize_text(awkward["legacy"][2])


def test_jsonl_good_lines_in_bad_lines_out(awkward: dict) -> None:
    documents, reasons = outcome(awkward, "feed.jsonl")
    assert sorted(uri.rsplit("#", 1)[1] for _, uri, *_ in documents) == ["L1", "L6", "L8"]
    assert len(reasons) == 4 and any(r.startswith("jsonl_parse") for r in reasons) and "missing_field: text" in reasons
    assert "language:en" in reasons


def test_one_long_line_is_cut_into_bounded_sentences(awkward: dict) -> None:
    doc_id = the_document(awkward, "one long line.txt")[0]
    n, longest, untranslated = query(
        awkward["warehouse"],
        f"""SELECT count(*), max(length(s.text)), count(*) FILTER (WHERE t.doc_id IS NULL)
            FROM sentences s LEFT JOIN translations t USING (doc_id, sentence_id) WHERE s.doc_id = '{doc_id}'""",
    )[0]
    assert n > 2000 and longest <= 1000 and untranslated == 0


def test_peak_memory_under_1_5_gb(awkward: dict) -> None:
    assert awkward["peak"] <= 1.5 * 2**30, awkward["peak"]


def test_a_second_run_changes_no_row_count(awkward: dict) -> None:
    assert awkward["after_first"] and awkward["after_second"] == awkward["after_first"]
    sent = query(awkward["warehouse"], "SELECT model_inputs FROM run_stages JOIN runs USING (run_id) WHERE stage = 'translate' ORDER BY started_at")
    assert sent[0][0] > 0 and sent[-1] == (0,)  # the second run translates nothing


def test_each_format_keeps_its_metadata(awkward: dict) -> None:
    sql = """SELECT source_format, source_id, url, title, published_at::VARCHAR, partition_date::VARCHAR, ingested_at::DATE::VARCHAR
             FROM documents WHERE source_uri LIKE '%/ant.xml#%' OR source_uri LIKE '%/feed.jsonl#L1'
                OR source_uri LIKE '%/page.html' OR source_uri LIKE '%/crlf.txt' ORDER BY source_format"""
    rows = query(awkward["warehouse"], sql)
    ingested = rows[-1][6]
    assert [row[:6] for row in rows] == [
        ("html", None, "https://news.example/2017/03/talks", "مفاوضات أستانة تتواصل", "2017-03-05 00:00:00", "2017-03-05"),
        ("jsonl", "j1", None, "خبر", "2017-03-06 08:00:00", "2017-03-06"),
        ("trec", "ANT-1", "http://example.com/1", "عنوان الخبر", "2017-01-24 10:30:00", "2017-01-24"),
        ("txt", None, None, None, None, ingested),  # no date: the ingest day
    ]
