"""English: `name_en` for every canonical entity and `quote_en` for every quote.

Names go through the translation model once per canonical entity, batched, decoded under a cap
fitted to a name (a few tokens more than its own, not a sentence's) and pinned in the translation
memory; countries take their English name from ISO 3166 (pycountry) instead. A quote's
English is its sentence's translation, already made by the translate stage.
"""

from __future__ import annotations

import csv
import functools
import gettext
import re
from collections import Counter, defaultdict
from dataclasses import asdict
from pathlib import Path

import pyarrow as pa
import pycountry
from prefect import task
from prefect.cache_policies import NO_CACHE

from akhbar.schemas import entities as entity_schema
from akhbar.schemas import quotes as quote_schema
from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.ports import TranslationMemory
from akhbar.tasks.translate import Translation, Translator, memory_key, translate_texts

_PLACES = Path(__file__).parent / "data" / "places_ar.tsv"
# A name's pin in the translation memory: a key no sentence has (NUL never survives cleaning).
_PIN = "\x00name_en\x00"
# A period the model closes a bare name with, unless it ends an initialism (`U.S.`).
_FINAL_PERIOD = re.compile(r"(?<!\b[A-Z])\s*\.$")


def english_country_name(code: str) -> str | None:
    """ISO 3166's English short name, the common one where there is one: `SY` → `Syria`, not `Syrian Arab Republic`."""
    country = pycountry.countries.get(alpha_2=code)
    return None if country is None else getattr(country, "common_name", None) or country.name


@functools.cache
def country_keys() -> dict[str, str]:
    """Canonical key of each Arabic country name → its ISO code (`سوريا`/`سورية` → `سر` → `SY`).

    `entities.country_code` is also set on cities (`أستانة` → `KZ`), so a row is a country only
    when its canonical is a country's own name: pycountry's Arabic names and the gazetteer's `country` rows.
    """
    keys: dict[str, str] = {}
    arabic = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    for country in pycountry.countries:
        for english in {country.name, getattr(country, "official_name", country.name)}:
            if (name := arabic.gettext(english)) != english:
                keys[canonical_key(name)] = country.alpha_2
    with _PLACES.open(encoding="utf-8") as f:
        for row in csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t"):
            if row["kind"] == "country" and row["country_code"]:
                keys[canonical_key(row["arabic_name"])] = row["country_code"]
    return keys


def restored_article(surface: str, canonical: str) -> str:
    """The article a `ل` clitic swallowed, put back: `لأمم المتحدة` (of `للأمم`) → `الأمم المتحدة`."""
    if canonical_key(surface) != canonical and canonical_key("ا" + surface) == canonical:
        return "ا" + surface
    return surface


def representatives(rows: list[dict]) -> dict[str, str]:
    """Canonical → the surface to translate: the most frequent of its longest (most words) forms, first seen on a tie."""
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        surfaces[row["canonical"]][restored_article(row["text"], row["canonical"])] += 1
    return {
        canonical: max(counts, key=lambda s: (len(s.split()), counts[s], len(s)))
        for canonical, counts in surfaces.items()
    }


def clean_name(english: str) -> str | None:
    """The model's English for a bare name, without the period it adds: `Staffan de Mistura.` → `Staffan de Mistura`."""
    return _FINAL_PERIOD.sub("", english.strip()).strip() or None


def english_names(translator: Translator, rows: list[dict], memory: TranslationMemory | None) -> tuple[dict[str, str | None], int]:
    """Canonical → English name, and how many inputs reached the model.

    A name once made is pinned in the memory under its canonical (and the model and settings),
    so later runs give the same canonical the same name whichever spelling they see.
    """
    countries = country_keys()
    names: dict[str, str | None] = {}
    for row in rows:
        if row["country_code"] and countries.get(row["canonical"].split("@")[0]) == row["country_code"]:
            if english := english_country_name(row["country_code"]):
                names[row["canonical"]] = english
    wanted = {c: s for c, s in representatives(rows).items() if c not in names}
    pins = {c: memory_key(translator, _PIN + c) for c in wanted}
    pinned = memory.recall(pins.values()) if memory is not None and pins else {}
    names |= {c: pinned[pins[c]]["text"] for c in wanted if pins[c] in pinned}
    todo = {c: s for c, s in wanted.items() if c not in names}
    done, sent = translate_texts(translator, list(dict.fromkeys(todo.values())), memory, names=True) if todo else ({}, 0)
    made = {c: clean_name(done[s].text) for c, s in todo.items()}
    if memory is not None and made:
        memory.remember({pins[c]: asdict(Translation(name, 0, 0)) for c, name in made.items() if name})
    return names | made, sent


@task(name="english-names", cache_policy=NO_CACHE)
def translate_entity_names(entities: pa.Table, translator: Translator, memory: TranslationMemory | None = None) -> tuple[pa.Table, int]:
    """Fill `name_en`: one English name per canonical entity; return the table and the model inputs."""
    rows = entities.select(["text", "canonical", "country_code"]).to_pylist()
    names, sent = english_names(translator, rows, memory)
    return with_column(entities, entity_schema.COLUMNS, "name_en", [names.get(r["canonical"]) for r in rows]), sent


@task(name="english-quotes", cache_policy=NO_CACHE)
def add_quote_translations(quotes: pa.Table, translations: pa.Table) -> pa.Table:
    """Fill `quote_en` with the English of the quote's sentence; null where the sentence has none."""
    keys = zip(translations["doc_id"].to_pylist(), translations["sentence_id"].to_pylist())
    english = {key: text or None for key, text in zip(keys, translations["text_en"].to_pylist())}
    wanted = zip(quotes["doc_id"].to_pylist(), quotes["sentence_id"].to_pylist())
    return with_column(quotes, quote_schema.COLUMNS, "quote_en", [english.get(key) for key in wanted])


def with_column(table: pa.Table, schema: pa.Schema, name: str, values: list) -> pa.Table:
    """`table` with column `name` set to `values`, in `schema`'s order (the column may be missing)."""
    columns = {field.name: values if field.name == name else table[field.name] for field in schema}
    return pa.table(columns, schema=schema)
