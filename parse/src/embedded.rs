//! The content as the wasm embeds it: one string, the articles' text and the card's words, in
//! the order `src/content.rs` reads them back when the card starts.
//!
//! One string, because the content is then one run of bytes in the wasm's data, which the size
//! gate (`tests/dist/size_budget.rs`) takes off exactly to weigh the code alone; and because
//! the code that reads it cannot be specialised for the articles it happens to carry, its size
//! is the same whatever they are.
//!
//! The string is records separated by [`RECORD`]: first the language (its tag, its direction,
//! then the card's words: full story, tab list, failure, and the credit line before and after
//! the name), then one record per article: slug, headline, tab label, caption pieces, credit,
//! paragraphs, publication date as written and as read, link. Fields are separated by
//! [`FIELD`], the items of a list (caption pieces, paragraphs) by [`ITEM`]; a field the article
//! lacks is empty. The parser refuses control characters in the content, so none of the three
//! can occur in it.

use crate::{readable_date, Language, ParseError, ParsedArticle, CREDIT_SLOT};

/// Separates the records: the language, then each article.
pub const RECORD: char = '\u{1e}';
/// Separates the fields of a record.
pub const FIELD: char = '\u{1f}';
/// Separates the items of a list field.
pub const ITEM: char = '\u{1d}';

/// The content as one string, each article's date written for readers in `language`; `Err`
/// names the article whose date cannot be written.
///
/// ```
/// # use news_card_parse::{embedded::content_text, language, parse};
/// let articles = parse("Headline\n\nA caption.\n\nA paragraph.\n").unwrap();
/// let text = content_text(&articles, &language("en").unwrap()).unwrap();
/// assert!(text.starts_with("en\u{1f}ltr\u{1f}Full story\u{1f}"));
/// assert!(text.ends_with("\u{1e}headline\u{1f}Headline\u{1f}\u{1f}A caption.\u{1f}\u{1f}A paragraph.\u{1f}\u{1f}\u{1f}"));
/// ```
pub fn content_text(articles: &[ParsedArticle], language: &Language) -> Result<String, ParseError> {
    let words = &language.words;
    let (before, after) = words
        .credit
        .split_once(CREDIT_SLOT)
        .unwrap_or((words.credit.as_str(), ""));
    let mut records = vec![join(
        FIELD,
        [
            language.tag.as_str(),
            language.direction,
            &words.full_story,
            &words.tab_list,
            &words.failure,
            before,
            after,
        ],
    )];
    for article in articles {
        let published = article
            .published
            .as_deref()
            .map(|value| {
                readable_date(value, &language.tag)
                    .map(|text| (value, text))
                    .map_err(|what| ParseError::new(article.line, what))
            })
            .transpose()?;
        let (datetime, date_text) = published.unwrap_or_default();
        records.push(join(
            FIELD,
            [
                article.slug.as_str(),
                &article.headline,
                article.tab.as_deref().unwrap_or_default(),
                &join(ITEM, article.caption.iter().map(String::as_str)),
                article.credit.as_deref().unwrap_or_default(),
                &join(ITEM, article.paragraphs.iter().map(String::as_str)),
                datetime,
                &date_text,
                article.link.as_deref().unwrap_or_default(),
            ],
        ));
    }
    Ok(join(RECORD, records.iter().map(String::as_str)))
}

/// `parts` joined by `separator`.
fn join<'a>(separator: char, parts: impl IntoIterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for (at, part) in parts.into_iter().enumerate() {
        if at > 0 {
            out.push(separator);
        }
        out.push_str(part);
    }
    out
}

/// The room the content takes in the wasm's memory, whatever its length: a multiple of this.
///
/// The content string is padded with NUL characters to the next multiple, so that everything
/// placed after it in memory keeps its address from one content to another, and the code,
/// which names those addresses, keeps its bytes. The padding costs nothing on the wire: the
/// wasm optimiser leaves runs of zero bytes out of the data it ships.
pub const ROOM: usize = 64 * 1024;

/// `text` padded with NUL characters to the next multiple of [`ROOM`] bytes.
///
/// ```
/// # use news_card_parse::embedded::{padded, ROOM};
/// assert_eq!(padded("abc").len(), ROOM);
/// assert!(padded("abc").starts_with("abc\0"));
/// ```
pub fn padded(text: &str) -> String {
    let room = text.len().div_ceil(ROOM).max(1) * ROOM;
    let mut out = String::with_capacity(room);
    out.push_str(text);
    out.extend(std::iter::repeat_n('\0', room - text.len()));
    out
}

/// The Rust source `build.rs` writes for `src/content.rs` to include: the separators and the
/// content string, [`padded`], as literals.
pub fn rust_source(articles: &[ParsedArticle], language: &Language) -> Result<String, ParseError> {
    let text = padded(&content_text(articles, language)?);
    Ok(format!(
        "/// Separates the records of [`TEXT`].\nconst RECORD: char = {RECORD:?};\n\
         /// Separates the fields of a record.\nconst FIELD: char = {FIELD:?};\n\
         /// Separates the items of a list field.\nconst ITEM: char = {ITEM:?};\n\
         /// The content: the language, then the articles, padded with NUL characters.\n\
         static TEXT: &str = {text:?};\n"
    ))
}
