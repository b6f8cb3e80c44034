//! What a card tells the page: the `news-card-change` event on its element, and console
//! warnings for bad input.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};

use crate::{
    contract::{change_detail, panel_id, CHANGE_EVENT},
    selection::Change,
};

/// Logs `message` as a console warning.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// Dispatches the change event of `change` on `host`, whose panel ids start with `prefix`:
/// bubbling and composed, with the contract's `detail` (`contract::change_detail`).
pub fn dispatch_change(host: &HtmlElement, prefix: &str, change: Change) {
    let detail = js_sys::Object::new();
    let fields: [(&str, JsValue); 5] = [
        (
            change_detail::INDEX.name,
            JsValue::from(change.index as u32),
        ),
        (
            change_detail::HEADLINE.name,
            JsValue::from_str(change.article.headline),
        ),
        (
            change_detail::SLUG.name,
            JsValue::from_str(change.article.slug),
        ),
        (
            change_detail::ID.name,
            JsValue::from(panel_id(prefix, change.article.slug)),
        ),
        (
            change_detail::CAUSE.name,
            JsValue::from_str(change.cause.name()),
        ),
    ];
    for (key, value) in fields {
        let _ = js_sys::Reflect::set(&detail, &JsValue::from_str(key), &value);
    }
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(&detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(CHANGE_EVENT.name, &init) {
        let _ = host.dispatch_event(&event);
    }
}
