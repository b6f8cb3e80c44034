//! Page-level tests on publishers' pages: `dist/` served under a sub-path of a news site, the
//! card (the pasted snippet or a bare `<news-card>`) on article pages elsewhere on the site, with
//! the site's own CSS, CSP, colour scheme, language and URL fragment around it.
//!
//! What to expect comes from the parsed content (`news_card::ARTICLES`), so these tests hold
//! whatever articles `content/articles.txt` has.

use crate::common::page::{
    click_tab, dist, root, selected_tab, served, Browser, Launch, Server, Site, SELECTION_MOVES,
};
use crate::STRICT_CSP;
use news_card::{contract::file, ARTICLES};
use serde_json::{json, Value};

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
    browser.emulate("light", false).await;
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
    ARTICLES.len() - 1
}

#[tokio::test]
async fn the_snippet_shows_the_article_its_attribute_or_a_deep_link_names() {
    let body = format!(
        "{}<p>Between.</p>{}",
        snippet(&format!("article=\"{}\"", ARTICLES.len())),
        snippet("id=\"world\""),
    );
    let pages = [("world.html", page("lang=\"en\"", "", &body))];
    let fragment = format!("#world-{}", ARTICLES[last()].slug);
    let server = Server::start(dist(), site(Some(STRICT_CSP), &pages));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url(&format!("/news/world.html{fragment}")),
            "readied.length === 2",
        )
        .await;
    for i in 0..2 {
        browser
            .wait_for(&format!("{} === {}", selected_tab(&card(i)), last()))
            .await;
        assert_eq!(
            browser.eval(&shown_panels(i)).await,
            json!([last()]),
            "card {i} shows the selected article's panel, and only it"
        );
    }
    let ids = browser
        .eval(&format!(
            "[...{}.querySelectorAll('[id]')].map(e => e.id)",
            card(1)
        ))
        .await;
    let ids: Vec<String> = serde_json::from_value(ids).unwrap();
    assert!(
        ids.iter().all(|id| id.starts_with("world-")),
        "the hydrated card's ids take the element's id: {ids:?}"
    );
    assert_eq!(browser.eval("violations").await, json!([]));
}

#[tokio::test]
async fn the_snippet_on_a_page_at_another_path_ends_up_styled() {
    // The snippet's stylesheet links are relative, so on /news/world.html they miss dist/.
    let pages = [("world.html", page("lang=\"en\"", "", &snippet("")))];
    let (browser, _server) = open(
        Launch::default(),
        site(Some(STRICT_CSP), &pages),
        "world.html",
        1,
    )
    .await;
    browser
        .wait_for(&format!(
            "{} === 'flex'",
            style(0, "[role=tablist]", "display")
        ))
        .await;
    let sheet = browser
        .eval(&format!(
            "{}.querySelector('link[rel=stylesheet]').href",
            card(0)
        ))
        .await;
    assert!(
        sheet.as_str().unwrap().contains(DIST),
        "the link points into dist/: {sheet}"
    );
}

#[tokio::test]
async fn a_small_root_font_size_leaves_the_card_at_the_reader_s_size() {
    let small_root = "<style>html { font-size: 62.5%; } body { font-size: 1.4rem; }</style>";
    let themed =
        "<style>html { font-size: 62.5%; } #sized { --news-card-font-size: 18px; }</style>";
    let body = "<news-card></news-card>";
    let pages = [
        ("small.html", page("lang=\"en\"", small_root, body)),
        (
            "sized.html",
            page(
                "lang=\"en\"",
                themed,
                "<news-card id=\"sized\"></news-card>",
            ),
        ),
    ];
    let paragraph = style(0, "[role=tabpanel]:not([hidden]) p", "font-size");
    for (reader, expected) in [(None, "16px"), (Some(20), "20px")] {
        let launch = Launch {
            font_size: reader,
            ..Launch::default()
        };
        let (browser, _server) = open(launch, site(None, &pages), "small.html", 1).await;
        assert_eq!(
            browser.eval(&paragraph).await,
            json!(expected),
            "browser font size {reader:?}"
        );
    }
    let (browser, _server) = open(Launch::default(), site(None, &pages), "sized.html", 1).await;
    assert_eq!(browser.eval(&paragraph).await, json!("18px"));
}

