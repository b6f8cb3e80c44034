//! The Rust side of the `<news-card>` custom element: `loader/news-card.js` defines the
//! element and calls [`mount`] for each one connected to the page, then drives the
//! [`MountedCard`] it gets from the element's live attributes and properties.
//!
//! Each card renders into its element's open shadow root, next to a `<link>` to the card's
//! stylesheet, so the host page's CSS cannot reach it and its CSS cannot leak out. When the
//! page carries the card prerendered in a declarative shadow root, the card hydrates it
//! (feature `hydration`) or renders over it. The card's text keeps the content's language and
//! direction whatever the page's; a `dir` on the element overrides the direction.

use std::{
    cell::{Cell, RefCell},
    rc::Rc,
};

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{CustomEvent, CustomEventInit, Element, HtmlElement, ShadowRootInit, ShadowRootMode};
use yew::{AppHandle, AttrValue, Callback, Renderer};

use crate::{
    attributes::{article_for_fragment, article_index},
    components::{
        current_fragment, prerender_props, report_reader_change, NewsCard, NewsCardProps,
    },
    content::{ARTICLES, DIRECTION},
    contract::{
        default_prefix, panel_id, ShadowChild, ARTICLE, CHANGE_EVENT, DEFAULT_LABEL, LABEL,
        NO_URL_UPDATE, ROOT_ATTRIBUTE, SHADOW_ROOT,
    },
    selection::{Cause, Change, Request},
};

thread_local! {
    /// The id prefixes of the cards mounted now, so that a new card never reuses one.
    static PREFIXES_IN_USE: RefCell<Vec<AttrValue>> = const { RefCell::new(Vec::new()) };
}

/// A card mounted in a `<news-card>` element: the loader keeps it in a private field and calls
/// its methods when the element's attributes change. Unmounted when freed or on
/// [`MountedCard::unmount`].
#[wasm_bindgen]
pub struct MountedCard {
    app: Option<AppHandle<NewsCard>>,
    host: HtmlElement,
    prefix: AttrValue,
    label: AttrValue,
    update_url: bool,
    request: Option<Request>,
    /// The article the card starts with: the reader's pick before it ran, the `article`
    /// attribute's, or the first.
    initial: usize,
    /// Whether the reader picked the initial article before the card ran.
    initial_by_reader: bool,
    /// The article the reader picked before the card ran, if it is another than the card would
    /// have shown (a deep link's, the `article` attribute's, or the prerendered one), until the
    /// card has reported it.
    picked: Rc<Cell<Option<usize>>>,
    selected: Rc<Cell<usize>>,
    interactive: js_sys::Promise,
    on_interactive: Rc<Interactive>,
    _reveal: Vec<EventListener>,
}

