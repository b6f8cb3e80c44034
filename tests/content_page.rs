//! Page-level test of the content as readers get it: every article of `content/articles.txt`,
//! whatever they are, is on the built demo page with its tab, and shows its headline, caption,
//! credit and paragraphs once each with the exact characters.
//!
//! The test command also runs this test on a copy of the project with one more article
//! appended to the content (`NEWS_CARD_EXPECT_HEADLINE` names it), to show that an editor's new
//! article reaches the reader without any test needing a change.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::page::{dist, selected_tab, Browser, Launch, Server, Site};
use news_card::ARTICLES;
use serde_json::{json, Value};

/// JavaScript: the demo card's shadow root.
const CARD: &str = "document.querySelector('news-card').shadowRoot";

#[tokio::test]
async fn every_article_reaches_the_reader_once_with_its_exact_text() {
    if let Ok(headline) = std::env::var("NEWS_CARD_EXPECT_HEADLINE") {
        assert!(
            ARTICLES.iter().any(|a| a.headline == headline),
            "the added article {headline:?} is not among the embedded ones"
        );
    }
    let server = Server::start(dist(), Site::default());
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url("/"),
            "document.querySelector('news-card').matches(':state(ready)')",
        )
        .await;
    let tabs = browser
        .eval(&format!(
            "[...{CARD}.querySelectorAll('[role=tab]')].map(t => t.textContent)"
        ))
        .await;
    let headlines: Vec<&str> = ARTICLES.iter().map(|a| a.headline).collect();
    assert_eq!(tabs, json!(headlines), "one tab per article, in order");

    for (index, article) in ARTICLES.iter().enumerate() {
        browser
            .eval(&format!(
                "{CARD}.querySelectorAll('[role=tab]')[{index}].click() ?? true"
            ))
            .await;
        browser
            .wait_for(&format!("{} === {index}", selected_tab(CARD)))
            .await;
        let panel: Value = browser
            .eval(&format!(
                "(() => {{
                   const panels = [...{CARD}.querySelectorAll('[role=tabpanel]')];
                   const shown = panels.filter(p => getComputedStyle(p).display !== 'none');
                   const p = panels[{index}];
                   return {{
                     shown: shown.map(s => panels.indexOf(s)),
                     headline: p.querySelector('h2').textContent,
                     caption: p.querySelector('.news-card__caption-text').textContent,
                     credit: p.querySelector('[part=credit]')?.textContent ?? null,
                     paragraphs: [...p.querySelectorAll('[part=body] p')].map(e => e.textContent),
                     headings: p.querySelectorAll('h1, h2, h3, h4, h5, h6').length,
                   }};
                 }})()"
            ))
            .await;
        let at = article.headline;
        assert_eq!(panel["shown"], json!([index]), "{at}: only its panel shows");
        assert_eq!(panel["headline"], json!(article.headline), "{at}");
        assert_eq!(panel["paragraphs"], json!(article.paragraphs), "{at}");
        let caption = panel["caption"].as_str().unwrap();
        for piece in article.caption {
            assert_eq!(caption.matches(piece).count(), 1, "{at}: caption {piece}");
        }
        let credit = article.credit.map(|c| format!("Photo by {c}"));
        assert_eq!(panel["credit"], json!(credit), "{at}: credit");
        assert_eq!(
            panel["headings"],
            json!(1),
            "{at}: one heading, the headline"
        );
    }
}