#[tokio::test]
async fn the_card_takes_the_colour_scheme_the_page_declares() {
    let body = "<news-card></news-card>";
    let pages = [
        ("light-only.html", page("lang=\"en\"", "", body)),
        (
            "dark.html",
            page("lang=\"en\"", "<style>:root { color-scheme: dark; }</style>", body),
        ),
        (
            "pinned.html",
            page(
                "lang=\"en\"",
                "<style>:root { color-scheme: light dark; } news-card { color-scheme: light; }</style>",
                body,
            ),
        ),
        (
            "follows.html",
            page(
                "lang=\"en\"",
                "<style>:root { color-scheme: light dark; }</style>",
                body,
            ),
        ),
    ];
    let background = style(0, ".news-card", "background-color");
    let (white, dark) = (json!("rgb(255, 255, 255)"), json!("rgb(27, 27, 31)"));
    for (name, system, expected) in [
        ("light-only.html", "dark", &white),
        ("dark.html", "light", &dark),
        ("pinned.html", "dark", &white),
        ("follows.html", "dark", &dark),
        ("follows.html", "light", &white),
    ] {
        let (browser, _server) = open(Launch::default(), site(None, &pages), name, 1).await;
        browser.emulate(system, false).await;
        assert_eq!(
            &browser.eval(&background).await,
            expected,
            "{name} on a {system} system"
        );
    }
}

#[tokio::test]
async fn print_is_dark_text_on_light_paper_on_a_dark_system() {
    let dark = "<style>:root { color-scheme: dark; }</style>";
    let pages = [("world.html", page("lang=\"en\"", dark, &snippet("")))];
    let (browser, _server) = open(Launch::default(), site(None, &pages), "world.html", 1).await;
    browser.emulate("dark", true).await;
    for selector in [
        "[part=headline]",
        "[part=body] p",
        ".news-card__caption-text",
    ] {
        let colour = browser.eval(&style(0, selector, "color")).await;
        let channels: Vec<u8> = colour
            .as_str()
            .unwrap()
            .trim_start_matches("rgb(")
            .trim_end_matches(')')
            .split(", ")
            .map(|c| c.parse().unwrap())
            .collect();
        assert!(
            channels.iter().all(|&c| c <= 0x40),
            "{selector} is {colour} on paper"
        );
    }
    let shown = browser.eval(&shown_panels(0)).await;
    assert_eq!(
        shown,
        json!((0..ARTICLES.len()).collect::<Vec<_>>()),
        "every article is printed"
    );
    let background = browser
        .eval(&style(0, ".news-card", "background-color"))
        .await;
    assert_eq!(background, json!("rgba(0, 0, 0, 0)"), "no dark fill");
}

#[tokio::test]
async fn the_article_text_keeps_the_content_language_and_direction() {
    let body = "<news-card id=\"plain\"></news-card><news-card id=\"rtl\" dir=\"rtl\"></news-card>";
    let pages = [
        (
            "arabic.html",
            page(
                "lang=\"ar\" dir=\"rtl\"",
                "",
                &snippet("id=\"prerendered\""),
            ),
        ),
        (
            "arabic-bare.html",
            page("lang=\"ar\" dir=\"rtl\"", "", body),
        ),
    ];
    let language = |i: usize| {
        format!(
            "{}.querySelector('[role=tabpanel] p').closest('[lang]')?.lang ?? null",
            card(i)
        )
    };
    let direction = |i: usize| {
        format!(
            "{}.querySelector('[role=tab]').matches(':dir(rtl)') ? 'rtl' : 'ltr'",
            card(i)
        )
    };
    let (browser, _server) = open(Launch::default(), site(None, &pages), "arabic.html", 1).await;
    assert_eq!(browser.eval(&language(0)).await, json!("en"));
    assert_eq!(browser.eval(&direction(0)).await, json!("ltr"));
    drop(browser);

    let (browser, _server) =
        open(Launch::default(), site(None, &pages), "arabic-bare.html", 2).await;
    assert_eq!(browser.eval(&language(0)).await, json!("en"));
    assert_eq!(browser.eval(&direction(0)).await, json!("ltr"));
    assert_eq!(browser.eval(&language(1)).await, json!("en"));
    assert_eq!(
        browser.eval(&direction(1)).await,
        json!("rtl"),
        "the publisher's dir"
    );
}

