//! news-card: an embeddable news card built with Yew.
//!
//! The flow is: `content/articles.txt` → `parse/` (the content crate, run by `build.rs` at
//! compile time) → [`content`], embedded in the binary → the [`components`] that render it.
//! [`embed`] mounts it into `<news-card>` elements for `loader/news-card.js`; tests mount it
//! the same way.

pub mod attributes;
pub mod components;
pub mod content;
pub mod contract;
#[cfg(feature = "csr")]
pub mod embed;
pub mod page;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(feature = "ssr")]
pub mod publish;
pub mod selection;

pub use components::{NewsCard, NewsCardProps};
pub use content::{articles, Article};
