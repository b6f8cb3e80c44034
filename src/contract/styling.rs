//! What a publisher can style on the card from outside its shadow root: its CSS parts
//! (`news-card::part(name)`) and the custom properties it reads. The components write the part
//! names from here; the manifest, the types and `docs/api.md` list both.

/// One CSS part (`news-card::part(name)`) or custom property.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Styling {
    /// The part's name, or the custom property's (with its `--`).
    pub name: &'static str,
    /// What it styles.
    pub description: &'static str,
}

/// The part names, as the components write them.
pub mod part {
    /// The card's root block.
    pub const CARD: &str = "card";
    /// The row of tabs.
    pub const TABLIST: &str = "tablist";
    /// Every tab.
    pub const TAB: &str = "tab";
    /// The selected tab (also a `tab`).
    pub const TAB_SELECTED: &str = "tab-selected";
    /// The `part` attribute of the selected tab: [`TAB`] and [`TAB_SELECTED`].
    pub const SELECTED_TAB: &str = "tab tab-selected";
    /// Every article's panel.
    pub const PANEL: &str = "panel";
    /// A panel's headline.
    pub const HEADLINE: &str = "headline";
    /// A panel's photo caption (a `figure`).
    pub const CAPTION: &str = "caption";
    /// The photo credit in a caption.
    pub const CREDIT: &str = "credit";
    /// A panel's paragraphs.
    pub const BODY: &str = "body";
    /// A panel's publication date (a `time`), when the article has one.
    pub const DATE: &str = "date";
    /// A panel's link to the full story, when the article has one.
    pub const LINK: &str = "link";
}

/// Every CSS part.
pub const PARTS: &[Styling] = &[
    Styling {
        name: part::CARD,
        description: "The card's root block.",
    },
    Styling {
        name: part::TABLIST,
        description: "The row of tabs.",
    },
    Styling {
        name: part::TAB,
        description: "Every tab.",
    },
    Styling {
        name: part::TAB_SELECTED,
        description: "The selected tab (also a `tab`).",
    },
    Styling {
        name: part::PANEL,
        description: "Every article's panel.",
    },
    Styling {
        name: part::HEADLINE,
        description: "A panel's headline (an `h2`).",
    },
    Styling {
        name: part::CAPTION,
        description: "A panel's photo caption (a `figure`).",
    },
    Styling {
        name: part::CREDIT,
        description: "The photo credit in a caption.",
    },
    Styling {
        name: part::BODY,
        description: "A panel's paragraphs.",
    },
    Styling {
        name: part::DATE,
        description: "A panel's publication date (a `time`), for articles that have one.",
    },
    Styling {
        name: part::LINK,
        description: "A panel's link to the full story (`Full story` in English), for \
                      articles that have one.",
    },
];

/// Every custom property the card reads, set on the element or an ancestor.
pub const CUSTOM_PROPERTIES: &[Styling] = &[
    Styling {
        name: "--news-card-accent",
        description: "Selected-tab indicator and focus ring.",
    },
    Styling {
        name: "--news-card-background",
        description: "The card's background.",
    },
    Styling {
        name: "--news-card-tab-background",
        description: "The tab row's background.",
    },
    Styling {
        name: "--news-card-text",
        description: "Body text and headlines.",
    },
    Styling {
        name: "--news-card-muted",
        description: "Tabs, caption and credit.",
    },
    Styling {
        name: "--news-card-border",
        description: "Borders.",
    },
    Styling {
        name: "--news-card-focus",
        description: "The focus ring (default: the accent).",
    },
    Styling {
        name: "--news-card-font",
        description: "The body font.",
    },
    Styling {
        name: "--news-card-headline-font",
        description: "The headline font.",
    },
    Styling {
        name: "--news-card-font-size",
        description: "The base size every size in the card follows (default: the reader's \
                      browser font size).",
    },
    Styling {
        name: "--news-card-space",
        description: "The spacing unit.",
    },
    Styling {
        name: "--news-card-radius",
        description: "The corner radius.",
    },
    Styling {
        name: "--news-card-max-width",
        description: "The card's widest width.",
    },
    Styling {
        name: "--news-card-link",
        description: "The link to the full story (default: the accent).",
    },
];
