"""Build a tiny randomly initialised Arabic NER checkpoint (BERT token classification) offline.

The saved directory loads with `AutoTokenizer` and `AutoModelForTokenClassification` like a
hub NER model (WordPiece `tokenizer.json`, `config.json` with `id2label`, safetensors), so
`load_recognizer` runs the same code path on it as on a real model. Its vocabulary is one
piece per character (`ب` and `##ب`), so every word is a few pieces and long sentences reach
the 128-position limit quickly; its weights are random, with the classifier biased so that
about two words in five get a `B-`/`I-` tag, so merging with the rules has entities to merge.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["LABELS", "build_random_ner"]

LABELS = ("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
_SPECIALS = ("[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]")
# Arabic letters and tatweel, Persian/Urdu letters, both digit sets, Latin, and the punctuation
# the BERT pre-tokenizer splits off (`،` `؛` `؟` `«` `»` and ASCII).
_CHARACTERS = (
    "".join(chr(c) for c in range(0x0621, 0x064B))
    + "پچژگکیٹڈڑںہۀ"
    + "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
    + "abcdefghijklmnopqrstuvwxyz"
    + "،؛؟«»٪٫٬" + "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~“”‘’–—…"
)
_TINY = {"hidden_size": 32, "num_hidden_layers": 2, "num_attention_heads": 2, "intermediate_size": 64, "max_position_embeddings": 128}
# Added to the "O" logit: with unit-scale classifier weights about two words in five keep an entity tag.
_O_BIAS = 4.0


def _vocab() -> dict[str, int]:
    """Specials, then each character as a word start and as a `##` continuation."""
    pieces = list(_SPECIALS) + [p for c in dict.fromkeys(_CHARACTERS) for p in (c, "##" + c)]
    return {piece: i for i, piece in enumerate(pieces)}


def build_random_ner(out_dir: Path, labels: tuple[str, ...] = LABELS, seed: int = 0) -> Path:
    """Save a random-weight BERT token classifier and its fast WordPiece tokenizer to out_dir."""
    # Imported here: torch and BERT's modelling cost a few seconds, which a test module importing LABELS paid at collection.
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    vocab = _vocab()
    BertTokenizer(vocab=vocab, model_max_length=_TINY["max_position_embeddings"]).save_pretrained(out_dir)
    config = BertConfig(
        vocab_size=len(vocab),
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
        **_TINY,
    )
    torch.manual_seed(seed)
    model = BertForTokenClassification(config)
    with torch.no_grad():
        # opus-style 0.02 weights give every token the same tag; unit weights make tags depend on the token.
        torch.nn.init.normal_(model.classifier.weight, std=1.0)
        model.classifier.bias.zero_()
        if "O" in labels:
            model.classifier.bias[labels.index("O")] = _O_BIAS
    model.save_pretrained(out_dir)
    return out_dir
