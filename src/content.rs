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
}

/// Every article in `content/articles.txt`, in file order, parsed by `build.rs`.
pub static ARTICLES: &[Article] = include!(concat!(env!("OUT_DIR"), "/articles.rs"));
