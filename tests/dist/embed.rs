//! Page-level tests of the embed contract against the built `dist/`: `<news-card>` on host
//! pages with hostile CSS, theming, the change event, deep links, a strict CSP, cards added and
//! removed later, `dist/` served under another path, and axe-core on a host page.

use crate::common::page::{
    click_tab, dist, pages, selected_tab, Browser, Launch, Page, Server, Site,
};
use crate::STRICT_CSP;
use news_card::articles;
use serde_json::{json, Value};

/// CSS a careless or hostile host page might have.
const HOSTILE: &str = r#"
* { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS", cursive !important;
    letter-spacing: 7px !important; text-transform: uppercase !important; }
p { display: none !important; }
[hidden] { display: block !important; }
div, section { border: 9px solid lime !important; padding: 40px !important; }
button { background: rgb(255, 0, 0) !important; }
"#;

/// The theme a host page gives its second card only.
const THEME: &str = r#"
#second { --news-card-accent: rgb(200, 0, 100); --news-card-background: rgb(250, 240, 230);
  --news-card-text: rgb(30, 20, 10); --news-card-muted: rgb(80, 50, 30);
  --news-card-tab-background: rgb(240, 225, 210); }
#second::part(headline) { color: rgb(1, 2, 3); }
"#;

/// JavaScript: card `i`'s shadow root.
fn card(i: usize) -> String {
    format!("document.querySelectorAll('news-card')[{i}].shadowRoot")
}

/// JavaScript: the index of card `i`'s selected tab.
fn selected(i: usize) -> String {
    selected_tab(&card(i))
}

/// JavaScript: click tab `tab` of card `i`.
fn click(i: usize, tab: usize) -> String {
    click_tab(&card(i), tab)
}

/// JavaScript: whether the element is defined (so that it answers the reader: a script click
/// on a prerendered tab before that is no reader's, and nothing answers it) and `n` cards have
/// rendered their tabs and been revealed.
fn rendered(n: usize) -> String {
    format!(
        "!!customElements.get('news-card') && document.querySelectorAll('news-card').length === {n}
           && [...document.querySelectorAll('news-card')]
           .every(c => c.shadowRoot?.querySelectorAll('[role=tab]').length === {}
             && !c.shadowRoot.querySelector('div').hidden)",
        articles().len()
    )
}

/// A host page that loads the probe, `css` and the loader from `loader`, around `body`, with a
/// look-alike of the card's markup in the page's own.
fn host_page(css: &str, loader: &str, body: &str) -> String {
    let head = format!(
        "<link rel=\"stylesheet\" href=\"/host.css\" data-css=\"{}\">{}",
        css.len(),
        pages::loader(loader, "")
    );
    let body = format!("{body}\n<div class=\"news-card\" id=\"lookalike\">Not a card</div>");
    Page {
        title: "Host page",
        head: &head,
        body: &body,
        ..Page::default()
    }
    .html()
}

/// A site with the host page at `/host.html` (two cards, `first` and `second`) and `css`.
fn site(css: &str, csp: Option<&str>) -> Site {
    let body = r#"<news-card id="first"></news-card><p>Between the cards.</p><news-card id="second"></news-card>"#;
    Site {
        csp: csp.map(str::to_owned),
        ..pages::site([
            ("/host.html", host_page(css, "/news-card.js", body)),
            ("/host.css", css.to_owned()),
        ])
    }
}

async fn open(site: Site, path: &str, cards: usize) -> (Browser, Server) {
    open_in("light", site, path, cards).await
}

/// `open` on a system whose colour scheme is `scheme` (`light` or `dark`).
async fn open_in(scheme: &str, site: Site, path: &str, cards: usize) -> (Browser, Server) {
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::in_scheme(scheme)).await;
    browser.open(&server.url(path), &rendered(cards)).await;
    (browser, server)
}

async fn style(browser: &Browser, element: &str, property: &str) -> Value {
    browser
        .eval(&format!(
            "getComputedStyle({element}).getPropertyValue('{property}')"
        ))
        .await
}

