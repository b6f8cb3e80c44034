//! Tests against the built `dist/`, natively: the pages, served on 127.0.0.1 and driven in
//! headless Chromium, Firefox ESR or WebKitGTK (`NEWS_CARD_ENGINE`), the npm package and the
//! byte budgets. One test binary, so that every page test can take over a browser an earlier
//! one has finished with
//! (`common::page::Browser`), and the tests without a browser run beside them.
//!
//! - `demo`: the demo page: accessibility, keyboard focus, narrow screens, print, forced colours;
//! - `prerender`: the prerendered card: without JavaScript, hydration, JSON-LD;
//! - `early_input`: the reader's clicks and keys before the wasm runs, and as it starts;
//! - `embed`: `<news-card>` on host pages: isolation, theming, events, CSP, sub-paths;
//! - `element`: the element's script API, its manifest, `docs/api.md` and the browser policy;
//! - `host`: publishers' pages: their CSS, CSP, colour scheme, language, fragments, lazy cards;
//! - `content`: every article of the content reaches the reader, whatever the content is;
//! - `layout`: the card with any number of stories: one low row of tabs, each reachable;
//! - `package`: `npm pack dist/`, installed and type-checked;
//! - `size_budget`: the bytes on the wire against `budgets.toml`;
//! - `startup`: the start-up's states: removal in each, older browsers (`startup/older.rs`), the
//!   keys' table;
//! - `stress`: many loads with the reader's input at random moments of the start-up;
//! - `trust`: Subresource Integrity for every file, the loader's published hash, a CDN origin.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../common/mod.rs"]
mod common;

/// The strict Content-Security-Policy the README gives publishers.
const STRICT_CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

mod content;
mod demo;
mod early_input;
mod element;
mod embed;
mod host;
mod layout;
mod package;
mod prerender;
mod size_budget;
mod startup;
mod stress;
mod trust;
