//! Component tests, in headless Chromium or Firefox ESR (with `GECKODRIVER` set) through
//! `wasm-bindgen-test-runner`: the card component with fixture articles (`card`), and the
//! `<news-card>` element's Rust side, mounted into shadow roots (`embed`, which needs the
//! client renderer: feature `csr`). One test binary, so that one browser runs them all.

#![cfg(target_arch = "wasm32")]

#[path = "../common/mod.rs"]
mod common;

mod card;
#[cfg(feature = "csr")]
mod embed;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
