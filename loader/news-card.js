// The <news-card> loader: defines the element and starts the card's WebAssembly.
// Every URL is resolved against this module's own URL, so dist/ works under any path of any
// static host. No inline script, no eval, no HTML strings: it runs under a strict
// Content-Security-Policy with Trusted Types.
// The build bundles this file with wasm-bindgen's glue (news-card-core.js) into one minified
// dist/news-card.js (scripts/post-build.sh).
import init, { mount } from './news-card-core.js';

const stylesheet = new URL('news-card.css', import.meta.url).href;
const noscriptStylesheet = new URL('news-card-noscript.css', import.meta.url).href;
const started = init({ module_or_path: new URL('news-card-core_bg.wasm', import.meta.url) });

/** What a card that could not start says in place of the articles. */
const FAILURE_TEXT = 'The news could not load.';

/** A `<link rel="stylesheet">` to `href`. */
function stylesheetLink(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return link;
}

class NewsCardElement extends HTMLElement {
  #card;
  #failed = false;
  #internals = this.attachInternals();
  #started = Promise.withResolvers();

  constructor() {
    super();
    // A card that cannot start rejects `ready`; that is no error of the page's own.
    this.#started.promise.catch(() => {});
  }

  /**
   * Resolves once the card is interactive; rejects, with the reason, when it cannot start.
   * The element also matches `:state(ready)` or `:state(failed)` from then on.
   */
  get ready() {
    return this.#started.promise;
  }

  connectedCallback() {
    this.#findStylesheet();
    started
      .then(() => {
        if (this.isConnected && !this.#card && !this.#failed) {
          this.#card = mount(this, stylesheet);
          this.#internals.states.add('ready');
          this.#started.resolve();
          this.dispatchEvent(new Event('news-card-ready', { bubbles: true, composed: true }));
        }
      })
      .catch((error) => this.#fail(error));
  }

  disconnectedCallback() {
    // An element moved within the page is disconnected and reconnected in one task: keep it.
    queueMicrotask(() => {
      if (!this.isConnected && this.#card) {
        this.#card.free();
        this.#card = undefined;
      }
    });
  }

  // A pasted snippet links the stylesheet relative to the page it was pasted into; on a page
  // at another path than dist/ that misses. The link is pointed at the stylesheet beside this
  // module, which is where it is.
  #findStylesheet() {
    const link = this.shadowRoot?.querySelector('link[rel=stylesheet]');
    if (link && link.href !== stylesheet) link.href = stylesheet;
  }

  // The card cannot start (the page's policy refuses WebAssembly, the wasm is missing, …): a
  // prerendered card shows every article the way it does without JavaScript, a bare card says
  // so in one line, and the page hears why from a news-card-error event.
  #fail(error) {
    if (this.#failed || !this.isConnected) return;
    this.#failed = true;
    this.#internals.states.add('failed');
    this.#started.reject(error);
    console.error('news-card: the card could not start:', error);
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (shadow.querySelector('[role=tabpanel]')) {
      shadow.append(stylesheetLink(noscriptStylesheet));
    } else {
      const message = document.createElement('p');
      message.textContent = FAILURE_TEXT;
      shadow.replaceChildren(message);
    }
    const detail = { message: String(error?.message ?? error) };
    this.dispatchEvent(
      new CustomEvent('news-card-error', { bubbles: true, composed: true, detail }),
    );
  }
}

if (!customElements.get('news-card')) customElements.define('news-card', NewsCardElement);
