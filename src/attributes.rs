//! How a host page's `<news-card>` attributes map to card options, as pure functions (no DOM),
//! so that bad input gets a clear message and a default instead of a panic.

use crate::{content::Article, contract::slug_of_panel_id};

/// The index of the article an `article="…"` attribute names: an article's slug (as in its
/// link id) or its 1-based position. `Err` carries the warning for the console.
///
/// ```
/// # use news_card::{attributes::article_index, Article};
/// # let article = |slug| Article { slug, headline: slug, tab: None, caption: &[], credit: None, paragraphs: &[], published: None, link: None };
/// let articles = [article("floods"), article("elections")];
/// assert_eq!(article_index("elections", &articles), Ok(1));
/// assert_eq!(article_index("1", &articles), Ok(0));
/// assert!(article_index("3", &articles).unwrap_err().contains("floods, elections"));
/// ```
pub fn article_index(value: &str, articles: &[Article]) -> Result<usize, String> {
    let value = value.trim();
    if let Some(index) = articles.iter().position(|a| a.slug == value) {
        return Ok(index);
    }
    match value.parse::<usize>() {
        Ok(n) if (1..=articles.len()).contains(&n) => Ok(n - 1),
        _ => {
            let slugs: Vec<&str> = articles.iter().map(|a| a.slug).collect();
            Err(format!(
                "<news-card article=\"{value}\">: no such article. \
                 Use a number from 1 to {} or one of: {}",
                articles.len(),
                slugs.join(", ")
            ))
        }
    }
}

/// The index of the article whose panel id (`{prefix}-{slug}`) the URL fragment names.
pub fn article_for_fragment(fragment: &str, prefix: &str, articles: &[Article]) -> Option<usize> {
    let slug = slug_of_panel_id(fragment, prefix)?;
    articles.iter().position(|a| a.slug == slug)
}

/// Whether a card may point the URL fragment at its own panel: only when the fragment is empty
/// or already names one of this card's panels, so that a fragment the page uses for itself
/// (`#comments`, a hash router's route) is never replaced.
pub fn fragment_is_replaceable(fragment: &str, prefix: &str, articles: &[Article]) -> bool {
    fragment.trim_start_matches('#').is_empty()
        || article_for_fragment(fragment, prefix, articles).is_some()
}

/// Where a starting card begins, from what the page and the reader asked before it ran: one
/// answer for the article it shows and the reader's picks it reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opening {
    /// The article the card starts on.
    pub index: usize,
    /// Whether the reader picked it, before the card ran.
    pub by_reader: bool,
    /// Whether a fragment on load named it (the card then scrolls into view).
    pub linked: bool,
    /// The reader's picks that changed the article, in order, to report as theirs once the
    /// card runs (a change event each; the URL follows the last). The first counts as a change
    /// when it differs from what the card would have shown without it.
    pub reports: Vec<usize>,
}

/// Where a card starts: `picks` are the reader's picks before it ran, in order, `requested`
/// the `article` attribute's article, `linked` the article a fragment on load names,
/// `prerendered` the article the build's markup shows. A deep link wins over the attribute,
/// and the reader's last pick over both.
///
/// ```
/// # use news_card::attributes::opening;
/// // The reader picked article 2 over a deep link to article 1: reported as theirs.
/// let start = opening(&[2], None, Some(1), 0);
/// assert_eq!((start.index, start.by_reader, start.linked), (2, true, false));
/// assert_eq!(start.reports, [2]);
/// // Picking what the card would show anyway is no change; each pick after it that is, is.
/// assert_eq!(opening(&[1, 1, 0, 2], Some(1), None, 0).reports, [0, 2]);
/// // Without a pick: the deep link's article, else the attribute's, else the prerendered one.
/// assert_eq!(opening(&[], Some(3), Some(1), 0).index, 1);
/// assert!(opening(&[], Some(3), Some(1), 0).linked);
/// assert_eq!(opening(&[], Some(3), None, 0).index, 3);
/// ```
pub fn opening(
    picks: &[usize],
    requested: Option<usize>,
    linked: Option<usize>,
    prerendered: usize,
) -> Opening {
    let without_picks = linked.or(requested).unwrap_or(prerendered);
    let mut shown = without_picks;
    let mut reports = Vec::new();
    for &pick in picks {
        if pick != shown {
            reports.push(pick);
            shown = pick;
        }
    }
    match picks.last() {
        Some(&index) => Opening {
            index,
            by_reader: true,
            linked: false,
            reports,
        },
        None => Opening {
            index: without_picks,
            by_reader: false,
            linked: linked.is_some(),
            reports,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static FIXTURE: &[Article] = &[
        Article {
            slug: "first",
            headline: "First",
            tab: None,
            caption: &[],
            credit: None,
            paragraphs: &["One."],
            published: None,
            link: None,
        },
        Article {
            slug: "second",
            headline: "Second",
            tab: None,
            caption: &[],
            credit: None,
            paragraphs: &["Two."],
            published: None,
            link: None,
        },
    ];

    #[test]
    fn an_article_is_named_by_slug_or_position() {
        assert_eq!(article_index("second", FIXTURE), Ok(1));
        assert_eq!(article_index(" 2 ", FIXTURE), Ok(1));
        assert_eq!(article_index("1", FIXTURE), Ok(0));
    }

    #[test]
    fn an_unknown_article_is_a_warning_listing_the_choices() {
        for bad in ["0", "3", "-1", "", "sec", "99999999999999999999999"] {
            let warning = article_index(bad, FIXTURE).unwrap_err();
            assert!(warning.contains("first, second"), "{warning}");
            assert!(warning.contains("from 1 to 2"), "{warning}");
        }
    }

    #[test]
    fn fragments_name_a_panel_of_this_card_only() {
        assert_eq!(article_for_fragment("#top-second", "top", FIXTURE), Some(1));
        assert_eq!(article_for_fragment("top-second", "top", FIXTURE), Some(1));
        assert_eq!(article_for_fragment("#top-second", "top-2", FIXTURE), None);
        assert_eq!(article_for_fragment("#top", "top", FIXTURE), None);
        assert_eq!(article_for_fragment("", "top", FIXTURE), None);
    }

    #[test]
    fn only_an_empty_fragment_or_the_card_s_own_is_replaced() {
        for own in ["", "#", "#top-first", "top-second"] {
            assert!(fragment_is_replaceable(own, "top", FIXTURE), "{own:?}");
        }
        for theirs in [
            "#comments",
            "#/route/42",
            "#other-first",
            "#top-third",
            "#top",
        ] {
            assert!(
                !fragment_is_replaceable(theirs, "top", FIXTURE),
                "{theirs:?}"
            );
        }
    }
}
