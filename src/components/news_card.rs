//! The whole card: owns which article is selected and hands it down.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use super::{panel_id, tab_id, ArticlePanel, TabList};
use crate::{
    attributes::article_for_fragment,
    content::{Article, ARTICLES},
    selection::{Cause, Selection},
};

/// Props for [`NewsCard`].
#[derive(Properties, PartialEq)]
pub struct NewsCardProps {
    /// The articles to show; by default those embedded from `content/articles.txt`.
    #[prop_or(ARTICLES)]
    pub articles: &'static [Article],
    /// The index of the article shown first (clamped to the last article).
    #[prop_or_default]
    pub initial: usize,
    /// The prefix of every `id` in the card; must be unique on the page.
    #[prop_or(AttrValue::Static("news-card"))]
    pub id_prefix: AttrValue,
    /// The tab list's accessible name.
    #[prop_or(AttrValue::Static("News articles"))]
    pub label: AttrValue,
    /// Whether the selection follows the URL fragment: a fragment naming one of this card's
    /// panels selects it (after the first render, and on every `hashchange`), and each
    /// selection by the reader replaces the fragment without adding a history entry.
    #[prop_or_default]
    pub deep_link: bool,
    /// Called with the new index whenever the reader selects another article (by tab, key or
    /// a followed link), never for the first render.
    #[prop_or_default]
    pub on_change: Callback<usize>,
}

/// A tabbed news card: one tab per article, only the selected article's panel shown.
#[component]
pub fn NewsCard(props: &NewsCardProps) -> Html {
    let last = props.articles.len().saturating_sub(1);
    let selection = use_reducer_eq(|| Selection {
        index: props.initial.min(last),
        cause: Cause::Initial,
    });

    let on_select = {
        let dispatcher = selection.dispatcher();
        Callback::from(move |index: usize| {
            dispatcher.dispatch(Selection {
                index,
                cause: Cause::Reader,
            })
        })
    };

    {
        // The host page hears of the reader's selections, and the URL follows them.
        let (prefix, articles) = (props.id_prefix.clone(), props.articles);
        let (deep_link, on_change) = (props.deep_link, props.on_change.clone());
        use_effect_with(*selection, move |&selection| {
            if selection.by_reader() {
                if let (true, Some(article)) = (deep_link, articles.get(selection.index)) {
                    replace_fragment(&panel_id(&prefix, article.slug));
                }
                on_change.emit(selection.index);
            }
        });
    }
    {
        // A fragment present on load is applied after the first render, so that the first
        // render matches prerendered markup; later fragments are links the reader followed.
        let dispatcher = selection.dispatcher();
        let deps = (props.deep_link, props.id_prefix.clone(), props.articles);
        use_effect_with(deps, move |(deep_link, prefix, articles)| {
            let (prefix, articles) = (prefix.clone(), *articles);
            let select = move |cause| {
                let fragment = current_fragment();
                if let Some(index) = article_for_fragment(&fragment, &prefix, articles) {
                    dispatcher.dispatch(Selection { index, cause });
                }
            };
            let listener = deep_link.then(|| {
                select(Cause::Initial);
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    select(Cause::Link)
                })
            });
            move || drop(listener)
        });
    }

    if props.articles.is_empty() {
        return Html::default();
    }

    let panels = props.articles.iter().enumerate().map(|(index, article)| {
        html! {
            <ArticlePanel
                key={article.slug}
                article={article}
                id={panel_id(&props.id_prefix, article.slug)}
                tab_id={tab_id(&props.id_prefix, article.slug)}
                hidden={index != selection.index}
            />
        }
    });

    html! {
        <div class="news-card" part="card">
            <TabList
                articles={props.articles}
                selected={selection.index}
                id_prefix={props.id_prefix.clone()}
                label={props.label.clone()}
                on_select={on_select}
            />
            { for panels }
        </div>
    }
}

/// The page URL's fragment without `#`, percent-decoded.
fn current_fragment() -> String {
    let raw = gloo::utils::window().location().hash().unwrap_or_default();
    let raw = raw.trim_start_matches('#');
    js_sys::decode_uri_component(raw)
        .ok()
        .and_then(|decoded| decoded.as_string())
        .unwrap_or_else(|| raw.to_owned())
}

/// Points the URL fragment at `id` without a history entry or a scroll jump.
fn replace_fragment(id: &str) {
    let window = gloo::utils::window();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&format!("#{id}")));
    }
}
