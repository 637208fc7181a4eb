# Two commands for a newcomer: `make run` (set up, build, render reports) and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: setup bytecode run build report test bench agreement clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(MAKE) --no-print-directory bytecode
	@touch $@

# The package's own bytecode, as pip writes it for installed packages: an editable install has none, and where
# PYTHONDONTWRITEBYTECODE is set every process (each report's kernel, each test worker) compiles the package again
# (about 0.5 CPU-s a process). compileall writes it whatever that variable says; it skips what is up to date.
bytecode:
	@$(BIN)/python -m compileall -q bas_analysis

build: setup bytecode
	$(BIN)/bas-analysis build

report: setup bytecode
	$(BIN)/bas-analysis report --all

run: build report
	@echo
	@echo "Done. Open reports/index.html in a browser (works offline)."

# two workers (pytest-xdist) on a 2-core machine; the shared build and report batch are made once, the slow tests run
# heaviest first so the workers end together (tests/conftest.py)
TEST_WORKERS ?= 2
test: setup bytecode
	bash scripts/install_browser.sh
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS)

# the benchmark of issue 13 (build, report batch, incremental reports); it installs nothing
# (BENCH_ARGS=--quick for a shorter run)
bench:
	@test -x $(BIN)/python || { echo "no $(VENV): run 'make setup' first"; exit 1; }
	$(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

# the README's agreement figures (in-sample ../shared/gold and acceptance ../shared/challenge)
agreement: setup
	bash scripts/agreement.sh

# removes only what bas-analysis made (bas-analysis clean); your own files stay
clean: setup
	$(BIN)/bas-analysis clean
