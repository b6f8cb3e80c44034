#!/usr/bin/env bash
# Serves the demo on http://127.0.0.1:8080 after installing whatever is missing.
set -euo pipefail
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$root"
small_wasm trunk serve "$@"
