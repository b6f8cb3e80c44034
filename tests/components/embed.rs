//! Browser tests of the `<news-card>` element's Rust side (`news_card::embed::mount`): shadow
//! root, stylesheet, attributes, ids, the reader's picks as the element hands them over, the
//! change event and deep links.

use std::{cell::RefCell, rc::Rc};

use crate::common::dom::{
    eventually, gloo_document, html_elements, query_all, selected_index, sleep,
};
use gloo::events::EventListener;
use js_sys::Reflect;
use news_card::{
    articles,
    content::{direction, language},
    embed,
};
use wasm_bindgen::{prelude::*, JsCast};
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, Element, HtmlElement, ShadowRoot};

/// A `<news-card>` host in its own container, unmounted and removed on drop (which also
/// clears the URL fragment its selections set).
struct Host {
    container: Element,
    host: HtmlElement,
    card: Option<embed::MountedCard>,
}

impl Host {
    fn shadow(&self) -> ShadowRoot {
        self.host.shadow_root().expect("an open shadow root")
    }

    fn tabs(&self) -> Vec<HtmlElement> {
        shadow_all(&self.shadow(), "[role=tab]")
    }

    fn panels(&self) -> Vec<HtmlElement> {
        shadow_all(&self.shadow(), "[role=tabpanel]")
    }

    /// Hands the card the reader's pick of article `index`, as the element does, and waits for
    /// the card to render it.
    async fn pick(&self, index: u32) {
        self.card.as_ref().expect("mounted").pick(index);
        yew::scheduler::flush().await;
    }

    fn selected(&self) -> usize {
        selected_index(&self.tabs())
    }
}

impl Drop for Host {
    fn drop(&mut self) {
        drop(self.card.take());
        self.container.remove();
        set_fragment("");
    }
}

fn shadow_all(shadow: &ShadowRoot, selector: &str) -> Vec<HtmlElement> {
    html_elements(&shadow.query_selector_all(selector).unwrap())
}

/// A new, unattached `<news-card>` element.
fn news_card_element() -> HtmlElement {
    gloo_document()
        .create_element("news-card")
        .unwrap()
        .dyn_into()
        .unwrap()
}

const STYLESHEET: &str = "data:text/css,.news-card{}";

/// Mounts a card into a `<news-card>` with `attributes`, inside a container with `outer`.
async fn host(attributes: &[(&str, &str)], outer: &[(&str, &str)]) -> Host {
    let document = gloo_document();
    let container = document.create_element("div").unwrap();
    for (name, value) in outer {
        container.set_attribute(name, value).unwrap();
    }
    let host = news_card_element();
    for (name, value) in attributes {
        host.set_attribute(name, value).unwrap();
    }
    container.append_child(&host).unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    let card = embed::mount(host.clone(), STYLESHEET, "", &[]).unwrap();
    yew::scheduler::flush().await;
    Host {
        container,
        host,
        card: Some(card),
    }
}

fn set_fragment(fragment: &str) {
    let history = web_sys::window().unwrap().history().unwrap();
    let url = if fragment.is_empty() {
        web_sys::window().unwrap().location().pathname().unwrap()
    } else {
        format!("#{fragment}")
    };
    history
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .unwrap();
}

fn fragment() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn the_card_renders_in_an_open_shadow_root_with_its_stylesheet() {
    let h = host(&[], &[]).await;
    assert_eq!(h.tabs().len(), articles().len());
    assert_eq!(h.host.children().length(), 0, "nothing in the light DOM");
    let links = shadow_all(&h.shadow(), "link[rel=stylesheet]");
    assert_eq!(links.len(), 1);
    assert_eq!(links[0].get_attribute("href").as_deref(), Some(STYLESHEET));
}

#[wasm_bindgen_test]
async fn the_card_is_shown_once_its_stylesheet_loads_or_fails() {
    let h = host(&[], &[]).await;
    let root = h.shadow().query_selector("div").unwrap().unwrap();
    eventually("the stylesheet to load", || !root.has_attribute("hidden")).await;

    let failing = news_card_element();
    h.container.append_child(&failing).unwrap();
    let _card = embed::mount(failing.clone(), "/no-such-stylesheet.css", "", &[]).unwrap();
    let root = failing
        .shadow_root()
        .unwrap()
        .query_selector("div")
        .unwrap()
        .unwrap();
    assert!(
        root.has_attribute("hidden"),
        "hidden until the stylesheet settles"
    );
    eventually("the failed stylesheet to reveal the card", || {
        !root.has_attribute("hidden")
    })
    .await;
}

#[wasm_bindgen_test]
async fn the_article_attribute_takes_a_slug_or_a_position() {
    let last = articles().len() - 1;
    let by_slug = host(&[("article", articles()[last].slug)], &[]).await;
    assert_eq!(by_slug.selected(), last);
    drop(by_slug);
    let position = articles().len().to_string();
    let by_number = host(&[("article", &position)], &[]).await;
    assert_eq!(by_number.selected(), last);
}

