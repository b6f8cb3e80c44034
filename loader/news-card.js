// The <news-card> loader: defines the element, answers the reader's clicks and keys, and starts
// the card's WebAssembly. No inline script, no eval, no HTML strings: it runs under a strict
// Content-Security-Policy with Trusted Types.
// The names and rules it uses come from the contract (src/contract/), through the module the
// build generates from it, each by name: an unknown name fails the build's bundling. The build
// bundles this file with that module, its own two helpers (news-card-tabs.js: the tabs pattern
// on the card's DOM; news-card-files.js: the card's files, found beside the bundle) and
// wasm-bindgen's glue (news-card-core.js) into one minified dist/news-card.js (xtask/, the
// bundle stage).
import { mount } from './news-card-core.js';
import {
  ARTICLE, ATTRIBUTE_PROPERTIES, CONTENT, CUSTOM_STATE_FAILED, CUSTOM_STATE_READY, ERROR_EVENT,
  EVENT_CONNECT, EVENT_CONNECT_LAZILY, EVENT_FAIL, EVENT_INTERACTIVE, EVENT_NEAR, EVENT_REMOVE,
  EVENT_WASM_LOADED, LABEL, LOADING, MARK_MOUNTED, NOSCRIPT_INTEGRITY, NOSCRIPT_STYLESHEET,
  NO_URL_UPDATE, OBSERVED_ATTRIBUTES, READY_EVENT, STARTUP, STARTUP_EVENTS, STATE_ATTRIBUTE,
  STATE_IDLE, STYLESHEET, STYLESHEET_INTEGRITY, TAG,
} from './news-card-contract.js';
import {
  afterPaint, isRtl, reveal, showArticle, tabAfterKey, tabsOf,
} from './news-card-tabs.js';
import {
  missing, noscriptStylesheet, prerenderedCard, start, stylesheet, stylesheetLink, unusable,
} from './news-card-files.js';

/** A promise with its resolve and reject (`Promise.withResolvers`, which not every browser has). */
function deferred() {
  const handle = {};
  handle.promise = new Promise((resolve, reject) => Object.assign(handle, { resolve, reject }));
  return handle;
}

/** How near the screen a lazy card starts: within about one viewport. */
const LAZY_MARGIN = '100% 0px';
/** What else starts a lazy card: the reader reaching for it. */
const LAZY_TRIGGERS = ['pointerenter', 'touchstart', 'focusin'];

/**
 * What the loader knows of the content (the contract module's `CONTENT`, one string): the tab
 * list's default name and the line a card that cannot start shows, in the content's language,
 * and the articles, in tab order, as the `articles` property gives them.
 */
const [[DEFAULT_LABEL, FAILURE_TEXT], ...ARTICLE_FIELDS] = CONTENT.split('\x1e')
  .map((record) => record.split('\x1f'));
const articles = Object.freeze(ARTICLE_FIELDS
  .map(([slug, headline]) => Object.freeze({ slug, headline })));

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

/**
 * The `<news-card>` element. Its start-up is one state machine (`ARCHITECTURE.md`, *Start-up*):
 * the state is `#state`, a record whose `name` is one of the contract's states, with what that
 * state holds (the reader's picks, the card, how to stop waiting), and every move goes through
 * `#move`, which takes it from the contract's table. The reader's input is apart from it: the
 * element answers every click and key on its tabs, in every state that shows them (`#answer`).
 */
class NewsCardElement extends HTMLElement {
  static get observedAttributes() {
    return OBSERVED_ATTRIBUTES;
  }

