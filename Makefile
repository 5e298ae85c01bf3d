# NoteDrill: `make run` starts it on Content/, `make test` runs the tests.
# Both install missing Debian packages first when they can (root or sudo).

SWIFT ?= swift
SYSTEM_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev libncurses-dev libsqlite3-dev pkg-config
# chromium and a Korean font: the HTML report is opened headless and screenshotted;
# zsh, fish and man-db: the completion scripts and the man page are checked in their tools;
# git and zstd: sync through a repository, Anki's newest package form.
TEST_PACKAGES := tmux graphviz chromium fonts-nanum zsh fish man-db git zstd
BIN := .build/debug/notedrill

.PHONY: run build test lint format bench deps test-deps release clean report-screenshot man reliability

## deps: install the C libraries NoteDrill links (cmark-gfm, ncursesw) when missing.
deps:
	@scripts/ensure-packages.sh $(SYSTEM_PACKAGES)

## test-deps: also what the tests drive (tmux for the end-to-end terminal test, git for sync,
## Anki's Python library for the package checks: installed with pip when missing, skipped with a
## notice when it cannot be).
test-deps: deps
	@scripts/ensure-packages.sh $(TEST_PACKAGES)
	@scripts/ensure-anki.sh

build: deps
	$(SWIFT) build --product notedrill

## run: build and start NoteDrill on the bundled Content/ notes.
run: build
	@$(BIN) $(ARGS)

test: test-deps
	$(SWIFT) test

## lint: swift-format --strict over Sources, Tests and Package.swift, then the import graph
## against ARCHITECTURE.md (CI runs it before the tests).
lint:
	@SWIFT=$(SWIFT) scripts/lint.sh

## format: let swift-format fix what it can in place.
format:
	$(SWIFT) format --in-place --recursive --parallel Sources Tests Package.swift

release: deps
	$(SWIFT) build -c release --product notedrill

## bench: release builds of the benchmark runner and of notedrill (whole-process launches);
## prints ratios against in-run baselines. Distinct notes are written to .build/bench-notes by
## scripts/distinct-notes.py. Not part of `make test`.
bench: deps
	$(SWIFT) build -c release --product notedrill
	$(SWIFT) build -c release --product notedrill-bench
	.build/release/notedrill-bench $(BENCH)

## reliability: fault injection (SIGKILL, three drills at once, damaged pages, hostile notes)
## with bounded counts (KILLS, ROUNDS, DAMAGES, HOSTILE); prints tried / held per class.
reliability: build
	@scripts/reliability.sh $(BIN)

## report-screenshot: the HTML report of a simulated history, screenshotted by headless Chromium
## (.build/report/report-screenshot.png).
report-screenshot: build
	@scripts/ensure-packages.sh chromium fonts-nanum
	@scripts/report-screenshot.sh $(BIN) .build/report

## man: the manual page made from the command definitions (.build/man/notedrill.1);
## read it with `man -l .build/man/notedrill.1`.
man: build
	@mkdir -p .build/man
	@$(BIN) man-page > .build/man/notedrill.1
	@echo "wrote .build/man/notedrill.1"

clean:
	rm -rf .build