#[tokio::test]
async fn hostile_page_css_changes_neither_card() {
    let (browser, _server) = open(site(HOSTILE, None), "/host.html", 2).await;
    assert_eq!(
        style(&browser, "document.querySelector('main > p')", "display").await,
        json!("none"),
        "the hostile CSS is in force on the page"
    );
    for i in 0..2 {
        let root = card(i);
        let paragraphs = browser
            .eval(&format!(
                "{root}.querySelectorAll('[role=tabpanel]:not([hidden]) p').length"
            ))
            .await;
        assert_eq!(
            paragraphs,
            json!(articles()[0].paragraphs.len()),
            "card {i} shows the whole first article"
        );
        let p = format!("{root}.querySelector('[role=tabpanel] p')");
        assert_eq!(style(&browser, &p, "display").await, json!("block"));
        assert_eq!(style(&browser, &p, "color").await, json!("rgb(27, 27, 31)"));
        assert_eq!(style(&browser, &p, "letter-spacing").await, json!("normal"));
        assert_eq!(style(&browser, &p, "text-transform").await, json!("none"));
        let hidden = format!("{root}.querySelector('[role=tabpanel][hidden]')");
        assert_eq!(style(&browser, &hidden, "display").await, json!("none"));
        let tab = format!("{root}.querySelector('[role=tab]')");
        assert_ne!(
            style(&browser, &tab, "background-color").await,
            json!("rgb(255, 0, 0)")
        );
        let panel = format!("{root}.querySelector('[role=tabpanel]')");
        assert_ne!(
            style(&browser, &panel, "border-top-width").await,
            json!("9px")
        );
    }
    browser.eval(&click(1, 1)).await;
    assert_eq!(
        browser.eval(&selected(0)).await,
        json!(0),
        "selections are independent"
    );
    assert_eq!(browser.eval(&selected(1)).await, json!(1));
}

#[tokio::test]
async fn the_card_css_does_not_leak_into_the_page() {
    let (browser, _server) = open(site("", None), "/host.html", 2).await;
    let lookalike = "document.getElementById('lookalike')";
    assert_eq!(
        style(&browser, lookalike, "border-top-width").await,
        json!("0px")
    );
    assert_eq!(
        style(&browser, lookalike, "border-top-left-radius").await,
        json!("0px")
    );
}

#[tokio::test]
async fn custom_properties_and_parts_theme_one_card_only() {
    let (browser, _server) = open(site(THEME, None), "/host.html", 2).await;
    let expectations = [
        ("rgb(11, 87, 208)", "rgb(255, 255, 255)", "rgb(27, 27, 31)"),
        ("rgb(200, 0, 100)", "rgb(250, 240, 230)", "rgb(1, 2, 3)"),
    ];
    for (i, (accent, background, headline)) in expectations.into_iter().enumerate() {
        let root = card(i);
        let tab = format!("{root}.querySelector('[role=tab][aria-selected=true]')");
        assert_eq!(
            style(&browser, &tab, "border-bottom-color").await,
            json!(accent),
            "card {i}"
        );
        let block = format!("{root}.querySelector('.news-card')");
        assert_eq!(
            style(&browser, &block, "background-color").await,
            json!(background)
        );
        let h2 = format!("{root}.querySelector('[part=headline]')");
        assert_eq!(
            style(&browser, &h2, "color").await,
            json!(headline),
            "card {i}"
        );
    }
    for part in [
        "card", "tablist", "tab", "panel", "headline", "caption", "credit", "body",
    ] {
        let found = browser
            .eval(&format!("!!{}.querySelector('[part~={part}]')", card(0)))
            .await;
        assert_eq!(found, json!(true), "part {part}");
    }
}

#[tokio::test]
async fn news_card_change_reaches_the_document_with_its_detail() {
    let (browser, _server) = open(site("", None), "/host.html", 2).await;
    assert_eq!(
        browser.eval("changes.length").await,
        json!(0),
        "none on load"
    );
    browser.eval(&click(1, 1)).await;
    browser.wait_for("changes.length === 1").await;
    let change = browser.eval("changeEvents[0]").await;
    assert_eq!(change["card"], json!("second"));
    assert_eq!(change["detail"]["index"], json!(1));
    assert_eq!(change["detail"]["headline"], json!(articles()[1].headline));
    assert_eq!(change["bubbles"], json!(true));
    assert_eq!(change["composed"], json!(true));
}

/// JavaScript: a promise of `true` once the page's scroll position has stopped moving (the same
/// two frames apart), as after a smooth scroll.
const SCROLL_SETTLED: &str = "new Promise((settled) => {
  let last = -1;
  const check = () => {
    if (scrollY === last) settled(true);
    else {
      last = scrollY;
      requestAnimationFrame(() => requestAnimationFrame(check));
    }
  };
  check();
})";

#[tokio::test]
async fn deep_links_select_on_load_follow_clicks_and_hashchange() {
    let server = Server::start(dist(), site("", None));
    let browser = Browser::start(Launch::default()).await;
    let last = articles().len() - 1;
    let (first_slug, last_slug) = (articles()[0].slug, articles()[last].slug);
    browser
        .open(
            &server.url(&format!("/host.html#second-{last_slug}")),
            &rendered(2),
        )
        .await;
    browser
        .wait_for(&format!("{} === {last}", selected(1)))
        .await;
    assert_eq!(
        browser.eval(&selected(0)).await,
        json!(0),
        "only the named card"
    );

    // The link on load brings its card into view (if the page can scroll to it); once there,
    // nothing the reader does scrolls the page.
    browser.eval(SCROLL_SETTLED).await;
    let history = browser.eval("history.length").await;
    let scroll = browser.eval("scrollY").await;
    browser.eval(&click(0, last)).await;
    browser
        .wait_for(&format!("{} === {last}", selected(0)))
        .await;
    browser.after_next_paint().await;
    assert_eq!(
        browser.eval("location.hash").await,
        json!(format!("#second-{last_slug}")),
        "a fragment naming another card's panel is that card's, and stays"
    );
    browser.eval(&click(1, 0)).await;
    browser
        .wait_for(&format!("location.hash === '#second-{first_slug}'"))
        .await;
    assert_eq!(
        browser.eval("history.length").await,
        history,
        "no history entries"
    );
    assert_eq!(browser.eval("scrollY").await, scroll, "no scroll jump");

    browser
        .eval(&format!("(location.hash = 'second-{last_slug}') && true"))
        .await;
    browser
        .wait_for(&format!("{} === {last}", selected(1)))
        .await;
    browser.assert_unique_ids("[role=tabpanel]").await;
}

