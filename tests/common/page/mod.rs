//! Page-level test helpers, by concern: `server` serves `dist/` on 127.0.0.1 as a static host
//! or CDN does, `browser` drives a headless browser over WebDriver (reusing one a test has
//! finished with), and `scripts` holds the JavaScript the tests evaluate in the page, written
//! with the contract's names.

mod browser;
mod scripts;
mod server;

use std::path::PathBuf;

pub use browser::{Browser, Engine, Launch};
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
/// The package root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
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
