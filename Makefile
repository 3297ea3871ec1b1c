# `make run` and `make test` set themselves up on a fresh machine (Python 3.11+, Node 20 for CDK).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements-dev.txt layers/dependencies/requirements.txt | cksum | cut -d' ' -f1)

.PHONY: setup browser-deps run test test-fast lint synth layer bench clean

$(STAMP): requirements-dev.txt layers/dependencies/requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -r requirements-dev.txt
	rm -f $(VENV)/.installed-*; touch $@

setup: $(STAMP)

# Debian's Chromium and CJK fonts for the browser tests (`playwright install` cannot download here).
browser-deps:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null; \
	  else echo "browser tests need: sudo apt-get install -y chromium fonts-noto-cjk"; fi; fi

run: setup
	$(PY) -m local

test: setup browser-deps
	$(PY) -m pytest

test-fast: setup
	$(PY) -m pytest -m "not browser"

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

synth: setup
	$(PY) app.py

# Every benchmark in bench/__main__.py; rewrites docs/benchmarks.md (slow: `$(PY) -m bench --help`).
bench: setup
	$(PY) -m bench

clean:
	rm -rf $(VENV) cdk.out layers/dependencies/build test-output
