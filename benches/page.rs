//! The benchmark: the built demo page against the pages a publisher could pick instead, with
//! the same articles and card CSS (`benches/peers.rs`): a hand-written static card (the floor),
//! GitHub's `<tab-container>` and Shoelace's `<sl-tab-group>`. All are served precompressed
//! (brotli, as a CDN serves them) on 127.0.0.1 and loaded cold, interleaved, in headless
//! Chromium on two profiles: a slow phone on a slow connection, and broadband. Prints tables
//! (median and spread of several runs) and writes them to `docs/benchmark.md`. Figures only:
//! nothing here passes or fails.
//!
//! Run with `./scripts/bench.sh` (`BENCH_RUNS` sets the number of runs, default 7).

mod peers;

use std::{collections::BTreeMap, fmt::Write as _, process::Command};

use news_card::contract::mark;
use news_card_harness::{dist, root, Browser, Launch, Server, Site};
use serde_json::json;

/// Network and CPU conditions every page is loaded under.
struct Profile {
    name: &'static str,
    latency_ms: u32,
    down_bits_per_s: u32,
    up_bits_per_s: u32,
    cpu_slowdown: u32,
}

/// A slow phone on a slow connection, and broadband on a desktop.
const PROFILES: [Profile; 2] = [
    Profile {
        name: "slow",
        latency_ms: 150,
        down_bits_per_s: 1_600_000,
        up_bits_per_s: 750_000,
        cpu_slowdown: 4,
    },
    Profile {
        name: "broadband",
        latency_ms: 20,
        down_bits_per_s: 20_000_000,
        up_bits_per_s: 5_000_000,
        cpu_slowdown: 1,
    },
];

/// The pages: their names in the tables, and their paths on the peers' server (news-card's is
/// the demo page, `/` of `dist/`).
const PAGES: [(&str, &str); 4] = [
    ("news-card", "/"),
    ("static card", "/static.html"),
    ("GitHub tab-container 4.9.0", "/github.html"),
    ("Shoelace 2.20.1 sl-tab-group", "/shoelace.html"),
];

/// Installed before any page script on every navigation. It clicks the second tab every 5 ms
/// from navigation start until a click takes effect (time to interactive), waits until the
/// widget's own code runs (news-card: its wasm; `news-card-ready`), then switches tabs a few
/// times, timing each from the click to the frame that shows the new panel.
const PROBE: &str = r#"((SWITCHES) => {
  const b = (window.__bench = { fcp: null, tti: null, ready: null, shifts: [], switches: [], done: false });
  document.addEventListener('news-card-ready', () => { b.ready ??= performance.now(); });
  const running = () => new Promise((resolve) => {
    const check = () => (!document.querySelector('news-card') || b.ready !== null)
      ? resolve() : setTimeout(check, 5);
    check();
  });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) b.shifts.push([e.startTime, e.value]);
  }).observe({ type: 'layout-shift', buffered: true });
  const root = () => document.querySelector('news-card')?.shadowRoot ?? document;
  const tabs = () => root().querySelectorAll('[role=tab]');
  const shown = (i) => {
    const panel = root().querySelectorAll('[role=tabpanel]')[i];
    return tabs()[i]?.getAttribute('aria-selected') === 'true' && panel
      && getComputedStyle(panel).display !== 'none';
  };
  // Resolves after the first frame whose animation-frame callback sees panel `i` shown: that
  // frame paints it, and the timeout runs once it has.
  const painted = (i) => new Promise((resolve) => {
    const check = () => (shown(i) ? setTimeout(resolve, 0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
  const switches = async () => {
    for (let k = 0; k < SWITCHES; k++) {
      const target = k % 2 === 0 ? 0 : 1;
      const start = performance.now();
      tabs()[target].click();
      await painted(target);
      b.switches.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 50));
    }
    b.done = true;
  };
  const poll = () => {
    const tab = tabs()[1];
    if (tab) {
      const at = performance.now();
      tab.click();
      if (shown(1)) { b.tti = at; running().then(switches); return; }
    }
    setTimeout(poll, 5);
  };
  poll();
})(10);"#;

/// What one cold load measured.
struct Run {
    fcp: f64,
    tti: f64,
    /// When the widget's own code runs: news-card's wasm; the peers' scripts, which make
    /// them interactive.
    ready: f64,
    cls: f64,
    switch: f64,
    /// news-card only: when its wasm had downloaded, compiled, been instantiated and mounted
    /// the first card (`ready` is when it had hydrated it), from navigation start.
    start_up: Option<[f64; 4]>,
    /// Per file: bytes on the wire.
    files: BTreeMap<String, u64>,
}

