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
//! - [`scripts`]: the JavaScript the tests run in the page, written with the contract's names;
//! - [`pages`]: the probe every test page runs first, and the builder of those pages;
//! - `watchdog`: a test whose engine stops answering ends the run, named.

pub mod axe;
pub mod browser;
pub mod devtools;
pub mod engine;
pub mod pages;
mod reaper;
pub mod scripts;
pub mod server;
mod session;
mod watchdog;

use std::{path::PathBuf, sync::OnceLock};

use news_card::content::Content;

pub use browser::Browser;
pub use engine::{Engine, Launch};
pub use pages::{loader, Page, PROBE_PATH};
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

/// The built `dist/` the page tests run against: the directory `NEWS_CARD_DIST` names (the
/// test command points it at its copies of the project with other content), or the project's
/// own, which `./scripts/build.sh` builds.
pub fn dist() -> PathBuf {
    let dist =
        std::env::var_os("NEWS_CARD_DIST").map_or_else(|| root().join("dist"), PathBuf::from);
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: run ./scripts/build.sh first (scripts/test.sh does)",
        dist.display()
    );
    dist
}

/// The content [`dist`] was built from, as the card reads it: that of the directory
/// `NEWS_CARD_CONTENT` names (its `articles.txt` and `language.txt`, read with the content crate
/// as the build reads them), or the project's own, embedded in this build. Tests read what to
/// expect from it, never from text of their own.
pub fn content() -> &'static Content {
    static CONTENT: OnceLock<&'static Content> = OnceLock::new();
    CONTENT.get_or_init(|| match std::env::var_os("NEWS_CARD_CONTENT") {
        Some(dir) => content_in(std::path::Path::new(&dir)),
        None => news_card::content::content(),
    })
}

/// The content of `dir` (its `articles.txt` and `language.txt`), read with the content crate
/// as the build reads it, and as the card reads it back.
pub fn content_in(dir: &std::path::Path) -> &'static Content {
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
    };
    let articles = news_card_parse::parse(&read("articles.txt"))
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    let language = news_card_parse::language(&read("language.txt"))
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    let text = news_card_parse::embedded::content_text(&articles, &language)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()));
    Box::leak(Box::new(news_card::content::read(text.leak())))
}

/// The name `file` of the card (a stable name of `news_card::contract::file`) is served under
/// in `dist/`: its content-hashed name, or itself for the files that keep theirs.
pub fn served(file: &str) -> String {
    served_in(&dist(), file)
}

/// The name `file` is served under in the build directory `dir` (`dist/` or a copy's), as
/// [`served`] gives it for `dist/`.
pub fn served_in(dir: &std::path::Path, file: &str) -> String {
    if !news_card::contract::HASHED_FILES.contains(&file) {
        return file.to_owned();
    }
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|err| panic!("{}: {err}", dir.display()))
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| news_card::contract::is_hashed_name(file, name))
        .collect();
    assert_eq!(
        names.len(),
        1,
        "one served name for {file} in {}: {names:?}",
        dir.display()
    );
    names[0].clone()
}
