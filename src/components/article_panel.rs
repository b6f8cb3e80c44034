//! One article's tab panel: headline, caption and body.

use yew::prelude::*;

use super::Caption;
use crate::{
    content::{Article, Words},
    contract::part,
};

/// Props for [`ArticlePanel`].
#[derive(Properties, PartialEq)]
pub struct ArticlePanelProps {
    /// The article to show.
    pub article: &'static Article,
    /// The card's own words, in the article's language.
    pub words: &'static Words,
    /// The panel's `id`, the target of its tab's `aria-controls` and of deep links.
    pub id: AttrValue,
    /// The `id` of the tab that labels this panel.
    pub tab_id: AttrValue,
    /// Whether the panel is hidden (every panel but the selected one).
    #[prop_or_default]
    pub hidden: bool,
}

/// A `role="tabpanel"` section: the headline, the publication date if the article has one, the
/// caption, the body and the link to the full story if it has one. It is focusable, so that
/// Tab moves from the tab list straight into the text.
#[component]
pub fn ArticlePanel(props: &ArticlePanelProps) -> Html {
    let article = props.article;
    html! {
        <section
            class="news-card__panel"
            part={part::PANEL}
            role="tabpanel"
            id={props.id.clone()}
            aria-labelledby={props.tab_id.clone()}
            tabindex="0"
            hidden={props.hidden}
        >
            <h2 class="news-card__headline" part={part::HEADLINE}>{ article.headline }</h2>
            if let Some(published) = article.published {
                <p class="news-card__date">
                    <time part={part::DATE} datetime={published.datetime}>{ published.text }</time>
                </p>
            }
            <Caption pieces={article.caption} credit={article.credit} words={props.words} />
            <div class="news-card__body" part={part::BODY}>
                { for article.paragraphs.iter().map(|paragraph| html! { <p>{ *paragraph }</p> }) }
            </div>
            if let Some(link) = article.link {
                <p class="news-card__more">
                    <a class="news-card__link" part={part::LINK} href={link}>{ props.words.full_story }</a>
                </p>
            }
        </section>
    }
}
