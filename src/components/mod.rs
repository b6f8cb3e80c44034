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

/// The props the build-time prerender renders the card with. A client hydrating prerendered
/// markup starts from exactly these, because hydration adopts the DOM only if it matches.
pub fn prerender_props() -> NewsCardProps {
    yew::props!(NewsCardProps {})
}

/// The `id` of the panel that shows article `slug` in the card whose ids start with `prefix`.
pub fn panel_id(prefix: &str, slug: &str) -> String {
    format!("{prefix}-{slug}")
}

/// The `id` of the tab that selects article `slug` in the card whose ids start with `prefix`.
pub fn tab_id(prefix: &str, slug: &str) -> String {
    format!("{prefix}-{slug}-tab")
}
