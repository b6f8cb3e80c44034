//! A headless browser for one test, driven over WebDriver: started with the reader's settings
//! a test asks for (or taken over from a test that has finished with one), and what a test
//! does with it: navigate, wait, run scripts, press keys, read the console.

use std::time::{Duration, Instant};

use fantoccini::Client;
use news_card::contract::TAG;
use serde_json::Value;

use crate::{
    engine::{Engine, Launch},
    session::{self, arrived, Session, SessionPost},
    watchdog,
};

/// A headless browser session for one test. On drop it waits, idle, for the next test of this
/// process that can use it; after a failed test, its driver and browser are killed and its
/// profile removed instead.
pub struct Browser {
    /// The WebDriver client.
    pub client: Client,
    session: Option<Session>,
    pub(crate) launch: Launch,
    /// The watchdog's record of this test holding a browser.
    _held: watchdog::Held,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let Some(session) = self.session.take() else {
            return;
        };
        if std::thread::panicking() {
            session.stop();
        } else {
            session::give_back(&self.launch, session);
        }
    }
}

impl Browser {
    /// A headless session with `launch`'s settings on a blank page.
    pub async fn start(launch: Launch) -> Browser {
        let held = watchdog::hold();
        let session = session::take(&launch).await;
        Browser {
            client: session.client.clone(),
            session: Some(session),
            launch,
            _held: held,
        }
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

    /// Opens `url` and waits until `ready` (a JavaScript expression) is true, whether or not
    /// the page has finished loading.
    pub async fn open(&self, url: &str, ready: &str) {
        self.navigate(url).await;
        self.wait_for(ready).await;
    }

    /// Navigates to `url` and returns once the page has loaded (its load event has fired).
    /// It asks from here rather than with [`Browser::wait_for`], whose check runs on the page's
    /// timers: a page with JavaScript off has none.
    pub async fn goto(&self, url: &str) {
        self.navigate(url).await;
        let started = Instant::now();
        let loaded = "return document.readyState === 'complete'";
        while self.client.execute(loaded, vec![]).await.ok() != Some(Value::Bool(true)) {
            assert!(
                started.elapsed() < Duration::from_secs(15),
                "{url} never finished loading"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Navigates to `url` and returns once the page's document is the one at `url`, whatever
    /// it still loads (a page whose wasm the server holds never finishes loading until the
    /// test releases it). Sessions do not wait for pages to load (`engine::driver`), and a
    /// script run before this would run in the old document. A page at `url` already (with any
    /// fragment) is left for a blank one first, so that the old document cannot pass for the new.
    pub async fn navigate(&self, url: &str) {
        const BLANK: &str = "about:blank";
        // The document at `url`, whatever fragment it has written since.
        let here = self.client.current_url().await.ok().map(|mut at| {
            at.set_fragment(None);
            at.to_string()
        });
        if url != BLANK && !url.contains('#') && here.as_deref() == Some(url) {
            Box::pin(self.navigate(BLANK)).await;
        }
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|err| panic!("opening {url}: {err}"));
        assert!(
            arrived(&self.client, url).await,
            "{url} never replaced the page before it"
        );
    }

    /// Waits until the page has painted its next frame and run a task after it: the card
    /// updates the URL then, so a URL left alone is checked after this.
    pub async fn after_next_paint(&self) {
        self.eval("new Promise((r) => requestAnimationFrame(() => setTimeout(() => r(true))))")
            .await;
    }

    /// Waits up to 15 s for the JavaScript expression `condition` to be true. The page checks
    /// it every few milliseconds and answers once: a WebDriver round trip per check would cost
    /// the browser more than the page under test does. (With JavaScript off the page has no
    /// timers: the test asks every few milliseconds itself.)
    pub async fn wait_for(&self, condition: &str) {
        const LIMIT: Duration = Duration::from_secs(15);
        let started = Instant::now();
        if !self.launch.javascript {
            let check = format!("return ({condition}) === true");
            while self.client.execute(&check, vec![]).await.ok() != Some(Value::Bool(true)) {
                assert!(
                    started.elapsed() < LIMIT,
                    "timed out waiting for `{condition}`"
                );
                tokio::time::sleep(Duration::from_millis(20)).await;
            }
            return;
        }
        loop {
            let left = LIMIT.saturating_sub(started.elapsed()).as_millis();
            let script = format!(
                "const done = arguments[arguments.length - 1];
                 const until = performance.now() + {left};
                 const check = () => {{
                   // A condition that throws is asked again (the page's scripts may not have
                   // run yet), and its error is the answer if time runs out.
                   let met, error;
                   try {{ met = ({condition}) === true; }} catch (e) {{ error = String(e); }}
                   if (met) done(true);
                   else if (performance.now() > until) done(error ?? false);
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
