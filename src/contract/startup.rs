//! The card's start-up, as one state machine on each side of the language boundary: the
//! loader holds the element's state in one field and makes each move through [`TRANSITIONS`]
//! (generated into its constants module, with each state and event as a named constant);
//! `ARCHITECTURE.md` gives the same table, and a test checks that the two agree. The reader's
//! input is no part of it: the element answers it in every state that shows tabs.

/// Defined but never connected.
pub const IDLE: &str = "idle";
/// A lazy card that waits to come near the screen.
pub const WAITING: &str = "waiting";
/// The wasm is being fetched and compiled.
pub const LOADING: &str = "loading";
/// The wasm has mounted the card: it hydrates (or renders) and waits for its stylesheet.
pub const STARTING: &str = "starting";
/// Interactive and styled: `ready` has resolved.
pub const RUNNING: &str = "running";
/// It cannot start: the prerendered card shows every article, `ready` has rejected.
pub const FAILED: &str = "failed";
/// Taken out of the page: everything it held is freed.
pub const REMOVED: &str = "removed";

/// Every state, in the order a card goes through them.
pub const STATES: &[&str] = &[IDLE, WAITING, LOADING, STARTING, RUNNING, FAILED, REMOVED];

/// One move of the start-up: in any of the states `from`, `event` leads to `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Transition {
    /// The states it leaves.
    pub from: &'static [&'static str],
    /// What happens: the event's name.
    pub event: &'static str,
    /// The state it leads to.
    pub to: &'static str,
}

/// Connected to a document, eagerly (or inserted again after removal).
pub const CONNECT: &str = "connect";
/// Connected with `loading="lazy"`.
pub const CONNECT_LAZILY: &str = "connect-lazily";
/// A lazy card comes near the screen, the reader reaches for it, or it is made eager.
pub const NEAR: &str = "near";
/// The wasm has loaded: the card is mounted.
pub const WASM_LOADED: &str = "wasm-loaded";
/// The card has rendered and its stylesheet has loaded.
pub const INTERACTIVE: &str = "interactive";
/// The wasm or a file it needs failed, or the browser lacks what the card needs.
pub const FAIL: &str = "fail";
/// Disconnected, and not connected again in the same task (a move keeps the card).
pub const REMOVE: &str = "remove";

/// Every move. An event a state has no move for changes nothing.
pub const TRANSITIONS: &[Transition] = &[
    Transition {
        from: &[IDLE, REMOVED],
        event: CONNECT,
        to: LOADING,
    },
    Transition {
        from: &[IDLE, REMOVED],
        event: CONNECT_LAZILY,
        to: WAITING,
    },
    Transition {
        from: &[WAITING],
        event: NEAR,
        to: LOADING,
    },
    Transition {
        from: &[LOADING],
        event: WASM_LOADED,
        to: STARTING,
    },
    Transition {
        from: &[STARTING],
        event: INTERACTIVE,
        to: RUNNING,
    },
    Transition {
        from: &[IDLE, WAITING, LOADING, STARTING],
        event: FAIL,
        to: FAILED,
    },
    Transition {
        from: &[WAITING, LOADING, STARTING, RUNNING, FAILED],
        event: REMOVE,
        to: REMOVED,
    },
];

/// Every event, in the order a card meets them.
pub const EVENTS: &[&str] = &[
    CONNECT,
    CONNECT_LAZILY,
    NEAR,
    WASM_LOADED,
    INTERACTIVE,
    FAIL,
    REMOVE,
];

/// The state `event` leads to from `from`, if it leads anywhere.
///
/// ```
/// # use news_card::contract::startup::*;
/// assert_eq!(next(LOADING, WASM_LOADED), Some(STARTING));
/// assert_eq!(next(RUNNING, FAIL), None);
/// ```
pub fn next(from: &str, event: &str) -> Option<&'static str> {
    TRANSITIONS
        .iter()
        .find(|t| t.event == event && t.from.contains(&from))
        .map(|t| t.to)
}
