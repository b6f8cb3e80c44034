//! news-card's content at build time: `build.rs` reads `content/articles.txt` and
//! `content/language.txt` with this crate and embeds the result in the wasm, so that the
//! browser never parses anything.
//!
//! - the article format ([`parse`]), below;
//! - the language file and the card's own words in it ([`language`]; the shipped languages'
//!   words are in `words.rs`);
//! - dates, read as ISO 8601 and written for readers from CLDR's data with ICU4X
//!   ([`readable_date`]);
//! - the content as the wasm embeds it ([`embedded`]).
//!
//! Nothing here panics: every malformed input becomes a [`ParseError`] that names the line and
//! says what is wrong.
//!
//! # The format
//!
//! Articles are separated by two or more blank lines. Each article is written in one of two
//! forms, told apart by the `TT` marker line: an article without one is in the plain form.
//!
//! The plain form writes each thing once:
//!
//! ```text
//! Headline
//! Published: 2026-11-20T09:30Z        (optional, ISO 8601)
//! Link: https://example.com/story     (optional, an absolute https: URL)
//! Tab: Short label                    (optional, the tab's text instead of the headline)
//!
//! caption line
//! caption line …
//!
//! First paragraph.
//!
//! Second paragraph …
//! ```
//!
//! The metadata lines, if any, stand right under the headline, each `Name: value`, so that
//! no paragraph can be taken for one. The seed form, which the first articles arrived in,
//! writes the headline and caption block twice, around `TT`:
//!
//! ```text
//! Headline
//!
//! caption line
//! caption line …
//! TT
//!
//! Headline             (the same headline again)
//!
//! caption line         (the same caption block again)
//! caption line …
//!
//! First paragraph.
//!
//! Second paragraph …
//! ```
//!
//! In a caption block a line can appear twice, and one line can be the other lines joined by a
//! space; each distinct piece is kept once. A trailing `(Photo by NAME / AGENCY)` is the photo
//! credit, in every language (the card writes it in the content's words). A paragraph may be
//! hard-wrapped over several lines; they are joined by a space.

use std::fmt;

mod caption;
mod dates;
pub mod embedded;
mod language;
mod metadata;
mod plain;
mod words;

/// What `build.rs` does, apart from cargo's bookkeeping: reads the content file and the
/// language file (their bytes, and the names a message gives them) and returns the Rust source
/// `src/content.rs` includes, or the message that stops the build, as `file:line: what is
/// wrong`.
///
/// ```
/// # use news_card_parse::build;
/// let content = ("content/articles.txt", "Headline\n\nA caption.\n\nA paragraph.\n".as_bytes());
/// assert!(build(content, ("content/language.txt", "fr\n")).is_ok());
/// let error = build(content, ("content/language.txt", "\nsw\n")).unwrap_err();
/// assert!(error.starts_with("content/language.txt:2: the card has no words"));
/// ```
pub fn build(content: (&str, &[u8]), language_file: (&str, &str)) -> Result<String, String> {
    let (content_name, bytes) = content;
    let articles = parse_bytes(bytes).map_err(|err| err.display_for(content_name))?;
    let (language_name, text) = language_file;
    let language = language(text).map_err(|err| err.display_for(language_name))?;
    embedded::rust_source(&articles, &language).map_err(|err| err.display_for(content_name))
}

use caption::split_caption;
pub use dates::{check_date, readable_date};
pub use language::{direction, language, Language, Words, CREDIT_SLOT};
use metadata::metadata_name;
pub use metadata::{check_link, check_tab};
pub use words::shipped_languages;

/// The line that separates the first headline and caption block from their repetition.
pub const MARKER: &str = "TT";

/// The opening of a photo credit at the end of a caption line.
const CREDIT_OPEN: &str = "(Photo by ";

/// One article as parsed from the source, with every repetition removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParsedArticle {
    /// A stable, URL-safe identifier derived from the headline (unique within the file).
    pub slug: String,
    /// The headline, exactly as written.
    pub headline: String,
    /// The distinct caption pieces, in order, without the photo credit.
    pub caption: Vec<String>,
    /// The photo credit (`NAME / AGENCY`), if the caption carries one.
    pub credit: Option<String>,
    /// The body paragraphs, in order.
    pub paragraphs: Vec<String>,
    /// When the story was published (ISO 8601, as written), from a `Published:` line.
    pub published: Option<String>,
    /// The full story's address (an absolute `https:` URL), from a `Link:` line.
    pub link: Option<String>,
    /// The tab's text, from a `Tab:` line: a short label in place of the headline.
    pub tab: Option<String>,
    /// The 1-based line of the headline in the source file.
    pub line: usize,
}

