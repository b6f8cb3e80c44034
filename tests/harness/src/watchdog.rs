//! A watchdog over the tests' browsers: a WebDriver command has no time limit of its own, and an
//! engine that stops answering one would hold the test, and the test command, for ever. A test
//! that has held its browser for longer than `NEWS_CARD_HANG_LIMIT` seconds (120 unless set; 0
//! turns the watchdog off, for the benchmark's long runs) ends the test process with a message
//! naming it.

use std::{
    collections::BTreeMap,
    io::Write as _,
    sync::{
        atomic::{AtomicU64, Ordering},
        Mutex, Once,
    },
    time::{Duration, Instant},
};

/// The tests holding a browser: by a number of their own, the test's name and since when.
static HOLDING: Mutex<BTreeMap<u64, (String, Instant)>> = Mutex::new(BTreeMap::new());

/// A test holding a browser, until dropped.
pub(crate) struct Held(u64);

impl Drop for Held {
    fn drop(&mut self) {
        HOLDING
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&self.0);
    }
}

/// The limit, from `NEWS_CARD_HANG_LIMIT`; `None` when the watchdog is off.
fn limit() -> Option<Duration> {
    let seconds = std::env::var("NEWS_CARD_HANG_LIMIT")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(120);
    (seconds > 0).then(|| Duration::from_secs(seconds))
}

/// Records that the running test holds a browser from now on, and starts the watchdog once.
pub(crate) fn hold() -> Held {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    static WATCHING: Once = Once::new();
    let Some(limit) = limit() else {
        return Held(u64::MAX);
    };
    WATCHING.call_once(|| {
        std::thread::spawn(move || loop {
            std::thread::sleep(Duration::from_secs(1));
            let holding = HOLDING.lock().unwrap_or_else(|e| e.into_inner());
            if let Some((test, _)) = holding.values().find(|(_, since)| since.elapsed() > limit) {
                // Past the test harness's capture of the tests' output, which this exit loses.
                let _ = writeln!(
                    std::io::stderr(),
                    "{test}: still holding its browser after {} s, the engine answers no more \
                     (NEWS_CARD_HANG_LIMIT); ending the test run",
                    limit.as_secs()
                );
                std::process::exit(101);
            }
        });
    });
    let id = NEXT.fetch_add(1, Ordering::Relaxed);
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    HOLDING
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id, (test, Instant::now()));
    Held(id)
}
