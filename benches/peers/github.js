// GitHub's <tab-container> as a publisher bundles it (scripts/bench.sh, esbuild).
import '@github/tab-container-element';
