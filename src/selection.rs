//! Which tab a key press selects: the WAI-ARIA tabs pattern as a pure function, no view code.

/// A movement through the tab list requested from the keyboard.
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
    pub fn from_key(key: &str, rtl: bool) -> Option<Self> {
        match (key, rtl) {
            ("ArrowLeft", false) | ("ArrowRight", true) => Some(Self::Previous),
            ("ArrowRight", false) | ("ArrowLeft", true) => Some(Self::Next),
            ("Home", _) => Some(Self::First),
            ("End", _) => Some(Self::Last),
            _ => None,
        }
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
    use super::TabMove;

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
