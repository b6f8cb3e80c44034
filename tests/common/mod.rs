//! Shared test helpers. For the in-browser component tests (wasm32): `dom`, and `fixtures`,
//! articles for tests that must not depend on `content/articles.txt`. For the page-level tests
//! against the built `dist/` (native): `keys`, the tabs pattern's key cases, and `page`, the
//! page harness (`tests/harness/`, a crate of its own, which the benchmark shares).

#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod fixtures;
#[cfg(not(target_arch = "wasm32"))]
pub mod keys;
#[cfg(not(target_arch = "wasm32"))]
pub use news_card_harness as page;
