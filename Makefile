# Pas à pas: `make serve` to write and preview, `make test` to check everything.
# Every target sets up what it needs (a .venv with the pinned requirements, axe-core).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium
export NO_MKDOCS_2_WARNING := 1
# Install hints say "sudo" only to a user who is not root already.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo )
# The packages of system-packages.txt that `make system-packages` checks: all of them,
# unless a target names fewer.
CHECK_PACKAGES :=

.PHONY: serve build pdf bench bench-catalogue test system-packages clean translations new-tutorial lighthouse search-size lisibilite

# Preview with live reload: drafts shown with their "Brouillon" banner, no PDFs (they are
# made by `make build` / `make pdf` only), French only so that a rebuild after an edit
# stays quick (`make serve LANGUAGES=all` serves every language, for translators). An
# edit that breaks the build prints its message; the server keeps serving the last good
# build and rebuilds once it is fixed.
serve: $(VENV)/.site
	$(if $(filter all,$(LANGUAGES)),,BUILD_ONLY_LOCALE=fr) PDF_HANDOUTS=false $(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload

# With Chromium, the site comes with its PDF handouts (and their links); without it, the
# site alone, and no page links to a PDF.
build: $(VENV)/.site
	@if [ -x "$(CHROMIUM)" ]; then \
	  PDF_HANDOUTS=true CHROMIUM="$(CHROMIUM)" $(BIN)/mkdocs build --strict; \
	else \
	  echo "Chromium is missing at $(CHROMIUM): building the site without its PDF handouts."; \
	  echo "For the PDFs:  $(SUDO)apt-get install -y chromium  then  make build  (or make pdf)"; \
	  $(BIN)/mkdocs build --strict; \
	fi

# One A4 PDF per tutorial (beside its page) and the booklet site/tutoriels/livret.pdf.
pdf: $(VENV)/.site
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  echo "make pdf prints the pages with Chromium, missing at $(CHROMIUM)."; \
	  echo "Install it with:  $(SUDO)apt-get update && $(SUDO)apt-get install -y chromium"; \
	  exit 1; \
	fi
	PDF_HANDOUTS=true CHROMIUM="$(CHROMIUM)" $(BIN)/mkdocs build --strict
	@find site -name '*.pdf' | sort

# The catalogue at scale: 1,000 generated tutorials, build time and page sizes (raw, gzip).
bench-catalogue: $(VENV)/.site
	$(BIN)/python scripts/bench_catalogue.py

test: system-packages $(VENV)/.test node_modules/axe-core/axe.min.js
	$(BIN)/ruff check hooks tests scripts
	$(BIN)/python -m pytest

# Figures, not pass/fail (about 10 minutes on 2 cores): one table for 1, 100 and 1,000
# generated tutorials (build time and memory against stock Material, first-visit weight),
# the PDFs cold and after an edit, the rebuild time of `make serve`; then the mockups' size.
bench: $(VENV)/.site
	CHROMIUM="$(CHROMIUM)" $(BIN)/python scripts/bench.py
	$(BIN)/python scripts/mockup_size.py

# Figures, not pass/fail: Lighthouse 12 (mobile) scores of the main pages, served with gzip.
lighthouse: CHECK_PACKAGES := chromium nodejs npm
lighthouse: system-packages $(VENV)/.site node_modules/axe-core/axe.min.js
	CHROMIUM="$(CHROMIUM)" $(BIN)/python scripts/lighthouse.py

# Figures: Material's search index against Pagefind's, first visit and first query, at
# 1 and 1,000 tutorials (Chromium, CPU slowed down 4 times).
search-size: CHECK_PACKAGES := chromium
search-size: system-packages $(VENV)/.test
	CHROMIUM="$(CHROMIUM)" $(BIN)/python scripts/search_size.py

# Per language: the tutorials translated, outdated (original updated since) or missing.
translations: $(VENV)/.site
	$(BIN)/python scripts/translation_status.py mkdocs.yml

# Per tutorial and language: words, sentences, longest sentence, readability score and
# level, acronyms the glossary does not explain (thresholds: extra.readability).
lisibilite: $(VENV)/.site
	$(BIN)/python scripts/readability.py mkdocs.yml

# A new tutorial's skeleton, as a draft, in docs/tutoriels/:
#   make new-tutorial TITLE="Déclarer ses revenus" CATEGORY=impots
new-tutorial: $(VENV)/.site
	$(BIN)/python scripts/new_tutorial.py "$(TITLE)" --category "$(CATEGORY)"

# The Debian packages the tests need (Chromium, poppler, zbar, shellcheck, Java, Node.js and
# npm, a font) are listed once, in system-packages.txt. Checked before anything else runs:
# as root, what is missing is installed; any other user gets one message naming all of it
# and the command that installs it. `make serve` and `make build` need none of them;
# `make lighthouse` and `make search-size` check only the few they use (CHECK_PACKAGES).
system-packages:
	@bash scripts/system_packages.sh $(CHECK_PACKAGES)

$(VENV)/.site: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
	touch $@

$(VENV)/.test: requirements-test.txt $(VENV)/.site
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-test.txt
	touch $@

node_modules/axe-core/axe.min.js: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf site .pytest_cache
