//! Articles for the component and unit tests, independent of `content/articles.txt`: the tests
//! that use them assert the fixture's counts, slugs and text, so editing the content never
//! breaks them.

use news_card::{content::Published, Article};

/// Three news articles shaped like real content: credits, several caption pieces, curly quotes
/// and apostrophes, several paragraphs; the second with a publication date and a link.
pub static NEWS: &[Article] = &[
    Article {
        slug: "harbour-bridge-reopens-after-repairs",
        headline: "Harbour Bridge Reopens After Repairs",
        caption: &[
            "Cyclists cross the Harbour Bridge on its first morning back in service.",
            "The bridge was closed for eleven weeks.",
        ],
        credit: Some("Ana Ruiz / City Desk"),
        paragraphs: &[
            "The Harbour Bridge reopened on Monday after eleven weeks of repairs.",
            "\u{201c}It\u{2019}s good to have it back,\u{201d} said one commuter.",
            "The city\u{2019}s engineers said the deck will last another forty years.",
        ],
        published: None,
        link: None,
    },
    Article {
        slug: "library-extends-opening-hours",
        headline: "Library Extends Opening Hours",
        caption: &["Readers in the main hall of the central library."],
        credit: Some("Tom Ito / Local Wire"),
        paragraphs: &[
            "The central library will stay open until 10 p.m. from next month.",
            "Its director said evening visits had doubled.",
        ],
        published: Some(Published {
            datetime: "2026-11-20T09:30Z",
            text: "20 November 2026, 09:30 UTC",
        }),
        link: Some("https://news.example/city/library-hours"),
    },
    Article {
        slug: "rain-expected-for-the-weekend",
        headline: "Rain Expected for the Weekend",
        caption: &["Clouds gather over the hills north of the city."],
        credit: Some("Mia Berg / Weather Service"),
        paragraphs: &["Forecasters expect heavy rain on Saturday and Sunday."],
        published: None,
        link: None,
    },
];

/// One key press on a tab list of `count` tabs whose tab `current` is selected, and the tab it
/// selects (`None`: the key is left to the page), by the WAI-ARIA tabs pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyCase {
    /// `KeyboardEvent.key`.
    pub key: &'static str,
    /// Whether the text runs right to left.
    pub rtl: bool,
    /// The selected tab before the key.
    pub current: usize,
    /// How many tabs there are.
    pub count: usize,
    /// The tab selected after it.
    pub expected: Option<usize>,
}

/// Every case of the tabs pattern's keys on `count` tabs, from every tab, in both directions,
/// with the answer the pattern gives: ←/→ move one tab (swapped right to left) and wrap,
/// Home and End go to the ends, and ↑, ↓, Tab, Enter and letters are the page's.
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
                    current,
                    count,
                    expected,
                });
            }
        }
    }
    cases
}
