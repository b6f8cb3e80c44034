//! Page-level tests of what a publisher trusts: every file the loader loads is pinned by its
//! Subresource Integrity hash (a wasm or stylesheet altered on its host is refused, the card
//! says which, and stays readable), the loader's own hash is published beside it, and `dist/`
//! works from a CDN on another origin that sends CORS headers.

use crate::common::page::chromium_only;
use crate::common::page::{dist, pages, served, Browser, Launch, Page, Server, Site};
use news_card::{
    articles,
    contract::{file, TAG},
};
use serde_json::{json, Value};
use std::time::Duration;

/// A page with the probe, the loader from `loader` (with `attributes` on its script tag), the
/// snippet and a bare card.
fn page(loader: &str, attributes: &str) -> String {
    let snippet = std::fs::read_to_string(dist().join(file::SNIPPET)).unwrap();
    Page {
        title: "Trust",
        head: &pages::loader(loader, attributes),
        body: &format!("{snippet}<{TAG} id=\"bare\"></{TAG}>"),
        ..Page::default()
    }
    .html()
}

/// A site serving `dist/` with the probe and the page at `/trust.html`.
fn site(page: String) -> Site {
    pages::site([("/trust.html", page)])
}

/// JavaScript: how many panels each card shows.
const SHOWN: &str = "[...document.querySelectorAll('news-card')].map((card) =>
  [...card.shadowRoot.querySelectorAll('[role=tabpanel]')]
    .filter((p) => getComputedStyle(p).display !== 'none').length)";

/// Checks that both cards failed naming `name`, log it, and show every article.
async fn assert_refused(browser: &Browser, name: &str) {
    browser.wait_for("failures.length === 2").await;
    let failures: Vec<String> =
        serde_json::from_value(browser.eval("failures.map((f) => f.message)").await).unwrap();
    for failure in &failures {
        assert!(failure.contains(name), "names {name}: {failure}");
    }
    let logged: Vec<String> = serde_json::from_value(browser.eval("logged").await).unwrap();
    assert!(
        logged.iter().any(|line| line.contains(name)),
        "the console says so: {logged:?}"
    );
    // The pasted card shows every article; a bare card shows what it has: every article if its
    // wasm rendered it, else a line saying the news could not load.
    browser
        .wait_for(&format!("{SHOWN}[0] === {}", articles().len()))
        .await;
    let bare = browser
        .eval(&format!(
            "[{SHOWN}[1], document.querySelector('#bare').shadowRoot.textContent.trim()]"
        ))
        .await;
    assert!(
        bare[0] == json!(articles().len()) || bare[1] == json!(news_card::content::words().failure),
        "the bare card: {bare}"
    );
    assert_eq!(browser.eval("readied.length").await, json!(0));
}

/// Serves `site` and opens its page, once it has loaded.
async fn open(site: Site) -> (Browser, Server) {
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url("/trust.html"),
            "document.readyState === 'complete'",
        )
        .await;
    (browser, server)
}

/// Opens the page with the file of `dist/` named `name` altered to `bytes` on its host, and
/// served `delay` late.
async fn open_with_altered(name: &str, bytes: Vec<u8>, delay: Duration) -> (Browser, Server) {
    let mut site = site(page(&format!("/{}", file::LOADER), ""));
    site.altered.insert(format!("/{name}"), bytes);
    site.delays.insert(format!("/{name}"), delay);
    open(site).await
}

#[tokio::test]
async fn a_wasm_altered_on_its_host_is_refused() {
    let wasm = served(file::WASM);
    let mut bytes = std::fs::read(dist().join(&wasm)).unwrap();
    // A valid custom section: without its integrity check the module would still run.
    bytes.extend_from_slice(&[0, 9, 7]);
    bytes.extend_from_slice(b"altered\x01");
    let (browser, _server) = open_with_altered(&wasm, bytes.clone(), Duration::ZERO).await;
    let valid = browser
        .eval(&format!(
            "WebAssembly.validate(new Uint8Array({}))",
            json!(bytes)
        ))
        .await;
    assert_eq!(valid, json!(true), "the altered wasm is a valid module");
    assert_refused(&browser, &wasm).await;
}

