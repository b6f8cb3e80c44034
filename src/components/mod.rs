//! The card's view: one component per file, state owned by [`NewsCard`] and passed down.

mod article_panel;
mod caption;
mod news_card;
mod tab_list;

pub use article_panel::{ArticlePanel, ArticlePanelProps};
pub use caption::{Caption, CaptionProps};
pub use news_card::{NewsCard, NewsCardProps};
pub use tab_list::{TabList, TabListProps};

/// The attribute that marks the element a card is mounted in inside its shadow root; the
/// prerender writes it and the client looks for it to hydrate instead of rendering anew.
pub const ROOT_ATTRIBUTE: &str = "data-news-card-root";

/// The `id` of the panel that shows article `slug` in the card whose ids start with `prefix`.
pub fn panel_id(prefix: &str, slug: &str) -> String {
    format!("{prefix}-{slug}")
}

/// The `id` of the tab that selects article `slug` in the card whose ids start with `prefix`.
pub fn tab_id(prefix: &str, slug: &str) -> String {
    format!("{prefix}-{slug}-tab")
}