/// The metadata line that dates an article.
pub const PUBLISHED: &str = "Published:";

/// The metadata line that links an article to its full story.
pub const LINK: &str = "Link:";

/// The metadata line that gives an article's tab a short label.
pub const TAB: &str = "Tab:";

/// A malformed source: where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The 1-based line the problem was found on.
    pub line: usize,
    /// What is wrong, in words an editor can act on.
    pub message: String,
}

impl ParseError {
    fn new(line: usize, message: impl Into<String>) -> Self {
        Self {
            line,
            message: message.into(),
        }
    }

    /// The error as a compiler-style message naming the file: `file:line: message`.
    pub fn display_for(&self, file: &str) -> String {
        format!("{file}:{}: {}", self.line, self.message)
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// A run of consecutive non-blank lines, or the `TT` marker on its own.
#[derive(Debug)]
enum Chunk<'a> {
    Text { line: usize, lines: Vec<&'a str> },
    Marker { line: usize },
}

impl Chunk<'_> {
    fn line(&self) -> usize {
        match self {
            Chunk::Text { line, .. } | Chunk::Marker { line } => *line,
        }
    }
}

/// Parses raw bytes: reports invalid UTF-8 with its line, then parses the text.
pub fn parse_bytes(bytes: &[u8]) -> Result<Vec<ParsedArticle>, ParseError> {
    match std::str::from_utf8(bytes) {
        Ok(text) => parse(text),
        Err(err) => {
            let line = 1 + bytes[..err.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(ParseError::new(
                line,
                "the file is not valid UTF-8; save it as UTF-8",
            ))
        }
    }
}

/// Parses the whole source into articles, or says what is wrong and where.
pub fn parse(source: &str) -> Result<Vec<ParsedArticle>, ParseError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut articles: Vec<Vec<Chunk<'_>>> = Vec::new();
    let mut blank_run = 2; // the first chunk starts an article
    let mut current: Option<Chunk<'_>> = None;

    for (index, raw) in source.split('\n').enumerate() {
        let number = index + 1;
        let text = raw.trim();
        if let Some(control) = text.chars().find(|&c| c.is_control() && c != '\t') {
            return Err(ParseError::new(
                number,
                format!(
                    "a control character (U+{:04X}) that no reader can see: remove it",
                    u32::from(control)
                ),
            ));
        }
        if text.is_empty() {
            if let Some(chunk) = current.take() {
                push_chunk(&mut articles, chunk, &mut blank_run);
            }
            blank_run += 1;
        } else if text == MARKER {
            if let Some(chunk) = current.take() {
                push_chunk(&mut articles, chunk, &mut blank_run);
            }
            push_chunk(
                &mut articles,
                Chunk::Marker { line: number },
                &mut blank_run,
            );
        } else {
            match current.as_mut() {
                Some(Chunk::Text { lines, .. }) => lines.push(text),
                _ => {
                    current = Some(Chunk::Text {
                        line: number,
                        lines: vec![text],
                    });
                }
            }
        }
    }
    if let Some(chunk) = current.take() {
        push_chunk(&mut articles, chunk, &mut blank_run);
    }

    if articles.is_empty() {
        return Err(ParseError::new(1, "the file is empty: it has no articles"));
    }

    let mut parsed: Vec<ParsedArticle> = Vec::with_capacity(articles.len());
    for (index, chunks) in articles.iter().enumerate() {
        let mut article = parse_article(chunks)?;
        if let Some(first) = parsed.iter().find(|a| a.headline == article.headline) {
            return Err(ParseError::new(
                article.line,
                format!(
                    "duplicate headline \"{}\" (first used on line {})",
                    article.headline, first.line
                ),
            ));
        }
        if article.slug.is_empty() {
            article.slug = format!("article-{}", index + 1);
        }
        if let Some(first) = parsed.iter().find(|a| a.slug == article.slug) {
            return Err(ParseError::new(
                article.line,
                format!(
                    "headline gives the same link id \"{}\" as the headline on line {}; reword one of them",
                    article.slug, first.line
                ),
            ));
        }
        parsed.push(article);
    }
    Ok(parsed)
}

/// Appends a chunk to the current article, or starts a new article after two blank lines.
fn push_chunk<'a>(articles: &mut Vec<Vec<Chunk<'a>>>, chunk: Chunk<'a>, blank_run: &mut usize) {
    match articles.last_mut() {
        Some(article) if *blank_run < 2 => article.push(chunk),
        _ => articles.push(vec![chunk]),
    }
    *blank_run = 0;
}

