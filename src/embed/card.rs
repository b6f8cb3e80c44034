//! The element's script API: [`mount`] starts a card in a `<news-card>` element, and the
//! loader drives the [`MountedCard`] it returns from the element's live attributes.

use std::{
    cell::{Cell, RefCell},
    rc::Rc,
};

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::{AttrValue, Callback, Renderer};

use super::{
    events::{change_event, warn},
    lifecycle::Lifecycle,
    prefixes,
};
use crate::{
    attributes::{article_for_fragment, article_index, opening, Opening},
    components::{prerender_props, NewsCard, NewsCardProps},
    content::{articles, direction},
    contract::{ShadowChild, ARTICLE, LABEL, NO_URL_UPDATE, ROOT_ATTRIBUTE, SHADOW_ROOT},
    page::{current_fragment, report_reader_change},
    selection::{Cause, Change, Request},
};

/// A card mounted in a `<news-card>` element: the loader keeps it in its state and calls its
/// methods when the element's attributes change. Unmounted on [`MountedCard::unmount`] or when
/// freed, in any stage of its start-up.
#[wasm_bindgen]
pub struct MountedCard {
    lifecycle: Rc<RefCell<Lifecycle>>,
    host: HtmlElement,
    /// The card's id prefix, held until it unmounts.
    prefix: Option<AttrValue>,
    label: Option<AttrValue>,
    update_url: bool,
    request: Option<Request>,
    opening: Opening,
    /// The reader's picks before the card ran, until the card has reported them.
    reports: Rc<RefCell<Vec<usize>>>,
    selected: Rc<Cell<usize>>,
    interactive: js_sys::Promise,
    _reveal: Vec<EventListener>,
}

#[wasm_bindgen]
impl MountedCard {
    /// Selects the article `value` names (a slug or a 1-based position), as the `article`
    /// attribute or property asks. An unknown value logs a console warning listing the valid
    /// ones and leaves the selection as it is. No change event: the page asked.
    pub fn select(&mut self, value: &str) {
        match article_index(value, articles()) {
            Ok(index) => {
                let serial = self.request.map_or(0, |r| r.serial.wrapping_add(1));
                self.request = Some(Request { index, serial });
                self.update();
            }
            Err(warning) => warn(&format!("{warning}. The selection is unchanged.")),
        }
    }

    /// Resolves once the card has rendered (or hydrated), listens to the reader and shows
    /// styled (a card rendered into an empty shadow root waits, hidden, for its stylesheet).
    #[wasm_bindgen(getter)]
    pub fn interactive(&self) -> js_sys::Promise {
        self.interactive.clone()
    }

    /// The selected article's slug.
    pub fn selected(&self) -> String {
        articles()
            .get(self.selected.get())
            .map(|article| article.slug.to_owned())
            .unwrap_or_default()
    }

    /// Sets the tab list's accessible name (`None`: the content's words for it).
    pub fn set_label(&mut self, label: Option<String>) {
        self.label = label.map(AttrValue::from);
        self.update();
    }

    /// Turns the URL updates on selection on or off.
    pub fn set_url_updates(&mut self, on: bool) {
        self.update_url = on;
        self.update();
    }

    /// Removes the card from its element, whatever stage of its start-up it is in, and gives
    /// its id prefix back.
    pub fn unmount(&mut self) {
        self.lifecycle.borrow_mut().unmount();
        if let Some(prefix) = self.prefix.take() {
            prefixes::release(&prefix);
        }
    }
}

impl MountedCard {
    /// The card's props, from the element's state.
    fn props(&self) -> NewsCardProps {
        let prefix = self.prefix.clone().unwrap_or_default();
        let (selected, lifecycle) = (self.selected.clone(), self.lifecycle.clone());
        let on_change = change_event(self.host.clone(), prefix.clone());
        let (reports, update_url) = (self.reports.clone(), self.update_url);
        let reported_prefix = prefix.clone();
        yew::props!(NewsCardProps {
            initial: self.opening.index,
            initial_by_reader: self.opening.by_reader,
            select: self.request,
            id_prefix: prefix,
            label: self.label.clone(),
            // The publisher's `dir` on the element wins over the content's direction.
            dir: (!self.host.has_attribute("dir")).then_some(AttrValue::Static(direction())),
            deep_link: true,
            update_url: self.update_url,
            on_change: on_change.clone(),
            on_selection: Callback::from(move |change: Change| {
                selected.set(change.index);
                // The reader's picks before the card ran are theirs: the page hears of each that
                // changed the article, once, and the URL follows the last.
                let picks = std::mem::take(&mut *reports.borrow_mut());
                for (at, &index) in picks.iter().enumerate() {
                    if let Some(article) = articles().get(index) {
                        let change = Change {
                            index,
                            article,
                            cause: Cause::Reader,
                        };
                        let url = update_url && at + 1 == picks.len();
                        report_reader_change(change, &reported_prefix, articles(), url, &on_change);
                    }
                }
                lifecycle.borrow_mut().rendered();
            }),
        })
    }

