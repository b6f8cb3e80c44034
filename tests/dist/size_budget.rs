//! The size gate: the bytes on the wire of the code `dist/` ships, against the budgets in
//! `budgets.toml`. On the wire means precompressed as the build writes it and a host serves it
//! (`scripts/precompress.mjs`: brotli, what browsers get, and gzip), each budgeted.
//!
//! The budgets are for the code, never the content, so that no editor's change moves them.
//! The content is taken off exactly, not estimated:
//!
//! - the wasm carries it as one string (`src/content.rs`, `content::embedded`): that run of
//!   bytes is cut from the wasm before it is compressed;
//! - the loader carries what it knows of the content as one string literal
//!   (`publish::loader_content`): the literal, as esbuild writes it, is cut from the bundle;
//! - the demo page's HTML loses its prerendered card and its JSON-LD, which are all content;
//!   the prerendered card's own markup is weighed instead on the fixture articles
//!   (`markup_code`), so that a heavier markup still shows.
//!
//! What is left is the same whatever the articles are: the test command builds copies of the
//! project with one, two, eight and twelve articles, in English, Arabic and French, and
//! `code_figures_do_not_depend_on_the_content` checks that they all weigh the same here.

use std::{
    collections::BTreeMap,
    path::{Path, PathBuf},
    process::Command,
};

use crate::common::page::{content, content_in, dist, once, root, served_in, skip_in, Engine};
use news_card::{
    content::Content, contract::file, prerender::render_card, publish::loader_content,
    NewsCardProps,
};

/// The budgets file, relative to the package root.
const BUDGETS: &str = "budgets.toml";

/// The most a copy of the project with other content may weigh otherwise, in one figure, by
/// encoding. The content cannot move the code (it is one padded string,
/// `parse/src/embedded.rs`): this project built with 2 and with 16 articles weighed the same
/// within 7 B in every figure. But each copy is a crate of its own (a version of its own keeps
/// its artifacts apart in the shared target directory), and two crates differ in Rust's type
/// ids (some 25 random 16-byte constants in the code) and in the order the optimiser gives
/// functions named after the crate. Gzip weighs that within 10 B; brotli, whose model reacts
/// to every early byte, up to 154 B apart for copies with 1, 2, 8 and 12 articles.
fn same_code_within(figure: &str) -> u64 {
    if figure.ends_with("_gz") {
        16
    } else {
        256
    }
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

/// `bytes` with the one run of `cut` in it taken out; a panic naming `what` if `cut` is not
/// there exactly once.
fn without(bytes: &[u8], cut: &[u8], what: &str) -> Vec<u8> {
    let at: Vec<usize> = bytes
        .windows(cut.len().max(1))
        .enumerate()
        .filter(|(_, window)| *window == cut)
        .map(|(at, _)| at)
        .collect();
    let [at] = at.as_slice() else {
        panic!("{what} is in it {} times, not once", at.len());
    };
    [&bytes[..*at], &bytes[at + cut.len()..]].concat()
}

/// `bytes` with every content-derived name and hash made the same whatever the content: a
/// content-hashed file name's hash (`news-card.0123456789abcdef.css`) and a Subresource
/// Integrity hash (`sha384-…`). They change with every article, as random bytes, which
/// compress as such.
fn without_hashes(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    let hex = |b: &u8| b.is_ascii_hexdigit() && !b.is_ascii_uppercase();
    let base64 = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    let mut at = 0;
    while at < out.len() {
        if out[at..].starts_with(b"sha384-")
            && out.len() >= at + 7 + 64
            && out[at + 7..at + 71].iter().all(base64)
        {
            out[at + 7..at + 71].fill(b'A');
            at += 71;
        } else if out[at] == b'.'
            && out.len() > at + 17
            && out[at + 17] == b'.'
            && out[at + 1..at + 17].iter().all(hex)
        {
            out[at + 1..at + 17].fill(b'0');
            at += 17;
        } else {
            at += 1;
        }
    }
    out
}

/// `text` as esbuild writes a string literal in a minified bundle (its quotes and escapes).
fn esbuild_literal(text: &str) -> String {
    let esbuild = root().join("node_modules/.bin/esbuild");
    let mut child = Command::new(&esbuild)
        .args(["--minify", "--log-level=warning"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|err| panic!("{}: {err} (scripts/setup.sh)", esbuild.display()));
    let source = format!("console.log({});", serde_json::to_string(text).unwrap());
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), source.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success(), "esbuild: {output:?}");
    let out = String::from_utf8(output.stdout).unwrap();
    out.trim()
        .strip_prefix("console.log(")
        .and_then(|rest| rest.strip_suffix(");"))
        .unwrap_or_else(|| panic!("esbuild wrote {out}"))
        .to_owned()
}

