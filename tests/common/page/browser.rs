//! A headless browser for one test, driven over WebDriver: started with the launch options a
//! test asks for, or taken over from a test that has finished with one, and killed with its
//! driver when the test process ends.

use std::{
    net::TcpListener,
    os::unix::process::CommandExt,
    path::{Path, PathBuf},
    process::{Child, ChildStdin, Command, Stdio},
    sync::{Mutex, OnceLock},
    time::{Duration, Instant},
};

use fantoccini::{wd::WebDriverCompatibleCommand, Client, ClientBuilder};
use news_card::contract::TAG;
use serde_json::{json, Value};

use super::root;

/// How the browser is started.
#[derive(Clone, PartialEq)]
pub struct Launch {
    /// The window's inner width and height in CSS pixels.
    pub size: (u32, u32),
    /// Whether JavaScript runs.
    pub javascript: bool,
    /// When navigation returns: `normal` (the load event) or `eager` (DOMContentLoaded, before
    /// preloads such as the wasm have arrived).
    pub page_load: &'static str,
    /// The reader's default font size in the browser's settings, in pixels (16 when `None`).
    pub font_size: Option<u32>,
    /// Whether the reader's system colour scheme is dark: emulated through DevTools in
    /// Chromium, Firefox's content colour-scheme preference, MiniBrowser's dark mode in
    /// WebKitGTK.
    pub dark: bool,
    /// Whether the reader asks for reduced motion: emulated through DevTools in Chromium,
    /// Firefox's `ui.prefersReducedMotion` (MiniBrowser has no setting for it).
    pub reduced_motion: bool,
}

impl Default for Launch {
    fn default() -> Self {
        Launch {
            size: (1024, 900),
            javascript: true,
            page_load: "normal",
            font_size: None,
            dark: false,
            reduced_motion: false,
        }
    }
}

impl Launch {
    /// The media features DevTools emulates for the launch's colour scheme and motion.
    fn media_features(&self) -> Value {
        let scheme = if self.dark { "dark" } else { "light" };
        let motion = if self.reduced_motion {
            "reduce"
        } else {
            "no-preference"
        };
        json!([
            { "name": "prefers-color-scheme", "value": scheme },
            { "name": "prefers-reduced-motion", "value": motion },
        ])
    }

    /// The default options on a system whose colour scheme is `scheme` (`light` or `dark`).
    pub fn in_scheme(scheme: &str) -> Launch {
        Launch {
            dark: scheme == "dark",
            ..Launch::default()
        }
    }

    /// The default options, with navigation returning at once, whatever the page still loads:
    /// for a page whose wasm or stylesheet the server holds (`Site::held`), which keeps the
    /// load event back. Short of `none`, WebKitWebDriver waits for the load before any command.
    pub fn unwaiting() -> Launch {
        Launch {
            page_load: "none",
            ..Launch::default()
        }
    }
}

/// A chromedriver and the Chromium it started (one process group), with its profile.
struct Session {
    client: Client,
    driver: Child,
    profile: PathBuf,
}

impl Session {
    /// Kills chromedriver and its browser and removes the profile.
    fn stop(mut self) {
        stop(&mut self.driver, &self.profile);
    }
}

/// Browsers that finished a test and wait for the next one with the same launch options:
/// starting Chromium costs about a second of CPU, which most tests would spend on it.
static IDLE: Mutex<Vec<(Launch, Session)>> = Mutex::new(Vec::new());

/// The runtime the WebDriver sessions run on. Each test has a runtime of its own, which ends
/// with it; a session handed on to the next test must outlive it.
fn sessions_runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the WebDriver sessions")
    })
}

/// Kills chromedriver's process group and removes the profile once this test process has
/// ended, however it ends: a shell, in a group of its own, waits for the end of a pipe only
/// this process holds. (Idle browsers outlive the last test, and the test harness runs no
/// destructors at exit.)
fn stop_at_exit(driver: &Child, profile: &Path) {
    static PIPES: Mutex<Vec<ChildStdin>> = Mutex::new(Vec::new());
    let script = format!(
        "trap '' INT HUP TERM; cat >/dev/null; kill -9 -{} 2>/dev/null; sleep 1; rm -rf '{}'",
        driver.id(),
        profile.display()
    );
    let reaper = Command::new("sh")
        .args(["-c", &script])
        .process_group(0)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    if let Ok(mut reaper) = reaper {
        if let Some(pipe) = reaper.stdin.take() {
            PIPES.lock().unwrap_or_else(|e| e.into_inner()).push(pipe);
        }
    }
}

