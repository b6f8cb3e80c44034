// The <news-card> loader: defines the element and starts the card's WebAssembly.
// Every URL is resolved against this module's own URL, so dist/ works under any path of any
// static host. No inline script, no eval, no HTML strings: it runs under a strict
// Content-Security-Policy with Trusted Types.
// The names it uses come from the contract (src/contract.rs), through the module the build
// generates from it; the build bundles this file with that module and wasm-bindgen's glue
// (news-card-core.js) into one minified dist/news-card.js (scripts/post-build.sh).
import init, { mount } from './news-card-core.js';
import {
  ARTICLE, ARTICLES, ATTRIBUTE_PROPERTIES, DEFAULT_LABEL, ERROR_EVENT, FAILURE_TEXT, LABEL,
  LOADING, NOSCRIPT_STYLESHEET, NO_URL_UPDATE, OBSERVED_ATTRIBUTES, READY_EVENT, STYLESHEET,
  TAG, WASM,
} from './news-card-contract.js';

const here = import.meta.url;
const stylesheet = new URL(STYLESHEET, here).href;
const noscriptStylesheet = new URL(NOSCRIPT_STYLESHEET, here).href;

let started;
/** Fetches and starts the card's WebAssembly, once for every card of the page. */
function start() {
  started ??= init({ module_or_path: new URL(WASM, here) });
  return started;
}

/** How near the screen a lazy card starts: within about one viewport. */
const LAZY_MARGIN = '100% 0px';
/** What else starts a lazy card: the reader reaching for it. */
const LAZY_TRIGGERS = ['pointerenter', 'touchstart', 'focusin'];

/** The articles, in tab order, as the `articles` property gives them. */
const articles = Object.freeze(ARTICLES.map((article) => Object.freeze({ ...article })));

/** The keys the tabs pattern handles, remembered on a card that is not interactive yet. */
const TAB_KEYS = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];

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
    return OBSERVED_ATTRIBUTES;
  }

  #card;
  #failed = false;
  /** The reader's clicks and keys on a prerendered card's tabs before it is interactive. */
  #early = [];
  #stopRemembering;
  #stopWaiting;
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

  /** `lazy`: the card starts only near the screen or when the reader reaches for it. */
  get loading() {
    return this.getAttribute(LOADING) === 'lazy' ? 'lazy' : 'eager';
  }

  set loading(value) {
    this.setAttribute(LOADING, String(value));
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
    for (const property of ATTRIBUTE_PROPERTIES) {
      if (Object.hasOwn(this, property)) {
        const value = this[property];
        delete this[property];
        this[property] = value;
      }
    }
    this.#findStylesheet();
    if (this.#card) return;
    this.#rememberInput();
    if (this.#lazy()) this.#waitUntilNear();
    else this.#start();
  }

  /** Whether the card waits to start, warning about a `loading` value it does not know. */
  #lazy() {
    const value = this.getAttribute(LOADING);
    if (value !== null && value !== 'lazy' && value !== 'eager') {
      console.warn(`<${TAG} ${LOADING}="${value}">: use "lazy" or "eager"; loading eagerly.`);
    }
    return value === 'lazy';
  }

  // Starts the card when it comes near the screen or the reader reaches for it.
  #waitUntilNear() {
    if (this.#stopWaiting) return;
    const go = () => {
      this.#stopWaiting?.();
      this.#start();
    };
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && go(),
      { rootMargin: LAZY_MARGIN },
    );
    observer.observe(this);
    for (const type of LAZY_TRIGGERS) this.addEventListener(type, go, { passive: true });
    this.#stopWaiting = () => {
      observer.disconnect();
      for (const type of LAZY_TRIGGERS) this.removeEventListener(type, go);
      this.#stopWaiting = undefined;
    };
  }

  #start() {
    start()
      .then(() => {
        if (this.isConnected && !this.#card && !this.#failed) {
          const card = mount(this, stylesheet);
          this.#card = card;
          return card.interactive.then(async () => {
            if (this.#card !== card) return;
            await this.#replayInput();
            this.#internals.states.add('ready');
            this.#started.resolve();
            this.dispatchEvent(new Event(READY_EVENT, { bubbles: true, composed: true }));
          });
        }
      })
      .catch((error) => this.#fail(error));
  }

  disconnectedCallback() {
    this.#stopWaiting?.();
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
    if (name === LOADING) {
      // A waiting card made eager starts now.
      if (this.#stopWaiting && !this.#lazy()) {
        this.#stopWaiting();
        this.#start();
      }
      return;
    }
    if (!this.#card) return;
    if (name === ARTICLE) {
      if (value !== null) this.#card.select(value);
    } else if (name === LABEL) {
      this.#card.set_label(value ?? undefined);
    } else if (name === NO_URL_UPDATE) {
      this.#card.set_url_updates(value === null);
    }
  }

  // A prerendered card can be clicked and typed at before the wasm has started: the reader's
  // input is remembered (keys the tabs pattern handles are kept from scrolling the page) and
  // applied, in order, once the card is interactive.
  #rememberInput() {
    const shadow = this.shadowRoot;
    if (!shadow || this.#stopRemembering) return;
    const remember = (event) => {
      const tab = event.target instanceof Element ? event.target.closest('[role=tab]') : null;
      if (!tab) return;
      const index = [...shadow.querySelectorAll('[role=tab]')].indexOf(tab);
      if (event.type === 'click') {
        // A click picks a tab whatever came before it: only what follows it still counts.
        this.#early = [{ index }];
      } else if (TAB_KEYS.includes(event.key) && !event.altKey && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        this.#early.push({ index, key: event.key });
      }
    };
    shadow.addEventListener('click', remember);
    shadow.addEventListener('keydown', remember);
    this.#stopRemembering = () => {
      shadow.removeEventListener('click', remember);
      shadow.removeEventListener('keydown', remember);
      this.#stopRemembering = undefined;
    };
  }

  // Each remembered input goes to the tab it was made on, as the reader made it, one render
  // apart, so that the card handles it as it would have.
  async #replayInput() {
    this.#stopRemembering?.();
    for (const { index, key } of this.#early.splice(0)) {
      const tab = this.shadowRoot?.querySelectorAll('[role=tab]')[index];
      if (!tab) continue;
      tab.focus();
      if (key) {
        const init = { key, bubbles: true, composed: true, cancelable: true };
        tab.dispatchEvent(new KeyboardEvent('keydown', init));
      } else {
        tab.click();
      }
      await new Promise((resolve) => setTimeout(resolve));
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
    this.#stopRemembering?.();
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
