//! Page-level tests of the card's start-up against the built `dist/`: a card removed in any
//! state of the start-up is freed, a browser one release behind gets a working card (or, when
//! it lacks what the card cannot do without, a readable one and an error event), the loader
//! and the card answer the tabs pattern's keys from one table, and `ARCHITECTURE.md`'s
//! state table is the one the loader runs. Older browsers are in `startup/older.rs`.
//!
//! What to expect comes from the contract and the parsed content, never from hard-coded text.

use crate::common::page::{chromium_only, once};
use std::time::Duration;

use crate::common::{
    keys::{tab_key_cases, KeyCase},
    page::{dist, pages, root, served, Browser, Launch, Page, Server, Site},
};
use news_card::{
    articles,
    contract::{file, startup, TAG},
};
use serde_json::{json, Value};

mod older;

/// A page with `before` (a classic script run before the loader), the loader, and `body`.
fn page(before: &str, body: &str) -> String {
    let head = format!(
        "<script>{before}</script>{}",
        pages::loader(file::LOADER, "")
    );
    Page {
        title: "Start-up",
        head: &head,
        body,
        ..Page::default()
    }
    .html()
}

/// The publisher snippet of `dist/`.
fn snippet() -> String {
    std::fs::read_to_string(dist().join(file::SNIPPET)).unwrap()
}

/// A site serving `dist/` with the probe and `pages` by path.
fn site(pages: &[(&str, String)]) -> Site {
    pages::site(pages.iter().map(|(path, html)| (*path, html.clone())))
}

/// JavaScript: a function that makes a new card: prerendered (the snippet's shadow root,
/// copied as a declarative one would be) or bare, with `attributes`.
const MAKE_CARD: &str = r#"(() => {
window.makeCard = (prerendered, attributes = {}) => {
  const card = document.createElement('news-card');
  for (const [name, value] of Object.entries(attributes)) card.setAttribute(name, value);
  if (prerendered) {
    // The snippet's declarative shadow root, attached by the parser or still a template.
    const source = document.querySelector('#snippet').content.querySelector('news-card');
    const markup = source.shadowRoot ?? source.querySelector('template').content;
    card.attachShadow({ mode: 'open' })
      .append(...[...markup.childNodes].map((node) => node.cloneNode(true)));
  }
  return card;
};
window.settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
return true;
})()"#;

/// The page's DOM nodes and JavaScript event listeners once garbage has been collected and
/// the counts have settled (a removed card's teardown can take a moment).
async fn settled_counters(browser: &Browser) -> (i64, i64) {
    let last = browser.settled_dom_counters().await;
    (
        last["nodes"].as_i64().unwrap(),
        last["jsEventListeners"].as_i64().unwrap(),
    )
}

/// Runs `cycles` (JavaScript evaluating to a promise of `true`, given `n`) 10 times, then 60
/// more, and checks that the page's nodes and listeners did not grow with them: a card that
/// is not freed leaves dozens of nodes and a few listeners behind each time.
async fn assert_no_growth(browser: &Browser, state: &str, cycles: &str) {
    browser.eval(&format!("({cycles})(10)")).await;
    let before = settled_counters(browser).await;
    assert_eq!(
        browser.eval(&format!("({cycles})(60)")).await,
        json!(true),
        "{state}: the cycles ran"
    );
    let after = settled_counters(browser).await;
    println!(
        "{state}: 60 cards removed: nodes {:+}, listeners {:+}",
        after.0 - before.0,
        after.1 - before.1
    );
    assert!(
        after.0 - before.0 <= 20 && after.1 - before.1 <= 4,
        "{state}: 60 cards removed left (nodes, listeners) at {before:?} → {after:?}"
    );
}