impl Run {
    fn bytes(&self) -> f64 {
        self.files.values().sum::<u64>() as f64
    }
}

async fn throttle(browser: &Browser, profile: &Profile) {
    browser
        .throttle(
            profile.latency_ms,
            profile.down_bits_per_s / 8,
            profile.up_bits_per_s / 8,
            profile.cpu_slowdown,
        )
        .await;
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

async fn measure(browser: &Browser, url: &str) -> Run {
    browser.navigate(url).await;
    browser.wait_for("window.__bench?.done === true").await;
    let b = browser.eval("window.__bench").await;
    let tti = b["tti"].as_f64().unwrap();
    let cls = b["shifts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s[0].as_f64().unwrap() <= tti)
        .map(|s| s[1].as_f64().unwrap())
        .fold(0.0, |sum, value| sum + value);
    let mut switches: Vec<f64> = serde_json::from_value(b["switches"].clone()).unwrap();
    let entries = browser
        .eval(
            "[...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
               .map(e => [e.name, e.encodedBodySize])",
        )
        .await;
    let mut files = BTreeMap::new();
    for entry in entries.as_array().unwrap() {
        let name = entry[0].as_str().unwrap();
        let path = name.split(['?', '#']).next().unwrap();
        let file = path
            .rsplit('/')
            .next()
            .filter(|f| !f.is_empty())
            .unwrap_or("index.html");
        *files.entry(file.to_owned()).or_default() += entry[1].as_u64().unwrap_or(0);
    }
    let start_up = browser
        .eval(&format!(
            "(() => {{
               const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
               const wasm = performance.getEntriesByType('resource')
                 .find((e) => e.name.endsWith('.wasm'));
               return [wasm?.responseEnd ?? null, at('{}'), at('{}'), at('{}')];
             }})()",
            mark::COMPILED,
            mark::INSTANTIATED,
            mark::MOUNTED
        ))
        .await;
    let start_up: Option<Vec<f64>> = serde_json::from_value(start_up).ok();
    Run {
        start_up: start_up.and_then(|times| times.try_into().ok()),
        fcp: b["fcp"].as_f64().unwrap_or(f64::NAN),
        tti,
        ready: b["ready"].as_f64().unwrap_or(tti),
        cls,
        switch: median(&mut switches),
        files,
    }
}

