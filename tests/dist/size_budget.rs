//! The size gate: the bytes on the wire of the wasm, JS and CSS in `dist/`, and of everything
//! the demo page loads, against the budgets in `budgets.toml`. On the wire means the
//! precompressed files the build writes beside each file and a host serves: brotli (`.br`,
//! what browsers get) and gzip (`.gz`), each budgeted.
//!
//! The articles' text is in the wasm (to render without the page) and in the prerendered HTML,
//! and the headlines, captions and credits once more in the JSON-LD. The budgets are for the
//! code: the content's own gzip bytes are taken off both measures, so that an editor's new
//! article never fails the gate.

use crate::common::page::once;
use std::{collections::BTreeMap, path::Path};

use crate::common::page::{dist, gzip, root, served};
use news_card::contract::file;

/// The budgets file, relative to the package root.
const BUDGETS: &str = "budgets.toml";

/// The gzip size of `bytes` (flate2, best compression).
fn gzip_len(bytes: &[u8]) -> u64 {
    gzip(bytes).len() as u64
}

/// `name = number` lines of a budgets file; comments and blank lines skipped.
fn parse_budgets(text: &str) -> Result<BTreeMap<String, u64>, String> {
    let mut budgets = BTreeMap::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let parsed = line.split_once('=').and_then(|(name, value)| {
            Some((name.trim(), value.trim().replace('_', "").parse().ok()?))
        });
        match parsed {
            Some((name, value)) => {
                budgets.insert(name.to_owned(), value);
            }
            None => return Err(format!("{BUDGETS}:{}: expected `name = bytes`", index + 1)),
        }
    }
    Ok(budgets)
}

/// The messages for every measured size over its budget (and for budgets never measured).
fn over_budget(measured: &BTreeMap<String, u64>, budgets: &BTreeMap<String, u64>) -> Vec<String> {
    let mut problems = Vec::new();
    for (name, &bytes) in measured {
        match budgets.get(name) {
            Some(&budget) if bytes > budget => problems.push(format!(
                "{BUDGETS}: {name} is {bytes} B, {} B over its budget of {budget} B",
                bytes - budget
            )),
            Some(_) => {}
            None => problems.push(format!("{BUDGETS}: no budget for {name} ({bytes} B)")),
        }
    }
    problems
}

/// The precompressed size of `file` of `dist/` in `encoding` (`br` or `gz`).
fn wire_len(dist: &Path, file: &str, encoding: &str) -> u64 {
    let path = dist.join(format!("{file}.{encoding}"));
    std::fs::metadata(&path)
        .unwrap_or_else(|err| panic!("{}: {err} (the build precompresses dist/)", path.display()))
        .len()
}

/// The bytes on the wire per kind (`wasm_br`, `js_gz`, …) of the files at the top of `dist/`.
fn measure(dist: &Path) -> BTreeMap<String, u64> {
    let mut sizes = BTreeMap::new();
    for entry in std::fs::read_dir(dist).unwrap() {
        let path = entry.unwrap().path();
        let kind = match path.extension().and_then(|e| e.to_str()) {
            Some("wasm") => "wasm",
            Some("js") => "js",
            Some("css") => "css",
            _ => continue,
        };
        let file = path.file_name().unwrap().to_str().unwrap();
        for encoding in ["br", "gz"] {
            *sizes.entry(format!("{kind}_{encoding}")).or_default() +=
                wire_len(dist, file, encoding);
        }
    }
    sizes
}

/// The files the demo page loads, as named by its own markup.
fn demo_page_files(dist: &Path) -> Vec<String> {
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
    // What a <noscript> links is loaded only with JavaScript off.
    let scripted: String = html
        .split("<noscript>")
        .enumerate()
        .map(|(i, part)| {
            if i == 0 {
                part
            } else {
                part.split_once("</noscript>")
                    .map_or("", |(_, after)| after)
            }
        })
        .collect();
    let mut files = vec!["index.html".to_owned(), served(file::WASM)];
    for attribute in ["href=\"", "src=\""] {
        for rest in scripted.split(attribute).skip(1) {
            let target = rest[..rest.find('"').unwrap()].trim_start_matches("./");
            if !target.contains(':')
                && !target.starts_with('#')
                && !files.iter().any(|f| f == target)
            {
                files.push(target.to_owned());
            }
        }
    }
    files
}

/// The gzip bytes of the content's text: every headline, caption piece and credit, and with
/// `paragraphs` every paragraph.
fn content(paragraphs: bool) -> u64 {
    let mut text = String::new();
    for article in news_card::ARTICLES {
        text.push_str(article.headline);
        for piece in article.caption.iter().chain(article.credit.iter()) {
            text.push_str(piece);
        }
        for paragraph in article.paragraphs.iter().filter(|_| paragraphs) {
            text.push_str(paragraph);
        }
    }
    gzip_len(text.as_bytes())
}

#[test]
fn dist_is_within_its_size_budgets() {
    if once() {
        return;
    }
    let text = std::fs::read_to_string(root().join(BUDGETS)).unwrap();
    let budgets = parse_budgets(&text).unwrap();
    let dist = dist();
    let text = content(true);
    // The demo page carries all of it in the wasm and in the prerendered panels, and the
    // headlines, captions and credits once more in the JSON-LD.
    let on_page = 2 * text + content(false);
    println!("content: {text} B gzip, {on_page} B on the page (not budgeted)");
    let mut measured = measure(&dist);
    let files = demo_page_files(&dist);
    for encoding in ["br", "gz"] {
        let wasm = measured
            .remove(&format!("wasm_{encoding}"))
            .unwrap_or_default();
        measured.insert(format!("wasm_code_{encoding}"), wasm.saturating_sub(text));
        let page: u64 = files.iter().map(|f| wire_len(&dist, f, encoding)).sum();
        measured.insert(
            format!("demo_page_code_{encoding}"),
            page.saturating_sub(on_page),
        );
    }
    for (name, bytes) in &measured {
        println!("{name}: {bytes} B (budget {:?})", budgets.get(name));
    }
    let problems = over_budget(&measured, &budgets);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_gate_names_the_file_and_the_overrun() {
    if once() {
        return;
    }
    let budgets = parse_budgets("wasm = 100 # bytes\n\njs = 1_000\n").unwrap();
    let measured = BTreeMap::from([("wasm".to_owned(), 130), ("js".to_owned(), 900)]);
    assert_eq!(
        over_budget(&measured, &budgets),
        ["budgets.toml: wasm is 130 B, 30 B over its budget of 100 B"]
    );
    let unbudgeted = BTreeMap::from([("css".to_owned(), 1)]);
    assert_eq!(over_budget(&unbudgeted, &budgets).len(), 1);
    assert_eq!(
        parse_budgets("wasm 100").unwrap_err(),
        "budgets.toml:1: expected `name = bytes`"
    );
}
