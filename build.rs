//! Build step: parses `content/articles.txt` and embeds the articles in the crate as Rust data.
//!
//! Malformed content fails the build with `content/articles.txt:LINE: what is wrong`.

#[path = "src/parse.rs"]
mod parse;

use std::{env, fmt::Write as _, fs, path::Path, process};

/// The content file, relative to the package root.
const CONTENT: &str = "content/articles.txt";

fn main() {
    println!("cargo::rerun-if-changed={CONTENT}");
    println!("cargo::rerun-if-changed=src/parse.rs");

    let bytes =
        fs::read(CONTENT).unwrap_or_else(|err| fail(&format!("{CONTENT}: cannot read: {err}")));
    let articles = parse::parse_bytes(&bytes).unwrap_or_else(|err| fail(&err.display_for(CONTENT)));

    let out_dir = env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR is not set"));
    let target = Path::new(&out_dir).join("articles.rs");
    fs::write(&target, render(&articles))
        .unwrap_or_else(|err| fail(&format!("cannot write {}: {err}", target.display())));
}

/// The articles as a Rust expression of type `&[Article]`; `{:?}` gives exact string literals.
fn render(articles: &[parse::ParsedArticle]) -> String {
    let mut out = String::from("&[\n");
    for a in articles {
        let _ = writeln!(
            out,
            "    Article {{ slug: {:?}, headline: {:?}, caption: &{:?}, credit: {:?}, paragraphs: &{:?} }},",
            a.slug, a.headline, a.caption, a.credit, a.paragraphs
        );
    }
    out.push(']');
    out
}

/// Stops the build with a message cargo shows as an error.
fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    println!("cargo::error={message}");
    process::exit(1)
}
