"""English: names for canonical entities and quotes' English, on the tiny random model and a real memory."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyarrow as pa
import pytest

from akhbar.schemas import entities, quotes, translations
from akhbar.tasks.english import (
    add_quote_translations,
    clean_name,
    english_country_name,
    representatives,
    translate_entity_names,
)
from akhbar.tasks.extract_canonical import canonical_key
from akhbar.tasks.translate import Decoding, load_translator, name_cap, translate_texts
from akhbar.warehouse.memory import TranslationMemory

DAY = dt.date(2017, 1, 24)
MISTURA = canonical_key("ستافان دي ميستورا")


def _entities(*mentions: tuple[str, str, str | None], canonical: dict[str, str] | None = None) -> pa.Table:
    """Entity rows from (surface, label, country_code); the canonical is the surface's key unless given."""
    rows = [
        {"doc_id": "d1", "sentence_id": i, "text": text, "label": label, "char_start": 0, "char_end": len(text),
         "canonical": (canonical or {}).get(text) or canonical_key(text), "source": "gazetteer", "country_code": code,
         "partition_date": DAY}
        for i, (text, label, code) in enumerate(mentions)
    ]
    return pa.Table.from_pylist(rows, schema=entities.COLUMNS)


SEED = _entities(
    ("سوريا", "LOC", "SY"), ("أستانة", "LOC", "KZ"), ("سورية", "LOC", "SY"), ("روسيا", "LOC", "RU"),
    ("ستافان دي ميستورا", "PERSON", None), ("ميستورا", "PERSON", None), ("دي ميستورا", "PERSON", None),
    ("بشار الجعفري", "PERSON", None), ("الأمم المتحدة", "ORG", None),
    canonical={"ميستورا": MISTURA, "دي ميستورا": MISTURA},
)


@pytest.fixture
def translator(tiny_model: Path):
    return load_translator(str(tiny_model))


def _names(table: pa.Table) -> dict[str, set[str | None]]:
    names: dict[str, set[str | None]] = {}
    for row in table.to_pylist():
        names.setdefault(row["canonical"], set()).add(row["name_en"])
    return names


def test_every_canonical_gets_one_english_name(translator, tmp_path: Path) -> None:
    named, sent = translate_entity_names.fn(SEED, translator, TranslationMemory(tmp_path / "memory.sqlite"))
    assert named.schema == entities.COLUMNS
    assert named.drop_columns(["name_en"]).equals(SEED.drop_columns(["name_en"]))
    assert all(isinstance(name, str) and name.strip() for name in named["name_en"].to_pylist())
    assert all(len(names) == 1 for names in _names(named).values())
    assert sent == 4  # Astana, de Mistura, al-Jaafari, the UN: the distinct non-country canonicals


def test_countries_take_iso_names_and_cities_do_not(translator, tmp_path: Path) -> None:
    named, _ = translate_entity_names.fn(SEED, translator, TranslationMemory(tmp_path / "memory.sqlite"))
    by_text = dict(zip(named["text"].to_pylist(), named["name_en"].to_pylist()))
    assert (by_text["سوريا"], by_text["سورية"], by_text["روسيا"]) == ("Syria", "Syria", english_country_name("RU"))
    assert by_text["أستانة"] != "Kazakhstan"  # a city carries its country's code, but not its name
    assert english_country_name("IR") == "Iran" and english_country_name("ZZ") is None


