//! The benchmark: the built demo page against a hand-written static card with the same
//! articles, both served gzip-compressed on 127.0.0.1 and loaded cold in headless Chromium
//! under the same network and CPU throttling. Prints a table (median and spread of several runs)
//! and writes it to `docs/benchmark.md`. Figures only: nothing here passes or fails.
//!
//! Run with `./scripts/bench.sh` (`BENCH_RUNS` sets the number of runs, default 7).

#[allow(dead_code)] // the page tests' helpers; the benchmark uses some of them
#[path = "../tests/common/page.rs"]
mod page;

mod baseline;

use std::{collections::BTreeMap, fmt::Write as _, process::Command};

use page::{dist, root, Browser, Launch, Server, Site};
use serde_json::json;

/// Throttling applied to both pages: a slow phone on a slow connection.
const LATENCY_MS: u32 = 150;
const DOWN_BITS_PER_S: u32 = 1_600_000;
const UP_BITS_PER_S: u32 = 750_000;
const CPU_SLOWDOWN: u32 = 4;

/// Installed before any page script on every navigation. It clicks the second tab every 5 ms
/// from navigation start until a click takes effect (time to interactive), then switches tabs
/// a few times, timing each from the click to the frame that shows the new panel.
const PROBE: &str = r#"(() => {
  const b = (window.__bench = { fcp: null, tti: null, shifts: [], switches: [], done: false });
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
    return tabs()[i]?.getAttribute('aria-selected') === 'true' && panel && !panel.hidden;
  };
  // Resolves after the first frame whose animation-frame callback sees panel `i` shown: that
  // frame paints it, and the timeout runs once it has.
  const painted = (i) => new Promise((resolve) => {
    const check = () => (shown(i) ? setTimeout(resolve, 0) : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
  const switches = async () => {
    for (let k = 0; k < 6; k++) {
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
      if (shown(1)) { b.tti = at; switches(); return; }
    }
    setTimeout(poll, 5);
  };
  poll();
})();"#;

/// What one cold load measured.
struct Run {
    fcp: f64,
    tti: f64,
    cls: f64,
    switch: f64,
    /// Per kind: (raw bytes, bytes on the wire).
    bytes: BTreeMap<String, (u64, u64)>,
}

async fn throttle(browser: &Browser) {
    browser.cdp("Network.enable", json!({})).await;
    browser
        .cdp("Network.setCacheDisabled", json!({ "cacheDisabled": true }))
        .await;
    browser
        .cdp(
            "Network.emulateNetworkConditions",
            json!({
                "offline": false,
                "latency": LATENCY_MS,
                "downloadThroughput": DOWN_BITS_PER_S / 8,
                "uploadThroughput": UP_BITS_PER_S / 8,
            }),
        )
        .await;
    browser
        .cdp(
            "Emulation.setCPUThrottlingRate",
            json!({ "rate": CPU_SLOWDOWN }),
        )
        .await;
    browser
        .cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": PROBE }),
        )
        .await;
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values[values.len() / 2]
}

async fn measure(browser: &Browser, url: &str) -> Run {
    browser.client.goto("about:blank").await.unwrap();
    browser.client.goto(url).await.unwrap();
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
               .map(e => [e.name, e.decodedBodySize, e.encodedBodySize])",
        )
        .await;
    let mut bytes: BTreeMap<String, (u64, u64)> = BTreeMap::new();
    for entry in entries.as_array().unwrap() {
        let name = entry[0].as_str().unwrap();
        let path = name.split(['?', '#']).next().unwrap();
        let kind = match path.rsplit('.').next() {
            Some("wasm") => "wasm",
            Some("js") => "JS",
            Some("css") => "CSS",
            Some("svg" | "ico" | "png") => "icon",
            _ => "HTML",
        };
        let slot = bytes.entry(kind.to_owned()).or_default();
        slot.0 += entry[1].as_u64().unwrap_or(0);
        slot.1 += entry[2].as_u64().unwrap_or(0);
    }
    Run {
        fcp: b["fcp"].as_f64().unwrap_or(f64::NAN),
        tti,
        cls,
        switch: median(&mut switches),
        bytes,
    }
}

/// A timing row of the table: its name, how to read it from a run, and the target ratio.
type TimingRow = (&'static str, fn(&Run) -> f64, f64);

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

/// A bar chart (SVG) of median timings: per metric, news-card above the baseline, in ms.
fn chart(rows: &[(&str, f64, f64)]) -> String {
    let max = rows.iter().map(|r| r.1.max(r.2)).fold(1.0, f64::max);
    let (left, width, row_height) = (190.0, 480.0, 64.0);
    let height = 30.0 + row_height * rows.len() as f64;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"760\" height=\"{height}\" \
         font-family=\"system-ui, sans-serif\" font-size=\"13\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n\
         <text x=\"{left}\" y=\"18\" fill=\"#1b1b1f\">median, ms: \
         <tspan fill=\"#0b57d0\">■ news-card</tspan>  <tspan fill=\"#6b6b73\">■ static baseline</tspan></text>\n"
    );
    for (i, (name, widget, baseline)) in rows.iter().enumerate() {
        let y = 30.0 + row_height * i as f64;
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#1b1b1f\">{name}</text>",
            left - 10.0,
            y + 27.0
        );
        for (j, (value, colour)) in [(widget, "#0b57d0"), (baseline, "#6b6b73")]
            .iter()
            .enumerate()
        {
            let bar = width * **value / max;
            let top = y + 6.0 + 24.0 * j as f64;
            let _ = writeln!(
                svg,
                "<rect x=\"{left}\" y=\"{top}\" width=\"{bar:.1}\" height=\"18\" fill=\"{colour}\"/>\
                 <text x=\"{:.1}\" y=\"{:.1}\" fill=\"#1b1b1f\">{value:.0}</text>",
                left + bar + 6.0,
                top + 14.0
            );
        }
    }
    svg.push_str("</svg>\n");
    svg
}