/// Chromium only: the DOM counters and the garbage collection come from the DevTools
/// protocol, which no other engine offers over WebDriver.
#[tokio::test]
async fn a_card_removed_in_any_state_of_its_start_up_is_freed() {
    if chromium_only("DOM counters and garbage collection (DevTools)") {
        return;
    }
    let snippet_holder = format!("<template id=\"snippet\">{}</template>", snippet());
    let holders = format!(
        "{snippet_holder}<div id=\"near\"></div><div style=\"height: 20000px\"></div><div id=\"far\"></div>"
    );
    let mut site = site(&[("/startup.html", page("", &holders))]);
    // Cards added while the wasm is held back are removed before it arrives.
    let wasm = format!("/{}", served(file::WASM));
    site.delays
        .insert(wasm.clone(), Duration::from_millis(3000));
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url("/startup.html"),
            "document.readyState === 'complete'",
        )
        .await;
    browser.eval(MAKE_CARD).await;

    // Loading: removed before the wasm has arrived, prerendered or bare. The loader must not
    // mount them when it arrives; the sentinel shows it has.
    let baseline = settled_counters(&browser).await;
    let loading = browser
        .eval(
            "(async () => {
               for (let i = 0; i < 60; i++) {
                 const card = makeCard(i % 2 === 0);
                 near.append(card);
                 for (let k = 0; k < i % 4; k++) await Promise.resolve();
                 card.remove();
               }
               const sentinel = makeCard(false);
               near.append(sentinel);
               await sentinel.ready;
               sentinel.remove();
               await settle();
               return readied.length;
             })()",
        )
        .await;
    assert_eq!(loading, json!(1), "only the sentinel ran");
    let after = settled_counters(&browser).await;
    println!(
        "loading: 60 cards removed: nodes {:+}, listeners {:+}",
        after.0 - baseline.0,
        after.1 - baseline.1
    );
    assert!(
        after.0 - baseline.0 <= 20 && after.1 - baseline.1 <= 4,
        "loading: 60 cards removed left (nodes, listeners) at {baseline:?} → {after:?}"
    );

    // Starting: prerendered cards removed a few microtasks after they connect (before the
    // wasm has mounted them, while it hydrates, or once it has), and bare ones as soon as
    // their tabs have rendered, before their stylesheet has loaded.
    assert_no_growth(
        &browser,
        "hydrating",
        "async (n) => {
           for (let i = 0; i < n; i++) {
             const card = makeCard(true);
             near.append(card);
             for (let k = 0; k < i % 8; k++) await Promise.resolve();
             card.remove();
             await settle();
           }
           return true;
         }",
    )
    .await;
    assert_no_growth(
        &browser,
        "rendered, not ready",
        "async (n) => {
           for (let i = 0; i < n; i++) {
             const card = makeCard(false);
             near.append(card);
             // The card renders in microtasks, its stylesheet loads in a task: waiting in
             // microtasks catches it rendered and not yet ready.
             for (let k = 0; k < 100000 && !card.shadowRoot?.querySelector('[role=tab]'); k++) {
               await Promise.resolve();
             }
             while (!card.shadowRoot?.querySelector('[role=tab]')) await new Promise(setTimeout);
             if (!card.matches(':state(ready)')) window.caught = (window.caught ?? 0) + 1;
             card.remove();
           }
           await settle();
           return true;
         }",
    )
    .await;

    let caught = browser.eval("window.caught ?? 0").await;
    assert!(
        caught.as_u64().unwrap_or(0) >= 35,
        "most bare cards were removed rendered and not ready: {caught} of 70"
    );

    // Waiting, with a placeholder showing: a bare lazy card far below the screen.
    assert_no_growth(
        &browser,
        "placeholder",
        "async (n) => {
           for (let i = 0; i < n; i++) {
             const card = makeCard(false, { loading: 'lazy' });
             far.append(card);
             while (!card.shadowRoot?.querySelector('[role=tabpanel]')) await new Promise(setTimeout);
             card.remove();
           }
           await settle();
           return true;
         }",
    )
    .await;

    // Running: removed once ready.
    assert_no_growth(
        &browser,
        "running",
        "async (n) => {
           for (let i = 0; i < n; i++) {
             const card = makeCard(i % 2 === 0);
             near.append(card);
             await card.ready;
             card.remove();
             await settle();
           }
           return true;
         }",
    )
    .await;
    assert_eq!(browser.eval("uncaught").await, json!([]));
}

/// Chromium only, as above.
#[tokio::test]
async fn a_failed_card_removed_is_freed() {
    if chromium_only("DOM counters and garbage collection (DevTools)") {
        return;
    }
    let body = format!(
        "<template id=\"snippet\">{}</template><div id=\"near\"></div>",
        snippet()
    );
    let mut site = site(&[("/failing.html", page("", &body))]);
    // A wasm that is not one: every card fails to start.
    site.pages
        .insert(format!("/{}", served(file::WASM)), "not wasm".to_owned());
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url("/failing.html"),
            "document.readyState === 'complete'",
        )
        .await;
    browser.eval(MAKE_CARD).await;
    assert_no_growth(
        &browser,
        "failed",
        "async (n) => {
           for (let i = 0; i < n; i++) {
             const card = makeCard(i % 2 === 0);
             near.append(card);
             await card.ready.catch(() => {});
             if (!card.matches(':state(failed)')) return 'not failed';
             card.remove();
           }
           await settle();
           return true;
         }",
    )
    .await;
    assert_eq!(browser.eval("uncaught").await, json!([]));
}

