"""Clean, hardened: language identification, bounded sentences on endless lines, near-duplicate detection."""

from __future__ import annotations

import functools
import itertools
import random
import re
from pathlib import Path

import pytest
from articles import articles, edit_words, ntrex_texts, project_texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from akhbar.tasks import near_duplicates
from akhbar.tasks.clean import clean_documents, content_hash, identify_language, normalize_text, sentence_spans
from akhbar.tasks.clean_text import _identifier

PERSIAN = (
    "امروز صبح رئیس جمهور در یک کنفرانس خبری گفت که دولت برنامه‌های جدیدی برای کاهش تورم دارد. "
    "او همچنین افزود که گفتگو با کشورهای همسایه ادامه خواهد یافت. "
    "به گفته وی، چند پروژه بزرگ در بخش حمل و نقل و پزشکی آغاز شده است. "
    "کارشناسان اقتصادی می‌گویند که این تصمیم‌ها می‌تواند به بهبود وضعیت بازار کمک کند. "
    "گروهی از نمایندگان مجلس نیز از این طرح پشتیبانی کردند."
)
URDU = (
    "وزیر اعظم نے آج ایک پریس کانفرنس میں کہا کہ حکومت مہنگائی کم کرنے کے لیے نئے اقدامات کر رہی ہے۔ "
    "انہوں نے مزید کہا کہ پڑوسی ممالک کے ساتھ بات چیت جاری رہے گی۔ "
    "ان کے مطابق ٹرانسپورٹ اور صحت کے شعبے میں کئی بڑے منصوبے شروع کیے گئے ہیں۔ "
    "ماہرین کا کہنا ہے کہ ان فیصلوں سے معیشت بہتر ہو سکتی ہے۔"
)
ENGLISH = "The minister said on Monday that the talks would resume next week in the capital, after a short break."


# --- language identification --------------------------------------------------------------------------------------------


def test_every_ntrex_document_is_arabic() -> None:
    texts = ntrex_texts()
    assert len(texts) == 123
    assert [identify_language(text) for text in texts] == ["ar"] * 123


def test_flores_english_is_english(corpora: Path) -> None:
    lines = (corpora / "flores200" / "eng_Latn.devtest").read_text(encoding="utf-8").splitlines()[:50]
    groups = [" ".join(lines[i : i + 3]) for i in range(0, 50, 3)]
    assert [identify_language(group) for group in groups] == ["en"] * len(groups)


def test_a_few_letters_arabic_does_not_use_leave_an_article_arabic_without_the_classifier() -> None:
    # ڤ for the v of a foreign name, ٱ in a Quranic quotation: real Arabic news has them (2 of ANT's first 1,000 articles)
    texts = [text[:300] + " في ڤيينا " + text[300:] for text in ntrex_texts()[:20]] + ["قال تعالى ٱلْحَمْدُ لِلَّهِ " + ntrex_texts()[20]]
    _identifier.cache_clear()
    assert [identify_language(text) for text in texts] == ["ar"] * 21
    assert _identifier.cache_info().currsize == 0  # the classifier (a second to load) was not needed


@pytest.mark.parametrize(("text", "code"), [(PERSIAN, "fa"), (URDU, "ur")])
def test_other_languages_in_arabic_script_are_told_apart(text: str, code: str) -> None:
    assert identify_language(text) == code
    assert identify_language(normalize_text(text)) == code


@pytest.mark.parametrize("text", ["", "   \n", "12345 ...", "١٢٣٤٥ - ٦٧", "!!! ؟؟ ..."])
def test_text_without_letters_is_undetermined(text: str) -> None:
    assert identify_language(text) == "und"


@pytest.mark.parametrize("headline", ["انفجار في بيروت", "عاجل", "قمة الرياض ٢٠٢٤"])
def test_short_arabic_headline_is_arabic(headline: str) -> None:
    assert sum(char.isalpha() for char in headline) < 20
    assert identify_language(headline) == "ar"


