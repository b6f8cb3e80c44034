//! Page-level tests of the prerendered card in `dist/`: reading with JavaScript off, invisible
//! hydration, no layout shift, deep links after hydration, the publisher snippet, and JSON-LD.

use crate::common::page::{chromium_only, once};
use std::time::Duration;

use crate::common::page::{
    click_tab, dist, selected_tab, served, Browser, Launch, Server, Site, FIRST_CARD_READY,
    FIRST_SHADOW,
};
use news_card::{
    articles,
    contract::{file, TAG},
};
use serde_json::{json, Value};

/// JavaScript: whether the prerendered card is in the DOM.
pub(crate) const PRERENDERED: &str =
    "!!document.querySelector('news-card')?.shadowRoot?.querySelector('[role=tabpanel]')";

/// The demo page opened with the wasm held until `Server::release`, once its prerendered card
/// is in the DOM.
pub(crate) async fn open_before_wasm() -> (Browser, Server) {
    open_before_wasm_at("/").await
}

/// The demo page at `path` (a fragment may follow it) opened with the wasm held until
/// `Server::release`, once its prerendered card is in the DOM.
pub(crate) async fn open_before_wasm_at(path: &str) -> (Browser, Server) {
    let site = Site {
        held: vec![format!("/{}", served(file::WASM))],
        ..Site::default()
    };
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    // The loader has defined the element, and so answers the reader's input.
    let ready = format!("{PRERENDERED} && !!customElements.get('{TAG}')");
    browser.open(&server.url(path), &ready).await;
    (browser, server)
}

/// JavaScript: the text a reader sees, whitespace folded (`innerText` does not enter shadow
/// roots, so each card's is added).
const VISIBLE_TEXT: &str = r"(() => {
  const cards = [...document.querySelectorAll('news-card')]
    .map((c) => c.shadowRoot.querySelector('[data-news-card-root]').innerText);
  return [...cards, document.body.innerText].join(' ').replace(/\s+/g, ' ');
})()";

