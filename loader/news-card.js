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
  LOADING, NOSCRIPT_STYLESHEET, NO_URL_UPDATE, OBSERVED_ATTRIBUTES, READY_EVENT, SNIPPET,
  STYLESHEET, TAG, WASM,
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

let snippet;
/**
 * The prerendered card of the snippet beside this module, as a fragment to copy: what a bare
 * lazy card shows until it starts. Fetched as a document, so that no HTML string is parsed
 * (Trusted Types allow it); its declarative shadow root stays a plain template there.
 */
function prerenderedCard() {
  snippet ??= new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', new URL(SNIPPET, here));
    request.responseType = 'document';
    request.onload = () => {
      const template = request.response?.querySelector(`${TAG} > template`);
      if (request.status === 200 && template) resolve(template.content);
      else reject(new Error(`${SNIPPET} has no prerendered card (HTTP ${request.status})`));
    };
    request.onerror = () => reject(new Error(`${SNIPPET} could not be fetched`));
    request.send();
  });
  return snippet;
}

/** How near the screen a lazy card starts: within about one viewport. */
const LAZY_MARGIN = '100% 0px';
/** What else starts a lazy card: the reader reaching for it. */
const LAZY_TRIGGERS = ['pointerenter', 'touchstart', 'focusin'];

/** The articles, in tab order, as the `articles` property gives them. */
const articles = Object.freeze(ARTICLES.map((article) => Object.freeze({ ...article })));

/**
 * The attributes that mark a tab selected or not, as the card renders them
 * (src/components/tab_list.rs). Before the card runs, a pick swaps them between the two tabs;
 * a page test checks that the card, once running, shows exactly what that showed.
 */
const TAB_STATE = ['aria-selected', 'tabindex', 'part', 'class'];

/**
 * The tab a key of the tabs pattern moves the selection to from `current` among `count`, as
 * `TabMove` does in the card (src/selection.rs): ←/→ (swapped in right-to-left text) with
 * wrap-around, Home and End; `undefined` for any other key.
 */
function tabAfterKey(key, current, count, rtl) {
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  const step = { ArrowLeft: -1, ArrowRight: 1 }[key];
  return step === undefined ? undefined : (current + (rtl ? -step : step) + count) % count;
}

/** The tabs of the prerendered card in `shadow`, and the index of the selected one. */
function tabsOf(shadow) {
  const tabs = [...shadow.querySelectorAll('[role=tab]')];
  return [tabs, tabs.findIndex((tab) => tab.getAttribute('aria-selected') === 'true')];
}

/**
 * Shows article `index` in the prerendered card in `shadow` as the card renders a selection:
 * the selected tab's attributes swap with the picked tab's, and only its panel is shown.
 */
function showArticle(shadow, index) {
  const [tabs, current] = tabsOf(shadow);
  if (current < 0 || index === current || !tabs[index]) return;
  for (const name of TAB_STATE) {
    const [was, will] = [tabs[current].getAttribute(name), tabs[index].getAttribute(name)];
    tabs[current].setAttribute(name, will);
    tabs[index].setAttribute(name, was);
  }
  // `hidden="hidden"`, as the card writes it.
  shadow.querySelectorAll('[role=tabpanel]').forEach((panel, i) => {
    if (i === index) panel.removeAttribute('hidden');
    else panel.setAttribute('hidden', 'hidden');
  });
}

/** A `<link rel="stylesheet">` to `href`. */
function stylesheetLink(href) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  return link;
}

/**
 * The index of the article an `article` value names (a slug or a position from 1), as the card
 * reads it once it runs; the first article's for anything else.
 */
function articleIndex(value) {
  const trimmed = (value ?? '').trim();
  const bySlug = articles.findIndex((article) => article.slug === trimmed);
  const position = /^[0-9]+$/.test(trimmed) ? Number(trimmed) : 0;
  if (bySlug >= 0) return bySlug;
  return position >= 1 && position <= articles.length ? position - 1 : 0;
}

