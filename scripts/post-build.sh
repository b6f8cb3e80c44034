#!/bin/sh
# trunk post_build hook, run in the source directory on trunk's staging directory:
# 1. prerenders the card into the page and writes the card's stylesheets and the publisher
#    snippet (src/bin/prerender.rs);
# 2. bundles the loader and wasm-bindgen's glue into one minified news-card.js, so the card
#    costs one script request and fewer bytes;
# 3. minifies the card's stylesheets (the sources in styles/ keep their comments).
set -eu
cd "$TRUNK_SOURCE_DIR"
cargo run --quiet --locked --features ssr --bin prerender
node_modules/.bin/esbuild "$TRUNK_STAGING_DIR/news-card.js" --bundle --minify --format=esm \
  --log-level=warning --allow-overwrite --outfile="$TRUNK_STAGING_DIR/news-card.js"
rm "$TRUNK_STAGING_DIR/news-card-core.js"
for sheet in news-card.css news-card-noscript.css; do
  node_modules/.bin/esbuild "$TRUNK_STAGING_DIR/$sheet" --minify --log-level=warning \
    --allow-overwrite --outfile="$TRUNK_STAGING_DIR/$sheet"
done
