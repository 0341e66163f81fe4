"""Rules of the twenty-first session (2026-12-07), read from what the notes before it left, from the wrong groups of the
unseen sets and from the ANT slices, each on sentences of its own, each failing on the code before it (but the guard
parts, which say so)."""

from __future__ import annotations

from articles import entity_keys, entity_labels


def test_a_central_bank_named_by_its_adjectives_is_the_bank() -> None:
    keys = entity_keys("رفع البنك المركزي العماني سعر الفائدة. وقال المركزي العماني في بيان إن القرار يدعم الاستقرار.")
    assert keys["المركزي العماني"] == keys["البنك المركزي العماني"]
    labels = entity_labels("وتراجعت توقعات المركزي المصري للتضخم، فيما أبقى المركزي الأوروبي أسعار الفائدة دون تغيير.")
    assert ("المركزي المصري", "ORG") in labels and ("المركزي الأوروبي", "ORG") in labels
    keys = entity_keys("وقال المركزي المصري إن التضخم تراجع. وكان البنك المركزي المصري قد رفع الفائدة.")
    assert keys["المركزي المصري"] == keys["البنك المركزي المصري"]
    # guard: the adjectives of a definite noun before them are its own
    labels = entity_labels("وعقد المجلس المركزي الفلسطيني دورته في رام الله.")
    assert not any(text == "المركزي الفلسطيني" for text, _ in labels)
