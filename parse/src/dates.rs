//! Publication dates: a `Published:` value read as ISO 8601 (RFC 9557) by ICU4X, and written
//! for readers in the content's language, in its calendar and digits, from CLDR's data: at
//! build time, so the wasm carries only the text.

use icu_calendar::{Date, Iso};
use icu_datetime::{
    fieldsets::{self, zone::LocalizedOffsetShort},
    options::TimePrecision,
    DateTimeFormatter,
};
use icu_locale_core::Locale;
use icu_time::{zone::UtcOffset, ZonedDateTime};

/// A `Published:` value: a day, or a moment with its offset from UTC.
#[derive(Debug)]
enum Published {
    Day(Date<Iso>),
    Moment(ZonedDateTime<Iso, UtcOffset>),
}

/// What an editor writes, for a message.
const SHAPES: &str = "write `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` with a time zone, such as \
                      `2026-11-20T09:30Z`";

/// Reads a `Published:` value: an ISO 8601 date (`2026-11-20`) or date and time with its zone
/// (`2026-11-20T09:30Z`, `2026-11-20T09:30:15+01:00`); `Err` says what is wrong.
fn read(value: &str) -> Result<Published, String> {
    let wrong = || format!("`{value}` is not an ISO 8601 date: {SHAPES}");
    // The extended forms only (dashes and colons), which read the same to every editor.
    let (date, time) = value.split_once('T').unwrap_or((value, ""));
    let date_shape = date.len() == 10
        && date.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !date_shape {
        return Err(wrong());
    }
    if let Some(problem) = impossible_day(date) {
        return Err(format!("`{value}`: {problem}"));
    }
    if time.is_empty() {
        return Date::try_from_str(value, Iso)
            .map(Published::Day)
            .map_err(|_| wrong());
    }
    if !time.contains(['Z', 'z', '+', '-']) {
        return Err(format!(
            "`{value}`: add the time zone, `Z` for UTC or an offset such as `+01:00`"
        ));
    }
    if !time.as_bytes().get(2).is_some_and(|&b| b == b':') {
        return Err(wrong());
    }
    ZonedDateTime::try_offset_only_from_str(value, Iso)
        .map(Published::Moment)
        .map_err(|_| wrong())
}

/// What is impossible about the day `YYYY-MM-DD` names, if anything: a month that does not
/// exist, or a day its month does not have (ICU's calendar says how long the month is).
fn impossible_day(date: &str) -> Option<String> {
    let number = |range: std::ops::Range<usize>| date[range].parse::<u8>().ok();
    let year: i32 = date[..4].parse().ok()?;
    let (month, day) = (number(5..7)?, number(8..10)?);
    let Ok(first) = Date::try_new_iso(year, month, 1) else {
        return Some(format!("there is no month {month}"));
    };
    let days = first.days_in_month();
    (day == 0 || day > days).then(|| format!("month {month} of {year} has no day {day}"))
}

/// Checks a `Published:` value: an ISO 8601 date (`2026-11-20`) or date and time with its zone
/// (`2026-11-20T09:30Z`, `2026-11-20T09:30:15+01:00`).
///
/// ```
/// # use news_card_parse::check_date;
/// assert!(check_date("2026-11-20T09:30Z").is_ok());
/// assert!(check_date("2024-02-29").is_ok());
/// assert!(check_date("2026-02-29").unwrap_err().contains("has no day 29"));
/// assert!(check_date("2026-11-20T09:30").unwrap_err().contains("time zone"));
/// assert!(check_date("20 November 2026").is_err());
/// ```
pub fn check_date(value: &str) -> Result<(), String> {
    read(value).map(drop)
}

/// A `Published:` value as readers read it in the language `tag`: in its calendar, with its
/// month names and digits, and for a moment its time (to the minute) and offset from UTC, as
/// CLDR writes them. `Err` when the value is not a date ([`check_date`]) or `tag` is not a
/// language tag ([`crate::language`] checks it first).
///
/// ```
/// # use news_card_parse::readable_date;
/// assert_eq!(readable_date("2026-11-20", "fr").unwrap(), "20 novembre 2026");
/// assert_eq!(readable_date("2026-11-20", "de").unwrap(), "20. November 2026");
/// assert_eq!(readable_date("2026-11-20", "en-GB").unwrap(), "20 November 2026");
/// let moment = readable_date("2026-03-01T18:05+01:00", "en-GB").unwrap();
/// assert_eq!(moment, "1 March 2026 at 18:05 GMT+1");
/// ```
pub fn readable_date(value: &str, tag: &str) -> Result<String, String> {
    let locale: Locale = tag
        .parse()
        .map_err(|_| format!("`{tag}` is not a language tag"))?;
    let unformattable = |err: icu_datetime::DateTimeFormatterLoadError| {
        format!("no date format for `{tag}`: {err}")
    };
    Ok(match read(value)? {
        Published::Day(day) => DateTimeFormatter::try_new(locale.into(), fieldsets::YMD::long())
            .map_err(unformattable)?
            .format(&day)
            .to_string(),
        Published::Moment(moment) => {
            let fields = fieldsets::YMDT::long()
                .with_time_precision(TimePrecision::Minute)
                .with_zone(LocalizedOffsetShort);
            DateTimeFormatter::try_new(locale.into(), fields)
                .map_err(unformattable)?
                .format(&moment)
                .to_string()
        }
    })
}
