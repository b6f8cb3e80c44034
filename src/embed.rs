//! The Rust side of the `<news-card>` custom element: `loader/news-card.js` defines the
//! element and calls [`mount`] for each one connected to the page.
//!
//! Each card renders into its element's open shadow root, next to a `<link>` to the card's
//! stylesheet, so the host page's CSS cannot reach it and its CSS cannot leak out. When the
//! page carries the card prerendered in a declarative shadow root, the card hydrates it. The
//! card's text keeps the content's language and direction whatever the page's; a `dir` on the
//! element overrides the direction.

use std::cell::RefCell;

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback, Renderer};

#[cfg(feature = "hydration")]
use crate::components::prerender_props;
use crate::{
    attributes::{article_index, default_prefix},
    components::{panel_id, NewsCard, NewsCardProps, ROOT_ATTRIBUTE},
    content::{ARTICLES, DIRECTION},
    selection::Change,
};

/// The event a card's element dispatches when the reader selects another article.
pub const CHANGE_EVENT: &str = "news-card-change";

/// The attribute that picks the article shown first.
pub const ARTICLE_ATTRIBUTE: &str = "article";

/// A card mounted in a `<news-card>` element; unmounted when freed or on [`MountedCard::unmount`].
#[wasm_bindgen]
pub struct MountedCard {
    app: Option<AppHandle<NewsCard>>,
    prefix: AttrValue,
    _reveal: Vec<EventListener>,
}

thread_local! {
    /// The id prefixes of the cards mounted now, so that a new card never reuses one.
    static PREFIXES_IN_USE: RefCell<Vec<AttrValue>> = const { RefCell::new(Vec::new()) };
}

#[wasm_bindgen]
impl MountedCard {
    /// Removes the card from its element.
    pub fn unmount(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
            PREFIXES_IN_USE.with_borrow_mut(|used| {
                if let Some(at) = used.iter().position(|p| *p == self.prefix) {
                    used.swap_remove(at);
                }
            });
        }
    }
}

impl Drop for MountedCard {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// The boolean attribute that keeps the card from touching the page's URL: a fragment naming
/// one of its panels still selects it, but the reader's selections leave the URL as it is.
pub const NO_URL_UPDATE_ATTRIBUTE: &str = "no-url-update";

/// Mounts a card into `host`'s open shadow root, styled by the stylesheet at `stylesheet`, with
/// options read from `host`'s attributes. A shadow root prerendered at build time is hydrated
/// (its markup adopted as it is, then brought to this element's options); otherwise one is
/// attached and the card rendered into it.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, stylesheet: &str) -> Result<MountedCard, JsValue> {
    let prerendered = prerendered_root(&host);
    let requested = requested_article(&host);
    let prefix = claim_prefix(&host);
    let props = yew::props!(NewsCardProps {
        initial: requested.unwrap_or(0),
        select: requested,
        id_prefix: prefix.clone(),
        // The publisher's `dir` on the element wins over the content's direction.
        dir: (!host.has_attribute("dir")).then_some(AttrValue::Static(DIRECTION)),
        deep_link: true,
        update_url: !host.has_attribute(NO_URL_UPDATE_ATTRIBUTE),
        on_change: change_event(host.clone(), prefix.clone()),
    });
    let (app, reveal) = match prerendered {
        #[cfg(feature = "hydration")]
        Some(root) => {
            // Hydration needs the props the markup was rendered with; the element's own
            // (its article, id prefix, direction) follow as an update, which Yew renders as
            // a patch of the adopted DOM. So hydration never ends in a state the DOM does not
            // show.
            let mut app =
                Renderer::<NewsCard>::with_root_and_props(root, prerender_props()).hydrate();
            app.update(props);
            (app, Vec::new())
        }
        #[cfg(not(feature = "hydration"))]
        Some(root) => {
            // Without hydration the prerendered markup is rendered over.
            let app = Renderer::<NewsCard>::with_root_and_props(root, props).render();
            (app, Vec::new())
        }
        None => {
            let (root, reveal) = render_root(&host, stylesheet)?;
            let app = Renderer::<NewsCard>::with_root_and_props(root, props).render();
            (app, reveal)
        }
    };
    Ok(MountedCard {
        app: Some(app),
        prefix,
        _reveal: reveal,
    })
}

