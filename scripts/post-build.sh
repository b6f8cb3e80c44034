#!/bin/sh
# trunk post_build hook: writes news-card.css, the card's stylesheets in cascade order, which
# each card links from inside its shadow root.
set -eu
cd "$TRUNK_SOURCE_DIR"
cat styles/host.css styles/card.css styles/tabs.css styles/panel.css styles/caption.css \
  styles/print.css > "$TRUNK_STAGING_DIR/news-card.css"

# With inject_scripts = false trunk leaves its rust link behind; it means nothing to a browser.
sed -i '/<link data-trunk rel="rust"/d' "$TRUNK_STAGING_DIR/index.html"
