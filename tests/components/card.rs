//! Browser tests of the card component, a controlled view: the content as parsed, the ARIA
//! tabs pattern's markup, the selection its host names. (The reader's clicks and keys are the
//! element's: the page tests drive them, `tests/dist/`.)

use crate::common::dom::{mount, mount_with, query, query_all, text};
use crate::common::fixtures::{NEWS, WORDS};
use news_card::{contract::TabState, Article, NewsCardProps};
use wasm_bindgen_test::*;
use yew::AttrValue;

#[wasm_bindgen_test]
async fn every_article_is_shown_exactly_as_parsed() {
    let card = mount().await;
    assert_eq!(card.tabs().len(), NEWS.len());
    for (index, article) in NEWS.iter().enumerate() {
        let panel = &card.panels()[index];
        assert_eq!(text(&card.tabs()[index]), article.headline);

        let headline = query(panel, "h2").expect("a headline heading");
        assert_eq!(headline.text_content().unwrap(), article.headline);

        let figcaption = query(panel, "figure > figcaption").expect("a figure with a figcaption");
        let caption = text(&figcaption);
        for piece in article.caption {
            assert_eq!(
                caption.matches(piece).count(),
                1,
                "caption piece once: {piece}"
            );
        }
        let credit = query(&figcaption, ".news-card__credit").expect("a credit");
        assert_eq!(
            credit.text_content().unwrap(),
            format!(
                "{}{}{}",
                WORDS.credit_before,
                article.credit.unwrap(),
                WORDS.credit_after
            )
        );

        let paragraphs: Vec<String> = query_all(panel, "[part=body] p")
            .iter()
            .map(|p| p.text_content().unwrap())
            .collect();
        assert_eq!(paragraphs, article.paragraphs);

        let whole = text(panel);
        assert_eq!(whole.matches(article.headline).count(), 1, "headline once");
        assert!(!whole.split(' ').any(|word| word == "TT"), "no TT marker");
    }
}

#[wasm_bindgen_test]
async fn curly_quotes_reach_the_reader() {
    let card = mount().await;
    let all = text(&card.container);
    assert!(all.contains("\u{201c}It\u{2019}s good to have it back,\u{201d}"));
    assert!(
        !all.contains('"') && !all.contains('\''),
        "no straightened quotes"
    );
}

#[wasm_bindgen_test]
async fn tabs_follow_the_aria_pattern() {
    let card = mount().await;
    let tablist = card.tablist();
    assert!(!tablist
        .get_attribute("aria-label")
        .unwrap_or_default()
        .is_empty());

    let tabs = card.tabs();
    let panels = card.panels();
    assert_eq!(tabs.len(), panels.len());
    for (tab, panel) in tabs.iter().zip(&panels) {
        assert_eq!(tab.parent_element().as_ref(), Some(tablist.as_ref()));
        assert_eq!(tab.get_attribute("aria-controls").unwrap(), panel.id());
        assert_eq!(panel.get_attribute("aria-labelledby").unwrap(), tab.id());
        assert_eq!(panel.get_attribute("tabindex").as_deref(), Some("0"));
    }
    assert_eq!(card.selected(), 0);
    assert_eq!(card.visible_panels(), vec![0]);
    assert_eq!(tabs[0].get_attribute("tabindex").as_deref(), Some("0"));
    for tab in &tabs[1..] {
        assert_eq!(tab.get_attribute("tabindex").as_deref(), Some("-1"));
        assert_eq!(tab.get_attribute("aria-selected").as_deref(), Some("false"));
    }
}

#[wasm_bindgen_test]
async fn the_visible_panel_follows_the_tab_list_in_tab_order() {
    let card = mount().await;
    let in_tab_order: Vec<String> = query_all(&card.container, "[tabindex]")
        .iter()
        .filter(|e| e.tab_index() >= 0 && !e.hidden())
        .map(|e| e.id())
        .collect();
    let tabs = card.tabs();
    let panels = card.panels();
    assert_eq!(in_tab_order, vec![tabs[0].id(), panels[0].id()]);
}

#[wasm_bindgen_test]
async fn the_selected_article_is_the_one_its_host_names() {
    // A controlled view: it shows the article its props select, and the tab list renders that
    // selection's attributes (the element writes the same ones when the reader picks).
    for index in (0..NEWS.len()).rev() {
        let card = mount_with(
            yew::props!(NewsCardProps {
                articles: NEWS,
                words: &WORDS,
                selected: index
            }),
            &[],
        )
        .await;
        assert_eq!(card.selected(), index);
        assert_eq!(card.visible_panels(), vec![index]);
        for (i, tab) in card.tabs().iter().enumerate() {
            let state = TabState::of(i == index);
            for (name, value) in state.attributes() {
                assert_eq!(tab.get_attribute(name).as_deref(), Some(value), "{name}");
            }
        }
    }
}

