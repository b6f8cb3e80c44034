// Shoelace's <sl-tab-group>, <sl-tab> and <sl-tab-panel> only, as a publisher bundles them
// (scripts/bench.sh, esbuild).
import '@shoelace-style/shoelace/dist/components/tab-group/tab-group.js';
import '@shoelace-style/shoelace/dist/components/tab/tab.js';
import '@shoelace-style/shoelace/dist/components/tab-panel/tab-panel.js';
