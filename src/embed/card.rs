//! The element's script API: [`mount`] starts a card in a `<news-card>` element, and the
//! loader drives the [`MountedCard`] it returns: with the reader's picks, which it answers
//! itself, and with the element's live attributes.
//!
//! The card owns the selection: it renders it, tells the page of each one the reader makes
//! (the change event, from here only) and points the URL at it.

use std::{
    cell::{Cell, RefCell},
    rc::{Rc, Weak},
};

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;
use yew::{AttrValue, Callback, Renderer};

use super::{
    events::{dispatch_change, warn},
    lifecycle::Lifecycle,
    prefixes, shadow,
};
use crate::{
    attributes::{article_for_fragment, article_index, fragment_is_replaceable, opening},
    components::{prerender_props, NewsCard, NewsCardProps},
    content::{articles, direction},
    contract::{ARTICLE, LABEL, NO_URL_UPDATE},
    page::{
        after_next_paint, current_fragment, on_hashchange, replace_fragment, scroll_into_view, soon,
    },
    selection::{Cause, Change, Selection},
};

/// A card mounted in a `<news-card>` element: the loader keeps it in its state and calls its
/// methods as the reader picks tabs and the element's attributes change. Unmounted on
/// [`MountedCard::unmount`] or when freed, in any stage of its start-up.
#[wasm_bindgen]
pub struct MountedCard {
    card: Rc<Card>,
}

/// What a mounted card holds, shared with the listeners and callbacks it gives out.
struct Card {
    host: HtmlElement,
    lifecycle: Rc<RefCell<Lifecycle>>,
    /// The card's id prefix, held until it unmounts.
    prefix: RefCell<Option<AttrValue>>,
    label: RefCell<Option<AttrValue>>,
    update_url: Cell<bool>,
    selection: Cell<Selection>,
    /// Told once the card has first rendered (one callback, so that props compare equal).
    on_rendered: Callback<()>,
    interactive: js_sys::Promise,
    /// The stylesheet's load and error listeners of a card rendered into an empty shadow root,
    /// and the page's `hashchange`.
    listeners: RefCell<Vec<EventListener>>,
}

#[wasm_bindgen]
impl MountedCard {
    /// The reader picked article `index` (the element has shown it already): the card selects
    /// it, and if that changes the article the page hears of it (a change event, the URL).
    pub fn pick(&self, index: u32) {
        if let Ok(index) = usize::try_from(index) {
            self.card.select(index, Cause::Reader);
        }
    }

    /// Selects the article `value` names (a slug or a 1-based position), as the `article`
    /// attribute or property asks. An unknown value logs a console warning listing the valid
    /// ones and leaves the selection as it is. No change event: the page asked.
    pub fn select(&self, value: &str) {
        match article_index(value, articles()) {
            Ok(index) => self.card.select(index, Cause::Initial),
            Err(warning) => warn(&format!("{warning}. The selection is unchanged.")),
        }
    }

    /// Resolves once the card has rendered (or hydrated) and shows styled (a card rendered
    /// into an empty shadow root waits, hidden, for its stylesheet).
    #[wasm_bindgen(getter)]
    pub fn interactive(&self) -> js_sys::Promise {
        self.card.interactive.clone()
    }

    /// The selected article's slug.
    pub fn selected(&self) -> String {
        articles()
            .get(self.card.selection.get().index)
            .map(|article| article.slug.to_owned())
            .unwrap_or_default()
    }

    /// Sets the tab list's accessible name (`None`: the content's words for it).
    pub fn set_label(&self, label: Option<String>) {
        *self.card.label.borrow_mut() = label.map(AttrValue::from);
        self.card.render();
    }

    /// Turns the URL updates on selection on or off.
    pub fn set_url_updates(&self, on: bool) {
        self.card.update_url.set(on);
    }

    /// Removes the card from its element, whatever stage of its start-up it is in, and gives
    /// its id prefix back.
    pub fn unmount(&self) {
        self.card.lifecycle.borrow_mut().unmount();
        self.card.listeners.borrow_mut().clear();
        if let Some(prefix) = self.card.prefix.borrow_mut().take() {
            prefixes::release(&prefix);
        }
    }
}

impl Drop for MountedCard {
    fn drop(&mut self) {
        self.unmount();
    }
}

impl Card {
    fn prefix(&self) -> AttrValue {
        self.prefix.borrow().clone().unwrap_or_default()
    }

    /// The card's props, from its state.
    fn props(&self) -> NewsCardProps {
        yew::props!(NewsCardProps {
            selected: self.selection.get().index,
            id_prefix: self.prefix(),
            label: self.label.borrow().clone(),
            // The publisher's `dir` on the element wins over the content's direction.
            dir: (!self.host.has_attribute("dir")).then_some(AttrValue::Static(direction())),
            on_rendered: self.on_rendered.clone(),
        })
    }

    /// Renders the card again with its state.
    fn render(&self) {
        let props = self.props();
        self.lifecycle.borrow_mut().update(props);
    }

    /// Selects article `index` for `cause`, and reports it if the page is to hear of it.
    fn select(&self, index: usize, cause: Cause) {
        if index >= articles().len() {
            return;
        }
        let (next, reported) = self.selection.get().then(Selection { index, cause });
        self.selection.set(next);
        self.render();
        if reported {
            self.report(index, cause, cause == Cause::Reader);
        }
    }