#[wasm_bindgen_test]
async fn a_new_selection_renders_in_place_and_past_the_end_is_the_last() {
    let mut card = mount().await;
    let tabs_before = card.tabs();
    card.update(yew::props!(NewsCardProps {
        articles: NEWS,
        words: &WORDS,
        selected: 1
    }))
    .await;
    assert_eq!(card.selected(), 1);
    assert_eq!(card.visible_panels(), vec![1]);
    assert!(
        card.tabs().iter().zip(&tabs_before).all(|(a, b)| a == b),
        "the same tab elements, patched"
    );
    card.update(yew::props!(NewsCardProps {
        articles: NEWS,
        words: &WORDS,
        selected: 99
    }))
    .await;
    assert_eq!(card.selected(), NEWS.len() - 1);
}

#[wasm_bindgen_test]
async fn a_tab_shows_its_short_label_and_the_panel_its_headline() {
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: LABELLED,
            words: &WORDS
        }),
        &[],
    )
    .await;
    let tabs = card.tabs();
    assert_eq!(text(&tabs[0]), "Bridge");
    assert_eq!(
        text(&tabs[1]),
        LABELLED[1].headline,
        "no label: the headline"
    );
    let heading = query(&card.panels()[0], "h2").unwrap();
    assert_eq!(text(&heading), LABELLED[0].headline);
    assert_eq!(
        card.panels()[0].get_attribute("aria-labelledby"),
        Some(tabs[0].id()),
        "the panel is named by its tab"
    );
}

static LABELLED: &[Article] = &[
    Article {
        slug: "bridge",
        headline: "Harbour Bridge Reopens After Eleven Weeks of Repairs",
        tab: Some("Bridge"),
        caption: &["The bridge."],
        credit: None,
        paragraphs: &["It reopened."],
        published: None,
        link: None,
    },
    Article {
        slug: "library",
        headline: "Library Opens Late",
        tab: None,
        caption: &["The library."],
        credit: None,
        paragraphs: &["It stays open."],
        published: None,
        link: None,
    },
];

#[wasm_bindgen_test]
async fn ids_carry_the_prefix() {
    let id_prefix = AttrValue::from("second");
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: NEWS,
            words: &WORDS,
            id_prefix
        }),
        &[],
    )
    .await;
    assert_eq!(card.panels()[0].id(), format!("second-{}", NEWS[0].slug));
    assert_eq!(card.tabs()[0].id(), format!("second-{}-tab", NEWS[0].slug));
}

static MARKUP: &[Article] = &[
    Article {
        slug: "markup",
        headline: "<b>Bold</b> & bright",
        tab: None,
        caption: &["<img src=x onerror=alert(1)>"],
        credit: Some("A &amp; B"),
        paragraphs: &["<script>alert(1)</script> &amp; more"],
        published: None,
        link: None,
    },
    Article {
        slug: "plain",
        headline: "Plain",
        tab: None,
        caption: &["Plain caption."],
        credit: None,
        paragraphs: &["Plain text."],
        published: None,
        link: None,
    },
];

#[wasm_bindgen_test]
async fn text_that_looks_like_html_is_shown_as_text() {
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: MARKUP,
            words: &WORDS
        }),
        &[],
    )
    .await;
    let panel = &card.panels()[0];
    assert!(
        query(panel, "script, img, b").is_none(),
        "nothing interpreted as markup"
    );
    assert_eq!(
        query(panel, "h2").unwrap().text_content().unwrap(),
        "<b>Bold</b> & bright"
    );
    assert_eq!(
        query(panel, "p").unwrap().text_content().unwrap(),
        "<script>alert(1)</script> &amp; more"
    );
    assert_eq!(
        query(panel, ".news-card__credit")
            .unwrap()
            .text_content()
            .unwrap(),
        format!("{}A &amp; B{}", WORDS.credit_before, WORDS.credit_after)
    );
    assert!(text(panel).contains("<img src=x onerror=alert(1)>"));
}

#[wasm_bindgen_test]
async fn a_caption_without_credit_shows_no_credit() {
    let card = mount_with(
        yew::props!(NewsCardProps {
            articles: MARKUP,
            words: &WORDS,
            selected: 1
        }),
        &[],
    )
    .await;
    let panel = &card.panels()[1];
    assert!(query(panel, ".news-card__credit").is_none());
    assert_eq!(text(&query(panel, "figcaption").unwrap()), "Plain caption.");
}

#[wasm_bindgen_test]
async fn an_article_with_a_date_and_a_link_shows_both_and_one_without_neither() {
    let card = mount().await;
    for (index, article) in NEWS.iter().enumerate() {
        let panel = &card.panels()[index];
        let time = query(panel, "time[part=date]");
        let link = query(panel, "a[part=link]");
        match article.published {
            Some(published) => {
                let time = time.expect("a time element");
                assert_eq!(
                    time.get_attribute("datetime").as_deref(),
                    Some(published.datetime)
                );
                assert_eq!(time.text_content().unwrap(), published.text);
            }
            None => assert!(time.is_none(), "{}: no date", article.headline),
        }
        match article.link {
            Some(href) => {
                let link = link.expect("a link to the full story");
                assert_eq!(link.get_attribute("href").as_deref(), Some(href));
                assert_eq!(link.text_content().unwrap(), WORDS.full_story);
            }
            None => assert!(link.is_none(), "{}: no link", article.headline),
        }
    }
    assert!(
        NEWS.iter()
            .any(|a| a.published.is_some() && a.link.is_some()),
        "the fixture has a dated, linked article"
    );
}