#[wasm_bindgen_test]
async fn an_unknown_article_warns_and_falls_back_to_the_first() {
    let console = web_sys::window().unwrap().get("console").unwrap();
    let original = Reflect::get(&console, &"warn".into()).unwrap();
    let warnings = Rc::new(RefCell::new(Vec::<String>::new()));
    let capture = {
        let warnings = warnings.clone();
        Closure::<dyn Fn(JsValue)>::new(move |message: JsValue| {
            warnings
                .borrow_mut()
                .push(message.as_string().unwrap_or_default());
        })
    };
    Reflect::set(&console, &"warn".into(), capture.as_ref()).unwrap();
    let h = host(&[("article", "no-such-article")], &[]).await;
    Reflect::set(&console, &"warn".into(), &original).unwrap();

    assert_eq!(h.selected(), 0);
    let warnings = warnings.borrow();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].contains("no-such-article"), "{}", warnings[0]);
}

#[wasm_bindgen_test]
async fn ids_come_from_the_element_id_or_its_position() {
    let named = host(&[("id", "top")], &[]).await;
    assert_eq!(
        named.panels()[0].id(),
        format!("top-{}", articles()[0].slug)
    );
    let first = host(&[], &[]).await;
    let second = host(&[], &[]).await;
    let (a, b) = (first.panels()[0].id(), second.panels()[0].id());
    assert_ne!(a, b, "two cards never share an id");
    assert!(b.starts_with("news-card-"), "{b}");
}

#[wasm_bindgen_test]
async fn the_card_keeps_the_content_language_whatever_the_page_s() {
    let h = host(&[], &[("lang", "fr")]).await;
    let text = h
        .shadow()
        .query_selector("[role=tabpanel] p")
        .unwrap()
        .unwrap();
    let marked = text
        .closest("[lang]")
        .unwrap()
        .expect("an element with lang");
    assert_eq!(marked.get_attribute("lang").as_deref(), Some(language()));
}

#[wasm_bindgen_test]
async fn the_card_runs_in_the_content_s_direction_unless_its_element_has_a_dir() {
    // The arrow swap itself is tested in `card.rs` with three tabs; here: which direction the
    // tab list sees inside the shadow root.
    let content_rtl = direction() == "rtl";
    let other = if content_rtl { "ltr" } else { "rtl" };
    let page = host(&[], &[("dir", other)]).await;
    assert_eq!(page.tabs()[0].matches(":dir(rtl)").unwrap(), content_rtl);
    let own = host(&[("dir", other)], &[]).await;
    assert_eq!(own.tabs()[0].matches(":dir(rtl)").unwrap(), !content_rtl);
}

#[wasm_bindgen_test]
async fn a_selection_dispatches_news_card_change_to_the_document() {
    set_fragment("");
    let h = host(&[("id", "events")], &[]).await;
    let seen = Rc::new(RefCell::new(Vec::<CustomEvent>::new()));
    let _listener = {
        let seen = seen.clone();
        EventListener::new(&gloo_document(), "news-card-change", move |event| {
            seen.borrow_mut().push(event.clone().dyn_into().unwrap());
        })
    };
    h.pick(1).await;
    h.pick(1).await;
    let seen = seen.borrow();
    assert_eq!(seen.len(), 1);
    let event = &seen[0];
    assert!(event.bubbles() && event.composed());
    assert_eq!(
        event.target().unwrap().dyn_into::<HtmlElement>().unwrap(),
        h.host
    );
    let detail = event.detail();
    let field = |name: &str| Reflect::get(&detail, &name.into()).unwrap();
    assert_eq!(field("index").as_f64(), Some(1.0));
    assert_eq!(
        field("headline").as_string().as_deref(),
        Some(articles()[1].headline)
    );
    assert_eq!(
        field("slug").as_string().as_deref(),
        Some(articles()[1].slug)
    );
    assert_eq!(field("id").as_string(), Some(h.panels()[1].id()));
    assert_eq!(field("cause").as_string().as_deref(), Some("reader"));
    set_fragment("");
}

#[wasm_bindgen_test]
async fn a_fragment_on_load_selects_that_card_s_article() {
    set_fragment(&format!("deep-{}", articles()[1].slug));
    let other = host(&[("id", "other")], &[]).await;
    let h = host(&[("id", "deep")], &[]).await;
    assert_eq!(h.selected(), 1);
    assert_eq!(
        other.selected(),
        0,
        "another card's fragment does not apply"
    );
    set_fragment("");
}

#[wasm_bindgen_test]
async fn selecting_replaces_the_fragment_without_history() {
    set_fragment("");
    let h = host(&[("id", "hist")], &[]).await;
    let history = web_sys::window().unwrap().history().unwrap();
    let before = history.length().unwrap();
    h.pick(1).await;
    let id = h.panels()[1].id();
    eventually("the URL to follow", || fragment() == format!("#{id}")).await;
    h.pick(0).await;
    let id = h.panels()[0].id();
    eventually("the URL to follow", || fragment() == format!("#{id}")).await;
    assert_eq!(history.length().unwrap(), before, "no history entries");
    set_fragment("");
}

