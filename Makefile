# Set-up and the two quick-start commands. Everything installs into .venv from the package registry.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install install-dev demo test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

demo: install
	$(BIN)/kg build examples/articles --out out

test: install-dev
	$(BIN)/python -m pytest

clean:
	rm -rf out .pytest_cache
