#!/usr/bin/env bash
# Builds the release dist/, then measures the demo page against a static HTML card with the
# same articles in throttled headless Chromium, prints the table and writes docs/benchmark.md.
# BENCH_RUNS sets the number of cold loads per page (default 7).
set -euo pipefail
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$root"
trunk build --release
cargo bench --locked --profile dev --bench page
