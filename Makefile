# newslens — the two commands a newcomer runs: `make lab` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.newslens-installed
LAB_ARGS ?=
PYTEST_ARGS ?=
JOBS ?= 2
# Root cannot start JupyterLab without --allow-root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u)),--allow-root,)

.PHONY: install lab test test-fast test-browser bench clean help

help:
	@echo "make lab      install into $(VENV) and open JupyterLab on the seed article"
	@echo "make test     install into $(VENV) and run every test (unit, notebooks, browser)"
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
	  --LabApp.default_url=/lab/tree/notebooks/01_article_and_tokens.ipynb \
	  $(LAB_ARGS)

test: install
	$(PY) -m pytest -n $(JOBS) $(PYTEST_ARGS)

test-fast: install
	$(PY) -m pytest -m "not notebook and not browser" $(PYTEST_ARGS)

bench: install
	$(PY) -m helpers.bench

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis .cache build *.egg-info
