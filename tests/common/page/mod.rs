//! Page-level test helpers, by concern: `server` serves `dist/` on 127.0.0.1 as a static host
//! or CDN does, `browser` drives a headless browser over WebDriver (reusing one a test has
//! finished with), and `scripts` holds the JavaScript the tests evaluate in the page, written
//! with the contract's names.

mod browser;
mod scripts;
mod server;

use std::path::PathBuf;

pub use browser::{Browser, Launch};
pub use scripts::{
    click_tab, focused_tab, selected_tab, FIRST_CARD, FIRST_CARD_READY, FIRST_SHADOW,
    SELECTION_MOVES,
};
pub use server::{gzip, Server, Site};

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
