# Two commands matter: `make demo` and `make test`. Both create .venv on a fresh machine.
PYTHON ?= python3
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python example_site/manage.py

.PHONY: demo test lint format messages bench clean install

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
	@# The task worker (moderator e-mails, visits flush) beside the server, stopped with it.
	$(MANAGE) db_worker --no-reload & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: $(STAMP)
	$(BIN)/pytest

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
