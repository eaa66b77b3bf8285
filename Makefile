# Two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.

SHELL := /bin/bash
RUN_PACKAGES := pkg-config libasound2-dev libx11-6 libx11-xcb1 libxcursor1 \
  libxrandr2 libxi6 libxkbcommon-x11-0 libwayland-client0 fonts-dejavu-core \
  xdg-utils
TEST_PACKAGES := $(RUN_PACKAGES) xvfb x11-utils xdotool imagemagick \
  librsvg2-bin pulseaudio pulseaudio-utils libasound2-plugins sox espeak-ng \
  python3 procps dbus-daemon desktop-file-utils appstream libxml2-utils \
  shared-mime-info libfile-mimeinfo-perl gtk-update-icon-cache systemd \
  python3-dbus python3-gi time syncthing

.PHONY: run test clippy tests-then-benches check deps-run deps-test lint unit test-build bench bench-smoke e2e bless release poses-sheet

# The tests read English words; a machine set to German or Hindi must not
# change that (the tests of other languages choose theirs themselves).
# `make run` keeps the person's own language.
test unit e2e bless bench: export LANG := C.UTF-8
test unit e2e bless bench: export LC_ALL :=
test unit e2e bless bench: export LC_MESSAGES :=

## Build and open Posewise (installs what is missing first).
run: deps-run release
	./target/release/posewise $(ARGS)

## Format check, lints, unit and integration tests, benchmarks, end-to-end.
## One build (the dev profile; see Cargo.toml) serves the tests, the
## benchmarks' smoke runs and the end-to-end runs; only `make bench` and
## `make run` build the release profile.
## Three lanes side by side: clippy, in its own target folder and niced, so
## it only fills the cores the build leaves idle; the test build, then the
## tests and the benchmarks' smoke runs; and, once the build is there, the
## end-to-end runs, which mostly wait in real time.
test: deps-test
	cargo fmt --all --check
	.ci/core-is-pure
	$(MAKE) --no-print-directory -j3 --output-sync=target clippy tests-then-benches e2e

CLIPPY := CARGO_TARGET_DIR=target/clippy nice -n 10 cargo clippy --workspace --all-targets -- -D warnings

clippy:
	$(CLIPPY)

tests-then-benches: test-build
	$(MAKE) --no-print-directory unit bench-smoke poses-sheet

## The quick loop while working on the core: format, lints, the core's tests.
check:
	cargo fmt --all --check
	$(CLIPPY)
	cargo test -p posewise-core

deps-run:
	@.ci/install-deps $(RUN_PACKAGES)

deps-test:
	@.ci/install-deps $(TEST_PACKAGES)

lint: clippy
	cargo fmt --all --check
	.ci/core-is-pure

unit:
	cargo test --workspace

## The test build, binary included (target/debug/posewise).
test-build:
	cargo test --workspace --no-run -q

## Smoke runs of the benchmarks in the test build: they print their figures
## and fail on wrong answers, never on a time (`make bench` judges those).
bench-smoke:
	BENCH_SMOKE=1 DRIFT_SECONDS=20 cargo test --benches -q

## Every figure against its goal: a table, also written to BENCHMARKS.md.
bench: deps-test release
	tests/bench/run-all

release:
	cargo build --release

e2e: test-build
	POSEWISE_BIN=$(CURDIR)/target/debug/posewise tests/e2e/run-all

## After a person has looked at target/screenshots/: commit the new look.
bless:
	POSEWISE_BLESS=1 cargo test --test ui

## Contact sheet of every pose illustration.
poses-sheet:
	tools/contact-sheet.sh target/screenshots/poses.png
	tools/contact-sheet.sh -s 160 target/screenshots/poses-small.png