/// Checks that the stylesheet, altered on its host and served `delay` late, is refused.
async fn assert_altered_stylesheet_refused(delay: Duration) {
    let stylesheet = served(file::STYLESHEET);
    let mut bytes = std::fs::read(dist().join(&stylesheet)).unwrap();
    bytes.extend_from_slice(b"\n:host .news-card { outline: 9px solid red; }\n");
    let (browser, _server) = open_with_altered(&stylesheet, bytes, delay).await;
    assert_refused(&browser, &stylesheet).await;
}

#[tokio::test]
async fn a_stylesheet_altered_on_its_host_is_refused() {
    assert_altered_stylesheet_refused(Duration::ZERO).await;
}

/// The wasm comes first and hydrates the pasted card; the stylesheet's check still decides.
#[tokio::test]
async fn a_stylesheet_altered_and_slower_than_the_wasm_is_refused() {
    assert_altered_stylesheet_refused(Duration::from_millis(1500)).await;
}

/// The loader's hash, as Node's crypto computes it from `dist/news-card.js`.
fn loader_hash() -> String {
    let output = std::process::Command::new("node")
        .args([
            "-e",
            "const { createHash } = require('node:crypto');
             const bytes = require('node:fs').readFileSync(process.argv[1]);
             console.log('sha384-' + createHash('sha384').update(bytes).digest('base64'));",
            dist().join(file::LOADER).to_str().unwrap(),
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap().trim().to_owned()
}

#[tokio::test]
async fn the_published_hash_pins_the_loader_and_the_card_runs_under_it() {
    let published = std::fs::read_to_string(dist().join(file::LOADER_INTEGRITY)).unwrap();
    let hash = loader_hash();
    assert_eq!(
        published.trim(),
        hash,
        "{} is the loader's hash",
        file::LOADER_INTEGRITY
    );
    let attributes = format!("integrity=\"{hash}\" crossorigin");
    let server = Server::start(
        dist(),
        site(page(&format!("/{}", file::LOADER), &attributes)),
    );
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(&server.url("/trust.html"), "readied.length === 2")
        .await;
    assert_eq!(browser.eval("failures").await, json!([]));
}

#[tokio::test]
async fn a_cdn_on_another_origin_serves_bare_pasted_and_lazy_cards() {
    let cdn = Server::start(
        dist(),
        Site {
            cors: true,
            ..Site::default()
        },
    );
    let loader = cdn.url(&format!("/{}", file::LOADER));
    let attributes = format!("integrity=\"{}\" crossorigin", loader_hash());
    let lazy = format!("<{TAG} id=\"lazy\" loading=\"lazy\"></{TAG}>");
    let page = page(&loader, &attributes).replace("</main>", &format!("{lazy}</main>"));
    let server = Server::start(dist(), site(page));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(&server.url("/trust.html"), "readied.length === 3")
        .await;
    assert_eq!(browser.eval("failures").await, json!([]));
    let links: Vec<Value> = serde_json::from_value(
        browser
            .eval(&format!(
                "[...document.querySelectorAll('{TAG}')].map((card) =>
                   card.shadowRoot.querySelector('link[rel=stylesheet]').href)"
            ))
            .await,
    )
    .unwrap();
    for link in &links {
        assert!(
            link.as_str().unwrap().starts_with(&cdn.base),
            "each card's stylesheet comes from the CDN: {links:?}"
        );
    }
}

#[tokio::test]
async fn a_cdn_without_cors_headers_fails_visibly() {
    if chromium_only("the browser's log, where a CORS refusal is reported") {
        return;
    }
    let cdn = Server::start(dist(), Site::default());
    let loader = cdn.url(&format!("/{}", file::LOADER));
    let (browser, _server) = open(site(page(&loader, "crossorigin"))).await;
    browser
        .eval("new Promise((r) => setTimeout(() => r(true), 300))")
        .await;
    assert_eq!(
        browser
            .eval(&format!("customElements.get('{TAG}') === undefined"))
            .await,
        json!(true),
        "the browser refused the loader"
    );
    let console = browser.console_problems(false).await;
    assert!(
        console.iter().any(|line| line.contains("CORS")),
        "the console names the missing CORS header: {console:#?}"
    );
}
