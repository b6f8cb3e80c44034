//! Page-level tests of the card's layout with as many stories as the content has: the tabs stay
//! in one low row that scrolls sideways inside the card, so that the article starts near the
//! top of a phone's screen and the page never scrolls sideways; every tab is reachable by keys,
//! with the selected tab always all in view, and by a click; reduced motion scrolls the row at
//! once; the prerendered layout is the running card's. Nothing here reads the content: counts
//! and directions come from the page.
//!
//! Each test runs on `dist/` and on every other build `NEWS_CARD_LAYOUT_COPIES` names (directories
//! holding a `dist/`, separated by `:`): the test command points it at its copies with 1, 8
//! (Arabic, right to left) and 12 (French) articles, beside `dist/`'s own.

use std::path::PathBuf;

use crate::common::page::{
    dist, served_in, skip_in, Browser, Engine, Launch, Server, Site, FIRST_SHADOW,
};

/// The builds to lay out: `dist/`, and the copies the test command names.
fn dists() -> Vec<PathBuf> {
    let mut dists = vec![dist()];
    if let Ok(copies) = std::env::var("NEWS_CARD_LAYOUT_COPIES") {
        dists.extend(copies.split(':').map(|dir| PathBuf::from(dir).join("dist")));
    }
    dists
}

use news_card::contract::{file, TAG};
use serde_json::{json, Value};

/// A page showing the demo in a frame `width` × `height` pixels: the frame is the viewport, in
/// every engine, however narrow.
fn framed(width: u32, height: u32) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The demo at \
         {width} px</title><style>body {{ margin: 0 }}</style></head><body><iframe \
         title=\"The demo\" src=\"/\" style=\"display: block; border: 0; width: {width}px; \
         height: {height}px\"></iframe></body></html>"
    )
}

/// JavaScript: what the layout of the first card in `window` is: its tabs' rows, where its
/// selected article's headline starts below the card's top, the tab list's height, and how far
/// the page scrolls sideways.
fn layout(window: &str) -> String {
    format!(
        "(() => {{
           const card = {window}.document.querySelector('{TAG}');
           const shadow = card.shadowRoot;
           const tabs = [...shadow.querySelectorAll('[role=tab]')];
           const list = shadow.querySelector('[role=tablist]');
           const panel = [...shadow.querySelectorAll('[role=tabpanel]')].find((p) => !p.hidden);
           const root = {window}.document.documentElement;
           return {{
             tabs: tabs.length,
             rows: new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size,
             headline: Math.round(panel.querySelector('h2').getBoundingClientRect().top
               - card.getBoundingClientRect().top),
             list: Math.round(list.getBoundingClientRect().height),
             sideways: root.scrollWidth - root.clientWidth,
           }};
         }})()"
    )
}

#[tokio::test]
async fn the_tabs_stay_in_one_low_row_whatever_their_number() {
    let browser = Browser::start(Launch::default()).await;
    for dist in dists() {
        let mut site = Site::default();
        site.pages.insert("/narrow.html".into(), framed(320, 640));
        site.pages.insert("/wide.html".into(), framed(1000, 800));
        let server = Server::start(dist, site);
        assert_one_low_row(&browser, &server).await;
    }
}

/// Checks, at 320 and 1000 pixels, that the card's tabs are one row, that at 320 px its article
/// starts at most 320 px below its top and at 1000 px its tab list is at most 140 px tall, and
/// that the page never scrolls sideways.
async fn assert_one_low_row(browser: &Browser, server: &Server) {
    let ready = format!("frames[0]?.document.querySelector('{TAG}')?.matches(':state(ready)')");
    for (page, width) in [("/narrow.html", 320), ("/wide.html", 1000)] {
        browser.open(&server.url(page), &ready).await;
        let measured = browser.eval(&layout("frames[0]")).await;
        let at = format!("{width} px, {} tabs: {measured}", measured["tabs"]);
        println!("layout at {at}");
        assert_eq!(measured["rows"], json!(1), "one row of tabs at {at}");
        assert_eq!(
            measured["sideways"],
            json!(0),
            "no sideways page scroll at {at}"
        );
        let headline = measured["headline"].as_i64().unwrap();
        let list = measured["list"].as_i64().unwrap();
        if width == 320 {
            assert!(
                headline <= 320,
                "the article starts at most 320 px down at {at}"
            );
        } else {
            assert!(list <= 140, "the tab list is at most 140 px tall at {at}");
        }
    }
}

