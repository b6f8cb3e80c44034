//! The row of tabs, one per article: a controlled WAI-ARIA tab list.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use super::{panel_id, tab_id};
use crate::{content::Article, selection::TabMove};

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
#[component]
pub fn TabList(props: &TabListProps) -> Html {
    let list = use_node_ref();
    let count = props.articles.len();

    let on_keydown = {
        let list = list.clone();
        let on_select = props.on_select.clone();
        let selected = props.selected;
        Callback::from(move |event: KeyboardEvent| {
            // Alt+← is the browser's Back, Ctrl+Home the page's top: those stay the browser's.
            if event.alt_key() || event.ctrl_key() || event.meta_key() {
                return;
            }
            let Some(element) = list.cast::<Element>() else {
                return;
            };
            let Some(step) = TabMove::from_key(&event.key(), is_rtl(&element)) else {
                return;
            };
            event.prevent_default();
            let target = step.apply(selected, count);
            focus_child(&element, target);
            on_select.emit(target);
        })
    };

    let tabs = props.articles.iter().enumerate().map(|(index, article)| {
        let is_selected = index == props.selected;
        let on_click = props.on_select.reform(move |_: MouseEvent| index);
        html! {
            <button
                type="button"
                role="tab"
                class={classes!("news-card__tab", is_selected.then_some("news-card__tab--selected"))}
                part={if is_selected { "tab tab-selected" } else { "tab" }}
                id={tab_id(&props.id_prefix, article.slug)}
                aria-selected={if is_selected { "true" } else { "false" }}
                aria-controls={panel_id(&props.id_prefix, article.slug)}
                tabindex={if is_selected { "0" } else { "-1" }}
                onclick={on_click}
            >
                { article.headline }
            </button>
        }
    });

    html! {
        <div
            ref={list}
            class="news-card__tabs"
            part="tablist"
            role="tablist"
            aria-label={props.label.clone()}
            onkeydown={on_keydown}
        >
            { for tabs }
        </div>
    }
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
