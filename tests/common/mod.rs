//! Shared test helpers. For the in-browser component tests (wasm32): `dom`, and `fixtures`,
//! articles for tests that must not depend on `content/articles.txt`. For the page-level tests
//! against the built `dist/` (native): `page`, and `keys`, the tabs pattern's key cases.

#[cfg(target_arch = "wasm32")]
pub mod dom;
#[cfg(target_arch = "wasm32")]
pub mod fixtures;
#[cfg(not(target_arch = "wasm32"))]
pub mod keys;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
