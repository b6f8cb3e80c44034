//! The card's view: one component per file, state owned by [`NewsCard`] and passed down.

mod article_panel;
mod caption;
mod news_card;
mod tab_list;

pub use article_panel::{ArticlePanel, ArticlePanelProps};
pub use caption::{Caption, CaptionProps};
pub use news_card::{NewsCard, NewsCardProps};
pub use tab_list::{TabList, TabListProps};

/// The props the build-time prerender renders the card with. A client hydrating prerendered
/// markup starts from exactly these, because hydration adopts the DOM only if it matches.
pub fn prerender_props() -> NewsCardProps {
    yew::props!(NewsCardProps {})
}