/// JavaScript: the selected tab's index, and whether it is all in view: inside its tab list and
/// inside the viewport, to the pixel.
const SELECTED_IN_VIEW: &str = "(() => {
       const shadow = document.querySelector('news-card').shadowRoot;
       const tabs = [...shadow.querySelectorAll('[role=tab]')];
       const at = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
       const [tab, list] = [tabs[at].getBoundingClientRect(),
         shadow.querySelector('[role=tablist]').getBoundingClientRect()];
       const inside = (a, b) => a.left >= b.left - 1 && a.right <= b.right + 1;
       return [at, inside(tab, list) && inside(tab, { left: 0, right: innerWidth })];
     })()";

/// JavaScript: a promise of [`SELECTED_IN_VIEW`] once it is tab `tab`, all in view, or as it
/// is after two seconds (a smooth scroll takes a few frames to get there).
fn selected_in_view_soon(tab: usize) -> String {
    format!(
        "new Promise((answer) => {{
           const until = performance.now() + 2000;
           const check = () => {{
             const [at, inView] = {SELECTED_IN_VIEW};
             if ((at === {tab} && inView) || performance.now() > until) answer([at, inView]);
             else requestAnimationFrame(check);
           }};
           check();
         }})"
    )
}

/// Presses `keys` (WebDriver key codes) on the focused tab, one at a time; after each, checks
/// that the selected tab is the one `expected` gives for the key's place and that it is all in
/// view once the list has scrolled there.
async fn assert_keys_reach(browser: &Browser, keys: &[(char, &str)], expected: &[usize]) {
    for ((key, name), &tab) in keys.iter().zip(expected) {
        browser.press_keys(&key.to_string()).await;
        let [at, in_view] =
            serde_json::from_value::<[Value; 2]>(browser.eval(&selected_in_view_soon(tab)).await)
                .unwrap();
        assert_eq!(at, json!(tab), "{name} selects tab {tab}");
        assert_eq!(
            in_view,
            json!(true),
            "after {name} the selected tab {tab} is all in view"
        );
    }
}

/// The keys that walk every tab (End, Home, then the arrow that moves on in the text's
/// direction, one press per tab) and the tab each press selects, among `count`.
fn walk(count: usize, rtl: bool) -> (Vec<(char, &'static str)>, Vec<usize>) {
    const END: char = '\u{E010}';
    const HOME: char = '\u{E011}';
    let on = if rtl {
        ('\u{E012}', "←")
    } else {
        ('\u{E014}', "→")
    };
    let mut keys = vec![(END, "End"), (HOME, "Home")];
    let mut expected = vec![count - 1, 0];
    for next in 1..count {
        keys.push(on);
        expected.push(next);
    }
    (keys, expected)
}

#[tokio::test]
async fn keys_reach_every_tab_before_the_wasm_and_keep_it_in_view() {
    assert_keys_reach_every_tab_of_every_dist(true).await;
}

#[tokio::test]
async fn keys_reach_every_tab_once_the_card_runs_and_keep_it_in_view() {
    assert_keys_reach_every_tab_of_every_dist(false).await;
}

/// Walks every tab of the card of every build with keys: with its wasm held back (the element
/// answers alone) or once the card runs (the element hands each pick to the card).
async fn assert_keys_reach_every_tab_of_every_dist(before_the_wasm: bool) {
    let browser = Browser::start(Launch::default()).await;
    for dist in dists() {
        let held = if before_the_wasm {
            vec![format!("/{}", served_in(&dist, file::WASM))]
        } else {
            vec![]
        };
        let server = Server::start(
            dist,
            Site {
                held,
                ..Site::default()
            },
        );
        assert_keys_reach_every_tab(&browser, &server, before_the_wasm).await;
    }
}

/// Walks every tab of the card on the page `server` serves with keys, before the wasm runs (it
/// is held back) or once the card runs.
async fn assert_keys_reach_every_tab(browser: &Browser, server: &Server, before_the_wasm: bool) {
    let running = format!("{FIRST_SHADOW}?.host.matches(':state(ready)')");
    let shown = format!(
        "!!customElements.get('{TAG}') && {FIRST_SHADOW}?.querySelector('[role=tab]') != null"
    );
    let until = if before_the_wasm { &shown } else { &running };
    browser.open(&server.url("/"), until).await;
    let count = browser
        .eval(&format!(
            "{FIRST_SHADOW}.querySelectorAll('[role=tab]').length"
        ))
        .await
        .as_u64()
        .unwrap() as usize;
    let rtl = browser
        .eval(&format!(
            "{FIRST_SHADOW}.querySelector('[role=tablist]').matches(':dir(rtl)')"
        ))
        .await
        == json!(true);
    let (keys, expected) = walk(count, rtl);
    // The reader's click on the selected tab gives it focus, as a pointer does.
    browser.first_card_tabs().await[0].click().await.unwrap();
    assert_keys_reach(browser, &keys, &expected).await;
    assert_eq!(
        browser.eval(&running).await,
        json!(!before_the_wasm),
        "the element answered {}",
        if before_the_wasm {
            "alone: the wasm was held back"
        } else {
            "with the card running"
        }
    );
}

#[tokio::test]
async fn a_click_reaches_every_tab() {
    let browser = Browser::start(Launch::default()).await;
    for dist in dists() {
        let server = Server::start(dist, Site::default());
        assert_clicks_reach_every_tab(&browser, &server).await;
    }
}

/// Clicks every tab of the card on the page `server` serves, as a reader does.
async fn assert_clicks_reach_every_tab(browser: &Browser, server: &Server) {
    browser
        .open(
            &server.url("/"),
            &format!("{FIRST_SHADOW}.host.matches(':state(ready)')"),
        )
        .await;
    let tabs = browser.first_card_tabs().await;
    for (index, tab) in tabs.iter().enumerate().rev() {
        // The reader brings the tab into view (a swipe, the scroll bar), then clicks it.
        browser
            .eval(&format!(
                "{FIRST_SHADOW}.querySelectorAll('[role=tab]')[{index}]
                   .scrollIntoView({{ block: 'nearest', inline: 'nearest', behavior: 'instant' }}) ?? true"
            ))
            .await;
        tab.click().await.unwrap();
        let [at, in_view] =
            serde_json::from_value::<[Value; 2]>(browser.eval(SELECTED_IN_VIEW).await).unwrap();
        assert_eq!(at, json!(index));
        assert_eq!(in_view, json!(true));
    }
}

/// JavaScript: End pressed on the first tab (the element answers it); then, in the same turn,
/// how far the tab list still has to scroll (0: it is already there).
const END_AT_ONCE: &str = "(() => {
  const shadow = document.querySelector('news-card').shadowRoot;
  const list = shadow.querySelector('[role=tablist]');
  const tabs = [...shadow.querySelectorAll('[role=tab]')];
  tabs[0].click();
  list.scrollLeft = 0;
  tabs[0].dispatchEvent(new KeyboardEvent('keydown',
    { key: 'End', bubbles: true, composed: true, cancelable: true }));
  const last = tabs.at(-1).getBoundingClientRect();
  const box = list.getBoundingClientRect();
  return Math.round(Math.max(0, last.right - box.right, box.left - last.left));
})()";

