//! The JavaScript the page tests evaluate, written with the contract's names (`TAG`).

use const_format::concatcp;
use news_card::contract::TAG;

/// JavaScript: the page's first `<news-card>`.
pub const FIRST_CARD: &str = concatcp!("document.querySelector('", TAG, "')");

/// JavaScript: the shadow root of the page's first card.
pub const FIRST_SHADOW: &str = concatcp!(FIRST_CARD, ".shadowRoot");

/// JavaScript: whether the page's first card shows its tabs (prerendered or rendered); false,
/// not an error, while the page has no such card yet.
pub const FIRST_CARD_HAS_TABS: &str = concatcp!(
    FIRST_CARD,
    "?.shadowRoot?.querySelector('[role=tab]') != null"
);

/// JavaScript: whether the page's first card runs (the wasm has started it).
pub const FIRST_CARD_READY: &str = concatcp!(FIRST_CARD, ".matches(':state(ready)')");

/// JavaScript: a function that counts, in `window.selectionMoves`, every change of the
/// selection's attributes (`hidden`, `aria-selected`) under `root` from now on. An attribute
/// set again to the value it has is no change.
pub const SELECTION_MOVES: &str = "((root) => {
  window.selectionMoves = 0;
  new MutationObserver((records) => {
    // Walked backwards: the value after a record is the next one's old value, or the current.
    const after = new Map();
    for (const r of records.reverse()) {
      const key = r.target;
      const values = after.get(key) ?? {};
      const value = r.attributeName in values ? values[r.attributeName]
        : r.target.getAttribute(r.attributeName);
      if (value !== r.oldValue) selectionMoves += 1;
      values[r.attributeName] = r.oldValue;
      after.set(key, values);
    }
  }).observe(root, { subtree: true, attributeOldValue: true,
    attributeFilter: ['hidden', 'aria-selected'] });
})";

/// JavaScript: the index of the selected tab under `root` (a shadow root or the document).
pub fn selected_tab(root: &str) -> String {
    format!(
        "[...{root}.querySelectorAll('[role=tab]')].findIndex(t => t.getAttribute('aria-selected') === 'true')"
    )
}

/// JavaScript: clicks tab `index` under `root` (a shadow root or the document); evaluates to
/// `true`.
pub fn click_tab(root: &str, index: usize) -> String {
    format!("{root}.querySelectorAll('[role=tab]')[{index}].click() ?? true")
}

/// JavaScript: the index of the tab under `root` that has focus (-1 when none has).
pub fn focused_tab(root: &str) -> String {
    format!("[...{root}.querySelectorAll('[role=tab]')].indexOf({root}.activeElement)")
}
