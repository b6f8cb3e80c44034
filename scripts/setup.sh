#!/usr/bin/env bash
# Installs what building, serving or testing news-card needs, skipping what is already there,
# and prints how long each step took. Everything comes from the package registries (crates.io,
# Debian, npm); nothing else is fetched. Each version is written once, where its tool reads it:
# the Rust toolchain in rust-toolchain.toml, wasm-bindgen in Cargo.lock, trunk and wasm-opt in
# Trunk.toml's [tools], the npm packages in package-lock.json.
#
# Sourced by the other scripts with what they do as its argument, which says what to install:
#   build  the Rust toolchain with std's source, the npm packages, wasm-bindgen-cli, trunk;
#   serve  the same but std's source (the demo is served as a debug build);
#   test   everything: also Chromium, Firefox ESR, WebKitGTK, Xvfb, shellcheck, geckodriver.
# It leaves PATH set.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$CARGO_HOME/bin:$root/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Runs one set-up step and says how long it took.
timed() {
  local name=$1 started=$SECONDS
  shift
  "$@"
  say "$name: $((SECONDS - started)) s"
}

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# The value of `key = "value"` in a TOML file (the first one).
toml_value() { sed -n "s/^$2 = \"\\(.*\\)\"\$/\\1/p" "$1" | head -n 1; }

# Rust: the toolchain, its wasm32 target, rustfmt and clippy, as rust-toolchain.toml names them.
rust() {
  local output
  if ! output=$(cd "$root" && rustup toolchain install 2>&1); then
    printf '%s\n' "$output" >&2
    exit 1
  fi
}

# The release wasm is built with std compiled alongside the card, sized for size, with panics
# that abort at once and without panic locations or Debug formatting (docs/size.md): about
# 14 KB less on the wire. These are unstable settings: the pinned toolchain of
# rust-toolchain.toml accepts them with RUSTC_BOOTSTRAP, and only the release wasm gets them
# (trunk's cargo build in scripts/build.sh, through small_wasm below). Every other build (the
# demo that scripts/serve.sh serves, clippy, the tests, the build program) runs without them:
# a build with RUSTC_BOOTSTRAP set and one without, sharing host crates, rebuild every proc
# macro for each other (proc-macro2 reruns its build script when RUSTC_BOOTSTRAP changes), and
# the release wasm's host crates live apart in target/release. std's own dependencies are
# fetched once here, since trunk runs cargo offline.
small_wasm_rustflags="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
small_std() {
  local library refused
  library="$(cd "$root" && rustc --print sysroot)/lib/rustlib/src/rust/library"
  # shellcheck disable=SC2086 # the flags are words
  if ! refused=$(cd "$root" && RUSTC_BOOTSTRAP=1 rustc --target wasm32-unknown-unknown \
    $small_wasm_rustflags --print cfg 2>&1 >/dev/null); then
    printf '%s\n' "$refused" >&2
    echo "$(rustc --version) refuses the small-wasm flags ($small_wasm_rustflags): pin a" \
      "toolchain that accepts them in rust-toolchain.toml, or change small_wasm_rustflags in" \
      "scripts/setup.sh (docs/size.md says what each one buys)" >&2
    exit 1
  fi
  (cd "$root" && RUSTC_BOOTSTRAP=1 cargo fetch --quiet --manifest-path "$library/Cargo.toml")
}

# Runs a command (trunk build --release, cargo build --release) with the settings of the
# smaller release wasm. NEWS_CARD_RELEASE tells Trunk.toml's pre_build hook that the release
# build has them.
small_wasm() {
  env RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size NEWS_CARD_RELEASE=1 \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS $small_wasm_rustflags" \
    "$@"
}

# wasm-bindgen CLI at exactly the version Cargo.lock pins (the test runner comes with it);
# Trunk.toml's [tools] must name the same version, since trunk checks it.
bindgen() {
  local version
  version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$root/Cargo.lock")
  if [ "$(toml_value "$root/Trunk.toml" wasm_bindgen)" != "$version" ]; then
    echo "Trunk.toml [tools] wasm_bindgen must be $version, the version in Cargo.lock" >&2
    exit 1
  fi
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    say "installing wasm-bindgen-cli $version (a few minutes)"
    # --locked fails for this version: one of its locked dependencies is gone from the registry.
    # Without default features (TLS, which nothing here uses: chromedriver and the test server
    # are plain http on 127.0.0.1) it builds in less time.
    cargo install wasm-bindgen-cli --version "$version" --no-default-features --force
  fi
}

