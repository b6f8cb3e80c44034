//! The parser for `content/articles.txt`, the format editors write articles in.
//!
//! It runs at compile time: `build.rs` includes this file with `#[path]` and turns the parsed
//! articles into Rust data. It depends on nothing but `std` for that reason, and it never panics:
//! every malformed input becomes a [`ParseError`] that names the line and says what is wrong.
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
//! credit. A paragraph may be hard-wrapped over several lines; they are joined by a space.

use std::fmt;

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
    /// The 1-based line of the headline in the source file.
    pub line: usize,
}

/// The metadata line that dates an article.
pub const PUBLISHED: &str = "Published:";

/// The metadata line that links an article to its full story.
pub const LINK: &str = "Link:";

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
        [] => return parse_plain(chunks),
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
                    "`Published:` and `Link:` lines go in the plain form (without `TT`); the \
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

    let (caption, credit) = split_caption(caption_lines, caption_line)?;
    Ok(ParsedArticle {
        slug: slug(headline),
        headline: headline.to_owned(),
        caption,
        credit,
        paragraphs,
        published: None,
        link: None,
        line: headline_line,
    })
}

/// Checks an article in the plain form: the headline with its metadata lines, the caption
/// block, and the paragraphs, each written once.
fn parse_plain(chunks: &[Chunk<'_>]) -> Result<ParsedArticle, ParseError> {
    let texts: Vec<(usize, &[&str])> = chunks
        .iter()
        .filter_map(|chunk| match chunk {
            Chunk::Text { line, lines } => Some((*line, lines.as_slice())),
            Chunk::Marker { .. } => None,
        })
        .collect();
    let Some(&(headline_line, first)) = texts.first() else {
        return Err(ParseError::new(1, "an article with no headline"));
    };
    let headline = first[0];
    let (mut published, mut link) = (None, None);
    for (offset, &metadata) in first.iter().enumerate().skip(1) {
        let number = headline_line + offset;
        let (slot, value) = match metadata_name(metadata) {
            Some(PUBLISHED) => {
                let value = metadata[PUBLISHED.len()..].trim();
                check_date(value).map_err(|what| ParseError::new(number, what))?;
                (&mut published, value)
            }
            Some(_) => {
                let value = metadata[LINK.len()..].trim();
                check_link(value).map_err(|what| ParseError::new(number, what))?;
                (&mut link, value)
            }
            None => {
                return Err(ParseError::new(
                    number,
                    format!(
                        "under the headline only `{PUBLISHED} …` and `{LINK} …` lines may \
                         follow; leave a blank line before the caption (found \"{metadata}\")"
                    ),
                ))
            }
        };
        if slot.replace(value.to_owned()).is_some() {
            return Err(ParseError::new(
                number,
                format!(
                    "a second `{}` line",
                    metadata_name(metadata).unwrap_or_default()
                ),
            ));
        }
    }
    let Some(&(caption_line, caption_lines)) = texts.get(1) else {
        return Err(ParseError::new(
            headline_line,
            "no caption block after the headline: write the headline, a blank line, the \
             caption, a blank line, then the paragraphs",
        ));
    };
    let body = &texts[2..];
    match body.first() {
        None => {
            return Err(ParseError::new(
                headline_line,
                "the article has no body: add paragraphs after the caption block",
            ))
        }
        Some(&(line, lines)) if lines == [headline] => {
            return Err(ParseError::new(
                line,
                "the headline comes again after the caption: in the plain form write the \
                 headline and caption once; the seed form puts a `TT` line between them and \
                 their copy",
            ))
        }
        Some(_) => {}
    }
    let (caption, credit) = split_caption(caption_lines, caption_line)?;
    Ok(ParsedArticle {
        slug: slug(headline),
        headline: headline.to_owned(),
        caption,
        credit,
        paragraphs: body.iter().map(|(_, lines)| lines.join(" ")).collect(),
        published,
        link,
        line: headline_line,
    })
}

/// The metadata name (`Published:` or `Link:`) a line under the headline starts with.
fn metadata_name(line: &str) -> Option<&'static str> {
    [PUBLISHED, LINK]
        .into_iter()
        .find(|name| line.starts_with(name))
}

/// Checks a `Published:` value: an ISO 8601 date (`2026-11-20`) or date and time with its zone
/// (`2026-11-20T09:30Z`, `2026-11-20T09:30:15+01:00`).
///
/// ```
/// # use news_card::parse::check_date;
/// assert!(check_date("2026-11-20T09:30Z").is_ok());
/// assert!(check_date("2024-02-29").is_ok());
/// assert!(check_date("2026-02-29").is_err());
/// assert!(check_date("2026-11-20T09:30").unwrap_err().contains("time zone"));
/// assert!(check_date("20 November 2026").is_err());
/// ```
pub fn check_date(value: &str) -> Result<(), String> {
    date_parts(value).map(|_| ())
}

/// A date a `Published:` line gives.
struct DateParts<'a> {
    year: u32,
    month: u32,
    day: u32,
    /// The time (`09:30`, seconds left out) and its zone as written (`Z`, `+01:00`), if any.
    time: Option<(&'a str, &'a str)>,
}

