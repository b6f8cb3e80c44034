//! Page-level tests of the start-up in older browsers: one release behind gets a working card
//! through its stand-ins, and one without what the card cannot do without gets every article
//! readable and an error event.

use super::{page, site, snippet};
use crate::common::page::{dist, Browser, Launch, Server};
use news_card::{
    articles,
    contract::{STATE_ATTRIBUTE, TAG},
};
use serde_json::json;

/// JavaScript run before the loader: the browser of a reader one release behind (Safari
/// 17.0–17.3, Chrome 118), without `Promise.withResolvers` and custom states.
const ONE_RELEASE_BEHIND: &str = "delete Promise.withResolvers;
  delete ElementInternals.prototype.states;
  window.behind = `${typeof Promise.withResolvers} ${'states' in ElementInternals.prototype}`;";

#[tokio::test]
async fn a_browser_one_release_behind_gets_a_working_card() {
    let body = format!("{}<news-card id=\"bare\"></news-card>", snippet());
    let pages = [("/behind.html", page(ONE_RELEASE_BEHIND, &body))];
    let server = Server::start(dist(), site(&pages));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(&server.url("/behind.html"), "readied.length === 2")
        .await;
    assert_eq!(
        browser
            // As the page sees them (a WebDriver script may see the built-ins unchanged).
            .eval("window.behind")
            .await,
        json!("undefined false"),
        "the page lacks both"
    );
    for card in 0..2 {
        let root = format!("document.querySelectorAll('{TAG}')[{card}]");
        assert_eq!(
            browser
                .eval(&format!("{root}.getAttribute('{STATE_ATTRIBUTE}')"))
                .await,
            json!("ready"),
            "card {card} shows its state by attribute"
        );
        for (index, article) in articles().iter().enumerate() {
            let shown = browser
                .eval(&format!(
                    "(async () => {{
                       const shadow = {root}.shadowRoot;
                       shadow.querySelectorAll('[role=tab]')[{index}].click();
                       await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
                       const panel = shadow.querySelectorAll('[role=tabpanel]')[{index}];
                       return getComputedStyle(panel).display !== 'none'
                         && panel.querySelector('h2').textContent;
                     }})()"
                ))
                .await;
            assert_eq!(
                shown,
                json!(article.headline),
                "card {card}, article {index}"
            );
        }
    }
    assert_eq!(browser.eval("uncaught").await, json!([]));
    assert_eq!(browser.eval("failures").await, json!([]));
}

#[tokio::test]
async fn a_browser_without_webassembly_gets_every_article_and_an_error_event() {
    let body = format!("{}<news-card id=\"bare\"></news-card>", snippet());
    let pages = [("/old.html", page("delete window.WebAssembly;", &body))];
    let server = Server::start(dist(), site(&pages));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(&server.url("/old.html"), "failures.length === 2")
        .await;
    let failures: Vec<String> =
        serde_json::from_value(browser.eval("failures.map((f) => f.message)").await).unwrap();
    for failure in &failures {
        assert!(
            failure.contains("WebAssembly"),
            "names what is missing: {failure}"
        );
    }
    let shown = browser
        .eval(&format!(
            "(async () => {{
               const shadow = document.querySelector('{TAG}').shadowRoot;
               await new Promise((r) => setTimeout(r, 300));
               return [...shadow.querySelectorAll('[role=tabpanel]')]
                 .filter((p) => getComputedStyle(p).display !== 'none').length;
             }})()"
        ))
        .await;
    assert_eq!(shown, json!(articles().len()), "every article is readable");
    assert_eq!(browser.eval("uncaught").await, json!([]));
}
