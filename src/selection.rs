//! The card's selection state and how it changes, with no view code: which article is
//! selected and why (a reducer), and which tab a key press selects (the WAI-ARIA tabs pattern).

use std::rc::Rc;

use yew::Reducible;

use crate::{
    content::Article,
    contract::{Origin, TAB_KEYS},
};

/// Why the selected article is the one it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The card's initial article, or the one a URL fragment named when the card loaded.
    Initial,
    /// The reader picked it with a tab or a key.
    Reader,
    /// The reader followed a link to it (a `hashchange`).
    Link,
}

/// The selected article's index and why it is selected. Side effects (the change event, the
/// URL fragment) are the view's, run when this changes; the reducer only decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// The index of the selected article.
    pub index: usize,
    /// Why it is selected.
    pub cause: Cause,
}

impl Selection {
    /// Whether the reader made this selection, so that the host page is told of it.
    pub fn by_reader(self) -> bool {
        self.cause != Cause::Initial
    }

    /// The selection as the card reports it, with its article from `articles` (`None` when the
    /// index is out of range).
    pub fn change(self, articles: &'static [Article]) -> Option<Change> {
        articles.get(self.index).map(|article| Change {
            index: self.index,
            article,
            cause: self.cause,
        })
    }
}

impl Reducible for Selection {
    type Action = Selection;

    /// Selecting the article that is already selected changes nothing (and renders nothing).
    fn reduce(self: Rc<Self>, action: Selection) -> Rc<Self> {
        if action.index == self.index {
            self
        } else {
            Rc::new(action)
        }
    }
}

impl Cause {
    /// The name of the cause in the change event's `detail.cause`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Initial => "initial",
            Self::Reader => "reader",
            Self::Link => "link",
        }
    }
}

/// A host page's request to select an article. `serial` tells two requests for the same
/// article apart, so that asking again, after the reader moved on, selects it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Request {
    /// The index of the article asked for.
    pub index: usize,
    /// The request's number; each new request has a new one.
    pub serial: u32,
}

/// A change of the selected article, as the card reports it to its host: the article itself,
/// its index and why it is selected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// The index of the selected article.
    pub index: usize,
    /// The selected article.
    pub article: &'static Article,
    /// Why it is selected.
    pub cause: Cause,
}

/// A movement through the tab list requested from the keyboard. Which key asks for which is
/// the contract's [`TAB_KEYS`], the table the loader reads too.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TabMove {
    /// One tab back in reading order, wrapping to the last.
    Previous,
    /// One tab on in reading order, wrapping to the first.
    Next,
    /// The first tab.
    First,
    /// The last tab.
    Last,
}

impl TabMove {
    /// The move a `KeyboardEvent.key` asks for on a horizontal tab list, or `None` for keys the
    /// tab list leaves to the page (↑/↓ among them). In right-to-left text ← and → swap.
    ///
    /// ```
    /// # use news_card::selection::TabMove;
    /// assert_eq!(TabMove::from_key("ArrowRight", false), Some(TabMove::Next));
    /// assert_eq!(TabMove::from_key("ArrowRight", true), Some(TabMove::Previous));
    /// assert_eq!(TabMove::from_key("Home", true), Some(TabMove::First));
    /// assert_eq!(TabMove::from_key("ArrowDown", false), None);
    /// ```
    pub fn from_key(key: &str, rtl: bool) -> Option<Self> {
        let rule = TAB_KEYS.iter().find(|rule| rule.key == key)?;
        let step = if rtl { -rule.step } else { rule.step };
        Some(match (rule.origin, step) {
            (Origin::First, _) => Self::First,
            (Origin::Last, _) => Self::Last,
            (Origin::Current, step) if step < 0 => Self::Previous,
            (Origin::Current, _) => Self::Next,
        })
    }

    /// The index this move selects from `current` among `count` tabs (`count` > 0).
    pub fn apply(self, current: usize, count: usize) -> usize {
        let last = count.saturating_sub(1);
        match self {
            Self::Previous if current == 0 => last,
            Self::Previous => current.min(last + 1) - 1,
            Self::Next if current >= last => 0,
            Self::Next => current + 1,
            Self::First => 0,
            Self::Last => last,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn selecting_the_selected_article_keeps_the_state() {
        let state = Rc::new(Selection {
            index: 1,
            cause: Cause::Initial,
        });
        let same = state.clone().reduce(Selection {
            index: 1,
            cause: Cause::Reader,
        });
        assert!(Rc::ptr_eq(&state, &same));
        let next = state.reduce(Selection {
            index: 0,
            cause: Cause::Link,
        });
        assert_eq!(
            *next,
            Selection {
                index: 0,
                cause: Cause::Link
            }
        );
        assert!(next.by_reader());
        assert!(!Selection {
            index: 0,
            cause: Cause::Initial
        }
        .by_reader());
    }

    #[test]
    fn arrows_wrap_around() {
        assert_eq!(TabMove::Next.apply(2, 3), 0);
        assert_eq!(TabMove::Previous.apply(0, 3), 2);
        assert_eq!(TabMove::Next.apply(0, 3), 1);
        assert_eq!(TabMove::Previous.apply(2, 3), 1);
        assert_eq!(TabMove::Next.apply(0, 1), 0);
    }

    #[test]
    fn home_and_end_go_to_the_ends() {
        assert_eq!(TabMove::First.apply(2, 3), 0);
        assert_eq!(TabMove::Last.apply(0, 3), 2);
    }

    #[test]
    fn right_to_left_swaps_the_arrows_only() {
        assert_eq!(TabMove::from_key("ArrowLeft", true), Some(TabMove::Next));
        assert_eq!(
            TabMove::from_key("ArrowRight", true),
            Some(TabMove::Previous)
        );
        assert_eq!(
            TabMove::from_key("ArrowLeft", false),
            Some(TabMove::Previous)
        );
        assert_eq!(TabMove::from_key("Home", true), Some(TabMove::First));
        assert_eq!(TabMove::from_key("End", false), Some(TabMove::Last));
    }

    #[test]
    fn vertical_arrows_are_left_to_the_page() {
        assert_eq!(TabMove::from_key("ArrowUp", false), None);
        assert_eq!(TabMove::from_key("ArrowDown", true), None);
        assert_eq!(TabMove::from_key("Tab", false), None);
    }
}
