// The <news-card> loader: defines the element and starts the card's WebAssembly.
// Every URL is resolved against this module's own URL, so dist/ works under any path of any
// static host. No inline script, no eval: it runs under a strict Content-Security-Policy.
// The build bundles this file with wasm-bindgen's glue (news-card-core.js) into one minified
// dist/news-card.js (scripts/post-build.sh).
import init, { mount } from './news-card-core.js';

const stylesheet = new URL('news-card.css', import.meta.url).href;
const ready = init({ module_or_path: new URL('news-card-core_bg.wasm', import.meta.url) });

class NewsCardElement extends HTMLElement {
  connectedCallback() {
    ready.then(() => {
      if (this.isConnected && !this.card) {
        this.card = mount(this, stylesheet);
        this.dispatchEvent(new Event('news-card-ready', { bubbles: true, composed: true }));
      }
    }).catch((error) => console.error('news-card: cannot start the card', error));
  }

  disconnectedCallback() {
    // An element moved within the page is disconnected and reconnected in one task: keep it.
    queueMicrotask(() => {
      if (!this.isConnected && this.card) {
        this.card.free();
        this.card = undefined;
      }
    });
  }
}

if (!customElements.get('news-card')) customElements.define('news-card', NewsCardElement);
