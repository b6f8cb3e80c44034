#!/usr/bin/env bash
# Serves the demo on http://127.0.0.1:8080 after installing whatever is missing, and rebuilds
# it on every saved change to the content, the styles, the components or the page. It is a
# debug build, written to target/serve/ (Trunk.toml): the shipped dist/ is
# scripts/build.sh's alone.
set -euo pipefail
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" serve
cd "$root"
trunk serve "$@"
