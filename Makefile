# Territoires en commun — make help lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
PYTEST_ARGS ?= -n 2
SITE_PORT ?= 3000

.DEFAULT_GOAL := help
.PHONY: devidp-install messages site-install site-codegen site-check-codegen site-build site-test bench-site test-python audit help install migrate demo run test test-search opensearch bench-search lint format typecheck check-migrations check schema cog bench clean

help: ## List the targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-18s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "Python 3.11 est requis ($(PYTHON) introuvable)."; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed ## Create the virtualenv and install the pinned dependencies

migrate: install ## Apply the database migrations
	@mkdir -p var
	$(MANAGE) migrate --noinput

demo: migrate ## Load the demo content (idempotent)
	$(MANAGE) load_demo

run: demo site-build devidp-install ## Install, migrate, load the demo, build the site, then serve the admin and GraphQL on :8000, the site on :3000, the task worker and the scheduler (Procfile; Ctrl-C stops them all)
	@echo "Site : http://$(HOST):$(SITE_PORT)/   Administration : http://$(HOST):$(PORT)/admin/   GraphQL : http://$(HOST):$(PORT)/graphql/"
	HOST=$(HOST) SITE_PORT=$(SITE_PORT) PYTHONUNBUFFERED=1 $(VENV)/bin/honcho start --procfile Procfile --port $(PORT)

check: install ## Django system checks, warnings are errors
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check --fail-level WARNING

check-migrations: install ## Fail when a model change has no migration
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

lint: install ## ruff lint and format check, then the layer contracts (import-linter, pyproject.toml)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

typecheck: install ## mypy with django-stubs on cms/api and search (settings in pyproject.toml)
	$(VENV)/bin/mypy

format: install ## ruff format and autofix
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

schema: install ## Regenerate graphql/schema.graphql, graphql/possibleTypes.json and graphql/persisted-operations.json from the code
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) graphql_schema --schema cms.api.schema.schema --out graphql/schema.graphql
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) graphql_possible_types --out graphql/possibleTypes.json
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) persisted_operations

test: devidp-install test-python site-test ## Install and run the whole suite: the CMS (DATABASE_URL chooses the database), then the site with its browser tests

# CHECKS=0 runs pytest alone: the checks, lint and types do not depend on the database, so a second
# pass on another database (.ci/run, PostgreSQL) would repeat them to no purpose.
CHECKS ?= 1
test-python: $(if $(filter 0,$(CHECKS)),install,check check-migrations lint typecheck) ## The CMS's suite only (checks, lint, types, pytest; CHECKS=0: pytest alone)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

frontend/node_modules/.installed: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	touch $@

site-install: frontend/node_modules/.installed ## Install the site's Node packages from the committed lock (npm ci)

site-codegen: site-install ## Regenerate the site's GraphQL types (frontend/gql) from graphql/schema.graphql and graphql/operations
	cd frontend && npx graphql-codegen --config codegen.ts

site-check-codegen: site-install ## Fail when frontend/gql is stale (run make site-codegen, commit the result)
	rm -rf frontend/.codegen-check
	cd frontend && CODEGEN_OUT=./.codegen-check/ npx graphql-codegen --config codegen.ts --silent
	diff -r frontend/gql frontend/.codegen-check >/dev/null || { echo "frontend/gql est périmé : lancez make site-codegen et commitez le résultat."; rm -rf frontend/.codegen-check; exit 1; }
	rm -rf frontend/.codegen-check
	cd frontend && node -e 'const a=require("./gql/persisted-documents.json"),b=require("../graphql/persisted-operations.json");if(JSON.stringify(a)!==JSON.stringify(b)){console.error("Les empreintes du site (frontend/gql) et du CMS (graphql/persisted-operations.json) diffèrent : lancez make schema puis make site-codegen.");process.exit(1)}'

SITE_BUILD = (cd frontend && NEXT_TELEMETRY_DISABLED=1 npm run build --silent)
site-build: site-install ## Build the site for production (next build)
	$(SITE_BUILD)

