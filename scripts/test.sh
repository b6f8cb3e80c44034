#!/usr/bin/env bash
# Runs every check after installing whatever is missing: rustfmt, clippy (native and wasm32),
# the release build of the demo into dist/, the native tests (parser, page-level tests in
# headless Chromium) and the component tests in headless Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$root"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "rustfmt"
cargo fmt --all -- --check
step "clippy, native"
cargo clippy --locked --all-targets -- -D warnings
step "clippy, wasm32"
cargo clippy --locked --all-targets --target wasm32-unknown-unknown -- -D warnings
step "release build of the demo (dist/)"
trunk build --release
step "native tests: parser, selection, page-level"
cargo test --locked
step "component tests in headless Chromium"
cargo test --locked --target wasm32-unknown-unknown --tests