#[wasm_bindgen_test]
async fn a_later_hashchange_selects_the_article() {
    set_fragment("");
    let h = host(&[("id", "later")], &[]).await;
    let events = Rc::new(RefCell::new(0));
    let _listener = {
        let events = events.clone();
        EventListener::new(&h.host, "news-card-change", move |_| {
            *events.borrow_mut() += 1;
        })
    };
    let location = web_sys::window().unwrap().location();
    location.set_hash(&h.panels()[1].id()).unwrap();
    eventually("hashchange to select the article", || h.selected() == 1).await;
    assert!(!h.panels()[1].hidden());
    assert_eq!(*events.borrow(), 1);
    location.set_hash("unrelated").unwrap();
    sleep(50).await;
    assert_eq!(h.selected(), 1, "an unrelated fragment changes nothing");
    set_fragment("");
}

#[wasm_bindgen_test]
async fn unmounting_empties_the_card() {
    let h = host(&[], &[]).await;
    h.card.as_ref().unwrap().unmount();
    yew::scheduler::flush().await;
    assert!(h.tabs().is_empty());
    assert!(query_all(&h.container, "[role=tab]").is_empty());
}

/// Whether `promise` has settled, after letting pending reactions run.
async fn settled(promise: &js_sys::Promise) -> bool {
    let done = Rc::new(RefCell::new(false));
    let mark = {
        let done = done.clone();
        Closure::<dyn FnMut(JsValue)>::new(move |_| *done.borrow_mut() = true)
    };
    let _ = promise.then(&mark);
    sleep(0).await;
    let settled = *done.borrow();
    settled
}

#[wasm_bindgen_test]
async fn a_card_is_interactive_once_rendered_and_styled_in_either_order() {
    use embed::lifecycle::{Lifecycle, Stage};
    // Prerendered: styled from the start, interactive at its first render.
    let (card, interactive) = Lifecycle::new(true);
    assert!(!settled(&interactive).await);
    card.borrow_mut().rendered();
    assert_eq!(card.borrow().stage(), Stage::Interactive);
    assert!(settled(&interactive).await);
    // Rendered into an empty shadow root: rendered, then styled.
    let (card, interactive) = Lifecycle::new(false);
    card.borrow_mut().rendered();
    assert_eq!(
        card.borrow().stage(),
        Stage::Starting {
            rendered: true,
            styled: false
        }
    );
    assert!(!settled(&interactive).await);
    card.borrow_mut().styled();
    assert_eq!(card.borrow().stage(), Stage::Interactive);
    assert!(settled(&interactive).await);
    // Styled, then rendered.
    let (card, interactive) = Lifecycle::new(false);
    card.borrow_mut().styled();
    assert_eq!(
        card.borrow().stage(),
        Stage::Starting {
            rendered: false,
            styled: true
        }
    );
    card.borrow_mut().rendered();
    assert_eq!(card.borrow().stage(), Stage::Interactive);
    assert!(settled(&interactive).await);
}

#[wasm_bindgen_test]
async fn a_card_unmounted_in_any_stage_ends_unmounted() {
    use embed::lifecycle::{Lifecycle, Stage};
    // Before its first render: destroyed right after it, and never interactive.
    let (card, interactive) = Lifecycle::new(true);
    card.borrow_mut().unmount();
    assert_eq!(card.borrow().stage(), Stage::Unmounting);
    card.borrow_mut().rendered();
    assert_eq!(card.borrow().stage(), Stage::Unmounted);
    assert!(!settled(&interactive).await);
    // Rendered, not styled.
    let (card, _) = Lifecycle::new(false);
    card.borrow_mut().rendered();
    card.borrow_mut().unmount();
    assert_eq!(card.borrow().stage(), Stage::Unmounted);
    card.borrow_mut().styled();
    assert_eq!(
        card.borrow().stage(),
        Stage::Unmounted,
        "a late stylesheet changes nothing"
    );
    // Interactive.
    let (card, _) = Lifecycle::new(true);
    card.borrow_mut().rendered();
    card.borrow_mut().unmount();
    assert_eq!(card.borrow().stage(), Stage::Unmounted);
    card.borrow_mut().unmount();
    assert_eq!(card.borrow().stage(), Stage::Unmounted, "twice is once");
}

#[wasm_bindgen_test]
async fn a_card_freed_before_its_first_render_leaves_nothing_and_frees_its_prefix() {
    let document = gloo_document();
    let container = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&container).unwrap();
    let element = news_card_element();
    element.set_id("early");
    container.append_child(&element).unwrap();
    // Freed in the task that mounted it, before Yew has rendered it.
    drop(embed::mount(element.clone(), STYLESHEET, "", &[]).unwrap());
    yew::scheduler::flush().await;
    sleep(20).await;
    let shadow = element.shadow_root().unwrap();
    assert!(
        shadow_all(&shadow, "[role=tab]").is_empty(),
        "its first render was destroyed"
    );
    let again = embed::mount(element.clone(), STYLESHEET, "", &[]).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(
        shadow_all(&shadow, "[role=tabpanel]")[0].id(),
        format!("early-{}", articles()[0].slug),
        "the id prefix was given back"
    );
    drop(again);
    container.remove();
}