/// Checks that the first card on the open page is interactive and styled, and that the console
/// reports nothing: a refused load, style or script is reported there as an error.
async fn assert_interactive_styled_and_quiet(browser: &Browser) {
    browser.eval(&click(0, 1)).await;
    browser.wait_for(&format!("{} === 1", selected(0))).await;
    let tablist = format!("{}.querySelector('[role=tablist]')", card(0));
    assert_eq!(
        style(browser, &tablist, "display").await,
        json!("flex"),
        "styled"
    );
    let noisy = browser.console_problems(true).await;
    assert!(noisy.is_empty(), "{noisy:#?}");
}

#[tokio::test]
async fn a_strict_csp_host_page_works_styled_with_no_violation() {
    let (browser, _server) = open(site(THEME, Some(STRICT_CSP)), "/host.html", 2).await;
    assert_interactive_styled_and_quiet(&browser).await;
    assert_eq!(browser.eval("violations").await, json!([]));
}

#[tokio::test]
async fn the_demo_page_works_under_the_strict_csp() {
    let site = Site {
        csp: Some(STRICT_CSP.into()),
        ..Site::default()
    };
    let (browser, _server) = open(site, "/", 1).await;
    assert_interactive_styled_and_quiet(&browser).await;
}

#[tokio::test]
async fn cards_added_and_removed_after_load_mount_and_unmount() {
    let (browser, _server) = open(site("", None), "/host.html", 2).await;
    browser
        .eval(
            "(window.late = document.createElement('news-card'), document.body.append(late), true)",
        )
        .await;
    browser.wait_for(&rendered(3)).await;
    browser.eval(&click(2, 1)).await;
    browser.wait_for(&format!("{} === 1", selected(2))).await;
    assert_eq!(browser.eval(&selected(0)).await, json!(0));

    browser.eval("late.remove() ?? true").await;
    browser
        .wait_for("late.shadowRoot.querySelectorAll('[role=tab]').length === 0")
        .await;
    browser.eval("document.body.append(late) ?? true").await;
    browser.wait_for(&rendered(3)).await;

    browser
        .eval("document.querySelector('#first').remove() ?? true")
        .await;
    browser.eval(&click(0, 1)).await;
    browser.wait_for(&format!("{} === 1", selected(0))).await;
    let errors = browser.console_problems(false).await;
    assert!(errors.is_empty(), "{errors:#?}");
}

#[tokio::test]
async fn dist_works_served_under_another_path() {
    let mut site = site("", Some(STRICT_CSP));
    site.prefix = "/static/widgets/v1/".into();
    let body = r#"<news-card id="first"></news-card><news-card id="second"></news-card>"#;
    site.pages.insert(
        "/host.html".into(),
        host_page("", "/static/widgets/v1/news-card.js", body),
    );
    let (browser, _server) = open(site, "/host.html", 2).await;
    let tablist = format!("{}.querySelector('[role=tablist]')", card(1));
    assert_eq!(
        style(&browser, &tablist, "display").await,
        json!("flex"),
        "styled"
    );
    assert_eq!(browser.eval("violations").await, json!([]));
}

#[tokio::test]
async fn axe_finds_no_violations_on_a_host_page() {
    for scheme in ["light", "dark"] {
        let (browser, _server) = open_in(scheme, site(THEME, None), "/host.html", 2).await;
        let violations = browser.axe_violations().await;
        assert!(violations.is_empty(), "{scheme}: {violations:#?}");
    }
}

#[tokio::test]
async fn the_example_host_page_shows_two_cards_and_reports_changes() {
    for scheme in ["light", "dark"] {
        let (browser, _server) = open_in(scheme, Site::default(), "/examples/embed.html", 2).await;
        assert_eq!(browser.eval(&selected(1)).await, json!(1), "article=\"2\"");
        browser.eval(&click(0, 1)).await;
        browser
            .wait_for(&format!(
                "document.getElementById('last-change').textContent.includes({})",
                json!(articles()[1].headline)
            ))
            .await;
        let violations = browser.axe_violations().await;
        assert!(violations.is_empty(), "{scheme}: {violations:#?}");
    }
}