#[tokio::test]
async fn the_publisher_s_own_fragment_is_never_replaced() {
    let body = "<news-card id=\"a\"></news-card><news-card id=\"b\" no-url-update></news-card>
        <h2 id=\"comments\">Comments</h2>";
    let pages = [("world.html", page("lang=\"en\"", "", body))];
    let click = |i: usize, tab: usize| click_tab(&card(i), tab);
    let server = Server::start(dist(), site(None, &pages));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url("/news/world.html#comments"),
            "readied.length === 2",
        )
        .await;
    browser.eval(&click(0, last())).await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(&card(0)), last()))
        .await;
    browser.after_next_paint().await;
    assert_eq!(browser.eval("location.hash").await, json!("#comments"));

    browser
        .eval("history.replaceState(null, '', location.pathname) ?? true")
        .await;
    browser.eval(&click(0, last())).await;
    browser.eval(&click(0, 0)).await;
    let own = format!("#a-{}", ARTICLES[0].slug);
    browser
        .wait_for(&format!("location.hash === '{own}'"))
        .await;

    browser.eval(&click(1, last())).await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(&card(1)), last()))
        .await;
    browser.after_next_paint().await;
    assert_eq!(
        browser.eval("location.hash").await,
        json!(own),
        "no-url-update leaves the URL alone"
    );
}

#[tokio::test]
async fn a_deep_link_on_load_scrolls_the_card_into_view() {
    let body = "<div style=\"height: 3000px\">Lead story</div><news-card id=\"below\"></news-card>
        <div style=\"height: 3000px\"></div>";
    let pages = [("world.html", page("lang=\"en\"", "", body))];
    let server = Server::start(dist(), site(None, &pages));
    let browser = Browser::start(Launch::default()).await;
    let url = server.url(&format!("/news/world.html#below-{}", ARTICLES[last()].slug));
    browser.open(&url, "readied.length === 1").await;
    browser
        .wait_for(&format!("{} === {}", selected_tab(&card(0)), last()))
        .await;
    browser
        .wait_for(
            "(() => { const r = document.querySelector('news-card').getBoundingClientRect();
                      return r.top >= 0 && r.top < innerHeight; })()",
        )
        .await;
}

