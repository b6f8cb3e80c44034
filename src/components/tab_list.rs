//! The row of tabs, one per article: a controlled WAI-ARIA tab list.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

use crate::{
    content::Article,
    contract::{panel_id, part, tab_id, TabState},
    selection::TabMove,
};

/// Props for [`TabList`].
#[derive(Properties, PartialEq)]
pub struct TabListProps {
    /// The articles, one tab each.
    pub articles: &'static [Article],
    /// The index of the selected article; the parent owns it.
    pub selected: usize,
    /// The prefix of every `id` in this card.
    pub id_prefix: AttrValue,
    /// The tab list's accessible name.
    pub label: AttrValue,
    /// Called with the index the reader picked by click or key.
    pub on_select: Callback<usize>,
}

/// A `role="tablist"` with automatic activation: ←/→ (swapped in right-to-left text) move
/// selection and focus with wrap-around, Home/End go to the ends, ↑/↓ are left to the page.
/// Only the selected tab is in the Tab order.
///
/// Clicks and keys are heard by listeners of its own on the list, added when it renders and
/// removed with it. (Yew's own `onclick` handlers are registered once per mount and never
/// removed, which would keep every removed card in memory on a page that mounts cards for as
/// long as it lives.)
#[component]
pub fn TabList(props: &TabListProps) -> Html {
    let list = use_node_ref();

    {
        let list = list.clone();
        let deps = (
            props.selected,
            props.articles.len(),
            props.on_select.clone(),
        );
        use_effect_with(deps, move |(selected, count, on_select)| {
            let listeners = list
                .cast::<Element>()
                .map(|element| listen(&element, *selected, *count, on_select));
            move || drop(listeners)
        });
    }

    let tabs = props.articles.iter().enumerate().map(|(index, article)| {
        // The attributes a selection swaps, as the loader writes them before the wasm runs.
        let state = TabState::of(index == props.selected);
        html! {
            <button
                type="button"
                role="tab"
                class={state.class}
                part={state.part}
                id={tab_id(&props.id_prefix, article.slug)}
                aria-selected={state.aria_selected}
                aria-controls={panel_id(&props.id_prefix, article.slug)}
                tabindex={state.tabindex}
            >
                { article.tab_text() }
            </button>
        }
    });

    html! {
        <div
            ref={list}
            class="news-card__tabs"
            part={part::TABLIST}
            role="tablist"
            aria-label={props.label.clone()}
        >
            { for tabs }
        </div>
    }
}

/// The list's click and keydown listeners: a click on a tab selects it; a key the tabs
/// pattern knows moves focus and selection.
fn listen(
    list: &Element,
    selected: usize,
    count: usize,
    on_select: &Callback<usize>,
) -> [EventListener; 2] {
    // A click or key the list answers is marked as answered (its default prevented), so that
    // the element's loader, which answers input on the card's markup until the card listens,
    // leaves it alone.
    let click = {
        let (list, on_select) = (list.clone(), on_select.clone());
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&list.clone(), "click", options, move |event| {
            if let Some(index) = tab_index(&list, event.target()) {
                event.prevent_default();
                on_select.emit(index);
            }
        })
    };
    let keydown = {
        let (list, on_select) = (list.clone(), on_select.clone());
        let options = EventListenerOptions::enable_prevent_default();
        EventListener::new_with_options(&list.clone(), "keydown", options, move |event| {
            let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            // Alt+← is the browser's Back, Ctrl+Home the page's top: those stay the browser's.
            if event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            let Some(step) = TabMove::from_key(&event.key(), is_rtl(&list)) else {
                return;
            };
            event.prevent_default();
            let target = step.apply(selected, count);
            focus_child(&list, target);
            on_select.emit(target);
        })
    };
    [click, keydown]
}

/// The index of the tab an event happened on (or inside), if any.
fn tab_index(list: &Element, target: Option<web_sys::EventTarget>) -> Option<usize> {
    let tab = target?
        .dyn_into::<Element>()
        .ok()?
        .closest("[role=tab]")
        .ok()??;
    let tabs = list.children();
    (0..tabs.length()).position(|i| tabs.item(i).is_some_and(|t| t == tab))
}

/// Whether the element's text runs right to left, from `dir` on it or any ancestor (across
/// the shadow boundary to the host page).
fn is_rtl(element: &Element) -> bool {
    element.matches(":dir(rtl)").unwrap_or(false)
}

/// Moves focus to the tab at `index`.
fn focus_child(list: &Element, index: usize) {
    let tab = u32::try_from(index)
        .ok()
        .and_then(|i| list.children().item(i))
        .and_then(|child| child.dyn_into::<HtmlElement>().ok());
    if let Some(tab) = tab {
        let _ = tab.focus();
    }
}
