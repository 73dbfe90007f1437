# leadsieve — the two commands you need:
#   make dev    run the whole product locally (DynamoDB + SES stand-ins, API on :3000)
#   make test   run every test (vet, unit, integration against the local servers)
# and, to measure: make load (load-and-fault run of the local stack; ARGS='-kill ses').
# SAM builds each function with its build-<LogicalId> target (BuildMethod: makefile).

SHELL := /bin/bash
GO ?= go
NPM_STAMP := node_modules/.package-lock.json

.PHONY: dev test test-race chromium docs-check load bench coldstart build leadctl tools clean update-lists gibberish-model name-lists corpus

# Installs the pinned local AWS stand-ins (dynalite, aws-ses-v2-local) from package-lock.json.
$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

tools: $(NPM_STAMP)

# The console's browser test drives Debian's chromium; as root it is
# installed when missing, otherwise the test says how (and skips outside CI).
chromium:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null \
		|| { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null; }; \
	fi

# Builds and runs the local server (a built binary, so Ctrl-C ends it cleanly).
dev: $(NPM_STAMP)
	$(GO) build -o .local/bin/devserver ./cmd/devserver
	./.local/bin/devserver

# ./... skips folders named testdata: the labelled-data generators there are
# named explicitly.
TESTDATA_PKGS := ./testdata/outsider/gen ./testdata/corpus/gen ./testdata/kinds/...

# Every package is compiled once, for both vet and the tests; so are the
# programs the tests build and run themselves (the docs check's `go run
# ./cmd/leadctl`, the browser test's leadctl, the load harness's devserver,
# the data generators), which take the same flags through GOFLAGS.
# `make test-race` runs the same tests under the race detector (CI runs it
# after `make test`): a fresh clone's `make test` takes about 3.5 minutes on
# the 2-core reference machine without it and 5–6 with it, most of the
# difference compiling everything instrumented (docs/performance.md).
# Vet runs inside go test (-vet=all: every check `go vet` runs, on every
# listed package, test files and packages without tests included), so that
# vetting overlaps with tests instead of preceding them; a package that
# fails vet fails as "[build failed]" after the vet report.
# go test starts test binaries in the order the packages are named, each
# once every package before it is built: the tests that take longest, mostly
# waiting (the browser, leadctl against dynalite, the docs' shell blocks,
# the load runs, the functions end to end), are named first, so that they
# start as soon as the tree is compiled (the first two need nearly all of
# it, so the programs the others build hit the cache) and their waits
# overlap the rest; -p lets three builds or test binaries run per core, so
# that those five waiting do not hold every slot.
TEST_GOFLAGS :=

test: $(NPM_STAMP) chromium
	GOFLAGS="$$($(GO) env GOFLAGS) $(TEST_GOFLAGS)" $(GO) test -vet=all -p $$((3 * $$(nproc))) -count=1 -timeout 15m \
		./cmd/devserver ./cmd/leadctl ./internal/devtools/docscheck ./internal/devtools/loadtest ./internal/app \
		./... $(TESTDATA_PKGS)

# The same tests under the race detector (CI runs them after make test).
test-race:
	$(MAKE) --no-print-directory test TEST_GOFLAGS=-race

# Runs every shell example in README.md and docs/*.md against a fresh local
# stack, the slow ones (benchmarks, timings) included; `make test` runs the
# same check without the slow ones.
docs-check: $(NPM_STAMP)
	DOCSCHECK_SLOW=1 $(GO) test -count=1 -timeout 30m -v -run 'TestDocs$$|TestConvention' ./internal/devtools/docscheck

# Benchmarks, then the capacity and cost per scenario (the output is
# docs/cost.md), then the cold starts.
bench: $(NPM_STAMP)
	$(GO) test -p 1 -run '^$$' -bench . -benchmem -count=1 ./...
	$(GO) run ./cmd/costreport
	$(MAKE) --no-print-directory coldstart

