//! The cases of the tabs pattern's keys, with the answers the pattern gives, written out
//! independently of the code under test: the page tests run them through the element, which
//! answers every key, before and after the card's wasm runs.

/// One key press on a tab list of `count` tabs whose tab `current` is selected, and the tab it
/// selects (`None`: the key is left to the page), by the WAI-ARIA tabs pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyCase {
    /// `KeyboardEvent.key`.
    pub key: &'static str,
    /// Whether the text runs right to left.
    pub rtl: bool,
    /// A modifier held with the key (`altKey`, `ctrlKey`, `metaKey`), if any.
    pub modifier: Option<&'static str>,
    /// The selected tab before the key.
    pub current: usize,
    /// How many tabs there are.
    pub count: usize,
    /// The tab selected after it.
    pub expected: Option<usize>,
}

/// Every case of the tabs pattern's keys on `count` tabs, from every tab, in both directions,
/// with the answer the pattern gives: ←/→ move one tab (swapped right to left) and wrap,
/// Home and End go to the ends, and ↑, ↓, Tab, Enter and letters are the page's, as is any key
/// held with Alt, Ctrl or Meta (Alt+← is the browser's Back, Ctrl+Home the page's top).
pub fn tab_key_cases(count: usize) -> Vec<KeyCase> {
    let keys = [
        "ArrowLeft",
        "ArrowRight",
        "Home",
        "End",
        "ArrowUp",
        "ArrowDown",
        "Tab",
        "Enter",
        "a",
    ];
    let mut cases = Vec::new();
    for rtl in [false, true] {
        for current in 0..count {
            for key in keys {
                let (back, on) = ((current + count - 1) % count, (current + 1) % count);
                let expected = match (key, rtl) {
                    ("ArrowRight", false) | ("ArrowLeft", true) => Some(on),
                    ("ArrowLeft", false) | ("ArrowRight", true) => Some(back),
                    ("Home", _) => Some(0),
                    ("End", _) => Some(count - 1),
                    _ => None,
                };
                cases.push(KeyCase {
                    key,
                    rtl,
                    modifier: None,
                    current,
                    count,
                    expected,
                });
                for modifier in ["altKey", "ctrlKey", "metaKey"] {
                    cases.push(KeyCase {
                        key,
                        rtl,
                        modifier: Some(modifier),
                        current,
                        count,
                        expected: None,
                    });
                }
            }
        }
    }
    cases
}