#[tokio::main]
async fn main() {
    let runs: usize = std::env::var("BENCH_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(7);
    let baseline_dir = root().join("target/bench/baseline");
    baseline::write(&baseline_dir, news_card::ARTICLES).unwrap();
    let site = Site {
        gzip: true,
        ..Site::default()
    };
    let widget_server = Server::start(dist(), site.clone());
    let baseline_server = Server::start(baseline_dir, site);

    let browser = Browser::start(Launch {
        page_load: "none",
        ..Launch::default()
    })
    .await;
    throttle(&browser).await;

    let mut widget = Vec::new();
    let mut floor = Vec::new();
    for run in 0..runs {
        eprintln!("run {}/{runs}", run + 1);
        widget.push(measure(&browser, &widget_server.url("/")).await);
        floor.push(measure(&browser, &baseline_server.url("/")).await);
    }

    let mut table = String::new();
    let _ = writeln!(
        table,
        "| metric | news-card | static baseline | ratio | target |"
    );
    let _ = writeln!(table, "|---|---|---|---|---|");
    let timing = |s: &Stat| format!("{:.0} ms ({:.0}–{:.0})", s.median, s.min, s.max);
    let rows: [TimingRow; 3] = [
        ("first contentful paint", |r| r.fcp, 1.10),
        ("time to interactive", |r| r.tti, 1.5),
        ("tab switch", |r| r.switch, 1.5),
    ];
    for (name, metric, limit) in rows {
        let (w, f) = (stat(&widget, metric), stat(&floor, metric));
        let ratio = w.median / f.median;
        let target = format!("≤ {limit:.2}×");
        let met = if ratio <= limit { " ✓" } else { " ✗" };
        let _ = writeln!(
            table,
            "| {name} | {} | {} | {ratio:.2}× | {target}{met} |",
            timing(&w),
            timing(&f)
        );
    }
    let (w, f) = (stat(&widget, |r| r.cls), stat(&floor, |r| r.cls));
    let met = if w.median < 0.01 { " ✓" } else { " ✗" };
    let _ = writeln!(
        table,
        "| layout shift to interactive | {:.4} ({:.4}–{:.4}) | {:.4} | – | < 0.01{met} |",
        w.median, w.min, w.max, f.median
    );
    let kinds = ["HTML", "CSS", "JS", "wasm", "icon"];
    let (mut w_total, mut f_total) = ((0, 0), (0, 0));
    for kind in kinds {
        let w = widget[0].bytes.get(kind).copied().unwrap_or_default();
        let f = floor[0].bytes.get(kind).copied().unwrap_or_default();
        w_total = (w_total.0 + w.0, w_total.1 + w.1);
        f_total = (f_total.0 + f.0, f_total.1 + f.1);
        let _ = writeln!(
            table,
            "| {kind} bytes, raw / gzip | {} / {} | {} / {} | {} | |",
            kb(w.0),
            kb(w.1),
            kb(f.0),
            kb(f.1),
            if f.1 > 0 {
                format!("{:.1}×", w.1 as f64 / f.1 as f64)
            } else {
                "–".into()
            }
        );
    }
    let _ = writeln!(
        table,
        "| **all bytes, raw / gzip** | {} / {} | {} / {} | {:.1}× | ≤ 64 KB gzip{} |",
        kb(w_total.0),
        kb(w_total.1),
        kb(f_total.0),
        kb(f_total.1),
        w_total.1 as f64 / f_total.1 as f64,
        if w_total.1 <= 64_000 { " ✓" } else { " ✗" }
    );

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
        "# Benchmark: news-card against a static HTML card\n\n\
         Written by `./scripts/bench.sh` on {date}: {runs} cold loads of each page, medians \
         with the spread (min–max) in brackets.\n\n\
         - Machine: {cpu}, {cores} cores; {chromium}, headless.\n\
         - Throttling for both: {:.1} Mb/s down, {:.2} Mb/s up, {LATENCY_MS} ms round trip, \
         {CPU_SLOWDOWN}× CPU slowdown; cache disabled; gzip-compressed responses from a server \
         on 127.0.0.1.\n\
         - news-card: the demo page in `dist/` (prerendered card, hydrated by the wasm). \
         Baseline: the same articles as static HTML, one small stylesheet and a few lines of \
         JavaScript for the tabs (`benches/baseline.rs`).\n\
         - Time to interactive: from navigation start until a click on the second tab first \
         takes effect (the page clicks every 5 ms). Tab switch: from a click until the frame \
         that shows the new panel (median of six switches per load). Layout shift: from first \
         paint to interactive.\n\n{table}",
        DOWN_BITS_PER_S as f64 / 1e6,
        UP_BITS_PER_S as f64 / 1e6,
    );
    let chart = chart(&[
        (
            "first contentful paint",
            stat(&widget, |r| r.fcp).median,
            stat(&floor, |r| r.fcp).median,
        ),
        (
            "time to interactive",
            stat(&widget, |r| r.tti).median,
            stat(&floor, |r| r.tti).median,
        ),
        (
            "tab switch",
            stat(&widget, |r| r.switch).median,
            stat(&floor, |r| r.switch).median,
        ),
    ]);
    std::fs::write(root().join("docs/benchmark.svg"), chart).unwrap();
    let report = format!("{report}\n![The timings as bars](benchmark.svg)\n");
    println!("\n{report}");
    let out = root().join("docs/benchmark.md");
    std::fs::write(&out, report).unwrap();
    eprintln!("written to {}", out.display());
}
