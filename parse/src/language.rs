//! `content/language.txt`: the content's language tag, and the card's own words in it when
//! the card does not ship them (or an editor words them otherwise).
//!
//! ```text
//! sw
//! full-story: Habari kamili
//! tab-list: Habari
//! failure: Habari hazikuweza kupakiwa.
//! credit: Picha: {credit}
//! ```
//!
//! The first line that is not blank (nor a `#` comment) is the tag. Each line after it sets
//! one of the card's words; a shipped language's words fill in the rest.

use icu_locale::LocaleDirectionality;
use icu_locale_core::Locale;

use crate::{words::shipped, ParseError};

/// The words the card writes itself, in the content's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Words {
    /// The text of an article's link to its full story ("Full story").
    pub full_story: String,
    /// The tab list's accessible name when the page gives none ("News articles").
    pub tab_list: String,
    /// What a card that cannot start says instead of the articles ("The news could not load.").
    pub failure: String,
    /// The photo credit line, with `{credit}` where the credit goes ("Photo by {credit}").
    pub credit: String,
}

/// Where the credit goes in [`Words::credit`].
pub const CREDIT_SLOT: &str = "{credit}";

/// The names of the word lines, in [`Words`]' order, and what each is, for messages.
const WORD_LINES: [(&str, &str); 4] = [
    (
        "full-story",
        "the text of the link to an article's full story",
    ),
    ("tab-list", "the tab list's name for screen readers"),
    ("failure", "the line a card shows when it cannot start"),
    (
        "credit",
        "the photo credit, with {credit} where the name goes",
    ),
];

/// The content's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// Its BCP 47 tag, as written (`en`, `fr-CA`, `ar`).
    pub tag: String,
    /// The direction its text runs in: `ltr` or `rtl`.
    pub direction: &'static str,
    /// The card's own words in it.
    pub words: Words,
}

/// Reads `content/language.txt` (its text): the tag, checked to be a language tag, and the
/// card's words in that language, from the lines after it or from the shipped ones.
///
/// ```
/// # use news_card_parse::language;
/// let french = language("fr\n").unwrap();
/// assert_eq!(french.words.full_story, "Lire l’article complet");
/// assert_eq!(language("ar").unwrap().direction, "rtl");
/// let own = language("fr\nfull-story: La suite\n").unwrap();
/// assert_eq!(own.words.full_story, "La suite");
/// assert_eq!(own.words.tab_list, "Actualités");
/// assert!(language("sw").unwrap_err().message.contains("full-story:"));
/// ```
pub fn language(source: &str) -> Result<Language, ParseError> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut lines = source
        .split('\n')
        .enumerate()
        .map(|(index, line)| (index + 1, line.trim()))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'));
    let Some((tag_line, tag)) = lines.next() else {
        return Err(ParseError::new(
            1,
            "no language: write the content's language tag, such as `en`",
        ));
    };
    let not_a_tag = || {
        ParseError::new(
            tag_line,
            format!("`{tag}` is not a language tag: write one such as `en`, `fr-CA` or `ar`"),
        )
    };
    let locale: Locale = tag.parse().map_err(|_| not_a_tag())?;

    let mut own: [Option<String>; 4] = Default::default();
    for (number, line) in lines {
        let slot = line.split_once(':').and_then(|(name, value)| {
            let at = WORD_LINES
                .iter()
                .position(|(known, _)| *known == name.trim())?;
            Some((at, value.trim()))
        });
        let Some((at, value)) = slot else {
            let names: Vec<String> = WORD_LINES.iter().map(|(n, _)| format!("`{n}:`")).collect();
            return Err(ParseError::new(
                number,
                format!(
                    "after the tag only the card's words may follow, each on its own line as \
                     {} (found \"{line}\")",
                    names.join(", ")
                ),
            ));
        };
        let name = WORD_LINES[at].0;
        if value.is_empty() {
            return Err(ParseError::new(
                number,
                format!("`{name}:` is empty: write {}", WORD_LINES[at].1),
            ));
        }
        if name == "credit" && value.matches(CREDIT_SLOT).count() != 1 {
            return Err(ParseError::new(
                number,
                format!("`credit:` needs {CREDIT_SLOT} once, where the photographer's name goes"),
            ));
        }
        if own[at].replace(value.to_owned()).is_some() {
            return Err(ParseError::new(number, format!("a second `{name}:` line")));
        }
    }

    let shipped = shipped(tag);
    let fallback = shipped.as_ref().map(|w| {
        [
            w.full_story.clone(),
            w.tab_list.clone(),
            w.failure.clone(),
            w.credit.clone(),
        ]
    });
    let mut missing = Vec::new();
    let mut words: [String; 4] = Default::default();
    for (at, word) in words.iter_mut().enumerate() {
        match (own[at].take(), &fallback) {
            (Some(value), _) => *word = value,
            (None, Some(shipped)) => word.clone_from(&shipped[at]),
            (None, None) => missing.push(at),
        }
    }
    if !missing.is_empty() {
        let lines: Vec<String> = missing
            .iter()
            .map(|&at| format!("`{}: …` ({})", WORD_LINES[at].0, WORD_LINES[at].1))
            .collect();
        return Err(ParseError::new(
            tag_line,
            format!(
                "the card has no words of its own in `{tag}`: add them on lines after the tag: \
                 {} (docs/editing.md)",
                lines.join(", ")
            ),
        ));
    }
    let [full_story, tab_list, failure, credit] = words;
    Ok(Language {
        tag: tag.to_owned(),
        direction: direction_of(&locale),
        words: Words {
            full_story,
            tab_list,
            failure,
            credit,
        },
    })
}

/// The direction text in `locale` runs in, from CLDR's likely scripts: `rtl` for Arabic,
/// Hebrew, Persian, Urdu, … or an `Arab`/`Hebr` script subtag, else `ltr`.
fn direction_of(locale: &Locale) -> &'static str {
    if LocaleDirectionality::new_extended().is_right_to_left(&locale.id) {
        "rtl"
    } else {
        "ltr"
    }
}

/// The direction text in the language `tag` runs in (`ltr` when it is no language tag).
///
/// ```
/// # use news_card_parse::direction;
/// assert_eq!(direction("ar"), "rtl");
/// assert_eq!(direction("he-IL"), "rtl");
/// assert_eq!(direction("fa"), "rtl");
/// assert_eq!(direction("en-GB"), "ltr");
/// assert_eq!(direction("pa-Arab"), "rtl");
/// assert_eq!(direction("zh-Hant"), "ltr");
/// ```
pub fn direction(tag: &str) -> &'static str {
    tag.parse::<Locale>()
        .map_or("ltr", |locale| direction_of(&locale))
}