    /// Renders the card again with the element's current state.
    fn update(&mut self) {
        let props = self.props();
        self.lifecycle.borrow_mut().update(props);
    }
}

impl Drop for MountedCard {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// Mounts a card into `host`'s open shadow root, styled by the stylesheet at `stylesheet` (whose
/// Subresource Integrity hash is `integrity`, empty for none), with options read from `host`'s
/// attributes. A shadow root prerendered at build time is hydrated
/// (its markup adopted as it is, then brought to this element's options) or, without the
/// `hydration` feature, rendered over; otherwise one is attached and the card rendered into it.
///
/// `picks` are the articles the reader picked on the prerendered card before it ran, in
/// order; the loader shows the last. The card starts with it (over the `article` attribute
/// and a deep link) and reports each pick that changed the article as the reader's selection,
/// with a change event each and the URL.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    stylesheet: &str,
    integrity: &str,
    picks: &[u32],
) -> Result<MountedCard, JsValue> {
    let prerendered = prerendered_root(&host);
    let picks: Vec<usize> = picks
        .iter()
        .filter_map(|&index| usize::try_from(index).ok())
        .filter(|&index| index < articles().len())
        .collect();
    let prefix = prefixes::claim(&host);
    let linked = article_for_fragment(&current_fragment(), &prefix, articles());
    let mut opening = opening(
        &picks,
        requested_article(&host),
        linked,
        prerender_props().initial,
    );
    let label = host.get_attribute(LABEL.name).map(AttrValue::from);
    // A card rendered into an empty shadow root also waits for its stylesheet.
    let (lifecycle, interactive) = Lifecycle::new(prerendered.is_some());
    let mut card = MountedCard {
        lifecycle,
        interactive,
        update_url: !host.has_attribute(NO_URL_UPDATE.name),
        selected: Rc::new(Cell::new(opening.index)),
        reports: Rc::new(RefCell::new(std::mem::take(&mut opening.reports))),
        request: opening.request.map(|index| Request { index, serial: 0 }),
        opening,
        host: host.clone(),
        prefix: Some(prefix),
        label,
        _reveal: Vec::new(),
    };
    let props = card.props();
    let app = match prerendered {
        #[cfg(feature = "hydration")]
        Some(root) => {
            // Hydration needs props whose markup is the DOM's: the prerender's, showing the
            // article the DOM shows (the loader may have shown another than the prerendered
            // one, by the same attributes). Yew rewrites every attribute it renders and removes
            // none, so any other start would leave attributes behind. The element's own (its
            // article, id prefix, direction) follow as an update, which Yew renders as a patch
            // of the adopted DOM. So hydration never ends in a state the DOM does not show.
            let adopted = NewsCardProps {
                initial: shown_article(&root).unwrap_or(card.opening.index),
                ..prerender_props()
            };
            let mut app = Renderer::<NewsCard>::with_root_and_props(root, adopted).hydrate();
            app.update(props);
            app
        }
        #[cfg(not(feature = "hydration"))]
        Some(root) => Renderer::<NewsCard>::with_root_and_props(root, props).render(),
        None => {
            let (root, reveal) = render_root(&host, stylesheet, integrity, card.lifecycle.clone())?;
            card._reveal = reveal;
            Renderer::<NewsCard>::with_root_and_props(root, props).render()
        }
    };
    card.lifecycle.borrow_mut().set_app(app);
    Ok(card)
}

/// The article the markup under `root` shows: its selected tab's.
#[cfg(feature = "hydration")]
fn shown_article(root: &Element) -> Option<usize> {
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
fn prerendered_root(host: &HtmlElement) -> Option<Element> {
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
/// flashes; `lifecycle` hears of it. Built with DOM calls only (no HTML strings), so that it works under Trusted Types.
fn render_root(
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

/// The index the `article` attribute names, if it has one; a bad value warns on the console
/// and names none.
fn requested_article(host: &Element) -> Option<usize> {
    let value = host.get_attribute(ARTICLE.name)?;
    article_index(&value, articles())
        .map_err(|warning| warn(&format!("{warning}. Showing the first.")))
        .ok()
}
