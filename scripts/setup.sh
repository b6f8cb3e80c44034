#!/usr/bin/env bash
# Installs what building, serving and testing news-card need, skipping what is already there.
# Everything comes from the package registries (crates.io, Debian, npm); nothing else is fetched.
# Sourced by scripts/serve.sh and scripts/test.sh; it leaves PATH set for them.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
export PATH="$CARGO_HOME/bin:$root/node_modules/.bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root apt-get update -qq
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Rust: the wasm32 target, rustfmt and clippy.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"
    rustup component add "$component"
  fi
done

# wasm-bindgen CLI at exactly the version Cargo.lock pins (the test runner comes with it).
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$root/Cargo.lock")
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  # --locked fails for this version: one of its locked dependencies is gone from the registry.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" "$root/Trunk.toml"; then
  echo "Trunk.toml [tools] wasm_bindgen must be $bindgen_version, the version in Cargo.lock" >&2
  exit 1
fi

# trunk 0.21.14: the newest that builds on this toolchain; it only builds with --locked.
if [ "$(trunk --version 2>/dev/null)" != "trunk 0.21.14" ]; then
  say "installing trunk 0.21.14 (several minutes)"
  cargo install trunk --version 0.21.14 --locked --debug --force
fi

# Node.js and npm, for wasm-opt (binaryen), esbuild and axe-core from the npm registry.
if ! command -v npm >/dev/null 2>&1; then
  say "installing Node.js and npm"
  apt_install nodejs npm
fi
stamp="$root/node_modules/.installed-from-lock"
if [ "$(cat "$stamp" 2>/dev/null)" != "$(sha256sum < "$root/package-lock.json")" ]; then
  say "installing npm packages (binaryen for wasm-opt, esbuild, axe-core, bootstrap)"
  (cd "$root" && npm ci)
  sha256sum < "$root/package-lock.json" > "$stamp"
fi

# Chromium and ChromeDriver from Debian, for the browser tests.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  say "installing chromium and chromium-driver"
  apt_install chromium chromium-driver
fi
export CHROMEDRIVER="${CHROMEDRIVER:-$(command -v chromedriver)}"