#[wasm_bindgen]
impl MountedCard {
    /// Selects the article `value` names (a slug or a 1-based position), as the `article`
    /// attribute or property asks. An unknown value logs a console warning listing the valid
    /// ones and leaves the selection as it is. No change event: the page asked.
    pub fn select(&mut self, value: &str) {
        match article_index(value, ARTICLES) {
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
    /// A card is freed only after that: one torn down before its first render would leave
    /// its listeners behind.
    #[wasm_bindgen(getter)]
    pub fn interactive(&self) -> js_sys::Promise {
        self.interactive.clone()
    }

    /// The selected article's slug.
    pub fn selected(&self) -> String {
        ARTICLES
            .get(self.selected.get())
            .map(|article| article.slug.to_owned())
            .unwrap_or_default()
    }

    /// Sets the tab list's accessible name (`None`: the default).
    pub fn set_label(&mut self, label: Option<String>) {
        self.label = label.map_or(AttrValue::Static(DEFAULT_LABEL), AttrValue::from);
        self.update();
    }

    /// Turns the URL updates on selection on or off.
    pub fn set_url_updates(&mut self, on: bool) {
        self.update_url = on;
        self.update();
    }

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

impl MountedCard {
    /// The card's props, from the element's state.
    fn props(&self) -> NewsCardProps {
        let (selected, on_interactive) = (self.selected.clone(), self.on_interactive.clone());
        let on_change = change_event(self.host.clone(), self.prefix.clone());
        let (picked, prefix, update_url) =
            (self.picked.clone(), self.prefix.clone(), self.update_url);
        yew::props!(NewsCardProps {
            initial: self.initial,
            initial_by_reader: self.initial_by_reader,
            select: self.request,
            id_prefix: self.prefix.clone(),
            label: self.label.clone(),
            // The publisher's `dir` on the element wins over the content's direction.
            dir: (!self.host.has_attribute("dir")).then_some(AttrValue::Static(DIRECTION)),
            deep_link: true,
            update_url: self.update_url,
            on_change: on_change.clone(),
            on_selection: Callback::from(move |change: Change| {
                selected.set(change.index);
                // The reader's pick before the card ran is theirs: the page hears of it once.
                if picked.take() == Some(change.index) {
                    let change = Change {
                        cause: Cause::Reader,
                        ..change
                    };
                    report_reader_change(change, &prefix, ARTICLES, update_url, &on_change);
                }
                on_interactive.mark(&on_interactive.rendered);
            }),
        })
    }

    /// Renders the card again with the element's current state.
    fn update(&mut self) {
        let props = self.props();
        if let Some(app) = self.app.as_mut() {
            app.update(props);
        }
    }
}

impl Drop for MountedCard {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// Mounts a card into `host`'s open shadow root, styled by the stylesheet at `stylesheet`, with
/// options read from `host`'s attributes. A shadow root prerendered at build time is hydrated
/// (its markup adopted as it is, then brought to this element's options) or, without the
/// `hydration` feature, rendered over; otherwise one is attached and the card rendered into it.
///
/// `picked` is the article the reader picked on the prerendered card before it ran, which the
/// loader shows: the card starts with it (over the `article` attribute and a deep link) and,
/// if it differs from what the card would have shown, reports it as the reader's selection,
/// with the change event and the URL.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    stylesheet: &str,
    picked: Option<u32>,
) -> Result<MountedCard, JsValue> {
    let prerendered = prerendered_root(&host);
    let picked = picked
        .and_then(|index| usize::try_from(index).ok())
        .filter(|&index| index < ARTICLES.len());
    let requested = requested_article(&host);
    let request = match picked {
        Some(_) => None,
        None => requested.map(|index| Request { index, serial: 0 }),
    };
    let initial = picked.or(requested).unwrap_or(0);
    let prefix = claim_prefix(&host);
    // What the card would show but for the reader's pick: a deep link's article, the
    // `article` attribute's, or the prerendered one. Picking that is no change.
    let otherwise = article_for_fragment(&current_fragment(), &prefix, ARTICLES)
        .or(requested)
        .unwrap_or_else(prerendered_article);
    let label = host
        .get_attribute(LABEL.name)
        .map_or(AttrValue::Static(DEFAULT_LABEL), AttrValue::from);
    // A card rendered into an empty shadow root also waits for its stylesheet.
    let on_interactive = Rc::new(Interactive {
        rendered: Cell::new(false),
        styled: Cell::new(prerendered.is_some()),
        resolve: RefCell::new(None),
    });
    let interactive = {
        let on_interactive = on_interactive.clone();
        js_sys::Promise::new(&mut |resolve, _reject| {
            *on_interactive.resolve.borrow_mut() = Some(resolve);
        })
    };
    let mut card = MountedCard {
        app: None,
        interactive,
        on_interactive,
        update_url: !host.has_attribute(NO_URL_UPDATE.name),
        selected: Rc::new(Cell::new(initial)),
        initial,
        initial_by_reader: picked.is_some(),
        picked: Rc::new(Cell::new(picked.filter(|&index| index != otherwise))),
        host: host.clone(),
        prefix,
        label,
        request,
        _reveal: Vec::new(),
    };
    let props = card.props();
    card.app = Some(match prerendered {
        #[cfg(feature = "hydration")]
        Some(root) => {
            // Hydration needs props whose markup is the DOM's: the prerender's, showing the
            // article the DOM shows (the loader may have shown another than the prerendered
            // one, by the same attributes). Yew rewrites every attribute it renders and removes
            // none, so any other start would leave attributes behind. The element's own (its
            // article, id prefix, direction) follow as an update, which Yew renders as a patch
            // of the adopted DOM. So hydration never ends in a state the DOM does not show.
            let adopted = NewsCardProps {
                initial: shown_article(&root).unwrap_or_else(prerendered_article),
                ..prerender_props()
            };
            let mut app = Renderer::<NewsCard>::with_root_and_props(root, adopted).hydrate();
            app.update(props);
            app
        }
        #[cfg(not(feature = "hydration"))]
        Some(root) => Renderer::<NewsCard>::with_root_and_props(root, props).render(),
        None => {
            let (root, reveal) = render_root(&host, stylesheet, card.on_interactive.clone())?;
            card._reveal = reveal;
            Renderer::<NewsCard>::with_root_and_props(root, props).render()
        }
    });
    Ok(card)
}

/// The article a prerendered card shows as the build wrote it.
fn prerendered_article() -> usize {
    prerender_props().initial
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
            == Some("true")
    })
}

/// Logs `message` as a console warning.
fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(message));
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

