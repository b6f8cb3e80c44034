//! What only Chromium offers a test, through chromedriver's DevTools endpoint: print media,
//! forced colours, network and CPU throttling, and the page's DOM counters after garbage
//! collection.

use serde_json::{json, Value};

use crate::{session::SessionPost, Browser};

impl Browser {
    /// Sends a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(SessionPost::cdp(cmd, params))
            .await
            .unwrap_or_else(|err| panic!("CDP {cmd}: {err}"))
    }

    /// Emulates print media, with the launch's colour scheme (DevTools: Chromium only).
    pub async fn emulate_print(&self) {
        self.emulate_media("print", self.launch.media_features())
            .await;
    }

    /// Emulates forced colours (a high-contrast theme) on screen, with the launch's colour
    /// scheme and motion (DevTools: Chromium only).
    pub async fn emulate_forced_colours(&self) {
        let mut features = self.launch.media_features();
        if let Value::Array(list) = &mut features {
            list.push(json!({ "name": "forced-colors", "value": "active" }));
        }
        self.emulate_media("", features).await;
    }

    /// Emulates the media type `media` (`""`: the page's own) with the media `features`.
    async fn emulate_media(&self, media: &str, features: Value) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "media": media, "features": features }),
        )
        .await;
    }

    /// Emulates a network of `latency_ms` round trip, `down` and `up` bytes per second, and a CPU
    /// `cpu_slowdown` times slower (DevTools: Chromium only); `throttle(0, 0, 0, 1)` lifts it.
    pub async fn throttle(&self, latency_ms: u32, down: u32, up: u32, cpu_slowdown: u32) {
        // DevTools takes -1 for "no limit".
        let rate = |bytes: u32| if bytes == 0 { -1 } else { i64::from(bytes) };
        self.cdp(
            "Network.emulateNetworkConditions",
            json!({ "offline": false, "latency": latency_ms,
                    "downloadThroughput": rate(down), "uploadThroughput": rate(up) }),
        )
        .await;
        self.cdp(
            "Emulation.setCPUThrottlingRate",
            json!({ "rate": cpu_slowdown }),
        )
        .await;
    }

    /// The page's DOM counters (`documents`, `nodes`, `jsEventListeners`) once garbage has been
    /// collected and they have settled (a removed card's teardown and the wasm's freed handles
    /// can take a moment under load), at most ten rounds (DevTools: Chromium only).
    pub async fn settled_dom_counters(&self) -> Value {
        let mut last = Value::Null;
        for _ in 0..10 {
            self.cdp("HeapProfiler.collectGarbage", json!({})).await;
            self.eval("new Promise((r) => setTimeout(() => r(true), 150))")
                .await;
            let counters = self.cdp("Memory.getDOMCounters", json!({})).await;
            if counters == last {
                break;
            }
            last = counters;
        }
        last
    }
}
