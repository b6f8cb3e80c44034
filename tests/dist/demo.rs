//! Page-level tests of the built demo page (`dist/`): accessibility with axe-core, real
//! keyboard focus, narrow screens, print, forced colours, and the page around the card.

use crate::common::page::{chromium_only, skip_in, Engine};
use crate::common::page::{dist, Browser, Launch, Server, Site};
use news_card::articles;
use serde_json::Value;

/// The card's root node (its shadow root once it is a custom element).
const CARD: &str = "(document.querySelector('news-card')?.shadowRoot ?? document)";

fn ready() -> String {
    format!(
        "{CARD}.querySelectorAll('[role=tab]').length === {}",
        articles().len()
    )
}

async fn demo(launch: Launch) -> (Browser, Server) {
    let server = Server::start(dist(), Site::default());
    let browser = Browser::start(launch).await;
    browser.open(&server.url("/"), &ready()).await;
    (browser, server)
}

#[tokio::test]
async fn axe_finds_no_violations_in_light_or_dark() {
    for scheme in ["light", "dark"] {
        let (browser, _server) = demo(Launch::in_scheme(scheme)).await;
        let dark = browser
            .eval("matchMedia('(prefers-color-scheme: dark)').matches")
            .await;
        assert_eq!(dark, Value::Bool(scheme == "dark"));
        let violations = browser.axe_violations().await;
        assert!(violations.is_empty(), "{scheme}: {violations:#?}");
    }
}

#[tokio::test]
async fn the_dark_scheme_changes_the_card_colours() {
    let background =
        format!("getComputedStyle({CARD}.querySelector('.news-card')).backgroundColor");
    let (browser, _server) = demo(Launch::in_scheme("light")).await;
    let light = browser.eval(&background).await;
    let (browser, _server) = demo(Launch::in_scheme("dark")).await;
    let dark = browser.eval(&background).await;
    assert_eq!(light, Value::from("rgb(255, 255, 255)"));
    assert_ne!(light, dark);
}

#[tokio::test]
async fn real_keys_move_between_tabs_and_into_the_panel() {
    let (browser, _server) = demo(Launch::default()).await;
    let active = format!("{CARD}.activeElement?.id ?? ''");
    let tab = |i: usize| format!("{CARD}.querySelectorAll('[role=tab]')[{i}].id");
    let panel = |i: usize| format!("{CARD}.querySelectorAll('[role=tabpanel]')[{i}].id");

    browser
        .eval(&format!(
            "{CARD}.querySelector('[role=tab]').focus() ?? true"
        ))
        .await;
    assert_eq!(browser.eval(&active).await, browser.eval(&tab(0)).await);

    browser.press_keys("\u{E014}").await; // →
    assert_eq!(browser.eval(&active).await, browser.eval(&tab(1)).await);
    assert_eq!(
        browser
            .eval(&format!(
                "{CARD}.querySelectorAll('[role=tabpanel]')[1].hidden"
            ))
            .await,
        Value::Bool(false)
    );

    let ring = format!("getComputedStyle({CARD}.activeElement)");
    assert_eq!(
        browser.eval(&format!("{ring}.outlineStyle")).await,
        Value::from("solid")
    );
    assert_eq!(
        browser.eval(&format!("{ring}.outlineWidth")).await,
        Value::from("3px")
    );

    browser.press_keys("\u{E004}").await; // Tab
    assert_eq!(browser.eval(&active).await, browser.eval(&panel(1)).await);
    assert_eq!(
        browser.eval(&format!("{ring}.outlineStyle")).await,
        Value::from("solid")
    );
}

/// The card switches tabs without motion (each switch shows in the next frame); under
/// `prefers-reduced-motion: reduce` nothing in it may move either way.
#[tokio::test]
async fn reduced_motion_leaves_nothing_in_the_card_moving() {
    if skip_in(
        &[Engine::WebKit],
        "reduced motion: MiniBrowser has no setting for it",
    ) {
        return;
    }
    let (browser, _server) = demo(Launch {
        reduced_motion: true,
        ..Launch::default()
    })
    .await;
    assert_eq!(
        browser
            .eval("matchMedia('(prefers-reduced-motion: reduce)').matches")
            .await,
        Value::Bool(true)
    );
    let moving = browser
        .eval(&format!(
            "[...{CARD}.querySelectorAll('*')].filter((e) => {{
               const s = getComputedStyle(e);
               return s.transitionDuration.split(',').some((d) => d.trim() !== '0s')
                 || s.animationName !== 'none';
             }}).map((e) => e.className || e.tagName)"
        ))
        .await;
    assert_eq!(moving, serde_json::json!([]), "elements that move");
}

/// A page that shows the demo in a frame 320 px wide: the frame is the demo's viewport, as a
/// phone's screen is, in every engine (a browser window may not get that narrow: headless
/// Firefox stops at 500 px, WebKitGTK's MiniBrowser at about 450).
const NARROW: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>The demo on a 320 px screen</title><style>body { margin: 0 }</style></head><body>
<iframe title="The demo" src="/" style="display: block; border: 0; width: 320px; height: 3000px">
</iframe></body></html>"#;

