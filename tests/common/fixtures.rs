//! Articles for the component and unit tests, independent of `content/articles.txt`: the tests
//! that use them assert the fixture's counts, slugs and text, so editing the content never
//! breaks them.

use news_card::{
    content::{Published, Words},
    Article,
};

/// Three news articles shaped like real content: credits, several caption pieces, curly quotes
/// and apostrophes, several paragraphs; the second with a publication date and a link.
pub static NEWS: &[Article] = &[
    Article {
        slug: "harbour-bridge-reopens-after-repairs",
        headline: "Harbour Bridge Reopens After Repairs",
        tab: None,
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
        tab: None,
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
        tab: None,
        caption: &["Clouds gather over the hills north of the city."],
        credit: Some("Mia Berg / Weather Service"),
        paragraphs: &["Forecasters expect heavy rain on Saturday and Sunday."],
        published: None,
        link: None,
    },
];

/// The card's own words for the fixture articles, in a language of their own (so that a test
/// shows they come from the words, not from the code).
pub static WORDS: Words = Words {
    full_story: "The whole story",
    tab_list: "Today's stories",
    failure: "Nothing to read right now.",
    credit_before: "Picture: ",
    credit_after: " (used with permission)",
};
