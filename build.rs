//! Build step: reads `content/articles.txt` and `content/language.txt` with the content crate
//! (`parse/`, `news_card_parse::build`) and embeds them in the crate as one string, the dates
//! already written for readers.
//!
//! Malformed content fails the build with `content/articles.txt:LINE: what is wrong` (or
//! `content/language.txt:LINE: …`), once.

use std::{env, fs, path::Path, process};

/// The content file, relative to the package root.
const CONTENT: &str = "content/articles.txt";
/// The content's language and the card's words in it, relative to the package root.
const LANGUAGE: &str = "content/language.txt";

fn main() {
    println!("cargo::rerun-if-changed={CONTENT}");
    println!("cargo::rerun-if-changed={LANGUAGE}");
    let bytes =
        fs::read(CONTENT).unwrap_or_else(|err| fail(&format!("{CONTENT}: cannot read: {err}")));
    let language = fs::read_to_string(LANGUAGE)
        .unwrap_or_else(|err| fail(&format!("{LANGUAGE}: cannot read: {err}")));
    let source = news_card_parse::build((CONTENT, &bytes), (LANGUAGE, &language))
        .unwrap_or_else(|message| fail(&message));
    let out_dir = env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR is not set"));
    let target = Path::new(&out_dir).join("content.rs");
    fs::write(&target, source)
        .unwrap_or_else(|err| fail(&format!("cannot write {}: {err}", target.display())));
}

/// Stops the build with a message cargo shows, once, as an error.
fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    process::exit(1)
}
