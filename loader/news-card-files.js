// The card's files, for the <news-card> loader (news-card.js, which the build bundles with
// this module): each found beside this module, so that dist/ works under any path of any
// static host, and checked against its integrity hash; the WebAssembly fetched and started
// once for every card of the page; the snippet's prerendered card; what this browser lacks of
// what the card needs. The names come from the contract module, each by name.
import init from './news-card-core.js';
import {
  MARK_COMPILED, MARK_INSTANTIATED, NOSCRIPT_STYLESHEET, SNIPPET, STYLESHEET, TAG, WASM,
  WASM_INTEGRITY,
} from './news-card-contract.js';

const here = import.meta.url;
export const stylesheet = new URL(STYLESHEET, here).href;
export const noscriptStylesheet = new URL(NOSCRIPT_STYLESHEET, here).href;

/** Why a file of the card could not be used. */
export const unusable = (name, error) =>
  new Error(`${name} failed its integrity check or could not be loaded${error ? ` (${error.message ?? error})` : ''}`);

/**
 * What this browser lacks of what the card needs and has no small stand-in for, checked once
 * before the element is defined; each missing piece is named in the card's error.
 */
export const missing = [
  ['WebAssembly', () => typeof WebAssembly === 'object'],
  ['custom elements', () => 'customElements' in window],
  ['shadow DOM', () => 'attachShadow' in Element.prototype],
  ['IntersectionObserver', () => 'IntersectionObserver' in window],
].filter(([, has]) => !has()).map(([name]) => name);

let started;
/**
 * Fetches and starts the card's WebAssembly, once for every card of the page: compiled while
 * it downloads (or, from a host that does not serve it as `application/wasm`, once it has),
 * then instantiated; each step is marked on the page's performance timeline.
 */
export function start() {
  started ??= fetchAndStart();
  return started;
}

function fetchAndStart() {
  const url = new URL(WASM, here);
  return missing.length
    ? Promise.reject(new Error(`this browser lacks ${missing.join(', ')}`))
    : WebAssembly.compileStreaming(fetch(url, { integrity: WASM_INTEGRITY }))
        .catch(() => fetch(url, { integrity: WASM_INTEGRITY })
          .catch((error) => { throw unusable(WASM, error); })
          .then((response) => response.arrayBuffer())
          .then(WebAssembly.compile))
        .then((module) => {
          performance.mark(MARK_COMPILED);
          return init({ module_or_path: module });
        })
        .then(() => performance.mark(MARK_INSTANTIATED));
}

let snippet;
/**
 * The prerendered card of the snippet beside this module, as a fragment to copy: what a bare
 * lazy card shows until it starts. Fetched as a document, so that no HTML string is parsed
 * (Trusted Types allow it); its declarative shadow root stays a plain template there. One
 * request for every card of the page.
 */
export function prerenderedCard() {
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

/** A `<link rel="stylesheet">` to `href`, checked against its `integrity` hash. */
export function stylesheetLink(href, integrity) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.crossOrigin = 'anonymous';
  link.integrity = integrity;
  link.href = href;
  return link;
}
