# Shopdesk: build, run and test.
#
#   make run     build the app and start it (extra arguments: make run ARGS="--data /tmp/shop.db")
#   make test    everything CI runs: install what is missing, vet, unit tests, end-to-end tests
#
# The wails CLI is not needed: the steps below are what `wails build` does.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
.NOTPARALLEL:

GO  ?= go
NPM ?= npm

APP         := build/bin/shopdesk
TAGS_PROD   := desktop,production,webkit2_41
ARGS        ?=
# CI runs every Go test every time (a flaky test must not hide behind a
# cached pass); locally, Go's test cache skips packages that did not change.
GOTEST_FLAGS ?= $(if $(CI),-count=1)
# End-to-end test files run one at a time by default: each starts a real
# window and a browser, and some tests time how fast the app answers.
E2E_JOBS    ?= 1

# Debian packages: the desktop build needs the first line, the tests the second.
BUILD_PACKAGES := libgtk-3-dev libwebkit2gtk-4.1-dev pkg-config build-essential
TEST_PACKAGES  := xvfb xauth chromium imagemagick openssl

step = @printf '\n==> %s  [%s]\n' "$(1)" "$$(date +%T)"

.PHONY: help deps system-deps go-deps bindings frontend build run test vet lint unit frontend-check frontend-test e2e bench icon clean

help:
	@echo 'make run      build Shopdesk and start it (ARGS="--data FILE" to pick a data file)'
	@echo 'make test     install what is missing, then vet, unit tests, frontend checks, end-to-end tests'
	@echo 'make build    build the app into $(APP)'
	@echo 'make frontend generate the bindings and build the frontend only'
	@echo 'make e2e      only the end-to-end tests (real app under Xvfb, driven from Chromium)'
	@echo 'make bench    the benchmarks'
	@echo 'make deps     install system packages (Debian), npm packages and Go modules'
	@echo 'make icon     draw build/appicon.png from build/appicon.svg'
	@echo 'make clean    remove what the build made'

# ---------------------------------------------------------------- dependencies

deps: system-deps go-deps frontend/node_modules/.package-lock.json e2e/node_modules/.package-lock.json

# Installs the Debian packages that are missing when run as root; otherwise
# stops and prints the command to run.
system-deps:
	$(call step,Check system packages)
	@if ! command -v dpkg-query >/dev/null; then \
	  echo "Not a Debian-like system: make sure these (or your system's equivalents) are installed:"; \
	  echo "  $(BUILD_PACKAGES) $(TEST_PACKAGES)"; \
	  exit 0; \
	fi; \
	missing=""; \
	for p in $(BUILD_PACKAGES) $(TEST_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' "$$p" 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then echo "all present"; exit 0; fi; \
	echo "missing:$$missing"; \
	if [ "$$(id -u)" != 0 ]; then \
	  echo; echo "Install them, then run make again:"; \
	  echo "  sudo apt-get update && sudo apt-get install -y$$missing"; \
	  exit 1; \
	fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	apt-get update -q; \
	apt-get install -y -q -o Dpkg::Use-Pty=0$$missing

go-deps:
	$(call step,Download Go modules)
	$(GO) mod download

# npm ci runs again only when the lock file changed.
frontend/node_modules/.package-lock.json: frontend/package-lock.json frontend/package.json
	$(call step,Install frontend packages (npm ci))
	cd frontend && $(NPM) ci --no-audit --no-fund
	@mkdir -p $(@D) && touch $@

e2e/node_modules/.package-lock.json: e2e/package-lock.json e2e/package.json
	$(call step,Install end-to-end test packages (npm ci))
	cd e2e && $(NPM) ci --no-audit --no-fund
	@mkdir -p $(@D) && touch $@

frontend/package.json frontend/package-lock.json:
	@echo "$@ is missing: this checkout has no frontend yet" >&2; exit 1

# ---------------------------------------------------------------------- build

# The window's JavaScript bindings (frontend/wailsjs) come from the Go types:
# a binary built with -tags bindings writes them and exits. The frontend
# imports them, so this runs before the frontend build.
bindings: go-deps
	$(call step,Generate Go bindings for the window (frontend/wailsjs))
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) build -tags bindings -o "$$tmp/shopdesk-bindings" . ; \
	rm -rf frontend/wailsjs; \
	SHOPDESK_DATA="$$tmp/bindings.db" "$$tmp/shopdesk-bindings" >"$$tmp/log" 2>&1 || { cat "$$tmp/log" >&2; exit 1; }; \
	echo "wrote frontend/wailsjs: $$(ls frontend/wailsjs/go/app/*.js | xargs -n1 basename | sed 's/\.js$$//' | paste -sd' ')"

