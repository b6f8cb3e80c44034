//! Publishers' styles around the card: their root font size, colour scheme, print, language and direction, inherited text styles, a narrow column.

use super::{card, open, page, shown_panels, site, snippet, style};
use crate::common::page::{chromium_only, skip_in, Engine};
use crate::common::page::{dist, root, Browser, Launch, Server};
use news_card::articles;
use serde_json::{json, Value};

#[tokio::test]
async fn a_small_root_font_size_leaves_the_card_at_the_reader_s_size() {
    if skip_in(
        &[Engine::WebKit],
        "a reader's default font size: WebKitWebDriver has no setting for it",
    ) {
        return;
    }
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
        let (browser, _server) = open(Launch::in_scheme(system), site(None, &pages), name, 1).await;
        assert_eq!(
            &browser.eval(&background).await,
            expected,
            "{name} on a {system} system"
        );
    }
}

#[tokio::test]
async fn print_is_dark_text_on_light_paper_on_a_dark_system() {
    if chromium_only("emulated print media (DevTools)") {
        return;
    }
    let dark = "<style>:root { color-scheme: dark; }</style>";
    let pages = [("world.html", page("lang=\"en\"", dark, &snippet("")))];
    let (browser, _server) = open(
        Launch::in_scheme("dark"),
        site(None, &pages),
        "world.html",
        1,
    )
    .await;
    browser.emulate_print().await;
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
        json!((0..articles().len()).collect::<Vec<_>>()),
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
async fn a_card_in_a_narrow_sidebar_keeps_its_tabs_in_one_row_inside_it() {
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
               const box = list.getBoundingClientRect();
               const tabs = [...root.querySelectorAll('[role=tab]')];
               return {{
                 list_inside: box.left >= card.left && box.right <= card.right,
                 sideways: document.documentElement.scrollWidth
                   - document.documentElement.clientWidth,
                 rows: new Set(tabs.map((t) => Math.round(t.getBoundingClientRect().top))).size,
                 tabs: tabs.map((t) => {{
                   const r = t.getBoundingClientRect();
                   return {{ big_enough: r.width >= 24 && r.height >= 24 }};
                 }}),
                 selected_in_view: (() => {{
                   const r = tabs.find((t) => t.getAttribute('aria-selected') === 'true')
                     .getBoundingClientRect();
                   return r.left >= box.left - 1 && r.right <= box.right + 1;
                 }})(),
               }};
             }})()",
            card(0)
        ))
        .await;
    // More tabs than the sidebar holds scroll sideways inside the card, in one row.
    assert_eq!(layout["list_inside"], json!(true), "{layout}");
    assert_eq!(
        layout["sideways"],
        json!(0),
        "the page does not scroll sideways: {layout}"
    );
    assert_eq!(layout["rows"], json!(1), "{layout}");
    assert_eq!(layout["selected_in_view"], json!(true), "{layout}");
    let tabs = layout["tabs"].as_array().unwrap();
    assert_eq!(tabs.len(), articles().len());
    for tab in tabs {
        assert_eq!(tab, &json!({ "big_enough": true }), "{layout}");
    }
}