fn folded(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

async fn assert_every_article_readable(browser: &Browser) {
    let text = browser.eval(VISIBLE_TEXT).await;
    let text = text.as_str().unwrap();
    for article in articles() {
        for piece in [
            article.headline,
            article.paragraphs[0],
            article.paragraphs[article.paragraphs.len() - 1],
        ] {
            assert!(text.contains(&folded(piece)), "missing: {piece}");
        }
        for piece in article.caption {
            assert!(text.contains(&folded(piece)), "missing caption: {piece}");
        }
        if let Some(credit) = article.credit {
            assert!(text.contains(credit), "missing credit: {credit}");
        }
    }
    let tablist = browser
        .eval(&format!(
            "getComputedStyle({FIRST_SHADOW}.querySelector('[role=tablist]')).display"
        ))
        .await;
    assert_eq!(tablist, json!("none"), "no tabs that cannot work");
}

#[tokio::test]
async fn with_javascript_off_every_article_reads_in_full() {
    let server = Server::start(dist(), Site::default());
    let browser = Browser::start(Launch {
        javascript: false,
        ..Launch::default()
    })
    .await;
    browser.open(&server.url("/"), PRERENDERED).await;
    assert_eq!(
        browser
            .eval("customElements.get('news-card') === undefined")
            .await,
        json!(true),
        "the page's scripts did not run"
    );
    assert_every_article_readable(&browser).await;
}

#[tokio::test]
async fn with_javascript_on_the_prerendered_card_shows_one_article_before_the_wasm() {
    let (browser, _server) = open_before_wasm().await;
    assert_eq!(
        browser.eval(FIRST_CARD_READY).await,
        json!(false),
        "the wasm is held back"
    );
    let visible = browser
        .eval(&format!(
            "[...{FIRST_SHADOW}.querySelectorAll('[role=tabpanel]')].map(p => getComputedStyle(p).display)"
        ))
        .await;
    let expected: Vec<&str> = hidden_but(0)
        .into_iter()
        .map(|hidden| if hidden { "none" } else { "block" })
        .collect();
    assert_eq!(visible, json!(expected));
    let headline = browser
        .eval(&format!("{FIRST_SHADOW}.querySelector('h2').textContent"))
        .await;
    assert_eq!(headline, json!(articles()[0].headline));
}

#[tokio::test]
async fn the_first_paint_waits_for_the_card_s_stylesheet() {
    // A slow stylesheet must not let an unstyled card flash: the page links it in <head>.
    let delay = Duration::from_millis(1000);
    let mut site = Site::default();
    site.delays
        .insert(format!("/{}", served(file::STYLESHEET)), delay);
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser.navigate(&server.url("/")).await;
    let fcp = "performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null";
    browser.wait_for(&format!("({fcp}) !== null")).await;
    let painted = browser.eval(fcp).await.as_f64().unwrap();
    assert!(
        painted >= delay.as_millis() as f64,
        "first paint at {painted} ms, before the stylesheet arrived"
    );
    let sheets = browser
        .eval(&format!("{FIRST_SHADOW}.styleSheets.length"))
        .await;
    assert_eq!(
        sheets,
        json!(1),
        "the card's stylesheet applies in its shadow root"
    );
}

#[tokio::test]
async fn hydration_keeps_the_dom_and_makes_the_card_interactive() {
    let (browser, server) = open_before_wasm().await;
    // The elements and text a reader gets; hydration drops only the comment markers it reads.
    let markup = format!(
        "{FIRST_SHADOW}.querySelector('[data-news-card-root]').innerHTML.replace(/<!--[^]*?-->/g, '')"
    );
    let before = browser.eval(&markup).await;
    // The card's DOM (the loader may swap the stylesheet link beside it for a checked one).
    let mark = format!(
        "[...{FIRST_SHADOW}.querySelectorAll('[data-news-card-root] *')]
           .forEach(e => e.prerendered = true) ?? true"
    );
    browser.eval(&mark).await;
    assert_eq!(
        browser.eval(FIRST_CARD_READY).await,
        json!(false),
        "looked before the wasm ran"
    );
    server.release();
    browser.wait_for(FIRST_CARD_READY).await;
    let after = browser.eval(&markup).await;
    assert_eq!(before, after, "hydration changed the DOM");
    let adopted = browser
        .eval(&format!(
            "[...{FIRST_SHADOW}.querySelectorAll('[data-news-card-root] *')].every(e => e.prerendered)"
        ))
        .await;
    assert_eq!(
        adopted,
        json!(true),
        "every element is the prerendered one, adopted"
    );
    let roots = browser
        .eval(&format!(
            "{FIRST_SHADOW}.querySelectorAll('[role=tablist]').length"
        ))
        .await;
    assert_eq!(roots, json!(1), "no duplicated DOM");

    browser.eval(&click_tab(FIRST_SHADOW, 1)).await;
    let selected = selected_tab(FIRST_SHADOW);
    browser.wait_for(&format!("{selected} === 1")).await;
    browser
        .eval(&format!(
            "{FIRST_SHADOW}.querySelectorAll('[role=tab]')[1].focus() ?? true"
        ))
        .await;
    browser.press_keys("\u{E011}").await;
    browser.wait_for(&format!("{selected} === 0")).await;

    let noisy = browser.console_problems(true).await;
    assert!(noisy.is_empty(), "{noisy:#?}");
}

#[tokio::test]
async fn nothing_moves_between_first_paint_and_interactive() {
    if chromium_only("the Layout Instability API") {
        return;
    }
    let (browser, server) = open_before_wasm().await;
    let boxes = format!(
        "[document.querySelector('news-card'), {FIRST_SHADOW}.querySelector('[role=tabpanel]:not([hidden])')]
           .map(e => {{ const r = e.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; }})"
    );
    let painted = browser.eval(&boxes).await;
    server.release();
    browser.wait_for(FIRST_CARD_READY).await;
    browser
        .eval("new Promise(r => requestAnimationFrame(() => r(true)))")
        .await;
    let interactive = browser.eval(&boxes).await;
    assert_eq!(painted, interactive, "card and panel boxes moved");
    let shift = browser
        .client
        .execute_async(
            "const done = arguments[0];
             new PerformanceObserver(() => {}).observe({ type: 'layout-shift', buffered: true });
             const entries = performance.getEntriesByType('layout-shift');
             done(entries.filter(e => !e.hadRecentInput).reduce((s, e) => s + e.value, 0));",
            vec![],
        )
        .await
        .unwrap();
    assert!(
        shift.as_f64().unwrap() < 0.01,
        "cumulative layout shift {shift}"
    );
}

#[tokio::test]
async fn a_deep_link_applies_after_hydration() {
    let server = Server::start(dist(), Site::default());
    let browser = Browser::start(Launch::default()).await;
    let last = articles().len() - 1;
    let url = server.url(&format!("/#news-card-{}", articles()[last].slug));
    browser.open(&url, FIRST_CARD_READY).await;
    let selected = selected_tab(FIRST_SHADOW);
    browser.wait_for(&format!("{selected} === {last}")).await;
    let hidden = browser
        .eval(&format!(
            "[...{FIRST_SHADOW}.querySelectorAll('[role=tabpanel]')].map(p => p.hidden)"
        ))
        .await;
    assert_eq!(hidden, json!(hidden_but(last)));
    browser.eval(&click_tab(FIRST_SHADOW, 0)).await;
    browser.wait_for(&format!("{selected} === 0")).await;
    let errors = browser.console_problems(true).await;
    assert!(errors.is_empty(), "{errors:#?}");
}

#[tokio::test]
async fn the_layout_without_javascript_passes_axe() {
    // axe needs script, so the page is served as a browser without JavaScript lays it out:
    // the <noscript> stylesheet applied and no loader.
    let html = std::fs::read_to_string(dist().join("index.html"))
        .unwrap()
        .replace("<noscript>", "")
        .replace("</noscript>", "")
        .replace("<script type=\"module\" src=\"news-card.js\"></script>", "");
    assert!(
        !html.contains("news-card.js\"></script>"),
        "the loader is gone"
    );
    let mut site = Site::default();
    site.pages.insert("/static.html".into(), html);
    let server = Server::start(dist(), site);
    for scheme in ["light", "dark"] {
        let browser = Browser::start(Launch::in_scheme(scheme)).await;
        browser.open(&server.url("/static.html"), PRERENDERED).await;
        assert_every_article_readable(&browser).await;
        let violations = browser.axe_violations().await;
        assert!(violations.is_empty(), "{scheme}: {violations:#?}");
    }
}

/// Each panel's `hidden` when only panel `shown` is visible.
fn hidden_but(shown: usize) -> Vec<bool> {
    (0..articles().len()).map(|i| i != shown).collect()
}

/// A publisher's page: the snippet from `dist/news-card.html` and the loader.
fn snippet_site() -> Site {
    let snippet = std::fs::read_to_string(dist().join("news-card.html")).unwrap();
    let page = format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Publisher</title>
<link rel="icon" href="favicon.svg"><script type="module" src="news-card.js"></script></head>
<body><main><h1>Publisher</h1>{snippet}</main></body></html>"#
    );
    let mut site = Site {
        csp: Some("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'".into()),
        ..Site::default()
    };
    site.pages.insert("/publisher.html".into(), page);
    site
}