#[tokio::test]
async fn cards_with_the_same_id_get_unique_ids_and_a_warning() {
    let body = "<news-card id=\"world\"></news-card><news-card id=\"world\"></news-card>";
    let pages = [("world.html", page("lang=\"en\"", "", body))];
    let (browser, _server) = open(Launch::default(), site(None, &pages), "world.html", 2).await;
    browser.assert_unique_ids("[id]").await;
    let console = browser.console_problems(true).await;
    assert!(
        console
            .iter()
            .any(|line| line.starts_with("WARNING") && line.contains("world")),
        "a warning names the id: {console:#?}"
    );
}

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
    // Garbage is collected until the counts settle (a removed card's teardown and the wasm's
    // freed handles can take a moment under load), at most ten times.
    let counters = async || {
        browser.eval("readied.length = 0").await;
        let mut last = Value::Null;
        for _ in 0..10 {
            browser.cdp("HeapProfiler.collectGarbage", json!({})).await;
            browser
                .eval("new Promise((r) => setTimeout(() => r(true), 150))")
                .await;
            let dom = browser.cdp("Memory.getDOMCounters", json!({})).await;
            if dom == last {
                break;
            }
            last = dom;
        }
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

/// The computed text styles of the card's text elements, to compare between two pages.
const TEXT_STYLES: &str = r#"(() => {
  const root = document.querySelector('news-card').shadowRoot;
  const properties = ['font-family', 'font-size', 'font-style', 'font-variant', 'font-weight',
    'font-stretch', 'font-kerning', 'font-feature-settings', 'line-height', 'letter-spacing',
    'word-spacing', 'text-transform', 'text-indent', 'text-align', 'text-shadow', 'white-space',
    'hyphens', 'word-break', 'tab-size', 'text-decoration-line', 'color',
    '-webkit-text-fill-color', '-webkit-text-stroke-width', 'cursor', 'quotes', 'font-synthesis',
    'text-rendering', 'caret-color', 'text-underline-position', 'text-emphasis-style'];
  const selectors = ['.news-card', '[role=tab]', '[role=tab][aria-selected=true]', '[part=headline]',
    '.news-card__caption-text', '[part=credit]', '[part=body] p'];
  return Object.fromEntries(selectors.flatMap((s) => {
    const element = root.querySelector(s);
    if (!element) return [];
    const style = getComputedStyle(element);
    return properties.map((p) => [`${s} ${p}`, style.getPropertyValue(p)]);
  }));
})()"#;

#[tokio::test]
async fn text_styles_around_the_card_do_not_reach_it() {
    let bootstrap =
        std::fs::read_to_string(root().join("node_modules/bootstrap/dist/css/bootstrap.min.css"))
            .expect("node_modules/bootstrap (scripts/setup.sh installs it)");
    let inherited = r#"<link rel="stylesheet" href="/news/bootstrap.css"><style>
      main { hyphens: auto; text-transform: uppercase; letter-spacing: 3px; word-spacing: 9px;
        text-indent: 4em; text-align: justify; font-style: italic; font-variant: small-caps;
        font-weight: 800; line-height: 3; white-space: pre; text-shadow: 1px 1px red;
        font-family: "Comic Sans MS", cursive; font-size: 23px; color: rgb(200, 0, 0);
        word-break: break-all; tab-size: 2; cursor: crosshair; font-kerning: none;
        font-feature-settings: "smcp"; quotes: "<" ">"; -webkit-text-fill-color: rgb(0, 200, 0);
        -webkit-text-stroke-width: 1px; font-stretch: condensed; caret-color: red;
        text-rendering: optimizeLegibility; font-synthesis: none;
        text-underline-position: under; text-emphasis-style: dot; }
    </style>"#;
    let body =
        "<div class=\"container\"><article class=\"lead\"><news-card></news-card></article></div>";
    let pages = [
        ("clean.html", page("lang=\"en\"", "", body)),
        ("styled.html", page("lang=\"en\"", inherited, body)),
    ];
    let mut site = site(None, &pages);
    site.pages.insert("/news/bootstrap.css".into(), bootstrap);
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser.emulate("light", false).await;
    let mut styles = Vec::new();
    for name in ["clean.html", "styled.html"] {
        browser
            .open(
                &server.url(&format!("/news/{name}")),
                "readied.length === 1",
            )
            .await;
        styles.push(browser.eval(TEXT_STYLES).await);
    }
    let (clean, styled) = (styles[0].as_object().unwrap(), &styles[1]);
    assert!(clean.len() > 100, "{clean:?}");
    let differences: Vec<String> = clean
        .iter()
        .filter(|(key, value)| styled[key.as_str()] != **value)
        .map(|(key, value)| format!("{key}: {value} on a clean page, {}", styled[key.as_str()]))
        .collect();
    assert!(differences.is_empty(), "{differences:#?}");
}

