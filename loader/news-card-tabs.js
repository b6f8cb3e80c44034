// The tabs pattern on a card's DOM, for the <news-card> loader (news-card.js, which the build
// bundles with this module): which tab a key moves to, the tabs and the selected one, showing
// an article as the card renders a selection, bringing a tab into view within its list, and
// running work after the frame that shows it. The names and rules come from the contract
// module, each by name.
import {
  HIDDEN_ATTRIBUTE, HIDDEN_VALUE, TAB_KEYS, TAB_SELECTED, TAB_UNSELECTED,
} from './news-card-contract.js';

/** Whether `:dir()` is known; where it is not, the computed direction answers instead. */
const dirSelector = globalThis.CSS?.supports?.('selector(:dir(rtl))') ?? false;

/** Whether `element`'s text runs right to left (from `dir` on it or any ancestor). */
export function isRtl(element) {
  return dirSelector
    ? element.matches(':dir(rtl)')
    : getComputedStyle(element).direction === 'rtl';
}

/**
 * The tab a key of the tabs pattern moves the selection to from `current` among `count`, from
 * the contract's table (`TAB_KEYS`, read here only): `undefined` for a key it leaves alone.
 */
export function tabAfterKey(key, current, count, rtl) {
  const rule = Object.hasOwn(TAB_KEYS, key) ? TAB_KEYS[key] : undefined;
  if (!rule) return undefined;
  const from = { current, first: 0, last: count - 1 }[rule.origin];
  return (((from + (rtl ? -rule.step : rule.step)) % count) + count) % count;
}

/** The tabs of the card in `shadow`, and the index of the selected one. */
export function tabsOf(shadow) {
  const tabs = [...shadow.querySelectorAll('[role=tab]')];
  const selected = TAB_SELECTED['aria-selected'];
  return [tabs, tabs.findIndex((tab) => tab.getAttribute('aria-selected') === selected)];
}

/**
 * Shows article `index` in the card in `shadow` as the card renders a selection: every tab
 * gets the attributes of its state, and only the picked article's panel is shown.
 */
export function showArticle(shadow, index) {
  const [tabs] = tabsOf(shadow);
  if (!tabs[index]) return;
  tabs.forEach((tab, i) => {
    for (const [name, value] of Object.entries(i === index ? TAB_SELECTED : TAB_UNSELECTED)) {
      if (tab.getAttribute(name) !== value) tab.setAttribute(name, value);
    }
  });
  shadow.querySelectorAll('[role=tabpanel]').forEach((panel, i) => {
    if (i === index) panel.removeAttribute(HIDDEN_ATTRIBUTE);
    else if (panel.getAttribute(HIDDEN_ATTRIBUTE) !== HIDDEN_VALUE) {
      panel.setAttribute(HIDDEN_ATTRIBUTE, HIDDEN_VALUE);
    }
  });
}

/**
 * Scrolls the tab list sideways so that `tab` is all in view, if it is not: with the list's
 * own scroll behaviour (`auto`: smooth, unless the reader asks for reduced motion, as the
 * stylesheet says), or `instant`. Only the list scrolls, never the page.
 */
export function reveal(tab, behavior = 'auto') {
  const list = tab?.parentElement;
  // A list not laid out yet (its stylesheet on its way, the card hidden) has nothing to show.
  if (!list?.clientWidth) return false;
  const [outer, inner] = [list.getBoundingClientRect(), tab.getBoundingClientRect()];
  const left = inner.left < outer.left ? inner.left - outer.left
    : inner.right > outer.right ? inner.right - outer.right : 0;
  if (Math.abs(left) >= 1) list.scrollBy({ left, behavior });
  return true;
}

/**
 * Runs `work` once the next frame has been painted, in a task of its own after the tasks the
 * frame's own callbacks queue, so that nothing of it holds that frame back.
 */
export function afterPaint(work) {
  if (globalThis.scheduler?.postTask) scheduler.postTask(work, { priority: 'background' });
  else requestAnimationFrame(() => setTimeout(() => setTimeout(work)));
}