# trunk at the version Trunk.toml requires. It only builds with --locked. A debug build takes
# a third of the time of a release build and builds the same dist/; without debug info, and
# without its default features (TLS for downloading tools and serving https, the update
# check), it builds faster still (229 s → 173 s on two cores), and the project needs none of
# them: trunk runs offline (Trunk.toml) on plain http.
trunk_tool() {
  local version
  version=$(toml_value "$root/Trunk.toml" trunk_version)
  version=${version#=}
  if [ "$(trunk --version 2>/dev/null)" != "trunk $version" ]; then
    say "installing trunk $version (a few minutes)"
    CARGO_PROFILE_DEV_DEBUG=0 \
      cargo install trunk --version "$version" --locked --debug --no-default-features --force
  fi
}

# geckodriver, which drives Firefox for the page and component tests, from crates.io at a
# pinned version. A debug build without debug info builds in 60 s against 100 s for a release
# build, and a proxy between a test and Firefox needs no more speed.
geckodriver_version=0.37.1
gecko_driver() {
  if [ "$(geckodriver --version 2>/dev/null | head -n 1)" != "geckodriver $geckodriver_version" ]; then
    say "installing geckodriver $geckodriver_version (about a minute)"
    CARGO_PROFILE_DEV_DEBUG=0 cargo install geckodriver --version "$geckodriver_version" \
      --locked --debug --force
  fi
}

# Node.js and npm, then the npm packages of package-lock.json (wasm-opt from binaryen, esbuild,
# axe-core, bootstrap). Trunk.toml's wasm_opt must name the binaryen major version npm installs.
node_tools() {
  if ! command -v npm >/dev/null 2>&1; then
    say "installing Node.js and npm"
    apt_install nodejs npm
  fi
  local stamp="$root/node_modules/.installed-from-lock"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum < "$root/package-lock.json")" ]; then
    say "installing npm packages"
    (cd "$root" && npm ci)
    sha256sum < "$root/package-lock.json" > "$stamp"
  fi
  local binaryen wasm_opt
  binaryen=$(node -p "require('$root/node_modules/binaryen/package.json').version.split('.')[0]")
  wasm_opt=$(toml_value "$root/Trunk.toml" wasm_opt)
  if [ "$wasm_opt" != "version_$binaryen" ]; then
    echo "Trunk.toml [tools] wasm_opt is $wasm_opt; package-lock.json has binaryen $binaryen" >&2
    exit 1
  fi
}

# Chromium and ChromeDriver, Firefox ESR, and WebKitGTK's driver with the X server it runs
# under (it has no headless mode), for the browser tests, and shellcheck for the scripts, from
# Debian.
debian_tools() {
  local missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
  [ -x /usr/lib/firefox-esr/firefox-esr ] || missing+=(firefox-esr)
  command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
  command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]}"
    apt_install "${missing[@]}"
  fi
}

# What the sourcing script does ($1): build, serve or test.
purpose=${1:-test}
case $purpose in
  build | serve | test) ;;
  *)
    echo "scripts/setup.sh: source it with build, serve or test, not \`$purpose\`" >&2
    exit 1
    ;;
esac
# A script that another one runs (scripts/test.sh runs scripts/build.sh) finds everything
# installed already: NEWS_CARD_SET_UP says for what.
case "${NEWS_CARD_SET_UP:-}:$purpose" in
  test:* | build:build | build:serve | serve:serve) return 0 ;;
esac
timed "Rust toolchain" rust
[ "$purpose" = serve ] || timed "std for the release wasm" small_std
# Debian's and npm's packages install while cargo builds the tools: one waits on the network
# and the disk, the other on the CPU. Its output is kept and shown once it is done.
packages_log=$(mktemp)
packages() {
  if [ "$purpose" = test ]; then timed "Debian packages" debian_tools; fi
  timed "npm packages" node_tools
}
packages >"$packages_log" 2>&1 &
packages_job=$!
# One cargo install after the other: side by side on two cores they took longer in all.
timed "wasm-bindgen-cli" bindgen
timed "trunk" trunk_tool
[ "$purpose" != test ] || timed "geckodriver" gecko_driver
packages_status=0
wait "$packages_job" || packages_status=$?
cat "$packages_log"
rm -f "$packages_log"
[ "$packages_status" -eq 0 ] || exit "$packages_status"
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
# The wasm names its dependencies' source files (in panic locations) by their path under
# CARGO_HOME, which differs between machines: written as under /cargo, the wasm's bytes, and
# so its size budget, are the same wherever it is built.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=$CARGO_HOME=/cargo"
export NEWS_CARD_SET_UP=$purpose
