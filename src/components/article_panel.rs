//! One article's tab panel: headline, caption and body.

use yew::prelude::*;

use super::Caption;
use crate::{content::Article, contract::part};

/// Props for [`ArticlePanel`].
#[derive(Properties, PartialEq)]
pub struct ArticlePanelProps {
    /// The article to show.
    pub article: &'static Article,
    /// The panel's `id`, the target of its tab's `aria-controls` and of deep links.
    pub id: AttrValue,
    /// The `id` of the tab that labels this panel.
    pub tab_id: AttrValue,
    /// Whether the panel is hidden (every panel but the selected one).
    #[prop_or_default]
    pub hidden: bool,
}

/// A `role="tabpanel"` section. It is focusable because it holds no focusable content, so that
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
            <Caption pieces={article.caption} credit={article.credit} />
            <div class="news-card__body" part={part::BODY}>
                { for article.paragraphs.iter().map(|paragraph| html! { <p>{ *paragraph }</p> }) }
            </div>
        </section>
    }
}
