// The <news-card> loader: defines the element and starts the card's WebAssembly.
// Every URL is resolved against this module's own URL, so dist/ works under any path of any
// static host. No inline script, no eval, no HTML strings: it runs under a strict
// Content-Security-Policy with Trusted Types.
// The names it uses come from the contract (src/contract.rs), through the module the build
// generates from it; the build bundles this file with that module and wasm-bindgen's glue
// (news-card-core.js) into one minified dist/news-card.js (scripts/post-build.sh).
import init, { mount } from './news-card-core.js';
import {
  ARTICLE, ARTICLES, DEFAULT_LABEL, ERROR_EVENT, FAILURE_TEXT, LABEL, NOSCRIPT_STYLESHEET,
  NO_URL_UPDATE, READY_EVENT, STYLESHEET, TAG, WASM,
} from './news-card-contract.js';

const here = import.meta.url;
const stylesheet = new URL(STYLESHEET, here).href;
const noscriptStylesheet = new URL(NOSCRIPT_STYLESHEET, here).href;
const started = init({ module_or_path: new URL(WASM, here) });

/** The articles, in tab order, as the `articles` property gives them. */
const articles = Object.freeze(ARTICLES.map((article) => Object.freeze({ ...article })));

/** A `<link rel="stylesheet">` to `href`. */
function stylesheetLink(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return link;
}

/**
 * The slug of the article an `article` value names (a slug or a position from 1), as the card
 * reads it once it runs; the first article's for anything else.
 */
function slugOf(value) {
  const trimmed = (value ?? '').trim();
  const bySlug = articles.find((article) => article.slug === trimmed);
  const position = /^[0-9]+$/.test(trimmed) ? Number(trimmed) : 0;
  return (bySlug ?? articles[position - 1] ?? articles[0])?.slug ?? '';
}

class NewsCardElement extends HTMLElement {
  static get observedAttributes() {
    return [ARTICLE, LABEL, NO_URL_UPDATE];
  }

  #card;
  #failed = false;
  #internals = this.attachInternals();
  #started = Promise.withResolvers();

  constructor() {
    super();
    // A card that cannot start rejects `ready`; that is no error of the page's own.
    this.#started.promise.catch(() => {});
  }

  /** The selected article's slug; setting it (a slug or a position from 1) selects it. */
  get article() {
    return this.#card ? this.#card.selected() : slugOf(this.getAttribute(ARTICLE));
  }

  set article(value) {
    this.setAttribute(ARTICLE, String(value));
  }

  /** The articles, in tab order: `{ slug, headline }` each. */
  get articles() {
    return articles;
  }

  /** The tab list's accessible name. */
  get label() {
    return this.getAttribute(LABEL) ?? DEFAULT_LABEL;
  }

  set label(value) {
    this.setAttribute(LABEL, String(value));
  }

  /** Whether selections leave the page's URL alone. */
  get noUrlUpdate() {
    return this.hasAttribute(NO_URL_UPDATE);
  }

  set noUrlUpdate(value) {
    this.toggleAttribute(NO_URL_UPDATE, Boolean(value));
  }

  /**
   * Resolves once the card is interactive; rejects, with the reason, when it cannot start.
   * The element also matches `:state(ready)` or `:state(failed)` from then on.
   */
  get ready() {
    return this.#started.promise;
  }

  connectedCallback() {
    // A property set before the element was defined shadows the accessor: pass it on.
    for (const property of ['article', 'label', 'noUrlUpdate']) {
      if (Object.hasOwn(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    this.#findStylesheet();
    started
      .then(() => {
        if (this.isConnected && !this.#card && !this.#failed) {
          const card = mount(this, stylesheet);
          this.#card = card;
          return card.interactive.then(() => {
            if (this.#card !== card) return;
            this.#internals.states.add('ready');
            this.#started.resolve();
            this.dispatchEvent(new Event(READY_EVENT, { bubbles: true, composed: true }));
          });
        }
      })
      .catch((error) => this.#fail(error));
  }

  disconnectedCallback() {
    const card = this.#card;
    if (!card) return;
    // An element moved within the page is disconnected and reconnected in one task: it keeps
    // its card. A removed one frees it, once it has rendered.
    queueMicrotask(() =>
      card.interactive.then(() => {
        if (!this.isConnected && this.#card === card) {
          this.#card = undefined;
          this.#internals.states.delete('ready');
          card.free();
        }
      }),
    );
  }

  // Setting an attribute to the value it has still calls this: asking again for the article
  // the reader has since moved away from selects it again.
  attributeChangedCallback(name, previous, value) {
    if (!this.#card) return;
    if (name === ARTICLE) {
      if (value !== null) this.#card.select(value);
    } else if (name === LABEL) {
      this.#card.set_label(value ?? undefined);
    } else if (name === NO_URL_UPDATE) {
      this.#card.set_url_updates(value === null);
    }
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
  // so in one line, and the page hears why from an error event.
  #fail(error) {
    if (this.#failed || !this.isConnected) return;
    this.#failed = true;
    this.#internals.states.add('failed');
    this.#started.reject(error);
    console.error(`${TAG}: the card could not start:`, error);
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (shadow.querySelector('[role=tabpanel]')) {
      shadow.append(stylesheetLink(noscriptStylesheet));
    } else {
      const message = document.createElement('p');
      message.textContent = FAILURE_TEXT;
      shadow.replaceChildren(message);
    }
    const detail = { message: String(error?.message ?? error) };
    this.dispatchEvent(new CustomEvent(ERROR_EVENT, { bubbles: true, composed: true, detail }));
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, NewsCardElement);
