#!/usr/bin/env bash
# Prints where the card's wasm bytes go, as docs/size.md reports them: the release wasm (built
# with std, as scripts/test.sh builds it) through
# wasm-bindgen and `wasm-opt -Oz` with its name section kept, then `twiggy top`, and the bytes
# grouped by owner. Installs twiggy from crates.io if it is missing.
set -euo pipefail
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$root"

if [ "$(twiggy --version 2>/dev/null)" != "twiggy-opt 0.8.0" ]; then
  say "installing twiggy 0.8.0"
  cargo install twiggy --version 0.8.0 --locked --force
fi

out=target/size-report
small_wasm cargo build --locked --release --target wasm32-unknown-unknown --bin news-card-core
wasm-bindgen --target web --keep-debug --out-dir "$out" \
  target/wasm32-unknown-unknown/release/news-card-core.wasm
wasm-opt -Oz -g --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/news-card-core_bg.wasm" -o "$out/named.wasm"

twiggy top -n 20 "$out/named.wasm"
echo
echo "bytes by owner (the name section excluded):"
twiggy top -n 100000 "$out/named.wasm" > "$out/top.txt"
# Names carry a crate hash (`yew[8e61cb6a95c4974]::`): an owner is its crate name and `[`.
for owner in 'yew[' 'feat_hydration' 'Hydrat' 'data segment' 'core[' 'alloc[' 'hashbrown' \
  'indexmap' 'shim' 'news_card[' 'wasm_bindgen' 'js_sys' 'web_sys' 'lol_alloc' 'fmt'; do
  bytes=$(grep -F "$owner" "$out/top.txt" | grep -vF '"function names"' \
    | awk -F'┊' '{ s += $1 } END { print s + 0 }')
  printf '  %-16s %8d\n' "$owner" "$bytes"
done