def test_clean_rejects_other_languages() -> None:
    arabic = project_texts()[0]
    documents, rejects = clean_documents.fn(articles(ENGLISH, arabic, PERSIAN))
    assert documents["doc_id"].to_pylist() == [content_hash(arabic)]
    assert documents["language"].to_pylist() == ["ar"]
    assert rejects.to_pylist() == [
        {"source_uri": "file:///in/0.txt", "doc_id": content_hash(normalize_text(ENGLISH)), "stage": "clean", "reason": "language:en"},
        {"source_uri": "file:///in/2.txt", "doc_id": content_hash(normalize_text(PERSIAN)), "stage": "clean", "reason": "language:fa"},
    ]


@pytest.mark.parametrize("texts", [(ENGLISH,), (ENGLISH, PERSIAN), ("  \u200f ",), ()], ids=["english", "english-persian", "blank", "none"])
def test_clean_batch_with_no_arabic_article_gives_no_documents(texts: tuple[str, ...]) -> None:
    documents, rejects = clean_documents.fn(articles(*texts))
    assert documents.num_rows == 0
    assert rejects.num_rows == len(texts)


# --- bounded sentences --------------------------------------------------------------------------------------------------


def endless_line(comma_every: int | None = None, size: int = 200_000) -> str:
    """One line of real news words without a sentence end, `،` after every `comma_every` words."""
    words = [word for text in project_texts() for word in re.findall(r"[\w\u064b-\u0652]+", text)]
    rng = random.Random(7)
    parts, length, n = [], 0, 0
    while length < size:
        n += 1
        word = rng.choice(words) + ("،" if comma_every and n % comma_every == 0 else "")
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)


def check_spans(text: str, spans: list[tuple[int, int]], max_chars: int) -> None:
    """Spans are bounded, stripped, ordered, non-overlapping, and only whitespace lies outside them."""
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert end - start <= max_chars
        piece = text[start:end]
        assert piece and piece == piece.strip()
        assert not text[previous:start].strip()  # only whitespace between two spans
        previous = end
    assert not text[previous:].strip()


@pytest.mark.parametrize("max_chars", [1000, 300])
def test_endless_line_becomes_bounded_sentences(max_chars: int) -> None:
    text = endless_line()
    assert len(text) >= 200_000 and not re.search(r"[.!?؟؛،\n]", text)
    spans = list(sentence_spans(text, max_chars=max_chars))
    check_spans(text, spans, max_chars)
    assert len(spans) >= len(text) // max_chars
    # cut at spaces only: no word is split
    assert all(text[end] == " " for _, end in spans[:-1])
    # rebuilt from the pieces and the whitespace between them
    rebuilt = "".join(text[prev_end:start] + text[start:end] for (_, prev_end), (start, end) in zip([(0, 0)] + spans, spans))
    assert rebuilt == text.rstrip()


def test_endless_line_is_cut_after_a_comma_when_there_is_one() -> None:
    text = endless_line(comma_every=50)
    spans = list(sentence_spans(text, max_chars=1000))
    check_spans(text, spans, 1000)
    assert all(text[end - 1] == "،" for _, end in spans[:-1])  # every cut but the end of the text follows a `،`
    assert min(end - start for start, end in spans[:-1]) >= 500  # the last `،` in the second half of the window


def test_default_max_chars_bounds_an_endless_line() -> None:
    from akhbar.tasks.clean import MAX_SENTENCE_CHARS

    text = endless_line(size=20_000)
    check_spans(text, list(sentence_spans(text)), MAX_SENTENCE_CHARS)


_PIECES = st.sampled_from(list('ابت ثج،,؛;:.!?؟\n\t"«»“”„ 35\u00a0\r') + ["كلمة ", "... ", "3.5"])
_TEXTS = st.one_of(st.text(max_size=600), st.lists(_PIECES, max_size=600).map("".join))


