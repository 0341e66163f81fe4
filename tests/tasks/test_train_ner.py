"""The gold sets the NER model trains on (`train_ner.GOLD_TRAIN`), and how a gold document becomes BIO training sentences."""

from __future__ import annotations

from akhbar.tasks import train_ner
from akhbar.tasks.clean_text import sentence_spans


def _entity(text: str, surface: str, label: str, after: int = 0) -> dict:
    start = text.index(surface, after)
    return {"start": start, "end": start + len(surface), "label": label, "text": surface}


def test_gold_documents_tag_each_token_an_entity_overlaps():
    text = "وقال وزير الخارجية نبيل عمار إن وزارة الخارجية التونسية تتابع الوضع. وعاد عمار إلى بلاده وبتونس استقبله الرئيس."
    entities = [_entity(text, "نبيل عمار", "PERSON"), _entity(text, "وزارة الخارجية التونسية", "ORG"),
                _entity(text, "عمار", "PERSON", text.index("وعاد")), _entity(text, "تونس", "LOC", text.index("وبتونس"))]
    [document] = train_ner.gold_documents([{"id": "d", "text": text, "entities": entities}])
    assert len(document) == len(list(sentence_spans(text))) == 2
    first, second = ({token: tag for token, tag in zip(tokens, tags)} for _, _, tokens, tags in document)
    assert [first[w] for w in ("وقال", "وزير", "نبيل", "عمار", "إن", "وزارة", "الخارجية", "التونسية", "تتابع")] == [
        "O", "O", "B-PERS", "I-PERS", "O", "B-ORG", "I-ORG", "I-ORG", "O"]
    # a clitic glued to a name goes with it, as ANERcorp tags `وبتونس`
    assert second["وبتونس"] == "B-LOC" and second["عمار"] == "B-PERS" and second["وعاد"] == "O"
    sentence, spans, tokens, _ = document[1]
    assert [sentence[a:b] for a, b in spans] == tokens


def test_two_names_side_by_side_each_begin():
    text = "التقى محمد علي أحمد سالم في الرباط."
    entities = [_entity(text, "محمد علي", "PERSON"), _entity(text, "أحمد سالم", "PERSON"), _entity(text, "الرباط", "LOC")]
    [[(_, _, tokens, tags)]] = train_ner.gold_documents([{"id": "d", "text": text, "entities": entities}])
    assert tags == ["O", "B-PERS", "I-PERS", "B-PERS", "I-PERS", "O", "B-LOC", "O"]
    assert tokens[-1] == "."


def test_trained_on_sets_already_scored_and_never_the_acceptance_sets():
    assert all((train_ner.GOLD_DIR / name).is_file() for name in train_ner.GOLD_TRAIN)
    kept_out = {"maghreb.json", "gulf.json", "heldout.json", "ntrex.json", "seed.json", "wire25.json", "wire26.json", "wire27.json", "wire28.json",
                "wire29.json", "wire30.json", "wire31.json", "wire32.json", "wire33.json", "wire34.json", "wire35.json", "wire36.json",
                "wire37.json", "wire38.json", "wire39.json", "wire40.json", "wire41.json",
                "wire42.json", "wire43.json", "wire44.json", "wire45.json", "wire46.json", "wire47.json", "wire48.json", "wire49.json", "wire50.json", "wire51.json", "wire52.json", "wire53.json", "wire54.json", "wire55.json", "wire56.json", "wire57.json", "wire58.json", "wire59.json", "wire60.json", "wire61.json", "wire62.json", "wire63.json", "wire64.json", "wire65.json", "wire66.json", "wire67.json", "wire68.json", "wire69.json", "wire70.json", "wire71.json", "wire72.json", "wire73.json", "wire74.json", "wire75.json", "wire76.json", "wire77.json", "wire78.json", "wire79.json", "wire80.json", "wire81.json", "wire82.json", "wire83.json", "wire84.json", "wire85.json", "wire86.json", "wire87.json", "wire88.json", "wire89.json", "wire90.json", "wire91.json", "wire92.json", "wire93.json", "wire94.json", "wire95.json", "wire96.json", "wire97.json", "wire98.json", "wire99.json", "wire100.json", "wire101.json"}
    assert kept_out.isdisjoint(train_ner.GOLD_TRAIN)
    assert kept_out <= {path.name for path in train_ner.GOLD_DIR.glob("*.json")}
