//! The start-up under stress: the demo page loaded many times, on a broadband and a slow
//! profile, with the wasm arriving at a random moment and the reader's clicks and arrow keys
//! landing at random moments around it, all drawn from a fixed seed so that a failure can be
//! replayed (`STRESS_SEED`). After each load: the card shows the article picked last with
//! focus on its tab, the page heard one `news-card-change` for each pick that changed the
//! article, and a click after `ready` lands.
//!
//! `STRESS_LOADS` sets the loads per profile of each test (the test command runs 4, a few
//! seconds per engine; `./scripts/bench.sh` runs 250). The profiles are emulated through the DevTools
//! protocol, in Chromium; the other engines load at the speed of the loopback, where the
//! random moments of the wasm and of the reader still fall all around the hand-off.

use std::time::Duration;

use crate::common::page::{
    dist, selected_tab, served, Browser, Engine, Launch, Server, Site, FIRST_CARD_HAS_TABS,
};
use news_card::{
    articles,
    contract::{file, TAG},
};
use serde_json::{json, Value};

/// A classic script the stress page runs before the loader: once the element is defined, it
/// makes 3 to 7 picks at random moments of the next 900 ms (a click on a random tab, focused
/// first as a pointer does, or ←, →, Home or End on the focused tab), keeping its own account
/// of which article each pick shows. Once the card is ready it checks the card against that
/// account, then clicks once more.
const READER: &str = r#"
(() => {
  const seed = Number(new URLSearchParams(location.search).get('seed'));
  // mulberry32: a small seeded generator, so that a load can be replayed.
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const s = (window.stress = { picks: [], changes: 0, done: null });
  document.addEventListener('news-card-change', () => { s.changes += 1; });
  const keys = ['ArrowLeft', 'ArrowRight', 'Home', 'End'];
  customElements.whenDefined('news-card').then(async () => {
    const card = document.querySelector('news-card');
    const tabs = () => [...card.shadowRoot.querySelectorAll('[role=tab]')];
    const count = tabs().length;
    let shown = 0;
    let changed = 0;
    const moves = 3 + Math.floor(random() * 5);
    const times = Array.from({ length: moves }, () => random() * 900).sort((a, b) => a - b);
    const start = performance.now();
    for (const at of times) {
      await new Promise((r) => setTimeout(r, Math.max(0, at - (performance.now() - start))));
      let next;
      if (random() < 0.5) {
        next = Math.floor(random() * count);
        tabs()[next].focus();
        tabs()[next].click();
        s.picks.push(`click ${next}`);
      } else {
        const key = keys[Math.floor(random() * keys.length)];
        next = { ArrowLeft: (shown + count - 1) % count, ArrowRight: (shown + 1) % count,
                 Home: 0, End: count - 1 }[key];
        tabs()[shown].dispatchEvent(new KeyboardEvent('keydown',
          { key, bubbles: true, composed: true, cancelable: true }));
        s.picks.push(`${key} ${next}`);
      }
      if (next !== shown) changed += 1;
      shown = next;
    }
    await card.ready;
    const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 20)));
    await settle();
    // The card hears of a pick once the frame that shows it is painted, and the page of the
    // card: on a busy machine that may be a few tasks later.
    const until = performance.now() + 2000;
    while (s.changes < changed && performance.now() < until) await settle();
    const selected = tabs().findIndex((t) => t.getAttribute('aria-selected') === 'true');
    const focused = tabs().indexOf(card.shadowRoot.activeElement);
    const result = { shown, selected, focused, changed, changes: s.changes };
    const after = (shown + 1) % count;
    tabs()[after].click();
    await settle();
    result.after = tabs()[after].getAttribute('aria-selected') === 'true';
    s.done = result;
  });
})();
"#;

/// The network and CPU a profile emulates.
#[derive(Clone, Copy)]
struct Profile {
    name: &'static str,
    latency_ms: u32,
    bytes_per_s: u32,
    cpu_slowdown: u32,
}

/// The profiles Chromium emulates.
const PROFILES: [Profile; 2] = [
    Profile {
        name: "broadband",
        latency_ms: 20,
        bytes_per_s: 20_000_000 / 8,
        cpu_slowdown: 1,
    },
    Profile {
        name: "slow",
        latency_ms: 150,
        bytes_per_s: 1_600_000 / 8,
        cpu_slowdown: 4,
    },
];

