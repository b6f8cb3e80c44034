//! Page-level tests of the reader's input on the prerendered card before the wasm runs: a
//! click or a key shows its article at once, the card starts on the last pick and reports each
//! one, a click as the card starts still lands, and a click before the loader runs (which only
//! focuses its tab) is the reader's pick once it does.

use crate::common::page::{
    click_tab, dist, focused_tab, selected_tab, Browser, Launch, Server, Site, FIRST_CARD_READY,
    FIRST_SHADOW, SELECTION_MOVES,
};
use crate::prerender::{open_before_wasm, open_before_wasm_at, PRERENDERED};
use news_card::{articles, contract::file};
use serde_json::json;

/// JavaScript: every tab's and panel's attributes, sorted: the state the reader sees.
const TAB_STATE: &str = "JSON.stringify([...document.querySelector('news-card').shadowRoot
  .querySelectorAll('[role=tab],[role=tabpanel]')]
  .map((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`).sort()))";

/// JavaScript: records every change event's detail in `window.changes`; evaluates to `true`.
const RECORD_CHANGES: &str = "(window.changes = []) && !document.addEventListener(
  'news-card-change', (e) => changes.push(e.detail))";

/// JavaScript: whether panel `index` of the demo card is shown and every other one hidden.
fn only_panel_shown(index: usize) -> String {
    format!(
        "[...{FIRST_SHADOW}.querySelectorAll('[role=tabpanel]')]
           .map((p) => getComputedStyle(p).display !== 'none')
           .every((shown, i) => shown === (i === {index}))"
    )
}

/// Checks that the card shows the article of the last of `picks` with its tab focused, as the
/// reader left it before the wasm ran, and that the card, once interactive, shows exactly that
/// (the same attributes on every tab and panel) and reports each pick, once, in order.
async fn assert_taken_over(browser: &Browser, server: &Server, picks: &[usize]) {
    let index = *picks.last().expect("a pick");
    assert_eq!(
        browser.eval(FIRST_CARD_READY).await,
        json!(false),
        "the input came before the wasm ran"
    );
    assert_eq!(
        browser.eval(&selected_tab(FIRST_SHADOW)).await,
        json!(index)
    );
    assert_eq!(browser.eval(&only_panel_shown(index)).await, json!(true));
    assert_eq!(
        browser.eval(&focused_tab(FIRST_SHADOW)).await,
        json!(index),
        "focus is on the picked tab"
    );
    let before = browser.eval(TAB_STATE).await;
    browser
        .eval(&format!("{SELECTION_MOVES}({FIRST_SHADOW}) ?? true"))
        .await;
    server.release();
    browser.wait_for(FIRST_CARD_READY).await;
    assert_eq!(
        browser.eval("selectionMoves").await,
        json!(0),
        "the card starts on what the reader sees, never passing through another article"
    );
    browser
        .wait_for(&format!("changes.length >= {}", picks.len()))
        .await;
    assert_eq!(
        browser.eval(TAB_STATE).await,
        before,
        "the card shows what the reader saw before it ran"
    );
    assert_eq!(browser.eval(&focused_tab(FIRST_SHADOW)).await, json!(index));
    let changes = browser.eval("changes").await;
    let mut expected = Vec::new();
    for &pick in picks {
        let id = browser
            .eval(&format!(
                "{FIRST_SHADOW}.querySelectorAll('[role=tabpanel]')[{pick}].id"
            ))
            .await;
        expected.push(json!({
            "index": pick,
            "headline": articles()[pick].headline,
            "slug": articles()[pick].slug,
            "id": id,
            "cause": "reader",
        }));
    }
    assert_eq!(
        changes,
        json!(expected),
        "one change event for each of the reader's picks, in order"
    );
    browser
        .wait_for(&format!(
            "location.hash.slice(1) === {}",
            expected.last().unwrap()["id"]
        ))
        .await;
}

#[tokio::test]
async fn a_click_before_the_wasm_shows_its_article_at_once_and_the_card_keeps_it() {
    let (browser, server) = open_before_wasm().await;
    browser.eval(RECORD_CHANGES).await;
    let last = articles().len() - 1;
    // A reader's click, through WebDriver: it also focuses the tab, as a pointer does.
    let tabs = browser.first_card_tabs().await;
    let tab = &tabs[last];
    tab.click().await.unwrap();
    assert_taken_over(&browser, &server, &[last]).await;
}

/// A reader's click on a tab before the loader has run (the page still fetching it) focuses the
/// tab, as a pointer does, and nothing else: no script answers yet. Once the loader runs, the
/// element takes a focused tab that is not the selected one as the reader's pick (the Tab key
/// reaches only the selected tab), and the card starts on it and reports it.
#[tokio::test]
async fn a_click_before_the_loader_runs_is_the_reader_s_pick_once_it_does() {
    let site = Site {
        held: vec![format!("/{}", file::LOADER)],
        ..Site::default()
    };
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser.open(&server.url("/"), PRERENDERED).await;
    browser.eval(RECORD_CHANGES).await;
    let last = articles().len() - 1;
    browser.first_card_tabs().await[last].click().await.unwrap();
    assert_eq!(
        browser
            .eval(&format!(
                "!!customElements.get('{}')",
                news_card::contract::TAG
            ))
            .await,
        json!(false),
        "the click came before the loader ran"
    );
    server.release();
    browser.wait_for(FIRST_CARD_READY).await;
    browser.wait_for("changes.length >= 1").await;
    assert_eq!(browser.eval(&selected_tab(FIRST_SHADOW)).await, json!(last));
    assert_eq!(browser.eval(&only_panel_shown(last)).await, json!(true));
    assert_eq!(browser.eval(&focused_tab(FIRST_SHADOW)).await, json!(last));
    assert_eq!(
        browser
            .eval("changes.map((change) => [change.index, change.cause])")
            .await,
        json!([[last, "reader"]]),
        "one change event, the reader's"
    );
}

#[tokio::test]
async fn a_click_as_the_card_starts_after_an_early_pick_shows_its_article() {
    let (browser, server) = open_before_wasm().await;
    let last = articles().len() - 1;
    // The reader picks the last article before the wasm runs, then the first one as the card
    // starts: the page clicks it when the card is ready, before the card has rendered again.
    browser.eval(&click_tab(FIRST_SHADOW, last)).await;
    browser
        .eval(&format!(
            "document.querySelector('news-card')
               .addEventListener('news-card-ready', () => {}) ?? true",
            click_tab(FIRST_SHADOW, 0)
        ))
        .await;
    server.release();
    browser.wait_for(FIRST_CARD_READY).await;
    browser.after_next_paint().await;
    assert_eq!(browser.eval(&selected_tab(FIRST_SHADOW)).await, json!(0));
    assert_eq!(
        browser.eval(&only_panel_shown(0)).await,
        json!(true),
        "the picked article shows, and only it"
    );
}

#[tokio::test]
async fn picking_the_article_shown_before_the_wasm_is_no_change() {
    let (browser, server) = open_before_wasm().await;
    browser.eval(RECORD_CHANGES).await;
    browser.eval(&click_tab(FIRST_SHADOW, 0)).await;
    server.release();
    browser.wait_for(FIRST_CARD_READY).await;
    browser.after_next_paint().await;
    assert_eq!(browser.eval(&only_panel_shown(0)).await, json!(true));
    assert_eq!(browser.eval("changes").await, json!([]));
    assert_eq!(browser.eval("location.hash").await, json!(""));
}

#[tokio::test]
async fn the_reader_s_pick_before_the_wasm_wins_over_the_deep_link_on_load() {
    let last = articles().len() - 1;
    let (browser, server) =
        open_before_wasm_at(&format!("/#news-card-{}", articles()[last].slug)).await;
    // The prerendered card shows the first article until the card runs; the reader reads it.
    browser.eval(RECORD_CHANGES).await;
    browser.eval(&click_tab(FIRST_SHADOW, 0)).await;
    server.release();
    browser.wait_for(FIRST_CARD_READY).await;
    browser.after_next_paint().await;
    assert_eq!(browser.eval(&selected_tab(FIRST_SHADOW)).await, json!(0));
    assert_eq!(browser.eval(&only_panel_shown(0)).await, json!(true));
    // The deep link named another article: the reader's pick is a change, and the URL follows.
    assert_eq!(
        browser.eval("changes.map((c) => [c.index, c.cause])").await,
        json!([[0, "reader"]])
    );
    browser
        .wait_for(&format!(
            "location.hash === '#news-card-{}'",
            articles()[0].slug
        ))
        .await;
}

#[tokio::test]
async fn keys_before_the_wasm_move_the_selection_at_once_and_the_card_keeps_it() {
    let (browser, server) = open_before_wasm().await;
    browser.eval(RECORD_CHANGES).await;
    browser
        .eval(&format!(
            "{FIRST_SHADOW}.querySelector('[role=tab]').focus() ?? true"
        ))
        .await;
    // End, then Home, then → (twice when there are enough tabs): applied in order, each a
    // change of the article.
    let last = articles().len() - 1;
    let (keys, picks) = if articles().len() > 2 {
        ("\u{E010}\u{E011}\u{E014}\u{E014}", vec![last, 0, 1, 2])
    } else {
        ("\u{E010}\u{E011}\u{E014}", vec![last, 0, 1])
    };
    browser.press_keys(keys).await;
    assert_taken_over(&browser, &server, &picks).await;
    assert_eq!(
        browser.eval("scrollY").await,
        json!(0),
        "End and Home did not scroll the page"
    );
}

/// JavaScript: a slow device, on which each step of the card's start-up takes longer than a
/// frame: until the card is ready, `Date.now`, by which the card's scheduler hands the browser
/// a turn once a frame's time is spent, moves on 20 ms at every call.
const SLOW_DEVICE: &str = "(() => { const now = Date.now.bind(Date); let later = 0;
  const card = document.querySelector('news-card');
  Date.now = () => now() + (card.matches(':state(ready)') ? later : (later += 20));
  return true; })()";

/// A click on the first moment the card touches its markup, as it hydrates, lands: on a slow
/// device the card's scheduler hands the browser a turn between writing the DOM and putting its
/// listeners in place, and a click in that turn reached neither the loader nor the card.
#[tokio::test]
async fn a_click_as_the_card_hydrates_on_a_slow_device_lands() {
    let (browser, server) = open_before_wasm().await;
    browser.eval(RECORD_CHANGES).await;
    browser.eval(SLOW_DEVICE).await;
    let last = articles().len() - 1;
    browser
        .eval(&format!(
            "(() => {{
               const shadow = {FIRST_SHADOW};
               const observer = new MutationObserver(() => {{
                 observer.disconnect();
                 shadow.querySelectorAll('[role=tab]')[{last}].click();
               }});
               observer.observe(shadow, {{ subtree: true, attributes: true }});
               return true;
             }})()"
        ))
        .await;
    server.release();
    browser.wait_for(FIRST_CARD_READY).await;
    browser.wait_for("changes.length > 0").await;
    browser.after_next_paint().await;
    assert_eq!(browser.eval(&selected_tab(FIRST_SHADOW)).await, json!(last));
    assert_eq!(browser.eval(&only_panel_shown(last)).await, json!(true));
    assert_eq!(
        browser.eval("changes.map((c) => [c.index, c.cause])").await,
        json!([[last, "reader"]])
    );
}
