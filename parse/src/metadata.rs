//! The metadata lines of the plain form (`Published:`, `Link:`, `Tab:`): which line is one and
//! what makes a link or a tab label valid (dates are `dates.rs`').

use super::{LINK, PUBLISHED, TAB};

/// The metadata name (`Published:`, `Link:` or `Tab:`) a line under the headline starts with.
pub(super) fn metadata_name(line: &str) -> Option<&'static str> {
    [PUBLISHED, LINK, TAB]
        .into_iter()
        .find(|name| line.starts_with(name))
}

/// Checks a `Link:` value: an absolute `https:` URL with a host, and no white space or quotes.
///
/// ```
/// # use news_card_parse::check_link;
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

/// Checks a `Tab:` value: the tab's short label, some text on the line. The headline stays the
/// panel's heading; the label is the tab's text and accessible name.
///
/// ```
/// # use news_card_parse::check_tab;
/// assert!(check_tab("Floods").is_ok());
/// assert!(check_tab("").is_err());
/// ```
pub fn check_tab(value: &str) -> Result<(), String> {
    if value.is_empty() {
        Err(
            "`Tab:` is empty: write the tab's short label, or leave the line out to show the \
             headline"
                .to_owned(),
        )
    } else {
        Ok(())
    }
}
