//! WebDriver sessions, and the pool that hands a browser a test has finished with to the next
//! test: starting a browser costs one to four seconds of CPU (Firefox the most), which most
//! tests would otherwise spend on it.

use std::{
    net::TcpListener,
    os::unix::process::CommandExt,
    path::PathBuf,
    process::{Child, Stdio},
    sync::{Mutex, OnceLock},
    time::{Duration, Instant},
};

use fantoccini::{wd::WebDriverCompatibleCommand, Client, ClientBuilder};
use serde_json::{json, Value};

use crate::{
    engine::{driver, Engine, Launch},
    reaper::{stop, stop_at_exit},
};

/// A WebDriver server, the browser it started (one process group) and its profile.
pub(crate) struct Session {
    pub(crate) client: Client,
    driver: Child,
    profile: PathBuf,
}

impl Session {
    /// Kills the WebDriver server and its browser and removes the profile.
    pub(crate) fn stop(mut self) {
        stop(&mut self.driver, &self.profile);
    }
}

/// Browsers that finished a test, by what their engine read of the launch options when they
/// started (`Launch::at_start`), waiting for the next test that can use them.
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

/// A session readied for `launch` (a blank page, no console messages, the launch's settings
/// and window size): an idle one of this process that can take these settings if there is
/// one, else a new one.
pub(crate) async fn take(launch: &Launch) -> Session {
    let key = launch.at_start(Engine::current());
    loop {
        let idle = {
            let mut idle = IDLE.lock().unwrap_or_else(|e| e.into_inner());
            let found = idle.iter().position(|(started, _)| *started == key);
            found.map(|at| idle.swap_remove(at).1)
        };
        let Some(session) = idle else { break };
        if prepare(&session.client, launch).await {
            return session;
        }
        session.stop();
    }
    // A port picked free can be taken again before the driver binds it, and a browser can
    // fail to start under load: each attempt uses a fresh port and profile.
    let mut last_error = String::new();
    for _ in 0..3 {
        match start(launch).await {
            Ok(session) => {
                assert!(
                    prepare(&session.client, launch).await,
                    "a new {} session refused its set-up commands",
                    Engine::current().name()
                );
                return session;
            }
            Err(err) => last_error = err,
        }
    }
    panic!("no WebDriver session after 3 attempts: {last_error}")
}

/// Hands `session`, which ran a test with `launch`, to the next test that can use it.
pub(crate) fn give_back(launch: &Launch, session: Session) {
    IDLE.lock()
        .unwrap_or_else(|e| e.into_inner())
        .push((launch.at_start(Engine::current()), session));
}

/// Readies a session for a test, new or one a test has used: a blank page, no console
/// messages, `launch`'s settings and window size. False if it fails.
async fn prepare(client: &Client, launch: &Launch) -> bool {
    if client.goto("about:blank").await.is_err() || !arrived(client, "about:blank").await {
        return false;
    }
    let (width, height) = launch.size;
    match Engine::current() {
        Engine::Chromium => {
            let commands = [
                SessionPost::browser_log(),
                SessionPost::cdp(
                    "Emulation.setEmulatedMedia",
                    json!({ "media": "", "features": launch.media_features() }),
                ),
                SessionPost::cdp(
                    "Emulation.setDeviceMetricsOverride",
                    json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
                ),
            ];
            for command in commands {
                if client.issue_cmd(command).await.is_err() {
                    return false;
                }
            }
            true
        }
        Engine::Firefox => {
            set_firefox_preferences(client, &launch.firefox_preferences()).await
                && resize(client, width, height).await
        }
        Engine::WebKit => resize(client, width, height).await,
    }
}

/// Sets Firefox's preferences in the running browser, from its privileged context (the driver
/// and the browser allow it: `engine::driver`). They apply to the next page loaded.
async fn set_firefox_preferences(client: &Client, preferences: &Value) -> bool {
    let script = "const [preferences] = arguments;
        for (const [name, value] of Object.entries(preferences)) {
          if (typeof value === 'boolean') Services.prefs.setBoolPref(name, value);
          else Services.prefs.setIntPref(name, value);
        }
        return true;";
    let context = |name: &str| SessionPost::firefox_context(name);
    client.issue_cmd(context("chrome")).await.is_ok()
        && client
            .execute(script, vec![preferences.clone()])
            .await
            .is_ok_and(|done| done == Value::Bool(true))
        && client.issue_cmd(context("content")).await.is_ok()
}

/// Gives the page an inner size of `width` × `height` CSS pixels, unless it has it: WebDriver
/// sets the window's outer size, the page gets it less the browser's own frame.
async fn resize(client: &Client, width: u32, height: u32) -> bool {
    let script = "return [innerWidth, innerHeight,
        outerWidth - innerWidth, outerHeight - innerHeight]";
    let Ok(Value::Array(sizes)) = client.execute(script, vec![]).await else {
        return false;
    };
    let size = |i: usize| u32::try_from(sizes[i].as_i64().unwrap_or(0)).unwrap_or(0);
    if (size(0), size(1)) == (width, height) {
        return true;
    }
    client
        .set_window_size(width + size(2), height + size(3))
        .await
        .is_ok()
}

/// Whether the page's document becomes the one at `url` within 15 s.
pub(crate) async fn arrived(client: &Client, url: &str) -> bool {
    let started = Instant::now();
    // The page may have written a fragment already (the card does, on a pick); it is still
    // the document at `url`.
    let arrived = if url.contains('#') {
        format!("return location.href === {}", json!(url))
    } else {
        format!("return location.href.split('#')[0] === {}", json!(url))
    };
    while client.execute(&arrived, vec![]).await.ok() != Some(Value::Bool(true)) {
        if started.elapsed() > Duration::from_secs(15) {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    true
}

/// A WebDriver server that has not given a session yet; stopped on drop unless taken.
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

/// Starts a WebDriver server for `launch` on a free port and asks it for a session.
async fn start(launch: &Launch) -> Result<Session, String> {
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
        unreachable!("the capabilities are an object")
    };
    // Dropping it kills the driver and its browser and removes the profile.
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

/// A POST to a session endpoint WebDriver itself does not define: chromedriver's
/// `goog/cdp/execute` and `se/log`, geckodriver's `moz/context`.
#[derive(Debug)]
pub(crate) struct SessionPost {
    endpoint: &'static str,
    body: Value,
}

impl SessionPost {
    /// The Chrome DevTools Protocol command `cmd` with `params`.
    pub(crate) fn cdp(cmd: &str, params: Value) -> SessionPost {
        SessionPost {
            endpoint: "goog/cdp/execute",
            body: json!({ "cmd": cmd, "params": params }),
        }
    }

    /// Chromium's console messages since the last time they were asked for.
    pub(crate) fn browser_log() -> SessionPost {
        SessionPost {
            endpoint: "se/log",
            body: json!({ "type": "browser" }),
        }
    }

    /// Firefox's context for scripts: `chrome` (the browser's own, privileged) or `content`.
    fn firefox_context(context: &str) -> SessionPost {
        SessionPost {
            endpoint: "moz/context",
            body: json!({ "context": context }),
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