#[tokio::test]
async fn the_publisher_snippet_reads_without_javascript_and_hydrates_with_it() {
    let server = Server::start(dist(), snippet_site());
    let off = Browser::start(Launch {
        javascript: false,
        ..Launch::default()
    })
    .await;
    off.open(&server.url("/publisher.html"), PRERENDERED).await;
    assert_every_article_readable(&off).await;
    drop(off);

    let on = Browser::start(Launch::default()).await;
    on.open(&server.url("/publisher.html"), FIRST_CARD_READY)
        .await;
    on.eval(&click_tab(FIRST_SHADOW, 1)).await;
    let hidden = on
        .eval(&format!(
            "[...{FIRST_SHADOW}.querySelectorAll('[role=tabpanel]')].map(p => p.hidden)"
        ))
        .await;
    assert_eq!(hidden, json!(hidden_but(1)));
    assert_eq!(
        on.eval(&format!(
            "{FIRST_SHADOW}.querySelectorAll('[role=tablist]').length"
        ))
        .await,
        json!(1)
    );
}

/// The JSON-LD blocks in the built page, parsed.
fn json_ld_blocks() -> Vec<Value> {
    let page = std::fs::read_to_string(dist().join("index.html")).unwrap();
    let open = "<script type=\"application/ld+json\">";
    page.split(open)
        .skip(1)
        .map(|rest| {
            let json = &rest[..rest.find("</script>").expect("a closed script")];
            serde_json::from_str(json).unwrap_or_else(|err| panic!("{err}: {json}"))
        })
        .collect()
}

#[test]
fn the_page_carries_one_news_article_json_ld_per_article() {
    if once() {
        return;
    }
    let content = crate::common::page::content();
    let blocks = json_ld_blocks();
    assert_eq!(blocks.len(), content.articles.len());
    for (block, article) in blocks.iter().zip(content.articles) {
        assert_eq!(block["@context"], json!("https://schema.org"));
        assert_eq!(block["@type"], json!("NewsArticle"));
        assert_eq!(block["headline"], json!(article.headline));
        assert_eq!(block["image"]["@type"], json!("ImageObject"));
        assert_eq!(block["image"]["caption"], json!(article.caption.join(" ")));
        match article.credit {
            Some(credit) => assert_eq!(block["image"]["creditText"], json!(credit)),
            None => assert!(block["image"].get("creditText").is_none()),
        }
        assert_eq!(
            block.get("datePublished"),
            article.published.map(|p| json!(p.datetime)).as_ref()
        );
        assert_eq!(block.get("url"), article.link.map(|l| json!(l)).as_ref());
        assert_eq!(block["inLanguage"], json!(content.language));
        let mut keys: Vec<&String> = block.as_object().unwrap().keys().collect();
        keys.retain(|key| !["datePublished", "url"].contains(&key.as_str()));
        keys.sort();
        assert_eq!(
            keys,
            ["@context", "@type", "headline", "image", "inLanguage"],
            "only facts the content has (no authors), and the body once: in the panel"
        );
    }
}
