//! The whole card: owns which article is selected and hands it down.

use yew::prelude::*;

use super::{panel_id, tab_id, ArticlePanel, TabList};
use crate::content::{Article, ARTICLES};

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
    /// Called with the new index whenever the reader selects another article.
    #[prop_or_default]
    pub on_change: Callback<usize>,
}

/// A tabbed news card: one tab per article, only the selected article's panel shown.
#[component]
pub fn NewsCard(props: &NewsCardProps) -> Html {
    let last = props.articles.len().saturating_sub(1);
    let selected = use_state_eq(|| props.initial.min(last));

    let on_select = {
        let selected = selected.clone();
        let on_change = props.on_change.clone();
        Callback::from(move |index: usize| {
            if *selected != index {
                selected.set(index);
                on_change.emit(index);
            }
        })
    };

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
                hidden={index != *selected}
            />
        }
    });

    html! {
        <div class="news-card" part="card">
            <TabList
                articles={props.articles}
                selected={*selected}
                id_prefix={props.id_prefix.clone()}
                label={props.label.clone()}
                on_select={on_select}
            />
            { for panels }
        </div>
    }
}