def test_names_come_from_memory_the_second_time(translator, tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    first, sent = translate_entity_names.fn(SEED, translator, memory)
    again, resent = translate_entity_names.fn(SEED, translator, memory)
    assert sent > 0 and resent == 0
    assert again.equals(first)


def test_a_canonical_keeps_its_name_whatever_the_spelling(translator, tmp_path: Path) -> None:
    memory = TranslationMemory(tmp_path / "memory.sqlite")
    first, _ = translate_entity_names.fn(_entities(("ستافان دي ميستورا", "PERSON", None)), translator, memory)
    later = _entities(("ستيفان دي ميستورا", "PERSON", None), ("ستيفان دي ميستورا", "PERSON", None))
    assert canonical_key("ستيفان دي ميستورا") == MISTURA
    second, sent = translate_entity_names.fn(later, translator, memory)
    assert sent == 0 and set(second["name_en"].to_pylist()) == set(first["name_en"].to_pylist())


def test_without_memory_names_are_still_made(translator) -> None:
    named, sent = translate_entity_names.fn(SEED, translator)
    assert sent == 4 and named["name_en"].null_count == 0


def test_representative_is_the_most_frequent_longest_form() -> None:
    rows = [{"text": t, "canonical": "k"} for t in ("دي ميستورا", "ستيفان دي ميستورا", "ستافان دي ميستورا", "ستافان دي ميستورا")]
    rows.append({"text": "لأمم المتحدة", "canonical": canonical_key("الأمم المتحدة")})  # `للأمم` less its first `ل`
    assert representatives(rows) == {"k": "ستافان دي ميستورا", canonical_key("الأمم المتحدة"): "الأمم المتحدة"}


@pytest.mark.parametrize(
    ("english", "name"),
    [("Staffan de Mistura.", "Staffan de Mistura"), ("Bashar al-Jaafari .", "Bashar al-Jaafari"), ("U.S.", "U.S."), (" . ", None)],
)
def test_clean_name_drops_the_models_period(english: str, name: str | None) -> None:
    assert clean_name(english) == name


def test_tables_without_the_column_get_it(translator, tmp_path: Path) -> None:
    extracted = SEED.drop_columns(["name_en"])
    named, _ = translate_entity_names.fn(extracted, translator, TranslationMemory(tmp_path / "memory.sqlite"))
    assert named.schema == entities.COLUMNS and named["name_en"].null_count == 0
    empty, sent = translate_entity_names.fn(entities.COLUMNS.empty_table(), translator, TranslationMemory(tmp_path / "memory.sqlite"))
    assert (empty.num_rows, empty.schema, sent) == (0, entities.COLUMNS, 0)


def test_quote_en_is_its_sentences_translation() -> None:
    english = pa.Table.from_pylist(
        [{"doc_id": "d1", "sentence_id": 2, "text_en": "De Mistura said the work goes on.", "model": "m@r", "backend": "ctranslate2",
          "partition_date": DAY}],
        schema=translations.COLUMNS,
    )
    rows = [
        {"doc_id": "d1", "sentence_id": sentence_id, "quote": "العمل مستمر", "speaker": "ستافان دي ميستورا", "kind": "indirect",
         "char_start": 0, "char_end": 11, "partition_date": DAY}
        for sentence_id in (2, 3)
    ]
    extracted = pa.Table.from_pylist(rows, schema=quotes.COLUMNS).drop_columns(["quote_en"])
    result = add_quote_translations.fn(extracted, english)
    assert result.schema == quotes.COLUMNS
    assert result["quote_en"].to_pylist() == ["De Mistura said the work goes on.", None]  # sentence 3 has no translation


def test_quote_en_from_the_real_translate_stage(tiny_model: Path, tmp_path: Path) -> None:
    from akhbar.schemas import sentences
    from akhbar.tasks.translate import translate_sentences

    text = "قال ستافان دي ميستورا إن العمل مستمر."
    sentence = pa.Table.from_pylist([{"doc_id": "d1", "sentence_id": 0, "text": text, "char_start": 0, "char_end": len(text),
                                      "partition_date": DAY}], schema=sentences.COLUMNS)
    english, _ = translate_sentences.fn(sentence, load_translator(str(tiny_model)), TranslationMemory(tmp_path / "memory.sqlite"))
    quote = pa.Table.from_pylist([{"doc_id": "d1", "sentence_id": 0, "quote": "العمل مستمر", "kind": "indirect", "char_start": 25,
                                   "char_end": 36, "partition_date": DAY}], schema=quotes.COLUMNS)
    assert add_quote_translations.fn(quote, english)["quote_en"].to_pylist() == english["text_en"].to_pylist()


def test_names_are_decoded_under_a_names_cap_not_a_sentences(tiny_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A random model never ends a name: at the sentences' cap each of them cost 48 decoding steps (issue 17's english stage).
    translator = load_translator(str(tiny_model), decoding=Decoding(num_beams=1, max_new_tokens=48))
    surfaces = ["ستافان دي ميستورا", "بشار الجعفري", "الأمم المتحدة", "أستانة"]
    as_names, _ = translate_texts(translator, surfaces, names=True)
    as_sentences, _ = translate_texts(translator, surfaces)
    cap = name_cap(max(t.src_tokens for t in as_names.values()))
    assert max(t.tgt_tokens for t in as_names.values()) <= cap < max(t.tgt_tokens for t in as_sentences.values())

    calls = []
    original = translator.translate_pieces
    monkeypatch.setattr(translator, "translate_pieces", lambda texts, names=False: calls.append(names) or original(texts, names))
    translate_entity_names.fn(SEED, translator)
    assert calls == [True]  # the english stage asks for names' decoding