class NewsCardElement extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED_ATTRIBUTES;
  }

  #card;
  #failed = false;
  /** The tab the reader picked on a prerendered card before it was interactive. */
  #picked;
  /** Settles once a bare lazy card's placeholder shows, styled, or cannot be had. */
  #placeholder;
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
    if (this.#card) return this.#card.selected();
    return articles[this.#picked ?? articleIndex(this.getAttribute(ARTICLE))]?.slug ?? '';
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
    if (this.#lazy()) {
      if (!this.shadowRoot) this.#placeholder ??= this.#holdPlace();
      this.#waitUntilNear();
    } else {
      this.#start();
    }
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
    Promise.all([start(), this.#placeholder])
      .then(() => {
        if (this.isConnected && !this.#card && !this.#failed) {
          // The card starts with the reader's pick, shown as the loader showed it, and
          // reports it as theirs (change event, URL) before it is ready.
          this.#stopRemembering?.();
          const card = mount(this, stylesheet, this.#picked);
          this.#card = card;
          this.#picked = undefined;
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
    if (!this.#card) {
      // The page's pick comes after the reader's: it is the one the card starts with.
      if (name === ARTICLE) this.#picked = undefined;
      return;
    }
    if (name === ARTICLE) {
      if (value !== null) this.#card.select(value);
    } else if (name === LABEL) {
      this.#card.set_label(value ?? undefined);
    } else if (name === NO_URL_UPDATE) {
      this.#card.set_url_updates(value === null);
    }
  }

  // A prerendered card works as tabs before the wasm has started: a click on a tab, or a key
  // of the tabs pattern on one, shows that tab's article and focuses its tab at once (keys
  // are kept from scrolling the page). The card starts with the pick.
  #rememberInput() {
    const shadow = this.shadowRoot;
    if (!shadow || this.#stopRemembering) return;
    const pick = (event) => {
      const tab = event.target instanceof Element ? event.target.closest('[role=tab]') : null;
      if (!tab) return;
      const [tabs, current] = tabsOf(shadow);
      let index = tabs.indexOf(tab);
      if (event.type === 'keydown') {
        if (event.altKey || event.ctrlKey || event.metaKey) return;
        index = tabAfterKey(event.key, current, tabs.length, tab.matches(':dir(rtl)'));
        if (index === undefined) return;
        event.preventDefault();
      }
      this.#picked = index;
      showArticle(shadow, index);
      tabs[index].focus();
    };
    shadow.addEventListener('click', pick);
    shadow.addEventListener('keydown', pick);
    this.#stopRemembering = () => {
      shadow.removeEventListener('click', pick);
      shadow.removeEventListener('keydown', pick);
      this.#stopRemembering = undefined;
    };
  }

  // A bare lazy card shows the snippet's prerendered card until it starts: readable, its tabs
  // working, as tall as the card will be (nothing moves when it starts), with the article and
  // the tab list's name the element asks for. It appears once its stylesheet has loaded; the
  // card starts on it only then, and hydrates it like a pasted snippet.
  async #holdPlace() {
    try {
      const card = document.importNode(await prerenderedCard(), true);
      if (this.shadowRoot || this.#card || this.#failed) return;
      // This card has script: the no-script layout is not for it.
      for (const noscript of card.querySelectorAll('noscript')) noscript.remove();
      const link = card.querySelector('link[rel=stylesheet]');
      const styled = new Promise((resolve) => {
        link.onload = link.onerror = resolve;
      });
      link.href = stylesheet;
      const root = link.nextElementSibling;
      root.hidden = true;
      card.querySelector('[role=tablist]').setAttribute('aria-label', this.label);
      const shadow = this.attachShadow({ mode: 'open' });
      shadow.append(card);
      showArticle(shadow, articleIndex(this.getAttribute(ARTICLE)));
      this.#rememberInput();
      await styled;
      root.hidden = false;
    } catch (error) {
      console.warn(`${TAG}: a lazy card takes no room until it starts: ${error.message}.`);
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
