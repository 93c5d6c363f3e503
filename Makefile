# The two commands of the README:
#   make run    build the single file, serve it on 127.0.0.1, print URL and path
#   make test   every test: fmt, clippy, native, browser (wasm), bundler, E2E
# Both first run scripts/setup.sh, which installs whatever is missing.

SHELL := /bin/bash
# Tools `cargo install` put in $CARGO_HOME/bin (default ~/.cargo/bin).
export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
# The wasm names its dependencies' source files (panic locations) under
# $CARGO_HOME: written under a fixed prefix, the single file has the same
# bytes wherever it is built (another CARGO_HOME moved it by up to 177 bytes).
# The lock's compact AES flag is repeated from .cargo/config.toml, since this
# variable may take its place.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS := --cfg aes_compact --remap-path-prefix=$(or $(CARGO_HOME),$(HOME)/.cargo)=/cargo
PORT ?= 8080
BUNDLE := dist/ziping.html

.PHONY: run test setup build serve lint test-native test-wasm test-e2e size fuzz bench bench-ab

setup:
	@scripts/setup.sh

# The release build; trunk's post_build hook writes the single file.
build: setup
	trunk build --release
	@test -s $(BUNDLE) || { echo "build: $(BUNDLE) was not produced" >&2; exit 1; }

run: build
	@echo
	@echo "  单文件 / single file: $(CURDIR)/$(BUNDLE)"
	@echo "                       $(CURDIR)/dist/从严治部自评.html"
	@echo "  本机地址 / URL:       http://127.0.0.1:$(PORT)/ziping.html"
	@echo "  (Ctrl+C to stop; the file also works by double click, no server needed)"
	@echo
	python3 -m http.server $(PORT) --bind 127.0.0.1 --directory dist

lint: setup
	cargo fmt --all -- --check
	scripts/check-pure.sh
	python3 scripts/check-modules.py --self-test
	python3 scripts/check-modules.py
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown -p ziping --all-targets -- -D warnings

test-native: setup
	cargo test --workspace

# The browser tests, in Chromium and in Firefox (ZIPING_NO_FIREFOX=1 skips Firefox).
test-wasm: setup
	CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p ziping --test web
	@if [ "$${ZIPING_NO_FIREFOX:-}" = 1 ]; then echo "test-wasm: Firefox skipped (ZIPING_NO_FIREFOX=1)"; else \
	  GECKODRIVER=$$(command -v geckodriver) cargo test --target wasm32-unknown-unknown -p ziping --test web; fi

size: build
	@scripts/check-size.sh $(BUNDLE)

test-e2e: build
	npm run --silent e2e

# The benchmark runs once so it keeps working; it never fails on a time.
test: lint test-native test-wasm size test-e2e bench
	@echo "make test: all passed"

# The benchmark: sizes, load and click times at the built-in templates and at
# 1,000 items, autosave time, JS heap; the start at 1× and 4× CPU on today's
# Chromium and 86 beside a hand-written reference page (e2e/reference). Prints
# tables, writes bench-results.json; never fails on a time.
bench: build
	node e2e/bench.mjs --out bench-results.json

# Two single files in one run, interleaved, at 1× and 4× CPU: this tree's
# against BASE's (a git revision). Never fails on a time.
BASE ?= HEAD
bench-ab: setup
	scripts/bench-ab.sh $(BASE)

# Property-based fuzzing of every reader of untrusted input (drafts,
# templates, imports) with many more cases than the normal run; bounded by
# FUZZ_CASES (default 200000 per property, about 40 s).
FUZZ_CASES ?= 200000
fuzz: setup
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --release -p ziping-core --test properties -- never_panic
