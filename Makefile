# newslens — the two commands a newcomer runs: `make lab` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.newslens-installed
LAB_ARGS ?=
PYTEST_ARGS ?=
BENCH_ARGS ?=
JOBS ?= 2
# The browser test drives Debian's Chromium through Playwright (never `playwright install`).
CHROMIUM ?= /usr/bin/chromium
# Root cannot start JupyterLab without --allow-root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: install lab test test-fast test-browser report chromium bench clean help

help:
	@echo "make lab      install into $(VENV) and open JupyterLab on the seed article"
	@echo "make test     install into $(VENV) and run every test (unit, notebooks, browser)"
	@echo "make test-browser  only the real-browser test (JupyterLab in Chromium; screenshots in test-artifacts/)"
	@echo "make report   newslens report on the seed article into reports/"
	@echo "make bench    speed and memory benchmark"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

lab: install
	$(VENV)/bin/jupyter lab $(ROOT_FLAG) \
	  --ServerApp.root_dir="$(CURDIR)" \
	  --LabApp.default_url=/lab/tree/notebooks/00_overview.ipynb \
	  $(LAB_ARGS)

# Debian's chromium for the browser test, installed only when missing (a no-op when present).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
	  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; \
	elif command -v sudo >/dev/null; then \
	  sudo apt-get update && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; \
	else echo "$(CHROMIUM) is missing: install Debian's chromium (apt-get install chromium) or run make test-fast"; exit 1; fi

chromium: $(CHROMIUM)

test: install $(CHROMIUM)
	$(PY) -m pytest -n $(JOBS) $(PYTEST_ARGS)

test-browser: install $(CHROMIUM)
	$(PY) -m pytest -m browser tests/browser $(PYTEST_ARGS)

report: install
	$(VENV)/bin/newslens report data/articles/confusion-abounds-us-military-iraq.txt --out reports

test-fast: install
	$(PY) -m pytest -m "not notebook and not browser" $(PYTEST_ARGS)

bench: install
	$(PY) -m helpers.bench $(BENCH_ARGS)

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .cache build *.egg-info test-artifacts
