//! Page-level tests of the element's script API, through its public interface only (attributes,
//! properties, events, parts, custom properties), against the built `dist/`; and of the
//! Custom Elements Manifest and `docs/api.md` against the element as built and the contract
//! (`element/manifest.rs`).

mod manifest;

use crate::common::page::{
    click_tab, dist, pages, selected_tab, served, Browser, Launch, Page, Server, Site, FIRST_CARD,
    FIRST_CARD_HAS_TABS, FIRST_SHADOW,
};
use news_card::articles;
use news_card::contract::file;
use serde_json::{json, Value};

/// A page with `body` and the loader, served with `dist/` at the root. `before_loader` is a
/// classic script after `body`, which runs before the loader has defined the element.
fn site(body: &str, before_loader: &str) -> Site {
    let page = Page {
        title: "Element",
        head: &pages::loader(file::LOADER, ""),
        body,
        after: "<script src=\"early.js\"></script>",
        ..Page::default()
    };
    pages::site([
        ("/early.js", before_loader.to_owned()),
        ("/element.html", page.html()),
    ])
}

/// Opens the element page and waits until the card's `ready` promise has resolved.
async fn open(body: &str, before_loader: &str) -> (Browser, Server) {
    let server = Server::start(dist(), site(body, before_loader));
    let browser = Browser::start(Launch::default()).await;
    browser.open(&server.url("/element.html"), "true").await;
    assert_eq!(
        browser
            .eval(&format!(
                "customElements.whenDefined('news-card').then(() => {FIRST_CARD}.ready).then(() => true)"
            ))
            .await,
        json!(true)
    );
    (browser, server)
}

fn last() -> usize {
    articles().len() - 1
}

#[tokio::test]
async fn ready_resolves_once_the_card_is_interactive() {
    let (browser, _server) = open("<news-card></news-card>", "").await;
    assert_eq!(
        browser
            .eval(&format!("{FIRST_CARD}.matches(':state(ready)')"))
            .await,
        json!(true)
    );
    assert_eq!(
        browser
            .eval(&format!(
                "{FIRST_SHADOW}.querySelectorAll('[role=tab]').length"
            ))
            .await,
        json!(articles().len())
    );
}

/// A bare card stays hidden until its stylesheet has loaded, so that it never shows unstyled:
/// `ready` waits for it too, so that a page reading the card's size then gets its real one.
#[tokio::test]
async fn ready_waits_until_the_card_shows_styled() {
    let mut site = site("<news-card></news-card>", "");
    site.held.push(format!("/{}", served(file::STYLESHEET)));
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(&server.url("/element.html"), FIRST_CARD_HAS_TABS)
        .await;
    browser
        .eval(&format!(
            "(window.readyYet = false) || !{FIRST_CARD}.ready.then(() => (readyYet = true))"
        ))
        .await;
    browser.after_next_paint().await;
    assert_eq!(
        browser
            .eval(&format!(
                "[readyYet, {FIRST_SHADOW}.querySelector('[data-news-card-root]').hidden]"
            ))
            .await,
        json!([false, true]),
        "rendered, its stylesheet held: not ready, and hidden"
    );
    server.release();
    let at_ready = browser
        .eval(&format!(
            "{FIRST_CARD}.ready.then(() => ({{
               hidden: {FIRST_SHADOW}.querySelector('[data-news-card-root]').hidden,
               height: {FIRST_CARD}.getBoundingClientRect().height,
               font: getComputedStyle({FIRST_SHADOW}.querySelector('[role=tab]')).fontFamily,
             }}))"
        ))
        .await;
    assert_eq!(at_ready["hidden"], json!(false), "{at_ready}");
    assert!(at_ready["height"].as_f64().unwrap() > 50.0, "{at_ready}");
    assert_ne!(
        at_ready["font"],
        browser
            .eval("getComputedStyle(document.body).fontFamily")
            .await,
        "the tabs have the card's font, not the page's"
    );
}

#[tokio::test]
async fn the_article_attribute_and_property_select_live_without_a_change_event() {
    let (browser, _server) = open("<news-card></news-card>", "").await;
    let selected = selected_tab(FIRST_SHADOW);
    assert_eq!(
        browser.eval(&format!("{FIRST_CARD}.article")).await,
        json!(articles()[0].slug)
    );

    browser
        .eval(&format!(
            "{FIRST_CARD}.setAttribute('article', '{}') ?? true",
            articles()[last()].slug
        ))
        .await;
    browser
        .wait_for(&format!("{selected} === {}", last()))
        .await;
    assert_eq!(
        browser.eval(&format!("{FIRST_CARD}.article")).await,
        json!(articles()[last()].slug)
    );

    browser
        .eval(&format!("({FIRST_CARD}.article = '1', true)"))
        .await;
    browser.wait_for(&format!("{selected} === 0")).await;
    assert_eq!(
        browser
            .eval(&format!("{FIRST_CARD}.getAttribute('article')"))
            .await,
        json!("1"),
        "the property reflects to the attribute"
    );
    assert_eq!(
        browser.eval(&format!("{FIRST_CARD}.article")).await,
        json!(articles()[0].slug)
    );

    // The reader moves on; asking for the same article again selects it again.
    browser.eval(&click_tab(FIRST_SHADOW, last())).await;
    browser
        .wait_for(&format!("{selected} === {}", last()))
        .await;
    browser
        .eval(&format!("({FIRST_CARD}.article = '1', true)"))
        .await;
    browser.wait_for(&format!("{selected} === 0")).await;
    let causes = browser.eval("changes.map((c) => c.cause)").await;
    assert_eq!(
        causes,
        json!(["reader"]),
        "only the reader's selection fired"
    );
}