/// No emulation: what an engine without the DevTools protocol gets.
const LOOPBACK: Profile = Profile {
    name: "loopback",
    latency_ms: 0,
    bytes_per_s: 0,
    cpu_slowdown: 1,
};

/// The profiles the running engine can emulate.
fn profiles() -> &'static [Profile] {
    if Engine::current() == Engine::Chromium {
        &PROFILES
    } else {
        std::slice::from_ref(&LOOPBACK)
    }
}

/// Sets `profile`'s network and CPU, where the engine can emulate them (Chromium).
async fn emulate(browser: &Browser, profile: &Profile) {
    if Engine::current() != Engine::Chromium {
        return;
    }
    browser
        .throttle(
            profile.latency_ms,
            profile.bytes_per_s,
            profile.bytes_per_s,
            profile.cpu_slowdown,
        )
        .await;
    browser
        .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
}

/// A small seeded generator (xorshift64*), for the wasm's delay on a load.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[tokio::test]
async fn no_pick_is_lost_while_the_card_starts() {
    assert!(articles().len() >= 2, "picks need two articles or more");
    let loads = env_number("STRESS_LOADS", 4);
    let seed = env_number("STRESS_SEED", 20_261_201);
    let page = std::fs::read_to_string(dist().join("index.html"))
        .unwrap()
        .replacen("<head>", "<head><script src=\"reader.js\"></script>", 1);
    let mut site = Site::default();
    site.pages.insert("/stress.html".into(), page);
    site.pages.insert("/reader.js".into(), READER.to_owned());
    let delays = site.varying_delays.clone();
    let wasm = format!("/{}", served(file::WASM));
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    let (mut failures, mut picks, mut runs) = (Vec::new(), 0, 0);
    for profile in profiles() {
        emulate(&browser, profile).await;
        for load in 0..loads {
            let load_seed = seed + runs;
            runs += 1;
            let delay = Duration::from_millis(Rng(load_seed | 1).below(700));
            delays.lock().unwrap().insert(wasm.clone(), delay);
            browser
                .navigate(&server.url(&format!("/stress.html?seed={load_seed}")))
                .await;
            browser.wait_for("window.stress?.done != null").await;
            let result = browser.eval("window.stress").await;
            let done = &result["done"];
            picks += result["picks"].as_array().map_or(0, Vec::len);
            let shown = &done["shown"];
            let ok = done["selected"] == *shown
                && done["focused"] == *shown
                && done["changes"] == done["changed"]
                && done["after"] == Value::Bool(true);
            if !ok {
                failures.push(format!(
                    "{} load {load} (STRESS_SEED={load_seed}, wasm held {delay:?}): {result}",
                    profile.name
                ));
            }
        }
    }
    emulate(&browser, &LOOPBACK).await;
    println!(
        "stress: {runs} loads, {picks} picks, {} failed",
        failures.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A classic script the page runs before the loader: the reader of a slow device clicks the
/// second tab every 50 ms until it shows, then the first tab once; when the first shows, the
/// page awaits `ready` and clicks the second tab at once. That last click must land. The
/// device is slower still than the profile makes it: `Date.now`, by which the card's scheduler
/// hands the browser a turn once a frame's time is spent, moves on 20 ms at every call, so that
/// every step of the card's work can be cut in two by the reader.
const AFTER_READY: &str = r#"
(() => {
  const now = Date.now.bind(Date);
  let later = 0;
  Date.now = () => now() + (later += 20);
  const s = (window.afterReady = { done: null, clicks: 0 });
  const pause = (ms) => new Promise((r) => setTimeout(r, ms));
  customElements.whenDefined('news-card').then(async () => {
    const card = document.querySelector('news-card');
    const tabs = () => [...card.shadowRoot.querySelectorAll('[role=tab]')];
    const shown = () => tabs().findIndex((t) => t.getAttribute('aria-selected') === 'true');
    while (shown() !== 1) {
      tabs()[1].click();
      s.clicks += 1;
      await pause(50);
    }
    tabs()[0].click();
    while (shown() !== 0) await pause(5);
    await card.ready;
    tabs()[1].click();
    const clicked = performance.now();
    while (shown() !== 1 && performance.now() - clicked < 3000) await pause(10);
    s.done = { landed: shown() === 1, after: Math.round(performance.now() - clicked) };
  });
})();
"#;

#[tokio::test]
async fn a_click_right_after_ready_lands_on_a_slow_device() {
    assert!(articles().len() >= 2, "picks need two articles or more");
    let loads = env_number("STRESS_LOADS", 4);
    let page = std::fs::read_to_string(dist().join("index.html"))
        .unwrap()
        .replacen(
            "<head>",
            "<head><script src=\"after-ready.js\"></script>",
            1,
        );
    let mut site = Site::default();
    site.pages.insert("/after-ready.html".into(), page);
    site.pages
        .insert("/after-ready.js".into(), AFTER_READY.to_owned());
    let server = Server::start(dist(), site);
    let browser = Browser::start(Launch::default()).await;
    // The slow profile where the engine can emulate it; the loopback elsewhere.
    let profile = profiles().last().copied().unwrap_or(LOOPBACK);
    emulate(&browser, &profile).await;
    let (mut lost, mut clicks) = (Vec::new(), 0);
    for load in 0..loads {
        // A new address per load: the last load's document cannot pass for this one.
        browser
            .navigate(&server.url(&format!("/after-ready.html?load={load}")))
            .await;
        browser.wait_for("window.afterReady?.done != null").await;
        let result = browser.eval("window.afterReady").await;
        clicks += result["clicks"].as_u64().unwrap_or(0) + 2;
        if result["done"]["landed"] != Value::Bool(true) {
            lost.push(format!("{} load {load}: {result}", profile.name));
        }
    }
    emulate(&browser, &LOOPBACK).await;
    println!(
        "after ready: {loads} {} loads, {clicks} clicks, {} lost",
        profile.name,
        lost.len()
    );
    assert!(lost.is_empty(), "{}", lost.join("\n"));
}

/// Real pointer clicks over WebDriver, as a reader makes them on a broadband connection: the
/// second tab every 50 ms until it shows, then the first tab once, while the wasm arrives at a
/// random moment. The card must end on the first article.
#[tokio::test]
async fn a_real_click_as_the_wasm_arrives_lands() {
    assert!(articles().len() >= 2, "picks need two articles or more");
    let loads = env_number("STRESS_LOADS", 4);
    let seed = env_number("STRESS_SEED", 20_261_201);
    let site = Site::default();
    let delays = site.varying_delays.clone();
    let wasm = format!("/{}", served(file::WASM));
    let server = Server::start(dist(), site);
    // Navigation returns before the wasm arrives, in every engine.
    let browser = Browser::start(Launch::default()).await;
    let broadband = &profiles()[0];
    emulate(
        &browser,
        &Profile {
            cpu_slowdown: 1,
            ..*broadband
        },
    )
    .await;
    let shadow = format!("document.querySelector('{TAG}').shadowRoot");
    let selected = selected_tab(&shadow);
    let mut failures = Vec::new();
    for load in 0..loads {
        let load_seed = seed + load;
        let delay = Duration::from_millis(Rng(load_seed | 1).below(300));
        delays.lock().unwrap().insert(wasm.clone(), delay);
        browser.open(&server.url("/"), FIRST_CARD_HAS_TABS).await;
        let tabs = browser.first_card_tabs().await;
        let mut clicks = 0;
        while browser.eval(&selected).await != json!(1) {
            tabs[1].click().await.unwrap();
            clicks += 1;
            assert!(clicks < 200, "the second tab never showed");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        tabs[0].click().await.unwrap();
        browser
            .wait_for(&format!(
                "document.querySelector('{TAG}').matches(':state(ready)')"
            ))
            .await;
        browser.after_next_paint().await;
        let now = browser.eval(&selected).await;
        if now != json!(0) {
            failures.push(format!(
                "load {load} (STRESS_SEED={load_seed}, wasm held {delay:?}, {clicks} clicks): \
                 the card shows article {now}"
            ));
        }
    }
    emulate(&browser, &LOOPBACK).await;
    println!("real clicks: {loads} loads, {} failed", failures.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
