//! Page-level test helpers: a static server for `dist/` on 127.0.0.1 and a headless Chromium
//! driven through chromedriver, with axe-core at hand.

use std::{
    collections::HashMap,
    io::{BufRead, BufReader, Write},
    net::{TcpListener, TcpStream},
    os::unix::process::CommandExt,
    path::{Path, PathBuf},
    process::{Child, ChildStdin, Command, Stdio},
    sync::{Arc, Mutex, OnceLock},
    time::{Duration, Instant},
};

use fantoccini::{wd::WebDriverCompatibleCommand, Client, ClientBuilder};
use serde_json::{json, Value};

/// The package root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The built demo, which the test command builds with `trunk build --release` first.
pub fn dist() -> PathBuf {
    let dist = root().join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "{} has no index.html: run `trunk build --release` first (scripts/test.sh does)",
        dist.display()
    );
    dist
}

/// The name `file` of the card (a stable name of `news_card::contract::file`) is served under
/// in `dist/`: its content-hashed name, or itself for the files that keep theirs.
pub fn served(file: &str) -> String {
    if !news_card::contract::HASHED_FILES.contains(&file) {
        return file.to_owned();
    }
    let names: Vec<String> = std::fs::read_dir(dist())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| news_card::contract::is_hashed_name(file, name))
        .collect();
    assert_eq!(
        names.len(),
        1,
        "one served name for {file} in dist/: {names:?}"
    );
    names[0].clone()
}

/// What the static server sends besides the files of its root.
#[derive(Clone, Default)]
pub struct Site {
    /// A `Content-Security-Policy` header for every HTML response.
    pub csp: Option<String>,
    /// Extra pages, scripts or stylesheets by path (e.g. `/host.html`), served before files.
    pub pages: HashMap<String, String>,
    /// Paths whose responses are held back this long (to look at the page before the wasm runs).
    pub delays: HashMap<String, Duration>,
    /// Paths whose responses are held back as long as the test sets, changed between loads.
    pub varying_delays: Arc<Mutex<HashMap<String, Duration>>>,
    /// The URL path the files are served under (`/` when empty), to show that `dist/` works
    /// under any path.
    pub prefix: String,
}

/// A static HTTP server on 127.0.0.1 that runs until the test process ends. For a client that
/// accepts them, it sends the precompressed `FILE.br` or `FILE.gz` the build writes beside a
/// file, as nginx's `brotli_static`/`gzip_static` do.
pub struct Server {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
}

impl Server {
    /// Serves `dir` and `site` on a free port.
    pub fn start(dir: PathBuf, site: Site) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let site = Arc::new(site);
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (dir, site) = (dir.clone(), site.clone());
                std::thread::spawn(move || {
                    let _ = respond(stream, &dir, &site);
                });
            }
        });
        Server { base }
    }

    /// The absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

fn respond(mut stream: TcpStream, dir: &Path, site: &Site) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut header = String::new();
    let (mut accepts_gzip, mut accepts_brotli) = (false, false);
    while reader.read_line(&mut header)? > 2 {
        let lower = header.to_ascii_lowercase();
        if let Some(encodings) = lower.strip_prefix("accept-encoding:") {
            let accepted = |name: &str| {
                encodings
                    .split(',')
                    .any(|e| e.trim().split(';').next() == Some(name))
            };
            accepts_gzip |= accepted("gzip");
            accepts_brotli |= accepted("br");
        }
        header.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = if path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_owned()
    };
    let varying = site
        .varying_delays
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&path)
        .copied();
    if let Some(delay) = site.delays.get(&path).copied().or(varying) {
        std::thread::sleep(delay);
    }
    let prefix = if site.prefix.is_empty() {
        "/"
    } else {
        &site.prefix
    };
    let mut encoding = None;
    let body = match (site.pages.get(&path), path.strip_prefix(prefix)) {
        (Some(page), _) => Some(page.clone().into_bytes()),
        (None, Some(file)) if !file.contains("..") => {
            let file = dir.join(file);
            let precompressed = [("br", accepts_brotli), ("gzip", accepts_gzip)]
                .into_iter()
                .filter(|(_, accepted)| *accepted)
                .find_map(|(name, _)| {
                    let suffix = if name == "br" { "br" } else { "gz" };
                    let mut beside = file.clone().into_os_string();
                    beside.push(format!(".{suffix}"));
                    std::fs::read(beside).ok().map(|bytes| (name, bytes))
                });
            match precompressed {
                Some((name, bytes)) if file.is_file() => {
                    encoding = Some(name);
                    Some(bytes)
                }
                _ => std::fs::read(&file).ok(),
            }
        }
        _ => None,
    };
    let Some(body) = body else {
        return stream.write_all(
            b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
        );
    };
    let kind = match Path::new(&path).extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    let mut head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nVary: Accept-Encoding\r\nConnection: close\r\n",
        body.len()
    );
    if let Some(encoding) = encoding {
        head.push_str(&format!("Content-Encoding: {encoding}\r\n"));
    }
    if let (Some(csp), true) = (&site.csp, kind.starts_with("text/html")) {
        head.push_str(&format!("Content-Security-Policy: {csp}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)
}

/// `bytes` gzip-compressed at flate2's best level (the size gate's measure of the content).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder
        .write_all(bytes)
        .expect("writing to memory cannot fail");
    encoder.finish().expect("writing to memory cannot fail")
}

/// JavaScript: the page's first `<news-card>`.
pub const FIRST_CARD: &str = "document.querySelector('news-card')";

/// JavaScript: the shadow root of the page's first card.
pub const FIRST_SHADOW: &str = "document.querySelector('news-card').shadowRoot";

/// JavaScript: whether the page's first card runs (the wasm has started it).
pub const FIRST_CARD_READY: &str = "document.querySelector('news-card').matches(':state(ready)')";

/// JavaScript: a function that counts, in `window.selectionMoves`, every change of the
/// selection's attributes (`hidden`, `aria-selected`) under `root` from now on. An attribute
/// set again to the value it has is no change.
pub const SELECTION_MOVES: &str = "((root) => {
  window.selectionMoves = 0;
  new MutationObserver((records) => {
    // Walked backwards: the value after a record is the next one's old value, or the current.
    const after = new Map();
    for (const r of records.reverse()) {
      const key = r.target;
      const values = after.get(key) ?? {};
      const value = r.attributeName in values ? values[r.attributeName]
        : r.target.getAttribute(r.attributeName);
      if (value !== r.oldValue) selectionMoves += 1;
      values[r.attributeName] = r.oldValue;
      after.set(key, values);
    }
  }).observe(root, { subtree: true, attributeOldValue: true,
    attributeFilter: ['hidden', 'aria-selected'] });
})";

