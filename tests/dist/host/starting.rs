//! How the card starts on a publisher's page: under Trusted Types, mounted and removed many times, unable to start, and lazily.

use super::{card, last, open, page, shown_panels, site, snippet, style, DIST};
use crate::common::page::chromium_only;
use crate::common::page::{
    click_tab, dist, selected_tab, Browser, Launch, Server, SELECTION_MOVES,
};
use crate::STRICT_CSP;
use news_card::{articles, contract::file};
use serde_json::json;

#[tokio::test]
async fn both_render_paths_work_under_trusted_types() {
    let csp = format!("{STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'");
    let body = format!("{}<news-card id=\"bare\"></news-card>", snippet(""));
    let pages = [("world.html", page("lang=\"en\"", "", &body))];
    let (browser, _server) =
        open(Launch::default(), site(Some(&csp), &pages), "world.html", 2).await;
    for i in 0..2 {
        browser.eval(&click_tab(&card(i), last())).await;
        browser
            .wait_for(&format!("{} === {}", selected_tab(&card(i)), last()))
            .await;
        assert_eq!(browser.eval(&shown_panels(i)).await, json!([last()]));
    }
    assert_eq!(browser.eval("violations").await, json!([]));
}

#[tokio::test]
async fn mounting_and_removing_cards_returns_the_page_to_its_baseline() {
    if chromium_only("DOM counters and garbage collection (DevTools)") {
        return;
    }
    let pages = [(
        "feed.html",
        page("lang=\"en\"", "", "<news-card></news-card>"),
    )];
    let (browser, _server) = open(Launch::default(), site(None, &pages), "feed.html", 1).await;
    let cycles = |n: usize| {
        format!(
            "(async () => {{
               for (let i = 0; i < {n}; i++) {{
                 const card = document.createElement('news-card');
                 const ready = new Promise((r) => card.addEventListener('news-card-ready', r, {{ once: true }}));
                 document.querySelector('main').append(card);
                 await ready;
                 card.remove();
                 await new Promise((r) => setTimeout(r, 0));
               }}
               return true;
             }})()"
        )
    };
    let counters = async || {
        browser.eval("readied.length = 0").await;
        let last = browser.settled_dom_counters().await;
        let heap = browser.cdp("Runtime.getHeapUsage", json!({})).await;
        (last, heap["usedSize"].as_f64().unwrap())
    };
    // A leak grows with every card: compare 100 more cards with 400 more.
    browser.eval(&cycles(20)).await;
    let (before, heap_before) = counters().await;
    browser.eval(&cycles(100)).await;
    let (after_100, _) = counters().await;
    browser.eval(&cycles(300)).await;
    let (after, heap_after) = counters().await;
    let grew = |key: &str| after[key].as_i64().unwrap() - before[key].as_i64().unwrap();
    assert!(
        grew("nodes") <= 20,
        "DOM nodes {before} → {after_100} → {after} after 100 and 400 cards"
    );
    assert!(
        grew("jsEventListeners") <= 4,
        "listeners {before} → {after_100} → {after} after 100 and 400 cards"
    );
    assert!(
        heap_after < heap_before * 1.25 + 512.0 * 1024.0,
        "JS heap {heap_before} → {heap_after} B after 400 cards"
    );
}

#[tokio::test]
async fn a_card_that_cannot_start_stays_readable_and_says_why() {
    // No 'wasm-unsafe-eval': the page's policy refuses to compile the card's WebAssembly.
    let csp = "default-src 'self'; script-src 'self'";
    let body = format!(
        "{}<news-card id=\"bare\"></news-card>",
        snippet("id=\"prerendered\"")
    );
    let pages = [("world.html", page("lang=\"en\"", "", &body))];
    let server = Server::start(dist(), site(Some(csp), &pages));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(&server.url("/news/world.html"), "failures.length === 2")
        .await;
    let failures = browser.eval("failures").await;
    for (i, id) in ["prerendered", "bare"].into_iter().enumerate() {
        assert_eq!(failures[i]["card"], json!(id), "{failures}");
        assert_eq!(failures[i]["bubbles"], json!(true));
        assert!(
            !failures[i]["message"].as_str().unwrap().is_empty(),
            "{failures}"
        );
    }
    browser
        .wait_for(&format!(
            "{} === 'none'",
            style(0, "[role=tablist]", "display")
        ))
        .await;
    assert_eq!(
        browser.eval(&shown_panels(0)).await,
        json!((0..articles().len()).collect::<Vec<_>>()),
        "every article is readable"
    );
    let settled = browser
        .eval(
            "document.querySelector('#bare').ready.then(() => 'resolved',
               (e) => `rejected: ${e?.message ?? e}`)",
        )
        .await;
    assert!(
        settled.as_str().unwrap().starts_with("rejected: "),
        "ready rejects with the reason: {settled}"
    );
    assert_eq!(
        browser
            .eval("document.querySelector('#bare').matches(':state(failed)')")
            .await,
        json!(true)
    );
    let message = browser
        .eval(&format!("{}.textContent.trim()", card(1)))
        .await;
    let message = message.as_str().unwrap();
    assert!(
        message.contains("could not load") && !message.contains('\n'),
        "one line: {message:?}"
    );
}

