# Two commands to remember: `make run` and `make test`. Everything else is here too,
# so a fresh clone on a fresh machine needs nothing from anyone's shell history.
SHELL := /bin/bash
PORT ?= 8000
VENV := .venv
PY := $(VENV)/bin/python
SHARED ?= ../shared
# pyenv honours .python-version (3.12); fall back to a python3.12 on PATH.
PYTHON_FOR_VENV ?= $(shell pyenv which python 2>/dev/null || command -v python3.12 || command -v python3)

.PHONY: install run serve test test-postgres lint format bench bench-dates bench-web demo migrate browsers screenshots clean

# The stamp is newer than pyproject.toml when the install is current: `run` and `test`
# reinstall only when the venv is missing or the dependencies changed.
$(VENV)/.installed: pyproject.toml
	@$(PYTHON_FOR_VENV) -c 'import sys; assert sys.version_info >= (3, 12), f"Python >= 3.12 needed, found {sys.version.split()[0]} (install it with pyenv: pyenv install 3.12)"'
	test -x $(PY) || $(PYTHON_FOR_VENV) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --group dev
	touch $@

install: $(VENV)/.installed

# migrate/demo/run are the local development loop: DEBUG on, SQLite under var/ unless
# DATABASE_URL says otherwise. Production runs `manage.py migrate` with its own settings.
migrate: install
	DEBUG=1 $(PY) manage.py migrate --noinput

demo: migrate
	DEBUG=1 $(PY) manage.py load_demo

run: demo
	DEBUG=1 $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Production-like serving: gunicorn behind whitenoise; settings come from the environment.
serve: install
	$(PY) manage.py collectstatic --noinput
	$(VENV)/bin/gunicorn factcheck.wsgi:application --bind 127.0.0.1:$(PORT) --workers 2

test: install
	$(PY) -m pytest $(PYTEST_ARGS)

# The same suite on PostgreSQL; .ci/run starts the server when it is down.
test-postgres: install
	DATABASE_URL=$${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/factcheck} $(PY) -m pytest $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: bench-dates bench-web

# Each document is tagged three times by each system and the fastest run counts (timeit's
# advice: the minimum is the run least disturbed by the rest of the machine).
bench-dates: install
	$(PY) -m factcheck.temporal.bench $(SHARED)/data/timeml --repeat 3

bench-web: install
	$(PY) -m timeline.bench

# Debian's Chromium for the browser tests (no browser downloads work here).
browsers:
	@command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)

# The README's screenshots, from the demo newsroom in headless Chromium.
screenshots: demo browsers
	$(PY) docs/screenshots.py

clean:
	rm -rf $(VENV) var staticfiles .pytest_cache