#[tokio::test]
async fn reduced_motion_scrolls_the_tabs_at_once() {
    if skip_in(&[Engine::WebKit], "reduced motion") {
        return;
    }
    for reduced_motion in [false, true] {
        let server = Server::start(dist(), Site::default());
        let browser = Browser::start(Launch {
            reduced_motion,
            ..Launch::default()
        })
        .await;
        browser
            .open(
                &server.url("/"),
                &format!("{FIRST_SHADOW}.host.matches(':state(ready)')"),
            )
            .await;
        let overflowing = browser
            .eval(&format!(
                "(() => {{ const l = {FIRST_SHADOW}.querySelector('[role=tablist]');
                   return l.scrollWidth > l.clientWidth; }})()"
            ))
            .await;
        if overflowing != json!(true) {
            // Every tab fits: nothing ever scrolls.
            return;
        }
        let left = browser.eval(END_AT_ONCE).await.as_i64().unwrap();
        if reduced_motion {
            assert_eq!(
                left, 0,
                "with reduced motion the last tab is in view at once"
            );
        } else {
            assert!(left > 0, "otherwise the list scrolls there smoothly");
        }
    }
}

#[tokio::test]
async fn the_prerendered_layout_is_the_running_card_s() {
    let browser = Browser::start(Launch::default()).await;
    for dist in dists() {
        let mut site = Site {
            held: vec![format!("/{}", served_in(&dist, file::WASM))],
            ..Site::default()
        };
        site.pages.insert("/narrow.html".into(), framed(320, 640));
        let server = Server::start(dist, site);
        assert_nothing_moves(&browser, &server).await;
    }
}

/// Checks that the layout of the card on the narrow page `server` serves is the same before
/// the wasm runs and once the card runs.
async fn assert_nothing_moves(browser: &Browser, server: &Server) {
    browser
        .open(
            &server.url("/narrow.html"),
            &format!(
                "(() => {{ const list = frames[0]?.document.querySelector('{TAG}')?.shadowRoot
                     ?.querySelector('[role=tablist]');
                   return !!list && frames[0].getComputedStyle(list).overflowX === 'auto'; }})()"
            ),
        )
        .await;
    let before = browser.eval(&layout("frames[0]")).await;
    server.release();
    browser
        .wait_for(&format!(
            "frames[0].document.querySelector('{TAG}').matches(':state(ready)')"
        ))
        .await;
    let after = browser.eval(&layout("frames[0]")).await;
    assert_eq!(before, after, "nothing moves when the card starts");
}
