//! Build step: parses `content/articles.txt` and embeds the articles in the crate as Rust data.
//!
//! Malformed content fails the build with `content/articles.txt:LINE: what is wrong`.

#[path = "src/parse.rs"]
mod parse;

use std::{env, fmt::Write as _, fs, path::Path, process};

/// The content file, relative to the package root.
const CONTENT: &str = "content/articles.txt";
/// The content's language tag, relative to the package root.
const LANGUAGE: &str = "content/language.txt";

fn main() {
    println!("cargo::rerun-if-changed={CONTENT}");
    println!("cargo::rerun-if-changed={LANGUAGE}");
    println!("cargo::rerun-if-changed=src/parse.rs");
    println!("cargo::rerun-if-changed=src/parse");

    let bytes =
        fs::read(CONTENT).unwrap_or_else(|err| fail(&format!("{CONTENT}: cannot read: {err}")));
    let articles = parse::parse_bytes(&bytes).unwrap_or_else(|err| fail(&err.display_for(CONTENT)));

    let language = fs::read_to_string(LANGUAGE)
        .unwrap_or_else(|err| fail(&format!("{LANGUAGE}: cannot read: {err}")));
    let language =
        parse::language(&language).unwrap_or_else(|err| fail(&err.display_for(LANGUAGE)));

    let out_dir = env::var_os("OUT_DIR").unwrap_or_else(|| fail("OUT_DIR is not set"));
    let out_dir = Path::new(&out_dir);
    write(&out_dir.join("articles.rs"), &render(&articles, &language));
    write(&out_dir.join("language.rs"), &format!("{language:?}"));
    let direction = parse::direction(&language);
    write(&out_dir.join("direction.rs"), &format!("{direction:?}"));
}

/// Writes a generated file, or stops the build saying why it could not.
fn write(target: &Path, text: &str) {
    fs::write(target, text)
        .unwrap_or_else(|err| fail(&format!("cannot write {}: {err}", target.display())));
}

/// The articles as a Rust expression of type `&[Article]`; `{:?}` gives exact string literals.
/// A publication date is formatted for readers here, in the content's `language`.
fn render(articles: &[parse::ParsedArticle], language: &str) -> String {
    let mut out = String::from("&[\n");
    for a in articles {
        let published = a.published.as_ref().map_or("None".to_owned(), |date| {
            let text = parse::readable_date(date, language);
            format!("Some(Published {{ datetime: {date:?}, text: {text:?} }})")
        });
        let _ = writeln!(
            out,
            "    Article {{ slug: {:?}, headline: {:?}, caption: &{:?}, credit: {:?}, \
             paragraphs: &{:?}, published: {published}, link: {:?} }},",
            a.slug, a.headline, a.caption, a.credit, a.paragraphs, a.link
        );
    }
    out.push(']');
    out
}

/// Stops the build with a message cargo shows, once, as an error.
fn fail(message: &str) -> ! {
    println!("cargo::error={message}");
    process::exit(1)
}
