#!/bin/sh
# trunk post_build hook: prerenders the card into the staged page and writes the card's
# stylesheets and the publisher snippet (see src/bin/prerender.rs).
set -eu
cd "$TRUNK_SOURCE_DIR"
exec cargo run --quiet --locked --features ssr --bin prerender
