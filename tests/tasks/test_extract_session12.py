"""Rules of the twelfth session (2026-12-07) other than the region rule (`test_extract_regions.py`), each on sentences
of its own, each failing on the code before it."""

from __future__ import annotations

from articles import entity_labels


def test_a_place_s_name_in_a_common_phrase_is_no_place() -> None:
    # `مسقط رأسه` is his birthplace (15 of 15 such on the 3,783-article ANT slice had been Muscat), `جوز الهند` the coconut
    found = entity_labels("وعاد اللاعب إلى مسقط رأسه بعد اعتزاله، وارتفع سعر جوز الهند في الأسواق.")
    assert ("مسقط", "LOC") not in found and ("الهند", "LOC") not in found
    # the places themselves, elsewhere in the sentence
    found = entity_labels("ولد في مسقط رأسه حلب، ثم انتقل إلى مسقط، وصدّر جوز الهند إلى الهند.")
    assert found.count(("مسقط", "LOC")) == 1 and found.count(("الهند", "LOC")) == 1
