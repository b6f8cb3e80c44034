//! The card's shadow root: the markup prerendered into it at build time, found and read, or
//! the structure the prerender writes, built with DOM calls for a card that has none.

use std::{cell::RefCell, rc::Rc};

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};

use super::lifecycle::Lifecycle;
use crate::contract::{ShadowChild, ROOT_ATTRIBUTE, SHADOW_ROOT};

/// The article the markup under `root` shows: its selected tab's.
#[cfg(feature = "hydration")]
pub(super) fn shown_article(root: &Element) -> Option<usize> {
    use wasm_bindgen::JsCast;
    let tabs = root.query_selector_all("[role=tab]").ok()?;
    (0..tabs.length()).position(|i| {
        tabs.item(i)
            .and_then(|tab| tab.dyn_into::<Element>().ok())
            .and_then(|tab| tab.get_attribute("aria-selected"))
            .as_deref()
            == Some(crate::contract::TabState::SELECTED.aria_selected)
    })
}

/// The mount point of a shadow root prerendered at build time, if `host` has one with a card
/// in it (a card unmounted earlier leaves an empty one, which is rendered into anew).
pub(super) fn prerendered_root(host: &HtmlElement) -> Option<Element> {
    let selector = format!("[{ROOT_ATTRIBUTE}]");
    let root = host
        .shadow_root()?
        .query_selector(&selector)
        .ok()
        .flatten()?;
    root.first_element_child().map(|_| root)
}

/// An empty shadow root holding the stylesheet link (with its `integrity`) and a mount point
/// that is revealed once the stylesheet has loaded (or failed), so that no unstyled card
/// flashes; `lifecycle` hears of it. Built with DOM calls only (no HTML strings), so that it
/// works under Trusted Types.
pub(super) fn render_root(
    host: &HtmlElement,
    stylesheet: &str,
    integrity: &str,
    lifecycle: Rc<RefCell<Lifecycle>>,
) -> Result<(Element, Vec<EventListener>), JsValue> {
    let document = gloo::utils::document();
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    while let Some(child) = shadow.last_child() {
        shadow.remove_child(&child)?;
    }

    // The structure the prerender writes (the no-script layout aside: this card has script).
    let mut link = None;
    let mut root = None;
    for child in SHADOW_ROOT {
        match child {
            ShadowChild::Stylesheet(_) => {
                let element = document.create_element("link")?;
                element.set_attribute("rel", "stylesheet")?;
                element.set_attribute("href", stylesheet)?;
                if !integrity.is_empty() {
                    // A stylesheet altered on its host is refused, and the loader says so.
                    element.set_attribute("integrity", integrity)?;
                    element.set_attribute("crossorigin", "")?;
                }
                shadow.append_child(&element)?;
                link = Some(element);
            }
            ShadowChild::NoscriptStylesheet(_) => {}
            ShadowChild::Root => {
                let element = document.create_element("div")?;
                element.set_attribute(ROOT_ATTRIBUTE, "")?;
                element.set_attribute("hidden", "")?;
                shadow.append_child(&element)?;
                root = Some(element);
            }
        }
    }
    let (Some(link), Some(root)) = (link, root) else {
        return Err(JsValue::from_str(
            "the shadow root's structure lacks a stylesheet or a root",
        ));
    };
    let reveal = ["load", "error"]
        .into_iter()
        .map(|kind| {
            let (root, lifecycle) = (root.clone(), lifecycle.clone());
            EventListener::once(&link, kind, move |_| {
                let _ = root.remove_attribute("hidden");
                lifecycle.borrow_mut().styled();
            })
        })
        .collect();
    Ok((root, reveal))
}
