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

# An editor's new article must reach the reader without a test changing: a copy of the project
# gets one more article, is built, and the content test runs against its dist/. The copy has its
# own target directory, a hard-linked clone of this one (the dependencies are built once, and
# neither build overwrites the other's binaries); both stay under target/ for later runs.
step "a copy with one more article builds and shows it"
copy="$root/target/extra-article"
mkdir -p "$copy/target"
for dir in debug release wasm32-unknown-unknown; do
  if [ -d "$root/target/$dir" ] && [ ! -e "$copy/target/$dir" ]; then
    cp -al "$root/target/$dir" "$copy/target/$dir"
  fi
done
tar -C "$root" --exclude=./target --exclude=./dist --exclude=./node_modules --exclude=./.git \
  --exclude=./content/articles.txt -cf - . | tar -C "$copy" -xf -
ln -sfn "$root/node_modules" "$copy/node_modules"
extra="$root/tests/fixtures/valid/extra-article.txt"
# Blank lines first: the content may or may not end with a line break. The file is replaced
# only when it changes, so that an unchanged copy is not rebuilt.
{ cat "$root/content/articles.txt"; printf '\n\n\n'; cat "$extra"; } > "$copy/articles.new"
cmp -s "$copy/articles.new" "$copy/content/articles.txt" ||
  mv "$copy/articles.new" "$copy/content/articles.txt"
rm -f "$copy/articles.new"
(
  cd "$copy"
  export CARGO_TARGET_DIR="$copy/target"
  trunk build --release
  NEWS_CARD_EXPECT_HEADLINE="$(head -n 1 "$extra")" tests --features ssr --test content_page
)

step "total"
awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i } }
     END { printf "summary: %d passed, %d failed\n", p, f }' "$results"
