# The two commands of the README: `make demo` and `make test`.
# Both create .venv and install everything (pinned by constraints.txt) on first use.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint typecheck unit derive constraints clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed, found " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $@

# The demo keeps its store under out/demo, never in the user's ~/.acg.
DEMO_HOME := out/demo
SFM_DATA  := ../shared/data/sfm-nigeria

demo: $(STAMP)
	$(BIN)/acg --help
	$(BIN)/acg ontology validate examples/ontology/koblenz.ttl
	$(BIN)/acg store start --home $(DEMO_HOME)
	@if [ -d $(SFM_DATA) ]; then \
	  $(BIN)/acg import --format sfm $(SFM_DATA) --home $(DEMO_HOME) 2> $(DEMO_HOME)/import-warnings.txt && \
	  echo "(warnings about the source tables: $(DEMO_HOME)/import-warnings.txt)" && \
	  $(BIN)/acg chain "Zone 9 Police Command" --at 2015-06-01 --home $(DEMO_HOME) && \
	  $(BIN)/acg subordinates "Zone 9 Police Command" --at 2015-06-01 --home $(DEMO_HOME); \
	else echo "$(SFM_DATA) not found: skipping the SFM part of the demo"; fi
	$(BIN)/acg ingest examples/corpus --home $(DEMO_HOME)
	$(BIN)/acg store status --home $(DEMO_HOME)
	$(BIN)/acg chain "Branch 40" --at 2011-10 --home $(DEMO_HOME)
	$(BIN)/acg complicity "Military Institutes Command" --home $(DEMO_HOME)
	$(BIN)/acg complicity "Dos Erres massacre" --home $(DEMO_HOME)
	$(BIN)/acg impunity --home $(DEMO_HOME)
	$(BIN)/acg export --format ttl --around "Anwar Raslan" --depth 2 --home $(DEMO_HOME) -o out/graph.ttl
	$(BIN)/acg viz "Anwar Raslan" --depth 2 --home $(DEMO_HOME) -o out/graph.html

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(CHROMIUM)
	$(BIN)/pytest

# The browser tests drive Debian's Chromium (never a browser a tool downloads).
$(CHROMIUM):
	$(SUDO) apt-get update -q
	$(SUDO) apt-get install -y -q chromium

# Regenerate the files derived from ontology/acc.ttl (a test fails when they are stale).
derive: $(STAMP)
	$(BIN)/acg ontology derive

# Re-pin the exact versions after changing a range in pyproject.toml.
constraints: $(STAMP)
	{ echo '# Exact versions CI installs; regenerate with `make constraints`.'; \
	  $(BIN)/python -m pip freeze --exclude-editable --exclude pip; } > constraints.txt

clean:
	rm -rf $(VENV) out .mypy_cache .ruff_cache
