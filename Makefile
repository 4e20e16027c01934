# The checks a maintainer runs; CI (.ci/run) runs `make check` before the tests.
PYTHON ?= python
PACKAGES = align glossary songngu

.PHONY: check lint format types layers deps lengths test bench

check: lint types layers deps lengths

lint:
	ruff check .
	ruff format --check .

format:
	ruff check --fix .
	ruff format .

types:
	mypy

layers:
	lint-imports

deps:
	deptry .

lengths:
	$(PYTHON) scripts/function_length.py $(PACKAGES)

test:
	$(PYTHON) -m pytest

bench:
	$(PYTHON) benchmarks/run.py
