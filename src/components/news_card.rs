//! The whole card: a tab list and one panel per article, the selected one shown. A view only:
//! what is selected, and why, is its host's (`crate::embed`, driven by the `<news-card>`
//! element, which answers the reader's clicks and keys).

use yew::prelude::*;

use super::{ArticlePanel, TabList};
use crate::{
    content::{articles, direction, language, words, Article, Words},
    contract::{panel_id, part, tab_id, TAG},
};

/// Props for [`NewsCard`].
#[derive(Properties, PartialEq)]
pub struct NewsCardProps {
    /// The articles to show; by default those embedded from `content/articles.txt`.
    #[prop_or_else(articles)]
    pub articles: &'static [Article],
    /// The card's own words; by default those of the content's language.
    #[prop_or_else(words)]
    pub words: &'static Words,
    /// The index of the selected article (clamped to the last article).
    #[prop_or_default]
    pub selected: usize,
    /// The prefix of every `id` in the card; must be unique on the page.
    #[prop_or(AttrValue::Static(TAG))]
    pub id_prefix: AttrValue,
    /// The tab list's accessible name; `None`: the words' (`Words::tab_list`).
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// The language of the articles' text (a BCP 47 tag), whatever the page's language.
    #[prop_or_else(content_language)]
    pub lang: AttrValue,
    /// The card's direction (`ltr` or `rtl`); `None` leaves it to the element around the card.
    #[prop_or_else(content_direction)]
    pub dir: Option<AttrValue>,
    /// Called once the card has first rendered (or hydrated), its DOM in place.
    #[prop_or_default]
    pub on_rendered: Callback<()>,
}

/// The content's language, as a prop.
fn content_language() -> AttrValue {
    AttrValue::Static(language())
}

/// The content's direction, as a prop.
fn content_direction() -> Option<AttrValue> {
    Some(AttrValue::Static(direction()))
}

/// A tabbed news card: one tab per article, only the selected article's panel shown.
#[component]
pub fn NewsCard(props: &NewsCardProps) -> Html {
    {
        let on_rendered = props.on_rendered.clone();
        use_effect_with((), move |()| on_rendered.emit(()));
    }

    if props.articles.is_empty() {
        return Html::default();
    }
    let selected = props.selected.min(props.articles.len() - 1);

    let panels = props.articles.iter().enumerate().map(|(index, article)| {
        html! {
            <ArticlePanel
                key={article.slug}
                article={article}
                words={props.words}
                id={panel_id(&props.id_prefix, article.slug)}
                tab_id={tab_id(&props.id_prefix, article.slug)}
                hidden={index != selected}
            />
        }
    });

    html! {
        <div
            class="news-card"
            part={part::CARD}
            lang={props.lang.clone()}
            dir={props.dir.clone()}
        >
            <TabList
                articles={props.articles}
                selected={selected}
                id_prefix={props.id_prefix.clone()}
                label={props.label.clone().unwrap_or(AttrValue::Static(props.words.tab_list))}
            />
            { for panels }
        </div>
    }
}
