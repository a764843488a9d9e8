# Two commands matter: `make demo` and `make test`. Both create .venv on a fresh machine.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python example_site/manage.py

.PHONY: demo test fuzz lint format messages bench clean install

$(STAMP): setup.cfg pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	$(MANAGE) ensure_demo_admin
	@echo "Portal: http://127.0.0.1:$(PORT)/   Admin: http://127.0.0.1:$(PORT)/admin/"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(STAMP)
	$(BIN)/pytest

# Property-based fuzzing of every public endpoint, many more examples than `make test` runs
# (random seed each time; prints how many requests were sent and how many answered 5xx).
fuzz: $(STAMP)
	FUZZ_PROFILE=long $(BIN)/pytest tests/fuzz -p no:logging

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extract and compile every catalogue (package sub-apps and example site).
# Each sub-app owns its catalogue, so the package root ignores the sub-app folders.
SUBAPPS := campaigns news exemplars ratings comments visits
messages: $(STAMP)
	cd wagtail_emulation && ../$(BIN)/django-admin makemessages -l vi --no-obsolete $(foreach a,$(SUBAPPS),--ignore=$(a)/*)
	for app in $(SUBAPPS); do (cd wagtail_emulation/$$app && ../../$(BIN)/django-admin makemessages -l vi --no-obsolete) || exit 1; done
	cd example_site && ../$(BIN)/django-admin makemessages -l vi --no-obsolete
	cd wagtail_emulation && ../$(BIN)/django-admin compilemessages
	cd example_site && ../$(BIN)/django-admin compilemessages

bench: $(STAMP)
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist *.egg-info