/// What [`MountedCard::interactive`] waits for, and how it resolves.
struct Interactive {
    /// The card has rendered (or hydrated).
    rendered: Cell<bool>,
    /// The card's stylesheet has loaded (or failed) and the card is revealed.
    styled: Cell<bool>,
    resolve: RefCell<Option<js_sys::Function>>,
}

impl Interactive {
    /// Sets `flag` (one of this value's), then resolves the promise, once, if the card has
    /// rendered and is styled.
    fn mark(&self, flag: &Cell<bool>) {
        flag.set(true);
        if self.rendered.get() && self.styled.get() {
            if let Some(resolve) = self.resolve.borrow_mut().take() {
                let _ = resolve.call0(&JsValue::UNDEFINED);
            }
        }
    }
}

/// An empty shadow root holding the stylesheet link and a mount point that is revealed once the
/// stylesheet has loaded (or failed), so that no unstyled card flashes; `revealed` hears of
/// it. Built with DOM calls only (no HTML strings), so that it works under Trusted
/// Types.
fn render_root(
    host: &HtmlElement,
    stylesheet: &str,
    revealed: Rc<Interactive>,
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
            let (root, revealed) = (root.clone(), revealed.clone());
            EventListener::once(&link, kind, move |_| {
                let _ = root.remove_attribute("hidden");
                revealed.mark(&revealed.styled);
            })
        })
        .collect();
    Ok((root, reveal))
}

/// The index the `article` attribute names, if it has one; a bad value warns on the console
/// and names none.
fn requested_article(host: &Element) -> Option<usize> {
    let value = host.get_attribute(ARTICLE.name)?;
    article_index(&value, ARTICLES)
        .map_err(|warning| warn(&format!("{warning}. Showing the first.")))
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
            warn(&format!(
                "<news-card id=\"{id}\">: another card on the page has this id, so this card's \
                 element ids start with \"{unique}\" instead. Give each card its own id."
            ));
            unique
        } else {
            wanted
        }
    };
    PREFIXES_IN_USE.with_borrow_mut(|used| used.push(prefix.clone()));
    prefix
}

/// A callback that dispatches the change event on `host` with
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
        if let Ok(event) = CustomEvent::new_with_event_init_dict(CHANGE_EVENT.name, &init) {
            let _ = host.dispatch_event(&event);
        }
    })
}
