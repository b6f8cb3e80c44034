//! The engines the page tests run in, how a browser of each is started, and which of a test's
//! launch options need a browser of their own there.

use std::{path::Path, process::Command};

use serde_json::{json, Value};

use crate::root;

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

/// The reader's settings a test starts its browser with. Where the engine can change one in a
/// running browser (Chromium through DevTools, Firefox through its preferences), a browser a
/// test has finished with is handed to the next test with the settings changed; a setting the
/// engine reads only at launch (JavaScript and the default font size in Chromium, JavaScript
/// and the dark mode in MiniBrowser) takes a browser of its own.
#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    /// The window's inner width and height in CSS pixels.
    pub size: (u32, u32),
    /// Whether JavaScript runs.
    pub javascript: bool,
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
            font_size: None,
            dark: false,
            reduced_motion: false,
        }
    }
}

impl Launch {
    /// The default options on a system whose colour scheme is `scheme` (`light` or `dark`).
    pub fn in_scheme(scheme: &str) -> Launch {
        Launch {
            dark: scheme == "dark",
            ..Launch::default()
        }
    }

    /// What of these options `engine` reads only when the browser starts: browsers are handed
    /// from one test to the next when this is the same.
    pub(crate) fn at_start(&self, engine: Engine) -> Launch {
        let defaults = Launch::default();
        match engine {
            Engine::Chromium => Launch {
                javascript: self.javascript,
                font_size: self.font_size,
                ..defaults
            },
            Engine::Firefox => defaults,
            Engine::WebKit => Launch {
                javascript: self.javascript,
                dark: self.dark,
                ..defaults
            },
        }
    }

    /// The media features DevTools emulates for the launch's colour scheme and motion.
    pub(crate) fn media_features(&self) -> Value {
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

    /// Firefox's preferences for these options, set in the running browser.
    pub(crate) fn firefox_preferences(&self) -> Value {
        json!({
            "javascript.enabled": self.javascript,
            // 0 is dark, 1 light, whatever the system around the browser.
            "layout.css.prefers-color-scheme.content-override": if self.dark { 0 } else { 1 },
            "ui.prefersReducedMotion": i32::from(self.reduced_motion),
            "font.size.variable.x-western": self.font_size.unwrap_or(16),
        })
    }
}

/// The WebDriver server to start for `launch` on `port`, with `profile` for the browser's
/// data, and the capabilities to ask it for. Every session navigates without waiting for the
/// page to load (`pageLoadStrategy: none`): WebKitWebDriver otherwise holds every command until
/// the load event, which a test that holds the wasm keeps back; `Browser::goto` waits for the
/// load itself.
pub(crate) fn driver(launch: &Launch, port: u16, profile: &Path) -> (Command, Value) {
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
                "pageLoadStrategy": "none",
            });
            (command, capabilities)
        }
        Engine::Firefox => {
            let mut command = Command::new("geckodriver");
            // Its default BiDi port would collide between drivers side by side; system access
            // lets a session change the browser's preferences for the next test.
            command.args([
                format!("--port={port}"),
                "--websocket-port=0".to_owned(),
                "--allow-system-access".to_owned(),
            ]);
            let capabilities = json!({
                "moz:firefoxOptions": {
                    "binary": "/usr/lib/firefox-esr/firefox-esr",
                    "args": ["-headless", format!("--width={width}"), format!("--height={height}")],
                    "prefs": firefox_launch_preferences(launch),
                },
                "pageLoadStrategy": "none",
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
                "pageLoadStrategy": "none",
            });
            (command, capabilities)
        }
    }
}

/// Firefox's preferences when it starts: the launch's, and one content process without site
/// isolation, which halves the CPU the tests spend in Firefox and changes nothing a page can
/// see.
fn firefox_launch_preferences(launch: &Launch) -> Value {
    let mut preferences = launch.firefox_preferences();
    preferences["fission.autostart"] = json!(false);
    preferences["dom.ipc.processCount"] = json!(1);
    preferences
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