/// A metric's name in the tables and charts, and its value in one run.
type Metric = (&'static str, fn(&Run) -> f64);

/// The timings, in the order the tables and the charts show them.
const TIMINGS: [Metric; 4] = [
    ("first contentful paint", |r| r.fcp),
    ("interactive", |r| r.tti),
    ("running", |r| r.ready),
    ("tab switch", |r| r.switch),
];

/// Median and spread of one metric over the runs.
struct Stat {
    median: f64,
    min: f64,
    max: f64,
}

fn stat(runs: &[Run], metric: impl Fn(&Run) -> f64) -> Stat {
    let mut values: Vec<f64> = runs.iter().map(metric).collect();
    let median = median(&mut values);
    Stat {
        median,
        min: values[0],
        max: values[values.len() - 1],
    }
}

fn kb(bytes: u64) -> String {
    format!("{:.1} KB", bytes as f64 / 1000.0)
}

fn command_output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// The series colours of the chart, one per page.
const COLOURS: [&str; 4] = ["#0b57d0", "#6b6b73", "#1a7f37", "#b45309"];

/// A bar chart (SVG) of median timings: per metric, one bar per page, in ms.
fn chart(title: &str, rows: &[(&str, Vec<f64>)]) -> String {
    let max = rows
        .iter()
        .flat_map(|r| r.1.iter().copied())
        .fold(1.0, f64::max);
    let (left, width, bar) = (190.0, 480.0, 18.0);
    let row_height = 12.0 + bar * PAGES.len() as f64 + 6.0;
    let height = 50.0 + row_height * rows.len() as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"{height}\" \
         font-family=\"system-ui, sans-serif\" font-size=\"13\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n\
         <text x=\"{left}\" y=\"18\" fill=\"#1b1b1f\">{title}, median ms</text>\n<text x=\"{left}\" y=\"38\">"
    );
    for ((name, _), colour) in PAGES.iter().zip(COLOURS) {
        let _ = write!(svg, "<tspan fill=\"{colour}\">■ {name}  </tspan>");
    }
    svg.push_str("</text>\n");
    for (i, (name, values)) in rows.iter().enumerate() {
        let y = 50.0 + row_height * i as f64;
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#1b1b1f\">{name}</text>",
            left - 10.0,
            y + row_height / 2.0
        );
        for (j, (value, colour)) in values.iter().zip(COLOURS).enumerate() {
            let length = width * value / max;
            let top = y + 6.0 + bar * j as f64;
            let _ = writeln!(
                svg,
                "<rect x=\"{left}\" y=\"{top}\" width=\"{length:.1}\" height=\"{}\" fill=\"{colour}\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#1b1b1f\">{value:.0}</text>",
                bar - 2.0,
                left + length + 6.0,
                top + 13.0
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}

/// The table of one profile: every metric for every page, with news-card's ratio to the static
/// card and its target.
fn table(profile: &Profile, runs: &[Vec<Run>]) -> String {
    let mut table = String::new();
    let names: Vec<&str> = PAGES.iter().map(|p| p.0).collect();
    let _ = writeln!(
        table,
        "| metric | {} | news-card ÷ static | target |",
        names.join(" | ")
    );
    let _ = writeln!(table, "|---|{}---|---|", "---|".repeat(PAGES.len()));
    let slow = profile.cpu_slowdown > 1;
    let bytes: Metric = ("bytes on the wire", |r| r.bytes());
    for (name, metric) in TIMINGS.into_iter().chain([bytes]) {
        let stats: Vec<Stat> = runs.iter().map(|page| stat(page, metric)).collect();
        let cells: Vec<String> = stats
            .iter()
            .map(|s| {
                if name == "bytes on the wire" {
                    kb(s.median as u64)
                } else {
                    format!("{:.0} ms ({:.0}–{:.0})", s.median, s.min, s.max)
                }
            })
            .collect();
        let (card, floor) = (stats[0].median, stats[1].median);
        let ratio = card / floor;
        let (target, met) = match name {
            "first contentful paint" => ("≤ 1.0×".to_owned(), ratio <= 1.0),
            "interactive" if slow => (
                "≤ 1.3×, no later than GitHub's".to_owned(),
                ratio <= 1.3 && card <= stats[2].median,
            ),
            "interactive" => ("≤ static + 50 ms".to_owned(), card <= floor + 50.0),
            "tab switch" if slow => ("≤ 1.2×".to_owned(), ratio <= 1.2),
            "tab switch" => ("≤ 1.5×".to_owned(), ratio <= 1.5),
            "running" if slow => ("≤ 2.0×".to_owned(), ratio <= 2.0),
            "running" => ("–".to_owned(), true),
            _ => ("≤ 64 KB (aim 56)".to_owned(), card <= 64_000.0),
        };
        let mark = match target.as_str() {
            "–" => "",
            _ if met => " ✓",
            _ => " ✗",
        };
        let _ = writeln!(
            table,
            "| {name} | {} | {ratio:.2}× | {target}{mark} |",
            cells.join(" | "),
        );
    }
    let shifts: Vec<String> = runs
        .iter()
        .map(|page| format!("{:.4}", stat(page, |r| r.cls).median))
        .collect();
    let met = stat(&runs[0], |r| r.cls).median < 0.01;
    let _ = writeln!(
        table,
        "| layout shift to interactive | {} | – | < 0.01 {} |",
        shifts.join(" | "),
        if met { "✓" } else { "✗" }
    );
    let _ = write!(table, "\n{}", start_up_table(&runs[0]));
    table
}

/// Where news-card's time to running goes (medians, ms from navigation start, and each step's
/// own share): the wasm downloaded, compiled (it compiles while it downloads, so this is what
/// is left after the last byte), instantiated, the first card mounted, and hydrated (ready).
fn start_up_table(runs: &[Run]) -> String {
    let steps = ["downloaded", "compiled", "instantiated", "mounted"];
    let mut cells = Vec::new();
    let mut previous = 0.0;
    for (i, step) in steps.iter().enumerate() {
        let at = stat(runs, |r| r.start_up.map_or(f64::NAN, |t| t[i])).median;
        cells.push(format!("{step} {at:.0} ms (+{:.0})", at - previous));
        previous = at;
    }
    let ready = stat(runs, |r| r.ready).median;
    cells.push(format!(
        "hydrated, ready {ready:.0} ms (+{:.0})",
        ready - previous
    ));
    format!("news-card's start: {}.\n", cells.join(" → "))
}

#[tokio::main]
async fn main() {
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(7);
    let peers_dir = root().join("target/bench/peers");
    peers::write(&peers_dir, news_card::articles()).unwrap();
    let precompressed = Command::new("node")
        .arg(root().join("scripts/precompress.mjs"))
        .arg(&peers_dir)
        .status()
        .expect("node");
    assert!(precompressed.success(), "precompressing the peers' pages");
    let widget_server = Server::start(dist(), Site::default());
    let peers_server = Server::start(peers_dir, Site::default());
    let url = |path: &str| {
        if path == "/" {
            widget_server.url(path)
        } else {
            peers_server.url(path)
        }
    };

    let browser = Browser::start(Launch::default()).await;
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": PROBE }),
        )
        .await;

    let mut sections = String::new();
    let mut charts = Vec::new();
    let mut files = String::new();
    for profile in &PROFILES {
        throttle(&browser, profile).await;
        let mut results: Vec<Vec<Run>> = PAGES.iter().map(|_| Vec::new()).collect();
        for run in 0..runs {
            eprintln!("{}: run {}/{runs}", profile.name, run + 1);
            // Interleaved, so that a slow moment of the machine spreads over every page.
            for (page, (_, path)) in PAGES.iter().enumerate() {
                results[page].push(measure(&browser, &url(path)).await);
            }
        }
        let _ = write!(
            sections,
            "## {} profile\n\n{:.1} Mb/s down, {:.2} Mb/s up, {} ms round trip, {}× CPU \
             slowdown.\n\n{}\n![The {} profile's timings as bars](benchmark-{}.svg)\n\n",
            profile.name,
            profile.down_bits_per_s as f64 / 1e6,
            profile.up_bits_per_s as f64 / 1e6,
            profile.latency_ms,
            profile.cpu_slowdown,
            table(profile, &results),
            profile.name,
            profile.name,
        );
        let rows: Vec<(&str, Vec<f64>)> = TIMINGS
            .into_iter()
            .map(|(name, metric)| {
                (
                    name,
                    results.iter().map(|p| stat(p, metric).median).collect(),
                )
            })
            .collect();
        charts.push((
            profile.name,
            chart(&format!("{} profile", profile.name), &rows),
        ));
        if files.is_empty() {
            for ((name, _), page) in PAGES.iter().zip(&results) {
                for (file, bytes) in &page[0].files {
                    let _ = writeln!(files, "| {name} | `{file}` | {} |", kb(*bytes));
                }
                let _ = writeln!(
                    files,
                    "| {name} | **all** | **{}** |",
                    kb(page[0].bytes() as u64)
                );
            }
        }
    }

    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| "unknown".into());
    let cores = std::thread::available_parallelism().map_or(0, usize::from);
    let chromium = command_output("chromium", &["--version"]);
    let date = command_output("date", &["-u", "+%Y-%m-%d %H:%M UTC"]);
    let report = format!(
        "# Benchmark: news-card and the peers a publisher could pick instead\n\n\
         Written by `./scripts/bench.sh` on {date}: {runs} cold loads of each page per \
         profile, interleaved; medians with the spread (min–max) in brackets.\n\n\
         - Machine: {cpu}, {cores} cores; {chromium}, headless; cache disabled.\n\
         - Every page has the same articles and card CSS (`benches/peers.rs`) and is served \
         precompressed (brotli, as a CDN serves it) from 127.0.0.1. news-card: the demo page \
         in `dist/` (prerendered card, hydrated by the wasm). The peers are bundled from npm \
         with esbuild, as a publisher would.\n\
         - Interactive: from navigation start until a click on the second tab first takes \
         effect (the page clicks every 5 ms); news-card's tabs work from when `news-card.js` \
         has run, before the wasm. Running: until the widget's own code runs (news-card: \
         `news-card-ready`, the wasm has hydrated the card; the peers: interactive). Tab \
         switch: from a click until the frame that shows the new panel (median of ten \
         switches per load, made once the widget runs). Layout shift: from first paint \
         to interactive. Bytes: on the wire, every request of the page.\n\n\
         {sections}## Bytes on the wire per file (slow profile, first load)\n\n\
         | page | file | bytes |\n|---|---|---|\n{files}"
    );
    for (name, svg) in charts {
        std::fs::write(root().join(format!("docs/benchmark-{name}.svg")), svg).unwrap();
    }
    println!("\n{report}");
    let out = root().join("docs/benchmark.md");
    std::fs::write(&out, report).unwrap();
    eprintln!("written to {}", out.display());
}
