//! Page-level tests: the built `dist/` served on 127.0.0.1 and driven in headless Chromium.
//! One test binary, so that every test can take over a browser an earlier one has finished
//! with (`common::page::Browser`).
//!
//! - `demo`: the demo page: accessibility, keyboard focus, narrow screens, print;
//! - `prerender`: the prerendered card: without JavaScript, hydration, input before the wasm;
//! - `embed`: `<news-card>` on host pages: isolation, theming, events, CSP, sub-paths;
//! - `element`: the element's script API, its manifest and the README's API section;
//! - `host`: publishers' pages: their CSS, CSP, colour scheme, language, fragments, lazy cards;
//! - `content`: every article of the content reaches the reader, whatever the content is.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

mod content;
mod demo;
mod element;
mod embed;
mod host;
mod prerender;
