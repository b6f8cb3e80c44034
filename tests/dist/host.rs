//! Page-level tests on publishers' pages: `dist/` served under a sub-path of a news site, the
//! card (the pasted snippet or a bare `<news-card>`) on article pages elsewhere on the site, with
//! the site's own CSS, CSP, colour scheme, language and URL fragment around it.
//!
//! What to expect comes from the parsed content (`news_card::articles()`), so these tests hold
//! whatever articles `content/articles.txt` has.
//!
//! The tests are in `host/`, by what they cover: `styles`, `urls`, `starting`; the publisher's
//! site they run on is here.

mod starting;
mod styles;
mod urls;

use crate::common::page::{dist, Browser, Launch, Server, Site};
use news_card::articles;

/// Where the publisher serves the files of `dist/`.
const DIST: &str = "/static/widgets/news/";

/// A classic script every page loads first: records CSP violations and the cards' events.
const PROBE: &str = r#"
window.violations = [];
document.addEventListener('securitypolicyviolation',
  (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
window.readied = [];
document.addEventListener('news-card-ready', (e) => readied.push(e.target.id));
window.failures = [];
document.addEventListener('news-card-error', (e) => failures.push({
  card: e.target.id, message: String(e.detail?.message ?? ''), bubbles: e.bubbles }));
"#;

/// The publisher's site: `dist/` under [`DIST`], the probe, and `pages` under `/news/`.
fn site(csp: Option<&str>, pages: &[(&str, String)]) -> Site {
    let mut site = Site {
        csp: csp.map(str::to_owned),
        prefix: DIST.to_owned(),
        ..Site::default()
    };
    site.pages.insert("/news/probe.js".into(), PROBE.to_owned());
    let icon = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>"#;
    site.pages.insert("/favicon.ico".into(), icon.to_owned());
    for (name, html) in pages {
        site.pages.insert(format!("/news/{name}"), html.clone());
    }
    site
}

/// An article page of the publisher: `html` is the `<html>` element's attributes, `head` the
/// publisher's own head content (styles), `body` the page's content with the cards.
fn page(html: &str, head: &str, body: &str) -> String {
    format!(
        r#"<!doctype html><html {html}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>World news</title>
<script src="/news/probe.js"></script>
<script type="module" src="{DIST}news-card.js"></script>
{head}</head><body><main><h1>World news</h1>{body}</main></body></html>"#
    )
}

/// The publisher snippet from `dist/news-card.html`, with `attributes` added to the element.
fn snippet(attributes: &str) -> String {
    let snippet = std::fs::read_to_string(dist().join("news-card.html")).unwrap();
    assert!(snippet.starts_with("<news-card>"), "{snippet}");
    snippet.replacen("<news-card>", &format!("<news-card {attributes}>"), 1)
}

/// Opens `/news/{name}` of `site` and waits until `cards` cards are interactive.
async fn open(launch: Launch, site: Site, name: &str, cards: usize) -> (Browser, Server) {
    let server = Server::start(dist(), site);
    let browser = Browser::start(launch).await;
    browser
        .open(
            &server.url(&format!("/news/{name}")),
            &format!("readied.length === {cards}"),
        )
        .await;
    (browser, server)
}

/// JavaScript: card `i`'s shadow root.
fn card(i: usize) -> String {
    format!("document.querySelectorAll('news-card')[{i}].shadowRoot")
}

/// JavaScript: the computed `property` of the first element matching `selector` in card `i`.
fn style(i: usize, selector: &str, property: &str) -> String {
    format!(
        "getComputedStyle({}.querySelector('{selector}')).getPropertyValue('{property}')",
        card(i)
    )
}

/// JavaScript: the indices of card `i`'s panels a reader sees.
fn shown_panels(i: usize) -> String {
    format!(
        "[...{}.querySelectorAll('[role=tabpanel]')].flatMap((p, i) =>
           getComputedStyle(p).display === 'none' ? [] : [i])",
        card(i)
    )
}

fn last() -> usize {
    articles().len() - 1
}
