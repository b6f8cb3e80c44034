#!/usr/bin/env bash
# Runs every test and check after installing whatever is missing: rustfmt, shellcheck, clippy
# (native and wasm32), the shipped dist/ (scripts/build.sh), the native tests (parser,
# prerender, the repository's documents), the component tests in headless Chromium and Firefox
# ESR, the page tests against dist/ in headless Chromium, Firefox ESR and WebKitGTK (under
# Xvfb), and copies of the project with other content. It ends with one line per engine, the
# total, and a table of where the time went, one line per step.
#
# The release build and the checks and tests that need no dist/ run side by side: the release
# build spends most of its time linking on one core, and release and debug builds lock
# different directories of target/.
set -euo pipefail
began=$SECONDS
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" test
cd "$root"

scratch=$(mktemp -d)
# One line per step: its name, when it started and how long it took (seconds), its status.
timings="$scratch/timings"
printf '%s\t%d\t%d\t%d\n' "set-up (scripts/setup.sh)" "$began" "$((SECONDS - began))" 0 >"$timings"
# Where the time went, printed however the run ends: each step, when it started and how long
# it took, in the order they started (the release build runs beside the steps before the page
# tests).
time_table() {
  printf '\n%-56s %8s %8s\n' "step" "start s" "took s"
  sort -t "$(printf '\t')" -k2,2n "$timings" |
    awk -F '\t' '{ printf "%-56s %8d %8d%s\n", $1, $2, $3, ($4 == 0 ? "" : "  (failed)") }'
  printf '%-56s %8s %8d\n' "total" "" "$SECONDS"
}
# Stops a process and everything it started.
kill_tree() {
  local child
  for child in $(ps -o pid= --ppid "$1" 2>/dev/null); do kill_tree "$child"; done
  kill "$1" 2>/dev/null || true
}
finish() {
  local status=$? job
  for job in $(jobs -p); do kill_tree "$job"; done
  time_table
  rm -rf "$scratch"
  exit "$status"
}
trap finish EXIT

# step NAME COMMAND…: runs COMMAND under a title that says when it started, and records how
# long it took.
step() {
  local name=$1 started=$SECONDS status=0
  shift
  printf '\n\033[1m== %s\033[0m (at %d s)\n' "$name" "$SECONDS"
  "$@" || status=$?
  printf '%s\t%d\t%d\t%d\n' "$name" "$started" "$((SECONDS - started))" "$status" >>"$timings"
  return "$status"
}

# Every cargo test's output is kept so the run can end with one total, and each engine's lines
# in a file of their own, for its line. A test that needs what one engine lacks (the DevTools
# protocol, a WebDriver setting), or no browser at all, says so in a `skipped:` line and
# returns: those lines are counted as skipped.
results="$scratch/results"
engines=(chromium firefox webkit)
tests() { cargo test --locked "$@" 2>&1 | tee -a "$results"; }
engine_tests() {
  local engine=$1
  shift
  NEWS_CARD_ENGINE=$engine cargo test --locked "$@" -- --show-output 2>&1 |
    grep -E '^(test |test result|skipped: |stress: |real clicks: |---- |thread |  left|  right)' |
    tee -a "$scratch/$engine" "$results"
}

# Every feature alone and all together, natively, and the two the wasm is built with, plus the
# workspace's other crates (the build program, the page harness).
clippy_all() {
  cargo clippy --locked --package news-card --all-targets --no-default-features -- -D warnings
  cargo clippy --locked --workspace --all-targets --features hydration,ssr -- -D warnings
  local features
  for features in csr hydration; do
    cargo clippy --locked --lib --bins --tests --target wasm32-unknown-unknown \
      --no-default-features --features "$features" -- -D warnings
  done
}

# wasm-bindgen-test-runner takes Firefox when GECKODRIVER is set, else Chromium. It gives the
# driver 5 s to bind its port, which a driver starting beside a build can miss.
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT=30
component_tests() {
  local engine=$1 driver=()
  [ "$engine" != firefox ] || driver=(env "GECKODRIVER=$(command -v geckodriver)")
  "${driver[@]}" cargo test --locked --target wasm32-unknown-unknown --test components 2>&1 |
    tee -a "$scratch/$engine" "$results"
}

