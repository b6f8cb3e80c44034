//! The host page, as the card reaches it: the URL fragment and `hashchange`, `history`, the
//! next paint, the reduced-motion query, the page's other cards. The one module that reads or
//! writes the page outside the card's own element; the element's embedding layer
//! (`crate::embed`) calls it.

use gloo::events::EventListener;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, ShadowRoot};

use crate::contract::TAG;

/// The page URL's fragment without `#`, percent-decoded.
pub fn current_fragment() -> String {
    let raw = gloo::utils::window().location().hash().unwrap_or_default();
    let raw = raw.trim_start_matches('#');
    js_sys::decode_uri_component(raw)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| raw.to_owned())
}

/// Calls `on_change` on every `hashchange` of the page, until the listener is dropped.
pub fn on_hashchange(on_change: impl FnMut() + 'static) -> EventListener {
    let mut on_change = on_change;
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| on_change())
}

/// Runs `work` once the browser has painted its next frame: a task queued from an animation
/// frame callback runs after that frame's paint.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    let task = Closure::once_into_js(work);
    let frame = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(task.unchecked_ref());
    });
    let _ = gloo::utils::window().request_animation_frame(frame.unchecked_ref());
}

/// Runs `work` once the code running now has returned (a microtask).
pub fn soon(work: impl FnOnce() + 'static) {
    let work = Closure::once_into_js(work);
    gloo::utils::window().queue_microtask(work.unchecked_ref());
}

/// Points the URL fragment at `id` without a history entry or a scroll jump.
pub fn replace_fragment(id: &str) {
    let window = gloo::utils::window();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{id}")));
    }
}

/// Scrolls the page so that the card in `element` starts at the top of the viewport: smoothly,
/// unless the reader asks for reduced motion. Inside a shadow root it is the host element that
/// is scrolled to, which has its place on the page even while the card waits for its
/// stylesheet.
pub fn scroll_into_view(element: &Element) {
    let element = element
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .map_or_else(|_| element.clone(), |shadow| shadow.host());
    let reduced = gloo::utils::window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Start);
    options.set_behavior(if reduced {
        ScrollBehavior::Instant
    } else {
        ScrollBehavior::Smooth
    });
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The position of the card `host` among the page's `<news-card>` elements (0 when it is not
/// among them).
pub fn card_ordinal(host: &Element) -> usize {
    let host: &web_sys::Node = host.as_ref();
    gloo::utils::document()
        .query_selector_all(TAG)
        .ok()
        .and_then(|cards| {
            (0..cards.length()).position(|i| cards.item(i).is_some_and(|c| &c == host))
        })
        .unwrap_or(0)
}