  #state = { name: STATE_IDLE };
  #internals = this.attachInternals?.();
  /** Stops answering the reader: the listeners on the shadow root, while it has tabs. */
  #answering = null;
  /** The reader's picks the card has not heard of yet (`#pick`). */
  #handing = [];
  /** The tab last brought into view: the reader's pick, or a selection the card made. */
  #revealed = null;
  /** Fails the card when a stylesheet in its shadow root is refused or missing (one listener
   * for the element's life: added again, it is the same one). */
  #stylesheetFailed = (event) => {
    // Only the card's own files: a link the loader has since replaced is not the card's.
    const { href } = event.target;
    if (href === stylesheet) this.#fail(unusable(STYLESHEET));
    else if (href === noscriptStylesheet) this.#fail(unusable(NOSCRIPT_STYLESHEET));
  };
  #ready = deferred();
  /** Settles once a pasted card's stylesheet has passed or failed its check. */
  #checked = null;

  constructor() {
    super();
    // A card that cannot start rejects `ready`; that is no error of the page's own.
    this.#ready.promise.catch(() => {});
  }

  /** The selected article's slug; setting it (a slug or a position from 1) selects it. */
  get article() {
    const { card, picks = [] } = this.#state;
    if (card) return this.#handing.length ? articles[this.#handing.at(-1)].slug : card.selected();
    return articles[picks.at(-1) ?? articleIndex(this.getAttribute(ARTICLE))]?.slug ?? '';
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
    return this.#ready.promise;
  }

  /**
   * Moves the start-up on by `event`, if the contract's table has a move for it from the
   * current state: the new state keeps what `keep` names of the old one and adds `data`.
   * False, changing nothing, when the event means nothing in this state; an event the
   * contract does not know is a mistake in this file, and throws.
   */
  #move(event, data = {}, keep = []) {
    if (!STARTUP_EVENTS.includes(event)) throw new Error(`${TAG}: no start-up event "${event}"`);
    const next = STARTUP[this.#state.name]?.[event];
    if (!next) return false;
    const kept = Object.fromEntries(keep.map((key) => [key, this.#state[key]]));
    this.#state = { ...kept, ...data, name: next };
    return true;
  }

  /**
   * Shows the custom `state` (ready, failed) to `:state()`, or to an attribute where it
   * cannot: a browser without custom states, or one that takes only `--`-prefixed names
   * (Chrome 90–124).
   */
  #show(state, on) {
    try {
      const { states } = this.#internals;
      if (on) states.add(state);
      else states.delete(state);
      return;
    } catch {
      // No custom states here: the attribute says it.
    }
    if (on) {
      this.setAttribute(STATE_ATTRIBUTE, state);
    } else if (this.getAttribute(STATE_ATTRIBUTE) === state) {
      this.removeAttribute(STATE_ATTRIBUTE);
    }
  }

  // Event: connected (the first time, or again after removal). An element moved within the
  // page is disconnected and connected again in one task, and keeps its card.
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
    if (this.#lazy()) {
      if (!this.#move(EVENT_CONNECT_LAZILY)) return;
      this.#answer();
      this.#waitUntilNear();
    } else {
      if (!this.#move(EVENT_CONNECT)) return;
      this.#answer();
      this.#load();
    }
  }

  // Event: disconnected. If the element is not back by the end of the task, it was removed.
  disconnectedCallback() {
    queueMicrotask(() => {
      if (!this.isConnected) this.#remove();
    });
  }

  /** Whether the card waits to start, warning about a `loading` value it does not know. */
  #lazy() {
    const value = this.getAttribute(LOADING);
    if (value !== null && value !== 'lazy' && value !== 'eager') {
      console.warn(`<${TAG} ${LOADING}="${value}">: use "lazy" or "eager"; loading eagerly.`);
    }
    return value === 'lazy';
  }

  // Waiting: starts the card when it comes near the screen or the reader reaches for it. A
  // bare card shows the snippet's prerendered card meanwhile.
  #waitUntilNear() {
    const near = () => this.#near();
    const observer = new IntersectionObserver(
      (entries) => entries.some((entry) => entry.isIntersecting) && near(),
      { rootMargin: LAZY_MARGIN },
    );
    observer.observe(this);
    for (const type of LAZY_TRIGGERS) this.addEventListener(type, near, { passive: true });
    this.#state.stopWaiting = () => {
      observer.disconnect();
      for (const type of LAZY_TRIGGERS) this.removeEventListener(type, near);
    };
    if (!this.shadowRoot) this.#state.placeholder = this.#holdPlace();
  }

  // Event: near (or made eager).
  #near() {
    const { stopWaiting } = this.#state;
    if (!this.#move(EVENT_NEAR, {}, ['picks', 'placeholder'])) return;
    stopWaiting();
    this.#load();
  }

  // Loading: fetches the wasm (once for the page) and, for a bare lazy card, lets its
  // placeholder settle (for a pasted card, its stylesheet's check); then mounts the card unless the element has left meanwhile.
  #load() {
    const loading = this.#state;
    Promise.all([start(), loading.placeholder, this.#checked])
      .then(() => {
        // An element taken out of the page is not mounted: its removal is on its way.
        if (this.#state === loading && this.isConnected) this.#mount();
      })
      .catch((error) => {
        if (this.#state === loading && this.isConnected) this.#fail(error);
      });
  }

  // Event: wasm loaded. The card starts on the reader's last pick, shown as the element
  // showed it, and reports each pick that changed the article as theirs; from now on the
  // element hands it every pick at once (`#pick`).
  #mount() {
    const { picks = [] } = this.#state;
    // A stylesheet of the card refused by its integrity check, or missing, fails the card. The
    // shadow root is there before the card links its stylesheet, so that no error goes unheard.
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.addEventListener('error', this.#stylesheetFailed, true);
    let card;
    try {
      if (!performance.getEntriesByName(MARK_MOUNTED).length) performance.mark(MARK_MOUNTED);
      card = mount(this, stylesheet, STYLESHEET_INTEGRITY, Uint32Array.from(picks));
    } catch (error) {
      this.#fail(error);
      return;
    }
    this.#move(EVENT_WASM_LOADED, { card });
    // A bare card's tabs are the card's render: the element answers them too.
    this.#answer();
    card.interactive.then(() => {
      if (this.#state.card === card && this.#move(EVENT_INTERACTIVE, {}, ['card'])) {
        this.#show(CUSTOM_STATE_READY, true);
        this.#ready.resolve();
        this.dispatchEvent(new Event(READY_EVENT, { bubbles: true, composed: true }));
      }
    });
  }

  // Event: removed, in any state: everything the card holds is freed (its wasm card with its
  // DOM and listeners, its id prefix, the element's listeners and observers).
  #remove() {
    const { card, stopWaiting } = this.#state;
    if (!this.#move(EVENT_REMOVE)) return;
    stopWaiting?.();
    this.#stopAnswering();
    card?.free();
    this.#show(CUSTOM_STATE_READY, false);
  }

  // Setting an attribute to the value it has still calls this: asking again for the article
  // the reader has since moved away from selects it again.
  attributeChangedCallback(name, previous, value) {
    const { card } = this.#state;
    if (name === LOADING) {
      // A waiting card made eager starts now.
      if (!this.#lazy()) this.#near();
    } else if (!card) {
      // The page's pick comes after the reader's: it is the one the card starts with.
      if (name === ARTICLE && this.#state.picks) this.#state.picks = undefined;
    } else if (name === ARTICLE) {
      // The reader's picks came first: the card hears of them before it renders again.
      this.#handOn();
      if (value !== null) {
        card.select(value);
        // The card renders what changed since its last render; a pick it has not rendered yet
        // and the page's article in one task may be no change to it, but are to the DOM.
        showArticle(this.shadowRoot, articleIndex(card.selected()));
      }
    } else if (name === LABEL) {
      this.#handOn();
      card.set_label(value ?? undefined);
    } else if (name === NO_URL_UPDATE) {
      card.set_url_updates(value === null);
    }
  }

  // Reader input, one owner for the card's whole life: a click on a tab, or a key of the tabs
  // pattern on one (with no Alt, Ctrl or Meta held), picks that tab's article, whatever the
  // state of the start-up. The listeners go on the shadow root as soon as it holds tabs (a
  // prerendered card at once, a bare lazy card with its placeholder, a bare eager card when it
  // mounts) and come off when the card is removed or fails (a failed card shows every article).
  #answer() {
    const shadow = this.shadowRoot;
    if (!shadow || this.#answering) return;
    const answering = new AbortController();
    const options = { signal: answering.signal };
    shadow.addEventListener('click', (event) => this.#onInput(event), options);
    shadow.addEventListener('keydown', (event) => this.#onInput(event), options);
    const observer = new MutationObserver(() => this.#follow());
    observer.observe(shadow, { subtree: true, attributeFilter: ['aria-selected'] });
    answering.signal.addEventListener('abort', () => observer.disconnect());
    this.#answering = answering;
    // A tab clicked before this module ran has focus and nothing more; only the selected tab
    // is reachable by the Tab key, so a focused tab that is not selected is the reader's pick.
    const [tabs, selected] = tabsOf(shadow);
    const clicked = tabs.indexOf(shadow.activeElement);
    if (clicked >= 0 && clicked !== selected) this.#pick(clicked, tabs);
    this.#follow();
  }

  // A selection the reader did not make here (the page's `article`, a followed link, the
  // card's start) is brought into view at once, once the list is laid out; the reader's own
  // picks are, in `#pick`.
  #follow() {
    const [tabs, selected] = tabsOf(this.shadowRoot);
    const tab = tabs[selected];
    if (tab && tab !== this.#revealed && reveal(tab, 'instant')) this.#revealed = tab;
  }

  #stopAnswering() {
    this.#answering?.abort();
    this.#answering = null;
  }

  #onInput(event) {
    const tab = event.target instanceof Element ? event.target.closest('[role=tab]') : null;
    if (!tab) return;
    const [tabs, current] = tabsOf(this.shadowRoot);
    let index = tabs.indexOf(tab);
    if (event.type === 'keydown') {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      // The element's own `dir` is the card's direction; the prerendered markup carries the
      // content's, which the card drops for it once it runs.
      const rtl = isRtl(this.hasAttribute('dir') ? this : tab);
      index = tabAfterKey(event.key, Math.max(current, 0), tabs.length, rtl);
      if (index === undefined) return;
      // The key is the tab list's: it must not scroll the page.
      event.preventDefault();
    }
    if (index >= 0) this.#pick(index, tabs);
  }

  // The reader picks article `index`: it shows at once, its tab focused and brought all into
  // view within the tab list (the page does not move: the reader is at the tab list); then the
  // card hears of it (it owns the selection, its change event and the URL), or, before the card
  // is mounted, it is kept for the card to start on.
  //
  // The card hears of a pick once the frame that shows it has been painted: the reader waits
  // for that frame, not for the card's render (the same DOM) nor its change event. Picks made
  // meanwhile follow in order, before anything the page asks of the card.
  #pick(index, tabs) {
    showArticle(this.shadowRoot, index);
    tabs[index].focus({ preventScroll: true });
    this.#revealed = tabs[index];
    reveal(tabs[index]);
    const { card } = this.#state;
    if (!card) {
      (this.#state.picks ??= []).push(index);
    } else if (this.#handing.push(index) === 1) {
      afterPaint(() => this.#handOn(card));
    }
  }

  /** Hands the card the picks it has not heard of yet, in order, if it is still this one's. */
  #handOn(card = this.#state.card) {
    const picks = this.#handing.splice(0);
    if (card && this.#state.card === card) for (const index of picks) card.pick(index);
  }

  // A bare lazy card shows the snippet's prerendered card until it starts: readable, its tabs
  // working, as tall as the card will be (nothing moves when it starts), with the article and
  // the tab list's name the element asks for. It appears once its stylesheet has loaded; the
  // card starts on it only then, and hydrates it like a pasted snippet. A card removed
  // meanwhile gets nothing.
  async #holdPlace() {
    const waiting = this.#state;
    const still = () => this.#state === waiting || this.#state.placeholder === waiting.placeholder;
    try {
      const card = document.importNode(await prerenderedCard(), true);
      if (this.shadowRoot || !still()) return;
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
      this.#answer();
      await styled;
      root.hidden = false;
      this.#follow();
    } catch (error) {
      console.warn(`${TAG}: a lazy card takes no room until it starts: ${error.message}.`);
    }
  }

  // A pasted snippet links the stylesheet relative to the page it was pasted into; on a page
  // at another path than dist/ that misses. A link to the stylesheet beside this module, with
  // its integrity hash, takes its place once it has loaded (from the cache, as a rule), so that
  // no frame goes unstyled; if the stylesheet fails its check or cannot be had, the card fails
  // and shows its no-script layout.
  // The card starts only once that check is done (`#checked`): a stylesheet refused after the
  // card runs would go unheard.
  #findStylesheet() {
    const old = this.shadowRoot?.querySelector('link[rel=stylesheet]');
    if (!old || old.dataset.checked !== undefined) return;
    const link = stylesheetLink(stylesheet, STYLESHEET_INTEGRITY);
    link.dataset.checked = '';
    this.#checked = new Promise((resolve) => {
      link.onload = () => {
        old.remove();
        resolve();
      };
      link.onerror = () => {
        old.remove();
        this.#fail(unusable(STYLESHEET));
        resolve();
      };
    });
    old.after(link);
  }

  // Event: fail. The card cannot start (the page's policy refuses WebAssembly, the wasm is
  // missing, the browser lacks what it needs, …): a prerendered card shows every article the
  // way it does without JavaScript, a bare card says so in one line, and the page hears why
  // from an error event.
  #fail(error) {
    const { stopWaiting } = this.#state;
    // A card that started keeps its place (it is freed when the element leaves).
    if (!this.#move(EVENT_FAIL, {}, ['card'])) return;
    stopWaiting?.();
    this.#stopAnswering();
    this.#show(CUSTOM_STATE_FAILED, true);
    this.#ready.reject(error);
    console.error(`${TAG}: the card could not start:`, error);
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (shadow.querySelector('[role=tabpanel]')) {
      shadow.append(stylesheetLink(noscriptStylesheet, NOSCRIPT_INTEGRITY));
    } else {
      const message = document.createElement('p');
      message.textContent = FAILURE_TEXT;
      shadow.replaceChildren(message);
    }
    const detail = { message: String(error?.message ?? error) };
    this.dispatchEvent(new CustomEvent(ERROR_EVENT, { bubbles: true, composed: true, detail }));
  }
}

if (!window.customElements?.get(TAG)) window.customElements?.define(TAG, NewsCardElement);
