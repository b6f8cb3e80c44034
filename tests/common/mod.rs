//! Shared test helpers: `dom` for the in-browser component tests (wasm32), `page` for the
//! page-level tests that drive Chromium against the built `dist/` (native), and `fixtures`:
//! articles for tests that must not depend on `content/articles.txt`.

// Each test binary uses its own subset of these helpers.
#![allow(dead_code)]

#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;

pub mod fixtures;
