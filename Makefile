# Two commands do all the set-up: `make run` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test bench lint clean accuracy walk

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,html]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/quoteclip $(ARGS)

# citeproc-js (npm, pinned by its lock file) for the differential citation test; without npm that test skips.
CITEPROC_JS := tests/citeproc_js/node_modules/.package-lock.json
$(CITEPROC_JS): tests/citeproc_js/package-lock.json
	if command -v npm >/dev/null; then npm ci --prefix tests/citeproc_js --no-audit --no-fund --loglevel=error; fi

# The suite on every core (pytest-xdist; each test file stays on one worker, so its module fixtures are
# built once), then the wall-clock budgets (marker `timing`) alone, with no other test's work in their time.
# The second pass collects only the files that mark a test `timing` (unless PYTEST_ARGS chooses).
# Exit status 5 is "no test selected": a PYTEST_ARGS choosing only one kind leaves the other pass empty.
PYTEST_WORKERS ?= auto
TIMING_FILES = $(if $(PYTEST_ARGS),,$(shell grep -rl --include='test_*.py' 'pytest.mark.timing' tests))
test: $(STAMP) $(CITEPROC_JS)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(PYTEST_WORKERS) --dist loadfile -m "not timing" $(PYTEST_ARGS) \
	  || [ $$? -eq 5 ]
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -p no:xdist -m timing $(PYTEST_ARGS) $(TIMING_FILES) || [ $$? -eq 5 ]

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) benchmarks/run_all.py

# Type and style checks; needs the dev extra (pip install -e '.[dev]').
lint: $(STAMP)
	$(VENV)/bin/ruff check qtapp tests && $(VENV)/bin/mypy

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build dist

# Reading accuracy on the labelled corpus (tests/corpus): a per-field table, and what was wrong.
accuracy: $(STAMP)
	$(PY) benchmarks/accuracy.py $(ARGS)

# Save every labelled quotation of a corpus folder in the window, as a reader would, and judge each saved
# label and citation: right, marked for checking, or wrong. Under Xvfb for a real window:
# make walk ARGS="tests/corpus/holdout --shots /tmp/walk" (DISPLAY=:99 QT_QPA_PLATFORM=xcb).
walk: $(STAMP)
	$(PY) benchmarks/window_walk.py $(ARGS)
