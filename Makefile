# Two commands do all the set-up (see README): `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# System packages: OCR engine + Indonesian model, PDF tools, legacy .doc reader, a TTF font for fixtures.
APT_RUNTIME := tesseract-ocr tesseract-ocr-ind tesseract-ocr-osd poppler-utils antiword qpdf fonts-dejavu-core
# Tests also render the HTML report in a real browser.
APT_TEST := chromium
OUT ?= laporan-evidence-check

.PHONY: demo test setup setup-test system-deps system-test-deps lint wheel-smoke bench clean

# sample_docs/ is a 2026 Pemdi submission (PermenPANRB 8/2026, chosen by --tahun); its self-assessment is in the
# Pemdi form (indikator,level,kode,klaim,keterangan). See docs/sample_docs.md.
demo: setup  ## install everything, then check sample_docs/ and write the report
	$(BIN)/evidence-check sample_docs --klaim tests/data/pemdi_klaim.csv --tahun 2026 --instansi "Kabupaten Sukamaju" \
	    --out $(OUT) --format html,json,md,csv,xlsx,paket
	@echo "Report: $(OUT)/laporan.html  $(OUT)/report.json  upload package: $(OUT)/paket.zip"

# Lint and the wheel smoke check first, the test suite last: its summary line closes the output.
test: setup-test lint wheel-smoke  ## install what the tests need, lint, install the wheel as users do, run the tests
	$(BIN)/python -m pytest -q -p no:cacheprovider

setup: system-deps $(VENV)/.installed
setup-test: system-deps system-test-deps $(VENV)/.installed-test

define apt_install
	missing=""; for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing system packages:$$missing"; \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing </dev/null; \
	fi
endef

system-deps:
	@$(call apt_install,$(APT_RUNTIME))

system-test-deps:
	@$(call apt_install,$(APT_TEST))

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip </dev/null

$(VENV)/.installed: $(VENV)/bin/python pyproject.toml
	$(BIN)/pip install -q -e . </dev/null
	touch $@

$(VENV)/.installed-test: $(VENV)/bin/python pyproject.toml
	$(BIN)/pip install -q -e '.[test]' </dev/null
	touch $@ $(VENV)/.installed

lint: $(VENV)/.installed-test  ## ruff (rules and per-file exceptions in pyproject.toml); blocking
	$(BIN)/python -m ruff check --no-cache evidence_check tests benchmarks

# Build the wheel, install it into a throw-away virtualenv outside the checkout, run it (see the script).
wheel-smoke: $(VENV)/.installed-test
	bash .ci/wheel-smoke.sh $(abspath $(BIN))/python

bench: setup  ## generate the benchmark corpus and print throughput, cache and memory figures
	$(BIN)/pip install -q -e '.[bench]' </dev/null
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache build *.egg-info