/// A reader's pick and the page's `article` in one task: the page's comes last, and the card
/// shows it, even when it is the article the card showed before the pick (the card has not
/// rendered the pick yet).
#[tokio::test]
async fn the_page_s_article_right_after_a_pick_is_the_one_shown() {
    let (browser, _server) = open("<news-card article=\"1\"></news-card>", "").await;
    let selected = selected_tab(FIRST_SHADOW);
    for _ in 0..3 {
        browser
            .eval(&format!(
                "({}, {FIRST_CARD}.article = '1', true)",
                click_tab(FIRST_SHADOW, last())
            ))
            .await;
        browser.after_next_paint().await;
        browser.after_next_paint().await;
        assert_eq!(browser.eval(&selected).await, json!(0));
        assert_eq!(
            browser.eval(&format!("{FIRST_CARD}.article")).await,
            json!(articles()[0].slug)
        );
    }
}

#[tokio::test]
async fn an_unknown_article_warns_once_and_keeps_the_selection() {
    let (browser, _server) = open("<news-card article=\"1\"></news-card>", "").await;
    browser
        .eval(&format!("({FIRST_CARD}.article = 'no-such-article', true)"))
        .await;
    browser.wait_for("warnings.length === 1").await;
    let warning = browser.eval("warnings[0]").await;
    let warning = warning.as_str().unwrap();
    assert!(warning.contains("no-such-article"), "{warning}");
    for article in articles() {
        assert!(
            warning.contains(article.slug),
            "lists the valid slugs: {warning}"
        );
    }
    assert_eq!(
        browser.eval(&format!("{FIRST_CARD}.article")).await,
        json!(articles()[0].slug),
        "the selection is unchanged"
    );
    browser
        .eval("new Promise((r) => setTimeout(() => r(true), 200))")
        .await;
    assert_eq!(browser.eval("warnings.length").await, json!(1), "once");
}

#[tokio::test]
async fn articles_lists_every_article_in_tab_order_read_only() {
    let (browser, _server) = open("<news-card></news-card>", "").await;
    let expected: Vec<Value> = articles()
        .iter()
        .map(|a| json!({ "slug": a.slug, "headline": a.headline }))
        .collect();
    assert_eq!(
        browser.eval(&format!("{FIRST_CARD}.articles")).await,
        json!(expected)
    );
    let frozen = browser
        .eval(&format!(
            "Object.isFrozen({FIRST_CARD}.articles) && {FIRST_CARD}.articles.every(Object.isFrozen)"
        ))
        .await;
    assert_eq!(frozen, json!(true));
}

#[tokio::test]
async fn label_names_the_tab_list_live() {
    let (browser, _server) = open("<news-card label=\"Nachrichten\"></news-card>", "").await;
    let name = format!("{FIRST_SHADOW}.querySelector('[role=tablist]').getAttribute('aria-label')");
    assert_eq!(browser.eval(&name).await, json!("Nachrichten"));
    browser
        .eval(&format!("({FIRST_CARD}.label = 'Actualités', true)"))
        .await;
    browser.wait_for(&format!("{name} === 'Actualités'")).await;
    assert_eq!(
        browser
            .eval(&format!("{FIRST_CARD}.getAttribute('label')"))
            .await,
        json!("Actualités")
    );
    browser
        .eval(&format!("{FIRST_CARD}.removeAttribute('label') ?? true"))
        .await;
    browser
        .wait_for(&format!("{name} === 'News articles'"))
        .await;
}

#[tokio::test]
async fn no_url_update_is_live() {
    let (browser, _server) = open("<news-card id=\"c\"></news-card>", "").await;
    let click = |i: usize| click_tab(FIRST_SHADOW, i);
    browser
        .eval(&format!("({FIRST_CARD}.noUrlUpdate = true, true)"))
        .await;
    assert_eq!(
        browser
            .eval(&format!("{FIRST_CARD}.hasAttribute('no-url-update')"))
            .await,
        json!(true)
    );
    browser.eval(&click(last())).await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(FIRST_SHADOW), last()))
        .await;
    browser.after_next_paint().await;
    assert_eq!(browser.eval("location.hash").await, json!(""));
    browser
        .eval(&format!("({FIRST_CARD}.noUrlUpdate = false, true)"))
        .await;
    browser.eval(&click(0)).await;
    browser
        .wait_for(&format!("location.hash === '#c-{}'", articles()[0].slug))
        .await;
}

#[tokio::test]
async fn properties_set_before_the_element_is_defined_apply() {
    // A framework may set properties before the loader has defined the element.
    let early = format!(
        "const card = document.querySelector('news-card');
         if (customElements.get('news-card')) throw new Error('defined too early for this test');
         card.article = '{}';
         card.label = 'Early';",
        articles()[last()].slug
    );
    let (browser, _server) = open("<news-card></news-card>", &early).await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(FIRST_SHADOW), last()))
        .await;
    assert_eq!(
        browser
            .eval(&format!(
                "{FIRST_SHADOW}.querySelector('[role=tablist]').getAttribute('aria-label')"
            ))
            .await,
        json!("Early")
    );
}

#[tokio::test]
async fn an_unknown_loading_value_warns_and_loads_eagerly() {
    let (browser, _server) = open("<news-card loading=\"soon\"></news-card>", "").await;
    assert_eq!(
        browser.eval(&format!("{FIRST_CARD}.loading")).await,
        json!("eager")
    );
    let warnings = browser.eval("warnings").await;
    let warnings: Vec<String> = serde_json::from_value(warnings).unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("soon") && w.contains("\"lazy\"") && w.contains("\"eager\"")),
        "a warning names the valid values: {warnings:?}"
    );
}