#[tokio::test]
async fn a_card_in_a_narrow_sidebar_wraps_its_tabs() {
    let sidebar = "<style>aside { box-sizing: border-box; width: 300px; padding: 1rem; }</style>";
    let body = "<aside><news-card></news-card></aside>";
    let pages = [("world.html", page("lang=\"en\"", sidebar, body))];
    let (browser, _server) = open(Launch::default(), site(None, &pages), "world.html", 1).await;
    let layout: Value = browser
        .eval(&format!(
            "(() => {{
               const root = {};
               const card = root.querySelector('.news-card').getBoundingClientRect();
               const list = root.querySelector('[role=tablist]');
               return {{
                 scrolls: list.scrollWidth > list.clientWidth,
                 tabs: [...root.querySelectorAll('[role=tab]')].map((t) => {{
                   const r = t.getBoundingClientRect();
                   return {{ inside: r.left >= card.left && r.right <= card.right,
                             clipped: t.scrollWidth > t.clientWidth,
                             big_enough: r.width >= 24 && r.height >= 24 }};
                 }}),
               }};
             }})()",
            card(0)
        ))
        .await;
    assert_eq!(layout["scrolls"], json!(false), "{layout}");
    let tabs = layout["tabs"].as_array().unwrap();
    assert_eq!(tabs.len(), ARTICLES.len());
    for tab in tabs {
        assert_eq!(
            tab,
            &json!({ "inside": true, "clipped": false, "big_enough": true }),
            "{layout}"
        );
    }
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
        json!((0..ARTICLES.len()).collect::<Vec<_>>()),
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
        ARTICLES.len()
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

/// A raw `GET path` to `server` with `accept` as its `Accept-Encoding`: the response's headers
/// (lowercase) and body.
fn get(server: &Server, path: &str, accept: &str) -> (String, Vec<u8>) {
    use std::io::{Read, Write};
    let address = server.base.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept-Encoding: {accept}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&response[..split]).to_ascii_lowercase();
    (head, response[split + 4..].to_vec())
}

#[tokio::test]
async fn dist_is_served_precompressed_by_accept_encoding() {
    let server = Server::start(dist(), site(None, &[]));
    for file in [file::WASM, file::LOADER, file::STYLESHEET, file::SNIPPET].map(served) {
        let file = file.as_str();
        let raw = std::fs::read(dist().join(file)).unwrap();
        let path = format!("{DIST}{file}");
        for (accept, encoding, suffix) in [
            ("gzip, deflate, br", Some("br"), ".br"),
            ("gzip", Some("gzip"), ".gz"),
            ("identity", None, ""),
        ] {
            let (head, body) = get(&server, &path, accept);
            let expected = std::fs::read(dist().join(format!("{file}{suffix}"))).unwrap();
            assert_eq!(body, expected, "{file} for {accept}");
            match encoding {
                Some(name) => assert!(
                    head.contains(&format!("content-encoding: {name}")),
                    "{file} for {accept}: {head}"
                ),
                None => assert!(!head.contains("content-encoding"), "{head}"),
            }
            assert!(head.contains("vary: accept-encoding"), "{head}");
        }
        let mut gunzipped = Vec::new();
        std::io::Read::read_to_end(
            &mut flate2::read::GzDecoder::new(
                &std::fs::read(dist().join(format!("{file}.gz"))).unwrap()[..],
            ),
            &mut gunzipped,
        )
        .unwrap();
        assert_eq!(gunzipped, raw, "{file}.gz is the file");
    }

    // Chromium asks for brotli, gets it, and decodes it to the file.
    let pages = [(
        "world.html",
        page("lang=\"en\"", "", "<news-card></news-card>"),
    )];
    let (browser, _server) = open(Launch::default(), site(None, &pages), "world.html", 1).await;
    let wasm = browser
        .eval(
            "(() => { const e = performance.getEntriesByType('resource')
                .find((e) => e.name.endsWith('.wasm'));
              return [e.encodedBodySize, e.decodedBodySize]; })()",
        )
        .await;
    let wasm_file = served(file::WASM);
    let brotli = std::fs::metadata(dist().join(format!("{wasm_file}.br")))
        .unwrap()
        .len();
    let raw = std::fs::metadata(dist().join(&wasm_file)).unwrap().len();
    assert_eq!(wasm, json!([brotli, raw]));
}