/// JavaScript: the index of the selected tab under `root` (a shadow root or the document).
pub fn selected_tab(root: &str) -> String {
    format!(
        "[...{root}.querySelectorAll('[role=tab]')].findIndex(t => t.getAttribute('aria-selected') === 'true')"
    )
}

/// JavaScript: clicks tab `index` under `root` (a shadow root or the document); evaluates to
/// `true`.
pub fn click_tab(root: &str, index: usize) -> String {
    format!("{root}.querySelectorAll('[role=tab]')[{index}].click() ?? true")
}

/// JavaScript: the index of the tab under `root` that has focus (-1 when none has).
pub fn focused_tab(root: &str) -> String {
    format!("[...{root}.querySelectorAll('[role=tab]')].indexOf({root}.activeElement)")
}

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
}

impl Default for Launch {
    fn default() -> Self {
        Launch {
            size: (1024, 900),
            javascript: true,
            page_load: "normal",
            font_size: None,
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
        if self.client.goto("about:blank").await.is_err() {
            return false;
        }
        let (width, height) = self.launch.size;
        let commands = [
            SessionPost::browser_log(),
            SessionPost::cdp(
                "Emulation.setEmulatedMedia",
                json!({ "media": "", "features": [] }),
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
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let driver = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .process_group(0)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|err| {
                panic!("cannot start {chromedriver}: {err} (scripts/setup.sh installs it)")
            });
        let profile =
            std::env::temp_dir().join(format!("news-card-chromium-{}-{port}", std::process::id()));
        stop_at_exit(&driver, &profile);
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
            format!("--window-size={},{}", launch.size.0, launch.size.1),
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
                    if exited || started.elapsed() > Duration::from_secs(20) {
                        return Err(format!("{chromedriver} on port {port}: {err}"));
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

    /// Emulates a `prefers-color-scheme` (`light` or `dark`) and, optionally, print media.
    pub async fn emulate(&self, scheme: &str, print: bool) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            json!({
                "media": if print { "print" } else { "" },
                "features": [{ "name": "prefers-color-scheme", "value": scheme }],
            }),
        )
        .await;
    }

    /// Opens `url` and waits until `ready` (a JavaScript expression) is true.
    pub async fn open(&self, url: &str, ready: &str) {
        self.client.goto(url).await.unwrap();
        self.wait_for(ready).await;
    }

    /// Waits until the page has painted its next frame and run a task after it: the card
    /// updates the URL then, so a URL left alone is checked after this.
    pub async fn after_next_paint(&self) {
        self.eval("new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(true))))")
            .await;
    }

    /// Waits up to 15 s for the JavaScript expression `condition` to be true.
    pub async fn wait_for(&self, condition: &str) {
        let started = Instant::now();
        loop {
            if self.eval(condition).await == Value::Bool(true) {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "timed out waiting for `{condition}`"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
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
                "[...document.querySelectorAll('news-card')].flatMap(c =>
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
