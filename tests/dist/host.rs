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

use crate::common::page::{dist, pages, Browser, Launch, Page, Server, Site};
use news_card::articles;

/// Where the publisher serves the files of `dist/`.
const DIST: &str = "/static/widgets/news/";

/// The publisher's site: `dist/` under [`DIST`], the probe, and `pages` under `/news/`.
fn site(csp: Option<&str>, pages: &[(&str, String)]) -> Site {
    let pages = pages
        .iter()
        .map(|(name, html)| (format!("/news/{name}"), html.clone()))
        .collect::<Vec<_>>();
    Site {
        csp: csp.map(str::to_owned),
        prefix: DIST.to_owned(),
        ..pages::site(
            pages
                .iter()
                .map(|(path, html)| (path.as_str(), html.clone())),
        )
    }
}

/// An article page of the publisher: `html` is the `<html>` element's attributes, `head` the
/// publisher's own head content (styles), `body` the page's content with the cards.
fn page(html: &str, head: &str, body: &str) -> String {
    let head = format!(
        "{}\n{head}",
        pages::loader(&format!("{DIST}news-card.js"), "")
    );
    Page {
        html,
        title: "World news",
        head: &head,
        body,
        ..Page::default()
    }
    .html()
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