/// The bytes on the wire of each of `files` (name → bytes), brotli and gzip, as the build's
/// precompression writes them.
fn on_the_wire(files: &BTreeMap<&str, Vec<u8>>) -> BTreeMap<String, (u64, u64)> {
    let dir = std::env::temp_dir().join(format!(
        "news-card-sizes-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let status = Command::new("node")
        .arg(root().join("scripts/precompress.mjs"))
        .arg(&dir)
        .status()
        .expect("node (scripts/setup.sh)");
    assert!(status.success());
    let len = |path: PathBuf| std::fs::metadata(&path).unwrap().len();
    let sizes = files
        .keys()
        .map(|name| {
            let br = len(dir.join(format!("{name}.br")));
            let gz = len(dir.join(format!("{name}.gz")));
            ((*name).to_owned(), (br, gz))
        })
        .collect();
    let _ = std::fs::remove_dir_all(&dir);
    sizes
}

/// The demo page's HTML less the content: its prerendered card (the `<news-card>` element)
/// and its JSON-LD blocks.
fn page_shell(html: &str) -> String {
    let mut shell = html.to_owned();
    let card = (shell.find("<news-card>"), shell.find("</news-card>"));
    let (Some(start), Some(end)) = card else {
        panic!("the demo page has no prerendered card");
    };
    shell.replace_range(start..end + "</news-card>".len(), "");
    const JSON_LD: &str = "<script type=\"application/ld+json\">";
    while let Some(start) = shell.find(JSON_LD) {
        let end = start + shell[start..].find("</script>").unwrap() + "</script>".len();
        shell.replace_range(start..end, "");
    }
    shell
}

/// The files the demo page loads with JavaScript on, as named by its own markup (`index.html`,
/// then the rest): what a `<noscript>` links is loaded only with JavaScript off.
fn demo_page_files(dist: &Path) -> Vec<String> {
    let html = std::fs::read_to_string(dist.join("index.html")).unwrap();
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
    let mut files = vec!["index.html".to_owned()];
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

/// The prerendered card of the fixture articles (`tests/fixtures/valid/plain.txt`), in
/// English: the markup the build writes around any content.
fn fixture_markup() -> String {
    let dir = std::env::temp_dir().join(format!("news-card-markup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/valid/plain.txt"),
        dir.join("articles.txt"),
    )
    .unwrap();
    std::fs::write(dir.join("language.txt"), "en\n").unwrap();
    let fixture = content_in(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    render_card(yew::props!(NewsCardProps {
        articles: fixture.articles,
        words: &fixture.words,
    }))
}

/// Every code figure of the release build in `dist`, whose content is `content`: bytes on
/// the wire, brotli (`_br`) and gzip (`_gz`), of the wasm, the loader, the stylesheets, the
/// demo page, less the content each carries, and of the card's markup around the fixture.
fn code_figures(dist: &Path, content: &Content) -> BTreeMap<String, u64> {
    let read = |name: &str| std::fs::read(dist.join(name)).unwrap();
    let wasm_name = served_in(dist, file::WASM);
    let wasm = without(
        &read(&wasm_name),
        content.embedded.as_bytes(),
        "the embedded content",
    );
    let literal = esbuild_literal(&loader_content(content));
    let js = without(
        &read(file::LOADER),
        literal.as_bytes(),
        "the loader's content",
    );
    let html = String::from_utf8(read("index.html")).unwrap();
    let mut files: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    files.insert("code.wasm", wasm);
    files.insert("code.js", without_hashes(&js));
    files.insert("shell.html", without_hashes(page_shell(&html).as_bytes()));
    files.insert("markup.html", fixture_markup().into_bytes());
    let wire = on_the_wire(&files);
    let precompressed = |name: &str, encoding: &str| {
        std::fs::metadata(dist.join(format!("{name}.{encoding}")))
            .unwrap_or_else(|err| panic!("{name}.{encoding}: {err} (the build precompresses)"))
            .len()
    };
    let mut figures = BTreeMap::new();
    for (at, encoding) in ["br", "gz"].into_iter().enumerate() {
        let pick = |(br, gz): (u64, u64)| if at == 0 { br } else { gz };
        let figure = |name: &str| pick(wire[name]);
        let css: u64 = std::fs::read_dir(dist)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".css"))
            .map(|name| precompressed(&name, encoding))
            .sum();
        let page: u64 = demo_page_files(dist)
            .iter()
            .map(|name| match name.as_str() {
                "index.html" => figure("shell.html"),
                name if name == wasm_name => figure("code.wasm"),
                name if name == file::LOADER => figure("code.js"),
                name => precompressed(name, encoding),
            })
            .sum();
        // The page's module script loads the wasm: count it whether or not the page preloads it.
        let page = if demo_page_files(dist).contains(&wasm_name) {
            page
        } else {
            page + figure("code.wasm")
        };
        figures.insert(format!("wasm_code_{encoding}"), figure("code.wasm"));
        figures.insert(format!("js_code_{encoding}"), figure("code.js"));
        figures.insert(format!("css_{encoding}"), css);
        figures.insert(format!("markup_code_{encoding}"), figure("markup.html"));
        figures.insert(format!("demo_page_code_{encoding}"), page);
    }
    figures
}

#[test]
fn dist_is_within_its_size_budgets() {
    if once() {
        return;
    }
    let text = std::fs::read_to_string(root().join(BUDGETS)).unwrap();
    let budgets = parse_budgets(&text).unwrap();
    let measured = code_figures(&dist(), content());
    for (name, bytes) in &measured {
        println!("{name}: {bytes} B (budget {:?})", budgets.get(name));
    }
    let problems = over_budget(&measured, &budgets);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

#[test]
fn code_figures_do_not_depend_on_the_content() {
    if once() {
        return;
    }
    // The copies the test command builds: `DIR=LABEL` pairs, each a release build in DIR/dist
    // of the content in DIR/content.
    let Ok(copies) = std::env::var("NEWS_CARD_SIZE_COPIES") else {
        skip_in(
            &[Engine::Chromium],
            "no copies to weigh: scripts/test.sh builds them",
        );
        return;
    };
    let ours = code_figures(&dist(), content());
    for copy in copies.split(':') {
        let (dir, label) = copy.split_once('=').unwrap_or((copy, copy));
        let dir = Path::new(dir);
        let theirs = code_figures(&dir.join("dist"), content_in(&dir.join("content")));
        let articles = content_in(&dir.join("content")).articles.len();
        println!("{label} ({articles} articles): {theirs:?}");
        for (name, &bytes) in &ours {
            let other = theirs[name];
            assert!(
                bytes.abs_diff(other) <= same_code_within(name),
                "{name}: {bytes} B here, {other} B with {label}'s {articles} articles"
            );
        }
    }
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

#[test]
fn the_content_is_cut_exactly_once() {
    if once() {
        return;
    }
    assert_eq!(without(b"abcXYZdef", b"XYZ", "xyz"), b"abcdef");
    let twice = std::panic::catch_unwind(|| without(b"XYZ-XYZ", b"XYZ", "xyz"));
    assert!(twice.is_err(), "content found twice is no exact cut");
    assert_eq!(
        page_shell("<p><news-card><b>x</b></news-card></p>"),
        "<p></p>"
    );
}