/// A headless Chromium session for one test. On drop it waits, idle, for the next test of
/// this process with the same launch options; after a failed test, chromedriver and its
/// Chromium are killed and the profile removed instead.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    session: Option<Session>,
    launch: Launch,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let Some(session) = self.session.take() else {
            return;
        };
        if std::thread::panicking() {
            session.stop();
        } else {
            IDLE.lock()
                .unwrap_or_else(|e| e.into_inner())
                .push((self.launch.clone(), session));
        }
    }
}

/// A chromedriver that has not given a session yet; stopped on drop unless taken.
struct Pending {
    driver: Option<Child>,
    profile: PathBuf,
}

impl Drop for Pending {
    fn drop(&mut self) {
        if let Some(driver) = self.driver.as_mut() {
            stop(driver, &self.profile);
        }
    }
}

/// Kills chromedriver and the browser it started (one process group) and removes the profile.
fn stop(driver: &mut Child, profile: &Path) {
    let group = format!("-{}", driver.id());
    let _ = Command::new("kill").args(["-KILL", "--", &group]).status();
    let _ = driver.wait();
    let _ = std::fs::remove_dir_all(profile);
}

impl Browser {
    /// A headless session with `launch`'s options on a blank page: an idle one of this
    /// process if there is one, else a new chromedriver on a free port.
    pub async fn start(launch: Launch) -> Browser {
        loop {
            let idle = {
                let mut idle = IDLE.lock().unwrap_or_else(|e| e.into_inner());
                let found = idle.iter().position(|(options, _)| *options == launch);
                found.map(|at| idle.swap_remove(at).1)
            };
            let Some(session) = idle else { break };
            let mut browser = Browser {
                client: session.client.clone(),
                session: Some(session),
                launch: launch.clone(),
            };
            if browser.prepare().await {
                return browser;
            }
            if let Some(session) = browser.session.take() {
                session.stop();
            }
        }
        // A port picked free can be taken again before chromedriver binds it, and a browser
        // can fail to start under load: each attempt uses a fresh port and profile.
        let mut last_error = String::new();
        for _ in 0..3 {
            match Self::attempt(&launch).await {
                Ok(session) => {
                    let mut browser = Browser {
                        client: session.client.clone(),
                        session: Some(session),
                        launch: launch.clone(),
                    };
                    assert!(
                        browser.prepare().await,
                        "a new Chromium session refused its set-up commands"
                    );
                    return browser;
                }
                Err(err) => last_error = err,
            }
        }
        panic!("no WebDriver session after 3 attempts: {last_error}")
    }

