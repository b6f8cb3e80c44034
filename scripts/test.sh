#!/usr/bin/env bash
# Runs every check after installing whatever is missing: rustfmt, clippy (native and wasm32),
# the release build of the demo into dist/ (prerendered by the post_build hook), the native
# tests (parser, prerender), the page tests against dist/ in headless Chromium, Firefox ESR and
# WebKitGTK (under Xvfb), the component tests in headless Chromium and Firefox ESR, and a copy
# of the project with one more article. It ends with one line per engine and the total.
set -euo pipefail
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$root"

# Each step's title says how long the run has taken so far.
step() { printf '\n\033[1m== %s\033[0m (at %d s)\n' "$*" "$SECONDS"; }

# Every cargo test's output is kept so the run can end with one total.
results=$(mktemp)
trap 'rm -f "$results"' EXIT
tests() { cargo test --locked "$@" 2>&1 | tee -a "$results"; }

step "rustfmt, shellcheck"
cargo fmt --all -- --check
shellcheck -x scripts/*.sh .ci/run
# Every feature combination, so that each feature builds on its own and means what it says.
for features in "" csr hydration ssr hydration,ssr; do
  step "clippy, native, features [$features]"
  cargo clippy --locked --all-targets --no-default-features --features "$features" -- -D warnings
done
step "clippy, the build program (xtask)"
cargo clippy --locked --package xtask --all-targets -- -D warnings
for features in csr hydration; do
  step "clippy, wasm32, features [$features]"
  cargo clippy --locked --lib --bins --tests --target wasm32-unknown-unknown \
    --no-default-features --features "$features" -- -D warnings
done
step "release build of the demo (dist/)"
small_wasm trunk build --release
step "native tests: unit tests, doc tests, the parser"
tests --features ssr --lib --bins --test parser
tests --features ssr --doc
# The page tests in each engine, then the component tests in each engine that
# wasm-bindgen-test-runner drives. A test that needs what one engine lacks (the DevTools
# protocol, a WebDriver setting), or no browser at all, says so in a `skipped:` line and
# returns: those lines are counted as skipped. Each engine's lines go to a file of its own,
# for the total.
engines=(chromium firefox webkit)
declare -A engine_results
for engine in "${engines[@]}"; do
  engine_results[$engine]=$(mktemp)
done
trap 'rm -f "$results" "${engine_results[@]}"' EXIT
for engine in "${engines[@]}"; do
  step "page tests against the built dist/ in $engine"
  NEWS_CARD_ENGINE=$engine cargo test --locked --features ssr --test dist -- --show-output 2>&1 |
    grep -E '^(test |test result|skipped: |stress: |real clicks: |---- |thread |  left|  right)' |
    tee -a "${engine_results[$engine]}" "$results"
done
# wasm-bindgen-test-runner takes Firefox when GECKODRIVER is set, else Chromium. It gives the
# driver 5 s to bind its port, which a driver starting while the last engine's browsers are
# still being killed can miss.
export WASM_BINDGEN_TEST_DRIVER_TIMEOUT=30
step "component tests in chromium"
tests --target wasm32-unknown-unknown --test components | tee -a "${engine_results[chromium]}"
step "component tests in firefox"
GECKODRIVER=$(command -v geckodriver) tests --target wasm32-unknown-unknown --test components |
  tee -a "${engine_results[firefox]}"

# An editor's new article must reach the reader without a test changing: a copy of the project
# (under target/, so that later runs reuse its build) gets one more article, in the plain form
# with a date and a link, is built, and the content and JSON-LD tests run against its dist/. The copy shares this target directory, so dependencies
# are built once; a package version of its own keeps its artifacts apart from this build's.
step "a copy with one more article builds and shows it"
copy="$root/target/extra-article"
extra="$root/tests/fixtures/valid/extra-article.txt"
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
  cat > "$copy/$1.new"
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
  # The copy's dist/ is built again only when the copy's sources or the tools differ from
  # those it was last built from (the build of an unchanged copy would write the same files).
  built_from=$({
    tar --exclude=./dist --exclude=./node_modules --sort=name --mtime=@0 --owner=0 --group=0 \
      --numeric-owner -cf - .
    trunk --version
    rustc --version
    echo "${CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS:-} $small_wasm_rustflags"
  } | sha256sum)
  if [ "$(cat dist/.built-from 2>/dev/null)" != "$built_from" ]; then
    small_wasm trunk build --release
    echo "$built_from" > dist/.built-from
  fi
  NEWS_CARD_EXPECT_HEADLINE="$(head -n 1 "$extra")" NEWS_CARD_OTHER_DIST="$root/dist" \
    tests --features ssr --test dist -- content:: prerender::the_page_carries_one_news_article
)

step "total"
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
  count "$engine" "${engine_results[$engine]}"
done
count summary "$results"
