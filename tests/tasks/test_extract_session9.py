"""Names and speakers the ninth session of 2026-12-06 mended, each written here in our own words from what the ANT slice
`[3::5]`, `tests/gold/wire34.json`'s misses and the reader's audit `/work/audit50` showed: a body named by a work and
what it works on, militias the tagger calls MISC.

The documents of `articles` are published on no day and partitioned on their ingest day, 2024-05-06."""

from __future__ import annotations

from articles import entity_keys, entity_labels


def test_a_body_named_by_a_work_and_what_it_works_on_is_whole() -> None:
    # `هيئة تنظيم [قطاع] الطاقة`: two nouns in construct before the definite word; had been no ORG at all
    labels = entity_labels("وبلغت الاحتياطيات المؤكدة نحو 70 مليار طن، بحسب هيئة تنظيم قطاع الطاقة والمعادن. "
                           "وأعلن مركز استهداف تمويل الإرهاب للعمل على وقف التمويل عقوبات جديدة.")
    assert ("هيئة تنظيم قطاع الطاقة والمعادن", "ORG") in labels
    assert ("مركز استهداف تمويل الإرهاب", "ORG") in labels  # `للعمل على`: what it does next, not its purpose


def test_a_power_to_appoint_a_role_is_no_body() -> None:
    # a guard: `سلطة تعيين [رئيس] الحكومة` reads as a work and what it works on, but a role follows
    surfaces = [surface for surface, _ in entity_labels("ويمنح الدستور رئيس الجمهورية سلطة تعيين رئيس الحكومة.")]
    assert "سلطة تعيين رئيس الحكومة" not in surfaces


def test_militias_the_tagger_calls_misc_are_no_names() -> None:
    # `الميليشيات` alone was 269 MISC rows on the ANT slice, about 380 with `لميليشيات`, `ميليشيا` …: a kind of force
    surfaces = [surface for surface, _ in entity_labels(
        "وقالت مصادر ميدانية إن الميليشيات الانقلابية قصفت الأحياء السكنية. وأكد الجيش أن الميليشيات تكبدت خسائر كبيرة "
        "في مواجهات مع قوات الحكومة قرب مجلس المحافظة.")]
    assert not {"الميليشيات", "الميليشيات الانقلابية", "لميليشيات"} & set(surfaces)
