//! The tab list's rules: the attributes a selection swaps, which the card renders and the
//! element writes when the reader picks a tab, and the keys that move the selection, which the
//! element answers (the one reader of [`TAB_KEYS`]).

use super::part;

/// How a tab shows whether it is selected: the attributes a selection swaps between two tabs.
/// The tab list renders them, and the element writes the same ones (from the constants module
/// the build generates from this) when the reader picks a tab, so that the DOM is always the
/// one the card would render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TabState {
    /// `aria-selected`.
    pub aria_selected: &'static str,
    /// `tabindex`: only the selected tab is in the Tab order.
    pub tabindex: &'static str,
    /// `part`.
    pub part: &'static str,
    /// `class`.
    pub class: &'static str,
}

impl TabState {
    /// The state of a tab that is selected (`true`) or not.
    pub const fn of(selected: bool) -> TabState {
        if selected {
            TabState::SELECTED
        } else {
            TabState::UNSELECTED
        }
    }

    /// The attributes, by name.
    pub const fn attributes(&self) -> [(&'static str, &'static str); 4] {
        [
            ("aria-selected", self.aria_selected),
            ("tabindex", self.tabindex),
            ("part", self.part),
            ("class", self.class),
        ]
    }
}

impl TabState {
    /// The selected tab's attributes.
    pub const SELECTED: TabState = TabState {
        aria_selected: "true",
        tabindex: "0",
        part: part::SELECTED_TAB,
        class: "news-card__tab news-card__tab--selected",
    };

    /// Every other tab's attributes.
    pub const UNSELECTED: TabState = TabState {
        aria_selected: "false",
        tabindex: "-1",
        part: part::TAB,
        class: "news-card__tab",
    };
}

/// The attribute every panel but the selected one carries, with the value the card writes.
pub const HIDDEN_PANEL: (&str, &str) = ("hidden", "hidden");

/// Where a move through the tab list counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The selected tab.
    Current,
    /// The first tab.
    First,
    /// The last tab.
    Last,
}

impl Origin {
    /// The name the loader's constants module gives it.
    pub const fn name(self) -> &'static str {
        match self {
            Origin::Current => "current",
            Origin::First => "first",
            Origin::Last => "last",
        }
    }
}

/// A key of the WAI-ARIA tabs pattern on a horizontal tab list, and where it moves the
/// selection: `step` tabs on from `origin`, wrapping around, in left-to-right text; right to
/// left, the step runs the other way (← and → swap).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TabKey {
    /// `KeyboardEvent.key`.
    pub key: &'static str,
    /// Where the move counts from.
    pub origin: Origin,
    /// How many tabs on, in left-to-right text.
    pub step: i8,
}

/// The keys the tab list answers (with no Alt, Ctrl or Meta held); any other key, ↑ and ↓
/// among them, is left to the page.
pub const TAB_KEYS: &[TabKey] = &[
    TabKey {
        key: "ArrowLeft",
        origin: Origin::Current,
        step: -1,
    },
    TabKey {
        key: "ArrowRight",
        origin: Origin::Current,
        step: 1,
    },
    TabKey {
        key: "Home",
        origin: Origin::First,
        step: 0,
    },
    TabKey {
        key: "End",
        origin: Origin::Last,
        step: 0,
    },
];