# The Lambda runtime interface emulator (runs a bootstrap locally, no Docker).
RIE_VERSION := v0.0.0-20261030222936-bef5c4ba774d
RIE := .local/bin/aws-lambda-rie
$(RIE):
	GOBIN=$(CURDIR)/.local/bin $(GO) install github.com/aws/aws-lambda-runtime-interface-emulator/cmd/aws-lambda-rie@$(RIE_VERSION)

# Cold start of every function on its real bootstrap (built as build-* does,
# for this machine), paired round by round with a hello-world function;
# checks every events/ sample on the same binaries first.
COLDSTART_FLAGS ?= -rounds 15
coldstart: $(NPM_STAMP) $(RIE)
	$(GO) run ./cmd/coldstart -rie $(RIE) $(COLDSTART_FLAGS)

# Load-and-fault harness: 50 submissions/s for 60 s against the local stack
# (built devserver, own stand-ins), then checks nothing was lost or sent
# twice; ARGS='-kill dynamodb' or '-kill ses' stops that server for 10 s
# mid-run. `go run ./cmd/loadtest -h` lists every flag.
load: $(NPM_STAMP)
	$(GO) build -o .local/bin/devserver ./cmd/devserver
	$(GO) build -o .local/bin/loadtest ./cmd/loadtest
	./.local/bin/loadtest -devserver .local/bin/devserver $(ARGS)

leadctl:
	$(GO) build -o bin/leadctl ./cmd/leadctl

# Builds every function for Lambda into bin/<LogicalId>/bootstrap, as SAM would.
build:
	@for t in $$(grep -oE '^build-[A-Za-z]+Function' Makefile); do \
		$(MAKE) --no-print-directory $$t ARTIFACTS_DIR=bin/$${t#build-} || exit 1; done

clean:
	rm -rf bin .aws-sam

# --- data: embedded lists, the name model and the labeled corpus -------------

# Refresh the disposable-domain list: npm pack the latest release of every list in
# internal/screen/domains/update/sources.go, merge, print added/removed per source; review the diff.
update-lists:
	$(GO) run ./internal/screen/domains/update
	$(GO) run ./internal/screen/data/update-tlds

# Regenerate internal/screen/gibberish/model.bin from internal/screen/gibberish/data (deterministic).
gibberish-model:
	$(GO) run ./internal/screen/gibberish/train

# Re-extract name/word lists from @faker-js/faker (needs npm and node), then retrain.
FAKER_VERSION ?= 10.6.0
name-lists:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	(cd "$$tmp" && npm pack --silent @faker-js/faker@$(FAKER_VERSION) >/dev/null && tar xzf faker-js-faker-*.tgz) && \
	node internal/screen/gibberish/data/extract-faker.mjs "$$tmp/package" internal/screen/gibberish/data testdata/corpus/sources
	$(MAKE) --no-print-directory gibberish-model

# Regenerate testdata/corpus/{tuning,holdout}.jsonl (deterministic, seed 20261003).
corpus:
	$(GO) run ./testdata/corpus/gen

# --- SAM build targets (one per AWS::Serverless::Function in template.yaml) ---

build-IntakeFunction:
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -ldflags "-s -w" -o $(ARTIFACTS_DIR)/bootstrap ./functions/intake

build-DispatcherFunction:
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -ldflags "-s -w" -o $(ARTIFACTS_DIR)/bootstrap ./functions/dispatcher

build-UnsubscribeFunction:
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -ldflags "-s -w" -o $(ARTIFACTS_DIR)/bootstrap ./functions/unsubscribe

build-SesEventsFunction:
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -ldflags "-s -w" -o $(ARTIFACTS_DIR)/bootstrap ./functions/sesevents

build-HandoffFunction:
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -ldflags "-s -w" -o $(ARTIFACTS_DIR)/bootstrap ./functions/handoff

build-UnsubscribeRecorderFunction:
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -ldflags "-s -w" -o $(ARTIFACTS_DIR)/bootstrap ./functions/unsubscriberecorder

build-ConsoleFunction:
	CGO_ENABLED=0 GOOS=linux GOARCH=arm64 $(GO) build -tags lambda.norpc -trimpath -ldflags "-s -w" -o $(ARTIFACTS_DIR)/bootstrap ./functions/console
