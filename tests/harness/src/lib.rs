//! The page tests' harness, shared by the page tests (`tests/dist/`) and the benchmark
//! (`benches/`), one module per job:
//!
//! - [`server`]: `dist/` on 127.0.0.1, served as a static host or CDN serves it (precompressed,
//!   under a path, with the headers a test asks for, responses held until it releases them);
//! - [`browser`]: a headless browser for one test and what the test does with it;
//! - [`engine`]: the engines (Chromium, Firefox ESR, WebKitGTK), how each starts, and which of
//!   the reader's settings need a browser of their own;
//! - [`session`]: WebDriver sessions, handed from a test that has finished to the next;
//! - [`reaper`]: browsers killed and their profiles removed, however the tests end;
//! - [`devtools`]: what only Chromium offers, through DevTools;
//! - [`axe`]: accessibility checks with axe-core;
//! - [`scripts`]: the JavaScript the tests run in the page, written with the contract's names.

pub mod axe;
pub mod browser;
pub mod devtools;
pub mod engine;
mod reaper;
pub mod scripts;
pub mod server;
mod session;

use std::path::PathBuf;

pub use browser::Browser;
pub use engine::{Engine, Launch};
pub use scripts::{
    click_tab, focused_tab, selected_tab, FIRST_CARD, FIRST_CARD_HAS_TABS, FIRST_CARD_READY,
    FIRST_SHADOW, SELECTION_MOVES,
};
pub use server::{gzip, Server, Site};

/// Whether this test skips the running engine, one of `engines`, which lacks `facility`. A
/// skipped test says so in a line the test command counts.
pub fn skip_in(engines: &[Engine], facility: &str) -> bool {
    let engine = Engine::current();
    let skip = engines.contains(&engine);
    if skip {
        println!("skipped: {}: {facility}", engine.name());
    }
    skip
}

/// Whether this test skips the running engine: it needs Chromium's `facility` (the DevTools
/// protocol or its log), which no other engine offers over WebDriver.
pub fn chromium_only(facility: &str) -> bool {
    skip_in(
        &[Engine::Firefox, Engine::WebKit],
        &format!("chromium-only: {facility}"),
    )
}

/// Whether this test, which needs no browser, skips the running engine: it runs once, with
/// Chromium's run.
pub fn once() -> bool {
    skip_in(&[Engine::Firefox, Engine::WebKit], "no browser: runs once")
}
/// The root of the project (this crate is `tests/harness/` in it).
pub fn root() -> PathBuf {
    let harness = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    harness
        .ancestors()
        .nth(2)
        .expect("the harness lives in tests/harness/")
        .to_path_buf()
}

/// The built demo, which the test command builds with `trunk build --release` first.
pub fn dist() -> PathBuf {
    let dist = root().join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: run `trunk build --release` first (scripts/test.sh does)",
        dist.display()
    );
    dist
}

/// The name `file` of the card (a stable name of `news_card::contract::file`) is served under
/// in `dist/`: its content-hashed name, or itself for the files that keep theirs.
pub fn served(file: &str) -> String {
    if !news_card::contract::HASHED_FILES.contains(&file) {
        return file.to_owned();
    }
    let names: Vec<String> = std::fs::read_dir(dist())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| news_card::contract::is_hashed_name(file, name))
        .collect();
    assert_eq!(
        names.len(),
        1,
        "one served name for {file} in dist/: {names:?}"
    );
    names[0].clone()
}
