#!/bin/sh
# trunk post_build hook, run in the source directory on trunk's staging directory:
# 1. bundles the card's stylesheet from its entry, styles/news-card.css, and minifies it and the
#    no-script layout (the sources in styles/ keep their comments);
# 2. shortens the names the wasm and wasm-bindgen's glue know each other by
#    (scripts/shorten-wasm-names.mjs);
# 3. gives the wasm and the stylesheets content-hashed names, prerenders the card into the page,
#    and writes the publisher snippet, the types, the Custom Elements Manifest and package.json
#    (src/bin/prerender.rs);
# 4. bundles the loader, the contract module the prerender wrote and wasm-bindgen's glue into
#    one minified news-card.js, so the card costs one script request and fewer bytes;
# 5. writes .br and .gz beside every file a browser fetches, for hosts that serve them as is.
set -eu
cd "$TRUNK_SOURCE_DIR"
esbuild=node_modules/.bin/esbuild
$esbuild styles/news-card.css --bundle --minify --log-level=warning \
  --outfile="$TRUNK_STAGING_DIR/news-card.css"
$esbuild styles/noscript.css --minify --log-level=warning \
  --outfile="$TRUNK_STAGING_DIR/news-card-noscript.css"
node scripts/shorten-wasm-names.mjs "$TRUNK_STAGING_DIR" news-card-core_bg.wasm news-card-core.js
# The prerender is a native program: the settings of a smaller wasm (scripts/setup.sh,
# small_wasm) are not for it, and cargo refuses to build std without a --target.
env -u RUSTC_BOOTSTRAP -u CARGO_UNSTABLE_BUILD_STD -u CARGO_UNSTABLE_BUILD_STD_FEATURES \
  cargo run --quiet --locked --features ssr --bin prerender
$esbuild "$TRUNK_STAGING_DIR/news-card.js" --bundle --minify --format=esm \
  --log-level=warning --allow-overwrite --outfile="$TRUNK_STAGING_DIR/news-card.js"
rm "$TRUNK_STAGING_DIR/news-card-core.js" "$TRUNK_STAGING_DIR/news-card-contract.js"
node scripts/precompress.mjs "$TRUNK_STAGING_DIR"
