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
# Runs cargo test, keeping its output for the total (in $into when a branch beside the others
# keeps its own).
tests() { cargo test --locked "$@" 2>&1 | tee -a "${into:-$results}"; }
engine_tests() {
  local engine=$1
  shift
  NEWS_CARD_ENGINE=$engine cargo test --locked "$@" --show-output 2>&1 |
    grep -vE '^ +([0-9]+: |at )|^(stack backtrace|note: Some details)' |
    tee -a "$scratch/$engine" "${into:-$results}"
}

# Every feature alone and all together, natively, and the two the wasm is built with, plus the
# workspace's other crates (the build program, the page harness).
clippy_all() {
  cargo clippy --locked --package news-card --all-targets --no-default-features -- -D warnings ||
    return
  cargo clippy --locked --workspace --all-targets --features hydration,ssr -- -D warnings || return
  local features
  for features in csr hydration; do
    cargo clippy --locked --lib --bins --tests --target wasm32-unknown-unknown \
      --no-default-features --features "$features" -- -D warnings || return
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

# Copies of the project with other content, under target/copies/NAME (so that later runs
# reuse their builds): the content of `content/` is replaced by standard input, the language
# file by $2. A package version of its own (`…-NAME`) keeps each copy's artifacts apart in
# this one target directory, which they share so that dependencies are built once. A copy is
# built again only when its sources or the tools differ from those it was last built from.
copy() {
  local name=$1 language=$2 profile=$3 copy="$root/target/copies/$1"
  mkdir -p "$copy/content"
  # What the project no longer has leaves the copy too; what it has comes back with its own
  # modification times, so that cargo sees nothing changed.
  find "$copy" -mindepth 1 -maxdepth 1 ! -name content ! -name Cargo.toml ! -name Cargo.lock \
    ! -name dist -exec rm -rf {} +
  tar -C "$root" --exclude=./target --exclude=./dist --exclude=./node_modules --exclude=./.git \
    --exclude=./content --exclude=./Cargo.toml --exclude=./Cargo.lock -cf - . |
    tar -C "$copy" -xf - || return
  ln -sfn "$root/node_modules" "$copy/node_modules"
  # Writes standard input to a file of the copy only when it differs, so that an unchanged copy
  # is not rebuilt.
  put() {
    cat >"$copy/$1.new"
    if cmp -s "$copy/$1.new" "$copy/$1"; then rm "$copy/$1.new"; else mv "$copy/$1.new" "$copy/$1"; fi
  }
  put content/articles.txt
  put content/language.txt <"$language"
  sed "0,/^version = \"\(.*\)\"$/s//version = \"\1-$name\"/" Cargo.toml | put Cargo.toml
  awk -v name="$name" '/^name = "news-card"$/ { print; getline; sub(/"$/, "-" name "\""); } { print }' \
    Cargo.lock | put Cargo.lock
  (
    cd "$copy"
    export CARGO_TARGET_DIR="$root/target"
    local built_from
    # What the build reads: not the tests, the benchmark, their scripts or the documents.
    built_from=$({
      tar --exclude=./dist --exclude=./node_modules --exclude=./tests --exclude=./benches \
        --exclude=./scripts/test.sh --exclude=./scripts/bench.sh --exclude=./docs \
        --exclude=./.ci --exclude='./*.md' --sort=name --mtime=@0 --owner=0 \
        --group=0 --numeric-owner -cf - .
      trunk --version
      rustc --version
      echo "$profile ${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} $small_wasm_rustflags"
    } | sha256sum)
    if [ "$(cat dist/.built-from 2>/dev/null)" != "$built_from" ]; then
      if [ "$profile" = release ]; then
        ./scripts/build.sh || exit
      else
        trunk build --dist dist || exit
      fi
      echo "$built_from" >dist/.built-from
    fi
  )
}
fixtures="$root/tests/fixtures/valid"
# The release builds of other content, to weigh the code alone and to read it in other
# languages: one article, two (the first ones published), eight in Arabic, twelve in French.
release_copies() {
  copy one-story <(echo en) release <"$fixtures/one-story.txt" || return
  copy two-stories <(echo en) release <"$fixtures/seed.txt" || return
  copy arabic <(echo ar) release <"$fixtures/arabic.txt" || return
  copy french <(echo fr) release <"$fixtures/french.txt"
}
# An editor's new article must reach the reader without a test changing: the content with one
# more article, in the plain form with a date and a link. What the reader sees is all it is
# for: a debug build, which after an edit takes seconds where a release build takes half a
# minute.
extra_article() {
  { cat content/articles.txt; printf '\n\n\n'; cat "$fixtures/extra-article.txt"; } |
    copy extra-article content/language.txt debug
}
# The README's commands (tests/commands.rs) build the wasm again, a debug and a release build,
# against the dist/ just built; the copies' content tests read the copies.
commands_tests() { tests --features ssr --test commands; }

# in_background NAME COMMAND…: runs COMMAND beside the steps in front, its output and test
# results kept for `shown NAME`; its job is $background_job.
in_background() {
  local name=$1
  shift
  (
    into="$scratch/$name-results"
    "$@"
  ) >"$scratch/$name-log" 2>&1 &
  background_job=$!
}
# shown NAME JOB TITLE: waits for the background JOB, shows its output under TITLE and adds its
# test results to the run's; fails as the job did.
shown() {
  local status=0
  wait "$2" || status=$?
  printf '\n\033[1m== %s\033[0m\n' "$3"
  cat "$scratch/$1-log"
  cat "$scratch/$1-results" >>"$results" 2>/dev/null || true
  return "$status"
}

# Two branches side by side: the release builds (the shipped dist/, the copies of other
# content, then the README's commands against them) in the background, their output shown once
# they are done; the checks and tests that need no dist/ in front, then the copy an editor's
# new article makes.
release_builds() {
  step "release build (scripts/build.sh)" ./scripts/build.sh || return
  step "release copies: 1, 2, 8 (Arabic), 12 (French) articles" release_copies || return
  step "the README's commands (tests/commands.rs)" commands_tests
}
in_background build release_builds
build_job=$background_job

lint() {
  cargo fmt --all -- --check || return
  shellcheck -x scripts/*.sh .ci/run
}
native_tests() {
  tests --features ssr --lib --bins --test parser --test repository || return
  tests --features ssr --doc || return
  tests --package news-card-parse
}
step "rustfmt, shellcheck" lint
step "clippy" clippy_all
step "native tests: unit, doc, the content crate, parser, paths" native_tests
step "component tests in chromium" component_tests chromium
step "component tests in firefox" component_tests firefox
step "debug copy: one more article" extra_article

shown build "$build_job" "release builds, the README commands" || exit

# The release copies, weighed against dist/ by the size gate (tests/dist/size_budget.rs) and
# laid out beside it by the layout tests (tests/dist/layout.rs), in every engine.
copies="$root/target/copies"
export NEWS_CARD_SIZE_COPIES="$copies/one-story=one story:$copies/two-stories=two stories"
NEWS_CARD_SIZE_COPIES+=":$copies/arabic=Arabic:$copies/french=French"
# (The two-story copy is the seed's content, laid out as dist/ is until the content changes.)
export NEWS_CARD_LAYOUT_COPIES="$copies/one-story:$copies/arabic:$copies/french"

# The content tests on the copies: every article, in every language, reaches the reader
# without a test changing (the main test binary reads each copy's content as its build did).
# Runs a command with the page tests pointed at the copy NAME: its dist/ and its content.
on_copy() {
  local name=$1
  shift
  (
    export NEWS_CARD_DIST="$copies/$name/dist" NEWS_CARD_CONTENT="$copies/$name/content"
    "$@"
  )
}
copies_content() {
  NEWS_CARD_OTHER_DIST="$root/dist" \
    NEWS_CARD_EXPECT_HEADLINE="$(head -n 1 "$fixtures/extra-article.txt")" \
    on_copy extra-article tests --features ssr --test dist -- content:: \
    prerender::the_page_carries || return
  on_copy arabic tests --features ssr --test dist -- content:: prerender::the_page_carries ||
    return
  on_copy french tests --features ssr --test dist -- content:: prerender::the_page_carries
}

# The page tests, one engine after another: page tests take both cores whatever runs beside
# them. Chromium's three at a time (measured on two cores: 53 s, against 59 s two at a time and
# 78 s one by one); Firefox's two at a time, as fast as three and with a third less CPU (65
# against 80 CPU seconds), which the copies' content tests take beside them; WebKit's three at a
# time. The branch beside shows its output once it is done.
step "page tests against dist/ in chromium" \
  engine_tests chromium --features ssr --test dist -- --test-threads=3

in_background beside step "the copies' content" copies_content
beside_job=$background_job
firefox_status=0
step "page tests against dist/ in firefox" \
  engine_tests firefox --features ssr --test dist -- --test-threads=2 || firefox_status=$?
beside_status=0
shown beside "$beside_job" "beside Firefox" || beside_status=$?
[ "$firefox_status" -eq 0 ] || exit "$firefox_status"
[ "$beside_status" -eq 0 ] || exit "$beside_status"

step "page tests against dist/ in webkit" \
  engine_tests webkit --features ssr --test dist -- --test-threads=3

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