#[tokio::test]
async fn a_card_moved_or_inserted_again_starts_and_works() {
    let body = format!(
        "<template id=\"snippet\">{}</template><div id=\"a\"></div><div id=\"b\"></div>",
        snippet()
    );
    let server = Server::start(dist(), site(&[("/moved.html", page("", &body))]));
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url("/moved.html"),
            "document.readyState === 'complete'",
        )
        .await;
    browser.eval(MAKE_CARD).await;
    let last = articles().len() - 1;
    let works = browser
        .eval(&format!(
            "(async () => {{
               const results = [];
               for (const prerendered of [true, false]) {{
                 const card = makeCard(prerendered);
                 a.append(card);
                 await card.ready;
                 b.append(card);  // moved: keeps its card
                 await settle();
                 card.remove();
                 await settle();
                 a.append(card);  // inserted again: starts again
                 await new Promise((r) => card.addEventListener('news-card-ready', r, {{ once: true }}));
                 card.shadowRoot.querySelectorAll('[role=tab]')[{last}].click();
                 await settle();
                 results.push(card.article === {slug} && card.matches(':state(ready)')
                   && card.shadowRoot.querySelectorAll('[role=tablist]').length === 1);
                 card.remove();
               }}
               return results;
             }})()",
            slug = json!(articles()[last].slug),
        ))
        .await;
    assert_eq!(works, json!([true, true]));
    assert_eq!(browser.eval("uncaught").await, json!([]));
}

/// Runs every case of the tabs pattern's keys (`common::keys`) through the element on the two
/// cards of the page (left to right, and right to left by the element's `dir`); the answers
/// in the same order: the selected tab after the key, `null` for a key left to the page, `-1`
/// for one left to the page that moved the selection anyway.
async fn answer_key_cases(browser: &Browser, cases: &[KeyCase]) -> Value {
    let input: Vec<Value> = cases
        .iter()
        .map(|c| json!([c.key, c.rtl, c.current, c.modifier]))
        .collect();
    browser
        .eval(&format!(
            "{input}.map(([key, rtl, current, modifier]) => {{
               const shadow = document.querySelectorAll('{TAG}')[rtl ? 1 : 0].shadowRoot;
               const tabs = [...shadow.querySelectorAll('[role=tab]')];
               tabs[current].click();
               const init = {{ key, bubbles: true, composed: true, cancelable: true }};
               if (modifier) init[modifier] = true;
               const event = new KeyboardEvent('keydown', init);
               tabs[current].dispatchEvent(event);
               const now = tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
               return event.defaultPrevented ? now : (now === current ? null : -1);
             }})",
            input = json!(input)
        ))
        .await
}

/// Every key case of the tabs pattern, answered by the element: on the prerendered card while
/// the wasm is held back, and again once the card runs (the same element, the same table).
#[tokio::test]
async fn the_element_answers_every_key_case_before_and_after_the_wasm() {
    let count = articles().len();
    let rtl_snippet = snippet().replacen(&format!("<{TAG}>"), &format!("<{TAG} dir=\"rtl\">"), 1);
    let body = format!("{}{rtl_snippet}", snippet());
    let mut site = site(&[("/keys.html", page("", &body))]);
    site.held.push(format!("/{}", served(file::WASM)));
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    browser
        .open(
            &server.url("/keys.html"),
            &format!(
                "!!customElements.get('{TAG}') && document.querySelectorAll('{TAG}').length === 2"
            ),
        )
        .await;
    let cases = tab_key_cases(count);
    let expected: Vec<Option<usize>> = cases.iter().map(|c| c.expected).collect();
    let ready =
        format!("[...document.querySelectorAll('{TAG}')].every((c) => c.matches(':state(ready)'))");
    let before = answer_key_cases(&browser, &cases).await;
    assert_eq!(
        browser.eval(&ready).await,
        json!(false),
        "the wasm is held back"
    );
    assert_eq!(before, json!(expected), "before the wasm: {cases:?}");
    server.release();
    browser.wait_for(&ready).await;
    let after = answer_key_cases(&browser, &cases).await;
    assert_eq!(after, json!(expected), "once the card runs: {cases:?}");
}

/// The rows of the start-up table in `ARCHITECTURE.md`: `| from | event | to |`.
fn architecture_table() -> Vec<(Vec<String>, String, String)> {
    let text = std::fs::read_to_string(root().join("ARCHITECTURE.md")).unwrap();
    let start = text
        .find("| from | event | to |")
        .expect("ARCHITECTURE.md has the start-up table");
    text[start..]
        .lines()
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .map(|line| {
            let cells: Vec<String> = line
                .trim_matches('|')
                .split('|')
                .map(|cell| cell.trim().replace('`', ""))
                .collect();
            let from = cells[0].split(',').map(|s| s.trim().to_owned()).collect();
            (from, cells[1].clone(), cells[2].clone())
        })
        .collect()
}

#[test]
fn the_architecture_state_table_is_the_one_the_loader_runs() {
    if once() {
        return;
    }
    let documented = architecture_table();
    let contract: Vec<(Vec<String>, String, String)> = startup::TRANSITIONS
        .iter()
        .map(|t| {
            (
                t.from.iter().map(|s| (*s).to_owned()).collect(),
                t.event.to_owned(),
                t.to.to_owned(),
            )
        })
        .collect();
    assert_eq!(documented, contract);
    // Every state is reached and every one but the first is left or final by design.
    for state in startup::STATES {
        let named = documented
            .iter()
            .any(|(from, _, to)| from.iter().any(|f| f == state) || to == state);
        assert!(named, "{state} is in the table");
    }
}
