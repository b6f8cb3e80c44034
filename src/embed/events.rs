//! What a card tells the page: the `news-card-change` event on its element, and console
//! warnings for bad input.

use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit, HtmlElement};
use yew::{AttrValue, Callback};

use crate::{
    contract::{panel_id, CHANGE_EVENT},
    selection::Change,
};

/// Logs `message` as a console warning.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
}

/// A callback that dispatches the change event on `host` with
/// `{ index, headline, slug, id, cause }`, bubbling and composed.
pub fn change_event(host: HtmlElement, prefix: AttrValue) -> Callback<Change> {
    Callback::from(move |change: Change| {
        let detail = js_sys::Object::new();
        let fields: [(&str, JsValue); 5] = [
            ("index", JsValue::from(change.index as u32)),
            ("headline", JsValue::from_str(change.article.headline)),
            ("slug", JsValue::from_str(change.article.slug)),
            ("id", JsValue::from(panel_id(&prefix, change.article.slug))),
            ("cause", JsValue::from_str(change.cause.name())),
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
    })
}
