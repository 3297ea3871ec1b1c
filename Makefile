# `make run` and `make test` set themselves up on a fresh machine (Python 3.11+; Node 22+ only for
# deploy/diff/destroy, which run the CDK CLI pinned in package.json).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# Packages are installed by uv (pinned; itself installed by pip): it downloads and installs in
# parallel, ~5 s for requirements-dev.txt where pip alone takes about a minute on a fresh machine;
# --compile-bytecode as pip does (else every test process compiles the packages it imports).
UV_VERSION := 0.13.9
UV := $(VENV)/bin/uv
PIP := $(UV) pip install --quiet --compile-bytecode --python $(PY)
LOCAL_REQUIREMENTS := requirements-local.txt layers/dependencies/requirements.txt
# One stamp per set of requirements: `make run` needs only the local stack's packages (no CDK,
# Playwright or test tools); `make test` adds requirements-dev.txt.
LOCAL_STAMP := $(VENV)/.local-$(shell cat $(LOCAL_REQUIREMENTS) | cksum | cut -d' ' -f1)
DEV_STAMP := $(VENV)/.dev-$(shell cat requirements-dev.txt $(LOCAL_REQUIREMENTS) | cksum | cut -d' ' -f1)
STAGE ?= dev
CDK := npx --no-install cdk
CDK_CONTEXT := -c stage=$(STAGE) $(if $(ALARM_EMAIL),-c alarm_email=$(ALARM_EMAIL))

.PHONY: setup setup-local browser-deps run test test-fast lint synth bootstrap deploy diff destroy node bench clean \
	rich-menu rich-menu-image

$(PY):
	$(PYTHON) -m venv $(VENV)

$(UV): | $(PY)
	$(PY) -m pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(LOCAL_STAMP): $(LOCAL_REQUIREMENTS) | $(UV)
	@echo "Installing the local stack's packages into $(VENV) (requirements-local.txt)..."
	$(PIP) -r requirements-local.txt
	rm -f $(VENV)/.local-*; touch $@

$(DEV_STAMP): requirements-dev.txt $(LOCAL_REQUIREMENTS) | $(UV)
	@echo "Installing the test and CDK tools into $(VENV) (requirements-dev.txt)..."
	$(PIP) -r requirements-dev.txt
	rm -f $(VENV)/.dev-* $(VENV)/.local-*; touch $@ $(LOCAL_STAMP)

setup-local: $(LOCAL_STAMP)
setup: $(DEV_STAMP)

# Debian's Chromium, its Japanese UI (chromium-l10n: date inputs as 年/月/日) and CJK fonts for the
# browser tests (`playwright install` cannot download here).
BROWSER_PACKAGES = chromium chromium-l10n fonts-noto-cjk
browser-deps:
	@if [ ! -x /usr/bin/chromium ] || [ ! -f /usr/lib/chromium/locales/ja.pak ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(BROWSER_PACKAGES) >/dev/null; \
	  else echo "browser tests need: sudo apt-get install -y $(BROWSER_PACKAGES)"; fi; fi

run: setup-local
	$(PY) -m local

# Two workers (pytest-xdist) on this 2-core machine: 2m46s instead of 4m25s for the whole suite.
# pyproject's `--dist loadgroup` keeps each xdist_group on one worker: the race tests' 20-process
# Lambda pool and the synthesized CDK stack are each built once, not once per worker.
test: setup browser-deps
	$(PY) -m pytest -n auto

test-fast: setup
	$(PY) -m pytest -n auto -m "not browser"

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Synthesizes into cdk.out/ (with the cdk-nag checks); no Node, Docker or AWS credentials needed.
synth: setup
	CDK_OUTDIR=cdk.out CDK_CONTEXT_JSON='{"stage": "$(STAGE)", "alarm_email": "$(ALARM_EMAIL)"}' $(PY) app.py

# The CDK CLI pinned in package.json (npm ci into node_modules/, gitignored). Node 22+.
node_modules/.package-lock.json: package.json package-lock.json
	@node -e 'process.exit(+process.versions.node.split(".")[0] >= 22 ? 0 : 1)' || \
	  { echo "Node.js 22 or newer is needed for the CDK CLI (found $$(node --version))"; exit 1; }
	npm ci --no-audit --no-fund

node: node_modules/.package-lock.json

# Once per account and region (those of your AWS credentials, as for deploy).
bootstrap: setup node
	$(CDK) bootstrap $(CDK_CONTEXT)

deploy: setup node
	$(CDK) deploy $(CDK_CONTEXT)

diff: setup node
	$(CDK) diff $(CDK_CONTEXT)

destroy: setup node
	$(CDK) destroy $(CDK_CONTEXT)

# The LINE rich menu (richmenu/, docs/deploy.md step 6b): creates it through the Messaging API and
# makes it the default menu, reusing an identical menu of the same name, else replacing it. The token
# is the deployed stack's secret LineCrm-$(STAGE)/line-channel (AWS credentials as for deploy); with
# ENDPOINT=<url> (e.g. a local stack's emulator) it is LINE_CHANNEL_ACCESS_TOKEN instead.
rich-menu: setup-local
	$(if $(ENDPOINT),,LINE_SECRET_NAME=$${LINE_SECRET_NAME:-LineCrm-$(STAGE)/line-channel}) \
	  $(PY) -m richmenu create $(if $(ENDPOINT),--endpoint $(ENDPOINT))

# Redraws richmenu/richmenu.png from richmenu/menu.py (Pillow, fonts-noto-cjk); commit the PNG.
rich-menu-image: setup
	$(PY) -m richmenu image

# Every benchmark in bench/__main__.py; rewrites docs/benchmarks.md (slow: `$(PY) -m bench --help`).
bench: setup
	$(PY) -m bench

clean:
	rm -rf $(VENV) cdk.out node_modules test-output