# The browser tests' CMS database (migrations, demo: a minute or more) is made on the second core
# while the first checks and builds the site; Playwright then serves it (E2E_CMS_PREPARED=1) instead
# of making it after the build. Its own session, so that a failed check stops it whole.
E2E_IDP_PORT ?= 3965
site-test: install devidp-install site-check-codegen ## The site: type check, lint, unit tests, production build, then browser tests (Playwright + axe in Debian's chromium) against the real CMS
	@mkdir -p var
	PROCONNECT_ISSUER=http://127.0.0.1:$(E2E_IDP_PORT) setsid scripts/e2e-cms prepare >var/e2e-prepare.log 2>&1 & prepare=$$!; \
	trap 'kill -- -$$prepare 2>/dev/null; exit 130' INT TERM; \
	{ (cd frontend && npx tsc --noEmit && npx eslint . && npx vitest run) && $(SITE_BUILD); } || { kill -- -$$prepare 2>/dev/null; exit 1; }; \
	wait $$prepare || { echo "La base du CMS des tests n'a pas pu être préparée (var/e2e-prepare.log) :" >&2; tail -n 30 var/e2e-prepare.log >&2; exit 1; }
	cd frontend && E2E_CMS_PREPARED=1 E2E_IDP_PORT=$(E2E_IDP_PORT) NEXT_TELEMETRY_DISABLED=1 npx playwright test

bench-site: install site-build ## The rendered site under autocannon (experience list and page, search): first render, cached, after a publish; CMS requests per render; results in bench/results/site-*.md
	cd bench/site && npm ci --no-audit --no-fund --loglevel=error
	node bench/site/run.mjs

test-search: install ## Search suite: SQLite, or DATABASE_URL=… (PostgreSQL), or SEARCH_URL=… (OpenSearch)
	$(VENV)/bin/pytest tests/search $(if $(SEARCH_URL),-p no:xdist,-n 2)

opensearch: ## Start a local OpenSearch 2.19 node (fetched from Maven Central); prints SEARCH_URL
	scripts/opensearch start

bench-search: install ## Search, every engine side by side with the stock backends, 10k documents (LARGE=1 adds 100k; POSTGRES=url, OPENSEARCH=url add those engines: scripts/postgres start, scripts/opensearch start print them)
	$(PY) bench/search/run.py --pages 10000 $(if $(LARGE),--large) $(if $(POSTGRES),--postgres "$(POSTGRES)") $(if $(OPENSEARCH),--opensearch "$(OPENSEARCH)")

audit: install ## Audit the pinned dependencies with pip-audit (PyPI's vulnerability service)
	scripts/audit

cog: install ## Import every commune, EPCI, département and région from @etalab/decoupage-administratif (npm)
	npm install --no-save --prefix var/cog @etalab/decoupage-administratif@6.0.0
	$(MANAGE) import_cog --source var/cog/node_modules/@etalab/decoupage-administratif/data

BENCH_VENV := .venv-bench
BENCH_PAGES ?= 1000 10000

# The stamp is named after the dependencies' content, not their date: a checkout (a worktree, a
# fresh clone) older than the stamp, or a .venv-bench shared between checkouts, still installs
# what pyproject.toml added since (structlog…).
BENCH_DEPS := $(shell cat pyproject.toml bench/requirements.txt 2>/dev/null | sha256sum | cut -c1-12)
$(BENCH_VENV)/.installed: $(BENCH_VENV)/.installed-$(BENCH_DEPS)
	touch $@
$(BENCH_VENV)/.installed-$(BENCH_DEPS):
	test -x $(BENCH_VENV)/bin/python || $(PYTHON) -m venv $(BENCH_VENV)
	$(BENCH_VENV)/bin/pip install --quiet --upgrade pip
	$(BENCH_VENV)/bin/pip install --quiet -e ".[dev]" -r bench/requirements.txt
	rm -f $(BENCH_VENV)/.installed-*
	touch $@

bench: $(BENCH_VENV)/.installed ## Side-by-side API benchmarks, in process and under gunicorn + wrk, on 1k and 10k pages (LARGE=1 adds 100k; DATABASE_URL=… for PostgreSQL); results in bench/results/
	@mkdir -p var/bench
	VAR_DIR=var/bench DJANGO_SETTINGS_MODULE=bench.settings $(BENCH_VENV)/bin/python manage.py migrate --noinput -v0
	@command -v wrk >/dev/null || { echo "wrk est requis (apt-get install wrk)."; exit 1; }
	VAR_DIR=var/bench DJANGO_SETTINGS_MODULE=bench.settings $(BENCH_VENV)/bin/python -m bench.run --http --pages $(BENCH_PAGES) $(if $(LARGE),100000)

clean: ## Remove the virtualenvs and local data
	rm -rf $(VENV) $(BENCH_VENV) var

HTTP_PAGES ?= 1000
.PHONY: bench-speed bench-http bench-load bench-abuse

