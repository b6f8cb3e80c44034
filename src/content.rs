//! The article types, and the content embedded at compile time. No view code lives here.
//!
//! `build.rs` embeds the content as one string (`parse/src/embedded.rs` says its shape): the
//! language, the card's own words in it, and the articles, dates already written for readers.
//! It is read back into these types once, when the card first asks. The content is then one
//! run of bytes in the wasm, and the code that reads it is the same whatever the articles are.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/content.rs"));

/// One news article, with every repetition of the source format already removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Article {
    /// Stable identifier derived from the headline; the base of the panel's `id`.
    pub slug: &'static str,
    /// The headline, exactly as written.
    pub headline: &'static str,
    /// The tab's short label, if the content gives one; the tab shows the headline otherwise.
    pub tab: Option<&'static str>,
    /// The distinct pieces of the photo caption, without the credit.
    pub caption: &'static [&'static str],
    /// The photo credit (`NAME / AGENCY`), when the caption names one.
    pub credit: Option<&'static str>,
    /// The body paragraphs, in order.
    pub paragraphs: &'static [&'static str],
    /// When the story was published, if the content says.
    pub published: Option<Published>,
    /// The full story's address (an absolute `https:` URL), if the content gives one.
    pub link: Option<&'static str>,
}

impl Article {
    /// The tab's text: its short label, or the headline.
    pub fn tab_text(&self) -> &'static str {
        self.tab.unwrap_or(self.headline)
    }
}

/// When a story was published: as the content wrote it (ISO 8601, for `<time datetime>` and
/// the JSON-LD) and as readers read it, written at build time in the content's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// ISO 8601, such as `2026-11-20T09:30Z`.
    pub datetime: &'static str,
    /// The readable form, such as `20 novembre 2026 à 09:30 UTC+0`.
    pub text: &'static str,
}

/// The words the card writes itself, in the content's language (`content/language.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// The text of an article's link to its full story ("Full story").
    pub full_story: &'static str,
    /// The tab list's accessible name when the page gives none ("News articles").
    pub tab_list: &'static str,
    /// What a card that cannot start says instead of the articles.
    pub failure: &'static str,
    /// The photo credit line before the name ("Photo by ").
    pub credit_before: &'static str,
    /// The photo credit line after the name (often nothing).
    pub credit_after: &'static str,
}

/// The content as read back: the language, its words, the articles.
#[derive(Debug)]
pub struct Content {
    /// The string it was read from: one run of bytes in the wasm, which the size gate takes
    /// off to weigh the code alone.
    pub embedded: &'static str,
    /// The language tag (BCP 47) of every article, from `content/language.txt`.
    pub language: &'static str,
    /// The direction the content's text runs in: `ltr` or `rtl`.
    pub direction: &'static str,
    /// The card's own words in that language.
    pub words: Words,
    /// Every article of `content/articles.txt`, in file order.
    pub articles: &'static [Article],
}

/// The embedded content, read on first use.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<Content> = OnceLock::new();
    // Opaque to the optimiser, so that the code reading it is the same whatever it says; the
    // padding that keeps its room the same size (`parse/src/embedded.rs`) is not content.
    CONTENT.get_or_init(|| read(std::hint::black_box(TEXT).trim_end_matches('\0')))
}

/// Every article in `content/articles.txt`, in file order.
pub fn articles() -> &'static [Article] {
    content().articles
}

/// The language tag (BCP 47) of every article. The card marks its text with it, whatever the
/// page's language.
pub fn language() -> &'static str {
    content().language
}

/// The direction the content's text runs in (`ltr` or `rtl`), from its language. The card runs
/// in it unless the host element has its own `dir`.
pub fn direction() -> &'static str {
    content().direction
}

/// The card's own words in the content's language.
pub fn words() -> &'static Words {
    &content().words
}

/// Reads the content back from `text`, as `parse/src/embedded.rs` wrote it. The build wrote
/// it, so a missing field can only be empty; nothing here fails.
pub fn read(text: &'static str) -> Content {
    let mut records = text.split(RECORD);
    let mut head = records.next().unwrap_or_default().split(FIELD);
    let mut next = move || head.next().unwrap_or_default();
    let (language, direction) = (next(), next());
    let words = Words {
        full_story: next(),
        tab_list: next(),
        failure: next(),
        credit_before: next(),
        credit_after: next(),
    };
    let articles: Vec<Article> = records.map(article).collect();
    Content {
        embedded: text,
        language,
        direction,
        words,
        articles: Vec::leak(articles),
    }
}

/// One article's record.
fn article(record: &'static str) -> Article {
    let mut fields = record.split(FIELD);
    let mut next = move || fields.next().unwrap_or_default();
    let some = |field: &'static str| (!field.is_empty()).then_some(field);
    let list = |field: &'static str| -> &'static [&'static str] {
        if field.is_empty() {
            &[]
        } else {
            Vec::leak(field.split(ITEM).collect())
        }
    };
    let (slug, headline, tab) = (next(), next(), some(next()));
    let (caption, credit, paragraphs) = (list(next()), some(next()), list(next()));
    let (datetime, text, link) = (next(), next(), some(next()));
    Article {
        slug,
        headline,
        tab,
        caption,
        credit,
        paragraphs,
        published: some(datetime).map(|datetime| Published { datetime, text }),
        link,
    }
}
