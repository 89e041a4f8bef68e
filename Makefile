# The two commands of the README: `make demo` and `make test`.
# Both create .venv and install everything (pinned by constraints.txt) on first use.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
CHROMIUM := /usr/bin/chromium
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint typecheck unit derive constraints clean neo4j test-neo4j

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is needed, found " + sys.version.split()[0])'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	# The tests hold what `acg export --format ftm` writes to the followthemoney library itself. Its text
	# normaliser (normality) needs PyICU, which PyPI has only as C++ source to build against ICU; pyicu-wheels
	# is the same `icu` module as manylinux wheels. So the library and the two packages that bring PyICU go
	# in without dependency resolution, after their other dependencies by name (all pinned by constraints.txt).
	$(BIN)/python -m pip install --quiet -c constraints.txt pyicu-wheels babel banal chardet prefixdate \
	    phonenumbers python-stdnum orjson openpyxl pyyaml sqlalchemy rich requests jinja2 pydantic
	$(BIN)/python -m pip install --quiet --no-deps -c constraints.txt followthemoney normality rigour
	# German nouns from Wiktionary (nlp/german/nouns.py) are a CSV file inside german-nouns; its dependencies
	# parse Wiktionary's dump to build that file, and pin an old lxml: the data goes in without them.
	$(BIN)/python -m pip install --quiet --no-deps -c constraints.txt german-nouns
	touch $@

# The demo keeps its store under out/demo, never in the user's ~/.acg.
DEMO_HOME := out/demo
SFM_DATA  := ../shared/data/sfm-nigeria

# Each answer of the demo is cut to its first 20 rows, with a count of the rest.
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
SHOW := awk 'NR <= 22 { print } END { if (NR > 22) print "  ... and " NR - 22 " more rows" }'
SAY  := @printf '\n== %s\n'
ASK  := @printf '\n== %s\n$$ %s\n'

demo: $(STAMP)
	$(SAY) "What can acg do? (every command has --help)"
	$(BIN)/acg --help
	$(SAY) "Is the example data (the Koblenz trial) valid in the ontology?"
	$(BIN)/acg ontology validate examples/ontology/koblenz.ttl
	$(SAY) "A store of our own, under $(DEMO_HOME)"
	$(BIN)/acg store start --home $(DEMO_HOME)
	@if [ -d $(SFM_DATA) ]; then \
	  printf '\n== %s\n' "Security Force Monitor's tables on the Nigerian security forces, imported"; \
	  $(BIN)/acg import --format sfm $(SFM_DATA) --home $(DEMO_HOME) 2> $(DEMO_HOME)/import-warnings.txt && \
	  echo "(warnings about the source tables: $(DEMO_HOME)/import-warnings.txt)" && \
	  printf '\n== %s\n' "Who commanded Zone 9 Police Command on 1 June 2015, and who stood above it?" && \
	  $(BIN)/acg chain "Zone 9 Police Command" --at 2015-06-01 --home $(DEMO_HOME) | $(SHOW) && \
	  printf '\n== %s\n' "Who was below it that day?" && \
	  $(BIN)/acg subordinates "Zone 9 Police Command" --at 2015-06-01 --home $(DEMO_HOME) | $(SHOW); \
	else echo "$(SFM_DATA) not found: skipping the SFM part of the demo"; fi
	$(SAY) "Fourteen reports and judgment summaries read, their entities and relations extracted"
	$(BIN)/acg ingest examples/corpus --home $(DEMO_HOME)
	$(SAY) "What the store holds now"
	$(BIN)/acg store status --home $(DEMO_HOME)
	$(ASK) "Who stood above Branch 40 (Syrian General Intelligence) in October 2011?" 'acg chain "Branch 40" --at 2011-10'
	@$(BIN)/acg chain "Branch 40" --at 2011-10 --home $(DEMO_HOME) | $(SHOW)
	$(ASK) "Who supplied, financed, ordered or aided the Military Institutes Command (Argentina)?" 'acg complicity "Military Institutes Command"'
	@$(BIN)/acg complicity "Military Institutes Command" --home $(DEMO_HOME) | $(SHOW)
	$(ASK) "Who is linked to the Dos Erres massacre, and how?" 'acg complicity "Dos Erres massacre"'
	@$(BIN)/acg complicity "Dos Erres massacre" --home $(DEMO_HOME) | $(SHOW)
	$(ASK) "Who is implicated in crimes and was never charged, tried or convicted?" 'acg impunity'
	@$(BIN)/acg impunity --home $(DEMO_HOME) | $(SHOW)
	$(SAY) "The graph around Anwar Raslan, as RDF for researchers"
	$(BIN)/acg export --format ttl --around "Anwar Raslan" --depth 2 --home $(DEMO_HOME) -o out/graph.ttl
	$(SAY) "The same as a picture that opens offline (out/graph.html)"
	$(BIN)/acg viz "Anwar Raslan" --depth 2 --home $(DEMO_HOME) -o out/graph.html

test: lint typecheck unit

lint: $(STAMP)
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP) $(CHROMIUM)
	$(BIN)/pytest

# The Neo4j-backed tests alone (the suite starts its own Neo4j: tools/neo4j, Java 17 and Maven).
test-neo4j: $(STAMP)
	$(BIN)/pytest tests/test_store_contract.py tests/test_accountability.py tests/test_sfm.py tests/test_engines_agree.py \
		tests/test_identity.py tests/test_api_neo4j.py tests/test_chain_paths.py tests/test_neo4j_load.py -k neo4j

# A Neo4j 5 Community to try: prints bolt://127.0.0.1:PORT when ready; Ctrl-C or SIGTERM stops it.
# NEO4J_PASSWORD=... make neo4j; then acg ... --neo4j URI (see README). The `@` keeps stdout to the bolt line.
NEO4J_DATA ?= out/neo4j
NEO4J_PORT ?= 0
neo4j:
	@test -n "$$NEO4J_PASSWORD" || { echo "set NEO4J_PASSWORD (8 characters or more)" >&2; exit 2; }
	@exec tools/neo4j/run.sh --data $(NEO4J_DATA) --port $(NEO4J_PORT)

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
