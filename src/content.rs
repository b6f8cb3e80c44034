//! The article types and the articles embedded at compile time. No view code lives here.

/// One news article, with every repetition of the source format already removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Article {
    /// Stable identifier derived from the headline; the base of the panel's `id`.
    pub slug: &'static str,
    /// The headline, exactly as written.
    pub headline: &'static str,
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

/// When a story was published: as the content wrote it (ISO 8601, for `<time datetime>` and
/// the JSON-LD) and as readers read it, formatted at build time in the content's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Published {
    /// ISO 8601, such as `2026-11-20T09:30Z`.
    pub datetime: &'static str,
    /// The readable form, such as `20 November 2026, 09:30 UTC`.
    pub text: &'static str,
}

/// Every article in `content/articles.txt`, in file order, parsed by `build.rs`.
pub static ARTICLES: &[Article] = include!(concat!(env!("OUT_DIR"), "/articles.rs"));

/// The language tag (BCP 47) of every article, from `content/language.txt`. The card marks its
/// text with it, whatever the page's language.
pub static LANGUAGE: &str = include!(concat!(env!("OUT_DIR"), "/language.rs"));

/// The direction the content's text runs in (`ltr` or `rtl`), from its [`LANGUAGE`]. The card
/// runs in it unless the host element has its own `dir`.
pub static DIRECTION: &str = include!(concat!(env!("OUT_DIR"), "/direction.rs"));
