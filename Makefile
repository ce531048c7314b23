# `make run`: fresh machine -> .venv with the pinned dependencies -> pipeline on seeds/ into output/.
# `make test`: the test suite. `make bench`: the benchmarks (installs the benchmark-only peers).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
BENCH_STAMP := $(VENV)/.installed-bench
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: install run test validate bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/curate run --input seeds --output output

test: $(STAMP)
	$(BIN)/python -m pytest

validate: $(STAMP)
	$(BIN)/curate validate --output output

$(BENCH_STAMP): $(STAMP) requirements-bench.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-bench.txt
	touch $(BENCH_STAMP)

bench: $(BENCH_STAMP)
	$(BIN)/python -m benchmarks.bench_boilerplate
	$(BIN)/python -m benchmarks.bench_big_prose
	$(BIN)/python -m benchmarks.bench_language
	$(BIN)/python -m benchmarks.bench_sentences
	$(BIN)/python -m benchmarks.bench_claims
	$(BIN)/python -m benchmarks.bench_metadata
	$(BIN)/python -m benchmarks.bench_pipeline --docs 2000

clean:
	rm -rf $(VENV) build *.egg-info
