# The two commands of the README: `make run` and `make test`. Everything else is their plumbing.
PYTHON ?= python3
VENV ?= .venv
HOST ?= 127.0.0.1
PORT ?= 8000
BIN := $(CURDIR)/$(VENV)/bin
# Local development runs with DEBUG on (a development SECRET_KEY); production sets both.
export DEBUG ?= True

.PHONY: install run test lint format lock

$(VENV)/.installed: requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# The locked pip first: the pip a venv starts with (23.x on Python 3.11) mis-resolves a
	# locked package asked for with an extra (justext's lxml[html_clean]) under --require-hashes.
	sed -n '/^pip==/,/# via/p' requirements.lock > $(VENV)/pip.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
		-r $(VENV)/pip.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	touch $@

install: $(VENV)/.installed

# Web, Celery worker and Celery beat on the embedded default (SQLite + filesystem broker).
# Ctrl-C stops all three.
run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo
	@echo "Claim desk: http://$(HOST):$(PORT)/admin/  (Ctrl-C stops web, worker and beat)"
	PATH="$(BIN):$$PATH" HOST=$(HOST) $(BIN)/honcho start -f Procfile -p $(PORT) 2>&1 \
		|| test $$? -eq 130

test: install
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-lock after changing the dependencies in pyproject.toml.
lock: install
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --generate-hashes --allow-unsafe \
		-o requirements.lock pyproject.toml