frontend: bindings frontend/node_modules/.package-lock.json
	$(call step,Build the frontend (frontend/dist))
	cd frontend && $(NPM) run build
	@test -f frontend/dist/index.html || { echo "frontend build made no frontend/dist/index.html" >&2; exit 1; }

build: system-deps frontend
	$(call step,Build $(APP))
	CGO_ENABLED=1 $(GO) build -tags $(TAGS_PROD) -ldflags "-w -s" -o $(APP) .
	@ls -lh $(APP) | awk '{print "built " $$NF ", " $$5}'

run: build
	$(call step,Start Shopdesk)
	./$(APP) $(ARGS)

# ----------------------------------------------------------------------- test

test: deps vet lint unit frontend-check frontend-test e2e
	@echo; echo "make test: all passed  [$$(date +%T)]"

vet:
	$(call step,go vet)
	$(GO) vet ./...

# go.mod must say what the code uses (`go mod tidy -diff` fails and prints
# the change otherwise), and staticcheck (pinned as a tool in go.mod) is clean.
lint:
	$(call step,go mod tidy -diff and staticcheck)
	$(GO) mod tidy -diff
	$(GO) tool staticcheck ./...

unit:
	$(call step,Go tests (with the race detector))
	$(GO) test -race $(GOTEST_FLAGS) ./...

frontend-check: bindings frontend/node_modules/.package-lock.json
	$(call step,Frontend type check (npm run check))
	cd frontend && $(NPM) run check

frontend-test: frontend/node_modules/.package-lock.json
	$(call step,Frontend unit tests (npm test))
	cd frontend && $(NPM) test

# The harness starts each app under its own Xvfb, so this needs no display.
# It runs the production binary from `build` and a dev build (-tags dev)
# made here. Screenshots land in artifacts/screenshots/.
e2e: build e2e/node_modules/.package-lock.json
	$(call step,Build the dev binary for the end-to-end tests)
	@mkdir -p artifacts
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) build -tags dev,webkit2_41 -o "$$tmp/shopdesk-dev" . ; \
	printf '\n==> %s  [%s]\n' "End-to-end tests (node --test e2e/)" "$$(date +%T)"; \
	SHOPDESK_DEV_BIN="$$tmp/shopdesk-dev" SHOPDESK_PROD_BIN="$(CURDIR)/$(APP)" \
	  node --test --test-reporter=spec --test-concurrency=$(E2E_JOBS) --test-timeout=300000 e2e/

# ---------------------------------------------------------------------- bench

# The window figures start the production build, so it is built first.
bench: build
	$(call step,Benchmarks (go run ./cmd/shopdesk-bench))
	@if [ ! -d cmd/shopdesk-bench ]; then \
	  echo "cmd/shopdesk-bench is not in this checkout yet: no benchmarks to run"; \
	  exit 0; \
	fi; \
	$(GO) run ./cmd/shopdesk-bench $(ARGS)

# ----------------------------------------------------------------------- icon

# build/appicon.png is drawn from build/appicon.svg; run this after editing the
# SVG (it needs Debian's chromium, which the tests install too).
icon:
	$(call step,Draw build/appicon.png from build/appicon.svg)
	tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	{ printf '<html><body style="margin:0">'; cat build/appicon.svg; printf '</body></html>'; } >"$$tmp/icon.html"; \
	chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
	  --window-size=1024,1024 --screenshot="$(CURDIR)/build/appicon.png" "file://$$tmp/icon.html" >/dev/null 2>&1
	@ls -l build/appicon.png

# ---------------------------------------------------------------------- clean

clean:
	$(call step,Remove build output)
	rm -rf build/bin frontend/wailsjs artifacts
	find frontend/dist -mindepth 1 ! -name .keep -exec rm -rf {} +
