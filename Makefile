# Two commands matter: `make demo` and `make test`. Both create .venv on a fresh machine.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
# Two stamps: the demo's run-time set (the package, Redis client, what example_site imports),
# and the test tools on top of it. `make demo` never installs the test tools.
DEMO_STAMP := $(VENV)/.installed-demo
STAMP := $(VENV)/.installed-test
# Links in the demo's e-mails and reports point at the port it is served on.
MANAGE := WAGTAILADMIN_BASE_URL=http://127.0.0.1:$(PORT) $(BIN)/python example_site/manage.py

.PHONY: demo test docs fuzz lint format messages wagtail-vi-missing bench bench-sites clean install

# uv installs what pip would, from the same index, in a fraction of the time (its downloads
# run in parallel and are cached for the next virtualenv: nox's cells use it too).
$(DEMO_STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/python -m pip install --quiet uv
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[demo]"
	touch $(DEMO_STAMP)

$(STAMP): $(DEMO_STAMP)
	$(BIN)/uv pip install --quiet --python $(BIN)/python -e ".[demo,test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(DEMO_STAMP)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo --port $(PORT) --province
	$(MANAGE) ensure_demo_admin
	@echo "Portal: http://127.0.0.1:$(PORT)/   Admin: http://127.0.0.1:$(PORT)/admin/"
	@# The task worker (moderator e-mails, visits flush) beside the server, stopped with it.
	$(MANAGE) db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Test files spread over one worker per core (pytest-xdist), whole files per worker so a
# module's demo content loads once. TEST_WORKERS=0 runs in this process; PYTEST_ARGS adds
# options (`.ci/run` passes --create-db for its PostgreSQL pass).
TEST_WORKERS ?= auto
test: $(STAMP)
	$(BIN)/pytest -n $(TEST_WORKERS) --dist loadfile --no-loadscope-reorder $(PYTEST_ARGS)

# The documentation site into site/ (docs/_hooks/reference.py writes the reference from the
# code); `--strict` turns a broken link or a nav entry without its page into a failure.
docs: $(STAMP)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# Property-based fuzzing of every public endpoint, many more examples than `make test` runs
# (random seed each time; prints how many requests were sent and how many answered 5xx).
fuzz: $(STAMP)
	FUZZ_PROFILE=long $(BIN)/pytest tests/fuzz -p no:logging

# import-linter's contracts (pyproject.toml, tests/import_contracts.py): sub-apps never import
# each other, the core never imports a sub-app, no import cycle inside a package.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract and compile every catalogue (package sub-apps and example site).
# Each sub-app (a folder with an apps.py) owns its catalogue, so the package root ignores the
# sub-app folders and wagtail_vi, which holds translations of Wagtail's own strings (built by
# its `catalogue` module; makemessages would empty it).
SUBAPPS := $(filter-out wagtail_vi,$(patsubst wagtail_emulation/%/apps.py,%,$(wildcard wagtail_emulation/*/apps.py)))
# English: source strings are English, so tools/english_catalogue.py gives each entry without
# an English wording its msgid (a complete `en` catalogue; a deliberate wording is kept).
EN_CATALOGUES = wagtail_emulation/locale $(foreach a,$(SUBAPPS),wagtail_emulation/$(a)/locale) example_site/locale
messages: $(STAMP)
	cd wagtail_emulation && ../$(BIN)/django-admin makemessages -l vi -l en --no-obsolete $(foreach a,$(SUBAPPS) wagtail_vi,--ignore=$(a)/*)
	for app in $(SUBAPPS); do (cd wagtail_emulation/$$app && ../../$(BIN)/django-admin makemessages -l vi -l en --no-obsolete) || exit 1; done
	cd example_site && ../$(BIN)/django-admin makemessages -l vi -l en --no-obsolete
	$(BIN)/python tools/english_catalogue.py $(foreach d,$(EN_CATALOGUES),$(d)/en/LC_MESSAGES/django.po)
	cd wagtail_emulation && ../$(BIN)/django-admin compilemessages
	cd example_site && ../$(BIN)/django-admin compilemessages

# Wagtail admin strings that wagtail_vi leaves English (run after upgrading Wagtail), by app.
# `$(BIN)/python -m wagtail_emulation.wagtail_vi.catalogue build` compiles them once translated.
wagtail-vi-missing: $(STAMP)
	$(BIN)/python -m wagtail_emulation.wagtail_vi.catalogue missing

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

# 40 sites × 2,500 pages against one site of 2,500 (PostgreSQL; about a quarter of an hour).
bench-sites: $(STAMP)
	$(BIN)/python benchmarks/many_sites.py

clean:
	rm -rf $(VENV) build dist site .nox *.egg-info .test-databases