# The release build goes first, in the background; its output is shown once it is done.
build_log="$scratch/build"
(step "release build (scripts/build.sh)" ./scripts/build.sh >"$build_log" 2>&1) &
build_job=$!

step "rustfmt, shellcheck" eval 'cargo fmt --all -- --check && shellcheck -x scripts/*.sh .ci/run'
step "clippy" clippy_all
step "native tests: unit, doc, parser" \
  eval 'tests --features ssr --lib --bins --test parser && tests --features ssr --doc'
step "component tests in chromium" component_tests chromium
step "component tests in firefox" component_tests firefox

build_status=0
wait "$build_job" || build_status=$?
printf '\n\033[1m== release build (scripts/build.sh)\033[0m\n'
cat "$build_log"
[ "$build_status" -eq 0 ] || exit "$build_status"

for engine in "${engines[@]}"; do
  step "page tests against dist/ in $engine" engine_tests "$engine" --features ssr --test dist
done

# An editor's new article must reach the reader without a test changing: a copy of the project
# (under target/, so that later runs reuse its build) gets one more article, in the plain form
# with a date and a link, is built, and the content and JSON-LD tests run against its dist/.
# The copy's content tests need what the reader sees, not the smallest wasm: it is a debug
# build, which after an edit takes seconds where a release build takes half a minute. The copy
# shares this target directory, so dependencies are built once; a package version of its own
# keeps its artifacts apart from this build's.
extra_article() {
  local copy="$root/target/extra-article" extra="$root/tests/fixtures/valid/extra-article.txt"
  mkdir -p "$copy/content"
  # What the project no longer has leaves the copy too; what it has comes back with its own
  # modification times, so that cargo sees nothing changed.
  find "$copy" -mindepth 1 -maxdepth 1 ! -name content ! -name Cargo.toml ! -name Cargo.lock \
    ! -name dist -exec rm -rf {} +
  tar -C "$root" --exclude=./target --exclude=./dist --exclude=./node_modules --exclude=./.git \
    --exclude=./content/articles.txt --exclude=./Cargo.toml --exclude=./Cargo.lock -cf - . |
    tar -C "$copy" -xf -
  ln -sfn "$root/node_modules" "$copy/node_modules"
  # Writes standard input to a file of the copy only when it differs, so that an unchanged copy
  # is not rebuilt.
  put() {
    cat >"$copy/$1.new"
    if cmp -s "$copy/$1.new" "$copy/$1"; then rm "$copy/$1.new"; else mv "$copy/$1.new" "$copy/$1"; fi
  }
  # Blank lines first: the content may or may not end with a line break.
  { cat content/articles.txt; printf '\n\n\n'; cat "$extra"; } | put content/articles.txt
  sed '0,/^version = "\(.*\)"$/s//version = "\1-extra-article"/' Cargo.toml | put Cargo.toml
  awk '/^name = "news-card"$/ { print; getline; sub(/"$/, "-extra-article\""); } { print }' \
    Cargo.lock | put Cargo.lock
  (
    cd "$copy"
    export CARGO_TARGET_DIR="$root/target"
    trunk build --dist dist
    NEWS_CARD_EXPECT_HEADLINE="$(head -n 1 "$extra")" NEWS_CARD_OTHER_DIST="$root/dist" \
      tests --features ssr --test dist -- content:: prerender::the_page_carries_one_news_article
  )
}
step "a copy with one more article builds and shows it" extra_article
step "the README's commands (tests/commands.rs)" tests --features ssr --test commands

printf '\n\033[1m== total\033[0m (at %d s)\n' "$SECONDS"
# One line per engine (its page and component tests), then every test of the run.
count() {
  awk -v name="$1" '/^test result:/ { for (i = 1; i <= NF; i++) {
         if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
       /^skipped: / { s += 1; split($0, why, ": "); reasons[why[3]] = 1 }
       END { list = ""; for (r in reasons) list = list (list == "" ? "" : ", ") r
             printf "%s: %d passed, %d failed, %d skipped%s\n", name, p - s, f, s,
               (s ? " (" list ")" : "") }' "$2"
}
for engine in "${engines[@]}"; do
  count "$engine" "$scratch/$engine"
done
count summary "$results"
