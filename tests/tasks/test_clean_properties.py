"""Clean: properties of normalisation and segmentation over arbitrary and Arabic-heavy text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from akhbar.tasks.clean import normalize_text, sentence_spans

BIDI_AND_INVISIBLE = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u2060\u180e"

# Arabic letters, harakat, tatweel, terminators and quotes, digits of three scripts, line
# endings and bidi controls: the characters the rules in `clean.py` look at.
arabic_text = st.lists(
    st.one_of(
        st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
        st.characters(min_codepoint=0x064B, max_codepoint=0x0652),
        st.sampled_from(list(".!?؟؛،:\u0640 \t\u00a0\n\r«»“”\"0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹\u200c\u200d")),
        st.sampled_from(list(BIDI_AND_INVISIBLE)),
        st.sampled_from(["\r\n", "ﻻ", "...", "؟!", "3.5"]),
    ),
    max_size=60,
).map("".join)
any_text = st.one_of(st.text(), arabic_text)
# Reproducible in CI and no example database (`.hypothesis/` still caches constants; it is git-ignored).
fixed = settings(max_examples=200, deadline=None, derandomize=True, database=None)


@fixed
@given(any_text)
def test_normalize_is_idempotent_and_leaves_no_bidi_controls(raw: str) -> None:
    clean = normalize_text(raw)
    assert normalize_text(clean) == clean
    assert not set(clean) & set(BIDI_AND_INVISIBLE + "\r\u0640")


@fixed
@given(any_text)
def test_sentence_spans_are_ordered_trimmed_and_slice_back(raw: str) -> None:
    text = normalize_text(raw)
    spans = list(sentence_spans(text))
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        sentence = text[start:end]
        assert sentence == sentence.strip()
        previous_end = end
    # Only whitespace falls between sentences: no text is lost.
    kept = "".join(text[start:end] for start, end in spans)
    assert "".join(kept.split()) == "".join(text.split())
