//! The size gate: the gzip bytes of the wasm, JS and CSS in `dist/`, and of everything the
//! demo page loads, against the budgets in `budgets.toml`.
//!
//! The articles' text is in the wasm (to render without the page), and in the demo page three
//! times (the wasm, the prerendered HTML, the JSON-LD). The budgets are for the code: the
//! content's own gzip bytes are taken off those measures, so that an editor's new article
//! never fails the gate.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::{collections::BTreeMap, path::Path};

use common::page::{dist, gzip, root};

/// The budgets file, relative to the package root.
const BUDGETS: &str = "budgets.toml";

/// gzip size of `bytes`, compressed as the test server compresses them.
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
                "{BUDGETS}: {name} is {bytes} B gzip, {} B over its budget of {budget} B",
                bytes - budget
            )),
            Some(_) => {}
            None => problems.push(format!("{BUDGETS}: no budget for {name} ({bytes} B gzip)")),
        }
    }
    problems
}

/// The gzip bytes per kind of the files at the top of `dist/`.
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
        *sizes.entry(kind.to_owned()).or_default() += gzip_len(&std::fs::read(&path).unwrap());
    }
    sizes
}

/// The gzip bytes of the files the demo page loads, as named by its own markup.
fn demo_page(dist: &Path) -> u64 {
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
    let mut files = vec!["index.html".to_owned(), "news-card-core_bg.wasm".to_owned()];
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
        .iter()
        .map(|file| {
            let bytes = std::fs::read(dist.join(file))
                .unwrap_or_else(|err| panic!("the demo page loads {file}: {err}"));
            gzip_len(&bytes)
        })
        .sum()
}

/// The gzip bytes of the content's text: every headline, caption piece, credit and paragraph.
fn content() -> u64 {
    let mut text = String::new();
    for article in news_card::ARTICLES {
        text.push_str(article.headline);
        for piece in article.caption.iter().chain(article.credit.iter()) {
            text.push_str(piece);
        }
        for paragraph in article.paragraphs {
            text.push_str(paragraph);
        }
    }
    gzip_len(text.as_bytes())
}

#[test]
fn dist_is_within_its_size_budgets() {
    let text = std::fs::read_to_string(root().join(BUDGETS)).unwrap();
    let budgets = parse_budgets(&text).unwrap();
    let dist = dist();
    let content = content();
    println!("content: {content} B gzip (not budgeted)");
    let mut measured = measure(&dist);
    let wasm = measured.remove("wasm").unwrap_or_default();
    measured.insert("wasm_code".into(), wasm.saturating_sub(content));
    measured.insert(
        "demo_page_code".into(),
        demo_page(&dist).saturating_sub(3 * content),
    );
    for (name, bytes) in &measured {
        println!("{name}: {bytes} B gzip (budget {:?})", budgets.get(name));
    }
    let problems = over_budget(&measured, &budgets);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn the_gate_names_the_file_and_the_overrun() {
    let budgets = parse_budgets("wasm = 100 # bytes\n\njs = 1_000\n").unwrap();
    let measured = BTreeMap::from([("wasm".to_owned(), 130), ("js".to_owned(), 900)]);
    assert_eq!(
        over_budget(&measured, &budgets),
        ["budgets.toml: wasm is 130 B gzip, 30 B over its budget of 100 B"]
    );
    let unbudgeted = BTreeMap::from([("css".to_owned(), 1)]);
    assert_eq!(over_budget(&unbudgeted, &budgets).len(), 1);
    assert_eq!(
        parse_budgets("wasm 100").unwrap_err(),
        "budgets.toml:1: expected `name = bytes`"
    );
}