    /// Readies a session for a test, new or one a test has used: a blank page, no console
    /// messages, no emulated media, the launch's window size. False if it fails.
    async fn prepare(&mut self) -> bool {
        if self.client.goto("about:blank").await.is_err() || !self.arrived("about:blank").await {
            return false;
        }
        let (width, height) = self.launch.size;
        if Engine::current() != Engine::Chromium {
            let script = "return [innerWidth, innerHeight,
                outerWidth - innerWidth, outerHeight - innerHeight]";
            let Ok(Value::Array(sizes)) = self.client.execute(script, vec![]).await else {
                return false;
            };
            let size = |i: usize| u32::try_from(sizes[i].as_i64().unwrap_or(0)).unwrap_or(0);
            if (size(0), size(1)) == (width, height) {
                // A session handed on keeps its window.
                return true;
            }
            // The window's outer size is what WebDriver sets: the page gets it, less the
            // browser's own frame.
            return self
                .client
                .set_window_size(width + size(2), height + size(3))
                .await
                .is_ok();
        }
        let commands = [
            SessionPost::browser_log(),
            SessionPost::cdp(
                "Emulation.setEmulatedMedia",
                json!({ "media": "", "features": self.launch.media_features() }),
            ),
            SessionPost::cdp(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
            ),
        ];
        for command in commands {
            if self.client.issue_cmd(command).await.is_err() {
                return false;
            }
        }
        true
    }

    async fn attempt(launch: &Launch) -> Result<Session, String> {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let profile = std::env::temp_dir().join(format!(
            "news-card-{}-{}-{port}",
            Engine::current().name(),
            std::process::id()
        ));
        let (mut command, capabilities) = driver(launch, port, &profile);
        let program = format!("{:?}", command.get_program());
        let driver = command
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| {
                panic!("cannot start {program}: {err} (scripts/setup.sh installs it)")
            });
        stop_at_exit(&driver, &profile);
        let Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        // Dropping it kills chromedriver and its browser and removes the profile.
        let mut pending = Pending {
            driver: Some(driver),
            profile: profile.clone(),
        };
        let started = Instant::now();
        let client = loop {
            let (capabilities, url) = (capabilities.clone(), format!("http://127.0.0.1:{port}"));
            let attempt = sessions_runtime()
                .spawn(async move {
                    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
                        .capabilities(capabilities)
                        .connect(&url)
                        .await
                })
                .await
                .expect("the session runtime runs");
            match attempt {
                Ok(client) => break client,
                Err(err) => {
                    let exited = pending
                        .driver
                        .as_mut()
                        .is_some_and(|d| d.try_wait().ok().flatten().is_some());
                    if exited || started.elapsed() > Duration::from_secs(30) {
                        return Err(format!("{program} on port {port}: {err}"));
                    }
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        };
        let driver = pending
            .driver
            .take()
            .expect("the driver is kept until here");
        Ok(Session {
            client,
            driver,
            profile,
        })
    }

    /// Sends a Chrome DevTools Protocol command through chromedriver.
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(SessionPost::cdp(cmd, params))
            .await
            .unwrap_or_else(|err| panic!("CDP {cmd}: {err}"))
    }

    /// Emulates print media, with the launch's colour scheme (DevTools: Chromium only).
    pub async fn emulate_print(&self) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({ "media": "print", "features": self.launch.media_features() }),
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

    /// The tabs of the page's first card as WebDriver elements, for a reader's real clicks.
    pub async fn first_card_tabs(&self) -> Vec<fantoccini::elements::Element> {
        self.client
            .find(fantoccini::Locator::Css(TAG))
            .await
            .unwrap()
            .shadow_root()
            .await
            .unwrap()
            .find_all(fantoccini::Locator::Css("[role=tab]"))
            .await
            .unwrap()
    }

    /// Presses and releases each key of `keys` (characters, or WebDriver's key codes such as
    /// `\u{E014}` for →) on the focused element, as a keyboard does: engine-neutral, and it
    /// reaches an element inside a shadow root.
    pub async fn press_keys(&self, keys: &str) {
        use fantoccini::actions::{InputSource as _, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".to_owned());
        for key in keys.chars() {
            actions = actions
                .then(KeyAction::Down { value: key })
                .then(KeyAction::Up { value: key });
        }
        self.client
            .perform_actions(actions)
            .await
            .unwrap_or_else(|err| panic!("pressing {keys:?}: {err}"));
    }

    /// Opens `url` and waits until `ready` (a JavaScript expression) is true.
    pub async fn open(&self, url: &str, ready: &str) {
        self.goto(url).await;
        self.wait_for(ready).await;
    }

    /// Navigates to `url` and returns once the page's document is the one at `url`: with the
    /// `none` page-load strategy navigation returns before that, and a script that the old
    /// document ran would be lost with it.
    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|err| panic!("opening {url}: {err}"));
        assert!(
            self.arrived(url).await,
            "{url} never replaced the page before it"
        );
    }

    /// Whether the page's document becomes the one at `url` within 15 s.
    async fn arrived(&self, url: &str) -> bool {
        let started = Instant::now();
        let arrived = format!("return location.href === {}", json!(url));
        while self.client.execute(&arrived, vec![]).await.ok() != Some(Value::Bool(true)) {
            if started.elapsed() > Duration::from_secs(15) {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        true
    }

    /// Waits until the page has painted its next frame and run a task after it: the card
    /// updates the URL then, so a URL left alone is checked after this.
    pub async fn after_next_paint(&self) {
        self.eval("new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(true))))")
            .await;
    }

    /// Waits up to 15 s for the JavaScript expression `condition` to be true. The page checks
    /// it every few milliseconds and answers once: a WebDriver round trip per check would cost
    /// the browser more than the page under test does.
    pub async fn wait_for(&self, condition: &str) {
        const LIMIT: Duration = Duration::from_secs(15);
        let started = Instant::now();
        loop {
            let left = LIMIT.saturating_sub(started.elapsed()).as_millis();
            let script = format!(
                "const done = arguments[arguments.length - 1];
                 const until = performance.now() + {left};
                 const check = () => {{
                   let met;
                   try {{ met = ({condition}) === true; }} catch (e) {{ done(String(e)); return; }}
                   if (met) done(true); else if (performance.now() > until) done(false);
                   else setTimeout(check, 5);
                 }};
                 check();"
            );
            match self.client.execute_async(&script, vec![]).await {
                Ok(Value::Bool(true)) => return,
                Ok(Value::String(error)) => panic!("evaluating `{condition}`: {error}"),
                // Out of time, or the page went away under the script (a navigation): the
                // next page is asked.
                Ok(_) | Err(_) => {}
            }
            assert!(
                started.elapsed() < LIMIT,
                "timed out waiting for `{condition}`"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Evaluates a JavaScript expression in the page and returns its JSON value.
    pub async fn eval(&self, expression: &str) -> Value {
        self.client
            .execute(&format!("return ({expression});"), vec![])
            .await
            .unwrap_or_else(|err| panic!("evaluating `{expression}`: {err}"))
    }

    /// Runs axe-core on the page with the WCAG 2.2 A/AA and best-practice rules and returns
    /// the violations (rule id, impact and the targets of each node).
    pub async fn axe_violations(&self) -> Vec<String> {
        let axe = std::fs::read_to_string(root().join("node_modules/axe-core/axe.min.js"))
            .expect("node_modules/axe-core (scripts/setup.sh installs it)");
        self.client.execute(&axe, vec![]).await.unwrap();
        let result = self
            .client
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                // Colours are checked once transitions (a tab switch, a scheme change) are over.
                const animations = [document, ...[...document.querySelectorAll('*')]
                    .map(e => e.shadowRoot).filter(Boolean)].flatMap(r => r.getAnimations());
                Promise.all(animations.map(a => a.finished.catch(() => {}))).then(() =>
                axe.run(document, { runOnly: { type: 'tag', values:
                    ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
                    resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => `${v.id} (${v.impact}): ` +
                      v.nodes.map(n => JSON.stringify(n.target)).join(', '))))
                  .catch(e => done(['axe failed: ' + e])));"#,
                vec![],
            )
            .await
            .unwrap();
        serde_json::from_value(result).unwrap()
    }

    /// The ids of the elements matching `selector` in every card's shadow root on the page,
    /// checked to be unique (a duplicate breaks `aria-controls` and deep links).
    pub async fn assert_unique_ids(&self, selector: &str) {
        let ids = self
            .eval(&format!(
                "[...document.querySelectorAll('{TAG}')].flatMap(c =>
                   [...c.shadowRoot.querySelectorAll('{selector}')].map(e => e.id))"
            ))
            .await;
        let ids: Vec<String> = serde_json::from_value(ids).unwrap();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "ids unique on the page: {ids:?}");
    }

    /// The console's errors so far (and its warnings, with `warnings`), as `LEVEL message`.
    pub async fn console_problems(&self, warnings: bool) -> Vec<String> {
        self.console()
            .await
            .into_iter()
            .filter(|l| l.starts_with("SEVERE") || (warnings && l.starts_with("WARNING")))
            .collect()
    }

    /// The browser console's messages so far, as `LEVEL message`.
    pub async fn console(&self) -> Vec<String> {
        if Engine::current() != Engine::Chromium {
            // What the page's console probe recorded (the server puts it in every page).
            let recorded = self.eval("window.__newsCardConsole?.splice(0) ?? []").await;
            return serde_json::from_value(recorded).unwrap_or_default();
        }
        let logs = self
            .client
            .issue_cmd(SessionPost::browser_log())
            .await
            .unwrap_or(Value::Null);
        logs.as_array()
            .map(|entries| {
                entries
                    .iter()
                    .map(|e| {
                        format!(
                            "{} {}",
                            e["level"].as_str().unwrap_or(""),
                            e["message"].as_str().unwrap_or("")
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The browser engine the page tests run in, from `NEWS_CARD_ENGINE`: Chromium (the default),
/// Firefox ESR (Gecko, through geckodriver) or WebKitGTK (WebKit, through WebKitWebDriver under
/// Xvfb), all driven over W3C WebDriver.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    /// Chromium, with chromedriver.
    Chromium,
    /// Firefox ESR, with geckodriver.
    Firefox,
    /// WebKitGTK's MiniBrowser, with WebKitWebDriver.
    WebKit,
}

impl Engine {
    /// The engine of this test run.
    pub fn current() -> Engine {
        match std::env::var("NEWS_CARD_ENGINE").as_deref() {
            Ok("firefox") => Engine::Firefox,
            Ok("webkit") => Engine::WebKit,
            _ => Engine::Chromium,
        }
    }

    /// Its name, as `NEWS_CARD_ENGINE` says it.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// The WebDriver server to start for `launch` on `port`, and the capabilities to ask it for.
fn driver(launch: &Launch, port: u16, profile: &Path) -> (Command, Value) {
    let (width, height) = launch.size;
    match Engine::current() {
        Engine::Chromium => {
            let chromedriver =
                std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
            let mut command = Command::new(chromedriver);
            command.arg(format!("--port={port}"));
            let mut prefs =
                json!({ "webkit": { "webprefs": { "javascript_enabled": launch.javascript } } });
            if let Some(size) = launch.font_size {
                prefs["webkit"]["webprefs"]["default_font_size"] = json!(size);
            }
            let launch_args = [
                "--headless=new".to_owned(),
                "--no-sandbox".to_owned(),
                "--disable-dev-shm-usage".to_owned(),
                "--hide-scrollbars".to_owned(),
                // A page a test leaves must not live on, frozen, beside the next test's.
                "--disable-features=BackForwardCache".to_owned(),
                format!("--user-data-dir={}", profile.display()),
                format!("--window-size={width},{height}"),
            ];
            let capabilities = json!({
                "goog:chromeOptions": {
                    "args": chromium_args(&launch_args),
                    "prefs": prefs,
                    "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                },
                "goog:loggingPrefs": { "browser": "ALL" },
                "pageLoadStrategy": launch.page_load,
            });
            (command, capabilities)
        }
        Engine::Firefox => {
            let mut command = Command::new("geckodriver");
            // Its default BiDi port would collide between drivers side by side.
            command.args([format!("--port={port}"), "--websocket-port=0".to_owned()]);
            // 0 is dark, 1 light, whatever the system around the browser.
            let mut prefs = json!({
                "javascript.enabled": launch.javascript,
                "layout.css.prefers-color-scheme.content-override": if launch.dark { 0 } else { 1 },
                "ui.prefersReducedMotion": i32::from(launch.reduced_motion),
            });
            if let Some(size) = launch.font_size {
                prefs["font.size.variable.x-western"] = json!(size);
            }
            let capabilities = json!({
                "moz:firefoxOptions": {
                    "binary": "/usr/lib/firefox-esr/firefox-esr",
                    "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
                    "prefs": prefs,
                },
                "pageLoadStrategy": launch.page_load,
            });
            (command, capabilities)
        }
        Engine::WebKit => {
            let mut command = Command::new("xvfb-run");
            command
                .args(["-a", "WebKitWebDriver"])
                .args([format!("--port={port}"), "--host=127.0.0.1".to_owned()])
                .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
                .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
                .env("LIBGL_ALWAYS_SOFTWARE", "1");
            // `args` replaces MiniBrowser's own, so `--automation` stays first.
            let mut args = vec!["--automation".to_owned()];
            if !launch.javascript {
                args.push("--enable-javascript=false".to_owned());
            }
            if launch.dark {
                args.push("--dark-mode".to_owned());
            }
            let capabilities = json!({
                "webkitgtk:browserOptions": {
                    "binary": "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
                    "args": args,
                },
                "pageLoadStrategy": launch.page_load,
            });
            (command, capabilities)
        }
    }
}

/// Chromium's arguments: those of this session (`own`) and the ones every session of the
/// project uses, read from `webdriver.json` (where wasm-bindgen-test-runner reads them too).
fn chromium_args(own: &[String]) -> Vec<String> {
    let path = root().join("webdriver.json");
    let text =
        std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let capabilities: Value =
        serde_json::from_str(&text).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    let shared = capabilities["goog:chromeOptions"]["args"]
        .as_array()
        .unwrap_or_else(|| panic!("{}: no goog:chromeOptions.args", path.display()))
        .iter()
        .filter_map(|arg| arg.as_str().map(str::to_owned));
    own.iter().cloned().chain(shared).collect()
}

/// A POST to one of chromedriver's own session endpoints (`goog/cdp/execute`, `se/log`).
#[derive(Debug)]
struct SessionPost {
    endpoint: &'static str,
    body: Value,
}

impl SessionPost {
    /// The Chrome DevTools Protocol command `cmd` with `params`.
    fn cdp(cmd: &str, params: Value) -> SessionPost {
        SessionPost {
            endpoint: "goog/cdp/execute",
            body: json!({ "cmd": cmd, "params": params }),
        }
    }

    /// The browser console's messages since the last time they were asked for.
    fn browser_log() -> SessionPost {
        SessionPost {
            endpoint: "se/log",
            body: json!({ "type": "browser" }),
        }
    }
}

impl WebDriverCompatibleCommand for SessionPost {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        let session = session.unwrap_or_default();
        base.join(&format!("session/{session}/{}", self.endpoint))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.body.to_string()))
    }
}
