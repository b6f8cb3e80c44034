#!/usr/bin/env bash
# Runs every check after installing whatever is missing: rustfmt, clippy (native and wasm32),
# the release build of the demo into dist/ (prerendered by the post_build hook), the native
# tests (parser, prerender, page-level tests in headless Chromium) and the component tests in
# headless Chromium.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$root"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

# Every cargo test's output is kept so the run can end with one total.
results=$(mktemp)
trap 'rm -f "$results"' EXIT
tests() { cargo test --locked "$@" 2>&1 | tee -a "$results"; }

step "rustfmt"
cargo fmt --all -- --check
step "clippy, native (with the prerender's ssr feature)"
cargo clippy --locked --all-targets --features ssr -- -D warnings
step "clippy, wasm32"
cargo clippy --locked --lib --bins --tests --target wasm32-unknown-unknown -- -D warnings
step "release build of the demo (dist/)"
trunk build --release
step "native tests: parser, selection, prerender, page-level"
tests --features ssr
step "component tests in headless Chromium"
tests --target wasm32-unknown-unknown --tests

step "total"
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "summary: %d passed, %d failed\n", p, f }' "$results"
