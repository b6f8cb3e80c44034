//! The plain form of an article: its headline with optional `Published:`, `Link:` and `Tab:`
//! lines, a caption block, and paragraphs, each written once.

use super::{
    article, check_date, check_link, check_tab, metadata::metadata_name, Chunk, ParseError,
    ParsedArticle, LINK, PUBLISHED, TAB,
};

/// Checks an article in the plain form: the headline with its metadata lines, the caption
/// block, and the paragraphs, each written once.
pub(crate) fn parse_plain(chunks: &[Chunk<'_>]) -> Result<ParsedArticle, ParseError> {
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
    let (mut published, mut link, mut tab) = (None, None, None);
    for (offset, &metadata) in first.iter().enumerate().skip(1) {
        let number = headline_line + offset;
        let name = metadata_name(metadata);
        let value = metadata[name.map_or(0, str::len)..].trim();
        let check = match name {
            Some(PUBLISHED) => check_date(value).map(|()| &mut published),
            Some(LINK) => check_link(value).map(|()| &mut link),
            Some(_) => check_tab(value).map(|()| &mut tab),
            None => {
                return Err(ParseError::new(
                    number,
                    format!(
                        "under the headline only `{PUBLISHED} …`, `{LINK} …` and `{TAB} …` \
                         lines may follow; leave a blank line before the caption (found \
                         \"{metadata}\")"
                    ),
                ))
            }
        };
        let slot = check.map_err(|what| ParseError::new(number, what))?;
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
    let paragraphs = body.iter().map(|(_, lines)| lines.join(" ")).collect();
    Ok(ParsedArticle {
        published,
        link,
        tab,
        ..article(
            headline,
            headline_line,
            (caption_lines, caption_line),
            paragraphs,
        )?
    })
}
