#!/usr/bin/env bash
# Builds the shipped dist/ (the one publishers copy and the test command checks) after
# installing whatever is missing: the release wasm with the settings of scripts/setup.sh's
# small_wasm, then the build program's stages (xtask/, trunk's post_build hook). Arguments go
# to trunk: `--dist DIR` writes the same files elsewhere.
set -euo pipefail
# shellcheck source=setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh" build
cd "$root"
# dist/ unless the arguments name another directory.
case " $* " in
  *" --dist "* | *" --dist="* | *" -d "*) small_wasm trunk build --release "$@" ;;
  *) small_wasm trunk build --release --dist dist "$@" ;;
esac
