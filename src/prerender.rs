//! Build-time prerendering (feature `ssr`, native only): the card rendered to HTML for a
//! declarative shadow root, and schema.org `NewsArticle` JSON-LD for each article.
//!
//! The build program's prerender stage (`xtask/`) runs these from trunk's post_build hook; the browser then hydrates the
//! markup instead of rendering from nothing, and readers without JavaScript read it as it is.

use serde::Serialize;
use yew::LocalServerRenderer;

use crate::{
    components::{NewsCard, NewsCardProps},
    content::Article,
    contract::{ShadowChild, ROOT_ATTRIBUTE, SHADOW_ROOT, TAG},
};

/// The card's HTML for `props`, as the client's first render produces it (with the markers
/// hydration needs).
pub fn render_card(props: NewsCardProps) -> String {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime needs no resources that can be missing");
    let local = tokio::task::LocalSet::new();
    runtime.block_on(local.run_until(LocalServerRenderer::<NewsCard>::with_props(props).render()))
}

/// A `<news-card>` element with the card prerendered in a declarative shadow root, with the
/// structure the client builds ([`SHADOW_ROOT`]). `base` is the URL (ending in `/`, or empty)
/// that `dist/` is served from, for the stylesheet links; `served` gives the name a file of
/// `dist/` is served under (its content-hashed name), `integrity` its Subresource Integrity
/// hash (`sha384-…`), which every link carries, with `crossorigin` so that a CDN on another
/// origin serves it too.
pub fn news_card_element(
    card_html: &str,
    base: &str,
    served: impl Fn(&str) -> String,
    integrity: impl Fn(&str) -> String,
) -> String {
    let link = |file: &str| {
        format!(
            "<link rel=\"stylesheet\" href=\"{base}{}\" integrity=\"{}\" crossorigin>",
            served(file),
            integrity(file)
        )
    };
    let mut shadow = String::new();
    for child in SHADOW_ROOT {
        match child {
            ShadowChild::Stylesheet(file) => shadow.push_str(&link(file)),
            ShadowChild::NoscriptStylesheet(file) => {
                shadow.push_str(&format!("<noscript>{}</noscript>", link(file)));
            }
            ShadowChild::Root => {
                shadow.push_str(&format!("<div {ROOT_ATTRIBUTE}>{card_html}</div>"));
            }
        }
    }
    format!("<{TAG}><template shadowrootmode=\"open\">{shadow}</template></{TAG}>")
}

/// A schema.org `NewsArticle`, as the page's JSON-LD describes an article: only what the
/// content says. The body is not repeated in it: the prerendered panel beside it carries every
/// paragraph (search engines render the declarative shadow root), and `articleBody` is no
/// property a `NewsArticle` needs, so the page ships each paragraph twice (the panel and the
/// wasm), not three times.
#[derive(Debug, Serialize)]
pub struct NewsArticle<'a> {
    /// `https://schema.org`.
    #[serde(rename = "@context")]
    pub context: &'static str,
    /// `NewsArticle`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The headline.
    pub headline: &'a str,
    /// The photo, described by its caption and credit.
    pub image: ImageObject<'a>,
    /// When it was published (ISO 8601), if the content says.
    #[serde(rename = "datePublished", skip_serializing_if = "Option::is_none")]
    pub date_published: Option<&'a str>,
    /// The full story's address, if the content gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'a str>,
    /// The article's language (BCP 47), the content's.
    #[serde(rename = "inLanguage")]
    pub in_language: &'a str,
}

/// A schema.org `ImageObject`: the article's photo as its caption describes it.
#[derive(Debug, Serialize)]
pub struct ImageObject<'a> {
    /// `ImageObject`.
    #[serde(rename = "@type")]
    pub kind: &'static str,
    /// The caption's pieces, joined by a space.
    pub caption: String,
    /// The photo credit, if the caption names one.
    #[serde(rename = "creditText", skip_serializing_if = "Option::is_none")]
    pub credit_text: Option<&'a str>,
}

impl<'a> NewsArticle<'a> {
    /// The `NewsArticle` of `article`, written in `language`.
    pub fn of(article: &'a Article, language: &'a str) -> NewsArticle<'a> {
        NewsArticle {
            context: "https://schema.org",
            kind: "NewsArticle",
            headline: article.headline,
            image: ImageObject {
                kind: "ImageObject",
                caption: article.caption.join(" "),
                credit_text: article.credit,
            },
            date_published: article.published.map(|published| published.datetime),
            url: article.link,
            in_language: language,
        }
    }
}

