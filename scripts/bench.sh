#!/usr/bin/env bash
# Builds the release dist/, bundles the peers (GitHub's tab-container and Shoelace's tab group,
# from package-lock.json) with esbuild as a publisher would, then measures the demo page against
# them and a static card with the same articles, in throttled headless Chromium on two profiles.
# Prints the tables and writes docs/benchmark.md. BENCH_RUNS sets the cold loads per page and
# profile (default 7). Then runs the start-up stress tests with STRESS_LOADS loads each
# (default 250: 1,000 loads in all, over both profiles) and prints loads, picks and losses.
# Its runs hold a browser for minutes: the page harness's watchdog is off.
set -euo pipefail
export NEWS_CARD_HANG_LIMIT=0
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$root"
./scripts/build.sh
peers=target/bench/peers
mkdir -p "$peers"
for entry in github.js shoelace.js; do
  esbuild "benches/peers/$entry" --bundle --minify --format=esm --log-level=warning \
    --outfile="$peers/$entry"
done
esbuild benches/peers/shoelace.css --bundle --minify --log-level=warning \
  --outfile="$peers/shoelace.css"
cargo bench --locked --profile dev --bench page
# The start-up under stress, longer than in the test command: loads per profile, picks, failures.
STRESS_LOADS="${STRESS_LOADS:-250}" cargo test --locked --features ssr --test dist stress:: -- \
  --nocapture
