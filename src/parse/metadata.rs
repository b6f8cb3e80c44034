//! The metadata lines of the plain form (`Published:`, `Link:`): which line is one, what makes
//! a value valid, and the date as readers read it. Part of the parser: std only.

use super::{LINK, PUBLISHED};

/// The metadata name (`Published:` or `Link:`) a line under the headline starts with.
pub(super) fn metadata_name(line: &str) -> Option<&'static str> {
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
