//! The Rust side of the `<news-card>` custom element: `loader/news-card.js` defines the
//! element, answers the reader's clicks and keys, and calls [`mount`] for each card that
//! starts; then it drives the [`MountedCard`] it gets with the reader's picks and the element's
//! live attributes and properties, and frees it when the element leaves the page.
//!
//! Each card renders into its element's open shadow root, next to a `<link>` to the card's
//! stylesheet, so the host page's CSS cannot reach it and its CSS cannot leak out. When the
//! page carries the card prerendered in a declarative shadow root, the card hydrates it
//! (feature `hydration`) or renders over it.
//!
//! - [`card`]: the element's script API ([`MountedCard`]) and [`mount`];
//! - [`lifecycle`]: the card's start-up on this side, one state that any removal frees;
//! - [`prefixes`]: the id prefixes cards hold, so that no two share one;
//! - [`events`]: what the card tells the page (the change event, console warnings);
//! - `shadow`: the shadow root's prerendered markup, or its structure built anew.

pub mod card;
pub mod events;
pub mod lifecycle;
pub mod prefixes;
mod shadow;

pub use card::{mount, MountedCard};