/// The parts of a `Published:` value, or what is wrong with it.
fn date_parts(value: &str) -> Result<DateParts<'_>, String> {
    let wrong = || {
        format!(
            "`{value}` is not an ISO 8601 date: write `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with \
             a time zone, such as `2026-11-20T09:30Z`"
        )
    };
    let number = |text: &str, digits: usize| {
        (text.len() == digits && text.bytes().all(|b| b.is_ascii_digit()))
            .then(|| text.parse::<u32>().ok())
            .flatten()
    };
    let (date, time) = match value.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (value, None),
    };
    let mut fields = date.split('-');
    let (Some(year), Some(month), Some(day), None) = (
        fields.next().and_then(|y| number(y, 4)),
        fields.next().and_then(|m| number(m, 2)),
        fields.next().and_then(|d| number(d, 2)),
        fields.next(),
    ) else {
        return Err(wrong());
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("`{value}`: there is no month {month}")),
    };
    if !(1..=days).contains(&day) {
        return Err(format!(
            "`{value}`: month {month} of {year} has no day {day}"
        ));
    }
    let Some(time) = time else {
        return Ok(DateParts {
            year,
            month,
            day,
            time: None,
        });
    };
    let zone_at = time.find(['Z', '+', '-']).ok_or_else(|| {
        format!("`{value}`: add the time zone, `Z` for UTC or an offset such as `+01:00`")
    })?;
    let (clock, zone) = time.split_at(zone_at);
    let mut parts = clock.split(':');
    let (Some(hour), Some(minute), second, None) = (
        parts.next().and_then(|h| number(h, 2)),
        parts.next().and_then(|m| number(m, 2)),
        parts.next().map(|s| number(s, 2)),
        parts.next(),
    ) else {
        return Err(wrong());
    };
    let zone_ok = zone == "Z"
        || (zone.len() == 6
            && number(&zone[1..3], 2).is_some_and(|h| h < 24)
            && &zone[3..4] == ":"
            && number(&zone[4..6], 2).is_some_and(|m| m < 60));
    if hour > 23 || minute > 59 || second.is_some_and(|s| s.is_none_or(|s| s > 59)) || !zone_ok {
        return Err(wrong());
    }
    Ok(DateParts {
        year,
        month,
        day,
        time: Some((&clock[..5], zone)),
    })
}

/// A `Published:` value as readers see it, in the content's language: `20 November 2026,
/// 09:30 UTC` in English; in other languages the ISO date (`2026-11-20 09:30 UTC`), which
/// reads the same everywhere. `value` has passed [`check_date`].
///
/// ```
/// # use news_card::parse::readable_date;
/// assert_eq!(readable_date("2026-11-20T09:30Z", "en"), "20 November 2026, 09:30 UTC");
/// assert_eq!(readable_date("2026-03-01", "en-GB"), "1 March 2026");
/// assert_eq!(readable_date("2026-03-01T18:05+01:00", "fr"), "2026-03-01 18:05 UTC+01:00");
/// ```
pub fn readable_date(value: &str, language: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let Ok(DateParts {
        year,
        month,
        day,
        time,
    }) = date_parts(value)
    else {
        return value.to_owned();
    };
    let english = language == "en" || language.starts_with("en-");
    let time = time.map(|(clock, zone)| {
        let zone = if zone == "Z" {
            "UTC".to_owned()
        } else {
            format!("UTC{zone}")
        };
        format!("{clock} {zone}")
    });
    match (english, time) {
        (true, Some(time)) => format!("{day} {} {year}, {time}", MONTHS[month as usize - 1]),
        (true, None) => format!("{day} {} {year}", MONTHS[month as usize - 1]),
        (false, Some(time)) => format!("{year:04}-{month:02}-{day:02} {time}"),
        (false, None) => format!("{year:04}-{month:02}-{day:02}"),
    }
}

/// Checks a `Link:` value: an absolute `https:` URL with a host, and no white space or quotes.
///
/// ```
/// # use news_card::parse::check_link;
/// assert!(check_link("https://news.example/world/2026/floods").is_ok());
/// assert!(check_link("http://news.example/").is_err());
/// assert!(check_link("/world/floods").is_err());
/// ```
pub fn check_link(value: &str) -> Result<(), String> {
    let host = value
        .strip_prefix("https://")
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default());
    let clean = !value
        .chars()
        .any(|c| c.is_whitespace() || matches!(c, '"' | '<' | '>' | '\\' | '`'));
    match host {
        Some(host)
            if clean
                && !host.is_empty()
                && host.chars().all(|c| {
                    c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | ':' | '[' | ']')
                }) =>
        {
            Ok(())
        }
        _ => Err(format!(
            "`{value}` is not an absolute https: address: write the full story's address, such \
             as `https://news.example/world/story`"
        )),
    }
}

