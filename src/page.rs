//! The host page, as the card reaches it: the URL fragment, `history`, the next paint and the
//! reduced-motion query. The one module that reads or writes the page; the components call it
//! from their effects (deep links are the card's behaviour, in any host), never while they
//! render, and the element's embedding layer calls it when a card starts.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{Element, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition, ShadowRoot};
use yew::{AttrValue, Callback};

use crate::{
    attributes::fragment_is_replaceable, content::Article, contract::panel_id, selection::Change,
};

/// Tells the host page of a selection the reader made, `change`, with `on_change`, and points
/// the URL at it (`update_url`) once the frame that shows it is painted: the URL is not what
/// the reader waits for. A fragment the page uses for itself is left alone.
pub fn report_reader_change(
    change: Change,
    prefix: &AttrValue,
    articles: &'static [Article],
    update_url: bool,
    on_change: &Callback<Change>,
) {
    if update_url {
        let (id, prefix) = (panel_id(prefix, change.article.slug), prefix.clone());
        after_next_paint(move || {
            if fragment_is_replaceable(&current_fragment(), &prefix, articles) {
                replace_fragment(&id);
            }
        });
    }
    on_change.emit(change);
}

/// The page URL's fragment without `#`, percent-decoded.
pub fn current_fragment() -> String {
    let raw = gloo::utils::window().location().hash().unwrap_or_default();
    let raw = raw.trim_start_matches('#');
    js_sys::decode_uri_component(raw)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| raw.to_owned())
}

/// Runs `work` once the browser has painted its next frame: a task queued from an animation
/// frame callback runs after that frame's paint.
fn after_next_paint(work: impl FnOnce() + 'static) {
    let task = Closure::once_into_js(work);
    let frame = Closure::once_into_js(move || {
        let _ = gloo::utils::window().set_timeout_with_callback(task.unchecked_ref());
    });
    let _ = gloo::utils::window().request_animation_frame(frame.unchecked_ref());
}

/// Points the URL fragment at `id` without a history entry or a scroll jump.
fn replace_fragment(id: &str) {
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
