# The two commands in the README:
#   make audit   create .venv, install mtaudit, audit pairs/ into reports/
#   make test    create .venv, install mtaudit with test extras (+ chromium), run the whole suite
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# torch: a CPU build lies on this machine's disk as 2.13.0; any other spec downloads a CUDA build.
TORCH ?= torch==2.13.0

.PHONY: audit test venv test-deps bench clean

$(BIN)/python:
	$(PY) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(BIN)/pip install -q $(TORCH)
	$(BIN)/pip install -q -e '.[hf,review,dask,test]'
	touch $@

venv: $(VENV)/.installed

audit: $(VENV)/.installed
	$(BIN)/mtaudit audit pairs/ --out reports/

test-deps: $(VENV)/.installed-test
	bash scripts/install-test-deps.sh

test: test-deps
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) reports/*.html reports/*.json