    /// Tells the page that the reader selected article `index` by `cause`: the change event,
    /// and with `point_url` the URL, once the frame that shows it is painted (the URL is not
    /// what the reader waits for). A fragment the page uses for itself is left alone.
    fn report(&self, index: usize, cause: Cause, point_url: bool) {
        let Some(article) = articles().get(index) else {
            return;
        };
        let prefix = self.prefix();
        if point_url && self.update_url.get() {
            let id = crate::contract::panel_id(&prefix, article.slug);
            let prefix = prefix.clone();
            after_next_paint(move || {
                if fragment_is_replaceable(&current_fragment(), &prefix, articles()) {
                    replace_fragment(&id);
                }
            });
        }
        let change = Change {
            index,
            article,
            cause,
        };
        dispatch_change(&self.host, &prefix, change);
    }
}

/// Mounts a card into `host`'s open shadow root, styled by the stylesheet at `stylesheet` (whose
/// Subresource Integrity hash is `integrity`, empty for none), with options read from `host`'s
/// attributes. A shadow root prerendered at build time is hydrated (its markup adopted as it
/// is, then brought to this element's options) or, without the `hydration` feature, rendered
/// over; otherwise one is attached and the card rendered into it.
///
/// `picks` are the articles the reader picked before the card ran, in order; the element shows
/// the last. The card starts on it (over the `article` attribute and a deep link) and, once
/// this has returned, reports each pick that changed the article as the reader's selection,
/// with a change event each and the URL after the last.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    stylesheet: &str,
    integrity: &str,
    picks: &[u32],
) -> Result<MountedCard, JsValue> {
    let prerendered = shadow::prerendered_root(&host);
    let picks: Vec<usize> = picks
        .iter()
        .filter_map(|&index| usize::try_from(index).ok())
        .filter(|&index| index < articles().len())
        .collect();
    let prefix = prefixes::claim(&host);
    let linked = article_for_fragment(&current_fragment(), &prefix, articles());
    let start = opening(
        &picks,
        requested_article(&host),
        linked,
        prerender_props().selected,
    );
    // A card rendered into an empty shadow root also waits for its stylesheet.
    let (lifecycle, interactive) = Lifecycle::new(prerendered.is_some());
    let card = Rc::new_cyclic(|me: &Weak<Card>| {
        let (me, rendered) = (me.clone(), lifecycle.clone());
        let deep_link = start.linked;
        let on_rendered = Callback::from(move |()| {
            rendered.borrow_mut().rendered();
            // A fragment on load brings the card into view, as the browser would for an
            // element of the page.
            if let Some(card) = me.upgrade().filter(|_| deep_link) {
                scroll_into_view(&card.host);
            }
        });
        Card {
            host: host.clone(),
            lifecycle,
            prefix: RefCell::new(Some(prefix.clone())),
            label: RefCell::new(host.get_attribute(LABEL.name).map(AttrValue::from)),
            update_url: Cell::new(!host.has_attribute(NO_URL_UPDATE.name)),
            selection: Cell::new(Selection {
                index: start.index,
                cause: if start.by_reader {
                    Cause::Reader
                } else {
                    Cause::Initial
                },
            }),
            on_rendered,
            interactive,
            listeners: RefCell::new(Vec::new()),
        }
    });
    let props = card.props();
    let app = match prerendered {
        #[cfg(feature = "hydration")]
        Some(root) => {
            // Hydration needs props whose markup is the DOM's: the prerender's, showing the
            // article the DOM shows (the element may have shown another than the prerendered
            // one, by the same attributes). Yew rewrites every attribute it renders and
            // removes none, so any other start would leave attributes behind. The element's
            // own (its article, id prefix, direction) follow as an update, which Yew renders as
            // a patch of the adopted DOM. So hydration never ends in a state the DOM does not
            // show.
            let adopted = NewsCardProps {
                selected: shadow::shown_article(&root).unwrap_or(start.index),
                on_rendered: card.on_rendered.clone(),
                ..prerender_props()
            };
            let mut app = Renderer::<NewsCard>::with_root_and_props(root, adopted).hydrate();
            app.update(props);
            app
        }
        #[cfg(not(feature = "hydration"))]
        Some(root) => Renderer::<NewsCard>::with_root_and_props(root, props).render(),
        None => {
            let lifecycle = card.lifecycle.clone();
            let (root, reveal) = shadow::render_root(&host, stylesheet, integrity, lifecycle)?;
            card.listeners.borrow_mut().extend(reveal);
            Renderer::<NewsCard>::with_root_and_props(root, props).render()
        }
    };
    card.lifecycle.borrow_mut().set_app(app);

    // A link the reader follows later selects its article.
    let followed = Rc::downgrade(&card);
    card.listeners.borrow_mut().push(on_hashchange(move || {
        let Some(card) = followed.upgrade() else {
            return;
        };
        if let Some(index) = article_for_fragment(&current_fragment(), &card.prefix(), articles()) {
            card.select(index, Cause::Link);
        }
    }));

    // The reader's picks before the card ran are theirs: the page hears of each that changed
    // the article, once this has returned (the page's listeners may drive the element), and
    // the URL follows the last.
    if !start.reports.is_empty() {
        let reporting = Rc::downgrade(&card);
        soon(move || {
            let Some(card) = reporting.upgrade() else {
                return;
            };
            let last = start.reports.len() - 1;
            for (at, &index) in start.reports.iter().enumerate() {
                card.report(index, Cause::Reader, at == last);
            }
        });
    }
    Ok(MountedCard { card })
}

/// The index the `article` attribute names, if it has one; a bad value warns on the console
/// and names none.
fn requested_article(host: &HtmlElement) -> Option<usize> {
    let value = host.get_attribute(ARTICLE.name)?;
    article_index(&value, articles())
        .map_err(|warning| warn(&format!("{warning}. Showing the first.")))
        .ok()
}