bench-speed: $(BENCH_VENV)/.installed ## Issue #16 (6): the uncached API on 10k pages, SQLite then PostgreSQL (a base of its own, territoires_speed), side by side with the peers, under gunicorn, and profiled; results in bench/results/
	$(MAKE) bench BENCH_PAGES=10000
	VAR_DIR=var/bench DJANGO_SETTINGS_MODULE=bench.settings $(BENCH_VENV)/bin/python -m bench.profile --pages 10000
	PG_DB=territoires_speed scripts/postgres start
	$(MAKE) bench BENCH_PAGES=10000 DATABASE_URL=postgres://territoires:territoires@127.0.0.1:5432/territoires_speed
	DATABASE_URL=postgres://territoires:territoires@127.0.0.1:5432/territoires_speed VAR_DIR=var/bench DJANGO_SETTINGS_MODULE=bench.settings $(BENCH_VENV)/bin/python -m bench.profile --pages 10000

bench-http: $(BENCH_VENV)/.installed ## HTTP under gunicorn + wrk: req/s, CPU ms per request, memory per worker (HTTP_PAGES=1000 10000; DATABASE_URL=… for PostgreSQL)
	@command -v wrk >/dev/null || { echo "wrk est requis (apt-get install wrk)."; exit 1; }
	@mkdir -p var/bench-http
	VAR_DIR=var/bench-http DJANGO_SETTINGS_MODULE=bench.settings $(BENCH_VENV)/bin/python manage.py migrate --noinput -v0
	VAR_DIR=var/bench-http DJANGO_SETTINGS_MODULE=bench.settings $(BENCH_VENV)/bin/python -m bench.http --pages $(HTTP_PAGES)

bench-load: $(BENCH_VENV)/.installed ## Load test: 50 clients for 60 s on gunicorn + PostgreSQL (reads, search, votes, enrolments, submissions; each write with an idempotency key), then every accepted write checked in the database; CLUSTER=1: through HAProxy on make cluster, node A killed and restarted mid-run
	$(BENCH_VENV)/bin/python -m bench.load.run --clients 50 --duration 60 $(if $(CLUSTER),--cluster)

bench-abuse: $(BENCH_VENV)/.installed ## Server CPU to refuse each class of abuse as it grows (fragments, renditions, children, nested JSON), one gunicorn worker on the demo
	@mkdir -p var/bench-abuse
	VAR_DIR=var/bench-abuse DJANGO_SETTINGS_MODULE=bench.settings $(BENCH_VENV)/bin/python -m bench.abuse

devidp/node_modules/.installed: devidp/package-lock.json
	cd devidp && npm ci --no-audit --no-fund --loglevel=error
	touch $@

devidp-install: devidp/node_modules/.installed ## Install the local OpenID Connect provider that stands in for ProConnect (devidp/, npm ci)

.PHONY: bench-newsletter
bench-newsletter: install ## Newsletter: render and send an edition to 10k subscribers (LARGE=1 adds 100k) to a local SMTP sink; time, memory, messages/s in bench/results/newsletter-*.md
	$(PY) -m bench.newsletter.run --sizes 10000 $(if $(LARGE),100000)

messages: install ## Regenerate locale/fr (the project's corrections of Wagtail's French: « circuit de validation », spelling), .po and .mo, both committed
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) admin_messages

.PHONY: cluster cluster-stop test-replica test-cluster
cluster: install ## The production topology on 127.0.0.1 (ports 4500-4599): PostgreSQL primary + streaming replica, Redis, OpenSearch, two gunicorn nodes, worker, scheduler, HAProxy; prints the URLs (scripts/cluster)
	scripts/cluster start

CLUSTER_PG := postgres://territoires:territoires@127.0.0.1
# Both overridable (the environment wins), like scripts/cluster, for a second run beside a running cluster.
CLUSTER_PG_PRIMARY_PORT ?= 4510
CLUSTER_PG_REPLICA_PORT ?= 4511
test-replica: install ## The replica's tests on a real streaming replica (scripts/cluster start-one pg-replica starts it: :4510 and :4511, CLUSTER_PG_PRIMARY_PORT / CLUSTER_PG_REPLICA_PORT change them); CI runs them
	DATABASE_URL=$(CLUSTER_PG):$(CLUSTER_PG_PRIMARY_PORT)/territoires DATABASE_REPLICA_URL=$(CLUSTER_PG):$(CLUSTER_PG_REPLICA_PORT)/territoires $(VENV)/bin/pytest -p no:xdist tests/cluster/test_real_replica.py -q -rs

test-cluster: install ## Against the running make cluster: a publish on node A seen on node B, Redis and OpenSearch stopped then restarted, no answer of another user (tests/cluster, -m cluster)
	DATABASE_URL=$(CLUSTER_PG):4510/territoires DATABASE_REPLICA_URL=$(CLUSTER_PG):4511/territoires CLUSTER_URL=http://127.0.0.1:4500 $(VENV)/bin/pytest -p no:xdist tests/cluster -q -rs -m cluster

cluster-stop: ## Stop every process of make cluster, by the PIDs in var/cluster/*.pid
	scripts/cluster stop
