//! The card's selection and how it changes, with no view code: which article is selected and
//! why, and what a selection that the page hears of carries.

use crate::content::Article;

/// Why the selected article is the one it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cause {
    /// The card's initial article, one the page asked for (the `article` attribute or
    /// property), or the one a URL fragment named when the card loaded.
    Initial,
    /// The reader picked it with a tab or a key.
    Reader,
    /// The reader followed a link to it (a `hashchange`).
    Link,
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

    /// Whether the page hears of a selection with this cause: the reader's own, not the
    /// page's or the card's start.
    pub fn is_reported(self) -> bool {
        self != Self::Initial
    }
}

/// The selected article and why it is selected. The page hears of a selection that changes it,
/// by the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Selection {
    /// The index of the selected article.
    pub index: usize,
    /// Why it is selected.
    pub cause: Cause,
}

impl Selection {
    /// The selection after `next`, and the change to report if the page is to hear of it: one
    /// that selects another article, by the reader. Selecting the selected article again
    /// changes nothing.
    ///
    /// ```
    /// # use news_card::selection::{Cause, Selection};
    /// let now = Selection { index: 0, cause: Cause::Initial };
    /// let pick = Selection { index: 1, cause: Cause::Reader };
    /// assert_eq!(now.then(pick), (pick, true));
    /// assert_eq!(pick.then(Selection { index: 1, cause: Cause::Link }), (pick, false));
    /// assert_eq!(pick.then(now).1, false);
    /// ```
    pub fn then(self, next: Selection) -> (Selection, bool) {
        if next.index == self.index {
            (self, false)
        } else {
            (next, next.cause.is_reported())
        }
    }
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