@settings(max_examples=300, derandomize=True, database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXTS, max_chars=st.integers(5, 200))
def test_sentence_spans_properties(text: str, max_chars: int) -> None:
    check_spans(text, list(sentence_spans(text, max_chars=max_chars)), max_chars)


# --- near-duplicates ----------------------------------------------------------------------------------------------------


@functools.cache
def ntrex_signatures() -> tuple[list[str], list, list[list[int]]]:
    texts = ntrex_texts()
    hashes = [near_duplicates.shingles(text) for text in texts]
    return [content_hash(text) for text in texts], hashes, [near_duplicates.lsh_bands(h) for h in hashes]


def test_no_two_ntrex_documents_are_near_duplicates() -> None:
    doc_ids, hashes, bands = ntrex_signatures()
    assert len(set(doc_ids)) == 123
    assert near_duplicates.within(doc_ids, hashes, bands) == [None] * 123
    assert max(near_duplicates.jaccard(hashes[i], hashes[j]) for i in range(123) for j in range(i)) < near_duplicates.THRESHOLD


def test_an_ntrex_document_with_three_words_changed_is_found() -> None:
    doc_ids, hashes, bands = ntrex_signatures()
    flagged, similarities = 0, []
    for i, text in enumerate(ntrex_texts()):
        edited = near_duplicates.shingles(edit_words(text, seed=i))
        similarities.append(near_duplicates.jaccard(hashes[i], edited))
        found = near_duplicates.within([doc_ids[i], "e" * 16], [hashes[i], edited], [bands[i], near_duplicates.lsh_bands(edited)])
        assert found[0] is None
        flagged += found[1] == doc_ids[i]
    assert flagged >= 120  # measured: 123 of 123
    assert min(similarities) >= near_duplicates.THRESHOLD  # measured: 0.80


def test_jaccard_is_symmetric_and_one_for_identical_texts() -> None:
    _, hashes, _ = ntrex_signatures()
    for a, b in itertools.pairwise(hashes):
        assert near_duplicates.jaccard(a, b) == near_duplicates.jaccard(b, a)
    text = ntrex_texts()[0]
    assert near_duplicates.jaccard(near_duplicates.shingles(text), near_duplicates.shingles(text)) == 1.0
    assert near_duplicates.jaccard(near_duplicates.shingles(""), near_duplicates.shingles(text)) == 0.0


def test_text_without_words_has_no_bands() -> None:
    assert near_duplicates.shingles("").size == 0
    assert near_duplicates.lsh_bands(near_duplicates.shingles("")) == []
    assert near_duplicates.lsh_bands(near_duplicates.shingles(" ... ؟! ")) == []
    assert len(near_duplicates.lsh_bands(near_duplicates.shingles("كلمة"))) == near_duplicates.BANDS  # one word: its own shingle


def test_best_match_is_the_most_similar_over_the_threshold() -> None:
    texts = project_texts()
    edited = near_duplicates.shingles(edit_words(texts[3], seed=1))
    closer = edit_words(texts[3], seed=2, count=1)
    farther = edit_words(texts[3], seed=3, count=8)
    assert near_duplicates.best_match(edited, [("b" * 16, farther), ("a" * 16, closer), ("c" * 16, texts[4])]) == "a" * 16
    assert near_duplicates.best_match(edited, [("c" * 16, texts[4])]) is None
    assert near_duplicates.best_match(edited, []) is None


def test_clean_links_an_edited_copy_to_the_earlier_document() -> None:
    text, other = project_texts()[5:7]
    documents, rejects = clean_documents.fn(articles(text, edit_words(text, seed=5), other))
    assert rejects.num_rows == 0
    first, second, _other = documents["doc_id"].to_pylist()
    assert documents["near_duplicate_of"].to_pylist() == [None, first, None]
    assert second != first
    assert all(len(bands) == near_duplicates.BANDS for bands in documents["lsh_bands"].to_pylist())