#[tokio::test]
async fn a_320_pixel_screen_scrolls_no_sideways_and_tabs_are_big_enough() {
    let mut site = Site::default();
    site.pages.insert("/narrow.html".into(), NARROW.to_owned());
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    let frame = "frames[0]";
    let card = format!("{frame}.document.querySelector('news-card').shadowRoot");
    browser
        .open(
            &server.url("/narrow.html"),
            &format!(
                "{frame}?.document.querySelector('news-card')?.shadowRoot
                   ?.querySelectorAll('[role=tab]').length === {}",
                articles().len()
            ),
        )
        .await;
    assert_eq!(
        browser.eval(&format!("{frame}.innerWidth")).await,
        Value::from(320)
    );
    let overflow = browser
        .eval(&format!(
            "{frame}.document.documentElement.scrollWidth
               - {frame}.document.documentElement.clientWidth"
        ))
        .await;
    assert_eq!(overflow, Value::from(0), "no sideways page scroll");
    let small = browser
        .eval(&format!(
            "[...{card}.querySelectorAll('[role=tab]')].map(t => t.getBoundingClientRect())
               .filter(r => r.width < 24 || r.height < 24).length"
        ))
        .await;
    assert_eq!(small, Value::from(0), "every tab is at least 24×24");
    let contained = browser
        .eval(&format!(
            "(() => {{ const l = {card}.querySelector('[role=tablist]');
                const s = {frame}.getComputedStyle(l);
                return l.getBoundingClientRect().right <= {frame}.innerWidth
                  && (l.scrollWidth <= l.clientWidth || s.overflowX === 'auto'); }})()"
        ))
        .await;
    assert_eq!(
        contained,
        Value::Bool(true),
        "the tab list fits or scrolls inside itself"
    );
}

#[tokio::test]
async fn print_shows_every_article_and_no_tabs() {
    if chromium_only("emulated print media (DevTools)") {
        return;
    }
    let (browser, _server) = demo(Launch::default()).await;
    browser.emulate_print().await;
    let shown = browser
        .eval(&format!(
            "[...{CARD}.querySelectorAll('[role=tabpanel]')].map(p => getComputedStyle(p).display)"
        ))
        .await;
    let shown: Vec<String> = serde_json::from_value(shown).unwrap();
    assert!(
        shown.len() == articles().len() && shown.iter().all(|d| d == "block"),
        "{shown:?}"
    );
    let tabs = browser
        .eval(&format!(
            "getComputedStyle({CARD}.querySelector('[role=tablist]')).display"
        ))
        .await;
    assert_eq!(tabs, Value::from("none"));
}

/// In forced colours (a high-contrast theme), the selected tab keeps a mark of its own: its
/// underline takes the system's highlight colour, which no other tab has.
#[tokio::test]
async fn forced_colours_mark_the_selected_tab() {
    if chromium_only("emulated forced colours (DevTools)") {
        return;
    }
    let (browser, _server) = demo(Launch::default()).await;
    browser.emulate_forced_colours().await;
    let seen = browser
        .eval(&format!(
            "(() => {{
               const probe = document.createElement('div');
               probe.style.color = 'Highlight';
               document.body.append(probe);
               const highlight = getComputedStyle(probe).color;
               probe.remove();
               const tabs = [...{CARD}.querySelectorAll('[role=tab]')];
               return {{
                 forced: matchMedia('(forced-colors: active)').matches,
                 highlight,
                 selected: tabs.filter((t) => t.getAttribute('aria-selected') === 'true')
                   .map((t) => getComputedStyle(t).borderBlockEndColor),
                 others: tabs.filter((t) => t.getAttribute('aria-selected') !== 'true')
                   .map((t) => getComputedStyle(t).borderBlockEndColor),
               }};
             }})()"
        ))
        .await;
    assert_eq!(seen["forced"], Value::Bool(true), "{seen}");
    assert_eq!(
        seen["selected"],
        serde_json::json!([seen["highlight"]]),
        "{seen}"
    );
    assert!(
        seen["others"]
            .as_array()
            .unwrap()
            .iter()
            .all(|colour| *colour != seen["highlight"]),
        "{seen}"
    );
}

#[tokio::test]
async fn the_page_is_a_real_document_and_its_favicon_loads() {
    let (browser, _server) = demo(Launch::default()).await;
    assert_eq!(
        browser.eval("document.documentElement.lang").await,
        Value::from("en")
    );
    assert_ne!(browser.eval("document.title").await, Value::from(""));
    assert_eq!(
        browser
            .eval("document.querySelectorAll('main h1').length")
            .await,
        Value::from(1)
    );
    assert_eq!(
        browser
            .eval(
                "!!document.querySelector('meta[name=viewport][content*=\"width=device-width\"]')"
            )
            .await,
        Value::Bool(true)
    );
    let status = browser
        .client
        .execute_async(
            "const done = arguments[0];
             fetch(document.querySelector('link[rel=icon]').href).then(r => done(r.status), () => done(0));",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(status, Value::from(200));
}

#[tokio::test]
async fn the_page_logs_no_errors_or_warnings() {
    let (browser, _server) = demo(Launch::default()).await;
    let tab = format!("{CARD}.querySelectorAll('[role=tab]')[1]");
    browser.eval(&format!("{tab}.click() ?? true")).await;
    let noisy = browser.console_problems(true).await;
    assert!(noisy.is_empty(), "{noisy:#?}");
}
