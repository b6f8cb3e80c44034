//! news-card: an embeddable news card built with Yew.
//!
//! The flow is: `content/articles.txt` → [`parse`] (run by `build.rs` at compile time) →
//! [`content::ARTICLES`] embedded in the binary → the [`components`] that render them.
//! Entry points (`src/main.rs`) only mount [`NewsCard`]; tests mount it the same way.

pub mod components;
pub mod content;
pub mod parse;
pub mod selection;

pub use components::{NewsCard, NewsCardProps};
pub use content::{Article, ARTICLES};

/// Mounts a card into the page's `#news-card` element, as the demo page needs.
#[cfg(feature = "csr")]
pub fn mount_demo() {
    let root = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.get_element_by_id("news-card"));
    if let Some(root) = root {
        yew::Renderer::<NewsCard>::with_root_and_props(root, yew::props!(NewsCardProps {}))
            .render();
    }
}