/// Reduces a caption block to its distinct pieces and pulls out the photo credit. `first_line`
/// is the line of the block's first line, so that an error names the line to fix.
fn split_caption(
    lines: &[&str],
    first_line: usize,
) -> Result<(Vec<String>, Option<String>), ParseError> {
    let mut distinct: Vec<&str> = Vec::new();
    for &candidate in lines {
        if !distinct.contains(&candidate) {
            distinct.push(candidate);
        }
    }
    let pieces: Vec<&str> = distinct
        .iter()
        .copied()
        .filter(|&piece| {
            let others: Vec<&str> = distinct.iter().copied().filter(|&o| o != piece).collect();
            !is_joined_from(piece, &others)
        })
        .collect();

    let mut caption = Vec::with_capacity(pieces.len());
    let mut credits: Vec<String> = Vec::new();
    for piece in pieces {
        let (text, credit) = split_credit(piece);
        if let Some(credit) = credit {
            if credit.is_empty() {
                let offset = lines.iter().position(|l| *l == piece).unwrap_or(0);
                return Err(ParseError::new(
                    first_line + offset,
                    "empty photo credit: write `(Photo by NAME / AGENCY)`",
                ));
            }
            if !credits.iter().any(|c| c == credit) {
                credits.push(credit.to_owned());
            }
        }
        if !text.is_empty() {
            caption.push(text.to_owned());
        }
    }
    let credit = (!credits.is_empty()).then(|| credits.join("; "));
    Ok((caption, credit))
}

/// Whether `line` is two or more of `parts` (repeats allowed) joined by single spaces.
fn is_joined_from(line: &str, parts: &[&str]) -> bool {
    let bytes = line.as_bytes();
    // reach[i]: the most parts (capped at 2) that can end exactly at byte i.
    let mut reach: Vec<Option<u8>> = vec![None; bytes.len() + 1];
    reach[0] = Some(0);
    for pos in 0..bytes.len() {
        let Some(count) = reach[pos] else { continue };
        for part in parts.iter().filter(|p| !p.is_empty()) {
            if !bytes[pos..].starts_with(part.as_bytes()) {
                continue;
            }
            let end = pos + part.len();
            let next = (count + 1).min(2);
            let slot = if end == bytes.len() {
                end
            } else if bytes[end] == b' ' {
                end + 1
            } else {
                continue;
            };
            if slot == bytes.len() && end != bytes.len() {
                continue; // a trailing space is not a join
            }
            reach[slot] = Some(reach[slot].map_or(next, |c| c.max(next)));
        }
    }
    reach[bytes.len()] == Some(2)
}

/// Splits a trailing `(Photo by …)` off a caption piece.
fn split_credit(piece: &str) -> (&str, Option<&str>) {
    if let (Some(start), true) = (piece.rfind(CREDIT_OPEN), piece.ends_with(')')) {
        let credit = piece[start + CREDIT_OPEN.len()..piece.len() - 1].trim();
        return (piece[..start].trim_end(), Some(credit));
    }
    (piece, None)
}

/// A lowercase ASCII identifier from a headline: letters and digits, runs of anything else
/// turned into one `-`. Empty when the headline has no ASCII letter or digit.
///
/// ```
/// # use news_card::parse::slug;
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

/// The language of the content: the BCP 47 tag on the first non-blank line of
/// `content/language.txt` (such as `en`, `fr-CA` or `ar`), checked for its shape.
pub fn language(source: &str) -> Result<String, ParseError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let Some((index, tag)) = source
        .lines()
        .enumerate()
        .map(|(index, line)| (index, line.trim()))
        .find(|(_, line)| !line.is_empty())
    else {
        return Err(ParseError::new(
            1,
            "no language: write the content's language tag, such as `en`",
        ));
    };
    let mut subtags = tag.split('-');
    let primary = subtags.next().unwrap_or_default();
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(tag.to_owned())
    } else {
        Err(ParseError::new(
            index + 1,
            format!("`{tag}` is not a language tag: write one such as `en`, `fr-CA` or `ar`"),
        ))
    }
}

/// The direction text in the language `tag` runs in: `rtl` for the languages written right to
/// left (Arabic, Hebrew, Persian, Urdu, …, or an `Arab`/`Hebr` script subtag), else `ltr`.
///
/// ```
/// # use news_card::parse::direction;
/// assert_eq!(direction("ar"), "rtl");
/// assert_eq!(direction("he-IL"), "rtl");
/// assert_eq!(direction("en-GB"), "ltr");
/// assert_eq!(direction("pa-Arab"), "rtl");
/// ```
pub fn direction(tag: &str) -> &'static str {
    const RTL_LANGUAGES: &[&str] = &[
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ps", "sd", "ug", "ur", "yi",
    ];
    const RTL_SCRIPTS: &[&str] = &["arab", "hebr", "syrc", "thaa", "nkoo", "adlm", "rohg"];
    let lower = tag.to_ascii_lowercase();
    let mut subtags = lower.split('-');
    let primary = subtags.next().unwrap_or_default();
    let script_rtl = subtags.any(|s| RTL_SCRIPTS.contains(&s));
    if script_rtl || RTL_LANGUAGES.contains(&primary) {
        "rtl"
    } else {
        "ltr"
    }
}