/// The mount point of a shadow root prerendered at build time, if `host` has one with a card
/// in it (a card unmounted earlier leaves an empty one, which is rendered into anew).
fn prerendered_root(host: &HtmlElement) -> Option<Element> {
    let selector = format!("[{ROOT_ATTRIBUTE}]");
    let root = host
        .shadow_root()?
        .query_selector(&selector)
        .ok()
        .flatten()?;
    root.first_element_child().map(|_| root)
}

/// An empty shadow root holding the stylesheet link and a mount point that is revealed once the
/// stylesheet has loaded (or failed), so that no unstyled card flashes. Built with DOM calls
/// only (no HTML strings), so that it works under Trusted Types.
fn render_root(
    host: &HtmlElement,
    stylesheet: &str,
) -> Result<(Element, Vec<EventListener>), JsValue> {
    let document = gloo::utils::document();
    let shadow = match host.shadow_root() {
        Some(shadow) => shadow,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    while let Some(child) = shadow.last_child() {
        shadow.remove_child(&child)?;
    }

    let link = document.create_element("link")?;
    link.set_attribute("rel", "stylesheet")?;
    link.set_attribute("href", stylesheet)?;
    let root = document.create_element("div")?;
    root.set_attribute(ROOT_ATTRIBUTE, "")?;
    root.set_attribute("hidden", "")?;
    shadow.append_child(&link)?;
    shadow.append_child(&root)?;
    let reveal = ["load", "error"]
        .into_iter()
        .map(|kind| {
            let root = root.clone();
            EventListener::once(&link, kind, move |_| {
                let _ = root.remove_attribute("hidden");
            })
        })
        .collect();
    Ok((root, reveal))
}

/// The index the `article` attribute names, if it has one; a bad value warns on the console
/// and names none.
fn requested_article(host: &Element) -> Option<usize> {
    let value = host.get_attribute(ARTICLE_ATTRIBUTE)?;
    article_index(&value, ARTICLES)
        .map_err(|warning| web_sys::console::warn_1(&JsValue::from(warning)))
        .ok()
}

/// The element's `id`; without one, a prefix from its position among the page's cards (so it
/// is the same on every load of a page), moved on past any prefix a mounted card holds. An
/// `id` another mounted card already holds gets a number added, with a warning, so that no two
/// elements on the page share an id.
fn claim_prefix(host: &Element) -> AttrValue {
    let in_use =
        |candidate: &AttrValue| PREFIXES_IN_USE.with_borrow(|used| used.contains(candidate));
    let id = host.id();
    let id = id.trim();
    let prefix: AttrValue = if id.is_empty() {
        let host: &web_sys::Node = host.as_ref();
        let cards = gloo::utils::document().query_selector_all("news-card").ok();
        let ordinal = cards
            .and_then(|cards| {
                (0..cards.length()).position(|i| cards.item(i).is_some_and(|c| &c == host))
            })
            .unwrap_or(0);
        (ordinal..)
            .map(|n| AttrValue::from(default_prefix(n)))
            .find(|candidate| !in_use(candidate))
            .unwrap_or_default()
    } else {
        let wanted = AttrValue::from(id.to_owned());
        if in_use(&wanted) {
            let unique = (2..)
                .map(|n| AttrValue::from(format!("{id}-{n}")))
                .find(|candidate| !in_use(candidate))
                .unwrap_or_default();
            web_sys::console::warn_1(&JsValue::from(format!(
                "<news-card id=\"{id}\">: another card on the page has this id, so this card's \
                 element ids start with \"{unique}\" instead. Give each card its own id."
            )));
            unique
        } else {
            wanted
        }
    };
    PREFIXES_IN_USE.with_borrow_mut(|used| used.push(prefix.clone()));
    prefix
}

/// A callback that dispatches [`CHANGE_EVENT`] on `host` with
/// `{ index, headline, slug, id, cause }`.
fn change_event(host: HtmlElement, prefix: AttrValue) -> Callback<Change> {
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
        if let Ok(event) = CustomEvent::new_with_event_init_dict(CHANGE_EVENT, &init) {
            let _ = host.dispatch_event(&event);
        }
    })
}