#[tokio::test]
async fn a_lazy_card_far_down_fetches_no_wasm_until_it_comes_near() {
    let body = format!(
        "<div style=\"height: 4000px\">Lead story</div>{}",
        snippet("id=\"lazy\" loading=\"lazy\"")
    );
    let pages = [("world.html", page("lang=\"en\"", "", &body))];
    let server = Server::start(dist(), site(None, &pages));
    let browser = Browser::start(Launch::default()).await;
    browser.open(&server.url("/news/world.html"), "true").await;
    let wasm_requests = "performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.wasm')).length";
    browser
        .eval("new Promise((r) => setTimeout(() => r(true), 1000))")
        .await;
    assert_eq!(browser.eval(wasm_requests).await, json!(0), "no wasm yet");
    assert_eq!(
        browser.eval(&shown_panels(0)).await,
        json!([0]),
        "the prerendered card is readable meanwhile"
    );

    browser.eval("window.scrollTo(0, 3500) ?? true").await;
    browser.wait_for("readied.length === 1").await;
    assert_eq!(browser.eval(wasm_requests).await, json!(1));
    browser.eval(&click_tab(&card(0), last())).await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(&card(0)), last()))
        .await;
}

#[tokio::test]
async fn a_bare_lazy_card_holds_its_final_place_readable_until_it_starts() {
    let csp = format!("{STRICT_CSP}; require-trusted-types-for 'script'; trusted-types 'none'");
    let body = format!(
        "<div class=\"lead\">Lead story</div>
         <news-card id=\"lazy\" loading=\"lazy\" article=\"{}\" label=\"Top stories\"></news-card>
         <p id=\"after\">More news</p>",
        articles().len()
    );
    // The policy allows no inline style: the page's own stylesheet puts the card far down.
    let head = "<link rel=\"stylesheet\" href=\"/news/site.css\">";
    let pages = [
        ("world.html", page("lang=\"en\"", head, &body)),
        ("site.css", ".lead { height: 4000px; }".to_owned()),
    ];
    let server = Server::start(dist(), site(Some(&csp), &pages));
    let browser = Browser::start(Launch::default()).await;
    browser.open(&server.url("/news/world.html"), "true").await;
    let place = "(() => { const card = document.querySelector('#lazy');
        return [card.getBoundingClientRect().height,
                document.querySelector('#after').getBoundingClientRect().top + scrollY]; })()";
    // The placeholder shows styled: its panel is laid out as the card's stylesheet says.
    browser
        .wait_for(&format!(
            "{}?.querySelector('[role=tabpanel]:not([hidden])')?.getBoundingClientRect().height > 0
             && {} === 'flex'",
            card(0),
            style(0, "[role=tablist]", "display")
        ))
        .await;
    let wasm_requests = "performance.getEntriesByType('resource')
        .filter((e) => e.name.endsWith('.wasm')).length";
    assert_eq!(browser.eval(wasm_requests).await, json!(0), "no wasm yet");
    assert_eq!(
        browser.eval(&shown_panels(0)).await,
        json!([last()]),
        "the placeholder shows the article the element names"
    );
    assert_eq!(
        browser
            .eval(&format!(
                "{}.querySelector('[role=tablist]').getAttribute('aria-label')",
                card(0)
            ))
            .await,
        json!("Top stories")
    );
    let before = browser.eval(place).await;
    assert!(
        before[0].as_f64().unwrap() > 100.0,
        "it takes room: {before}"
    );
    // Which article shows is the placeholder's to the end: the card starts on it as it is.
    browser
        .eval(&format!("{SELECTION_MOVES}({}) ?? true", card(0)))
        .await;

    browser.eval("window.scrollTo(0, 3500) ?? true").await;
    browser.wait_for("readied.length === 1").await;
    assert_eq!(browser.eval("selectionMoves").await, json!(0));
    assert_eq!(browser.eval(wasm_requests).await, json!(1));
    assert_eq!(
        browser.eval(place).await,
        before,
        "the running card is as tall as its placeholder: nothing below it moves"
    );
    assert_eq!(browser.eval(&shown_panels(0)).await, json!([last()]));
    browser.eval(&click_tab(&card(0), 0)).await;
    browser
        .wait_for(&format!("{} === 0", selected_tab(&card(0))))
        .await;
    assert_eq!(browser.eval("violations").await, json!([]));
}

#[tokio::test]
async fn a_bare_lazy_card_without_the_snippet_warns_and_starts_near_the_screen() {
    let body = "<div style=\"height: 4000px\">Lead story</div>
        <news-card id=\"lazy\" loading=\"lazy\"></news-card>";
    let mut site = site(None, &[("world.html", page("lang=\"en\"", "", body))]);
    // A publisher who copied only some of dist/: the snippet is a page without the card.
    site.pages.insert(
        format!("{DIST}{}", file::SNIPPET),
        "<!doctype html><title>Not here</title>".to_owned(),
    );
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser.open(&server.url("/news/world.html"), "true").await;
    // The browser's log is read once: wait for the snippet's request to have been answered.
    browser
        .wait_for(&format!(
            "performance.getEntriesByType('resource').some((e) => e.name.endsWith('{}'))",
            file::SNIPPET
        ))
        .await;
    browser
        .eval("new Promise((r) => setTimeout(() => r(true), 200))")
        .await;
    let console = browser.console_problems(true).await;
    assert!(
        console
            .iter()
            .any(|line| line.starts_with("WARNING") && line.contains(file::SNIPPET)),
        "a warning names the missing file: {console:#?}"
    );
    assert_eq!(
        browser.eval(&format!("{} === null", card(0))).await,
        json!(true)
    );

    browser.eval("window.scrollTo(0, 3500) ?? true").await;
    browser.wait_for("readied.length === 1").await;
    assert_eq!(browser.eval(&shown_panels(0)).await, json!([0]));
}