/// Checks one article's chunks against its form (the seed form has a `TT` marker, the plain
/// form none) and removes the repetitions.
fn parse_article(chunks: &[Chunk<'_>]) -> Result<ParsedArticle, ParseError> {
    let markers: Vec<usize> = chunks
        .iter()
        .enumerate()
        .filter(|(_, c)| matches!(c, Chunk::Marker { .. }))
        .map(|(i, _)| i)
        .collect();
    let marker = match markers.as_slice() {
        [] => return plain::parse_plain(chunks),
        [one] => *one,
        [_, second, ..] => {
            return Err(ParseError::new(
                chunks[*second].line(),
                "a second `TT` marker in the same article (articles are separated by two or more blank lines)",
            ))
        }
    };

    let before = &chunks[..marker];
    let after = &chunks[marker + 1..];
    let marker_line = chunks[marker].line();

    let (headline_line, headline) = match before.first() {
        Some(Chunk::Text { line, lines }) => {
            if lines.len() > 1 {
                let message = if metadata_name(lines[1]).is_some() {
                    "`Published:`, `Link:` and `Tab:` lines go in the plain form (without `TT`); the \
                     seed form has no metadata"
                } else {
                    "the headline must be a single line followed by a blank line"
                };
                return Err(ParseError::new(line + 1, message));
            }
            (*line, lines[0])
        }
        _ => {
            return Err(ParseError::new(
                marker_line,
                "no headline before the `TT` marker",
            ))
        }
    };
    let (caption_line, caption_lines) = match before.get(1) {
        Some(Chunk::Text { line, lines }) => (*line, lines),
        _ => {
            return Err(ParseError::new(
                marker_line,
                "no caption block between the headline and the `TT` marker",
            ))
        }
    };
    if let Some(extra) = before.get(2) {
        return Err(ParseError::new(
            extra.line(),
            "more than one caption block before the `TT` marker (caption lines must not be separated by blank lines)",
        ));
    }

    match after.first() {
        Some(Chunk::Text { lines, .. }) if lines.len() == 1 && lines[0] == headline => {}
        Some(Chunk::Text { line, lines }) => {
            return Err(ParseError::new(
                *line,
                format!(
                    "headline not repeated after the `TT` marker: expected \"{headline}\", found \"{}\"",
                    lines[0]
                ),
            ))
        }
        _ => {
            return Err(ParseError::new(
                marker_line,
                format!(
                    "nothing after the `TT` marker: expected the headline \"{headline}\" again"
                ),
            ))
        }
    }
    match after.get(1) {
        Some(Chunk::Text { line, lines }) => {
            if lines != caption_lines {
                let offset = lines
                    .iter()
                    .zip(caption_lines.iter())
                    .take_while(|(a, b)| a == b)
                    .count();
                return Err(ParseError::new(
                    line + offset.min(lines.len().saturating_sub(1)),
                    "the caption block after the `TT` marker differs from the one before it",
                ));
            }
        }
        _ => {
            return Err(ParseError::new(
                after[0].line(),
                "no caption block after the repeated headline",
            ))
        }
    }

    let body = &after[2..];
    if body.is_empty() {
        return Err(ParseError::new(
            headline_line,
            "the article has no body: add paragraphs after the repeated caption block",
        ));
    }
    let paragraphs = body
        .iter()
        .filter_map(|chunk| match chunk {
            Chunk::Text { lines, .. } => Some(lines.join(" ")),
            Chunk::Marker { .. } => None,
        })
        .collect();

    article(
        headline,
        headline_line,
        (caption_lines, caption_line),
        paragraphs,
    )
}

/// The article both forms make of a headline (on line `line`), a caption block (its lines and
/// its first line's number, split into the caption and its credit) and paragraphs, with no
/// metadata.
fn article(
    headline: &str,
    line: usize,
    (caption_lines, caption_line): (&[&str], usize),
    paragraphs: Vec<String>,
) -> Result<ParsedArticle, ParseError> {
    let (caption, credit) = split_caption(caption_lines, caption_line)?;
    Ok(ParsedArticle {
        slug: slug(headline),
        headline: headline.to_owned(),
        caption,
        credit,
        paragraphs,
        published: None,
        link: None,
        tab: None,
        line,
    })
}

/// A lowercase ASCII identifier from a headline: letters and digits, runs of anything else
/// turned into one `-`. Empty when the headline has no ASCII letter or digit.
///
/// ```
/// # use news_card_parse::slug;
/// assert_eq!(slug("Iran to Hold Run-off Election"), "iran-to-hold-run-off-election");
/// assert_eq!(slug("  “Quotes” & 3 Numbers!  "), "quotes-3-numbers");
/// assert_eq!(slug("Ελλάδα"), "");
/// ```
pub fn slug(headline: &str) -> String {
    let mut out = String::with_capacity(headline.len());
    for c in headline.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}
