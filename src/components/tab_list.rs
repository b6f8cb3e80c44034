//! The row of tabs, one per article: a controlled WAI-ARIA tab list.

use yew::prelude::*;

use crate::{
    content::Article,
    contract::{panel_id, part, tab_id, TabState},
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
}

/// A `role="tablist"`: one `role="tab"` button per article, showing its short label or its
/// headline, each controlling its article's panel; only the selected tab is in the Tab order.
/// However many articles there are, the tabs stay in one row, which scrolls sideways when
/// they do not fit (`styles/components/tab-list.css`).
///
/// It renders only. The reader's clicks and keys (the WAI-ARIA tabs pattern with automatic
/// activation) are answered by the `<news-card>` element, in every stage of the card's life,
/// from the contract's key table (`contract::TAB_KEYS`): it shows the pick at once, with the
/// same attributes this list renders for it (`contract::TabState`), and tells the card.
#[component]
pub fn TabList(props: &TabListProps) -> Html {
    let tabs = props.articles.iter().enumerate().map(|(index, article)| {
        // The attributes a selection swaps, as the element writes them when the reader picks.
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
                // The text is cut after three lines on screen (the stylesheet), but its accessible
                // name is all of it.
                <span class="news-card__tab-text">{ article.tab_text() }</span>
            </button>
        }
    });

    html! {
        <div
            class="news-card__tabs"
            part={part::TABLIST}
            role="tablist"
            aria-label={props.label.clone()}
        >
            { for tabs }
        </div>
    }
}
