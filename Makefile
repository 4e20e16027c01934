# The checks a maintainer runs; CI (.ci/run) runs `make check` before the tests.
PYTHON ?= python
PACKAGES = align glossary songngu

.PHONY: check lint format types layers deps lengths test bench bench-glossary train-scorer termbank list-size train-tables

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

bench: bench-glossary
	$(PYTHON) benchmarks/run.py

bench-glossary:
	$(PYTHON) benchmarks/glossary_dev.py

train-scorer:
	$(PYTHON) benchmarks/train_scorer.py --write --folds 4 --inner 4  # thresholds from four folds (leave-one-out: ~100 min)
	$(PYTHON) benchmarks/build_termbank.py --write
	$(PYTHON) benchmarks/fit_list_size.py --write
	$(PYTHON) benchmarks/fit_list_size.py --reach-only --write

# the list size, its floor and then its count rule on the tuning documents' real lists
# (after any change to what is listed; ~15 min)
list-size:
	$(PYTHON) benchmarks/fit_list_size.py --write
	$(PYTHON) benchmarks/fit_list_size.py --reach-only --write

# the term bank: every development document's gold list and candidates (after any change to the candidates)
termbank:
	$(PYTHON) benchmarks/build_termbank.py --write

# the tables the scorer's features read, from the ALT corpus beside the project (refit the scorer after)
train-tables:
	$(PYTHON) benchmarks/train_lexicon.py --write
	$(PYTHON) benchmarks/train_news_frequency.py --write
	$(PYTHON) benchmarks/train_segmentation.py --write
