//! The whole card: owns which article is selected and hands it down. Its effects reach the
//! page through `crate::page` (the fragment, the URL update, the scroll to a deep link).

use gloo::events::EventListener;
use web_sys::Element;
use yew::prelude::*;

use super::{ArticlePanel, TabList};
use crate::{
    attributes::article_for_fragment,
    content::{articles, direction, language, words, Article, Words},
    contract::{panel_id, part, tab_id, TAG},
    page::{current_fragment, report_reader_change, scroll_into_view},
    selection::{Cause, Change, Request, Selection},
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
    /// The index of the article shown first (clamped to the last article).
    #[prop_or_default]
    pub initial: usize,
    /// An article the host page asks for: selected after the first render, and again whenever
    /// a new request comes, without `on_change` (the host asked). Out-of-range indices are
    /// ignored.
    #[prop_or_default]
    pub select: Option<Request>,
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
    /// Whether the selection follows the URL fragment: a fragment naming one of this card's
    /// panels selects it (after the first render, scrolling the card into view, and on every
    /// `hashchange`).
    #[prop_or_default]
    pub deep_link: bool,
    /// With `deep_link`, whether each selection by the reader replaces the fragment (without a
    /// history entry). Only an empty fragment or one naming this card's panels is replaced: a
    /// fragment the page uses for itself is left alone.
    #[prop_or(true)]
    pub update_url: bool,
    /// Called with the newly selected article whenever the reader selects another one (by tab,
    /// key or a followed link), never for the first render.
    #[prop_or_default]
    pub on_change: Callback<Change>,
    /// Called with the selected article after the first render, after every change whatever
    /// its cause, and when this callback is replaced: for a host that mirrors the selection.
    #[prop_or_default]
    pub on_selection: Callback<Change>,
    /// Whether the reader picked the initial article (on a prerendered card, before the card
    /// ran): a URL fragment present on load does not override it.
    #[prop_or_default]
    pub initial_by_reader: bool,
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
    let last = props.articles.len().saturating_sub(1);
    let selection = use_reducer_eq(|| Selection {
        index: props.initial.min(last),
        cause: Cause::Initial,
    });
    let card = use_node_ref();

    // One callback for the card's life, so that the tab list keeps its listeners across renders
    // that do not change the selection.
    let on_select = {
        let dispatcher = selection.dispatcher();
        use_callback((), move |index: usize, _| {
            dispatcher.dispatch(Selection {
                index,
                cause: Cause::Reader,
            });
        })
    };

    {
        // The host page hears of the reader's selections, and the URL follows them.
        let (prefix, articles) = (props.id_prefix.clone(), props.articles);
        let update_url = props.deep_link && props.update_url;
        let on_change = props.on_change.clone();
        use_effect_with(*selection, move |&selection| {
            if let Some(change) = selection.change(articles).filter(|_| selection.by_reader()) {
                report_reader_change(change, &prefix, articles, update_url, &on_change);
            }
        });
    }
    {
        // A host that mirrors the selection hears it after every render that changes it, and
        // whenever it hands the card a new callback (as a hydrating host does after hydration).
        let articles = props.articles;
        use_effect_with(
            (*selection, props.on_selection.clone()),
            move |(selection, on_selection)| {
                if let Some(change) = selection.change(articles) {
                    on_selection.emit(change);
                }
            },
        );
    }
    {
        // The host page's request is applied after the first render, so that the first render
        // matches prerendered markup.
        let dispatcher = selection.dispatcher();
        let count = props.articles.len();
        use_effect_with(props.select, move |&select| {
            if let Some(index) = select.map(|r| r.index).filter(|&index| index < count) {
                dispatcher.dispatch(Selection {
                    index,
                    cause: Cause::Initial,
                });
            }
        });
    }
    {
        // A fragment present on load is applied after the first render too (and brings the
        // card into view, as the browser would for an element of the page); later fragments are
        // links the reader followed.
        let dispatcher = selection.dispatcher();
        let card = card.clone();
        let on_load = !props.initial_by_reader;
        let deps = (props.deep_link, props.id_prefix.clone(), props.articles);
        use_effect_with(deps, move |(deep_link, prefix, articles)| {
            let (prefix, articles) = (prefix.clone(), *articles);
            let select = move |cause| {
                let fragment = current_fragment();
                let index = article_for_fragment(&fragment, &prefix, articles);
                if let Some(index) = index {
                    dispatcher.dispatch(Selection { index, cause });
                }
                index.is_some()
            };
            let listener = deep_link.then(|| {
                if on_load && select(Cause::Initial) {
                    if let Some(card) = card.cast::<Element>() {
                        scroll_into_view(&card);
                    }
                }
                EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                    select(Cause::Link);
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
                words={props.words}
                id={panel_id(&props.id_prefix, article.slug)}
                tab_id={tab_id(&props.id_prefix, article.slug)}
                hidden={index != selection.index}
            />
        }
    });

    html! {
        <div
            ref={card}
            class="news-card"
            part={part::CARD}
            lang={props.lang.clone()}
            dir={props.dir.clone()}
        >
            <TabList
                articles={props.articles}
                selected={selection.index}
                id_prefix={props.id_prefix.clone()}
                label={props.label.clone().unwrap_or(AttrValue::Static(props.words.tab_list))}
                on_select={on_select}
            />
            { for panels }
        </div>
    }
}
