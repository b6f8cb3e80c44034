//! How a host page's `<news-card>` attributes map to card options, as pure functions (no DOM),
//! so that bad input gets a clear message and a default instead of a panic.

use crate::{content::Article, contract::slug_of_panel_id};

/// The index of the article an `article="…"` attribute names: an article's slug (as in its
/// link id) or its 1-based position. `Err` carries the warning for the console.
///
/// ```
/// # use news_card::{attributes::article_index, Article};
/// # let article = |slug| Article { slug, headline: slug, caption: &[], credit: None, paragraphs: &[] };
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

#[cfg(test)]
mod tests {
    use super::*;

    static FIXTURE: &[Article] = &[
        Article {
            slug: "first",
            headline: "First",
            caption: &[],
            credit: None,
            paragraphs: &["One."],
        },
        Article {
            slug: "second",
            headline: "Second",
            caption: &[],
            credit: None,
            paragraphs: &["Two."],
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
