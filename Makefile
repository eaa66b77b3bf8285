# Two commands for a fresh Debian/Ubuntu machine: `make run` and `make test`.

SHELL := /bin/bash
RUN_PACKAGES := pkg-config libasound2-dev libx11-6 libx11-xcb1 libxcursor1 \
  libxrandr2 libxi6 libxkbcommon-x11-0 libwayland-client0 fonts-dejavu-core \
  xdg-utils
TEST_PACKAGES := $(RUN_PACKAGES) xvfb x11-utils xdotool imagemagick \
  librsvg2-bin pulseaudio pulseaudio-utils libasound2-plugins sox espeak-ng \
  python3 procps dbus-daemon desktop-file-utils appstream libxml2-utils \
  shared-mime-info libfile-mimeinfo-perl gtk-update-icon-cache systemd \
  python3-dbus python3-gi time

.PHONY: run test deps-run deps-test lint unit bench bench-smoke e2e release poses-sheet

## Build and open Posewise (installs what is missing first).
run: deps-run release
	./target/release/posewise $(ARGS)

## Format check, lints, unit and integration tests, benchmarks, end-to-end.
test: deps-test lint unit bench-smoke e2e poses-sheet

deps-run:
	@.ci/install-deps $(RUN_PACKAGES)

deps-test:
	@.ci/install-deps $(TEST_PACKAGES)

lint:
	cargo fmt --all --check
	.ci/core-is-pure
	cargo clippy --all-targets -- -D warnings

unit:
	cargo test --workspace

## Quick runs of the benchmarks that print their figures (part of `make test`).
bench-smoke:
	cargo bench --bench validate
	DRIFT_SECONDS=20 cargo bench --bench drift
	cargo bench --bench history

## Every figure against its goal: a table, also written to BENCHMARKS.md.
bench: deps-test release
	tests/bench/run-all

release:
	cargo build --release

e2e: release
	tests/e2e/run-all

## Contact sheet of every pose illustration.
poses-sheet:
	tools/contact-sheet.sh target/screenshots/poses.png
	tools/contact-sheet.sh -s 160 target/screenshots/poses-small.png
