//! The photo caption with its credit.

use yew::prelude::*;

use crate::{content::Words, contract::part};

/// Props for [`Caption`].
#[derive(Properties, PartialEq)]
pub struct CaptionProps {
    /// The distinct caption pieces, shown in order, separated by a space.
    pub pieces: &'static [&'static str],
    /// The photo credit (`NAME / AGENCY`), shown apart from the caption text.
    #[prop_or_default]
    pub credit: Option<&'static str>,
    /// The card's own words, for the line around the credit.
    pub words: &'static Words,
}

/// A `figure` whose `figcaption` holds the caption text and, on its own line, the credit in
/// the content's words ("Photo by NAME / AGENCY").
#[component]
pub fn Caption(props: &CaptionProps) -> Html {
    html! {
        <figure class="news-card__figure" part={part::CAPTION}>
            <figcaption class="news-card__caption">
                <span class="news-card__caption-text">{ props.pieces.join(" ") }</span>
                if let Some(credit) = props.credit {
                    <small class="news-card__credit" part={part::CREDIT}>{ [props.words.credit_before, credit, props.words.credit_after].concat() }</small>
                }
            </figcaption>
        </figure>
    }
}