/// `<script type="application/ld+json">` blocks, one per article, written in `language`. `<`
/// is escaped so that no article text can close the script element.
pub fn json_ld_scripts(articles: &[Article], language: &str) -> String {
    articles
        .iter()
        .map(|article| {
            let data = serde_json::to_string(&NewsArticle::of(article, language))
                .expect("a NewsArticle of strings always serialises")
                .replace('<', "\\u003c");
            format!("<script type=\"application/ld+json\">{data}</script>\n")
        })
        .collect()
}

/// Puts `element` in place of the page's first empty `<news-card></news-card>` and `tail_html`
/// (the JSON-LD, which no reader waits for) before `</body>`, after everything a reader sees.
/// `Err` says which of the two the page lacks.
pub fn inject(page: &str, element: &str, tail_html: &str) -> Result<String, String> {
    let empty = format!("<{TAG}></{TAG}>");
    if !page.contains(&empty) {
        return Err(format!("the page has no empty {empty} to prerender into"));
    }
    let Some(body_end) = page.rfind("</body>") else {
        return Err("the page has no </body>".to_owned());
    };
    let mut out = String::with_capacity(page.len() + element.len() + tail_html.len());
    out.push_str(&page[..body_end]);
    out.push_str(tail_html);
    out.push_str(&page[body_end..]);
    Ok(out.replacen(&empty, element, 1))
}

#[cfg(test)]
mod tests {
    use serde_json::{json, Value};

    use super::*;

    static TRICKY: &[Article] = &[Article {
        slug: "tricky",
        headline: "</script><script>alert(1)</script>",
        tab: None,
        caption: &["A <b>caption</b>."],
        credit: None,
        paragraphs: &["One & two.", "Three."],
        published: None,
        link: None,
    }];

    #[test]
    fn json_ld_cannot_close_its_script_element() {
        let scripts = json_ld_scripts(TRICKY, "en");
        assert_eq!(scripts.matches("</script>").count(), 1, "{scripts}");
        let json = scripts
            .trim_start_matches("<script type=\"application/ld+json\">")
            .trim_end()
            .trim_end_matches("</script>");
        let value: Value = serde_json::from_str(json).unwrap();
        assert_eq!(value["headline"], json!(TRICKY[0].headline));
        assert_eq!(value["inLanguage"], json!("en"));
        assert!(
            value.get("articleBody").is_none(),
            "the body is in the panel"
        );
        assert!(
            value["image"].get("creditText").is_none(),
            "no invented credit"
        );
    }

    #[test]
    fn prerendered_markup_escapes_text_and_starts_on_the_initial_article() {
        let html = render_card(yew::props!(NewsCardProps {
            articles: TRICKY,
            id_prefix: "x",
        }));
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;/script&gt;"), "{html}");
        assert!(html.contains("id=\"x-tricky\""), "{html}");
        assert!(html.contains("aria-selected=\"true\""), "{html}");
    }

    #[test]
    fn the_element_links_both_stylesheets_from_the_base() {
        let element = news_card_element(
            "<p>card</p>",
            "/cdn/",
            |file| file.replace(".css", ".h.css"),
            |file| format!("sha384-{}", file.len()),
        );
        assert!(element.starts_with("<news-card><template shadowrootmode=\"open\">"));
        assert!(element.contains(
            "<link rel=\"stylesheet\" href=\"/cdn/news-card.h.css\" integrity=\"sha384-13\" \
             crossorigin>"
        ));
        assert!(element.contains(
            "<noscript><link rel=\"stylesheet\" href=\"/cdn/news-card-noscript.h.css\" \
             integrity=\"sha384-22\" crossorigin></noscript>"
        ));
        assert!(element.contains("<div data-news-card-root><p>card</p></div>"));
    }

    #[test]
    fn inject_needs_an_empty_element_and_a_body_end() {
        let page = "<html><head></head><body><news-card></news-card></body></html>";
        let out = inject(page, "<news-card>X</news-card>", "<script></script>").unwrap();
        assert_eq!(
            out,
            "<html><head></head><body><news-card>X</news-card><script></script></body></html>"
        );
        assert!(inject("<head></head><body></body>", "", "")
            .unwrap_err()
            .contains("news-card"));
        assert!(inject("<news-card></news-card>", "", "")
            .unwrap_err()
            .contains("</body>"));
    }
}
